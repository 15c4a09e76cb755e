import { registerEnumType } from 'type-graphql';
import { PartnerIdentity } from '../../permissions/identities';

// Defined in permissions/ (the permission tables are keyed by it); registered for GraphQL here.
export { PartnerIdentity };

export enum PartnerStatus {
  NORMAL = 'NORMAL',
  RESTRICTED = 'RESTRICTED',
  FROZEN = 'FROZEN',
}

registerEnumType(PartnerIdentity, {
  name: 'PartnerIdentity',
  description: 'What kind of partner this is.',
  valuesConfig: {
    DISTRIBUTOR: { description: '总经销商 (T1): has cloud resellers, gives them funds and coupon quotas.' },
    CLOUD_RESELLER: { description: '云经销商 (T2): invited and associated by exactly one distributor.' },
    SOLUTION_PROVIDER: { description: '解决方案提供商: a direct partner with its own sub-customers and no resellers.' },
  },
});

registerEnumType(PartnerStatus, {
  name: 'PartnerStatus',
  description: 'Standing of a partner with the cloud. Money and coupon operations of a non-NORMAL partner are refused.',
  valuesConfig: {
    NORMAL: { description: 'No restriction.' },
    RESTRICTED: { description: '受限: its RESALE customers cannot consume.' },
    FROZEN: { description: '冻结: cannot acquire customers or unbind; a frozen distributor cannot invite resellers.' },
  },
});
