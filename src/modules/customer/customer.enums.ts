import { registerEnumType } from 'type-graphql';

/** 关联类型 (platform codes). */
export enum AssociationType {
  ADVISORY = 1,
  RESALE = 2,
}

export enum VerifiedStatus {
  NOT_VERIFIED = -1,
  UNDER_REVIEW = 0,
  REJECTED = 1,
  VERIFIED = 2,
}

export enum CustomerType {
  NONE = -1,
  INDIVIDUAL = 0,
  ENTERPRISE = 1,
}

export enum FrozenState {
  NOT_FROZEN = 0,
  ACCOUNT = 1,
  ACCOUNT_AND_RESOURCES = 2,
}

export enum CustomerLevel {
  V0 = 'V0',
  V1 = 'V1',
  V2 = 'V2',
  V3 = 'V3',
  V4 = 'V4',
  V5 = 'V5',
}

registerEnumType(AssociationType, {
  name: 'AssociationType',
  description: '关联类型: how a customer is associated with its partner.',
  valuesConfig: {
    ADVISORY: {
      description:
        '顾问销售 (code 1, formerly 推荐 referral): the customer pays the cloud directly; the partner cannot see or move its balance.',
    },
    RESALE: { description: '代售 (code 2, formerly 垫付): the partner funds the customer.' },
  },
});
registerEnumType(VerifiedStatus, {
  name: 'VerifiedStatus',
  description: 'Real-name verification state of the customer account (platform codes -1…2).',
  valuesConfig: {
    NOT_VERIFIED: { description: '-1: not verified.' },
    UNDER_REVIEW: { description: '0: under review.' },
    REJECTED: { description: '1: rejected.' },
    VERIFIED: { description: '2: verified.' },
  },
});
registerEnumType(CustomerType, {
  name: 'CustomerType',
  description: 'Kind of account holder (platform codes -1…1).',
  valuesConfig: {
    NONE: { description: '-1: not stated.' },
    INDIVIDUAL: { description: '0: an individual.' },
    ENTERPRISE: { description: '1: an enterprise.' },
  },
});
registerEnumType(FrozenState, {
  name: 'FrozenState',
  description: 'Whether the customer is frozen (platform codes 0…2).',
  valuesConfig: {
    NOT_FROZEN: { description: '0: not frozen.' },
    ACCOUNT: { description: '1: the account is frozen.' },
    ACCOUNT_AND_RESOURCES: { description: '2: the account and its resources are frozen.' },
  },
});
registerEnumType(CustomerLevel, {
  name: 'CustomerLevel',
  description: 'Customer grade V0 (lowest) … V5.',
  valuesConfig: Object.fromEntries(
    ['V0', 'V1', 'V2', 'V3', 'V4', 'V5'].map((v) => [v, { description: `Grade ${v}.` }]),
  ),
});
