import { registerEnumType } from 'type-graphql';

export enum AssociationEventType {
  ASSOCIATE = 'ASSOCIATE',
  SWITCH_TYPE = 'SWITCH_TYPE',
  UNBIND = 'UNBIND',
}
export enum AssociationInitiator {
  PARTNER = 'PARTNER',
  CUSTOMER = 'CUSTOMER',
}
export enum AssociationEventStatus {
  PENDING = 'PENDING',
  APPROVED = 'APPROVED',
  REJECTED = 'REJECTED',
  COMPLETED = 'COMPLETED',
  EXPIRED = 'EXPIRED',
}
export enum OrderAuthorizationStatus {
  GRANTED = 'GRANTED',
  REVOKED = 'REVOKED',
}

registerEnumType(AssociationEventType, {
  name: 'AssociationEventType',
  description: 'What an association event did.',
  valuesConfig: {
    ASSOCIATE: { description: 'The customer was associated with the partner.' },
    SWITCH_TYPE: { description: 'The association type was switched (ADVISORY ↔ RESALE).' },
    UNBIND: { description: 'The association was ended.' },
  },
});
registerEnumType(AssociationInitiator, {
  name: 'AssociationInitiator',
  description: 'Who started an association event.',
  valuesConfig: { PARTNER: { description: 'The partner.' }, CUSTOMER: { description: 'The customer.' } },
});
registerEnumType(AssociationEventStatus, {
  name: 'AssociationEventStatus',
  description: 'State of an association event.',
  valuesConfig: {
    PENDING: {
      description:
        'An unbind request waiting for the other side: the customer answers a partner-initiated one (answerUnbindRequest), the partner a customer-initiated one (handleUnbindRequest). Expires after 7 days.',
    },
    APPROVED: { description: 'Approved by the side that answers (同意): the association ended then.' },
    REJECTED: { description: 'Rejected by the side that answers (驳回): nothing changed.' },
    COMPLETED: { description: 'Carried out at once (associations, type switches).' },
    EXPIRED: { description: 'Not answered within 7 days: nothing changed; a new request may be made.' },
  },
});
registerEnumType(OrderAuthorizationStatus, {
  name: 'OrderAuthorizationStatus',
  description: 'State of an order-on-behalf authorization (代下单授权).',
  valuesConfig: {
    GRANTED: { description: "The partner may act on the customer's orders." },
    REVOKED: { description: 'Revoked by the customer.' },
  },
});
