import type { SqlEntityManager } from '@mikro-orm/knex';
import type { Context } from '../../context';
import { UserError } from '../../common/errors';
import { toGlobalId } from '../../common/global-id';
import { checkPositiveAmount, formatFen } from '../../common/money';
import {
  type Batch,
  type BatchItem,
  type BatchSpec,
  batchSizeError,
  MAX_BATCH_SIZE,
  parseIds,
  refusal,
  success,
} from '../../common/mutation-kit';
import { ownCustomerFilter } from '../../permissions/scopes';
import { requireViewer, type Viewer } from '../../permissions/viewer';
import { recordAudit } from '../audit/audit.service';
import { SubCustomer } from '../customer/customer.entity';
import { AssociationType } from '../customer/customer.enums';
import { idempotent } from '../idempotency/idempotency.service';
import { SensitiveOperation } from '../verification/verification.enums';
import { Coupon, CouponQuota, CouponRecord } from './coupon.entity';
import { CouponOperationType, CouponStatus } from './coupon.enums';
import { holdResaleCustomers } from '../funds/ledger';
import { issueCouponInTx, lockCouponsAndQuotas, reclaimCouponInTx } from './coupon.ledger';
import { couponsIssued, couponsReclaimed } from './coupon-rollup';
import { visibleCouponFilter } from './coupon.loaders';
import type { IssueCouponsInput, ReclaimCouponsInput } from './coupon.mutation-inputs';
import type { IssueCouponsPayload, ReclaimCouponsPayload } from './coupon.payloads';
import {
  MAX_FACE_VALUE_FEN,
  checkLimits,
  checkValidity,
  couponPreChecks,
  loadOwnQuota,
  quotaNotFound,
  quotaNotUsable,
  quotaRefusal,
  quotaUsable,
} from './coupon.rules';

/** ≤ 100 customers or coupons per call (domain.md §2). */
export const MAX_COUPON_BATCH = MAX_BATCH_SIZE;

const CUSTOMERS: BatchSpec = {
  field: 'input.customerIds',
  type: 'SubCustomer',
  noun: 'customers',
  max: MAX_COUPON_BATCH,
  duplicate: { code: 'DUPLICATE_CUSTOMER', message: 'This customer appears earlier in the same batch.' },
};

const COUPONS: BatchSpec = {
  field: 'input.couponIds',
  type: 'Coupon',
  noun: 'coupons',
  max: MAX_COUPON_BATCH,
  duplicate: { code: 'DUPLICATE_COUPON', message: 'This coupon appears earlier in the same batch.' },
};

const notAssociated = (field: string) =>
  new UserError(
    'CUSTOMER_NOT_ASSOCIATED',
    "This customer's association with your partner has ended (unbound): no coupons can be issued to it.",
    field,
  );
const notResale = (field: string) =>
  new UserError('NOT_RESALE_CUSTOMER', 'Coupons can be issued only to RESALE (代售) customers.', field);

// ── issueCoupons ────────────────────────────────────────────────────────────────────────────────

/** What every coupon of one issueCoupons call is issued with, once the quota's rules passed. */
interface Terms {
  quota: CouponQuota;
  faceFen: number;
  validity: { effectiveTime: Date; expireTime: Date };
  serviceTypes: string[];
  products: string[];
  now: Date;
}

/** The face value, the quota (own, usable, of the kind asked for), the validity and the limits. */
async function issueTerms(tx: SqlEntityManager, viewer: Viewer, input: IssueCouponsInput): Promise<Terms | UserError> {
  const face = checkPositiveAmount(input.faceValue, 'input.faceValue', MAX_FACE_VALUE_FEN);
  if (!face.ok) return new UserError(face.code, face.message, 'input.faceValue');
  const quota = await loadOwnQuota(tx, viewer, input.quotaId);
  if (!quota) return quotaNotFound('input.quotaId');
  const now = new Date();
  if (!quotaUsable(quota, now)) return quotaNotUsable(quota, now, 'input.quotaId');
  if (input.kind != null && input.kind !== quota.kind)
    return new UserError(
      'COUPON_KIND_MISMATCH',
      `The quota issues ${quota.kind} coupons only; kinds follow the quota.`,
      'input.kind',
    );
  const validity = checkValidity(input, quota, now, 'quota');
  if (validity instanceof UserError) return validity;
  const serviceTypes = checkLimits(input.cloudServiceTypes, quota.cloudServiceTypes, 'input.cloudServiceTypes');
  if (serviceTypes instanceof UserError) return serviceTypes;
  const products = checkLimits(input.productIds, quota.productIds, 'input.productIds');
  if (products instanceof UserError) return products;
  return { quota, faceFen: face.fen, validity, serviceTypes, products, now };
}

/** The customers of the batch in the viewer's row scope, by primary key. */
async function ownCustomers(tx: SqlEntityManager, viewer: Viewer, ids: number[]): Promise<Map<number, SubCustomer>> {
  const rows = await tx.find(SubCustomer, { $and: [{ id: { $in: ids } }, ownCustomerFilter(viewer)] });
  return new Map(rows.map((c) => [c.id, c]));
}

/** Why a customer may not get a coupon of this quota, or null. */
function ineligibility(customer: SubCustomer | undefined, quota: CouponQuota, field: string): UserError | null {
  if (!customer) return new UserError('CUSTOMER_NOT_FOUND', 'No customer with that id is visible to you.', field);
  if (customer.unboundAt != null) return notAssociated(field);
  if (customer.associationType !== AssociationType.RESALE) return notResale(field);
  if (quota.designatedCustomerIds.length > 0 && !quota.designatedCustomerIds.includes(customer.customerId))
    return new UserError(
      'CUSTOMER_NOT_DESIGNATED',
      'The quota is for designated customers only, and this customer is not one of them.',
      field,
    );
  return null;
}

/**
 * The eligible customers, each held (ascending ids: no deadlock between batches) so none switches
 * away from RESALE or is unbound meanwhile; the others are refused in the batch. In input order.
 */
async function holdEligible(
  tx: SqlEntityManager,
  viewer: Viewer,
  quota: CouponQuota,
  batch: Batch<null>,
  customers: Map<number, SubCustomer>,
): Promise<BatchItem<null>[]> {
  const eligible: BatchItem<null>[] = [];
  for (const item of batch.items) {
    const why = ineligibility(customers.get(item.id), quota, item.field);
    if (why) batch.fail(item, why);
    else eligible.push(item);
  }
  const held = await holdResaleCustomers(
    tx,
    viewer.partner.id,
    eligible.map((item) => item.id),
  );
  for (const item of [...eligible].sort((a, b) => a.id - b.id)) {
    if (held.has(item.id)) continue;
    if ((await tx.findOneOrFail(SubCustomer, item.id, { refresh: true })).unboundAt != null)
      batch.fail(item, notAssociated(item.field));
    else batch.fail(item, notResale(item.field));
  }
  return eligible.filter((item) => held.has(item.id));
}

interface Issued {
  index: number;
  customerId: number;
  couponId: number;
  recordId: number;
  quotaBalance: number;
}

/**
 * One coupon per held customer, each a conditional take from the quota (never over-issued, also concurrently;
 * once the quota refuses, the customers after it get the same answer), then the batch's coupon_month rows. */
async function issueEach(
  tx: SqlEntityManager,
  viewer: Viewer,
  terms: Terms,
  held: BatchItem<null>[],
  batch: Batch<null>,
  memo: string | null | undefined,
): Promise<Issued[]> {
  const done: Issued[] = [];
  let shortage: UserError | null = null;
  for (const item of held) {
    if (shortage) {
      batch.fail(item, new UserError(shortage.code, shortage.message, item.field));
      continue;
    }
    const issued = await issueCouponInTx(tx, {
      partnerId: viewer.partner.id,
      quotaId: terms.quota.id,
      customerId: item.id,
      kind: terms.quota.kind,
      faceValue: terms.faceFen,
      effectiveTime: terms.validity.effectiveTime,
      expireTime: terms.validity.expireTime,
      operatorId: viewer.member.id,
      memo,
      now: terms.now,
    });
    if (!issued) {
      shortage = await quotaRefusal(tx, terms.quota.id, terms.faceFen, terms.now, item.field);
      batch.fail(item, shortage);
      continue;
    }
    done.push({ index: item.index, customerId: item.id, ...issued });
  }
  await couponsIssued(tx, done);
  return done;
}

function issueAudit(terms: Terms, done: Issued[]) {
  const quota = toGlobalId('CouponQuota', terms.quota.id);
  return done.map((d) => ({
    action: 'issueCoupons',
    target: toGlobalId('Coupon', d.couponId),
    before: { quota, quotaBalance: formatFen(d.quotaBalance + terms.faceFen) },
    after: {
      quota,
      quotaBalance: formatFen(d.quotaBalance),
      customer: toGlobalId('SubCustomer', d.customerId),
      faceValue: formatFen(terms.faceFen),
      effectiveTime: terms.validity.effectiveTime.toISOString(),
      expireTime: terms.validity.expireTime.toISOString(),
      cloudServiceTypes: terms.serviceTypes,
      productIds: terms.products,
    },
  }));
}

async function issuedPayload(
  tx: SqlEntityManager,
  terms: Terms,
  customers: Map<number, SubCustomer>,
  done: Issued[],
  batch: Batch<null>,
) {
  const coupons = new Map((await tx.find(Coupon, { id: { $in: done.map((d) => d.couponId) } })).map((c) => [c.id, c]));
  const records = new Map(
    (await tx.find(CouponRecord, { id: { $in: done.map((d) => d.recordId) } })).map((r) => [r.id, r]),
  );
  return success<IssueCouponsPayload>({
    succeeded: done.map((d) => ({
      index: d.index,
      customer: customers.get(d.customerId)!,
      coupon: coupons.get(d.couponId)!,
      couponRecord: records.get(d.recordId)!,
    })),
    failed: batch.failed,
    quota: await tx.findOneOrFail(CouponQuota, terms.quota.id, { refresh: true }),
  });
}

const refusedIssue = refusal<IssueCouponsPayload>({ succeeded: [], failed: [], quota: null });

/** 下发: one coupon of the same face value to each of up to 100 RESALE customers, in one transaction. */
export async function issueCoupons(ctx: Context, input: IssueCouponsInput): Promise<IssueCouponsPayload> {
  const viewer = requireViewer(ctx);
  const size = batchSizeError(input.customerIds, CUSTOMERS);
  if (size) return refusedIssue(size);
  return idempotent(ctx, {
    operation: 'issueCoupons',
    input,
    refused: refusedIssue,
    execute: async (tx) => {
      const note = { text: input.memo, field: 'input.memo' } as const;
      const operation = SensitiveOperation.ISSUE_COUPONS;
      const problem = await couponPreChecks(tx, ctx, viewer, note, operation, input.verificationCode);
      if (problem) return refusedIssue(problem);
      const terms = await issueTerms(tx, viewer, input);
      if (terms instanceof UserError) return refusedIssue(terms);
      const batch = parseIds(input.customerIds, CUSTOMERS);
      const customers = await ownCustomers(tx, viewer, batch.ids());
      const held = await holdEligible(tx, viewer, terms.quota, batch, customers);
      const done = await issueEach(tx, viewer, terms, held, batch, input.memo);
      await recordAudit(tx, ctx, issueAudit(terms, done));
      return issuedPayload(tx, terms, customers, done, batch);
    },
  });
}

// ── reclaimCoupons ──────────────────────────────────────────────────────────────────────────────

interface Reclaimed {
  index: number;
  couponId: number;
  amount: number;
  quotaId: number;
}

const notUsable = (status: CouponStatus, field: string) =>
  new UserError(
    'COUPON_NOT_USABLE',
    `Only USABLE coupons can be reclaimed; this one is ${CouponStatus[status]}.`,
    field,
  );

/** Each coupon's whole remaining balance back to its quota; coupons not USABLE (any more) are refused. */
async function reclaimEach(
  tx: SqlEntityManager,
  viewer: Viewer,
  batch: Batch<null>,
  memo: string | null | undefined,
): Promise<Reclaimed[]> {
  const coupons = new Map(
    (await tx.find(Coupon, { $and: [{ id: { $in: batch.ids() } }, visibleCouponFilter<Coupon>(viewer)] })).map((c) => [
      c.id,
      c,
    ]),
  );
  // Lock order (db/locks.ts): the coupons, then their quotas, each by ascending id.
  await lockCouponsAndQuotas(
    tx,
    [...coupons.values()].map((c) => ({ couponId: c.id, quotaId: c.quota.id })),
  );
  const done: Reclaimed[] = [];
  for (const item of batch.items) {
    const coupon = coupons.get(item.id);
    if (!coupon) {
      batch.fail(item, new UserError('COUPON_NOT_FOUND', 'No coupon your partner issued has that id.', item.field));
      continue;
    }
    if (coupon.status !== CouponStatus.USABLE) {
      batch.fail(item, notUsable(coupon.status, item.field));
      continue;
    }
    const operationType = CouponOperationType.MANUAL_RECLAIM;
    const reclaimed = await reclaimCouponInTx(tx, {
      couponId: coupon.id,
      operationType,
      operatorId: viewer.member.id,
      memo,
    });
    if (!reclaimed) {
      const now = await tx.findOneOrFail(Coupon, coupon.id, { refresh: true });
      batch.fail(item, notUsable(now.status, item.field));
      continue;
    }
    done.push({ index: item.index, couponId: coupon.id, amount: reclaimed.amount, quotaId: reclaimed.quotaId });
  }
  await couponsReclaimed(tx, done);
  return done;
}

function reclaimAudit(done: Reclaimed[]) {
  return done.map((d) => ({
    action: 'reclaimCoupons',
    target: toGlobalId('Coupon', d.couponId),
    before: { status: CouponStatus[CouponStatus.USABLE], balance: formatFen(d.amount) },
    after: {
      status: CouponStatus[CouponStatus.RECLAIMED],
      balance: formatFen(0),
      returnedToQuota: toGlobalId('CouponQuota', d.quotaId),
      amount: formatFen(d.amount),
    },
  }));
}

async function reclaimedPayload(tx: SqlEntityManager, done: Reclaimed[], batch: Batch<null>) {
  const ids = done.map((d) => d.couponId);
  const fresh = new Map((await tx.find(Coupon, { id: { $in: ids } }, { refresh: true })).map((c) => [c.id, c]));
  const records = new Map(
    (
      await tx.find(
        CouponRecord,
        { coupon: { $in: ids }, operationType: CouponOperationType.MANUAL_RECLAIM },
        { orderBy: { id: 'asc' } },
      )
    ).map((r) => [r.coupon.id, r]),
  );
  const quotaIds = [...new Set(done.map((d) => d.quotaId))];
  return success<ReclaimCouponsPayload>({
    succeeded: done.map((d) => ({
      index: d.index,
      coupon: fresh.get(d.couponId)!,
      couponRecord: records.get(d.couponId)!,
    })),
    failed: batch.failed,
    quotas: await tx.find(CouponQuota, { id: { $in: quotaIds } }, { refresh: true, orderBy: { id: 'asc' } }),
  });
}

const refusedReclaim = refusal<ReclaimCouponsPayload>({ succeeded: [], failed: [], quotas: [] });

/** 回收: up to 100 USABLE coupons of the viewer's partner, each whole remaining balance back to its quota. */
export async function reclaimCoupons(ctx: Context, input: ReclaimCouponsInput): Promise<ReclaimCouponsPayload> {
  const viewer = requireViewer(ctx);
  const size = batchSizeError(input.couponIds, COUPONS);
  if (size) return refusedReclaim(size);
  return idempotent(ctx, {
    operation: 'reclaimCoupons',
    input,
    refused: refusedReclaim,
    execute: async (tx) => {
      const note = { text: input.memo, field: 'input.memo' } as const;
      const operation = SensitiveOperation.RECLAIM_COUPONS;
      const problem = await couponPreChecks(tx, ctx, viewer, note, operation, input.verificationCode);
      if (problem) return refusedReclaim(problem);
      const batch = parseIds(input.couponIds, COUPONS);
      const done = await reclaimEach(tx, viewer, batch, input.memo);
      await recordAudit(tx, ctx, reclaimAudit(done));
      return reclaimedPayload(tx, done, batch);
    },
  });
}
