import { describe, expect, it } from 'vitest';
import type { FilterQuery } from '@mikro-orm/core';
import {
  CustomerOrdersDocument,
  OrderListDocument,
  OrderNestedLineItemsDocument,
  OrderNodeDocument,
  ResourceListDocument,
} from '../generated/graphql';
import { useTestServer, useTokens } from '../support/server';
import { demoMember } from '../../seeds/demo-data';
import { Order, OrderLineItem, Resource } from '../../src/modules/order/order.entity';
import {
  OrderSource,
  OrderStatus,
  OrderType,
  PeriodType,
  ResourceStatus,
  ExpirePolicy,
} from '../../src/modules/order/order.enums';
import { OrderAuthorization } from '../../src/modules/association/association.entity';
import { SubCustomer } from '../../src/modules/customer/customer.entity';
import { DIST, OTHER_DIST } from '../support/demo';
import { DAY, iso } from '../support/time';
import { errorCodes } from '../support/graphql';
import { customerNamed } from '../support/rows';
import { cny, yuan } from '../support/money';
import { gid } from '../support/ids';

const server = useTestServer();
const tokens = useTokens(server, ['dist-admin', 'dist-am', 'dist-ams', 'other-dist-admin']);
const DIST_AM = demoMember('dist-am').id;

const yearsAgo = (n: number) => {
  const d = new Date();
  d.setUTCFullYear(d.getUTCFullYear() - n);
  return d;
};

/** The expected OrderList node of an order row, built from the database. */
async function expectedOrders(rows: Order[]) {
  const fork = server.em();
  const items = await fork.find(OrderLineItem, { order: { $in: rows.map((o) => o.id) } }, { orderBy: { id: 'asc' } });
  const customers = await fork.find(SubCustomer, { id: { $in: rows.map((o) => o.customer.id) } });
  const customerById = new Map(customers.map((c) => [c.id, c]));
  return rows.map((o) => ({
    id: gid('Order', o.id),
    orderId: o.orderId,
    status: OrderStatus[o.status],
    orderType: OrderType[o.orderType],
    sourceType: OrderSource[o.sourceType],
    serviceTypeCode: o.serviceTypeCode,
    createTime: iso(o.createTime),
    paymentTime: iso(o.paymentTime),
    pendingPaymentEndTime: iso(o.pendingPaymentEndTime),
    customer: {
      id: gid('SubCustomer', o.customer.id),
      accountName: customerById.get(o.customer.id)!.accountName,
    },
    officialAmount: cny(o.officialAmount),
    amountAfterDiscount: cny(o.amountAfterDiscount),
    amountInfo: {
      discounts: o.discounts.map((d) => ({ type: d.type, amount: { amount: yuan(d.amount) } })),
      couponAmount: { amount: yuan(o.couponAmount) },
      cashCouponAmount: { amount: yuan(o.cashCouponAmount) },
    },
    lineItems: items
      .filter((i) => i.order.id === o.id)
      .map((i) => ({
        productId: i.productId,
        serviceTypeCode: i.serviceTypeCode,
        productSpecDesc: i.productSpecDesc,
        periodType: PeriodType[i.periodType],
        periodNum: i.periodNum,
        subscriptionNum: i.subscriptionNum,
        effectiveTime: iso(i.effectiveTime),
        expireTime: iso(i.expireTime),
        amount: cny(i.amount),
      })),
  }));
}

async function dbOrders(where: FilterQuery<Order>, limit = 100) {
  const fork = server.em();
  const rows = await fork.find(Order, where, { orderBy: { id: 'desc' }, limit });
  return { rows, total: await fork.count(Order, where) };
}

describe('Partner.orders', () => {
  it("lists the distributor's orders of the last year, newest first, with amounts and line items", async () => {
    const from = yearsAgo(1);
    const res = await server.execute(OrderListDocument, { first: 100 }, tokens['dist-admin']);
    expect(res.errors).toBeUndefined();
    const { rows, total } = await dbOrders({ partner: DIST, createTime: { $gte: from, $lte: new Date() } });
    expect(rows.length).toBeGreaterThan(0);
    const orders = res.data!.viewer.partner.orders;
    expect(orders!.totalCount).toBe(total);
    expect(orders!.pageInfo.hasNextPage).toBe(total > 100);
    expect(orders!.nodes).toEqual(await expectedOrders(rows));
    // The seed gives orders line items; the page really shows them.
    expect(orders!.nodes.some((o) => o.lineItems.length > 0)).toBe(true);
  });

  it('pages with after without gaps or repeats', async () => {
    const first = await server.execute(OrderListDocument, { first: 7 }, tokens['dist-admin']);
    const second = await server.execute(
      OrderListDocument,
      { first: 7, after: first.data!.viewer.partner.orders!.pageInfo.endCursor },
      tokens['dist-admin'],
    );
    const both = await server.execute(OrderListDocument, { first: 14 }, tokens['dist-admin']);
    const ids = [...first.data!.viewer.partner.orders!.nodes, ...second.data!.viewer.partner.orders!.nodes].map(
      (o) => o.id,
    );
    expect(ids).toEqual(both.data!.viewer.partner.orders!.nodes.map((o) => o.id));
  });

  it('filters by status and order type', async () => {
    const fork = server.em();
    const recent = await fork.find(Order, { partner: DIST, createTime: { $gte: yearsAgo(1) } });
    const first = recent[0];
    const res = await server.execute(
      OrderListDocument,
      {
        first: 100,
        filter: { status: OrderStatus[first.status] as never, orderType: OrderType[first.orderType] as never },
      },
      tokens['dist-admin'],
    );
    expect(res.errors).toBeUndefined();
    const { rows, total } = await dbOrders({
      partner: DIST,
      status: first.status,
      orderType: first.orderType,
      createTime: { $gte: yearsAgo(1) },
    });
    expect(res.data!.viewer.partner.orders!.totalCount).toBe(total);
    expect(res.data!.viewer.partner.orders!.nodes).toEqual(await expectedOrders(rows));
  });

  it('filters by customer and by an explicit creation-time range', async () => {
    const customer = await customerNamed(server, 'yunfan-tech');
    const byCustomer = await server.execute(
      OrderListDocument,
      { first: 100, filter: { customerId: gid('SubCustomer', customer.id) } },
      tokens['dist-admin'],
    );
    expect(byCustomer.errors).toBeUndefined();
    const expected = await dbOrders({ partner: DIST, customer: customer.id, createTime: { $gte: yearsAgo(1) } });
    expect(expected.rows.length).toBeGreaterThan(0);
    expect(byCustomer.data!.viewer.partner.orders!.nodes.map((o) => o.orderId)).toEqual(
      expected.rows.map((o) => o.orderId),
    );

    // A 60-day window ending at the newest order of the distributor.
    const [newest] = await server.em().find(Order, { partner: DIST }, { orderBy: { createTime: 'desc' }, limit: 1 });
    const createdTo = newest.createTime;
    const createdFrom = new Date(createdTo.getTime() - 60 * DAY);
    const windowed = await server.execute(
      OrderListDocument,
      { first: 100, filter: { createdFrom: createdFrom.toISOString(), createdTo: createdTo.toISOString() } },
      tokens['dist-admin'],
    );
    expect(windowed.errors).toBeUndefined();
    const inWindow = await dbOrders({ partner: DIST, createTime: { $gte: createdFrom, $lte: createdTo } });
    expect(inWindow.rows.length).toBeGreaterThan(0);
    expect(windowed.data!.viewer.partner.orders!.totalCount).toBe(inWindow.total);
    expect(windowed.data!.viewer.partner.orders!.nodes.map((o) => o.orderId)).toEqual(
      inWindow.rows.map((o) => o.orderId),
    );
  });

  it('refuses a creation-time range over one year, or from after to, with BAD_USER_INPUT; 366 days is fine', async () => {
    const tooLong = await server.execute(
      OrderListDocument,
      { first: 5, filter: { createdFrom: '2025-01-01T00:00:00.000Z', createdTo: '2026-01-03T00:00:00.000Z' } },
      tokens['dist-admin'],
    );
    expect(errorCodes(tooLong)).toEqual(['BAD_USER_INPUT']);
    expect(tooLong.data!.viewer.partner.orders).toBeNull();

    const reversed = await server.execute(
      OrderListDocument,
      { first: 5, filter: { createdFrom: '2026-02-01T00:00:00.000Z', createdTo: '2026-01-01T00:00:00.000Z' } },
      tokens['dist-admin'],
    );
    expect(errorCodes(reversed)).toEqual(['BAD_USER_INPUT']);

    const leapYear = await server.execute(
      OrderListDocument,
      { first: 5, filter: { createdFrom: '2024-01-01T00:00:00.000Z', createdTo: '2025-01-01T00:00:00.000Z' } },
      tokens['dist-admin'],
    );
    expect(leapYear.errors).toBeUndefined();
  });

  it('shows an account manager only the orders of its assigned customers', async () => {
    const res = await server.execute(OrderListDocument, { first: 100 }, tokens['dist-am']);
    expect(res.errors).toBeUndefined();
    const { rows, total } = await dbOrders({
      partner: DIST,
      customer: { accountManager: DIST_AM },
      createTime: { $gte: yearsAgo(1) },
    });
    expect(rows.length).toBeGreaterThan(0);
    const all = await dbOrders({ partner: DIST, createTime: { $gte: yearsAgo(1) } });
    expect(total).toBeLessThan(all.total);
    expect(res.data!.viewer.partner.orders!.totalCount).toBe(total);
    expect(res.data!.viewer.partner.orders!.nodes).toEqual(await expectedOrders(rows));
  });

  it("never shows another partner's orders", async () => {
    const res = await server.execute(OrderListDocument, { first: 100 }, tokens['other-dist-admin']);
    expect(res.errors).toBeUndefined();
    const { rows, total } = await dbOrders({ partner: OTHER_DIST, createTime: { $gte: yearsAgo(1) } });
    expect(res.data!.viewer.partner.orders!.totalCount).toBe(total);
    expect(res.data!.viewer.partner.orders!.nodes.map((o) => o.orderId)).toEqual(rows.map((o) => o.orderId));

    // Filtering by a customer of the distributor finds nothing, exactly like an unknown customer.
    const customer = await customerNamed(server, 'yunfan-tech');
    const foreign = await server.execute(
      OrderListDocument,
      { first: 5, filter: { customerId: gid('SubCustomer', customer.id) } },
      tokens['other-dist-admin'],
    );
    const unknown = await server.execute(
      OrderListDocument,
      { first: 5, filter: { customerId: gid('SubCustomer', 999_999) } },
      tokens['other-dist-admin'],
    );
    expect(foreign.data).toEqual(unknown.data);
    expect(foreign.data!.viewer.partner.orders!.totalCount).toBe(0);
  });
});

describe('node(id:) for orders and resources', () => {
  it("answers NOT_FOUND for another partner's order, exactly as for an unknown id", async () => {
    const [order] = await server.em().find(Order, { partner: DIST }, { limit: 1 });
    const own = await server.execute(OrderNodeDocument, { id: gid('Order', order.id) }, tokens['dist-admin']);
    expect(own.errors).toBeUndefined();
    expect(own.data!.node).toMatchObject({
      __typename: 'Order',
      id: gid('Order', order.id),
      orderId: order.orderId,
    });

    const foreign = await server.execute(OrderNodeDocument, { id: gid('Order', order.id) }, tokens['other-dist-admin']);
    const unknown = await server.execute(OrderNodeDocument, { id: gid('Order', 999_999) }, tokens['other-dist-admin']);
    expect(errorCodes(foreign)).toEqual(['NOT_FOUND']);
    expect(foreign.data).toEqual({ node: null });
    expect(foreign.errors![0].message).toBe(unknown.errors![0].message);
  });

  it('answers NOT_FOUND to an account manager for an order of a customer not assigned to it', async () => {
    const [order] = await server
      .em()
      .find(
        Order,
        { partner: DIST, customer: { $or: [{ accountManager: null }, { accountManager: { $ne: DIST_AM } }] } },
        { limit: 1 },
      );
    const res = await server.execute(OrderNodeDocument, { id: gid('Order', order.id) }, tokens['dist-am']);
    expect(errorCodes(res)).toEqual(['NOT_FOUND']);
  });

  it("lists an order's resources and hides another partner's resource", async () => {
    const fork = server.em();
    const [resource] = await fork.find(Resource, { partner: DIST, order: { $ne: null } }, { limit: 1 });
    const orderId = resource.order!.id;
    const expected = await fork.find(Resource, { order: orderId }, { orderBy: { id: 'desc' } });
    const res = await server.execute(OrderNodeDocument, { id: gid('Order', orderId) }, tokens['dist-admin']);
    expect(res.errors).toBeUndefined();
    expect(res.data!.node).toMatchObject({
      resources: {
        totalCount: expected.length,
        nodes: expected.map((r) => ({ id: gid('Resource', r.id), resourceId: r.resourceId })),
      },
    });
    const foreign = await server.execute(
      OrderNodeDocument,
      { id: gid('Resource', resource.id) },
      tokens['other-dist-admin'],
    );
    expect(errorCodes(foreign)).toEqual(['NOT_FOUND']);
  });
});

describe('SubCustomer.orders, resources and orderAuthorization', () => {
  it('answers each customer its own orders, resources and latest authorization, batched', async () => {
    const res = await server.execute(CustomerOrdersDocument, { first: 100 }, tokens['dist-admin']);
    expect(res.errors).toBeUndefined();
    const customers = res.data!.viewer.partner.customers!.nodes;
    expect(customers.length).toBeGreaterThan(10);
    const ids = customers.map((c) => Number(Buffer.from(c.id, 'base64url').toString().split(':')[1]));
    const fork = server.em();
    // The same window as Partner.orders: created within the last year.
    const orders = await fork.find(
      Order,
      { partner: DIST, customer: { $in: ids }, createTime: { $gte: yearsAgo(1) } },
      { orderBy: { id: 'desc' } },
    );
    const resources = await fork.find(Resource, { partner: DIST, customer: { $in: ids } }, { orderBy: { id: 'desc' } });
    const authorizations = await fork.find(
      OrderAuthorization,
      { partner: DIST, customer: { $in: ids } },
      { orderBy: { grantedAt: 'desc', id: 'desc' } },
    );
    for (const [index, customer] of customers.entries()) {
      const id = ids[index];
      const own = orders.filter((o) => o.customer.id === id);
      expect(customer.orders!.totalCount).toBe(own.length);
      expect(customer.orders!.nodes.map((o) => o.orderId)).toEqual(own.slice(0, 100).map((o) => o.orderId));
      const ownResources = resources.filter((r) => r.customer.id === id);
      expect(customer.resources!.totalCount).toBe(ownResources.length);
      expect(customer.resources!.nodes.map((r) => r.id)).toEqual(
        ownResources.slice(0, 100).map((r) => gid('Resource', r.id)),
      );
      const latest = authorizations.find((a) => a.customer.id === id);
      expect(customer.orderAuthorization).toEqual(
        latest
          ? {
              id: gid('OrderAuthorization', latest.id),
              status: latest.status,
              grantedAt: iso(latest.grantedAt),
              revokedAt: iso(latest.revokedAt),
              customer: { id: customer.id },
            }
          : null,
      );
    }
    const byName = new Map(customers.map((c) => [c.accountName, c]));
    expect(byName.get('yunfan-tech')?.orderAuthorization?.status).toBe('GRANTED');
    expect(byName.get('xinghe-edu')?.orderAuthorization?.status).toBe('REVOKED');
  });

  it("filters a customer's orders by status and resources by status", async () => {
    const res = await server.execute(
      CustomerOrdersDocument,
      { first: 100, filter: { status: 'PENDING_PAYMENT' }, resourceFilter: { status: 'IN_USE' } },
      tokens['dist-admin'],
    );
    expect(res.errors).toBeUndefined();
    const yunfan = res.data!.viewer.partner.customers!.nodes.find((c) => c.accountName === 'yunfan-tech')!;
    const customer = await customerNamed(server, 'yunfan-tech');
    const fork = server.em();
    const pending = await fork.find(
      Order,
      { partner: DIST, customer: customer.id, status: OrderStatus.PENDING_PAYMENT, createTime: { $gte: yearsAgo(1) } },
      { orderBy: { id: 'desc' } },
    );
    const inUse = await fork.find(
      Resource,
      { partner: DIST, customer: customer.id, status: ResourceStatus.IN_USE },
      { orderBy: { id: 'desc' } },
    );
    expect(pending.length).toBeGreaterThan(0);
    expect(inUse.length).toBeGreaterThan(0);
    expect(yunfan.orders).toEqual({
      totalCount: pending.length,
      nodes: pending.map((o) => ({ id: gid('Order', o.id), orderId: o.orderId })),
    });
    expect(yunfan.resources).toEqual({
      totalCount: inUse.length,
      nodes: inUse.map((r) => ({ id: gid('Resource', r.id) })),
    });
  });

  it('keeps the one-year creation window of Partner.orders: the last year by default, any year asked for, never more', async () => {
    const fork = server.em();
    const all = await fork.find(Order, { partner: DIST }, { orderBy: { id: 'desc' } });
    const oneYearAgo = yearsAgo(1);
    // A customer with orders on both sides of the default window.
    const customerId = [...new Set(all.map((o) => o.customer.id))].find(
      (id) =>
        all.some((o) => o.customer.id === id && o.createTime < oneYearAgo) &&
        all.some((o) => o.customer.id === id && o.createTime >= oneYearAgo),
    )!;
    expect(customerId).toBeDefined();
    const ordersOf = async (filter: Record<string, unknown> | null) => {
      const res = await server.execute<
        { node: { orders: { totalCount: number; nodes: { orderId: string }[] } } },
        Record<string, unknown>
      >(
        'query($id: ID!, $filter: CustomerOrderFilter) { node(id: $id) { ... on SubCustomer { orders(first: 100, filter: $filter) { totalCount nodes { orderId } } } } }',
        { id: gid('SubCustomer', customerId), filter },
        tokens['dist-admin'],
      );
      return res;
    };
    const own = all.filter((o) => o.customer.id === customerId);
    const recent = await ordersOf(null);
    expect(recent.errors).toBeUndefined();
    expect(recent.data!.node.orders.nodes.map((o) => o.orderId)).toEqual(
      own.filter((o) => o.createTime >= oneYearAgo).map((o) => o.orderId),
    );
    const olderTo = new Date(oneYearAgo.getTime() - 1);
    const olderFrom = new Date(olderTo.getTime() - 365 * DAY);
    const older = await ordersOf({ createdFrom: olderFrom.toISOString(), createdTo: olderTo.toISOString() });
    expect(older.errors).toBeUndefined();
    const expectedOlder = own.filter((o) => o.createTime >= olderFrom && o.createTime <= olderTo);
    expect(expectedOlder.length).toBeGreaterThan(0);
    expect(older.data!.node.orders).toEqual({
      totalCount: expectedOlder.length,
      nodes: expectedOlder.map((o) => ({ orderId: o.orderId })),
    });
    const tooLong = await ordersOf({ createdFrom: '2024-01-01T00:00:00.000Z', createdTo: '2025-01-03T00:00:00.000Z' });
    expect(errorCodes(tooLong)).toEqual(['BAD_USER_INPUT']);
  });

  it('runs the same number of SQL statements for 10 and 100 customers with their orders and line items', async () => {
    const small = await server.execute(OrderNestedLineItemsDocument, { first: 10 }, tokens['dist-admin']);
    const large = await server.execute(OrderNestedLineItemsDocument, { first: 100 }, tokens['dist-admin']);
    expect(small.errors).toBeUndefined();
    expect(large.errors).toBeUndefined();
    expect(small.data!.viewer.partner.customers!.nodes).toHaveLength(10);
    expect(large.data!.viewer.partner.customers!.nodes.length).toBeGreaterThan(50);
    expect(
      large.data!.viewer.partner.customers!.nodes.some((c) => c.orders!.nodes.some((o) => o.lineItems.length > 0)),
    ).toBe(true);
    console.log(
      `customers → orders → line items: ${small.sqlStatements} SQL statements at N=10, ${large.sqlStatements} at N=100`,
    );
    expect(large.sqlStatements).toBe(small.sqlStatements);
    // viewer + customers + orders + line items
    expect(small.sqlStatements).toBeLessThanOrEqual(7);
  });

  it('runs the same number of SQL statements for an account manager (scope joins, no N+1)', async () => {
    const small = await server.execute(OrderNestedLineItemsDocument, { first: 3 }, tokens['dist-am']);
    const large = await server.execute(OrderNestedLineItemsDocument, { first: 100 }, tokens['dist-am']);
    expect(small.errors).toBeUndefined();
    expect(large.errors).toBeUndefined();
    expect(large.data!.viewer.partner.customers!.nodes.length).toBeGreaterThan(3);
    expect(large.sqlStatements).toBe(small.sqlStatements);
  });
});

describe('Partner.resources', () => {
  it('lists resources with their customer, order, main resource and dependents', async () => {
    const res = await server.execute(ResourceListDocument, { first: 100 }, tokens['dist-admin']);
    expect(res.errors).toBeUndefined();
    const fork = server.em();
    const rows = await fork.find(Resource, { partner: DIST }, { orderBy: { id: 'desc' }, limit: 100 });
    const total = await fork.count(Resource, { partner: DIST });
    const dependents = await fork.find(
      Resource,
      { parentResource: { $in: rows.map((r) => r.id) } },
      { orderBy: { id: 'asc' } },
    );
    expect(rows.length).toBeGreaterThan(0);
    expect(dependents.length).toBeGreaterThan(0);
    const page = res.data!.viewer.partner.resources;
    expect(page!.totalCount).toBe(total);
    expect(page!.nodes).toEqual(
      rows.map((r) => ({
        id: gid('Resource', r.id),
        resourceId: r.resourceId,
        name: r.name,
        regionCode: r.regionCode,
        serviceTypeCode: r.serviceTypeCode,
        resourceTypeCode: r.resourceTypeCode,
        isMainResource: r.isMainResource,
        status: ResourceStatus[r.status],
        effectiveTime: iso(r.effectiveTime),
        expireTime: iso(r.expireTime),
        expirePolicy: ExpirePolicy[r.expirePolicy],
        autoRenewTimes: r.autoRenewTimes ?? null,
        customer: { id: gid('SubCustomer', r.customer.id) },
        order: r.order ? { id: gid('Order', r.order.id) } : null,
        parentResource: r.parentResource ? { id: gid('Resource', r.parentResource.id) } : null,
        dependents: dependents.filter((d) => d.parentResource!.id === r.id).map((d) => ({ id: gid('Resource', d.id) })),
      })),
    );
  });

  it('filters by status, service type, customer and expiry, and scopes an account manager', async () => {
    const customer = await customerNamed(server, 'yunfan-tech');
    const fork = server.em();
    const [sample] = await fork.find(Resource, { partner: DIST, customer: customer.id }, { limit: 1 });
    const expiresBefore = new Date(sample.expireTime.getTime() + 1);
    const res = await server.execute(
      ResourceListDocument,
      {
        first: 100,
        filter: {
          status: ResourceStatus[sample.status] as never,
          serviceTypeCode: sample.serviceTypeCode,
          customerId: gid('SubCustomer', customer.id),
          expiresBefore: expiresBefore.toISOString(),
        },
      },
      tokens['dist-admin'],
    );
    expect(res.errors).toBeUndefined();
    const expected = await fork.find(
      Resource,
      {
        partner: DIST,
        customer: customer.id,
        status: sample.status,
        serviceTypeCode: sample.serviceTypeCode,
        expireTime: { $lt: expiresBefore },
      },
      { orderBy: { id: 'desc' } },
    );
    expect(res.data!.viewer.partner.resources!.nodes.map((r) => r.id)).toEqual(
      expected.map((r) => gid('Resource', r.id)),
    );
    expect(expected.map((r) => r.id)).toContain(sample.id);

    const am = await server.execute(ResourceListDocument, { first: 100 }, tokens['dist-am']);
    expect(am.errors).toBeUndefined();
    const amTotal = await fork.count(Resource, { partner: DIST, customer: { accountManager: DIST_AM } });
    expect(am.data!.viewer.partner.resources!.totalCount).toBe(amTotal);
    expect(amTotal).toBeLessThan(await fork.count(Resource, { partner: DIST }));
  });
});
