import { registerEnumType } from 'type-graphql';

/** 协议类型 (design): what the partner pays for the customer. */
export enum PaymentAgreementType {
  FULL = 'FULL',
  LIMITED = 'LIMITED',
}

/** Where an agreement stands; PENDING_CUSTOMER → ACTIVE → TERMINATED, or REJECTED / EXPIRED. */
export enum PaymentAgreementStatus {
  PENDING_CUSTOMER = 'PENDING_CUSTOMER',
  ACTIVE = 'ACTIVE',
  TERMINATED = 'TERMINATED',
  REJECTED = 'REJECTED',
  EXPIRED = 'EXPIRED',
}

/** The side that ended an agreement. */
export enum AgreementParty {
  PARTNER = 'PARTNER',
  CUSTOMER = 'CUSTOMER',
}

registerEnumType(PaymentAgreementType, {
  name: 'PaymentAgreementType',
  description: '代付协议类型 (design).',
  valuesConfig: {
    FULL: { description: 'The partner pays the whole of every order, without limits.' },
    LIMITED: {
      description:
        'The partner pays orders up to perOrderLimit each and up to monthlyLimit per calendar month (China time).',
    },
  },
});
registerEnumType(PaymentAgreementStatus, {
  name: 'PaymentAgreementStatus',
  description: 'State of a payment-on-behalf agreement (代付协议).',
  valuesConfig: {
    PENDING_CUSTOMER: {
      description:
        'Proposed by the partner; the customer accepts or rejects it within 7 days (design), else it expires.',
    },
    ACTIVE: { description: "In force: payOrder charges the customer's orders to the partner's cash account." },
    TERMINATED: { description: 'Ended by either side (terminatedBy, terminationReason).' },
    REJECTED: { description: 'The customer declined it.' },
    EXPIRED: { description: 'Nobody answered within 7 days (maintenance job expire-payment-agreements).' },
  },
});
registerEnumType(AgreementParty, {
  name: 'AgreementParty',
  description: 'A side of a payment-on-behalf agreement.',
  valuesConfig: { PARTNER: { description: 'The partner.' }, CUSTOMER: { description: 'The customer.' } },
});
