/**
 * The 运营看板 roll-ups written with each fact: coupon_month and coupon_kind_month
 * (Dashboard.couponUsage, scoped to account managers or not) and incentive_month (Dashboard.incentivesByPeriod). Each is compared with the raw rows it is defined by
 * (the check of maintenance/dashboard-rollups.ts) and, through the API, with the raw query the
 * dashboard ran before the roll-up (couponUsage) or the raw sums by stage group (incentivesByPeriod):
 * on the seeded data, and after a walk of real writes through the API and the maintenance jobs.
 */
import { describe, expect, it } from 'vitest';
import {
  AssocSwitchAssociationTypeDocument,
  DashboardFactsDocument,
  IncentiveApplyDocument,
  IncentiveInvoiceDocument,
  ModelIssueCouponsDocument,
  ModelReclaimCouponsDocument,
  OrderMutPayOrderDocument,
} from '../generated/graphql';
import { checkInvariants, demoMember } from '../../seeds';
import { dashboardRollupDifferences, rebuildDashboardRollups } from '../../src/maintenance/dashboard-rollups';
import { Coupon } from '../../src/modules/coupon/coupon.entity';
import { CouponKind, CouponStatus } from '../../src/modules/coupon/coupon.enums';
import { IncentiveStage } from '../../src/modules/incentive/incentive.enums';
import { STAGE_GROUPS } from '../../src/modules/incentive/incentive.stages';
import { useTestServer, useTokens } from '../support/server';
import { DIST, RESELLER1 } from '../support/demo';
import { gid } from '../support/ids';
import { yuan } from '../support/money';
import { placePendingOrder } from '../support/orders';
import { customerNamed, sql } from '../support/rows';
import { billCycle } from '../support/time';
import { incentiveInStage, operatorStep, partnerIncentives } from '../support/incentives';
import { runMaintenanceJob } from '../support/maintenance';

const server = useTestServer();
const members = useTokens(server, ['dist-admin', 'dist-am', 'reseller-admin']);
const operators = useTokens(server, ['ops-admin', 'ops-finance'], 'OPERATOR');

const RANGES = [1, 6, 18].map((months) => ({ from: billCycle(months - 1), to: billCycle(0) }));

const monthStart = (cycle: string) => new Date(`${cycle}-01T00:00:00Z`);
const monthAfter = (cycle: string) => {
  const d = monthStart(cycle);
  return new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 1));
};

/** Dashboard.couponUsage as it was computed before the roll-up: the raw coupon rows. */
async function rawCouponUsage(partnerId: number, from: string, to: string, managers: number[] | null) {
  const em = server.em();
  const knex = em.getKnex();
  const q = knex
    .from('coupon')
    .where('partner_id', partnerId)
    .where('issued_at', '>=', monthStart(from))
    .where('issued_at', '<', monthAfter(to))
    .select('kind')
    .count({ issued: '*' })
    .sum({ amount: 'face_value' })
    .select(
      knex.raw('sum(case when status = ? then 1 else 0 end) as used', [CouponStatus.USED]),
      knex.raw('sum(case when status = ? then 1 else 0 end) as reclaimed', [CouponStatus.RECLAIMED]),
      knex.raw('sum(case when status = ? then 1 else 0 end) as expired', [CouponStatus.EXPIRED]),
    )
    .groupBy('kind')
    .orderBy('kind');
  if (managers)
    q.whereIn('customer_id', knex.select('id').from('sub_customer').whereIn('account_manager_id', managers));
  const rows = await em.getConnection().execute<Record<string, unknown>[]>(q);
  return rows.map((r) => ({
    kind: String(r.kind),
    issuedCount: Number(r.issued),
    issuedAmount: { amount: yuan(Number(r.amount)) },
    usedCount: Number(r.used),
    reclaimedCount: Number(r.reclaimed),
    expiredCount: Number(r.expired),
  }));
}

/** incentivesByPeriod from the raw incentive records: every month of the range, by stage group. */
async function rawIncentives(partnerId: number, from: string, to: string) {
  const rows = await sql<{ period: string; stage: IncentiveStage; n: number; total: number }>(
    server,
    'select period, stage, count(*) as n, sum(amount) as total from incentive_record where partner_id = ? group by period, stage',
    [partnerId],
  );
  const periods: string[] = [];
  for (
    let d = monthStart(from);
    d <= monthStart(to);
    d = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 1))
  )
    periods.push(d.toISOString().slice(0, 7).replace('-', ''));
  return periods.map((period) => {
    const fen = { notApplied: [0, 0], inProgress: [0, 0], rejected: [0, 0], paid: [0, 0], total: [0, 0] };
    for (const r of rows.filter((x) => String(x.period) === period))
      for (const group of [STAGE_GROUPS[r.stage], 'total'] as const) {
        fen[group][0] += Number(r.n);
        fen[group][1] += Number(r.total);
      }
    const tally = ([count, amount]: number[]) => ({ count, amount: { amount: yuan(amount) } });
    return {
      period,
      notApplied: tally(fen.notApplied),
      inProgress: tally(fen.inProgress),
      rejected: tally(fen.rejected),
      paid: tally(fen.paid),
      total: tally(fen.total),
    };
  });
}

async function dashboardOf(token: string, range: { from: string; to: string }, accountManagerId?: string) {
  const res = await server.execute(DashboardFactsDocument, { ...range, accountManagerId }, token);
  expect(res.errors).toBeUndefined();
  return { dashboard: res.data!.viewer.partner.dashboard!, statements: res.sqlStatements };
}

/** The roll-ups equal their raw rows, and the API answers what the raw queries answer, for DIST and a reseller. */
async function expectRollupsExact(step: string) {
  expect(await dashboardRollupDifferences(server.em()), step).toEqual([]);
  for (const range of RANGES) {
    const { dashboard } = await dashboardOf(members['dist-admin'], range);
    expect(dashboard.couponUsage, `${step} ${range.from}`).toEqual(
      await rawCouponUsage(DIST, range.from, range.to, null),
    );
    expect(dashboard.incentivesByPeriod, `${step} ${range.from}`).toEqual(
      await rawIncentives(DIST, range.from, range.to),
    );
  }
  const range = RANGES[2];
  const am = demoMember('dist-am').id;
  const scoped = await dashboardOf(members['dist-admin'], range, gid('Member', am));
  expect(scoped.dashboard.couponUsage, step).toEqual(await rawCouponUsage(DIST, range.from, range.to, [am]));
  const reseller = await dashboardOf(members['reseller-admin'], range);
  expect(reseller.dashboard.couponUsage, step).toEqual(await rawCouponUsage(RESELLER1, range.from, range.to, null));
}

const runJob = (name: string, now: Date): Promise<number> => runMaintenanceJob(server, name, now, 3);

describe('coupon_month and incentive_month (运营看板 roll-ups of facts)', () => {
  it('are filled by the seeder, equal their raw rows, and the dashboard answers as the raw queries did', async () => {
    for (const table of ['coupon_month', 'coupon_kind_month', 'incentive_month']) {
      const [row] = await sql<{ n: number }>(server, `select count(*) as n from ${table}`);
      expect(Number(row.n), table).toBeGreaterThan(0);
    }
    // The demo distributor's seed holds every stage, so every group of the dashboard has records.
    const stages = await sql<{ stage: string }>(
      server,
      'select distinct stage from incentive_month where partner_id = ? and records > 0',
      [DIST],
    );
    expect(stages.map((s) => s.stage).sort()).toEqual(Object.values(IncentiveStage).sort());
    const { dashboard } = await dashboardOf(members['dist-admin'], RANGES[2]);
    for (const group of ['notApplied', 'inProgress', 'rejected', 'paid'] as const)
      expect(
        dashboard.incentivesByPeriod!.some((p) => p[group].count > 0),
        group,
      ).toBe(true);
    expect(dashboard.couponUsage!.length).toBeGreaterThan(0);
    await expectRollupsExact('seeded');
  });

  it('reads a fixed number of statements whatever the range', async () => {
    const counts = [];
    for (const range of RANGES) counts.push((await dashboardOf(members['dist-admin'], range)).statements);
    console.log(`couponUsage + incentivesByPeriod: ${counts.join(', ')} SQL statements`);
    expect(new Set(counts).size).toBe(1);
    // viewer (3–4) + one statement per field.
    expect(counts[0]).toBeLessThanOrEqual(6);
  });

  it('follow issueCoupons, payOrder, reclaimCoupons, a switch of association type and the expiry job', async () => {
    const admin = members['dist-admin'];
    const customer = await customerNamed(server, 'yunfan-tech');
    const [quota] = await sql<{ id: number }>(
      server,
      `select id from coupon_quota where partner_id = ? and kind = 'VOUCHER' and status = 0 and designated_customer_ids = ? order by id limit 1`,
      [DIST, '[]'],
    );
    const issue = (faceValue: string) =>
      server.execute(
        ModelIssueCouponsDocument,
        {
          input: {
            quotaId: gid('CouponQuota', Number(quota.id)),
            customerIds: [gid('SubCustomer', customer.id)],
            faceValue,
          },
        },
        admin,
      );
    const issued = await issue('3.00');
    expect(issued.data!.issueCoupons.failed).toEqual([]);
    const again = await issue('2.00');
    expect(again.data!.issueCoupons.failed).toEqual([]);
    await expectRollupsExact('issued');

    // payOrder uses the first coupon up (USED); the order costs more than its balance.
    const couponId = issued.data!.issueCoupons.succeeded[0].coupon.id;
    const order = await placePendingOrder(server, customer.id, 300 + 1_000, 'CSFACT');
    const paid = await server.execute(
      OrderMutPayOrderDocument,
      { input: { orderId: gid('Order', order.id), couponIds: [couponId] } },
      admin,
    );
    expect(paid.data!.payOrder.userErrors).toEqual([]);
    expect(paid.data!.payOrder.coupons.map((c) => c.status)).toEqual(['USED']);
    await expectRollupsExact('paid');

    // A coupon spent only in part stays USABLE: the roll-up does not count it as used.
    const [partial] = await server
      .em()
      .find(
        Coupon,
        { customer: customer.id, status: CouponStatus.USABLE, kind: CouponKind.VOUCHER, balance: { $gt: 200 } },
        { orderBy: { id: 'asc' } },
      );
    const small = await placePendingOrder(server, customer.id, 100, 'CSFACT');
    const partly = await server.execute(
      OrderMutPayOrderDocument,
      { input: { orderId: gid('Order', small.id), couponIds: [gid('Coupon', partial.id)] } },
      admin,
    );
    expect(partly.data!.payOrder.coupons.map((c) => c.status)).toEqual(['USABLE']);
    await expectRollupsExact('paid in part');

    // reclaimCoupons: the second coupon (and a refused one already used: nothing changes for it).
    const reclaimed = await server.execute(
      ModelReclaimCouponsDocument,
      { input: { couponIds: [again.data!.issueCoupons.succeeded[0].coupon.id, couponId] } },
      admin,
    );
    expect(reclaimed.data!.reclaimCoupons.succeeded.map((s) => s.coupon.status)).toEqual(['RECLAIMED']);
    expect(reclaimed.data!.reclaimCoupons.failed.length).toBe(1);
    await expectRollupsExact('reclaimed');

    // A switch away from RESALE reclaims the customer's remaining coupons (SWITCH_RECLAIM).
    const switched = await server.execute(
      AssocSwitchAssociationTypeDocument,
      { input: { customerId: gid('SubCustomer', customer.id), toType: 'ADVISORY' } },
      admin,
    );
    expect(switched.errors).toBeUndefined();
    await expectRollupsExact('switched');

    // The expiry job, far in the future: every USABLE coupon of every partner expires.
    const usable = await sql<{ n: number }>(server, 'select count(*) as n from coupon where status = ?', [
      CouponStatus.USABLE,
    ]);
    expect(Number(usable[0].n)).toBeGreaterThan(0);
    expect(await runJob('expire-coupons', new Date('2099-01-01T00:00:00Z'))).toBe(Number(usable[0].n));
    await expectRollupsExact('expired');
    expect(await checkInvariants(server.orm)).toEqual([]);
  });

  it('follow every payout transition: applyIncentives, processIncentive, invoiceIncentive and auto-apply', async () => {
    const admin = operators['ops-admin'];
    const finance = operators['ops-finance'];
    const id = await incentiveInStage(server, DIST, 'PENDING_APPLICATION');
    const applied = await server.execute(IncentiveApplyDocument, { input: { ids: [id] } }, members['dist-admin']);
    expect(applied.data!.applyIncentives.succeeded.map((r) => r.stage)).toEqual(['APPLYING']);
    await expectRollupsExact('applied');
    for (const [token, action, reason] of [
      [admin, 'START_COSIGN'],
      [admin, 'REJECT_COSIGN', '金额待核实'],
      [admin, 'REOPEN'],
      [admin, 'START_COSIGN'],
      [admin, 'APPROVE_COSIGN'],
      [finance, 'FAIL_PAYMENT_ORDER', '银行账户缺失'],
      [finance, 'RETRY_PAYMENT_ORDER'],
      [finance, 'CREATE_PAYMENT_ORDER'],
      [admin, 'SIGN_INVOICE'],
    ] as const) {
      expect((await operatorStep(server, token, id, action, reason)).userErrors, action).toEqual([]);
      await expectRollupsExact(action);
    }
    const amount = (await partnerIncentives(server, members['dist-admin'])).find((r) => r.id === id)!.amount.amount;
    const invoiced = await server.execute(
      IncentiveInvoiceDocument,
      { input: { id, invoiceNumber: 'FP20261188', amount } },
      members['dist-admin'],
    );
    expect(invoiced.data!.invoiceIncentive.userErrors).toEqual([]);
    await expectRollupsExact('invoiced');
    expect((await operatorStep(server, admin, id, 'PAY')).userErrors).toEqual([]);
    await expectRollupsExact('paid');
    // A refused step (already paid) changes nothing.
    expect((await operatorStep(server, admin, id, 'PAY')).userErrors.map((e) => e.code)).toEqual([
      'INCENTIVE_STAGE_INVALID',
    ]);
    // Closing a rejected record, then the auto-apply job for the partner's other pending records.
    const other = await incentiveInStage(server, DIST, 'COSIGN_REJECTED');
    expect((await operatorStep(server, admin, other, 'CLOSE', '线下已结算')).userErrors).toEqual([]);
    await sql(server, 'update partner set incentive_auto_apply = ? where id = ?', [true, DIST]);
    expect(await runJob('auto-apply-incentives', new Date())).toBeGreaterThan(0);
    await expectRollupsExact('auto-applied');
    expect(await checkInvariants(server.orm)).toEqual([]);
  });

  it('the check names a drifted row, and the rebuild restores the raw rows', async () => {
    await sql(server, 'update coupon_month set used = used + 1 where partner_id = ?', [DIST]);
    await sql(server, 'delete from coupon_kind_month where partner_id = ?', [DIST]);
    await sql(server, 'delete from incentive_month where partner_id = ?', [DIST]);
    const drift = await dashboardRollupDifferences(server.em());
    expect(drift.some((d) => d.startsWith(`coupon_month ${DIST}:`) && d.includes(' used:'))).toBe(true);
    expect(drift.some((d) => d.startsWith(`coupon_kind_month ${DIST}:`) && d.includes(' issued:'))).toBe(true);
    expect(drift.some((d) => d.startsWith(`incentive_month ${DIST}:`) && d.includes(' records:'))).toBe(true);
    expect(await rebuildDashboardRollups(server.em(), { batchSize: 3 })).toBeGreaterThan(0);
    expect(await dashboardRollupDifferences(server.em(), 2)).toEqual([]);
    await expectRollupsExact('rebuilt');
  });

  it('refuses incentivesByPeriod without incentive:statistics and on a reseller’s dashboard', async () => {
    const am = await server.execute(DashboardFactsDocument, {}, members['dist-am']);
    const codes = (am.errors ?? []).map((e) => `${e.path?.join('.')} ${e.extensions?.code}`);
    expect(codes).toContain('viewer.partner.dashboard.incentivesByPeriod FORBIDDEN');
    expect(am.data?.viewer.partner.dashboard?.incentivesByPeriod ?? null).toBeNull();
  });
});
