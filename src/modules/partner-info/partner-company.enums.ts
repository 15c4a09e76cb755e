import { registerEnumType } from 'type-graphql';

/** 实名认证状态 of a partner. */
export enum RealNameStatus {
  VERIFIED = 'VERIFIED',
  PENDING = 'PENDING',
  REJECTED = 'REJECTED',
  UNVERIFIED = 'UNVERIFIED',
}

/** 认证类型: as an enterprise (企业实名) or as an individual (个人实名). */
export enum RealNameType {
  ENTERPRISE = 'ENTERPRISE',
  INDIVIDUAL = 'INDIVIDUAL',
}

registerEnumType(RealNameStatus, {
  name: 'RealNameStatus',
  description: "The partner's real-name verification (实名认证) status.",
  valuesConfig: {
    VERIFIED: { description: '已认证: the cloud verified it.' },
    PENDING: { description: '审核中: submitted, the cloud has not decided yet.' },
    REJECTED: { description: '认证失败: the cloud rejected it (see rejectionReason); it may be submitted again.' },
    UNVERIFIED: { description: '未认证: nothing submitted.' },
  },
});

registerEnumType(RealNameType, {
  name: 'RealNameType',
  description: 'How the partner verified its real name.',
  valuesConfig: {
    ENTERPRISE: { description: '企业实名: with the business licence (the unified social credit code).' },
    INDIVIDUAL: { description: '个人实名: with a personal identity document.' },
  },
});
