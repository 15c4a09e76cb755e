import type { EntityManager } from '@mikro-orm/core';
import { OutboxChannel, OutboxMessage } from './outbox.entity';

export { OutboxChannel } from './outbox.entity';

export interface OutgoingMessage {
  channel: OutboxChannel;
  destination: string;
  subject?: string | null;
  body: string;
  purpose: string;
}

/** The channel a destination implies: an address with @ is e-mail, anything else a mobile. */
export const channelOf = (destination: string): OutboxChannel =>
  destination.includes('@') ? OutboxChannel.EMAIL : OutboxChannel.SMS;

/** Queues one message in the caller's transaction (see OutboxMessage for why). */
export async function queueMessage(tx: EntityManager, message: OutgoingMessage): Promise<void> {
  await tx.insert(OutboxMessage, {
    channel: message.channel,
    destination: message.destination,
    subject: message.subject ?? null,
    body: message.body.slice(0, 1000),
    purpose: message.purpose.slice(0, 64),
    createdAt: new Date(),
    sentAt: null,
  });
}
