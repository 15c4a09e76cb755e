import type { FilterQuery } from '@mikro-orm/core';
import type { Context } from '../../context';
import { requireViewer } from '../../permissions/viewer';
import { toPageRequest, type ConnectionArgs } from '../../common/connection';
import { checkDateRange } from '../../common/filters';
import { connectionFromBatch, findPage } from '../../common/paging';
import { badInput, forbidden } from '../../common/errors';
import { idOfType } from '../../common/global-id';
import { assertCustomerInFull, assertPartnerRelation } from '../../permissions/scopes';
import type { Viewer } from '../../permissions/viewer';
import type { SubCustomer } from '../customer/customer.entity';
import { Coupon, CouponQuota, CouponRecord, QuotaRecord } from './coupon.entity';
import type {
  CouponFilter,
  CouponQuotaFilter,
  CouponRecordFilter,
  CustomerCouponFilter,
  QuotaRecordFilter,
} from './coupon.inputs';
import {
  couponCountByCustomerId,
  couponsByCustomerId,
  subQuotaCountByParentQuotaId,
  subQuotasByParentQuotaId,
  visibleCouponFilter,
  visibleQuotaFilter,
  visibleQuotaRecordFilter,
} from './coupon.loaders';

/** Coupons are listed when they expire within 12 months and kept 12 months after (domain.md §2). */
export const COUPON_WINDOW_MONTHS = 12;

function addMonths(date: Date, months: number): Date {
  const result = new Date(date.getTime());
  result.setUTCMonth(result.getUTCMonth() + months);
  return result;
}

/** The expiry window coupon lists cover: [now − 12 months, now + 12 months]. */
export function couponWindow(now: Date): { from: Date; to: Date } {
  return { from: addMonths(now, -COUPON_WINDOW_MONTHS), to: addMonths(now, COUPON_WINDOW_MONTHS) };
}

/**
 * The expiry range of a coupon list: the default window, narrowed by expiresFrom/expiresTo, which
 * must lie inside it (and from ≤ to).
 */
export function couponExpiryRange(
  expiresFrom: Date | null | undefined,
  expiresTo: Date | null | undefined,
  now: Date,
): { from: Date; to: Date } {
  const window = couponWindow(now);
  checkDateRange(expiresFrom, expiresTo, ['filter.expiresFrom', 'filter.expiresTo']);
  const inWindow = (value: Date | null | undefined, name: string) => {
    if (!value) return;
    if (value.getTime() < window.from.getTime()) {
      throw badInput(
        `${name} is before the query window: coupons are kept for ${COUPON_WINDOW_MONTHS} months after they expire, so it must be on or after ${window.from.toISOString()}.`,
        name,
      );
    }
    if (value.getTime() > window.to.getTime()) {
      throw badInput(
        `${name} is after the query window: coupons are listed when they expire within ${COUPON_WINDOW_MONTHS} months, so it must be on or before ${window.to.toISOString()}.`,
        name,
      );
    }
  };
  inWindow(expiresFrom, 'filter.expiresFrom');
  inWindow(expiresTo, 'filter.expiresTo');
  return { from: expiresFrom ?? window.from, to: expiresTo ?? window.to };
}

/** The kind and status filters of quotas. */
function quotaConditions(filter: CouponQuotaFilter | null | undefined): FilterQuery<CouponQuota>[] {
  return [
    ...(filter?.kind != null ? [{ kind: filter.kind }] : []),
    ...(filter?.status != null ? [{ status: filter.status }] : []),
  ];
}

/** The kind and status filters of coupons. */
function couponConditions(filter: CouponFilter | CustomerCouponFilter | null | undefined): FilterQuery<Coupon>[] {
  return [
    ...(filter?.kind != null ? [{ kind: filter.kind }] : []),
    ...(filter?.status != null ? [{ status: filter.status }] : []),
  ];
}

/** Coupon quotas held by a partner: the viewer's own, or for a distributor one of its resellers'. */
export async function listCouponQuotas(
  ctx: Context,
  partnerId: number,
  filter: CouponQuotaFilter | null | undefined,
  args: ConnectionArgs,
) {
  const viewer = requireViewer(ctx);
  const page = toPageRequest(args);
  assertPartnerRelation(viewer, partnerId, ['SELF', 'RESELLER'], 'couponQuotas');
  const where = {
    $and: [visibleQuotaFilter(viewer), { partner: partnerId }, ...quotaConditions(filter)],
  };
  return findPage(ctx.em, CouponQuota, where, page);
}

/** Sub-quotas carved from a quota, one statement for all quotas of the page. */
export async function listSubQuotas(ctx: Context, quota: CouponQuota, args: ConnectionArgs) {
  const viewer = requireViewer(ctx);
  const page = toPageRequest(args);
  const where = visibleQuotaFilter(viewer);
  const rows = await subQuotasByParentQuotaId(ctx, page, '', where).load(quota.id);
  return connectionFromBatch(rows, page, () => subQuotaCountByParentQuotaId(ctx, '', where).load(quota.id));
}

/** Coupons issued by the viewer's own partner, in its customer row scope, inside the query window. */
export async function listCoupons(
  ctx: Context,
  partnerId: number,
  filter: CouponFilter | null | undefined,
  args: ConnectionArgs,
) {
  const viewer = requireViewer(ctx);
  const page = toPageRequest(args);
  assertPartnerRelation(viewer, partnerId, ['SELF'], 'coupons');
  const range = couponExpiryRange(filter?.expiresFrom, filter?.expiresTo, new Date());
  const conditions: FilterQuery<Coupon>[] = [visibleCouponFilter<Coupon>(viewer), ...couponConditions(filter)];
  if (filter?.customerId != null)
    conditions.push({ customer: idOfType(filter.customerId, 'SubCustomer', 'filter.customerId') });
  conditions.push({ expireTime: { $gte: range.from, $lte: range.to } });
  return findPage(ctx.em, Coupon, { $and: conditions }, page);
}

/** Coupons the viewer's partner issued to one customer it sees in full; batched over all customers of the page. */
export async function listCustomerCoupons(
  ctx: Context,
  customer: SubCustomer,
  filter: CustomerCouponFilter | null | undefined,
  args: ConnectionArgs,
) {
  const viewer = requireViewer(ctx);
  const page = toPageRequest(args);
  assertCustomerInFull(viewer, customer, 'coupons');
  const range = couponWindow(new Date());
  const where = {
    $and: [
      { partner: viewer.partner.id },
      ...couponConditions(filter),
      { expireTime: { $gte: range.from, $lte: range.to } },
    ],
  };
  const variant = JSON.stringify([filter?.kind ?? null, filter?.status ?? null]);
  const rows = await couponsByCustomerId(ctx, page, variant, where).load(customer.id);
  return connectionFromBatch(rows, page, () => couponCountByCustomerId(ctx, variant, where).load(customer.id));
}

/** Issue and reclaim records of the viewer's own partner's coupons, in its customer row scope. */
export async function listCouponRecords(
  ctx: Context,
  partnerId: number,
  filter: CouponRecordFilter | null | undefined,
  args: ConnectionArgs,
) {
  const viewer = requireViewer(ctx);
  const page = toPageRequest(args);
  assertPartnerRelation(viewer, partnerId, ['SELF'], 'couponRecords');
  const conditions: FilterQuery<CouponRecord>[] = [visibleCouponFilter<CouponRecord>(viewer)];
  if (filter?.operationType != null) conditions.push({ operationType: filter.operationType });
  if (filter?.customerId != null)
    conditions.push({ customer: idOfType(filter.customerId, 'SubCustomer', 'filter.customerId') });
  checkDateRange(filter?.from, filter?.to, ['filter.from', 'filter.to']);
  if (filter?.from) conditions.push({ time: { $gte: filter.from } });
  if (filter?.to) conditions.push({ time: { $lte: filter.to } });
  return findPage(ctx.em, CouponRecord, { $and: conditions }, page);
}

/** Sub-quota issue and reclaim records of the viewer's own partner (a distributor). */
export async function listQuotaRecords(
  ctx: Context,
  partnerId: number,
  filter: QuotaRecordFilter | null | undefined,
  args: ConnectionArgs,
) {
  const viewer = requireViewer(ctx);
  const page = toPageRequest(args);
  assertPartnerRelation(viewer, partnerId, ['SELF'], 'quotaRecords');
  const conditions: FilterQuery<QuotaRecord>[] = [visibleQuotaRecordFilter(viewer)];
  if (filter?.operationType != null) conditions.push({ operationType: filter.operationType });
  checkDateRange(filter?.from, filter?.to, ['filter.from', 'filter.to']);
  if (filter?.from) conditions.push({ time: { $gte: filter.from } });
  if (filter?.to) conditions.push({ time: { $lte: filter.to } });
  return findPage(ctx.em, QuotaRecord, { $and: conditions }, page);
}

/** The memo of an issue is visible only to the issuing partner, never to the receiving side. */
export function issuerMemo(viewer: Viewer, row: Coupon | CouponRecord): string | null {
  if (row.partner.id !== viewer.partner.id)
    throw forbidden('memo is visible only to the partner that issued the coupon.');
  return row.memo ?? null;
}

/**
 * A related row outside the viewer's scope (e.g. the customer has since moved to another partner,
 * or a reseller asks for its distributor's quota) is refused with a reason, never faked.
 */
export function reachable<T>(row: T | null | undefined, refusal: string): T {
  if (row == null) throw forbidden(refusal);
  return row;
}
