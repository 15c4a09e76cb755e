/**
 * Opportunities shared with the cloud (共享给华为, PO): the partner shares one without choosing a
 * representative office; the system decides whether the customer is new to the cloud and routes a
 * new customer to its region's office PSM. The cloud's operators verify it (ops:lead).
 */
import type { SqlEntityManager } from '@mikro-orm/knex';
import type { Context } from '../../context';
import { type ConnectionArgs, toPageRequest } from '../../common/connection';
import { UserError } from '../../common/errors';
import { idOfType } from '../../common/global-id';
import { refusal, success } from '../../common/mutation-kit';
import { findPage } from '../../common/paging';
import { lockRows } from '../../db/locks';
import { assertPartnerRelation } from '../../permissions/scopes';
import { requireOperator, requireViewer } from '../../permissions/viewer';
import { recordAudit } from '../audit/audit.service';
import { CloudAccount } from '../cloud-account/cloud-account.entity';
import { idempotent } from '../idempotency/idempotency.service';
import { notify } from '../notification/notification.service';
import { NotificationKind } from '../notification/notification.enums';
import { toMember } from '../notification/notification.recipient';
import { Opportunity, RepresentativeOffice } from './opportunity.entity';
import { OPPORTUNITY_STATUS_NAMES, OpportunityReviewAction, OpportunityStatus } from './opportunity.enums';
import type {
  OpportunityFilter,
  OpportunityPayload,
  ReviewOpportunityInput,
  ShareOpportunityInput,
} from './opportunity.types';

const refused = refusal<OpportunityPayload>({ opportunity: null });

/** Partner.opportunities: the viewer's own partner's, newest first. */
export function listOpportunities(
  ctx: Context,
  partnerId: number,
  filter: OpportunityFilter | null,
  args: ConnectionArgs,
) {
  const viewer = requireViewer(ctx);
  const page = toPageRequest(args);
  assertPartnerRelation(viewer, partnerId, ['SELF'], 'opportunities');
  const status = filter?.status != null ? { status: filter.status } : {};
  return findPage(ctx.em, Opportunity, { partner: partnerId, ...status }, page);
}

/** OperatorViewer.opportunities: every partner's, newest first. */
export function listOpportunitiesForOperator(ctx: Context, filter: OpportunityFilter | null, args: ConnectionArgs) {
  requireOperator(ctx);
  const page = toPageRequest(args);
  return findPage(ctx.em, Opportunity, filter?.status != null ? { status: filter.status } : {}, page);
}

/** Viewer.representativeOffices: every office by region. */
export function representativeOffices(ctx: Context): Promise<RepresentativeOffice[]> {
  return ctx.em.find(RepresentativeOffice, {}, { orderBy: { region: 'asc' }, disableIdentityMap: true });
}

/** Whether a named account makes a new cloud customer: unverified, or its enterprise's first real-name account. */
async function isNewCustomer(tx: SqlEntityManager, account: CloudAccount | null): Promise<boolean> {
  if (!account?.realNameEnterprise || !account.realNameVerifiedAt) return true;
  const earlier = await tx.count(CloudAccount, {
    realNameEnterprise: account.realNameEnterprise,
    realNameVerifiedAt: { $ne: null },
    $or: [
      { realNameVerifiedAt: { $lt: account.realNameVerifiedAt } },
      { realNameVerifiedAt: account.realNameVerifiedAt, id: { $lt: account.id } },
    ],
  });
  return earlier === 0;
}

function shareChecks(input: ShareOpportunityInput): UserError | null {
  const name = input.customerName.trim();
  if (name.length < 1 || name.length > 100)
    return new UserError(
      'OPPORTUNITY_CUSTOMER_NAME_INVALID',
      'The customer name must be 1–100 characters.',
      'input.customerName',
    );
  if ((input.description?.length ?? 0) > 500)
    return new UserError(
      'OPPORTUNITY_DESCRIPTION_TOO_LONG',
      'The description is longer than 500 characters.',
      'input.description',
    );
  return null;
}

/** shareOpportunity (共享给华为). */
export async function shareOpportunity(ctx: Context, input: ShareOpportunityInput): Promise<OpportunityPayload> {
  const viewer = requireViewer(ctx);
  const problem = shareChecks(input);
  if (problem) return refused(problem);
  return idempotent(ctx, {
    operation: 'shareOpportunity',
    input,
    refused,
    execute: async (tx) => {
      const office = await tx.findOne(RepresentativeOffice, { region: input.region.trim() });
      if (!office)
        return refused(
          new UserError('OPPORTUNITY_REGION_UNKNOWN', 'No representative office covers that region.', 'input.region'),
        );
      const accountName = input.cloudAccountName?.trim() || null;
      const account = accountName == null ? null : await tx.findOne(CloudAccount, { accountName });
      if (accountName != null && !account)
        return refused(
          new UserError('OPPORTUNITY_ACCOUNT_NOT_FOUND', 'No cloud account with that name.', 'input.cloudAccountName'),
        );
      const newCustomer = await isNewCustomer(tx, account);
      const now = new Date();
      const id = await tx.insert(Opportunity, {
        partner: viewer.partner.id,
        customerName: input.customerName.trim(),
        cloudAccount: account?.id ?? null,
        region: office.region,
        description: input.description?.trim() || null,
        newCustomer,
        office: newCustomer ? office.id : null,
        status: OpportunityStatus.SUBMITTED,
        createdBy: viewer.member.id,
        createdAt: now,
        statusChangedAt: now,
      });
      const opportunity = await tx.findOneOrFail(Opportunity, { id: Number(id) });
      await recordAudit(tx, ctx, { action: 'shareOpportunity', target: opportunity.globalId, after: { newCustomer } });
      return success<OpportunityPayload>({ opportunity });
    },
  });
}

const STEPS: Record<OpportunityReviewAction, { from: OpportunityStatus[]; to: OpportunityStatus }> = {
  START_VERIFICATION: { from: [OpportunityStatus.SUBMITTED], to: OpportunityStatus.VERIFYING },
  VERIFY: { from: [OpportunityStatus.VERIFYING], to: OpportunityStatus.VERIFIED },
  REJECT: { from: [OpportunityStatus.SUBMITTED, OpportunityStatus.VERIFYING], to: OpportunityStatus.REJECTED },
};

/** reviewOpportunity (ops:lead): one step under the opportunity's row lock; the creator is told (OPPORTUNITY_STATUS). */
export async function reviewOpportunity(ctx: Context, input: ReviewOpportunityInput): Promise<OpportunityPayload> {
  requireOperator(ctx);
  const id = idOfType(input.id, 'Opportunity', 'input.id');
  const reason = input.reason?.trim() || null;
  const step = STEPS[input.action];
  if (input.action === OpportunityReviewAction.REJECT && (!reason || reason.length > 500))
    return refused(
      new UserError('OPPORTUNITY_REASON_REQUIRED', 'Rejecting needs a reason of 1–500 characters.', 'input.reason'),
    );
  return ctx.em.transactional(async (tx) => {
    await lockRows(tx, 'opportunity', [id]);
    const current = await tx.findOne(Opportunity, { id }, { refresh: true });
    if (!current) return refused(new UserError('OPPORTUNITY_NOT_FOUND', 'No opportunity with that id.', 'input.id'));
    if (!step.from.includes(current.status))
      return refused(
        new UserError(
          'OPPORTUNITY_STATUS_INVALID',
          `The opportunity is ${current.status}; ${input.action} does not start there.`,
          'input.id',
        ),
      );
    const now = new Date();
    const verified = step.to === OpportunityStatus.VERIFIED ? { verifiedAt: now } : {};
    const rejected = step.to === OpportunityStatus.REJECTED ? { rejectReason: reason } : {};
    await tx.nativeUpdate(
      Opportunity,
      { id, status: current.status },
      { status: step.to, statusChangedAt: now, version: current.version + 1, ...verified, ...rejected },
    );
    const moved = await tx.findOneOrFail(Opportunity, { id }, { refresh: true });
    await notify(tx, [
      {
        recipient: toMember(moved.createdBy.id),
        kind: NotificationKind.OPPORTUNITY_STATUS,
        title: `机会点${OPPORTUNITY_STATUS_NAMES[moved.status]}`,
        body: `您共享给华为的机会点“${moved.customerName}”状态变为${OPPORTUNITY_STATUS_NAMES[moved.status]}。${reason ? `原因:${reason}` : ''}`,
        subject: moved.globalId,
      },
    ]);
    await recordAudit(tx, ctx, {
      action: 'reviewOpportunity',
      target: moved.globalId,
      partnerId: moved.partner.id,
      before: { status: current.status },
      after: { status: moved.status, reason },
    });
    return success<OpportunityPayload>({ opportunity: moved });
  });
}
