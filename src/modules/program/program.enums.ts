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

/** 发展路径邀请: where an operator's invitation of a partner to a development path stands. */
export enum ProgramInvitationStatus {
  PENDING = 'PENDING',
  ACCEPTED = 'ACCEPTED',
  DECLINED = 'DECLINED',
  EXPIRED = 'EXPIRED',
}

/** 分销计划申请: where a distribution-program application stands. */
export enum ProgramApplicationStatus {
  PENDING = 'PENDING',
  APPROVED = 'APPROVED',
  REJECTED = 'REJECTED',
}

/** 邀请关联云经销商: where a distributor's invitation to associate as its cloud reseller stands. */
export enum ResellerInvitationStatus {
  PENDING = 'PENDING',
  ACCEPTED = 'ACCEPTED',
  CANCELLED = 'CANCELLED',
  EXPIRED = 'EXPIRED',
}

/** Whether the partner's own cloud account is an enterprise master or sub account (企业主账号/子账号). */
export enum EnterpriseAccountRole {
  NONE = 'NONE',
  MASTER = 'MASTER',
  SUB = 'SUB',
}

registerEnumType(ProgramInvitationStatus, {
  name: 'ProgramInvitationStatus',
  description: 'Where a development-path invitation stands.',
  valuesConfig: {
    PENDING: { description: '待加入: sent by e-mail; the partner may accept or decline until expiresAt.' },
    ACCEPTED: { description: '已加入: accepted; the partner is a member of the path (a ProgramMembership).' },
    DECLINED: { description: '已拒绝: the partner declined.' },
    EXPIRED: { description: '已过期: not answered before expiresAt (derived as of now).' },
  },
});

registerEnumType(ProgramApplicationStatus, {
  name: 'ProgramApplicationStatus',
  description: 'Where a distribution-program application (分销计划申请) stands.',
  valuesConfig: {
    PENDING: { description: '审核中: waiting for the cloud’s operators (ops:program).' },
    APPROVED: { description: '已通过: the partner is a distributor (总经销商) of the distribution program.' },
    REJECTED: { description: '已驳回: rejected, with the operator’s reason.' },
  },
});

registerEnumType(ResellerInvitationStatus, {
  name: 'ResellerInvitationStatus',
  description: 'Where a distributor’s invitation to associate as its cloud reseller stands.',
  valuesConfig: {
    PENDING: { description: '待接受: the link works until expiresAt (24 hours after it was sent).' },
    ACCEPTED: { description: '已关联: the invited partner accepted and is now the distributor’s cloud reseller.' },
    CANCELLED: { description: '已取消: the distributor withdrew it; the link no longer works.' },
    EXPIRED: { description: '已失效: not accepted within 24 hours (derived as of now); the link no longer works.' },
  },
});

registerEnumType(EnterpriseAccountRole, {
  name: 'EnterpriseAccountRole',
  description: 'Whether the partner’s own cloud account belongs to an enterprise organisation.',
  valuesConfig: {
    NONE: { description: 'An independent account.' },
    MASTER: { description: '企业主账号: an enterprise master account (refused by the distribution program).' },
    SUB: { description: '企业子账号: an enterprise sub account (refused by the distribution program).' },
  },
});
