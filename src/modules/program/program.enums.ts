import { registerEnumType } from 'type-graphql';

/** 伙伴发展路径与伙伴计划: the programs and development paths a partner joins (seeds 000/001/004). */
export enum ProgramKind {
  SERVICE_PARTNER_PATH = 'SERVICE_PARTNER_PATH',
  CONSULTING_SI_PATH = 'CONSULTING_SI_PATH',
  LEARNING_PATH = 'LEARNING_PATH',
  SOFTWARE_PATH = 'SOFTWARE_PATH',
  DISTRIBUTION_DISTRIBUTOR = 'DISTRIBUTION_DISTRIBUTOR',
  DISTRIBUTION_RESELLER = 'DISTRIBUTION_RESELLER',
  SOLUTION_PROVIDER = 'SOLUTION_PROVIDER',
}

/** The development paths (发展路径): joined by an operator's invitation e-mail. */
export const DEVELOPMENT_PATHS: readonly ProgramKind[] = [
  ProgramKind.SERVICE_PARTNER_PATH,
  ProgramKind.CONSULTING_SI_PATH,
  ProgramKind.LEARNING_PATH,
  ProgramKind.SOFTWARE_PATH,
];

/** Where a partner's membership of one program stands. */
export enum ProgramMembershipStatus {
  ACTIVE = 'ACTIVE',
  EXPIRED = 'EXPIRED',
  ENDED = 'ENDED',
}

registerEnumType(ProgramKind, {
  name: 'ProgramKind',
  description: 'A partner program or development path (伙伴计划 / 伙伴发展路径).',
  valuesConfig: {
    SERVICE_PARTNER_PATH: { description: '服务合作伙伴发展路径 (development path, joined by invitation e-mail).' },
    CONSULTING_SI_PATH: {
      description: '数字化转型咨询与系统集成伙伴发展路径 (development path, joined by invitation e-mail).',
    },
    LEARNING_PATH: { description: '学习与赋能伙伴发展路径 (development path, joined by invitation e-mail).' },
    SOFTWARE_PATH: { description: '软件伙伴发展路径 (development path, joined by invitation e-mail).' },
    DISTRIBUTION_DISTRIBUTOR: {
      description: '分销计划(总经销商): applied for (applyForDistributionProgram) and approved by the cloud.',
    },
    DISTRIBUTION_RESELLER: {
      description: '分销计划(云经销商): joined by accepting a distributor’s reseller invitation.',
    },
    SOLUTION_PROVIDER: {
      description:
        '解决方案提供商计划: once EXPIRED, the partner may switch to cloud reseller through a distributor’s invitation.',
    },
  },
});

registerEnumType(ProgramMembershipStatus, {
  name: 'ProgramMembershipStatus',
  description: 'Where a membership stands.',
  valuesConfig: {
    ACTIVE: { description: '有效: joined and not past expiresAt.' },
    EXPIRED: { description: '已过期: expiresAt has passed (derived as of now when the stored row still says ACTIVE).' },
    ENDED: { description: '已结束: ended before expiry (e.g. switched to another program).' },
  },
});
