import { randomBytes } from 'node:crypto';
import type { FilterQuery } from '@mikro-orm/core';
import type { SqlEntityManager } from '@mikro-orm/knex';
import { fromGlobalId } from '../../common/global-id';
import { ownCustomerFilter, ownCustomerRowsFilter } from '../../permissions/scopes';
import type { Viewer } from '../../permissions/viewer';
import { OrderAuthorization } from '../association/association.entity';
import { OrderAuthorizationStatus } from '../association/association.enums';
import { Order, type OrderDiscount, OrderLineItem, Resource } from './order.entity';
import { OrderSource, OrderStatus, type OrderType } from './order.enums';
import { discountedAmount, orderTotal } from './order.pricing';

/**
 * Reading and creating orders in the viewer's scope: own orders and resources, the customers'
 * order-on-behalf authorizations, the paid line a resource was priced on, new orders.
 */

/**
 * Find options for Order, OrderLineItem and OrderAuthorization: read without entering the identity
 * map. Their nullable `type: 'datetime'` columns compare unequal to their own snapshot on SQLite, so
 * a managed row would be written back (and its version bumped) by the flush at commit, over the
 * conditional updates of order.ledger.ts.
 */
export const READ_ONLY = { disableIdentityMap: true } as const;

/**
 * Each renewal or unsubscription line names its resource at the end of productSpecDesc, e.g.
 * "c7.xlarge.2 | 4vCPUs | 8GiB [resource 3f2a…]": the line item table has no resource column, and
 * this is what ties an unpaid renewal order to the resources it will extend.
 */
const RESOURCE_TAG = /\[resource ([^\]\s]+)\]$/;
export function taggedSpec(spec: string, resourceId: string): string {
  const tag = ` [resource ${resourceId}]`;
  return `${spec.slice(0, 200 - tag.length)}${tag}`;
}
export const resourceIdOfLine = (line: Pick<OrderLineItem, 'productSpecDesc'>): string | null =>
  RESOURCE_TAG.exec(line.productSpecDesc)?.[1] ?? null;

function newOrderId(now: Date): string {
  const stamp = now.toISOString().replace(/\D/g, '').slice(2, 12);
  const random = BigInt(`0x${randomBytes(6).toString('hex')}`)
    .toString(36)
    .toUpperCase()
    .padStart(7, '0')
    .slice(-7);
  return `CS${stamp}${random}`;
}

/** An order of a customer the viewer sees in full, still associated with its partner; else null. */
export async function loadOwnOrder(tx: SqlEntityManager, viewer: Viewer, globalId: string): Promise<Order | null> {
  const parsed = fromGlobalId(globalId);
  if (parsed?.type !== 'Order') return null;
  const where: FilterQuery<Order> = {
    $and: [{ id: parsed.id }, ownCustomerRowsFilter<Order>(viewer), { customer: ownCustomerFilter(viewer) }],
  };
  return tx.findOne(Order, where, READ_ONLY);
}

/** Resources of the viewer's own customers among `ids` (foreign and unknown ids alike are left out). */
export async function loadOwnResources(tx: SqlEntityManager, viewer: Viewer, ids: number[]): Promise<Resource[]> {
  if (ids.length === 0) return [];
  const where: FilterQuery<Resource> = {
    $and: [{ id: { $in: ids } }, ownCustomerRowsFilter<Resource>(viewer), { customer: ownCustomerFilter(viewer) }],
  };
  return tx.find(Resource, where);
}

/** The customers (of `customerIds`) whose latest order-on-behalf authorization to the viewer's partner is GRANTED. */
export async function authorizedCustomers(
  tx: SqlEntityManager,
  viewer: Viewer,
  customerIds: number[],
): Promise<Set<number>> {
  if (customerIds.length === 0) return new Set();
  const rows = await tx.find(
    OrderAuthorization,
    { partner: viewer.partner.id, customer: { $in: customerIds } },
    { orderBy: { grantedAt: 'desc', id: 'desc' }, ...READ_ONLY },
  );
  const latest = new Map<number, OrderAuthorizationStatus>();
  for (const row of rows) if (!latest.has(row.customer.id)) latest.set(row.customer.id, row.status);
  return new Set([...latest].filter(([, status]) => status === OrderAuthorizationStatus.GRANTED).map(([id]) => id));
}

/** resourceId (platform id) → id of the unpaid, still payable order it is on, for these customers. */
export async function resourcesInUnpaidOrders(
  tx: SqlEntityManager,
  customerIds: number[],
  now: Date,
): Promise<Map<string, number>> {
  if (customerIds.length === 0) return new Map();
  const lines = await tx.find(
    OrderLineItem,
    {
      order: {
        customer: { $in: customerIds },
        status: OrderStatus.PENDING_PAYMENT,
        pendingPaymentEndTime: { $gt: now },
      },
      productSpecDesc: { $like: '%[resource %' },
    },
    READ_ONLY,
  );
  const out = new Map<string, number>();
  for (const line of lines) {
    const id = resourceIdOfLine(line);
    if (id) out.set(id, line.order.id);
  }
  return out;
}

/** The paid order a resource was bought or last renewed on, and the line item that priced it. */
export interface PaidSource {
  order: Order;
  line: OrderLineItem;
}

export async function paidSources(tx: SqlEntityManager, resources: Resource[]): Promise<Map<number, PaidSource>> {
  const orderIds = [...new Set(resources.flatMap((r) => (r.order ? [r.order.id] : [])))];
  if (orderIds.length === 0) return new Map();
  const paid = await tx.find(
    Order,
    {
      id: { $in: orderIds },
      status: { $in: [OrderStatus.PROCESSING, OrderStatus.COMPLETED] },
      paymentTime: { $ne: null },
    },
    READ_ONLY,
  );
  const orders = new Map(paid.map((o) => [o.id, o]));
  const lines = await tx.find(
    OrderLineItem,
    { order: { $in: [...orders.keys()] } },
    { orderBy: { id: 'asc' }, ...READ_ONLY },
  );
  const out = new Map<number, PaidSource>();
  for (const resource of resources) {
    const order = resource.order ? orders.get(resource.order.id) : undefined;
    if (!order) continue;
    const own = lines.filter((l) => l.order.id === order.id);
    // Its own tagged line (a renewal made here), else the first line of its service, else the first line.
    const line =
      own.find((l) => resourceIdOfLine(l) === resource.resourceId) ??
      own.find((l) => l.serviceTypeCode === resource.serviceTypeCode) ??
      own[0];
    if (line) out.set(resource.id, { order, line });
  }
  return out;
}

/**
 * Creates an order with its line items in `tx` and returns it with its id. The entities are
 * inserted directly and never managed (see READ_ONLY), so no later flush writes them again.
 */
export async function createOrder(
  tx: SqlEntityManager,
  viewer: Viewer,
  args: {
    customerId: number;
    orderType: OrderType;
    status: OrderStatus;
    now: Date;
    pendingPaymentEndTime: Date | null;
    lines: Omit<OrderLineItem, 'id' | 'order'>[];
    /** The discounts the order offers (payOrder applies them; a renewal's customer discount). */
    discounts?: OrderDiscount[];
  },
): Promise<Order> {
  const total = orderTotal(args.lines);
  const order = tx.create(
    Order,
    {
      partner: viewer.partner.id,
      customer: args.customerId,
      orderId: newOrderId(args.now),
      status: args.status,
      orderType: args.orderType,
      sourceType: OrderSource.PARTNER,
      serviceTypeCode: args.lines[0].serviceTypeCode,
      officialAmount: total,
      amountAfterDiscount: discountedAmount(total, args.discounts ?? []),
      discounts: args.discounts ?? [],
      couponAmount: 0,
      cashCouponAmount: 0,
      creditAmount: 0,
      onBehalfAmount: 0,
      createTime: args.now,
      paymentTime: null,
      pendingPaymentEndTime: args.pendingPaymentEndTime,
      version: 1,
    },
    { persist: false },
  );
  order.id = await tx.insert(order);
  for (const line of args.lines)
    await tx.insert(tx.create(OrderLineItem, { ...line, order: order.id }, { persist: false }));
  return order;
}
