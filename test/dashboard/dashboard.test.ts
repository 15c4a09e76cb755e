import { describe, expect, it } from 'vitest';
import { DashboardDocument, ResellerDashboardDocument } from '../generated/graphql';
import { demoMember } from '../../seeds';
import { ConsumptionRecord } from '../../src/modules/consumption/consumption.entity';
import { SubCustomer } from '../../src/modules/customer/customer.entity';
import { useTestServer } from '../support/server';
import { DIST } from '../support/demo';
import { billCycle } from '../support/time';
import { yuan } from '../support/money';
import { gid } from '../support/ids';

const server = useTestServer();

/** The last `count` bill cycles, oldest first. */
function lastMonths(count: number): { from: string; to: string; months: string[] } {
  const months: string[] = [];
  for (let i = count - 1; i >= 0; i--) months.push(billCycle(i));
  return { from: months[0], to: months[months.length - 1], months };
}

describe('Partner.dashboard', () => {
  it('matches aggregates recomputed from the rows, in a fixed number of statements', async () => {
    const range = lastMonths(12);
    const res = await server.execute(
      DashboardDocument,
      { from: range.from, to: range.to },
      await server.signIn('dist-admin'),
    );
    expect(res.errors).toBeUndefined();
    const d = res.data!.viewer.partner.dashboard;
    const rows = await server
      .em()
      .find(ConsumptionRecord, { partner: DIST, billCycle: { $gte: range.from, $lte: range.to } });
    expect(rows.length).toBeGreaterThan(0);
    const expectedByMonth = range.months.map((m) => {
      const of = rows.filter((r) => r.billCycle === m);
      return {
        billCycle: m,
        paymentAmount: { amount: yuan(of.reduce((s, r) => s + r.paymentAmount, 0)) },
        records: of.length,
      };
    });
    expect(
      d!.consumptionByMonth.map((m) => ({
        billCycle: m.billCycle,
        paymentAmount: m.paymentAmount,
        records: m.records,
      })),
    ).toEqual(expectedByMonth);
    const totalByService = new Map<string, number>();
    for (const r of rows)
      totalByService.set(r.serviceTypeCode, (totalByService.get(r.serviceTypeCode) ?? 0) + r.paymentAmount);
    expect(new Map(d!.consumptionByServiceType.map((s) => [s.serviceTypeCode, s.paymentAmount.amount]))).toEqual(
      new Map([...totalByService].map(([k, v]) => [k, yuan(v)])),
    );
    const byCustomer = new Map<number, number>();
    for (const r of rows) byCustomer.set(r.customer.id, (byCustomer.get(r.customer.id) ?? 0) + r.paymentAmount);
    const top = [...byCustomer].sort((a, b) => b[1] - a[1] || a[0] - b[0]).slice(0, 5);
    expect(d!.topCustomers.map((t) => [t.customer.id, t.paymentAmount.amount])).toEqual(
      top.map(([id, fen]) => [gid('SubCustomer', id), yuan(fen)]),
    );
    // Consumption stays with the partner it was made under, also for customers that moved since.
    const resale = await server.em().find(SubCustomer, { associationType: 2 });
    const resaleIds = new Set(resale.map((c) => c.id));
    expect(d!.resaleRevenue.amount).toBe(
      yuan(rows.filter((r) => resaleIds.has(r.customer.id)).reduce((s, r) => s + r.paymentAmount, 0)),
    );
    expect(d!.newCustomersByMonth.map((m) => m.month)).toEqual(range.months);
    expect(d!.balanceAlerts!.every((a) => (a.reason === 'DEBT' ? a.debtAmount.amount !== '0.00' : true))).toBe(true);
    console.log(`dashboard: ${res.sqlStatements} SQL statements`);
    // viewer (3–4) + one statement per aggregate + loaders for customers, orders and managers.
    expect(res.sqlStatements).toBeLessThanOrEqual(18);
  });

  it('limits an account manager to its customers and refuses what its roles lack', async () => {
    const range = lastMonths(6);
    const res = await server.execute(
      DashboardDocument,
      { from: range.from, to: range.to },
      await server.signIn('dist-am'),
    );
    // An account manager has no coupon permission: that one field is refused, the rest arrives.
    expect(res.errors?.map((e) => [e.path?.join('.'), e.extensions?.code])).toEqual([
      ['viewer.partner.dashboard.couponUsage', 'FORBIDDEN'],
    ]);
    const am = demoMember('dist-am').id;
    const mine = await server.em().find(ConsumptionRecord, {
      partner: DIST,
      billCycle: { $gte: range.from, $lte: range.to },
      customer: { accountManager: am },
    });
    const total = (
      res.data as unknown as {
        viewer: { partner: { dashboard: { consumptionByMonth: { paymentAmount: { amount: string } }[] } } };
      }
    ).viewer.partner.dashboard.consumptionByMonth.reduce(
      (s, m) => s + Math.round(Number(m.paymentAmount.amount) * 100),
      0,
    );
    expect(total).toBe(mine.reduce((s, r) => s + r.paymentAmount, 0));
  });

  it("gives a distributor a reseller's consumption aggregates but not its customers' balances", async () => {
    const res = await server.execute(
      ResellerDashboardDocument,
      { id: gid('Partner', 2) },
      await server.signIn('dist-admin'),
    );
    expect(res.errors?.map((e) => [e.path?.join('.'), e.extensions?.code])).toEqual([
      ['node.dashboard.balanceAlerts', 'FORBIDDEN'],
    ]);
    const other = await server.execute(
      ResellerDashboardDocument,
      { id: gid('Partner', 2) },
      await server.signIn('other-dist-admin'),
    );
    expect(other.data?.node ?? null).toBeNull();
  });

  it.each([
    [{ from: '2020-01', to: null }, 'older than 18 months'],
    [{ from: null, to: '2999-01' }, 'future'],
    [{ from: 'May 2025', to: null }, 'not a bill cycle'],
  ])('refuses a bad range %j', async (range, message) => {
    const res = await server.execute(
      DashboardDocument,
      range as { from: string | null; to: string | null },
      await server.signIn('dist-admin'),
    );
    expect(res.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(res.errors?.[0].message).toContain(message);
  });
});
