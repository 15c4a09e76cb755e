/**
 * The cloud's side of leads (ops:lead): dispatching a lead to a partner (线索派发) and completing the
 * outbound calls (外呼) the platform places for the partners. Operators see contacts in full.
 */
import type { Context } from '../../context';
import { UserError } from '../../common/errors';
import { idOfType } from '../../common/global-id';
import { refusal, success } from '../../common/mutation-kit';
import { lockRows } from '../../db/locks';
import { requireOperator } from '../../permissions/viewer';
import { recordAudit } from '../audit/audit.service';
import { addressed, membersWithPermission, notify } from '../notification/notification.service';
import { NotificationKind } from '../notification/notification.enums';
import { Partner } from '../partner/partner.entity';
import { PartnerStatus } from '../partner/partner.enums';
import { contactColumns, contactProblem, LIMITS } from './lead.contact';
import { Lead, LeadCallRequest } from './lead.entity';
import { LeadCallStatus, LeadSource, LeadStatus } from './lead.enums';
import type { CompleteLeadCallInput, DispatchLeadInput } from './lead.mutation-inputs';
import type { LeadCallPayload, LeadPayload } from './lead.payloads';

const refused = refusal<LeadPayload>({ lead: null });
const refusedCall = refusal<LeadCallPayload>({ callRequest: null });

/**
 * dispatchLead (线索派发): a NEW, unassigned CLOUD lead of an active partner (not frozen); its members
 * holding lead:assign are told (LEAD_DISPATCHED), by the company name only.
 */
export async function dispatchLead(ctx: Context, input: DispatchLeadInput): Promise<LeadPayload> {
  const operator = requireOperator(ctx);
  const partnerId = idOfType(input.partnerId, 'Partner', 'input.partnerId');
  const problem = contactProblem(input);
  if (problem) return refused(problem);
  return ctx.em.transactional(async (tx) => {
    const partner = await tx.findOne(Partner, { id: partnerId, status: { $ne: PartnerStatus.FROZEN } });
    if (!partner)
      return refused(new UserError('LEAD_PARTNER_INVALID', 'No active partner with that id.', 'input.partnerId'));
    const now = new Date();
    const id = await tx.insert(Lead, {
      partner: partnerId,
      source: LeadSource.CLOUD,
      status: LeadStatus.NEW,
      ...contactColumns(input),
      dispatchedBy: operator.operator.id,
      createdAt: now,
      statusChangedAt: now,
    });
    const lead = await tx.findOneOrFail(Lead, { id: Number(id) });
    const recipients = await membersWithPermission(tx, partnerId, 'lead:assign');
    await notify(
      tx,
      addressed(recipients, {
        kind: NotificationKind.LEAD_DISPATCHED,
        title: '您有新的派发线索',
        body: `华为云向贵司派发了线索“${lead.companyName}”,请分配客户经理跟进。`,
        subject: lead.globalId,
      }),
    );
    await recordAudit(tx, ctx, { action: 'dispatchLead', target: lead.globalId, partnerId });
    return success<LeadPayload>({ lead });
  });
}

/** completeLeadCall: REQUESTED → CONNECTED / NOT_CONNECTED, once (the lead's row lock orders two operators). */
export async function completeLeadCall(ctx: Context, input: CompleteLeadCallInput): Promise<LeadCallPayload> {
  const operator = requireOperator(ctx);
  const id = idOfType(input.id, 'LeadCallRequest', 'input.id');
  const note = input.note?.trim() || null;
  if ((note?.length ?? 0) > LIMITS.note)
    return refusedCall(new UserError('LEAD_TEXT_TOO_LONG', 'The note is longer than 500 characters.', 'input.note'));
  return ctx.em.transactional(async (tx) => {
    const found = await tx.findOne(LeadCallRequest, { id });
    if (!found)
      return refusedCall(new UserError('LEAD_CALL_NOT_FOUND', 'No outbound-call request with that id.', 'input.id'));
    await lockRows(tx, 'lead', [found.lead.id]);
    const call = await tx.findOneOrFail(LeadCallRequest, { id }, { refresh: true });
    if (call.status !== LeadCallStatus.REQUESTED)
      return refusedCall(
        new UserError('LEAD_CALL_STATUS_INVALID', `The call request is already ${call.status}.`, 'input.id'),
      );
    const status = LeadCallStatus[input.result];
    await tx.nativeUpdate(
      LeadCallRequest,
      { id, status: LeadCallStatus.REQUESTED },
      { status, resultNote: note, completedAt: new Date(), completedBy: operator.operator.id },
    );
    const done = await tx.findOneOrFail(LeadCallRequest, { id }, { refresh: true });
    await recordAudit(tx, ctx, {
      action: 'completeLeadCall',
      target: done.globalId,
      partnerId: done.partner.id,
      before: { status: LeadCallStatus.REQUESTED },
      after: { status },
    });
    return success<LeadCallPayload>({ callRequest: done });
  });
}
