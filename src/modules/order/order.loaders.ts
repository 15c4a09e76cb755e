import type { FilterQuery } from '@mikro-orm/core';
import type { Context } from '../../context';
import { requireViewer } from '../../permissions/viewer';
import { pageKey, type PageRequest } from '../../common/connection';
import { countByParent, findByIds, findPagesByParent, selectRows } from '../../common/paging';
import { registerNodeType } from '../../common/node-registry';
import { ownCustomerRowsFilter } from '../../permissions/scopes';
import { OrderAuthorization } from '../association/association.entity';
import { Order, OrderLineItem, Resource } from './order.entity';

/** Loader variant for one page request under one where-condition (plain objects, so JSON is a faithful key). */
function variantOf(page: PageRequest | null, where: unknown): string {
  return `${page ? pageKey(page) : ''}|${JSON.stringify(where)}`;
}

/** Orders by primary key, limited to the viewer's rows (own partner; an account manager's customers only). */
export function orderById(ctx: Context) {
  const viewer = requireViewer(ctx);
  return ctx.loaders.get<number, Order | null>('orderById', '', (ids) =>
    findByIds(ctx.em, Order, ids, ownCustomerRowsFilter<Order>(viewer)),
  );
}

/** Resources by primary key, limited to the viewer's rows. */
export function resourceById(ctx: Context) {
  const viewer = requireViewer(ctx);
  return ctx.loaders.get<number, Resource | null>('resourceById', '', (ids) =>
    findByIds(ctx.em, Resource, ids, ownCustomerRowsFilter<Resource>(viewer)),
  );
}

/** Order-on-behalf authorizations by primary key, limited to the viewer's rows. */
export function orderAuthorizationById(ctx: Context) {
  const viewer = requireViewer(ctx);
  return ctx.loaders.get<number, OrderAuthorization | null>('orderAuthorizationById', '', (ids) =>
    findByIds(ctx.em, OrderAuthorization, ids, ownCustomerRowsFilter<OrderAuthorization>(viewer)),
  );
}

/**
 * Line items of many orders in one statement. Callers pass ids of orders they already may see
 * (line items have no scope of their own), so no extra scope applies here.
 */
export function lineItemsByOrderId(ctx: Context) {
  return ctx.loaders.get<number, OrderLineItem[]>('lineItemsByOrderId', '', async (orderIds) => {
    const rows = await selectRows(
      ctx.em,
      OrderLineItem,
      { order: { $in: [...orderIds] } },
      {
        orderBy: { id: 'asc' },
      },
    );
    const byOrder = new Map<number, OrderLineItem[]>();
    for (const row of rows) {
      const list = byOrder.get(row.order.id);
      if (list) list.push(row);
      else byOrder.set(row.order.id, [row]);
    }
    return orderIds.map((id) => byOrder.get(id) ?? []);
  });
}

/** One page of orders per customer, all customers of the request in one statement. */
export function ordersByCustomerId(ctx: Context, page: PageRequest, where: FilterQuery<Order>) {
  return ctx.loaders.get<number, Order[]>('ordersByCustomerId', variantOf(page, where), async (ids) => {
    const byParent = await findPagesByParent(ctx.em, Order, 'customer', ids, where, page);
    return ids.map((id) => byParent.get(id) ?? []);
  });
}

/** Order totals per customer under the same where, in one GROUP BY statement. */
export function orderCountByCustomerId(ctx: Context, where: FilterQuery<Order>) {
  return ctx.loaders.get<number, number>('orderCountByCustomerId', variantOf(null, where), async (ids) => {
    const counts = await countByParent(ctx.em, Order, 'customer', ids, where);
    return ids.map((id) => counts.get(id) ?? 0);
  });
}

/** One page of resources per customer, in one statement. */
export function resourcesByCustomerId(ctx: Context, page: PageRequest, where: FilterQuery<Resource>) {
  return ctx.loaders.get<number, Resource[]>('resourcesByCustomerId', variantOf(page, where), async (ids) => {
    const byParent = await findPagesByParent(ctx.em, Resource, 'customer', ids, where, page);
    return ids.map((id) => byParent.get(id) ?? []);
  });
}

export function resourceCountByCustomerId(ctx: Context, where: FilterQuery<Resource>) {
  return ctx.loaders.get<number, number>('resourceCountByCustomerId', variantOf(null, where), async (ids) => {
    const counts = await countByParent(ctx.em, Resource, 'customer', ids, where);
    return ids.map((id) => counts.get(id) ?? 0);
  });
}

/** One page of resources per order (the resources an order created or last renewed), in one statement. */
export function resourcesByOrderId(ctx: Context, page: PageRequest, where: FilterQuery<Resource>) {
  return ctx.loaders.get<number, Resource[]>('resourcesByOrderId', variantOf(page, where), async (ids) => {
    const byParent = await findPagesByParent(ctx.em, Resource, 'order', ids, where, page);
    return ids.map((id) => byParent.get(id) ?? []);
  });
}

export function resourceCountByOrderId(ctx: Context, where: FilterQuery<Resource>) {
  return ctx.loaders.get<number, number>('resourceCountByOrderId', variantOf(null, where), async (ids) => {
    const counts = await countByParent(ctx.em, Resource, 'order', ids, where);
    return ids.map((id) => counts.get(id) ?? 0);
  });
}

/** Dependent resources of many main resources in one statement, oldest first, within the viewer's rows. */
export function dependentsByParentResourceId(ctx: Context) {
  const viewer = requireViewer(ctx);
  return ctx.loaders.get<number, Resource[]>('dependentsByParentResourceId', '', async (parentIds) => {
    const rows = await selectRows(
      ctx.em,
      Resource,
      { $and: [ownCustomerRowsFilter<Resource>(viewer), { parentResource: { $in: [...parentIds] } }] },
      { orderBy: { id: 'asc' } },
    );
    const byParent = new Map<number, Resource[]>();
    for (const row of rows) {
      const parentId = row.parentResource!.id;
      const list = byParent.get(parentId);
      if (list) list.push(row);
      else byParent.set(parentId, [row]);
    }
    return parentIds.map((id) => byParent.get(id) ?? []);
  });
}

/**
 * The latest order-on-behalf authorization of each customer with the viewer's partner (null when it
 * never granted one), in one statement.
 */
export function orderAuthorizationByCustomerId(ctx: Context) {
  const viewer = requireViewer(ctx);
  return ctx.loaders.get<number, OrderAuthorization | null>(
    'orderAuthorizationByCustomerId',
    '',
    async (customerIds) => {
      const rows = await selectRows(
        ctx.em,
        OrderAuthorization,
        { $and: [ownCustomerRowsFilter<OrderAuthorization>(viewer), { customer: { $in: [...customerIds] } }] },
        { orderBy: { grantedAt: 'desc', id: 'desc' } },
      );
      const latest = new Map<number, OrderAuthorization>();
      for (const row of rows) if (!latest.has(row.customer.id)) latest.set(row.customer.id, row);
      return customerIds.map((id) => latest.get(id) ?? null);
    },
  );
}

registerNodeType('Order', (ctx, ids) => orderById(ctx).loadMany(ids));
registerNodeType('Resource', (ctx, ids) => resourceById(ctx).loadMany(ids));
registerNodeType('OrderAuthorization', (ctx, ids) => orderAuthorizationById(ctx).loadMany(ids));
