import type { FilterQuery } from '@mikro-orm/core';
import type { Context } from '../../context';
import type { Notification } from './notification.entity';

/**
 * Who a notification is for: a member of a partner, or a customer (the holder of a cloud account).
 * Reading and marking are generic over it; only `recipientOf` knows which actors exist.
 */
export type Recipient = { kind: 'MEMBER'; memberId: number } | { kind: 'CUSTOMER'; cloudAccountId: number };

/**
 * The signed-in actor as a recipient: a member, or a customer (its cloud account); null for anyone
 * else (operators, anonymous). The one place that knows which actors receive notifications.
 */
export function recipientOf(ctx: Pick<Context, 'actor'>): Recipient | null {
  switch (ctx.actor?.kind) {
    case 'MEMBER':
      return { kind: 'MEMBER', memberId: ctx.actor.viewer.member.id };
    case 'CUSTOMER':
      return { kind: 'CUSTOMER', cloudAccountId: ctx.actor.account.id };
    default:
      return null;
  }
}

/** The recipient's own notifications (the row scope of every read and mark). */
export function recipientWhere(recipient: Recipient): FilterQuery<Notification> {
  return recipient.kind === 'MEMBER' ? { member: recipient.memberId } : { cloudAccount: recipient.cloudAccountId };
}

/** The columns of a notification row for this recipient. */
export function recipientColumns(recipient: Recipient): { member: number | null; cloudAccount: number | null } {
  return recipient.kind === 'MEMBER'
    ? { member: recipient.memberId, cloudAccount: null }
    : { member: null, cloudAccount: recipient.cloudAccountId };
}

/** A stable key per recipient ("M:12", "C:40"), for deduplicating and for matching live subscribers. */
export function recipientKey(recipient: Recipient): string {
  return recipient.kind === 'MEMBER' ? `M:${recipient.memberId}` : `C:${recipient.cloudAccountId}`;
}

export const toMember = (memberId: number): Recipient => ({ kind: 'MEMBER', memberId });
export const toCustomer = (cloudAccountId: number): Recipient => ({ kind: 'CUSTOMER', cloudAccountId });
