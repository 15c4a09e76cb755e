import type { SqlEntityManager } from '@mikro-orm/knex';

/** What the partner is told when a customer accepts one of its invitations. */
export interface InvitationAcceptedEvent {
  partnerId: number;
  invitationId: number;
  /** The new sub_customer row. */
  customerId: number;
  accountName: string;
  acceptedAt: Date;
}

/**
 * THE call site for the notification module (issue 12, item 7), in the acceptance's transaction:
 * once it exists, call `notify(tx, { kind: 'INVITATION_ACCEPTED', partnerId, … })` here (the
 * partner's members with customer:create or customer:list). Today nothing is sent.
 */
export async function notifyInvitationAccepted(_tx: SqlEntityManager, _event: InvitationAcceptedEvent): Promise<void> {
  // Intentionally empty until the notification module is merged.
}
