import { describe, expect, it } from 'vitest';
import {
  AllocateFundsDocument,
  AssocCreateCustomerDocument,
  InviteAcceptDocument,
  InviteCreateDocument,
  OrderMutPayOrderDocument,
  OrderMutRenewResourcesDocument,
  OrderMutUnsubscribeResourcesDocument,
} from '../generated/graphql';
import { checkInvariants, DEMO_CUSTOMER_LOGINS } from '../../seeds';
import { performanceRollupDifferences, rebuildPerformanceRollups } from '../../src/maintenance/performance-rollups';
import { monthKey } from '../../src/modules/performance/rollup';
import { Coupon } from '../../src/modules/coupon/coupon.entity';
import { CouponKind, CouponStatus } from '../../src/modules/coupon/coupon.enums';
import { Order, Resource } from '../../src/modules/order/order.entity';
import { OrderStatus, ResourceStatus } from '../../src/modules/order/order.enums';
import { useTestServer } from '../support/server';
import { DIST, RESELLER1 } from '../support/demo';
import { gid } from '../support/ids';
import { placePendingOrder } from '../support/orders';
import { customerNamed, sql } from '../support/rows';
import { resellerCustomerWithResources } from './support';

const server = useTestServer();

type Figures = Record<string, number>;
const COLUMNS = ['paid_amount', 'paid_orders', 'refund_amount', 'coupon_amount', 'consumption_amount', 'new_customers'];

/** The partner's roll-up row of this month (zeros when it has none). */
async function rollup(partnerId: number): Promise<Figures> {
  const [row] = await sql(server, 'select * from partner_performance_month where partner_id = ? and month = ?', [
    partnerId,
    monthKey(new Date()),
  ]);
  return Object.fromEntries(COLUMNS.map((c) => [c, Number(row?.[c] ?? 0)]));
}

const delta = (before: Figures, after: Figures) =>
  Object.fromEntries(COLUMNS.map((c) => [c, after[c] - before[c]]).filter(([, v]) => v !== 0));

describe('partner_performance_month (业绩 roll-up)', () => {
  it('is populated by the seeder for every seeded month and equals the raw sums', async () => {
    const months = await sql<{ partner_id: number; n: number }>(
      server,
      'select partner_id, count(*) as n from partner_performance_month group by partner_id',
    );
    expect(months.length).toBeGreaterThan(0);
    // Every month with a seeded consumption record has its roll-up row.
    const missing = await sql(
      server,
      `select distinct c.partner_id, c.bill_cycle from consumption_record c where not exists (
        select 1 from partner_performance_month m where m.partner_id = c.partner_id
          and m.month = cast(replace(c.bill_cycle, '-', '') as integer))`,
    );
    expect(missing).toEqual([]);
    expect(await performanceRollupDifferences(server.em())).toEqual([]);
  });

  it('follows payOrder (with a coupon), createCustomer and acceptCustomerInvitation in their transactions', async () => {
    const admin = await server.signIn('dist-admin');
    // payOrder with a voucher: paid amount, one order, the coupon's use.
    const customer = await customerNamed(server, 'yunfan-tech');
    const [coupon] = await server
      .em()
      .find(
        Coupon,
        { customer: customer.id, status: CouponStatus.USABLE, kind: CouponKind.VOUCHER },
        { orderBy: { id: 'asc' } },
      );
    const order = await placePendingOrder(server, customer.id, coupon.balance + 1_000, 'CSPERF');
    let before = await rollup(DIST);
    const paid = await server.execute(
      OrderMutPayOrderDocument,
      { input: { orderId: gid('Order', order.id), couponIds: [gid('Coupon', coupon.id)] } },
      admin,
    );
    expect(paid.data!.payOrder.userErrors).toEqual([]);
    expect(delta(before, await rollup(DIST))).toEqual({
      paid_amount: coupon.balance + 1_000,
      paid_orders: 1,
      coupon_amount: coupon.balance,
    });

    // createCustomer: one new customer this month.
    before = await rollup(DIST);
    const created = await server.execute(
      AssocCreateCustomerDocument,
      {
        input: {
          accountName: 'perf-rollup-new',
          email: 'perf-rollup-new@example.cn',
          name: '业绩测试客户',
          associationType: 'RESALE',
          xaccountId: 'CRM-PERF-1',
          xaccountType: 'perf_crm',
          idempotencyKey: 'perf-create-customer-1',
        },
      },
      admin,
    );
    expect(created.data!.createCustomer.userErrors).toEqual([]);
    expect(delta(before, await rollup(DIST))).toEqual({ new_customers: 1 });

    // A free cloud account accepts the distributor's invitation, as that customer: one more.
    const invitation = await server.execute(InviteCreateDocument, { input: { associationType: 'RESALE' } }, admin);
    before = await rollup(DIST);
    const accepted = await server.execute(
      InviteAcceptDocument,
      { input: { token: invitation.data!.createCustomerInvitation.invitation!.token } },
      await server.signIn(DEMO_CUSTOMER_LOGINS.free, undefined, 'CUSTOMER'),
    );
    expect(accepted.data!.acceptCustomerInvitation.userErrors).toEqual([]);
    expect(delta(before, await rollup(DIST))).toEqual({ new_customers: 1 });

    // A refused payment (already paid) changes no roll-up.
    before = await rollup(DIST);
    const again = await server.execute(
      OrderMutPayOrderDocument,
      { input: { orderId: gid('Order', order.id), idempotencyKey: 'perf-pay-again' } },
      admin,
    );
    expect(again.data!.payOrder.userErrors.map((e) => e.code)).toEqual(['ORDER_NOT_PENDING']);
    expect(await rollup(DIST)).toEqual(before);

    // After the mix, the roll-ups equal the raw sums (the seeder's invariants check it too).
    expect(await performanceRollupDifferences(server.em())).toEqual([]);
    expect(await checkInvariants(server.orm)).toEqual([]);
  });

  it('follows renewResources with autoPay and unsubscribeResources of a reseller in their transactions', async () => {
    // A reseller renews with autoPay and unsubscribes, as its own administrator.
    const reseller = await server.signIn('reseller-admin');
    const { customer: rc, resources } = await resellerCustomerWithResources(server, RESELLER1, 2);
    // Enough balance for the renewal, through allocateFunds so the ledgers stay exact (no roll-up change).
    const funded = await server.execute(
      AllocateFundsDocument,
      { input: { allocations: [{ customerId: gid('SubCustomer', rc.id), amount: '10000.00' }] } },
      reseller,
    );
    expect(funded.data!.allocateFunds.failed).toEqual([]);
    let before = await rollup(RESELLER1);
    const renewed = await server.execute(
      OrderMutRenewResourcesDocument,
      { input: { resourceIds: [gid('Resource', resources[0].id)], periodType: 'MONTH', periodNum: 1, autoPay: true } },
      reseller,
    );
    expect([renewed.data!.renewResources.userErrors, renewed.data!.renewResources.failed]).toEqual([[], []]);
    const renewal = await server.em().findOneOrFail(Order, { orderId: renewed.data!.renewResources.orders[0].orderId });
    expect(renewal.status).toBe(OrderStatus.COMPLETED);
    expect(delta(before, await rollup(RESELLER1))).toEqual({
      paid_amount: renewal.amountAfterDiscount,
      paid_orders: 1,
    });

    before = await rollup(RESELLER1);
    const unsubscribed = await server.execute(
      OrderMutUnsubscribeResourcesDocument,
      { input: { resourceIds: [gid('Resource', resources[1].id)], reason: 'performance roll-up test' } },
      reseller,
    );
    expect(unsubscribed.data!.unsubscribeResources.failed).toEqual([]);
    const refund = await server
      .em()
      .findOneOrFail(Order, { orderId: unsubscribed.data!.unsubscribeResources.orders[0].orderId });
    expect(refund.officialAmount).toBeGreaterThan(0);
    expect(delta(before, await rollup(RESELLER1))).toEqual({ refund_amount: refund.officialAmount });
    expect((await server.em().findOneOrFail(Resource, resources[1].id)).status).toBe(ResourceStatus.CLOSED);
    expect(rc.partner.id).toBe(RESELLER1);
    expect(await performanceRollupDifferences(server.em())).toEqual([]);
  });

  it('the check names a drifted row, and the rebuild restores the raw sums', async () => {
    await sql(server, 'update partner_performance_month set paid_amount = paid_amount + 7 where partner_id = ?', [
      RESELLER1,
    ]);
    await sql(server, 'delete from partner_performance_month where partner_id = ?', [DIST]);
    const drift = await performanceRollupDifferences(server.em());
    expect(drift.some((d) => d.startsWith(`partner ${RESELLER1} `) && d.includes('paid_amount'))).toBe(true);
    expect(drift.some((d) => d.startsWith(`partner ${DIST} `))).toBe(true);
    const written = await rebuildPerformanceRollups(server.em(), { batchSize: 3 });
    expect(written).toBeGreaterThan(0);
    expect(await performanceRollupDifferences(server.em(), 2)).toEqual([]);
    // Idempotent: a second rebuild writes the same rows.
    expect(await rebuildPerformanceRollups(server.em())).toBe(written);
  });
});
