import type { SqlEntityManager } from '@mikro-orm/knex';
import type { Context } from '../../context';
import { badInput, UserError } from '../../common/errors';
import { toGlobalId } from '../../common/global-id';
import { checkPositiveAmount, formatFen } from '../../common/money';
import {
  type Batch,
  type BatchSpec,
  batchSizeError,
  type ItemReader,
  parseItems,
  success,
} from '../../common/mutation-kit';
import { requireViewer, type Viewer } from '../../permissions/viewer';
import { recordAudit } from '../audit/audit.service';
import { idempotent } from '../idempotency/idempotency.service';
import { Partner } from '../partner/partner.entity';
import { SensitiveOperation } from '../verification/verification.enums';
import { CouponQuota, QuotaRecord } from './coupon.entity';
import { carveSubQuotaInTx } from './coupon.ledger';
import type { IssueSubQuotaInput, SubQuotaItemInput } from './coupon.mutation-inputs';
import type { SubQuotaPayload } from './coupon.payloads';
import { couponPreChecks, MAX_SUB_QUOTA_FEN, quotaRefusal } from './coupon.rules';
import {
  type Carving,
  designatedForReseller,
  issueSubQuota,
  parentAndValidity,
  refusedSubQuota,
  resellerNotFound,
} from './sub-quota.service';

/** input.items: Partner ids of cloud resellers, each once, 1–100. */
const SUB_QUOTA_ITEMS: BatchSpec = {
  field: 'input.items',
  type: 'Partner',
  noun: 'resellers',
  duplicate: { code: 'DUPLICATE_RESELLER', message: 'This reseller appears earlier in input.items.' },
};

/** Each item's amount, checked after its reseller id (INVALID_AMOUNT, AMOUNT_TOO_LARGE). */
const itemReader: ItemReader<SubQuotaItemInput, number> = {
  id: (item) => item.resellerId,
  idPath: '.resellerId',
  value: (item, field) => {
    const amount = checkPositiveAmount(item.amount, `${field}.amount`, MAX_SUB_QUOTA_FEN);
    return amount.ok ? amount.fen : new UserError(amount.code, amount.message, `${field}.amount`);
  },
};

/**
 * issueSubQuota takes either one reseller (resellerId and amount, the form it always had) or
 * several (items); both or neither is a malformed input (BAD_USER_INPUT).
 */
export function issueSubQuotas(ctx: Context, input: IssueSubQuotaInput): Promise<SubQuotaPayload> {
  const single = input.resellerId != null || input.amount != null;
  if (input.items != null && single)
    throw badInput('Give either items or resellerId and amount, not both.', 'input.items');
  if (input.items == null) {
    if (input.resellerId == null) throw badInput('input.resellerId is required without items.', 'input.resellerId');
    if (input.amount == null) throw badInput('input.amount is required without items.', 'input.amount');
    return issueSubQuota(ctx, input);
  }
  return issueSubQuotaBatch(ctx, input, input.items);
}

interface Carved {
  index: number;
  resellerId: number;
  subQuotaId: number;
  recordId: number;
  fen: number;
  parentBalance: number;
}

/** Carves each item's sub-quota from the parent in input order; each succeeds or fails alone. */
async function carveEach(
  tx: SqlEntityManager,
  viewer: Viewer,
  input: IssueSubQuotaInput,
  base: Omit<Carving, 'fen' | 'resellerId'>,
  batch: Batch<number>,
): Promise<Carved[]> {
  const { parent, validity, now } = base;
  const done: Carved[] = [];
  for (const item of batch.items) {
    if (!viewer.resellerIds.includes(item.id)) {
      batch.fail(item, resellerNotFound(item.idField));
      continue;
    }
    const designated = await designatedForReseller(tx, parent, item.id, item.idField);
    if (designated) {
      batch.fail(item, designated);
      continue;
    }
    const carved = await carveSubQuotaInTx(tx, {
      distributorId: viewer.partner.id,
      parent,
      resellerId: item.id,
      amount: item.value,
      effectiveTime: validity.effectiveTime,
      expireTime: validity.expireTime,
      operatorId: viewer.member.id,
      remark: input.remark,
      now,
    });
    if (!carved) {
      batch.fail(item, await quotaRefusal(tx, parent.id, item.value, now, `${item.field}.amount`));
      continue;
    }
    done.push({ index: item.index, resellerId: item.id, fen: item.value, ...carved });
  }
  return done;
}

/** The audit rows of the sub-quotas carved: one per reseller, like a single issueSubQuota. */
function carvedAudit(parentId: number, validity: Carving['validity'], done: Carved[]) {
  return done.map((d) => ({
    action: 'issueSubQuota',
    target: toGlobalId('CouponQuota', d.subQuotaId),
    before: { parentQuota: toGlobalId('CouponQuota', parentId), parentBalance: formatFen(d.parentBalance + d.fen) },
    after: {
      parentQuota: toGlobalId('CouponQuota', parentId),
      parentBalance: formatFen(d.parentBalance),
      reseller: toGlobalId('Partner', d.resellerId),
      quotaValue: formatFen(d.fen),
      effectiveTime: validity.effectiveTime.toISOString(),
      expireTime: validity.expireTime.toISOString(),
    },
  }));
}

const byId = <T extends { id: number }>(rows: T[]) => new Map(rows.map((r) => [r.id, r]));

/** Distributors: one sub-quota for each of 1–100 resellers out of one parent quota, per-item results. */
async function issueSubQuotaBatch(
  ctx: Context,
  input: IssueSubQuotaInput,
  items: SubQuotaItemInput[],
): Promise<SubQuotaPayload> {
  const viewer = requireViewer(ctx);
  const size = batchSizeError(items, SUB_QUOTA_ITEMS);
  if (size) return refusedSubQuota(size);
  return idempotent(ctx, {
    operation: 'issueSubQuota',
    input,
    refused: refusedSubQuota,
    execute: async (tx) => {
      const note = { text: input.remark, field: 'input.remark' } as const;
      const operation = SensitiveOperation.ISSUE_SUB_QUOTA;
      const problem = await couponPreChecks(tx, ctx, viewer, note, operation, input.verificationCode);
      if (problem) return refusedSubQuota(problem);
      const base = await parentAndValidity(tx, viewer, input);
      if (base instanceof UserError) return refusedSubQuota(base);
      const batch = parseItems(items, SUB_QUOTA_ITEMS, itemReader);
      const done = await carveEach(tx, viewer, input, base, batch);
      await recordAudit(tx, ctx, carvedAudit(base.parent.id, base.validity, done));

      const quotaIds = [base.parent.id, ...done.map((d) => d.subQuotaId)];
      const quotas = byId(await tx.find(CouponQuota, { id: { $in: quotaIds } }, { refresh: true }));
      const records = byId(await tx.find(QuotaRecord, { id: { $in: done.map((d) => d.recordId) } }));
      const resellers = byId(await tx.find(Partner, { id: { $in: done.map((d) => d.resellerId) } }));
      return success<SubQuotaPayload>({
        subQuota: null,
        parentQuota: quotas.get(base.parent.id) ?? null,
        quotaRecord: null,
        succeeded: done.map((d) => ({
          index: d.index,
          reseller: resellers.get(d.resellerId)!,
          subQuota: quotas.get(d.subQuotaId)!,
          quotaRecord: records.get(d.recordId)!,
        })),
        failed: batch.failed,
      });
    },
  });
}
