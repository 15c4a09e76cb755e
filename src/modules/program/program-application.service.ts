/**
 * 分销计划申请: a solution provider applies to join the distribution program as a distributor
 * (program:join); the cloud's operators approve or reject it (ops:program). Approval makes the partner
 * a distributor: its identity, its roles' permissions and its memberships change in one transaction.
 */
import type { SqlEntityManager } from '@mikro-orm/knex';
import type { Context } from '../../context';
import { UserError } from '../../common/errors';
import { idOfType } from '../../common/global-id';
import { refusal, success } from '../../common/mutation-kit';
import { lockRows } from '../../db/locks';
import { PartnerIdentity } from '../../permissions/identities';
import { requireOperator, requireViewer } from '../../permissions/viewer';
import { recordAudit } from '../audit/audit.service';
import { idempotent } from '../idempotency/idempotency.service';
import { NotificationKind } from '../notification/notification.enums';
import { toMember } from '../notification/notification.recipient';
import { notify } from '../notification/notification.service';
import { EnterpriseAccountRole, ProgramApplicationStatus, ProgramKind } from './program.enums';
import { PartnerProgramProfile, ProgramApplication } from './program-workflow.entity';
import type { ApplyForDistributionProgramInput, HandleProgramApplicationInput } from './program.mutation-inputs';
import type { ProgramApplicationPayload } from './program.payloads';
import {
  MAX_PROGRAM_TEXT,
  activeMemberships,
  alreadyJoined,
  closeMemberships,
  join,
  reasonError,
  switchIdentity,
} from './program.rules';

const refused = refusal<ProgramApplicationPayload>({ application: null });

const identityRefusal = () =>
  new UserError(
    'PROGRAM_APPLICANT_IDENTITY',
    'Only a solution provider (解决方案提供商) applies to become a distributor.',
    null,
  );

/** The distribution program's refusals of the partner's own account: arrears, enterprise account, credit account. */
async function accountRefusal(tx: SqlEntityManager, partnerId: number): Promise<UserError | null> {
  const profile = await tx.findOne(PartnerProgramProfile, { partner: partnerId }, { refresh: true });
  if (!profile) return null;
  if (profile.arrearsAmount > 0)
    return new UserError('PROGRAM_ACCOUNT_IN_ARREARS', '该账号已欠费: recharge to pay what it owes first.', null);
  if (profile.enterpriseAccount !== EnterpriseAccountRole.NONE)
    return new UserError('PROGRAM_ENTERPRISE_ACCOUNT', '该账号已经成为企业主账号或企业子账号.', null);
  if (profile.creditAccount) return new UserError('PROGRAM_CREDIT_ACCOUNT', '该账号有信用账户.', null);
  return null;
}

/** Every rule of an application, in order, under the partner's row lock; null when it may be filed. */
async function applicationRefusal(tx: SqlEntityManager, partnerId: number, now: Date): Promise<UserError | null> {
  const [row] = await lockRows<{ identity: PartnerIdentity }>(tx, 'partner', [partnerId], ['identity']);
  // (design) The account's own facts first: they are what the cloud's billing says, whatever the identity.
  const account = await accountRefusal(tx, partnerId);
  if (account) return account;
  if (row?.identity !== PartnerIdentity.SOLUTION_PROVIDER) return identityRefusal();
  if ((await activeMemberships(tx, partnerId, ProgramKind.DISTRIBUTION_DISTRIBUTOR, now)).length)
    return alreadyJoined(null);
  const pending = await tx.count(ProgramApplication, { partner: partnerId, status: ProgramApplicationStatus.PENDING });
  if (pending)
    return new UserError('PROGRAM_APPLICATION_PENDING', 'Your partner already has an application waiting.', null);
  return null;
}

/** applyForDistributionProgram. */
export async function applyForDistributionProgram(
  ctx: Context,
  input: ApplyForDistributionProgramInput,
): Promise<ProgramApplicationPayload> {
  const viewer = requireViewer(ctx);
  const businessInfo = input.businessInfo.trim();
  if (!businessInfo || businessInfo.length > MAX_PROGRAM_TEXT)
    return refused(
      new UserError(
        'PROGRAM_BUSINESS_INFO_INVALID',
        'The business information must be 1–500 characters.',
        'input.businessInfo',
      ),
    );
  return idempotent(ctx, {
    operation: 'applyForDistributionProgram',
    input,
    refused,
    execute: async (tx) => {
      const now = new Date();
      const problem = await applicationRefusal(tx, viewer.partner.id, now);
      if (problem) return refused(problem);
      const application = tx.create(ProgramApplication, {
        partner: viewer.partner.id,
        kind: ProgramKind.DISTRIBUTION_DISTRIBUTOR,
        appliedBy: viewer.member.id,
        businessInfo,
        status: ProgramApplicationStatus.PENDING,
        createdAt: now,
        handledAt: null,
        handledBy: null,
        reason: null,
      });
      await tx.flush();
      await recordAudit(tx, ctx, {
        action: 'applyForDistributionProgram',
        target: application.globalId,
        before: null,
        after: { kind: application.kind, status: application.status },
      });
      return success<ProgramApplicationPayload>({ application });
    },
  });
}

/** Approval: the partner becomes a distributor; its solution-provider program ends; it joins the distribution program. */
async function approve(tx: SqlEntityManager, application: ProgramApplication, now: Date): Promise<void> {
  const partnerId = application.partner.id;
  await switchIdentity(tx, partnerId, PartnerIdentity.DISTRIBUTOR, null);
  await closeMemberships(tx, partnerId, ProgramKind.SOLUTION_PROVIDER, now);
  await join(tx, partnerId, ProgramKind.DISTRIBUTION_DISTRIBUTOR, application.appliedBy.id, now);
}

/** PROGRAM_APPLICATION_HANDLED to the member who applied. */
async function tellApplicant(tx: SqlEntityManager, application: ProgramApplication, reason: string | null) {
  const approved = application.status === ProgramApplicationStatus.APPROVED;
  await notify(tx, [
    {
      recipient: toMember(application.appliedBy.id),
      kind: NotificationKind.PROGRAM_APPLICATION_HANDLED,
      title: `Your distribution-program application was ${approved ? 'approved (已通过)' : 'rejected (已驳回)'}`,
      body: approved
        ? 'The cloud approved your application: your partner is now a distributor (总经销商) of the distribution program.'
        : `The cloud rejected your application${reason ? `: ${reason}` : ''}.`,
      subject: application.globalId,
    },
  ]);
}

/** handleProgramApplication: one decision per application (a conditional update; the second answers HANDLED). */
export async function handleProgramApplication(
  ctx: Context,
  input: HandleProgramApplicationInput,
): Promise<ProgramApplicationPayload> {
  const operator = requireOperator(ctx);
  const id = idOfType(input.applicationId, 'ProgramApplication', 'input.applicationId');
  const reason = input.reason?.trim() || null;
  const problem = reasonError(!input.approve, reason);
  if (problem) return refused(problem);
  return ctx.em.transactional(async (tx) => {
    const now = new Date();
    const found = await tx.findOne(ProgramApplication, id, { refresh: true });
    if (!found)
      return refused(new UserError('PROGRAM_APPLICATION_NOT_FOUND', 'No such application.', 'input.applicationId'));
    const [row] = await lockRows<{ identity: PartnerIdentity }>(tx, 'partner', [found.partner.id], ['identity']);
    const handled = new UserError(
      'PROGRAM_APPLICATION_HANDLED',
      'The application was already handled.',
      'input.applicationId',
    );
    if (found.status !== ProgramApplicationStatus.PENDING) return refused(handled);
    if (input.approve && row && row.identity !== PartnerIdentity.SOLUTION_PROVIDER) return refused(identityRefusal());
    const status = input.approve ? ProgramApplicationStatus.APPROVED : ProgramApplicationStatus.REJECTED;
    const changed = await tx.nativeUpdate(
      ProgramApplication,
      { id, status: ProgramApplicationStatus.PENDING },
      { status, handledAt: now, handledBy: operator.operator.id, reason },
    );
    if (!changed) return refused(handled);
    const application = await tx.findOneOrFail(ProgramApplication, id, { refresh: true });
    if (input.approve) await approve(tx, application, now);
    await tellApplicant(tx, application, reason);
    await recordAudit(tx, ctx, {
      action: 'handleProgramApplication',
      partnerId: application.partner.id,
      target: application.globalId,
      before: { status: ProgramApplicationStatus.PENDING },
      after: { status, reason },
    });
    return success<ProgramApplicationPayload>({ application });
  });
}
