import type { EntityManager } from '@mikro-orm/core';
import type { Context } from '../../context';
import { requireViewer } from '../../permissions/viewer';
import { UserError } from '../../common/errors';
import { fromGlobalId, toGlobalId } from '../../common/global-id';
import { checkPositiveAmount, formatFen } from '../../common/money';
import { ownCustomerFilter } from '../../permissions/scopes';
import { recordAudit } from '../audit/audit.service';
import { idempotencyKeyOf, runIdempotent } from '../idempotency/idempotency.service';
import { consumeVerificationCode } from '../verification/verification.service';
import { SensitiveOperation } from '../verification/verification.enums';
import { partnerStatusError } from '../partner/partner.guards';
import { SubCustomer } from '../customer/customer.entity';
import { AssociationType } from '../customer/customer.enums';
import type { Viewer } from '../../permissions/viewer';
import { MAX_MEMO_LENGTH } from '../funds/funds-operations.service';
import { Coupon, CouponQuota, CouponRecord, QuotaRecord } from './coupon.entity';
import { CouponOperationType, CouponStatus, QuotaStatus } from './coupon.enums';
import { visibleCouponFilter } from './coupon.loaders';
import {
  carveSubQuotaInTx,
  holdResaleCustomer,
  issueCouponInTx,
  lockCouponsAndQuotas,
  reclaimCouponInTx,
  reclaimSubQuotaInTx,
} from './coupon.ledger';
import type {
  IssueCouponsInput,
  IssueSubQuotaInput,
  ReclaimCouponsInput,
  ReclaimSubQuotaInput,
} from './coupon.mutation-inputs';
import type { IssueCouponsPayload, ReclaimCouponsPayload, SubQuotaPayload } from './coupon.payloads';

/** ≤ 100 customers or coupons per call (domain.md §2). */
export const MAX_COUPON_BATCH = 100;
/** 99,999,999,999.00 元: the largest face value of one coupon. */
export const MAX_FACE_VALUE_FEN = 9_999_999_999_900;
/** 100,000,000.00 元: the largest sub-quota a distributor may carve in one call. */
export const MAX_SUB_QUOTA_FEN = 10_000_000_000;
/** ≤ 10 cloud service types and ≤ 10 products per quota or coupon. */
export const MAX_LIMIT_ITEMS = 10;

/** Checks shared by every coupon and quota mutation, before anything moves: status, note, verification. */
async function preflight(
  tx: EntityManager,
  ctx: Context,
  viewer: Viewer,
  note: { text: string | null | undefined; field: 'input.memo' | 'input.remark' },
  operation: SensitiveOperation,
  verificationCode: string | null | undefined,
): Promise<UserError | null> {
  const status = partnerStatusError(viewer);
  if (status) return status;
  if (note.text != null && note.text.length > MAX_MEMO_LENGTH) {
    return new UserError(
      'MEMO_TOO_LONG',
      `${note.field.slice('input.'.length)} is longer than ${MAX_MEMO_LENGTH} characters.`,
      note.field,
    );
  }
  return consumeVerificationCode(tx, ctx, operation, verificationCode);
}

const quotaNotFound = (field: string) =>
  new UserError('QUOTA_NOT_FOUND', 'No coupon quota of yours has that id.', field);
const customerNotFound = (field: string) =>
  new UserError('CUSTOMER_NOT_FOUND', 'No customer with that id is visible to you.', field);
const notAssociated = (field: string) =>
  new UserError(
    'CUSTOMER_NOT_ASSOCIATED',
    "This customer's association with your partner has ended (unbound): no coupons can be issued to it.",
    field,
  );
const couponNotFound = (field: string) =>
  new UserError('COUPON_NOT_FOUND', 'No coupon your partner issued has that id.', field);

function quotaUsable(quota: CouponQuota, now: Date): boolean {
  return (
    quota.status === QuotaStatus.NORMAL &&
    quota.effectiveTime.getTime() <= now.getTime() &&
    now.getTime() < quota.expireTime.getTime()
  );
}

function quotaNotUsable(quota: CouponQuota, now: Date, field: string): UserError {
  const why =
    quota.status !== QuotaStatus.NORMAL
      ? `it is ${QuotaStatus[quota.status]}, not NORMAL`
      : quota.effectiveTime.getTime() > now.getTime()
        ? `its validity starts at ${quota.effectiveTime.toISOString()}`
        : `its validity ended at ${quota.expireTime.toISOString()}`;
  return new UserError('QUOTA_NOT_USABLE', `Nothing can be issued from this quota: ${why}.`, field);
}

/** Why a conditional take from a quota refused: read again, it is either no longer usable or short. */
async function quotaRefusal(
  tx: EntityManager,
  quotaId: number,
  fen: number,
  now: Date,
  field: string,
): Promise<UserError> {
  const quota = await tx.findOneOrFail(CouponQuota, quotaId, { refresh: true });
  if (!quotaUsable(quota, now)) return quotaNotUsable(quota, now, field);
  return new UserError(
    'QUOTA_INSUFFICIENT',
    `The quota's balance (${formatFen(quota.balance)}) is less than ${formatFen(fen)}.`,
    field,
  );
}

/** Validity inside `bounds`, defaulting to it; ends after it starts and in the future. */
function checkValidity(
  requested: { effectiveTime?: Date | null; expireTime?: Date | null },
  bounds: { effectiveTime: Date; expireTime: Date },
  now: Date,
  what: string,
): { effectiveTime: Date; expireTime: Date } | UserError {
  const effectiveTime = requested.effectiveTime ?? bounds.effectiveTime;
  const expireTime = requested.expireTime ?? bounds.expireTime;
  const out = (message: string, field: string) => new UserError('VALIDITY_OUT_OF_RANGE', message, field);
  if (effectiveTime.getTime() < bounds.effectiveTime.getTime())
    return out(
      `effectiveTime is before the start of the ${what} (${bounds.effectiveTime.toISOString()}).`,
      'input.effectiveTime',
    );
  if (expireTime.getTime() > bounds.expireTime.getTime())
    return out(`expireTime is after the end of the ${what} (${bounds.expireTime.toISOString()}).`, 'input.expireTime');
  if (expireTime.getTime() <= effectiveTime.getTime())
    return out('expireTime must be after effectiveTime.', 'input.expireTime');
  if (expireTime.getTime() <= now.getTime()) return out('expireTime is not in the future.', 'input.expireTime');
  return { effectiveTime, expireTime };
}

/** A coupon's limits: the quota's, or a narrowing of them (≤ 10, a subset of a non-empty quota list). */
function checkLimits(given: string[] | null | undefined, allowed: string[], field: string): string[] | UserError {
  const values = [...new Set(given ?? [])];
  if (values.length === 0) return [...allowed];
  if (values.length > MAX_LIMIT_ITEMS)
    return new UserError(
      'TOO_MANY_LIMITS',
      `${field.slice('input.'.length)} has more than ${MAX_LIMIT_ITEMS} distinct values.`,
      field,
    );
  if (allowed.length > 0) {
    const outside = (given ?? []).findIndex((v) => !allowed.includes(v));
    if (outside >= 0)
      return new UserError(
        'LIMIT_NOT_IN_QUOTA',
        `"${(given ?? [])[outside]}" is not among the quota's ${field.slice('input.'.length)}; a coupon may only narrow them.`,
        `${field}[${outside}]`,
      );
  }
  return values;
}

/** The viewer's own quota (not a reseller's), or null for unknown and foreign ids alike. */
async function loadOwnQuota(tx: EntityManager, viewer: Viewer, globalId: string): Promise<CouponQuota | null> {
  const id = fromGlobalId(globalId);
  if (id?.type !== 'CouponQuota') return null;
  return tx.findOne(CouponQuota, { id: id.id, partner: viewer.partner.id });
}

const byField = (a: UserError, b: UserError) =>
  (a.field ?? '').localeCompare(b.field ?? '', undefined, { numeric: true });

/** 下发: one coupon of the same face value to each of up to 100 RESALE customers, in one transaction. */
export async function issueCoupons(ctx: Context, input: IssueCouponsInput): Promise<IssueCouponsPayload> {
  const viewer = requireViewer(ctx);
  const refused = (error: UserError): IssueCouponsPayload => ({
    succeeded: [],
    failed: [],
    quota: null,
    userErrors: [error],
  });
  if (input.customerIds.length === 0)
    return refused(new UserError('BATCH_EMPTY', 'input.customerIds is empty.', 'input.customerIds'));
  if (input.customerIds.length > MAX_COUPON_BATCH) {
    return refused(
      new UserError(
        'BATCH_TOO_LARGE',
        `At most ${MAX_COUPON_BATCH} customers per call; got ${input.customerIds.length}.`,
        'input.customerIds',
      ),
    );
  }
  return runIdempotent({
    ctx,
    operation: 'issueCoupons',
    key: idempotencyKeyOf(ctx, input.idempotencyKey),
    input: input as unknown as Record<string, unknown>,
    conflict: refused,
    execute: async (tx) => {
      const problem = await preflight(
        tx,
        ctx,
        viewer,
        { text: input.memo, field: 'input.memo' },
        SensitiveOperation.ISSUE_COUPONS,
        input.verificationCode,
      );
      if (problem) return refused(problem);
      const face = checkPositiveAmount(input.faceValue, 'input.faceValue', MAX_FACE_VALUE_FEN);
      if (!face.ok) return refused(new UserError(face.code, face.message, 'input.faceValue'));
      const quota = await loadOwnQuota(tx, viewer, input.quotaId);
      if (!quota) return refused(quotaNotFound('input.quotaId'));
      const now = new Date();
      if (!quotaUsable(quota, now)) return refused(quotaNotUsable(quota, now, 'input.quotaId'));
      if (input.kind != null && input.kind !== quota.kind) {
        return refused(
          new UserError(
            'COUPON_KIND_MISMATCH',
            `The quota issues ${quota.kind} coupons only; kinds follow the quota.`,
            'input.kind',
          ),
        );
      }
      const validity = checkValidity(input, quota, now, 'quota');
      if (validity instanceof UserError) return refused(validity);
      const serviceTypes = checkLimits(input.cloudServiceTypes, quota.cloudServiceTypes, 'input.cloudServiceTypes');
      if (serviceTypes instanceof UserError) return refused(serviceTypes);
      const products = checkLimits(input.productIds, quota.productIds, 'input.productIds');
      if (products instanceof UserError) return refused(products);

      const failed: UserError[] = [];
      const wanted: { index: number; customerId: number }[] = [];
      const seen = new Set<number>();
      input.customerIds.forEach((globalId, index) => {
        const field = `input.customerIds[${index}]`;
        const id = fromGlobalId(globalId);
        if (id?.type !== 'SubCustomer')
          failed.push(new UserError('INVALID_ID', `${field} is not a SubCustomer id.`, field));
        else if (seen.has(id.id))
          failed.push(new UserError('DUPLICATE_CUSTOMER', 'This customer appears earlier in the same batch.', field));
        else {
          seen.add(id.id);
          wanted.push({ index, customerId: id.id });
        }
      });
      const customers = new Map(
        (
          await tx.find(SubCustomer, {
            $and: [{ id: { $in: wanted.map((w) => w.customerId) } }, ownCustomerFilter(viewer)],
          })
        ).map((c) => [c.id, c]),
      );
      const eligible: typeof wanted = [];
      for (const item of wanted) {
        const field = `input.customerIds[${item.index}]`;
        const customer = customers.get(item.customerId);
        if (!customer) failed.push(customerNotFound(field));
        else if (customer.unboundAt != null) failed.push(notAssociated(field));
        else if (customer.associationType !== AssociationType.RESALE)
          failed.push(
            new UserError('NOT_RESALE_CUSTOMER', 'Coupons can be issued only to RESALE (代售) customers.', field),
          );
        else if (quota.designatedCustomerIds.length > 0 && !quota.designatedCustomerIds.includes(customer.customerId)) {
          failed.push(
            new UserError(
              'CUSTOMER_NOT_DESIGNATED',
              'The quota is for designated customers only, and this customer is not one of them.',
              field,
            ),
          );
        } else eligible.push(item);
      }
      // Hold the customers (ascending ids: no deadlock between batches) so none switches away from RESALE meanwhile.
      const held = new Set<number>();
      for (const item of [...eligible].sort((a, b) => a.customerId - b.customerId)) {
        if (await holdResaleCustomer(tx, item.customerId, viewer.partner.id)) held.add(item.customerId);
        else if ((await tx.findOneOrFail(SubCustomer, item.customerId, { refresh: true })).unboundAt != null)
          failed.push(notAssociated(`input.customerIds[${item.index}]`));
        else
          failed.push(
            new UserError(
              'NOT_RESALE_CUSTOMER',
              'Coupons can be issued only to RESALE (代售) customers.',
              `input.customerIds[${item.index}]`,
            ),
          );
      }
      // Each coupon takes its face value with a conditional update: never over-issued, also concurrently.
      const done: { index: number; customerId: number; couponId: number; recordId: number; quotaBalance: number }[] =
        [];
      let shortage: UserError | null = null;
      for (const item of eligible) {
        if (!held.has(item.customerId)) continue;
        const field = `input.customerIds[${item.index}]`;
        if (shortage) {
          failed.push(new UserError(shortage.code, shortage.message, field));
          continue;
        }
        const issued = await issueCouponInTx(tx, {
          partnerId: viewer.partner.id,
          quotaId: quota.id,
          customerId: item.customerId,
          kind: quota.kind,
          faceValue: face.fen,
          effectiveTime: validity.effectiveTime,
          expireTime: validity.expireTime,
          operatorId: viewer.member.id,
          memo: input.memo,
          now,
        });
        if (!issued) {
          shortage = await quotaRefusal(tx, quota.id, face.fen, now, field);
          failed.push(shortage);
          continue;
        }
        done.push({ index: item.index, customerId: item.customerId, ...issued });
      }
      failed.sort(byField);
      await recordAudit(
        tx,
        ctx,
        done.map((d) => ({
          action: 'issueCoupons',
          target: toGlobalId('Coupon', d.couponId),
          before: { quota: toGlobalId('CouponQuota', quota.id), quotaBalance: formatFen(d.quotaBalance + face.fen) },
          after: {
            quota: toGlobalId('CouponQuota', quota.id),
            quotaBalance: formatFen(d.quotaBalance),
            customer: toGlobalId('SubCustomer', d.customerId),
            faceValue: formatFen(face.fen),
            effectiveTime: validity.effectiveTime.toISOString(),
            expireTime: validity.expireTime.toISOString(),
            cloudServiceTypes: serviceTypes,
            productIds: products,
          },
        })),
      );
      const coupons = new Map(
        (await tx.find(Coupon, { id: { $in: done.map((d) => d.couponId) } })).map((c) => [c.id, c]),
      );
      const records = new Map(
        (await tx.find(CouponRecord, { id: { $in: done.map((d) => d.recordId) } })).map((r) => [r.id, r]),
      );
      return {
        succeeded: done.map((d) => ({
          index: d.index,
          customer: customers.get(d.customerId)!,
          coupon: coupons.get(d.couponId)!,
          couponRecord: records.get(d.recordId)!,
        })),
        failed,
        quota: await tx.findOneOrFail(CouponQuota, quota.id, { refresh: true }),
        userErrors: [],
      };
    },
  });
}

/** 回收: up to 100 USABLE coupons of the viewer's partner, each whole remaining balance back to its quota. */
export async function reclaimCoupons(ctx: Context, input: ReclaimCouponsInput): Promise<ReclaimCouponsPayload> {
  const viewer = requireViewer(ctx);
  const refused = (error: UserError): ReclaimCouponsPayload => ({
    succeeded: [],
    failed: [],
    quotas: [],
    userErrors: [error],
  });
  if (input.couponIds.length === 0)
    return refused(new UserError('BATCH_EMPTY', 'input.couponIds is empty.', 'input.couponIds'));
  if (input.couponIds.length > MAX_COUPON_BATCH) {
    return refused(
      new UserError(
        'BATCH_TOO_LARGE',
        `At most ${MAX_COUPON_BATCH} coupons per call; got ${input.couponIds.length}.`,
        'input.couponIds',
      ),
    );
  }
  return runIdempotent({
    ctx,
    operation: 'reclaimCoupons',
    key: idempotencyKeyOf(ctx, input.idempotencyKey),
    input: input as unknown as Record<string, unknown>,
    conflict: refused,
    execute: async (tx) => {
      const problem = await preflight(
        tx,
        ctx,
        viewer,
        { text: input.memo, field: 'input.memo' },
        SensitiveOperation.RECLAIM_COUPONS,
        input.verificationCode,
      );
      if (problem) return refused(problem);
      const failed: UserError[] = [];
      const wanted: { index: number; couponId: number }[] = [];
      const seen = new Set<number>();
      input.couponIds.forEach((globalId, index) => {
        const field = `input.couponIds[${index}]`;
        const id = fromGlobalId(globalId);
        if (id?.type !== 'Coupon') failed.push(new UserError('INVALID_ID', `${field} is not a Coupon id.`, field));
        else if (seen.has(id.id))
          failed.push(new UserError('DUPLICATE_COUPON', 'This coupon appears earlier in the same batch.', field));
        else {
          seen.add(id.id);
          wanted.push({ index, couponId: id.id });
        }
      });
      const coupons = new Map(
        (
          await tx.find(Coupon, {
            $and: [{ id: { $in: wanted.map((w) => w.couponId) } }, visibleCouponFilter<Coupon>(viewer)],
          })
        ).map((c) => [c.id, c]),
      );
      const notUsable = (status: CouponStatus, field: string) =>
        new UserError(
          'COUPON_NOT_USABLE',
          `Only USABLE coupons can be reclaimed; this one is ${CouponStatus[status]}.`,
          field,
        );
      const done: { index: number; couponId: number; amount: number; quotaId: number }[] = [];
      // Lock order (see lockCouponsAndQuotas): the coupons, then their quotas, each by ascending id.
      await lockCouponsAndQuotas(
        tx,
        [...coupons.values()].map((c) => ({ couponId: c.id, quotaId: c.quota.id })),
      );
      for (const item of wanted) {
        const field = `input.couponIds[${item.index}]`;
        const coupon = coupons.get(item.couponId);
        if (!coupon) {
          failed.push(couponNotFound(field));
          continue;
        }
        if (coupon.status !== CouponStatus.USABLE) {
          failed.push(notUsable(coupon.status, field));
          continue;
        }
        const reclaimed = await reclaimCouponInTx(tx, {
          couponId: coupon.id,
          operationType: CouponOperationType.MANUAL_RECLAIM,
          operatorId: viewer.member.id,
          memo: input.memo,
        });
        if (!reclaimed) {
          const now = await tx.findOneOrFail(Coupon, coupon.id, { refresh: true });
          failed.push(notUsable(now.status, field));
          continue;
        }
        done.push({ index: item.index, couponId: coupon.id, amount: reclaimed.amount, quotaId: reclaimed.quotaId });
      }
      failed.sort(byField);
      await recordAudit(
        tx,
        ctx,
        done.map((d) => ({
          action: 'reclaimCoupons',
          target: toGlobalId('Coupon', d.couponId),
          before: { status: CouponStatus[CouponStatus.USABLE], balance: formatFen(d.amount) },
          after: {
            status: CouponStatus[CouponStatus.RECLAIMED],
            balance: formatFen(0),
            returnedToQuota: toGlobalId('CouponQuota', d.quotaId),
            amount: formatFen(d.amount),
          },
        })),
      );
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
      return {
        succeeded: done.map((d) => ({
          index: d.index,
          coupon: fresh.get(d.couponId)!,
          couponRecord: records.get(d.couponId)!,
        })),
        failed,
        quotas: await tx.find(CouponQuota, { id: { $in: quotaIds } }, { refresh: true, orderBy: { id: 'asc' } }),
        userErrors: [],
      };
    },
  });
}

const emptySubQuota = (error: UserError): SubQuotaPayload => ({
  subQuota: null,
  parentQuota: null,
  quotaRecord: null,
  userErrors: [error],
});

async function subQuotaRows(tx: EntityManager, subQuotaId: number, parentQuotaId: number, recordId: number) {
  const quotas = new Map(
    (await tx.find(CouponQuota, { id: { $in: [subQuotaId, parentQuotaId] } }, { refresh: true })).map((q) => [q.id, q]),
  );
  return {
    subQuota: quotas.get(subQuotaId)!,
    parentQuota: quotas.get(parentQuotaId)!,
    quotaRecord: await tx.findOneOrFail(QuotaRecord, recordId),
  };
}

/** Distributors: carve a sub-quota for one of its cloud resellers out of one of its own quotas. */
export async function issueSubQuota(ctx: Context, input: IssueSubQuotaInput): Promise<SubQuotaPayload> {
  const viewer = requireViewer(ctx);
  return runIdempotent({
    ctx,
    operation: 'issueSubQuota',
    key: idempotencyKeyOf(ctx, input.idempotencyKey),
    input: input as unknown as Record<string, unknown>,
    conflict: emptySubQuota,
    execute: async (tx) => {
      const problem = await preflight(
        tx,
        ctx,
        viewer,
        { text: input.remark, field: 'input.remark' },
        SensitiveOperation.ISSUE_SUB_QUOTA,
        input.verificationCode,
      );
      if (problem) return emptySubQuota(problem);
      const amount = checkPositiveAmount(input.amount, 'input.amount', MAX_SUB_QUOTA_FEN);
      if (!amount.ok) return emptySubQuota(new UserError(amount.code, amount.message, 'input.amount'));
      const reseller = fromGlobalId(input.resellerId);
      if (reseller?.type !== 'Partner' || !viewer.resellerIds.includes(reseller.id)) {
        return emptySubQuota(
          new UserError('RESELLER_NOT_FOUND', 'No cloud reseller of yours has that id.', 'input.resellerId'),
        );
      }
      const parent = await loadOwnQuota(tx, viewer, input.parentQuotaId);
      if (!parent) return emptySubQuota(quotaNotFound('input.parentQuotaId'));
      const now = new Date();
      if (!quotaUsable(parent, now)) return emptySubQuota(quotaNotUsable(parent, now, 'input.parentQuotaId'));
      const validity = checkValidity(input, parent, now, 'parent quota');
      if (validity instanceof UserError) return emptySubQuota(validity);
      if (parent.designatedCustomerIds.length > 0) {
        // CBC.50000021: a designated-customer quota goes only to the reseller whose customers it names.
        const listed = new Set(parent.designatedCustomerIds);
        const theirs = await tx.count(SubCustomer, { customerId: { $in: [...listed] }, partner: reseller.id });
        if (theirs < listed.size) {
          return emptySubQuota(
            new UserError(
              'DESIGNATED_CUSTOMER_NOT_OF_RESELLER',
              "The quota is for designated customers, and not all of them are this reseller's customers.",
              'input.parentQuotaId',
            ),
          );
        }
      }
      const carved = await carveSubQuotaInTx(tx, {
        distributorId: viewer.partner.id,
        parent,
        resellerId: reseller.id,
        amount: amount.fen,
        effectiveTime: validity.effectiveTime,
        expireTime: validity.expireTime,
        operatorId: viewer.member.id,
        remark: input.remark,
        now,
      });
      if (!carved) {
        const why = await quotaRefusal(tx, parent.id, amount.fen, now, 'input.amount');
        return emptySubQuota(
          why.code === 'QUOTA_INSUFFICIENT' ? why : new UserError(why.code, why.message, 'input.parentQuotaId'),
        );
      }
      await recordAudit(tx, ctx, {
        action: 'issueSubQuota',
        target: toGlobalId('CouponQuota', carved.subQuotaId),
        before: {
          parentQuota: toGlobalId('CouponQuota', parent.id),
          parentBalance: formatFen(carved.parentBalance + amount.fen),
        },
        after: {
          parentQuota: toGlobalId('CouponQuota', parent.id),
          parentBalance: formatFen(carved.parentBalance),
          reseller: toGlobalId('Partner', reseller.id),
          quotaValue: formatFen(amount.fen),
          effectiveTime: validity.effectiveTime.toISOString(),
          expireTime: validity.expireTime.toISOString(),
        },
      });
      return { ...(await subQuotaRows(tx, carved.subQuotaId, parent.id, carved.recordId)), userErrors: [] };
    },
  });
}

/** Distributors: take back a NORMAL sub-quota's unused balance into its parent; it becomes RECLAIMED. */
export async function reclaimSubQuota(ctx: Context, input: ReclaimSubQuotaInput): Promise<SubQuotaPayload> {
  const viewer = requireViewer(ctx);
  return runIdempotent({
    ctx,
    operation: 'reclaimSubQuota',
    key: idempotencyKeyOf(ctx, input.idempotencyKey),
    input: input as unknown as Record<string, unknown>,
    conflict: emptySubQuota,
    execute: async (tx) => {
      const problem = await preflight(
        tx,
        ctx,
        viewer,
        { text: input.remark, field: 'input.remark' },
        SensitiveOperation.RECLAIM_SUB_QUOTA,
        input.verificationCode,
      );
      if (problem) return emptySubQuota(problem);
      const id = fromGlobalId(input.quotaId);
      // A sub-quota of one of the viewer's resellers, carved from one of the viewer's own quotas.
      const sub =
        id?.type === 'CouponQuota' && viewer.resellerIds.length > 0
          ? await tx.findOne(CouponQuota, {
              id: id.id,
              partner: { $in: viewer.resellerIds },
              parentQuota: { partner: viewer.partner.id },
            })
          : null;
      if (!sub) return emptySubQuota(quotaNotFound('input.quotaId'));
      const notReclaimable = (status: QuotaStatus) =>
        new UserError(
          'QUOTA_NOT_RECLAIMABLE',
          `Only a NORMAL sub-quota can be reclaimed; this one is ${QuotaStatus[status]}.`,
          'input.quotaId',
        );
      if (sub.status !== QuotaStatus.NORMAL) return emptySubQuota(notReclaimable(sub.status));
      const reclaimed = await reclaimSubQuotaInTx(tx, {
        subQuotaId: sub.id,
        distributorId: viewer.partner.id,
        operatorId: viewer.member.id,
        remark: input.remark,
      });
      if (!reclaimed)
        return emptySubQuota(notReclaimable((await tx.findOneOrFail(CouponQuota, sub.id, { refresh: true })).status));
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
      return { ...(await subQuotaRows(tx, sub.id, reclaimed.parentQuotaId, reclaimed.recordId)), userErrors: [] };
    },
  });
}
