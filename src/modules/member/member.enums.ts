import { registerEnumType } from 'type-graphql';

export enum MemberStatus {
  ACTIVE = 'ACTIVE',
  CANCELLED = 'CANCELLED',
}

export enum InvitationChannel {
  MOBILE = 'MOBILE',
  EMAIL = 'EMAIL',
  ACCOUNT_NAME = 'ACCOUNT_NAME',
}

export enum InvitationStatus {
  PENDING = 'PENDING',
  ACCEPTED = 'ACCEPTED',
  CANCELLED = 'CANCELLED',
  EXPIRED = 'EXPIRED',
}

registerEnumType(MemberStatus, {
  name: 'MemberStatus',
  description: 'Whether a member is associated with its partner.',
  valuesConfig: {
    ACTIVE: { description: 'Associated; may sign in.' },
    CANCELLED: { description: 'Association cancelled by the partner; cannot sign in.' },
  },
});
registerEnumType(InvitationChannel, {
  name: 'InvitationChannel',
  description: 'How an invitation reaches the invitee.',
  valuesConfig: {
    MOBILE: { description: 'By mobile number.' },
    EMAIL: { description: 'By email address.' },
    ACCOUNT_NAME: { description: 'By cloud account name.' },
  },
});
registerEnumType(InvitationStatus, {
  name: 'InvitationStatus',
  description: 'State of a member invitation.',
  valuesConfig: {
    PENDING: { description: 'Sent, not yet answered.' },
    ACCEPTED: { description: 'The invitee joined.' },
    CANCELLED: { description: 'Withdrawn by the partner.' },
    EXPIRED: { description: 'Not answered in time.' },
  },
});
