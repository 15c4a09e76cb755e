/**
 * The partner's side of leads (线索管理): create a lead, assign it to an account manager, record
 * follow-ups and the outcome, and ask the platform for an outbound call (外呼). Every change holds
 * the lead's row lock (db/locks.ts), is idempotent with its key and audited in its transaction; the
 * audit rows and notifications name the lead and its company only, never its phone or e-mail.
 */
import type { SqlEntityManager } from '@mikro-orm/knex';
import type { Context } from '../../context';
import { UserError } from '../../common/errors';
import { idOfType } from '../../common/global-id';
import { firstRefusal, refusal, success } from '../../common/mutation-kit';
import { lockRows } from '../../db/locks';
import { ownLeadFilter } from '../../permissions/scopes';
import { requireViewer, type Viewer } from '../../permissions/viewer';
import { recordAudit } from '../audit/audit.service';
import { idempotent } from '../idempotency/idempotency.service';
import { Member } from '../member/member.entity';
import { MemberStatus } from '../member/member.enums';
import { notify } from '../notification/notification.service';
import { NotificationKind } from '../notification/notification.enums';
import { toMember } from '../notification/notification.recipient';
import { contactColumns, contactProblem, LIMITS } from './lead.contact';
import { Lead, LeadCallRequest, LeadFollowUp } from './lead.entity';
import { LeadCallStatus, LeadOutcome, LeadSource, LeadStatus } from './lead.enums';
import type { AssignLeadInput, CreateLeadInput, FollowUpLeadInput, RequestLeadCallInput } from './lead.mutation-inputs';
import type { LeadCallPayload, LeadPayload } from './lead.payloads';

const refused = refusal<LeadPayload>({ lead: null });
const refusedCall = refusal<LeadCallPayload>({ callRequest: null });
const FINAL: readonly LeadStatus[] = [LeadStatus.CONVERTED, LeadStatus.CLOSED];

/** The manager a lead may be assigned to: an active member of the viewer's partner, within its scope. */
async function managerProblem(tx: SqlEntityManager, viewer: Viewer, managerId: number, field: string) {
  const member = await tx.findOne(Member, { id: managerId, partner: viewer.partner.id, status: MemberStatus.ACTIVE });
  const inScope = viewer.customerScope === 'ALL' || viewer.accountManagerIds.includes(managerId);
  if (member && inScope) return null;
  return new UserError(
    'LEAD_MANAGER_INVALID',
    'That account manager is not an active member within your scope.',
    field,
  );
}

/** The lead under its row lock, if the viewer sees it and it is not final. */
export async function openLead(tx: SqlEntityManager, viewer: Viewer, id: number): Promise<Lead | UserError> {
  await lockRows(tx, 'lead', [id]);
  const lead = await tx.findOne(Lead, { $and: [{ id }, ownLeadFilter(viewer)] }, { refresh: true });
  if (!lead) return new UserError('LEAD_NOT_FOUND', 'No lead with that id is visible to you.', 'input.id');
  if (FINAL.includes(lead.status))
    return new UserError('LEAD_STATUS_INVALID', `The lead is ${lead.status} (final); nothing changed.`, 'input.id');
  return lead;
}

/** LEAD_ASSIGNED to the manager (not when it assigned the lead to itself). */
async function notifyAssigned(tx: SqlEntityManager, viewer: Viewer, lead: Lead, managerId: number) {
  if (managerId === viewer.member.id) return;
  await notify(tx, [
    {
      recipient: toMember(managerId),
      kind: NotificationKind.LEAD_ASSIGNED,
      title: '线索已分配给您',
      body: `线索“${lead.companyName}”已分配给您,请及时跟进。`,
      subject: lead.globalId,
    },
  ]);
}

/** createLead (新建线索). */
export async function createLead(ctx: Context, input: CreateLeadInput): Promise<LeadPayload> {
  const viewer = requireViewer(ctx);
  const problem = contactProblem(input);
  if (problem) return refused(problem);
  const given =
    input.assignedManagerId == null ? null : idOfType(input.assignedManagerId, 'Member', 'input.assignedManagerId');
  const managerId = given ?? (viewer.customerScope === 'ALL' ? null : viewer.member.id);
  return idempotent(ctx, {
    operation: 'createLead',
    input,
    refused,
    execute: async (tx) => {
      const bad = managerId == null ? null : await managerProblem(tx, viewer, managerId, 'input.assignedManagerId');
      if (bad) return refused(bad);
      const now = new Date();
      const id = await tx.insert(Lead, {
        partner: viewer.partner.id,
        source: LeadSource.PARTNER,
        status: LeadStatus.NEW,
        ...contactColumns(input),
        assignedManager: managerId,
        createdBy: viewer.member.id,
        createdAt: now,
        statusChangedAt: now,
      });
      const lead = await tx.findOneOrFail(Lead, { id: Number(id) });
      if (managerId != null) await notifyAssigned(tx, viewer, lead, managerId);
      await recordAudit(tx, ctx, { action: 'createLead', target: lead.globalId, after: { managerId } });
      return success<LeadPayload>({ lead });
    },
  });
}

/** assignLead (分配线索). */
export async function assignLead(ctx: Context, input: AssignLeadInput): Promise<LeadPayload> {
  const viewer = requireViewer(ctx);
  const id = idOfType(input.id, 'Lead', 'input.id');
  const managerId = idOfType(input.managerId, 'Member', 'input.managerId');
  return idempotent(ctx, {
    operation: 'assignLead',
    input,
    refused,
    execute: async (tx) => {
      const lead = await openLead(tx, viewer, id);
      if (lead instanceof UserError) return refused(lead);
      const bad = await managerProblem(tx, viewer, managerId, 'input.managerId');
      if (bad) return refused(bad);
      const before = lead.assignedManager?.id ?? null;
      await tx.nativeUpdate(Lead, { id }, { assignedManager: managerId, version: lead.version + 1 });
      const moved = await tx.findOneOrFail(Lead, { id }, { refresh: true });
      if (before !== managerId) await notifyAssigned(tx, viewer, moved, managerId);
      await recordAudit(tx, ctx, {
        action: 'assignLead',
        target: moved.globalId,
        before: { managerId: before },
        after: { managerId },
      });
      return success<LeadPayload>({ lead: moved });
    },
  });
}

/** The follow-up's own checks (content, outcome and reason), before any transaction. */
function followUpChecks(input: FollowUpLeadInput) {
  const content = input.content.trim();
  return firstRefusal(
    () =>
      content.length < 1 || content.length > LIMITS.note
        ? new UserError('LEAD_FOLLOW_UP_INVALID', 'The follow-up content must be 1–500 characters.', 'input.content')
        : null,
    () =>
      input.outcome === LeadOutcome.CLOSED && input.closeReason == null
        ? new UserError('LEAD_CLOSE_REASON_REQUIRED', 'Closing a lead needs a closeReason.', 'input.closeReason')
        : null,
    () =>
      input.outcome !== LeadOutcome.CLOSED && input.closeReason != null
        ? new UserError(
            'LEAD_CLOSE_REASON_UNEXPECTED',
            'A closeReason goes with outcome CLOSED only.',
            'input.closeReason',
          )
        : null,
  );
}

/** followUpLead (跟进线索): NEW → FOLLOWING_UP on the first record; an outcome ends the lead. */
export async function followUpLead(ctx: Context, input: FollowUpLeadInput): Promise<LeadPayload> {
  const viewer = requireViewer(ctx);
  const id = idOfType(input.id, 'Lead', 'input.id');
  const problem = await followUpChecks(input);
  if (problem) return refused(problem);
  return idempotent(ctx, {
    operation: 'followUpLead',
    input,
    refused,
    execute: async (tx) => {
      const lead = await openLead(tx, viewer, id);
      if (lead instanceof UserError) return refused(lead);
      const now = new Date();
      const content = input.content.trim();
      await tx.insert(LeadFollowUp, { lead: id, member: viewer.member.id, content, createdAt: now });
      const status = input.outcome != null ? LeadStatus[input.outcome] : LeadStatus.FOLLOWING_UP;
      const ending = input.outcome != null ? { closeReason: input.closeReason ?? null, outcomeNote: content } : {};
      const moved = status === lead.status ? {} : { status, statusChangedAt: now };
      await tx.nativeUpdate(Lead, { id }, { ...moved, ...ending, version: lead.version + 1 });
      const after = await tx.findOneOrFail(Lead, { id }, { refresh: true });
      await recordAudit(tx, ctx, {
        action: 'followUpLead',
        target: after.globalId,
        before: { status: lead.status },
        after: { status: after.status, closeReason: after.closeReason ?? null },
      });
      return success<LeadPayload>({ lead: after });
    },
  });
}

/** requestLeadCall (外呼): a REQUESTED call the platform places; one open request per lead. */
export async function requestLeadCall(ctx: Context, input: RequestLeadCallInput): Promise<LeadCallPayload> {
  const viewer = requireViewer(ctx);
  const id = idOfType(input.id, 'Lead', 'input.id');
  return idempotent(ctx, {
    operation: 'requestLeadCall',
    input,
    refused: refusedCall,
    execute: async (tx) => {
      const lead = await openLead(tx, viewer, id);
      if (lead instanceof UserError) return refusedCall(lead);
      if (!lead.phone) return refusedCall(new UserError('LEAD_NO_PHONE', 'The lead has no phone number.', 'input.id'));
      const open = await tx.count(LeadCallRequest, { lead: id, status: LeadCallStatus.REQUESTED });
      if (open > 0)
        return refusedCall(
          new UserError('LEAD_CALL_PENDING', 'A call of this lead is already waiting for the platform.', 'input.id'),
        );
      const callId = await tx.insert(LeadCallRequest, {
        lead: id,
        partner: viewer.partner.id,
        requestedBy: viewer.member.id,
        status: LeadCallStatus.REQUESTED,
        requestedAt: new Date(),
      });
      const call = await tx.findOneOrFail(LeadCallRequest, { id: Number(callId) });
      await recordAudit(tx, ctx, {
        action: 'requestLeadCall',
        target: lead.globalId,
        after: { callRequest: call.globalId },
      });
      return success<LeadCallPayload>({ callRequest: call });
    },
  });
}
