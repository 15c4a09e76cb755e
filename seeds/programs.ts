/**
 * Programs (伙伴计划, seeds 000/001/004): every demo partner's memberships and every status of the
 * program workflows, written after the bulk rows through the ORM, deterministic from `now`.
 * - Memberships: distributors DISTRIBUTION_DISTRIBUTOR, resellers DISTRIBUTION_RESELLER (ACTIVE);
 *   the demo solution provider's SOLUTION_PROVIDER program EXPIRED (so a distributor may invite it
 *   to switch to cloud reseller), a SOFTWARE_PATH ACTIVE; the distributor a SERVICE_PARTNER_PATH
 *   ACTIVE and a LEARNING_PATH ENDED.
 * - Path invitations (by ops-eco): the solution provider PENDING, DECLINED and EXPIRED ones; the
 *   distributor's ACCEPTED one; other-dist's DECLINED one.
 * - Distribution-program applications: the distributors' APPROVED ones (how they became distributors), the
 *   solution provider's REJECTED one (it may apply again); PENDING ones are made through the API.
 * - Partner facts the distribution program refuses: reseller2 in arrears (欠费), other-reseller an
 *   enterprise sub account, restricted-reseller a credit account.
 * - Reseller invitations of the demo distributor: ACCEPTED (reseller #1's), CANCELLED, EXPIRED, PENDING;
 *   other-dist's CANCELLED one.
 */
import { createHash } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/core';
import { CloudOperator } from '../src/modules/operator/operator.entity';
import { ProgramMembership } from '../src/modules/program/program.entity';
import {
  EnterpriseAccountRole,
  ProgramApplicationStatus,
  ProgramInvitationStatus,
  ProgramKind,
  ProgramMembershipStatus,
  ResellerInvitationStatus,
} from '../src/modules/program/program.enums';
import {
  PartnerProgramProfile,
  ProgramApplication,
  ProgramInvitation,
} from '../src/modules/program/program-workflow.entity';
import { ResellerInvitation } from '../src/modules/program/reseller-invitation.entity';
import { PartnerIdentity } from '../src/modules/partner/partner.enums';
import { DEMO_PARTNERS, type DemoPartnerKey, demoMember, demoPartner } from './demo-data';

const DAY = 24 * 3600 * 1000;
const HOUR = 3600 * 1000;

/** A fixed token per seeded invitation (never e-mailed: these links were used or lapsed long ago). */
const seededToken = (n: number) => createHash('sha256').update(`seeded-reseller-invitation:${n}`).digest('base64url');

const ADMINS: Record<DemoPartnerKey, string> = {
  dist: 'dist-admin',
  reseller1: 'reseller-admin',
  reseller2: 'reseller2-admin',
  sp: 'sp-admin',
  'other-dist': 'other-dist-admin',
  'other-reseller': 'other-reseller-admin',
  'restricted-reseller': 'restricted-reseller-admin',
  'frozen-reseller': 'frozen-reseller-admin',
};

const adminOf = (key: DemoPartnerKey) => demoMember(ADMINS[key]);

interface MembershipRow {
  partner: number;
  kind: ProgramKind;
  joinedBy: number;
  joinedAt: Date;
  expiresAt: Date | null;
  status: ProgramMembershipStatus;
  endedAt: Date | null;
}

function memberships(now: Date): MembershipRow[] {
  const at = (daysAgo: number) => new Date(now.getTime() - daysAgo * DAY);
  const row = (
    key: DemoPartnerKey,
    kind: ProgramKind,
    status: ProgramMembershipStatus,
    days: number,
  ): MembershipRow => ({
    partner: demoPartner(key).id,
    kind,
    joinedBy: adminOf(key).id,
    joinedAt: at(days),
    expiresAt: null,
    status,
    endedAt: null,
  });
  const rows = DEMO_PARTNERS.filter((p) => p.identity !== PartnerIdentity.SOLUTION_PROVIDER).map((p) =>
    row(
      p.key,
      p.identity === PartnerIdentity.DISTRIBUTOR
        ? ProgramKind.DISTRIBUTION_DISTRIBUTOR
        : ProgramKind.DISTRIBUTION_RESELLER,
      ProgramMembershipStatus.ACTIVE,
      400,
    ),
  );
  rows.push({ ...row('sp', ProgramKind.SOLUTION_PROVIDER, ProgramMembershipStatus.EXPIRED, 400), expiresAt: at(35) });
  rows.push(row('sp', ProgramKind.SOFTWARE_PATH, ProgramMembershipStatus.ACTIVE, 200));
  rows.push(row('dist', ProgramKind.SERVICE_PARTNER_PATH, ProgramMembershipStatus.ACTIVE, 90));
  rows.push({ ...row('dist', ProgramKind.LEARNING_PATH, ProgramMembershipStatus.ENDED, 300), endedAt: at(120) });
  return rows;
}

async function pathInvitations(em: EntityManager, now: Date, operatorId: number): Promise<void> {
  const at = (days: number) => new Date(now.getTime() - days * DAY);
  const sp = demoPartner('sp').id;
  const spAdmin = adminOf('sp');
  const invitation = (
    partner: number,
    kind: ProgramKind,
    status: ProgramInvitationStatus,
    sentDaysAgo: number,
    answeredBy: number | null,
  ) => ({
    partner,
    kind,
    email: partner === sp ? spAdmin.email : adminOf('dist').email,
    invitedBy: operatorId,
    createdAt: at(sentDaysAgo),
    expiresAt: at(sentDaysAgo - 30),
    status,
    answeredAt: answeredBy ? at(sentDaysAgo - 1) : null,
    answeredBy,
  });
  await em.insertMany(ProgramInvitation, [
    invitation(
      demoPartner('dist').id,
      ProgramKind.SERVICE_PARTNER_PATH,
      ProgramInvitationStatus.ACCEPTED,
      91,
      adminOf('dist').id,
    ),
    invitation(sp, ProgramKind.SERVICE_PARTNER_PATH, ProgramInvitationStatus.DECLINED, 60, spAdmin.id),
    // Sent 40 days ago, never answered: EXPIRED as of now (stored PENDING).
    invitation(sp, ProgramKind.LEARNING_PATH, ProgramInvitationStatus.PENDING, 40, null),
    invitation(sp, ProgramKind.CONSULTING_SI_PATH, ProgramInvitationStatus.PENDING, 2, null),
    {
      ...invitation(
        demoPartner('other-dist').id,
        ProgramKind.SOFTWARE_PATH,
        ProgramInvitationStatus.DECLINED,
        150,
        null,
      ),
      email: adminOf('other-dist').email,
      answeredAt: at(149),
      answeredBy: adminOf('other-dist').id,
    },
  ]);
}

async function applications(em: EntityManager, now: Date, operatorId: number): Promise<void> {
  const at = (days: number) => new Date(now.getTime() - days * DAY);
  await em.insertMany(ProgramApplication, [
    {
      partner: demoPartner('dist').id,
      kind: ProgramKind.DISTRIBUTION_DISTRIBUTOR,
      appliedBy: adminOf('dist').id,
      businessInfo: '长三角云资源总经销,下设云经销商与客户经理团队。',
      status: ProgramApplicationStatus.APPROVED,
      createdAt: at(900),
      handledAt: at(896),
      handledBy: operatorId,
      reason: '资质齐全,同意加入分销计划(总经销商)。',
    },
    {
      partner: demoPartner('other-dist').id,
      kind: ProgramKind.DISTRIBUTION_DISTRIBUTOR,
      appliedBy: adminOf('other-dist').id,
      businessInfo: '华东地区云资源分销,拥有 30 家下游渠道与自有技术服务团队。',
      status: ProgramApplicationStatus.APPROVED,
      createdAt: at(420),
      handledAt: at(415),
      handledBy: operatorId,
      reason: null,
    },
    {
      partner: demoPartner('sp').id,
      kind: ProgramKind.DISTRIBUTION_DISTRIBUTOR,
      appliedBy: adminOf('sp').id,
      businessInfo: '面向制造业的 AI 解决方案。',
      status: ProgramApplicationStatus.REJECTED,
      createdAt: at(50),
      handledAt: at(48),
      handledBy: operatorId,
      reason: '商业信息不完整:请补充分销渠道规模与服务能力说明后重新申请。',
    },
  ]);
  await em.insertMany(PartnerProgramProfile, [
    {
      partner: demoPartner('reseller2').id,
      arrearsAmount: 1_234_500,
      enterpriseAccount: EnterpriseAccountRole.NONE,
      creditAccount: false,
    },
    {
      partner: demoPartner('other-reseller').id,
      arrearsAmount: 0,
      enterpriseAccount: EnterpriseAccountRole.SUB,
      creditAccount: false,
    },
    {
      partner: demoPartner('restricted-reseller').id,
      arrearsAmount: 0,
      enterpriseAccount: EnterpriseAccountRole.NONE,
      creditAccount: true,
    },
  ]);
}

async function resellerInvitations(em: EntityManager, now: Date): Promise<void> {
  const dist = demoPartner('dist').id;
  const inviter = adminOf('dist').id;
  const reseller1 = demoPartner('reseller1').id;
  const sent = (hoursAgo: number) => new Date(now.getTime() - hoursAgo * HOUR);
  const row = (
    n: number,
    email: string,
    hoursAgo: number,
    status: ResellerInvitationStatus,
    closedHoursAgo: number | null,
  ) => ({
    distributor: dist,
    email,
    token: seededToken(n),
    invitedBy: inviter,
    createdAt: sent(hoursAgo),
    expiresAt: sent(hoursAgo - 24),
    status,
    closedAt: closedHoursAgo == null ? null : sent(closedHoursAgo),
    invitedPartner: status === ResellerInvitationStatus.ACCEPTED ? reseller1 : null,
    acceptedBy: status === ResellerInvitationStatus.ACCEPTED ? adminOf('reseller1').id : null,
  });
  await em.insertMany(ResellerInvitation, [
    row(1, adminOf('reseller1').email, 24 * 400, ResellerInvitationStatus.ACCEPTED, 24 * 400 - 3),
    row(2, 'bd@lingyun-tech.example.cn', 24 * 20, ResellerInvitationStatus.CANCELLED, 24 * 20 - 1),
    // Sent three days ago, never used: EXPIRED as of now (stored PENDING).
    row(3, 'partner@qiming-soft.example.cn', 72, ResellerInvitationStatus.PENDING, null),
    row(4, 'channel@beichen-data.example.cn', 2, ResellerInvitationStatus.PENDING, null),
    // The second distributor's: one it cancelled.
    {
      ...row(5, 'sales@yunqi-soft.example.cn', 24 * 30, ResellerInvitationStatus.CANCELLED, 24 * 30 - 2),
      distributor: demoPartner('other-dist').id,
      invitedBy: adminOf('other-dist').id,
    },
  ]);
}

/** Every program row of the demo data (see the header). */
export async function seedPrograms(em: EntityManager, now: Date): Promise<void> {
  const operator = await em.findOneOrFail(CloudOperator, { loginName: 'ops-eco' });
  await em.insertMany(ProgramMembership, memberships(now));
  await pathInvitations(em, now, operator.id);
  await applications(em, now, operator.id);
  await resellerInvitations(em, now);
}
