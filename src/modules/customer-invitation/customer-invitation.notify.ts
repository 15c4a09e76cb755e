import type { SqlEntityManager } from '@mikro-orm/knex';
import { invitationAccepted } from '../notification/notification.events';

/** What the partner is told when a customer accepts one of its invitations. */
export interface InvitationAcceptedEvent {
  partnerId: number;
  invitationId: number;
  /** The new sub_customer row. */
  customerId: number;
  accountName: string;
  acceptedAt: Date;
}

/** In the acceptance's transaction: tells the partner's members who see customer details (INVITATION_ACCEPTED). */
export async function notifyInvitationAccepted(tx: SqlEntityManager, event: InvitationAcceptedEvent): Promise<void> {
  await invitationAccepted(tx, {
    partnerId: event.partnerId,
    customerId: event.customerId,
    accountName: event.accountName,
  });
}
