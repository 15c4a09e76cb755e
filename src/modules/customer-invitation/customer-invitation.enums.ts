import { registerEnumType } from 'type-graphql';

/** Where a customer invitation stands; derived from cancelledAt and expiresAt at read time (no job moves it). */
export enum CustomerInvitationStatus {
  ACTIVE = 'ACTIVE',
  CANCELLED = 'CANCELLED',
  EXPIRED = 'EXPIRED',
}

registerEnumType(CustomerInvitationStatus, {
  name: 'CustomerInvitationStatus',
  description: 'State of a customer invitation link (客户邀请).',
  valuesConfig: {
    ACTIVE: { description: 'Customers may accept it (any number of them) until it expires.' },
    CANCELLED: { description: 'Withdrawn by the partner: accepting answers CUSTOMER_INVITATION_CANCELLED.' },
    EXPIRED: { description: 'Past expiresAt: accepting answers CUSTOMER_INVITATION_EXPIRED.' },
  },
});
