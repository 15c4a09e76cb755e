/**
 * Cloud labs (云实验, seeds 004 伙伴权益申请): the catalogue, the partner's applications (申请记录)
 * and its overview (数据概览), a member applying and an operator deciding (ops:program). A decision
 * is a conditional UPDATE on PENDING: two operators deciding at once, the second is refused
 * (CLOUD_LAB_APPLICATION_HANDLED) and the applicant is notified once.
 */
import type { FilterQuery } from '@mikro-orm/core';
import type { Context } from '../../context';
import { toPageRequest, type ConnectionArgs } from '../../common/connection';
import { UserError } from '../../common/errors';
import { idOfType } from '../../common/global-id';
import { refusal, success } from '../../common/mutation-kit';
import { findPage } from '../../common/paging';
import { rows } from '../../db/sql';
import { assertPartnerRelation } from '../../permissions/scopes';
import { requireOperator, requireViewer } from '../../permissions/viewer';
import { recordAudit } from '../audit/audit.service';
import { idempotent } from '../idempotency/idempotency.service';
import { NotificationKind } from '../notification/notification.enums';
import { notify } from '../notification/notification.service';
import { toMember } from '../notification/notification.recipient';
import { CloudLab, CloudLabApplication } from './cloud-lab.entity';
import { CloudLabApplicationStatus, CloudLabDecision } from './cloud-lab.enums';
import type { ApplyCloudLabInput, HandleCloudLabApplicationInput } from './cloud-lab.mutation-inputs';
import type { CloudLabApplicationPayload } from './cloud-lab.payloads';
import type { CloudLabApplicationFilter, CloudLabOverview } from './cloud-lab.types';

const refused = refusal<CloudLabApplicationPayload>({ application: null });
const MAX_TEXT = 200;

const filterOf = (filter: CloudLabApplicationFilter | null | undefined): FilterQuery<CloudLabApplication> =>
  filter?.status ? { status: filter.status } : {};

/** Query.cloudLabs: the catalogue, in catalogue order. */
export function listCloudLabs(ctx: Context): Promise<CloudLab[]> {
  requireViewer(ctx);
  return ctx.em.find(CloudLab, {}, { orderBy: { id: 'asc' } });
}

/** Partner.cloudLabApplications: the viewer's own partner's, newest first. */
export function listLabApplications(
  ctx: Context,
  partnerId: number,
  filter: CloudLabApplicationFilter | null,
  args: ConnectionArgs,
) {
  const viewer = requireViewer(ctx);
  const page = toPageRequest(args);
  assertPartnerRelation(viewer, partnerId, ['SELF'], 'cloudLabApplications');
  return findPage(ctx.em, CloudLabApplication, { $and: [{ partner: partnerId }, filterOf(filter)] }, page);
}

/** OperatorViewer.cloudLabApplications: every partner's, newest first (filter PENDING: the queue). */
export function listAllLabApplications(ctx: Context, filter: CloudLabApplicationFilter | null, args: ConnectionArgs) {
  requireOperator(ctx);
  return findPage(ctx.em, CloudLabApplication, filterOf(filter), toPageRequest(args));
}

/** Partner.cloudLabOverview: counts by status and the minutes used, in ONE statement. */
export async function labOverview(ctx: Context, partnerId: number): Promise<CloudLabOverview> {
  assertPartnerRelation(requireViewer(ctx), partnerId, ['SELF'], 'cloudLabOverview');
  const [row] = await rows<Record<string, number | string | null>>(
    ctx.em,
    `select count(*) as total,
       sum(case when a.status = 'PENDING' then 1 else 0 end) as pending,
       sum(case when a.status = 'APPROVED' then 1 else 0 end) as approved,
       sum(case when a.status = 'REJECTED' then 1 else 0 end) as rejected,
       (select count(*) from cloud_lab_usage u join cloud_lab_application x on x.id = u.application_id where x.partner_id = ?) as sessions,
       (select coalesce(sum(u.duration_minutes), 0) from cloud_lab_usage u join cloud_lab_application x on x.id = u.application_id where x.partner_id = ?) as minutes
     from cloud_lab_application a where a.partner_id = ?`,
    [partnerId, partnerId, partnerId],
  );
  const n = (k: string) => Number(row?.[k] ?? 0);
  const usedMinutes = n('minutes');
  return {
    total: n('total'),
    pending: n('pending'),
    approved: n('approved'),
    rejected: n('rejected'),
    sessions: n('sessions'),
    usedMinutes,
    usedHours: Math.round((usedMinutes / 60) * 100) / 100,
  };
}

function applyShapeError(purpose: string, hours: number): UserError | null {
  if (purpose.length === 0 || purpose.length > MAX_TEXT)
    return new UserError('CLOUD_LAB_PURPOSE_INVALID', `The purpose must be 1–${MAX_TEXT} characters.`, 'input.purpose');
  if (!Number.isInteger(hours) || hours < 1)
    return new UserError('CLOUD_LAB_HOURS_OUT_OF_RANGE', 'Ask for at least 1 hour.', 'input.plannedHours');
  return null;
}

/** 申请云实验: a PENDING application of the viewer for a lab of the catalogue. */
export async function applyCloudLab(ctx: Context, input: ApplyCloudLabInput): Promise<CloudLabApplicationPayload> {
  const viewer = requireViewer(ctx);
  const labId = idOfType(input.labId, 'CloudLab', 'input.labId');
  const purpose = input.purpose.trim();
  const shape = applyShapeError(purpose, input.plannedHours);
  if (shape) return refused(shape);
  return idempotent(ctx, {
    operation: 'applyCloudLab',
    input,
    refused,
    execute: async (tx) => {
      const lab = await tx.findOne(CloudLab, { id: labId });
      if (!lab)
        return refused(new UserError('CLOUD_LAB_NOT_FOUND', 'No lab of the catalogue has that id.', 'input.labId'));
      if (input.plannedHours > lab.maxHours)
        return refused(
          new UserError(
            'CLOUD_LAB_HOURS_OUT_OF_RANGE',
            `${lab.name} allows at most ${lab.maxHours} hours.`,
            'input.plannedHours',
          ),
        );
      const open = { lab: labId, applicant: viewer.member.id, status: CloudLabApplicationStatus.PENDING };
      if (await tx.count(CloudLabApplication, open))
        return refused(
          new UserError(
            'CLOUD_LAB_ALREADY_PENDING',
            'You already have a pending application for this lab.',
            'input.labId',
          ),
        );
      const application = tx.create(CloudLabApplication, {
        ...open,
        partner: viewer.partner.id,
        purpose,
        plannedHours: input.plannedHours,
        appliedAt: new Date(),
      });
      await tx.flush();
      await recordAudit(tx, ctx, {
        action: 'applyCloudLab',
        target: application.globalId,
        after: { lab: lab.code, plannedHours: input.plannedHours },
      });
      return success<CloudLabApplicationPayload>({ application });
    },
  });
}

function reasonOf(input: HandleCloudLabApplicationInput): string | UserError | null {
  if (input.decision === CloudLabDecision.APPROVE) return null;
  const reason = input.reason?.trim() ?? '';
  if (!reason) return new UserError('CLOUD_LAB_REASON_REQUIRED', 'A rejection needs a reason.', 'input.reason');
  if (reason.length > MAX_TEXT)
    return new UserError(
      'CLOUD_LAB_REASON_TOO_LONG',
      `The reason is longer than ${MAX_TEXT} characters.`,
      'input.reason',
    );
  return reason;
}

/** An operator approves or rejects a PENDING application; the applicant is notified in the same transaction. */
export async function handleCloudLabApplication(
  ctx: Context,
  input: HandleCloudLabApplicationInput,
): Promise<CloudLabApplicationPayload> {
  const operator = requireOperator(ctx);
  const id = idOfType(input.id, 'CloudLabApplication', 'input.id');
  const reason = reasonOf(input);
  if (reason instanceof UserError) return refused(reason);
  return ctx.em.transactional(async (tx) => {
    const current = await tx.findOne(CloudLabApplication, { id }, { refresh: true });
    if (!current)
      return refused(new UserError('CLOUD_LAB_APPLICATION_NOT_FOUND', 'No application with that id.', 'input.id'));
    const status =
      input.decision === CloudLabDecision.APPROVE
        ? CloudLabApplicationStatus.APPROVED
        : CloudLabApplicationStatus.REJECTED;
    const changed = await tx.nativeUpdate(
      CloudLabApplication,
      { id, status: CloudLabApplicationStatus.PENDING },
      { status, rejectionReason: reason, handledAt: new Date(), handledBy: `operator:${operator.operator.id}` },
    );
    if (changed !== 1)
      return refused(
        new UserError(
          'CLOUD_LAB_APPLICATION_HANDLED',
          `The application is already ${current.status}; nothing changed.`,
          'input.id',
        ),
      );
    const application = await tx.findOneOrFail(CloudLabApplication, { id }, { refresh: true, populate: ['lab'] });
    await notify(tx, [
      {
        recipient: toMember(application.applicant.id),
        kind: NotificationKind.PROGRAM_APPLICATION_HANDLED,
        title: status === CloudLabApplicationStatus.APPROVED ? '云实验申请已通过' : '云实验申请已驳回',
        body: `${application.lab.getEntity().name}: ${status === CloudLabApplicationStatus.APPROVED ? '已通过' : `已驳回 (${reason})`}`,
        subject: application.globalId,
      },
    ]);
    await recordAudit(tx, ctx, {
      action: 'handleCloudLabApplication',
      target: application.globalId,
      partnerId: application.partner.id,
      before: { status: current.status },
      after: { status, reason },
    });
    return success<CloudLabApplicationPayload>({ application });
  });
}
