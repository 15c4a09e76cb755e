/**
 * E-mail and SMS for the kinds that warrant them (NOTIFICATION_KINDS[kind].external): queued in the
 * caller's transaction through the outbox, to the recipient's mobile when it has one, else its
 * e-mail; a recipient with neither gets the in-app notification only.
 */
import type { EntityManager } from '@mikro-orm/core';
import { Member } from '../member/member.entity';
import { CloudAccount } from '../cloud-account/cloud-account.entity';
import { type OutgoingMessage, OutboxChannel, queueMessage } from '../outbox/outbox.service';
import { NOTIFICATION_KINDS } from './notification.enums';
import type { Notice } from './notification.service';

/** The outbox's purpose for notification messages (`notification:<KIND>`). */
export const purposeOf = (kind: string) => `notification:${kind}`;

type Contact = { email?: string | null; mobile?: string | null };

/** Mobile first (SMS), else e-mail; null with neither. */
function channelOf(contact: Contact | undefined): Pick<OutgoingMessage, 'channel' | 'destination'> | null {
  if (contact?.mobile) return { channel: OutboxChannel.SMS, destination: contact.mobile };
  if (contact?.email) return { channel: OutboxChannel.EMAIL, destination: contact.email };
  return null;
}

/** The contacts of the notices' recipients: at most one statement per recipient kind. */
async function contactsOf(tx: EntityManager, notices: readonly Notice[]) {
  const memberIds = notices.flatMap((n) => (n.recipient.kind === 'MEMBER' ? [n.recipient.memberId] : []));
  const accountIds = notices.flatMap((n) => (n.recipient.kind === 'CUSTOMER' ? [n.recipient.cloudAccountId] : []));
  const options = { fields: ['id', 'email', 'mobile'] as const, disableIdentityMap: true };
  const members = memberIds.length ? await tx.find(Member, { id: { $in: memberIds } }, options) : [];
  const accounts = accountIds.length ? await tx.find(CloudAccount, { id: { $in: accountIds } }, options) : [];
  return {
    members: new Map<number, Contact>(members.map((m) => [m.id, m])),
    accounts: new Map<number, Contact>(accounts.map((a) => [a.id, a])),
  };
}

/** The e-mail/SMS messages for the external notices among `notices`. */
export async function externalMessages(tx: EntityManager, notices: readonly Notice[]): Promise<OutgoingMessage[]> {
  const external = notices.filter((n) => NOTIFICATION_KINDS[n.kind].external);
  if (!external.length) return [];
  const contacts = await contactsOf(tx, external);
  return external.flatMap((n) => {
    const contact =
      n.recipient.kind === 'MEMBER'
        ? contacts.members.get(n.recipient.memberId)
        : contacts.accounts.get(n.recipient.cloudAccountId);
    const channel = channelOf(contact);
    return channel ? [{ ...channel, subject: n.title, body: n.body, purpose: purposeOf(n.kind) }] : [];
  });
}

/** Queues the e-mail/SMS of the external notices in `tx`. */
export async function queueExternal(tx: EntityManager, notices: readonly Notice[]): Promise<void> {
  const messages = await externalMessages(tx, notices);
  for (const message of messages) await queueMessage(tx, message);
}
