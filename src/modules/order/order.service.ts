import type { FilterQuery } from '@mikro-orm/core';
import type { Context } from '../../context';
import { requireViewer } from '../../permissions/viewer';
import { toPageRequest, type ConnectionArgs, type ConnectionResult } from '../../common/connection';
import { checkDateRange } from '../../common/filters';
import { connectionFromBatch, findPage } from '../../common/paging';
import { notFound } from '../../common/errors';
import { idOfType } from '../../common/global-id';
import { assertCustomerInFull, assertPartnerRelation, ownCustomerRowsFilter } from '../../permissions/scopes';
import type { SubCustomer } from '../customer/customer.entity';
import { customerById } from '../customer/customer.loaders';
import { Order, Resource } from './order.entity';
import type { CustomerOrderFilter, CustomerResourceFilter, OrderFilter, ResourceFilter } from './order.inputs';
import {
  orderCountByCustomerId,
  ordersByCustomerId,
  resourceCountByCustomerId,
  resourceCountByOrderId,
  resourcesByCustomerId,
  resourcesByOrderId,
} from './order.loaders';

/** An order list spans at most one year of creation time (a leap year has 366 days). */
export const MAX_ORDER_RANGE_DAYS = 366;

function yearsLater(date: Date, years: number): Date {
  const d = new Date(date.getTime());
  d.setUTCFullYear(d.getUTCFullYear() + years);
  return d;
}

/**
 * The creation-time window of an order list: defaults to the year before createdTo (or now), or the
 * year after a lone createdFrom; refuses from > to and windows longer than 366 days.
 */
export function orderTimeRange(
  from: Date | null | undefined,
  to: Date | null | undefined,
  now: Date = new Date(),
): { from: Date; to: Date } {
  const end = to ?? (from ? yearsLater(from, 1) : now);
  const start = from ?? yearsLater(end, -1);
  checkDateRange(start, end, ['filter.createdFrom', 'filter.createdTo'], MAX_ORDER_RANGE_DAYS);
  return { from: start, to: end };
}

/** Status, type and the creation-time window (one year, the last by default) of an order list. */
function orderConditions(filter: CustomerOrderFilter | null | undefined, now: Date): FilterQuery<Order>[] {
  const conditions: FilterQuery<Order>[] = [];
  if (filter?.status != null) conditions.push({ status: filter.status });
  if (filter?.orderType != null) conditions.push({ orderType: filter.orderType });
  const range = orderTimeRange(filter?.createdFrom, filter?.createdTo, now);
  conditions.push({ createTime: { $gte: range.from, $lte: range.to } });
  return conditions;
}

function resourceConditions(filter: CustomerResourceFilter | null | undefined): FilterQuery<Resource>[] {
  const conditions: FilterQuery<Resource>[] = [];
  if (filter?.status != null) conditions.push({ status: filter.status });
  if (filter?.serviceTypeCode != null) conditions.push({ serviceTypeCode: filter.serviceTypeCode });
  if (filter?.expiresBefore != null) conditions.push({ expireTime: { $lt: filter.expiresBefore } });
  return conditions;
}

/** 订单列表: a partner's orders in the viewer's row scope, created within one year (the last year by default). */
export async function listOrders(
  ctx: Context,
  partnerId: number,
  filter: OrderFilter | null | undefined,
  args: ConnectionArgs,
) {
  const viewer = requireViewer(ctx);
  const page = toPageRequest(args);
  assertPartnerRelation(viewer, partnerId, ['SELF'], 'orders');
  const conditions: FilterQuery<Order>[] = [ownCustomerRowsFilter<Order>(viewer), ...orderConditions(filter, ctx.now)];
  if (filter?.customerId != null)
    conditions.push({ customer: idOfType(filter.customerId, 'SubCustomer', 'filter.customerId') });
  return findPage(ctx.em, Order, { $and: conditions }, page);
}

/** A partner's subscribed resources in the viewer's row scope. */
export async function listResources(
  ctx: Context,
  partnerId: number,
  filter: ResourceFilter | null | undefined,
  args: ConnectionArgs,
) {
  const viewer = requireViewer(ctx);
  const page = toPageRequest(args);
  assertPartnerRelation(viewer, partnerId, ['SELF'], 'resources');
  const conditions: FilterQuery<Resource>[] = [ownCustomerRowsFilter<Resource>(viewer), ...resourceConditions(filter)];
  if (filter?.customerId != null)
    conditions.push({ customer: idOfType(filter.customerId, 'SubCustomer', 'filter.customerId') });
  return findPage(ctx.em, Resource, { $and: conditions }, page);
}

/**
 * One customer's orders (newest first), batched with the other customers of the request; the same
 * one-year creation window as the partner's order list.
 */
export async function customerOrders(
  ctx: Context,
  customer: SubCustomer,
  filter: CustomerOrderFilter | null | undefined,
  args: ConnectionArgs,
): Promise<ConnectionResult<Order>> {
  const viewer = requireViewer(ctx);
  assertCustomerInFull(viewer, customer, 'orders');
  const page = toPageRequest(args);
  const where: FilterQuery<Order> = {
    $and: [ownCustomerRowsFilter<Order>(viewer), ...orderConditions(filter, ctx.now)],
  };
  const rows = await ordersByCustomerId(ctx, page, where).load(customer.id);
  return connectionFromBatch(rows, page, () => orderCountByCustomerId(ctx, where).load(customer.id));
}

/** One customer's subscribed resources, batched with the other customers of the request. */
export async function customerResources(
  ctx: Context,
  customer: SubCustomer,
  filter: CustomerResourceFilter | null | undefined,
  args: ConnectionArgs,
): Promise<ConnectionResult<Resource>> {
  const viewer = requireViewer(ctx);
  assertCustomerInFull(viewer, customer, 'resources');
  const page = toPageRequest(args);
  const where: FilterQuery<Resource> = {
    $and: [ownCustomerRowsFilter<Resource>(viewer), ...resourceConditions(filter)],
  };
  const rows = await resourcesByCustomerId(ctx, page, where).load(customer.id);
  return connectionFromBatch(rows, page, () => resourceCountByCustomerId(ctx, where).load(customer.id));
}

/** The resources an order created or last renewed, batched with the other orders of the request. */
export async function orderResources(
  ctx: Context,
  order: Order,
  args: ConnectionArgs,
): Promise<ConnectionResult<Resource>> {
  const viewer = requireViewer(ctx);
  const page = toPageRequest(args);
  const where = ownCustomerRowsFilter<Resource>(viewer);
  const rows = await resourcesByOrderId(ctx, page, where).load(order.id);
  return connectionFromBatch(rows, page, () => resourceCountByOrderId(ctx, where).load(order.id));
}

/**
 * The customer of a row the viewer already sees. Rows keep the partner they were made under, so a
 * customer that has since moved to another partner is no longer visible: NOT_FOUND on that field.
 */
export async function customerOfRow(ctx: Context, customerId: number): Promise<SubCustomer> {
  const customer = await customerById(ctx).load(customerId);
  if (!customer) throw notFound('SubCustomer');
  return customer;
}
