import type { SqlEntityManager } from '@mikro-orm/knex';
import type { Context } from '../../context';
import { UserError } from '../../common/errors';
import { fromGlobalId, toGlobalId } from '../../common/global-id';
import { checkPositiveAmount, formatFen } from '../../common/money';
import { refusal, success } from '../../common/mutation-kit';
import { requireViewer, type Viewer } from '../../permissions/viewer';
import { recordAudit } from '../audit/audit.service';
import { SubCustomer } from '../customer/customer.entity';
import { Partner } from '../partner/partner.entity';
import { idempotent } from '../idempotency/idempotency.service';
import { SensitiveOperation } from '../verification/verification.enums';
import { CouponQuota, QuotaRecord } from './coupon.entity';
import { QuotaStatus } from './coupon.enums';
import { carveSubQuotaInTx, reclaimSubQuotaInTx } from './coupon.ledger';
import type { IssueSubQuotaInput, ReclaimSubQuotaInput } from './coupon.mutation-inputs';
import type { SubQuotaPayload } from './coupon.payloads';
import {
  MAX_SUB_QUOTA_FEN,
  checkValidity,
  couponPreChecks,
  loadOwnQuota,
  quotaNotFound,
  quotaNotUsable,
  quotaRefusal,
  quotaUsable,
} from './coupon.rules';

export const refusedSubQuota = refusal<SubQuotaPayload>({
  subQuota: null,
  parentQuota: null,
  quotaRecord: null,
  succeeded: [],
  failed: [],
});
const refused = refusedSubQuota;

/** The answer of a single sub-quota issued (`issued`: it is listed in succeeded too) or reclaimed. */
async function subQuotaRows(
  tx: SqlEntityManager,
  subQuotaId: number,
  parentQuotaId: number,
  recordId: number,
  issued: boolean,
) {
  const quotas = new Map(
    (await tx.find(CouponQuota, { id: { $in: [subQuotaId, parentQuotaId] } }, { refresh: true })).map((q) => [q.id, q]),
  );
  const subQuota = quotas.get(subQuotaId)!;
  const quotaRecord = await tx.findOneOrFail(QuotaRecord, recordId);
  const reseller = issued ? await tx.findOneOrFail(Partner, subQuota.partner.id) : null;
  return success<SubQuotaPayload>({
    subQuota,
    parentQuota: quotas.get(parentQuotaId)!,
    quotaRecord,
    succeeded: reseller ? [{ index: 0, reseller, subQuota, quotaRecord }] : [],
    failed: [],
  });
}

/** What a sub-quota is carved with, once every rule passed. */
export interface Carving {
  fen: number;
  resellerId: number;
  parent: CouponQuota;
  validity: { effectiveTime: Date; expireTime: Date };
  now: Date;
}

/** The parent quota (own, NORMAL, valid now) and the validity of new sub-quotas, or why not. */
export async function parentAndValidity(
  tx: SqlEntityManager,
  viewer: Viewer,
  input: IssueSubQuotaInput,
): Promise<Omit<Carving, 'fen' | 'resellerId'> | UserError> {
  const parent = await loadOwnQuota(tx, viewer, input.parentQuotaId);
  if (!parent) return quotaNotFound('input.parentQuotaId');
  const now = new Date();
  if (!quotaUsable(parent, now)) return quotaNotUsable(parent, now, 'input.parentQuotaId');
  const validity = checkValidity(input, parent, now, 'parent quota');
  if (validity instanceof UserError) return validity;
  return { parent, validity, now };
}

/** The amount, the reseller, the parent quota and the validity of a new sub-quota, or why not. */
async function carvingOf(
  tx: SqlEntityManager,
  viewer: Viewer,
  input: IssueSubQuotaInput,
): Promise<Carving | UserError> {
  const amount = checkPositiveAmount(input.amount ?? '', 'input.amount', MAX_SUB_QUOTA_FEN);
  if (!amount.ok) return new UserError(amount.code, amount.message, 'input.amount');
  const reseller = fromGlobalId(input.resellerId ?? '');
  if (reseller?.type !== 'Partner' || !viewer.resellerIds.includes(reseller.id))
    return resellerNotFound('input.resellerId');
  const base = await parentAndValidity(tx, viewer, input);
  if (base instanceof UserError) return base;
  const designated = await designatedForReseller(tx, base.parent, reseller.id, 'input.parentQuotaId');
  if (designated) return designated;
  return { fen: amount.fen, resellerId: reseller.id, ...base };
}

export const resellerNotFound = (field: string) =>
  new UserError('RESELLER_NOT_FOUND', 'No cloud reseller of yours has that id.', field);

/** CBC.50000021: a designated-customer quota goes only to the reseller whose customers it names. */
export async function designatedForReseller(
  tx: SqlEntityManager,
  parent: CouponQuota,
  resellerId: number,
  field: string,
): Promise<UserError | null> {
  if (parent.designatedCustomerIds.length === 0) return null;
  const listed = new Set(parent.designatedCustomerIds);
  const theirs = await tx.count(SubCustomer, { customerId: { $in: [...listed] }, partner: resellerId });
  if (theirs >= listed.size) return null;
  return new UserError(
    'DESIGNATED_CUSTOMER_NOT_OF_RESELLER',
    "The quota is for designated customers, and not all of them are this reseller's customers.",
    field,
  );
}

/** Distributors: carve a sub-quota for one of its cloud resellers out of one of its own quotas (the single-reseller form). */
export async function issueSubQuota(ctx: Context, input: IssueSubQuotaInput): Promise<SubQuotaPayload> {
  const viewer = requireViewer(ctx);
  return idempotent(ctx, {
    operation: 'issueSubQuota',
    input,
    refused,
    execute: async (tx) => {
      const note = { text: input.remark, field: 'input.remark' } as const;
      const problem = await couponPreChecks(
        tx,
        ctx,
        viewer,
        note,
        SensitiveOperation.ISSUE_SUB_QUOTA,
        input.verificationCode,
      );
      if (problem) return refused(problem);
      const carving = await carvingOf(tx, viewer, input);
      if (carving instanceof UserError) return refused(carving);
      const { fen, parent, validity, now } = carving;
      const carved = await carveSubQuotaInTx(tx, {
        distributorId: viewer.partner.id,
        parent,
        resellerId: carving.resellerId,
        amount: fen,
        effectiveTime: validity.effectiveTime,
        expireTime: validity.expireTime,
        operatorId: viewer.member.id,
        remark: input.remark,
        now,
      });
      if (!carved) {
        const why = await quotaRefusal(tx, parent.id, fen, now, 'input.amount');
        return refused(
          why.code === 'QUOTA_INSUFFICIENT' ? why : new UserError(why.code, why.message, 'input.parentQuotaId'),
        );
      }
      await recordAudit(tx, ctx, {
        action: 'issueSubQuota',
        target: toGlobalId('CouponQuota', carved.subQuotaId),
        before: {
          parentQuota: toGlobalId('CouponQuota', parent.id),
          parentBalance: formatFen(carved.parentBalance + fen),
        },
        after: {
          parentQuota: toGlobalId('CouponQuota', parent.id),
          parentBalance: formatFen(carved.parentBalance),
          reseller: toGlobalId('Partner', carving.resellerId),
          quotaValue: formatFen(fen),
          effectiveTime: validity.effectiveTime.toISOString(),
          expireTime: validity.expireTime.toISOString(),
        },
      });
      return subQuotaRows(tx, carved.subQuotaId, parent.id, carved.recordId, true);
    },
  });
}

/** A sub-quota of one of the viewer's resellers, carved from one of the viewer's own quotas; null otherwise. */
async function loadCarvedSubQuota(tx: SqlEntityManager, viewer: Viewer, globalId: string) {
  const id = fromGlobalId(globalId);
  if (id?.type !== 'CouponQuota' || viewer.resellerIds.length === 0) return null;
  return tx.findOne(CouponQuota, {
    id: id.id,
    partner: { $in: viewer.resellerIds },
    parentQuota: { partner: viewer.partner.id },
  });
}

const notReclaimable = (status: QuotaStatus) =>
  new UserError(
    'QUOTA_NOT_RECLAIMABLE',
    `Only a NORMAL sub-quota can be reclaimed; this one is ${QuotaStatus[status]}.`,
    'input.quotaId',
  );

/** Distributors: take back a NORMAL sub-quota's unused balance into its parent; it becomes RECLAIMED. */
export async function reclaimSubQuota(ctx: Context, input: ReclaimSubQuotaInput): Promise<SubQuotaPayload> {
  const viewer = requireViewer(ctx);
  return idempotent(ctx, {
    operation: 'reclaimSubQuota',
    input,
    refused,
    execute: async (tx) => {
      const note = { text: input.remark, field: 'input.remark' } as const;
      const operation = SensitiveOperation.RECLAIM_SUB_QUOTA;
      const problem = await couponPreChecks(tx, ctx, viewer, note, operation, input.verificationCode);
      if (problem) return refused(problem);
      const sub = await loadCarvedSubQuota(tx, viewer, input.quotaId);
      if (!sub) return refused(quotaNotFound('input.quotaId'));
      if (sub.status !== QuotaStatus.NORMAL) return refused(notReclaimable(sub.status));
      const reclaimed = await reclaimSubQuotaInTx(tx, {
        subQuotaId: sub.id,
        distributorId: viewer.partner.id,
        operatorId: viewer.member.id,
        remark: input.remark,
      });
      if (!reclaimed)
        return refused(notReclaimable((await tx.findOneOrFail(CouponQuota, sub.id, { refresh: true })).status));
      await recordAudit(tx, ctx, {
        action: 'reclaimSubQuota',
        target: toGlobalId('CouponQuota', sub.id),
        before: { status: QuotaStatus[QuotaStatus.NORMAL], balance: formatFen(reclaimed.amount) },
        after: {
          status: QuotaStatus[QuotaStatus.RECLAIMED],
          balance: formatFen(0),
          parentQuota: toGlobalId('CouponQuota', reclaimed.parentQuotaId),
          returned: formatFen(reclaimed.amount),
          parentBalance: reclaimed.parentBalance == null ? null : formatFen(reclaimed.parentBalance),
        },
      });
      return subQuotaRows(tx, sub.id, reclaimed.parentQuotaId, reclaimed.recordId, false);
    },
  });
}
