import type { EntityManager } from '@mikro-orm/core';
import { logger } from '../../common/logger';
import { VerificationOutboxMessage } from './verification.entity';

export interface VerificationMessage {
  memberId: number;
  destination: string;
  code: string;
  operation: string;
  expiresAt: Date;
}

/** How a code reaches the member (SMS or email in a real deployment). */
export interface VerificationSender {
  send(tx: EntityManager, message: VerificationMessage): Promise<void>;
}

/**
 * The default sender: writes the message to the verification_outbox table (tests and an external
 * relay read it there) and, in development only, prints the code to the server log.
 */
export class OutboxSender implements VerificationSender {
  constructor(private readonly logCodes: boolean) {}

  async send(tx: EntityManager, message: VerificationMessage): Promise<void> {
    const body = `Your partner-center verification code for ${message.operation} is ${message.code}. It expires at ${message.expiresAt.toISOString()}.`;
    await tx.insert(VerificationOutboxMessage, {
      member: message.memberId,
      destination: message.destination,
      body,
      createdAt: new Date(),
    });
    if (this.logCodes)
      logger.info(
        { memberId: message.memberId, operation: message.operation, code: message.code },
        'verification code (development only)',
      );
  }
}
