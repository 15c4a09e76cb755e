import type { AppConfig } from './config';
import { AuthService } from './modules/auth/auth.service';
import { TokenService } from './modules/auth/token';
import { OutboxSender, type VerificationSender } from './modules/verification/verification.sender';

/** Process-wide, stateless services; per-request state lives in the Context. */
export interface Services {
  config: AppConfig;
  auth: AuthService;
  verificationSender: VerificationSender;
}

export function createServices(config: AppConfig): Services {
  return {
    config,
    auth: new AuthService(new TokenService(config.authSecret, config.tokenTtlSeconds)),
    verificationSender: new OutboxSender(config.env === 'development'),
  };
}
