import { describe, expect, it } from 'vitest';
import {
  PerfOfResellerDocument,
  PerfOperatorDocument,
  PerfParentResellersDocument,
  PerfResellersDocument,
  PerfResellersPageDocument,
} from '../generated/graphql';
import { useTestServer } from '../support/server';
import { DIST, RESELLER1 } from '../support/demo';
import { gid } from '../support/ids';
import { yuan } from '../support/money';
import { sql } from '../support/rows';
import { errorCodes } from '../support/graphql';
import { billCycle } from '../support/time';

const server = useTestServer();

const FROM = billCycle(11);
const TO = billCycle(0);
const monthOf = (cycle: string) => Number(cycle.replace('-', ''));

/** The roll-up sums per reseller of `distributorId` over the range, from the table itself. */
async function expectedByReseller(distributorId: number) {
  const rows = await sql(
    server,
    `select p.id, p.name, coalesce(sum(m.paid_amount), 0) as paid, coalesce(sum(m.refund_amount), 0) as refund,
       coalesce(sum(m.paid_orders), 0) as orders, coalesce(sum(m.coupon_amount), 0) as coupon,
       coalesce(sum(m.consumption_amount), 0) as consumption, coalesce(sum(m.new_customers), 0) as customers
     from partner p left join partner_performance_month m on m.partner_id = p.id and m.month between ? and ?
     where p.parent_id = ? group by p.id, p.name order by p.id desc`,
    [monthOf(FROM), monthOf(TO), distributorId],
  );
  return rows.map((r) => ({
    reseller: { id: gid('Partner', Number(r.id)), name: String(r.name) },
    revenue: { amount: yuan(Number(r.paid) - Number(r.refund)) },
    paidAmount: { amount: yuan(Number(r.paid)) },
    paidOrders: Number(r.orders),
    refundAmount: { amount: yuan(Number(r.refund)) },
    couponAmount: { amount: yuan(Number(r.coupon)) },
    consumptionAmount: { amount: yuan(Number(r.consumption)) },
    newCustomers: Number(r.customers),
  }));
}

describe('Partner.resellerPerformance (业绩 per reseller)', () => {
  it("lists every reseller of the distributor, newest first, with the roll-up's sums and the total", async () => {
    const admin = await server.signIn('dist-admin');
    const expected = await expectedByReseller(DIST);
    expect(expected.length).toBeGreaterThanOrEqual(3);
    expect(expected.some((r) => r.paidOrders > 0 && r.newCustomers > 0 && r.consumptionAmount.amount !== '0.00')).toBe(
      true,
    );
    const res = await server.execute(PerfResellersDocument, { from: FROM, to: TO, first: 100 }, admin);
    expect(res.errors).toBeUndefined();
    const page = res.data!.viewer.partner.resellerPerformance!;
    expect([page.from, page.to, page.totalCount]).toEqual([FROM, TO, expected.length]);
    expect(page.nodes).toEqual(expected);
    const [t] = await sql(
      server,
      `select coalesce(sum(m.paid_amount), 0) as paid, coalesce(sum(m.refund_amount), 0) as refund,
         coalesce(sum(m.paid_orders), 0) as orders, coalesce(sum(m.coupon_amount), 0) as coupon,
         coalesce(sum(m.consumption_amount), 0) as consumption, coalesce(sum(m.new_customers), 0) as customers
       from partner_performance_month m join partner p on p.id = m.partner_id
       where p.parent_id = ? and m.month between ? and ?`,
      [DIST, monthOf(FROM), monthOf(TO)],
    );
    expect(page.total).toEqual({
      revenue: { amount: yuan(Number(t.paid) - Number(t.refund)) },
      paidAmount: { amount: yuan(Number(t.paid)) },
      paidOrders: Number(t.orders),
      refundAmount: { amount: yuan(Number(t.refund)) },
      couponAmount: { amount: yuan(Number(t.coupon)) },
      consumptionAmount: { amount: yuan(Number(t.consumption)) },
      newCustomers: Number(t.customers),
    });
    expect(page.total.newCustomers).toBe(expected.reduce((n, r) => n + r.newCustomers, 0));
    // The distributor's own figures, from its own roll-up rows.
    const [o] = await sql(
      server,
      `select coalesce(sum(paid_amount), 0) as paid, coalesce(sum(refund_amount), 0) as refund,
         coalesce(sum(new_customers), 0) as customers
       from partner_performance_month where partner_id = ? and month between ? and ?`,
      [DIST, monthOf(FROM), monthOf(TO)],
    );
    expect(page.own).toMatchObject({
      revenue: { amount: yuan(Number(o.paid) - Number(o.refund)) },
      newCustomers: Number(o.customers),
    });
    expect(page.own.paidOrders).toBeGreaterThan(0);

    // Paged by cursor: two pages make the whole list.
    const first = await server.execute(PerfResellersDocument, { from: FROM, to: TO, first: 2 }, admin);
    const p1 = first.data!.viewer.partner.resellerPerformance!;
    expect(p1.pageInfo.hasNextPage).toBe(true);
    const second = await server.execute(
      PerfResellersDocument,
      { from: FROM, to: TO, first: 100, after: p1.pageInfo.endCursor },
      admin,
    );
    const p2 = second.data!.viewer.partner.resellerPerformance!;
    expect([...p1.nodes, ...p2.nodes]).toEqual(expected);
    expect(p2.pageInfo.hasNextPage).toBe(false);
  });

  it('reads a page in one statement whatever its size', async () => {
    const admin = await server.signIn('dist-admin');
    const one = await server.execute(PerfResellersPageDocument, { from: FROM, to: TO, first: 1 }, admin);
    const all = await server.execute(PerfResellersPageDocument, { from: FROM, to: TO, first: 100 }, admin);
    expect(one.errors ?? all.errors).toBeUndefined();
    expect(one.data!.viewer.partner.resellerPerformance!.nodes).toHaveLength(1);
    expect(all.data!.viewer.partner.resellerPerformance!.nodes.length).toBeGreaterThanOrEqual(3);
    console.log(`resellerPerformance: ${one.sqlStatements} SQL statements at first=1, ${all.sqlStatements} at 100`);
    expect(one.sqlStatements).toBe(all.sqlStatements);
    // The whole connection too (totalCount, pageInfo, the distributor's total and own figures).
    const full = await Promise.all(
      [1, 100].map((first) => server.execute(PerfResellersDocument, { from: FROM, to: TO, first }, admin)),
    );
    expect(full.map((r) => r.errors)).toEqual([undefined, undefined]);
    expect(full[1].data!.viewer.partner.resellerPerformance!.nodes.length).toBeGreaterThanOrEqual(3);
    expect(full[0].sqlStatements).toBe(full[1].sqlStatements);
  });

  it('is empty for a partner without resellers and refuses bad ranges', async () => {
    const sp = await server.execute(PerfResellersDocument, {}, await server.signIn('sp-admin'));
    expect(sp.errors).toBeUndefined();
    expect(sp.data!.viewer.partner.resellerPerformance!.nodes).toEqual([]);
    expect(sp.data!.viewer.partner.resellerPerformance!.total.revenue.amount).toBe('0.00');
    const admin = await server.signIn('dist-admin');
    for (const range of [
      { from: '2026-13' },
      { to: billCycle(-1) },
      { from: TO, to: FROM },
      { from: billCycle(36), to: TO },
    ]) {
      const res = await server.execute(PerfResellersDocument, range, admin);
      expect(errorCodes(res), JSON.stringify(range)).toEqual(['BAD_USER_INPUT']);
    }
    // Default range: the last 6 months up to the current one.
    const res = await server.execute(PerfResellersDocument, {}, admin);
    expect(res.data!.viewer.partner.resellerPerformance!).toMatchObject({ from: billCycle(5), to: billCycle(0) });
  });

  it("is refused to a reseller (its siblings'), for a reseller, to account managers and to members without dashboard:view", async () => {
    const parent = await server.execute(PerfParentResellersDocument, {}, await server.signIn('reseller-admin'));
    expect(errorCodes(parent)).toEqual(['FORBIDDEN']);
    expect(parent.data?.viewer.partner.parent?.resellerPerformance ?? null).toBeNull();
    const ofReseller = await server.execute(PerfOfResellerDocument, {}, await server.signIn('dist-admin'));
    expect(errorCodes(ofReseller)).toContain('FORBIDDEN');
    for (const login of ['dist-am', 'dist-ams', 'dist-sa']) {
      const res = await server.execute(PerfResellersDocument, {}, await server.signIn(login));
      expect(errorCodes(res), login).toEqual(['FORBIDDEN']);
      expect(res.data?.viewer.partner.resellerPerformance ?? null).toBeNull();
    }
  });

  it('is read by a cloud operator with ops:partner-read for any distributor', async () => {
    const res = await server.execute(
      PerfOperatorDocument,
      { identity: 'DISTRIBUTOR' },
      await server.signIn('ops-finance', undefined, 'OPERATOR'),
    );
    expect(res.errors).toBeUndefined();
    const dist = res.data!.operatorViewer.partners!.nodes.find((p) => p.id === gid('Partner', DIST))!;
    const ids = dist.resellerPerformance!.nodes.map((n) => n.reseller.id);
    expect(ids).toContain(gid('Partner', RESELLER1));
    expect(ids).toEqual((await expectedByReseller(DIST)).map((r) => r.reseller.id).slice(0, 10));
  });
});
