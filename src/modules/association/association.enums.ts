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
    PENDING: { description: 'Waiting for the partner to approve or reject (customer-initiated).' },
    APPROVED: { description: 'Approved by the partner (同意).' },
    REJECTED: { description: 'Rejected by the partner (驳回).' },
    COMPLETED: { description: 'Carried out.' },
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
