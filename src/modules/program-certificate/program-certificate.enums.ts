import { registerEnumType } from 'type-graphql';

/** The programs a certificate may be for (seeds 000/004). */
export enum CertifiedProgramKind {
  DISTRIBUTION = 'DISTRIBUTION',
  SOLUTION_PROVIDER = 'SOLUTION_PROVIDER',
  CLOUD_STORE_SERVICE = 'CLOUD_STORE_SERVICE',
  DEVELOPMENT_PATH = 'DEVELOPMENT_PATH',
}

/** (design) Whether a certificate is in force on the day it is read. */
export enum CertificateValidity {
  VALID = 'VALID',
  EXPIRED = 'EXPIRED',
}

registerEnumType(CertifiedProgramKind, {
  name: 'CertifiedProgramKind',
  description: 'The kind of program a certificate (计划证书) is for.',
  valuesConfig: {
    DISTRIBUTION: { description: '分销计划 (总经销商 or 云经销商).' },
    SOLUTION_PROVIDER: { description: '解决方案提供商计划.' },
    CLOUD_STORE_SERVICE: { description: '云商店客户服务商计划.' },
    DEVELOPMENT_PATH: { description: '伙伴发展路径 (服务, 咨询与系统集成, 学习与赋能, 软件).' },
  },
});
registerEnumType(CertificateValidity, {
  name: 'CertificateValidity',
  description: 'Whether a certificate is in force now.',
  valuesConfig: {
    VALID: { description: '有效: now is before validUntil.' },
    EXPIRED: { description: '已过期: validUntil has passed; it still prints, marked expired.' },
  },
});
