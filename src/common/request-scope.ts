/**
 * What the code running for one HTTP request can read without being handed it: the request id
 * (every log line written while the request runs carries it, common/logger.ts) and the places
 * where errors and security events of the request are noted for its log line and metrics
 * (http/request-facts.ts). An AsyncLocalStorage, entered by the request-facts middleware.
 */
import { AsyncLocalStorage } from 'node:async_hooks';

export interface RequestScope {
  readonly requestId: string;
  /** Error codes answered (top-level `errors[].extensions.code` and HTTP-level refusals). */
  readonly errorCodes: string[];
  /** Why the request was refused as a whole, when it was (the first refusal noted wins). */
  refusal: { code: string; reason: string } | null;
  /** Kinds of the security events logged while it ran (`event: "security"` log lines). */
  readonly securityEvents: string[];
}

const storage = new AsyncLocalStorage<RequestScope>();

/** Runs `fn` (and everything it starts) inside the request's scope. */
export function runInRequestScope<T>(scope: RequestScope, fn: () => T): T {
  return storage.run(scope, fn);
}

/** The scope of the request this code runs for, if any. */
export function currentRequestScope(): RequestScope | undefined {
  return storage.getStore();
}

/** Notes a refusal of the whole request (the first one noted is the one reported). */
export function noteRefusal(scope: RequestScope | undefined, code: string, reason: string): void {
  if (scope && !scope.refusal) scope.refusal = { code, reason };
}
