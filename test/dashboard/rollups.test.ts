import { describe, expect, it } from 'vitest';
import {
  AssocCreateCustomerDocument,
  AssocSwitchAssociationTypeDocument,
  DashboardDocument,
  OrgMutAssignAccountManagerDocument,
} from '../generated/graphql';
import { checkInvariants, demoMember } from '../../seeds';
import {
  dashboardRollupDifferences,
  rebuildDashboardRollups,
  vacuumRollups,
} from '../../src/maintenance/dashboard-rollups';
import { testDatabaseKind } from '../support/database';
import { topCustomers } from '../../src/modules/dashboard/dashboard.top-customers';
import { newRevisions } from '../../src/modules/performance/dashboard-revision';
import type { Context } from '../../src/context';
import { useTestServer } from '../support/server';
import { DIST } from '../support/demo';
import { billCycle } from '../support/time';
import { gid, pk } from '../support/ids';
import { sql } from '../support/rows';
import { yuan } from '../support/money';

const server = useTestServer();

const TABLES = ['consumption_month', 'consumption_customer_month', 'consumption_manager_month', 'customer_month'];

/** DIST's dashboard revision (undefined without one). */
async function revisionOf(partnerId = DIST): Promise<string | undefined> {
  const [row] = await sql<{ revision: string }>(
    server,
    'select revision from dashboard_revision where partner_id = ?',
    [partnerId],
  );
  return row?.revision;
}

/** The raw top customers (today's definition), for a range and optionally a manager scope. */
async function rawTop(from: string, to: string, limit: number, managers: number[] | null) {
  const scope = managers ? `and s.account_manager_id in (${managers.join(', ')})` : '';
  const rows = await sql<{ customer_id: number; payment: number }>(
    server,
    `select c.customer_id, sum(c.payment_amount) as payment from consumption_record c join sub_customer s on s.id = c.customer_id
      where c.partner_id = ? and c.bill_cycle between ? and ? ${scope}
      group by c.customer_id order by sum(c.payment_amount) desc, c.customer_id limit ?`,
    [DIST, from, to, limit],
  );
  return rows.map((r) => ({ customerId: Number(r.customer_id), payment: Number(r.payment) }));
}

/**
 * consumptionByAccountManager as the raw rows answer it (the field's query before its roll-up: per
 * manager at the time of consumption, distinct customers over the range, scoped by the customers'
 * current managers), in the API's shape; ties by manager id (0 = none), as the field orders them.
 */
async function rawByManager(from: string, to: string, managers: number[] | null) {
  const scope = managers
    ? `and c.customer_id in (select id from sub_customer where account_manager_id in (${managers.join(', ')}))`
    : '';
  const rows = await sql<{ login_name: string | null; payment: number; customers: number }>(
    server,
    `select m.login_name, sum(c.payment_amount) as payment, count(distinct c.customer_id) as customers
      from consumption_record c left join member m on m.id = c.account_manager_id
      where c.partner_id = ? and c.bill_cycle between ? and ? ${scope}
      group by c.account_manager_id, m.login_name order by sum(c.payment_amount) desc, coalesce(c.account_manager_id, 0)`,
    [DIST, from, to],
  );
  return rows.map((r) => ({
    accountManager: r.login_name == null ? null : { loginName: r.login_name },
    paymentAmount: { amount: yuan(Number(r.payment)) },
    customers: Number(r.customers),
  }));
}

/** Dashboard.consumptionByAccountManager through the API. */
async function apiByManager(session: string, from: string, to: string, manager: number | null) {
  const res = await server.execute(
    DashboardDocument,
    { from, to, accountManagerId: manager == null ? null : gid('Member', manager) },
    session,
  );
  // An account manager may not read every field of the document (couponUsage): only this one counts.
  expect(res.errors?.filter((e) => e.path?.includes('consumptionByAccountManager')) ?? []).toEqual([]);
  const rows = res.data!.viewer.partner.dashboard!.consumptionByAccountManager;
  expect(rows).toBeInstanceOf(Array);
  return rows;
}

describe('dashboard roll-ups (运营看板)', () => {
  it('are filled by the seeder and equal their raw queries', async () => {
    for (const table of TABLES) {
      const [row] = await sql<{ n: number }>(server, `select count(*) as n from ${table}`);
      expect(Number(row.n), table).toBeGreaterThan(0);
    }
    expect(await dashboardRollupDifferences(server.em())).toEqual([]);
  });

  it('topCustomers (threshold algorithm) equals the raw top N for every limit, range and scope', async () => {
    const em = server.em();
    const am = demoMember('dist-am').id;
    for (const [months, managers] of [
      [1, null],
      [6, null],
      [12, null],
      [18, null],
      [6, [am]],
    ] as const) {
      const from = billCycle(months - 1);
      const to = billCycle(0);
      for (const limit of [1, 3, 10, 50]) {
        const ctx = { em } as unknown as Context; // the function reads only ctx.em
        const scope = { partnerId: DIST, from, to, accountManagerIds: managers ? [...managers] : null };
        const expected = await rawTop(from, to, limit, managers ? [...managers] : null);
        expect(await topCustomers(ctx, scope, limit), `${months} months, limit ${limit}`).toEqual(expected);
        // From B = 1 and 2: the rounds that double B until the bound holds give the same answer.
        for (const start of [1, 2])
          expect(await topCustomers(ctx, scope, limit, start), `${months} months, limit ${limit}, B ${start}`).toEqual(
            expected,
          );
      }
    }
  });

  it("topCustomers is kept until the partner's dashboard revision changes", async () => {
    const admin = await server.signIn('dist-admin');
    const [from, to] = [billCycle(5), billCycle(0)];
    const top = async () => {
      const res = await server.execute(DashboardDocument, { from, to }, admin);
      expect(res.errors).toBeUndefined();
      const rows = res.data!.viewer.partner.dashboard!.topCustomers;
      return { rows: rows.map((r) => [r.customer.id, r.paymentAmount.amount]), statements: res.sqlStatements };
    };
    // The seeder's rebuild gave every partner a revision.
    expect(await revisionOf()).toMatch(/^[0-9a-f-]{36}$/);
    const bump = async () => {
      const revision = newRevisions([DIST])!;
      await sql(server, revision.sql, revision.params);
    };
    await bump();
    const computed = await top();
    const kept = await top();
    expect(kept.rows).toEqual(computed.rows);
    expect(computed.rows.length).toBe(5);
    // Kept: the revision is read instead of the computation (one round on the demo seed).
    expect(computed.statements - kept.statements).toBe(1);
    // A write that does not change the revision is not seen (every writer of the roll-up changes it)...
    const [first] = computed.rows;
    const firstId = pk(String(first[0]));
    const ids = await sql<{ id: number }>(server, 'select id from sub_customer where partner_id = ?', [DIST]);
    expect(ids.some((r) => Number(r.id) === firstId)).toBe(true);
    await sql(
      server,
      'update consumption_customer_month set payment_amount = 0 where partner_id = ? and customer_id = ?',
      [DIST, firstId],
    );
    expect((await top()).rows).toEqual(computed.rows);
    // ...and one that does is seen by the next read.
    await bump();
    const after = await top();
    expect(after.rows).not.toContainEqual(first);
    const ctx = { em: server.em() } as unknown as Context; // the function reads only ctx.em
    const exact = await topCustomers(ctx, { partnerId: DIST, from, to, accountManagerIds: null }, 5);
    expect(after.rows.map((r) => pk(String(r[0])))).toEqual(exact.map((r) => r.customerId));
    // The rebuild restores the raw rows and changes the revision: the first answer again.
    await rebuildDashboardRollups(server.em());
    expect((await top()).rows).toEqual(computed.rows);
    // Without a revision nothing is kept: computed on every read.
    await sql(server, 'delete from dashboard_revision where partner_id = ?', [DIST]);
    const [a, b] = [await top(), await top()];
    expect(b.statements).toBe(a.statements);
    expect(b.rows).toEqual(computed.rows);
    await rebuildDashboardRollups(server.em());
  });

  it('consumptionByAccountManager (consumption_manager_month) equals the raw rows for every range and scope', async () => {
    const admin = await server.signIn('dist-admin');
    const am = await server.signIn('dist-am');
    const ams = [demoMember('dist-am').id, demoMember('dist-am2').id];
    let rows = 0;
    for (const [from, to] of [
      [billCycle(0), billCycle(0)],
      [billCycle(5), billCycle(0)],
      [billCycle(17), billCycle(0)],
      [billCycle(17), billCycle(12)],
    ]) {
      for (const manager of [null, ...ams]) {
        const expected = await rawByManager(from, to, manager == null ? null : [manager]);
        expect(await apiByManager(admin, from, to, manager), `${from}..${to} manager ${manager}`).toEqual(expected);
        rows += expected.length;
      }
      // An account manager signed in: its own customers, as the raw filter by their current manager.
      expect(await apiByManager(am, from, to, null), `${from}..${to} as dist-am`).toEqual(
        await rawByManager(from, to, [ams[0]]),
      );
    }
    // Not vacuous: the seed has consumption under managers and under none over the last 18 months.
    const all = await rawByManager(billCycle(17), billCycle(0), null);
    expect(all.some((r) => r.accountManager == null)).toBe(true);
    expect(all.filter((r) => r.accountManager != null).length).toBeGreaterThan(1);
    expect(rows).toBeGreaterThan(all.length);
    // A row left at zero (as a move can leave one) is no consumption: no entry for its manager.
    const [customer] = await sql<{ id: number }>(server, 'select id from sub_customer where partner_id = ? limit 1', [
      DIST,
    ]);
    await sql(
      server,
      `insert into consumption_manager_month (partner_id, month, consumption_manager_id, customer_id, manager_id, payment_amount, records)
        values (?, ?, ?, ?, 0, 0, 0)`,
      [DIST, Number(billCycle(0).replace('-', '')), demoMember('dist-admin').id, customer.id],
    );
    expect(await apiByManager(admin, billCycle(0), billCycle(0), null)).toEqual(
      await rawByManager(billCycle(0), billCycle(0), null),
    );
    await sql(server, 'delete from consumption_manager_month where records = 0 and customer_id = ?', [customer.id]);
  });

  it('follow createCustomer, assignAccountManager and switchAssociationType in their transactions', async () => {
    const admin = await server.signIn('dist-admin');
    const before = await server.execute(DashboardDocument, {}, admin);
    expect(before.errors).toBeUndefined();
    const created = await server.execute(
      AssocCreateCustomerDocument,
      {
        input: {
          accountName: 'dash-rollup-new',
          email: 'dash-rollup-new@example.cn',
          name: '看板测试客户',
          associationType: 'RESALE',
          xaccountId: 'CRM-DASH-1',
          xaccountType: 'dash_crm',
          idempotencyKey: 'dash-rollup-create-1',
        },
      },
      admin,
    );
    expect(created.errors).toBeUndefined();
    expect(created.data?.createCustomer.userErrors).toEqual([]);
    expect(await dashboardRollupDifferences(server.em())).toEqual([]);
    const after = await server.execute(DashboardDocument, {}, admin);
    const count = (d: typeof before) =>
      d.data!.viewer.partner.dashboard!.newCustomersByMonth.reduce((s, m) => s + m.count, 0);
    expect(count(after)).toBe(count(before) + 1);

    // Customers with consumption of DIST, some RESALE: their history moves with their manager and type.
    const am2 = demoMember('dist-am2').id;
    const consumers = await sql<{ id: number; association_type: number }>(
      server,
      `select s.id, s.association_type from sub_customer s where s.partner_id = ? and s.unbound_at is null
        and (s.account_manager_id is null or s.account_manager_id <> ?)
        and exists (select 1 from consumption_record c where c.customer_id = s.id) order by s.id limit 3`,
      [DIST, am2],
    );
    expect(consumers.length).toBe(3);
    // consumptionByAccountManager: the scope follows the customers' current manager, the split stays
    // with the manager at the time of consumption.
    const [from, to] = [billCycle(17), billCycle(0)];
    const am2Before = await apiByManager(admin, from, to, am2);
    const revisionBefore = await revisionOf();
    const assigned = await server.execute(
      OrgMutAssignAccountManagerDocument,
      { input: { customerIds: consumers.map((c) => gid('SubCustomer', c.id)), accountManagerId: gid('Member', am2) } },
      admin,
    );
    expect(assigned.errors).toBeUndefined();
    expect(await dashboardRollupDifferences(server.em())).toEqual([]);
    // In the move's transaction: what servers kept from the old rows (topCustomers) is stale.
    expect(await revisionOf()).not.toBe(revisionBefore);
    const am2After = await apiByManager(admin, from, to, am2);
    expect(am2After).toEqual(await rawByManager(from, to, [am2]));
    expect(am2After).not.toEqual(am2Before);
    expect(await apiByManager(admin, from, to, null)).toEqual(await rawByManager(from, to, null));
    const resale = consumers.find((c) => Number(c.association_type) === 2);
    if (resale) {
      const switched = await server.execute(
        AssocSwitchAssociationTypeDocument,
        { input: { customerId: gid('SubCustomer', resale.id), toType: 'ADVISORY' } },
        admin,
      );
      expect(switched.errors).toBeUndefined();
      expect(await dashboardRollupDifferences(server.em())).toEqual([]);
    }
    expect(await checkInvariants(server.orm)).toEqual([]);
  });

  it('the check names a drifted row, and the rebuild restores the raw rows', async () => {
    await sql(server, 'update consumption_month set payment_amount = payment_amount + 7 where partner_id = ?', [DIST]);
    await sql(server, 'delete from customer_month where partner_id = ?', [DIST]);
    await sql(server, 'update consumption_manager_month set records = records + 1 where partner_id = ?', [DIST]);
    const drift = await dashboardRollupDifferences(server.em());
    expect(drift.some((d) => d.startsWith(`consumption_month ${DIST}:`) && d.includes('payment_amount'))).toBe(true);
    expect(drift.some((d) => d.startsWith(`customer_month ${DIST}:`))).toBe(true);
    expect(drift.some((d) => d.startsWith(`consumption_manager_month ${DIST}:`) && d.includes('records'))).toBe(true);
    const revisionBefore = await revisionOf();
    const written = await rebuildDashboardRollups(server.em(), { batchSize: 3 });
    expect(await revisionOf()).not.toBe(revisionBefore);
    expect(written).toBeGreaterThan(0);
    expect(await dashboardRollupDifferences(server.em(), 2)).toEqual([]);
    expect(await rebuildDashboardRollups(server.em())).toBe(written);
  });

  it('after a rebuild, PostgreSQL vacuums and analyzes every roll-up table (index-only scans stay index-only)', async () => {
    const vacuumed = await vacuumRollups(server.em());
    if (testDatabaseKind() === 'sqlite') {
      expect(vacuumed).toEqual([]);
      return;
    }
    expect(vacuumed).toEqual(
      expect.arrayContaining([...TABLES, 'coupon_month', 'incentive_month', 'partner_performance_month']),
    );
    const stats = await sql<{ relname: string; vacuumed: boolean; analyzed: boolean }>(
      server,
      `select relname, last_vacuum is not null as vacuumed, last_analyze is not null as analyzed
        from pg_stat_user_tables where relname in (${vacuumed.map(() => '?').join(', ')})`,
      vacuumed,
    );
    expect(stats).toHaveLength(vacuumed.length);
    for (const row of stats) expect(row, row.relname).toMatchObject({ vacuumed: true, analyzed: true });
  });
});
