import type { FilterQuery } from '@mikro-orm/core';
import type { Context } from '../../context';
import { toPageRequest, type ConnectionArgs } from '../../common/connection';
import { checkDateRange, containsText } from '../../common/filters';
import { findPage, type SqlEntityManager } from '../../common/paging';
import { assertPartnerRelation } from '../../permissions/scopes';
import { requireViewer } from '../../permissions/viewer';
import { CloudStoreOrder } from './cloud-store.entity';
import { CloudStoreOrderStatus } from './cloud-store.enums';
import type { CloudStoreOrderFilter } from './cloud-store.types';

/** (design) What a solution provider earns on a curated (严选) resale: the price difference, never below 0. */
export function curatedEarning(order: Pick<CloudStoreOrder, 'curated' | 'listPrice' | 'resalePrice'>): number | null {
  if (!order.curated || order.listPrice == null || order.resalePrice == null) return null;
  return Math.max(0, order.resalePrice - order.listPrice);
}

function filterConditions(filter: CloudStoreOrderFilter | null | undefined): FilterQuery<CloudStoreOrder>[] {
  if (!filter) return [];
  checkDateRange(filter.placedFrom, filter.placedTo, ['filter.placedFrom', 'filter.placedTo']);
  const c: FilterQuery<CloudStoreOrder>[] = [];
  if (filter.status != null) c.push({ status: filter.status });
  if (filter.curated != null) c.push({ curated: filter.curated });
  if (filter.invoiced != null) c.push({ liveInvoiceId: filter.invoiced ? { $ne: null } : null });
  if (filter.viaExclusiveOffer != null)
    c.push({ exclusiveOfferLinkId: filter.viaExclusiveOffer ? { $ne: null } : null });
  if (filter.placedFrom) c.push({ placedAt: { $gte: filter.placedFrom } });
  if (filter.placedTo) c.push({ placedAt: { $lt: filter.placedTo } });
  if (filter.providerNameContains != null)
    c.push(containsText('provider_name', filter.providerNameContains, 'filter.providerNameContains'));
  return c;
}

/** Partner.cloudStoreOrders: the viewer's own partner's cloud-store orders, newest first. */
export function listCloudStoreOrders(
  ctx: Context,
  partnerId: number,
  filter: CloudStoreOrderFilter | null | undefined,
  args: ConnectionArgs,
) {
  const viewer = requireViewer(ctx);
  const page = toPageRequest(args);
  assertPartnerRelation(viewer, partnerId, ['SELF'], 'cloudStoreOrders');
  // Built afresh for the COUNT: containsText is a raw key (see WhereSource).
  return findPage(
    ctx.em,
    CloudStoreOrder,
    () => ({ $and: [{ partner: partnerId }, ...filterConditions(filter)] }),
    page,
  );
}

/**
 * How many PAID cloud-store orders of the partner placed in [from, to) no live invoice covers
 * (none, or only REJECTED / RETURNED ones): the incentive workflow's 发票审核 step waits for 0.
 */
export function uninvoicedCloudStoreOrders(
  em: SqlEntityManager,
  partnerId: number,
  from: Date,
  to: Date,
): Promise<number> {
  return em.count(CloudStoreOrder, {
    partner: partnerId,
    status: CloudStoreOrderStatus.PAID,
    placedAt: { $gte: from, $lt: to },
    liveInvoiceId: null,
  });
}
