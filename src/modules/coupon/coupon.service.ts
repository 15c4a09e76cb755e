import type { FilterQuery } from '@mikro-orm/core';
import type { Context } from '../../context';
import { requireViewer } from '../../permissions/viewer';
import { toPageRequest, type ConnectionArgs } from '../../common/connection';
import { checkDateRange } from '../../common/filters';
import { connectionFromBatch, findPage } from '../../common/paging';
import { forbidden } from '../../common/errors';
import { idOfType } from '../../common/global-id';
import { assertCustomerInFull, assertPartnerRelation } from '../../permissions/scopes';
import type { Viewer } from '../../permissions/viewer';
import type { SubCustomer } from '../customer/customer.entity';
import { Coupon, CouponQuota, CouponRecord, QuotaRecord } from './coupon.entity';
import type {
  CouponFilter,
  CouponHistoryFilter,
  CouponListFilterBase,
  CouponQuotaFilter,
  CouponRecordFilter,
  CustomerCouponFilter,
  QuotaRecordFilter,
} from './coupon.inputs';
import {
  couponCountByCustomerId,
  couponsByCustomerId,
  recordCountByCouponId,
  recordsByCouponId,
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
 * The expiry range of a coupon list: the default window unless `all`, each end replaced by
 * expiresFrom / expiresTo when given (any dates; from ≤ to). A null end is open.
 */
export function couponExpiryRange(
  filter: Pick<CouponListFilterBase, 'expiresFrom' | 'expiresTo' | 'all'> | null | undefined,
  now: Date,
): { from: Date | null; to: Date | null } {
  checkDateRange(filter?.expiresFrom, filter?.expiresTo, ['filter.expiresFrom', 'filter.expiresTo']);
  const window = filter?.all ? { from: null, to: null } : couponWindow(now);
  return { from: filter?.expiresFrom ?? window.from, to: filter?.expiresTo ?? window.to };
}

/** The kind and status filters of quotas. */
function quotaConditions(filter: CouponQuotaFilter | null | undefined): FilterQuery<CouponQuota>[] {
  return [
    ...(filter?.kind != null ? [{ kind: filter.kind }] : []),
    ...(filter?.status != null ? [{ status: filter.status }] : []),
  ];
}

/** The filters both coupon lists share: kind, status, quota, issued and expiry ranges (the default window unless `all`). */
function couponConditions(filter: CouponListFilterBase | null | undefined, now: Date): FilterQuery<Coupon>[] {
  checkDateRange(filter?.issuedFrom, filter?.issuedTo, ['filter.issuedFrom', 'filter.issuedTo']);
  const expiry = couponExpiryRange(filter, now);
  return [
    ...(filter?.kind != null ? [{ kind: filter.kind }] : []),
    ...(filter?.status != null ? [{ status: filter.status }] : []),
    ...(filter?.quotaId != null ? [{ quota: idOfType(filter.quotaId, 'CouponQuota', 'filter.quotaId') }] : []),
    ...(filter?.issuedFrom ? [{ issuedAt: { $gte: filter.issuedFrom } }] : []),
    ...(filter?.issuedTo ? [{ issuedAt: { $lte: filter.issuedTo } }] : []),
    ...(expiry.from ? [{ expireTime: { $gte: expiry.from } }] : []),
    ...(expiry.to ? [{ expireTime: { $lte: expiry.to } }] : []),
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

/** Coupons issued by the viewer's own partner, in its customer row scope, filtered (the default window unless `all`). */
export async function listCoupons(
  ctx: Context,
  partnerId: number,
  filter: CouponFilter | null | undefined,
  args: ConnectionArgs,
) {
  const viewer = requireViewer(ctx);
  const page = toPageRequest(args);
  assertPartnerRelation(viewer, partnerId, ['SELF'], 'coupons');
  const conditions: FilterQuery<Coupon>[] = [visibleCouponFilter<Coupon>(viewer), ...couponConditions(filter, ctx.now)];
  if (filter?.customerId != null)
    conditions.push({ customer: idOfType(filter.customerId, 'SubCustomer', 'filter.customerId') });
  return findPage(ctx.em, Coupon, { $and: conditions }, page);
}

/** The argument set of a filter, so that aliases with other filters never share a batch. */
function filterKey(filter: object | null | undefined): string {
  return JSON.stringify(filter ? Object.entries(filter).sort(([a], [b]) => a.localeCompare(b)) : null);
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
  const where = { $and: [{ partner: viewer.partner.id }, ...couponConditions(filter, ctx.now)] };
  const variant = filterKey(filter);
  const rows = await couponsByCustomerId(ctx, page, variant, where).load(customer.id);
  return connectionFromBatch(rows, page, () => couponCountByCustomerId(ctx, variant, where).load(customer.id));
}

/** A coupon's own records (issue, each USE, reclaims), newest first; batched over all coupons of the page. */
export async function listCouponHistory(
  ctx: Context,
  coupon: Coupon,
  filter: CouponHistoryFilter | null | undefined,
  args: ConnectionArgs,
) {
  const viewer = requireViewer(ctx);
  const page = toPageRequest(args);
  const where: FilterQuery<CouponRecord> = {
    $and: [
      visibleCouponFilter<CouponRecord>(viewer),
      ...(filter?.operationType != null ? [{ operationType: filter.operationType }] : []),
    ],
  };
  const variant = filterKey(filter);
  const rows = await recordsByCouponId(ctx, page, variant, where).load(coupon.id);
  return connectionFromBatch(rows, page, () => recordCountByCouponId(ctx, variant, where).load(coupon.id));
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
  if (filter?.couponId != null) conditions.push({ coupon: idOfType(filter.couponId, 'Coupon', 'filter.couponId') });
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
