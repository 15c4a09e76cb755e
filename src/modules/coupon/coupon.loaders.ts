import type { FilterQuery } from '@mikro-orm/core';
import type { Context } from '../../context';
import { requireViewer } from '../../permissions/viewer';
import { pageKey, type PageRequest } from '../../common/connection';
import { countByParent, findByIds, findPagesByParent } from '../../common/paging';
import { registerNodeType } from '../../common/node-registry';
import { ownCustomerRowsFilter } from '../../permissions/scopes';
import type { Viewer } from '../../permissions/viewer';
import { Coupon, CouponQuota, CouponRecord, QuotaRecord } from './coupon.entity';

/** Quotas the viewer may see: its own partner's and, for a distributor, its resellers' sub-quotas. */
export function visibleQuotaFilter(viewer: Viewer): FilterQuery<CouponQuota> {
  return { partner: { $in: [viewer.partner.id, ...viewer.resellerIds] } };
}

/** Coupons (and coupon records) the viewer may see: issued by its own partner, to customers in its row scope. */
export function visibleCouponFilter<T extends Coupon | CouponRecord>(viewer: Viewer): FilterQuery<T> {
  return ownCustomerRowsFilter<T>(viewer);
}

/** Quota records the viewer may see: those of its own partner (the distributor that issued or reclaimed). */
export function visibleQuotaRecordFilter(viewer: Viewer): FilterQuery<QuotaRecord> {
  return { partner: viewer.partner.id };
}

export function couponQuotaById(ctx: Context) {
  const viewer = requireViewer(ctx);
  return ctx.loaders.get<number, CouponQuota | null>('couponQuotaById', '', (ids) =>
    findByIds(ctx.em, CouponQuota, ids, visibleQuotaFilter(viewer)),
  );
}

export function couponById(ctx: Context) {
  const viewer = requireViewer(ctx);
  return ctx.loaders.get<number, Coupon | null>('couponById', '', (ids) =>
    findByIds(ctx.em, Coupon, ids, visibleCouponFilter<Coupon>(viewer)),
  );
}

export function couponRecordById(ctx: Context) {
  const viewer = requireViewer(ctx);
  return ctx.loaders.get<number, CouponRecord | null>('couponRecordById', '', (ids) =>
    findByIds(ctx.em, CouponRecord, ids, visibleCouponFilter<CouponRecord>(viewer)),
  );
}

export function quotaRecordById(ctx: Context) {
  const viewer = requireViewer(ctx);
  return ctx.loaders.get<number, QuotaRecord | null>('quotaRecordById', '', (ids) =>
    findByIds(ctx.em, QuotaRecord, ids, visibleQuotaRecordFilter(viewer)),
  );
}

/**
 * One page of sub-quotas per parent quota, for all parents in one statement. `variant` names the
 * argument set (page and filters) so that aliases with other arguments never share a batch; `where`
 * must already hold the viewer's scope.
 */
export function subQuotasByParentQuotaId(
  ctx: Context,
  page: PageRequest,
  variant: string,
  where: FilterQuery<CouponQuota>,
) {
  return ctx.loaders.get<number, CouponQuota[]>(
    'subQuotasByParentQuotaId',
    `${pageKey(page)}|${variant}`,
    async (ids) => {
      const byParent = await findPagesByParent(ctx.em, CouponQuota, 'parentQuota', ids, where, page);
      return ids.map((id) => byParent.get(id) ?? []);
    },
  );
}

export function subQuotaCountByParentQuotaId(ctx: Context, variant: string, where: FilterQuery<CouponQuota>) {
  return ctx.loaders.get<number, number>('subQuotaCountByParentQuotaId', variant, async (ids) => {
    const counts = await countByParent(ctx.em, CouponQuota, 'parentQuota', ids, where);
    return ids.map((id) => counts.get(id) ?? 0);
  });
}

/** One page of coupons per customer, for all customers in one statement (see subQuotasByParentQuotaId). */
export function couponsByCustomerId(ctx: Context, page: PageRequest, variant: string, where: FilterQuery<Coupon>) {
  return ctx.loaders.get<number, Coupon[]>('couponsByCustomerId', `${pageKey(page)}|${variant}`, async (ids) => {
    const byParent = await findPagesByParent(ctx.em, Coupon, 'customer', ids, where, page);
    return ids.map((id) => byParent.get(id) ?? []);
  });
}

export function couponCountByCustomerId(ctx: Context, variant: string, where: FilterQuery<Coupon>) {
  return ctx.loaders.get<number, number>('couponCountByCustomerId', variant, async (ids) => {
    const counts = await countByParent(ctx.em, Coupon, 'customer', ids, where);
    return ids.map((id) => counts.get(id) ?? 0);
  });
}

/** One page of records per coupon (its issue, each USE, its reclaims), for all coupons in one statement. */
export function recordsByCouponId(ctx: Context, page: PageRequest, variant: string, where: FilterQuery<CouponRecord>) {
  return ctx.loaders.get<number, CouponRecord[]>('recordsByCouponId', `${pageKey(page)}|${variant}`, async (ids) => {
    const byParent = await findPagesByParent(ctx.em, CouponRecord, 'coupon', ids, where, page);
    return ids.map((id) => byParent.get(id) ?? []);
  });
}

export function recordCountByCouponId(ctx: Context, variant: string, where: FilterQuery<CouponRecord>) {
  return ctx.loaders.get<number, number>('recordCountByCouponId', variant, async (ids) => {
    const counts = await countByParent(ctx.em, CouponRecord, 'coupon', ids, where);
    return ids.map((id) => counts.get(id) ?? 0);
  });
}

registerNodeType('CouponQuota', (ctx, ids) => couponQuotaById(ctx).loadMany(ids));
registerNodeType('Coupon', (ctx, ids) => couponById(ctx).loadMany(ids));
registerNodeType('CouponRecord', (ctx, ids) => couponRecordById(ctx).loadMany(ids));
registerNodeType('QuotaRecord', (ctx, ids) => quotaRecordById(ctx).loadMany(ids));
