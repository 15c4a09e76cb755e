import type { EntityManager } from '@mikro-orm/core';
import { logger } from '../../common/logger';
import { channelOf, queueMessage } from '../outbox/outbox.service';

export interface VerificationMessage {
  /** Who the code is for, for the development log line (member:12, customer:4031). */
  holder: string;
  destination: string;
  code: string;
  operation: string;
  expiresAt: Date;
}

/** How a code reaches its holder (SMS or e-mail in a real deployment). */
export interface VerificationSender {
  send(tx: EntityManager, message: VerificationMessage): Promise<void>;
}

/**
 * The default sender: queues the message in the outbox (modules/outbox; a relay delivers it, tests
 * read it there) and, in development only, prints the code to the server log.
 */
export class OutboxSender implements VerificationSender {
  constructor(private readonly logCodes: boolean) {}

  async send(tx: EntityManager, message: VerificationMessage): Promise<void> {
    await queueMessage(tx, {
      channel: channelOf(message.destination),
      destination: message.destination,
      subject: 'Partner center verification code',
      body: `Your partner-center verification code for ${message.operation} is ${message.code}. It expires at ${message.expiresAt.toISOString()}.`,
      purpose: `VERIFICATION:${message.operation}`,
    });
    if (this.logCodes)
      logger.info(
        { holder: message.holder, operation: message.operation, code: message.code },
        'verification code (development only)',
      );
  }
}
