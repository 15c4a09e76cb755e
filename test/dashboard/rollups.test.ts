import { describe, expect, it } from 'vitest';
import {
  AssocCreateCustomerDocument,
  AssocSwitchAssociationTypeDocument,
  DashboardDocument,
  OrgMutAssignAccountManagerDocument,
} from '../generated/graphql';
import { checkInvariants, demoMember } from '../../seeds';
import { dashboardRollupDifferences, rebuildDashboardRollups } from '../../src/maintenance/dashboard-rollups';
import { topCustomers } from '../../src/modules/dashboard/dashboard.top-customers';
import type { Context } from '../../src/context';
import { useTestServer } from '../support/server';
import { DIST } from '../support/demo';
import { billCycle } from '../support/time';
import { gid } from '../support/ids';
import { sql } from '../support/rows';

const server = useTestServer();

const TABLES = ['consumption_month', 'consumption_customer_month', 'customer_month'];

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
    const consumers = await sql<{ id: number; association_type: number }>(
      server,
      `select s.id, s.association_type from sub_customer s where s.partner_id = ? and s.unbound_at is null
        and exists (select 1 from consumption_record c where c.customer_id = s.id) order by s.id limit 3`,
      [DIST],
    );
    expect(consumers.length).toBe(3);
    const am2 = demoMember('dist-am2').id;
    const assigned = await server.execute(
      OrgMutAssignAccountManagerDocument,
      { input: { customerIds: consumers.map((c) => gid('SubCustomer', c.id)), accountManagerId: gid('Member', am2) } },
      admin,
    );
    expect(assigned.errors).toBeUndefined();
    expect(await dashboardRollupDifferences(server.em())).toEqual([]);
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
    const drift = await dashboardRollupDifferences(server.em());
    expect(drift.some((d) => d.startsWith(`consumption_month ${DIST}:`) && d.includes('payment_amount'))).toBe(true);
    expect(drift.some((d) => d.startsWith(`customer_month ${DIST}:`))).toBe(true);
    const written = await rebuildDashboardRollups(server.em(), { batchSize: 3 });
    expect(written).toBeGreaterThan(0);
    expect(await dashboardRollupDifferences(server.em(), 2)).toEqual([]);
    expect(await rebuildDashboardRollups(server.em())).toBe(written);
  });
});
