/**
 * Dashboard.balanceAlerts and Dashboard.expiringPendingOrders independent of the data size: each is
 * a LIMITed range scan of its index (migration DashboardAlertIndexes), shown by the database's own
 * plan, and answers what the single-scan queries answered before (same rows, same order).
 */
import { describe, expect, it } from 'vitest';
import type { Knex } from '@mikro-orm/knex';
import { demoMember } from '../../seeds';
import { AssociationType } from '../../src/modules/customer/customer.enums';
import { balanceAlertsQuery, expiringPendingOrdersQuery } from '../../src/modules/dashboard/dashboard.service';
import type { DashboardScope } from '../../src/modules/dashboard/dashboard.types';
import { useTestServer } from '../support/server';
import { DIST } from '../support/demo';
import { billCycle } from '../support/time';
import { testDatabaseKind } from '../support/database';

const server = useTestServer();
const postgres = testDatabaseKind() === 'postgresql';

const scope = (accountManagerIds: number[] | null): DashboardScope => ({
  partnerId: DIST,
  from: billCycle(5),
  to: billCycle(0),
  accountManagerIds,
});

/** balanceAlerts as one scan, before the indexes: the definition the merged branches must equal. */
function previousBalanceAlerts(knex: Knex, s: DashboardScope, threshold: number | null, limit: number) {
  const q = knex
    .from('sub_customer')
    .select('id', 'balance', 'debt_amount')
    .where('partner_id', s.partnerId)
    .where('association_type', AssociationType.RESALE)
    .where((w) => {
      w.where('debt_amount', '>', 0);
      if (threshold != null) w.orWhere('balance', '<', threshold);
    })
    .orderBy([
      { column: 'debt_amount', order: 'desc' },
      { column: 'balance', order: 'asc' },
      { column: 'id', order: 'asc' },
    ])
    .limit(limit);
  if (s.accountManagerIds) q.whereIn('account_manager_id', s.accountManagerIds);
  return q;
}

const ids = async (q: Knex.QueryBuilder) =>
  (await server.em().getConnection().execute<Record<string, unknown>[]>(q)).map((r) => Number(r.id));

/** The database's plan of a query, as text (PostgreSQL: with sequential scans and sorts priced out). */
async function planOf(q: Knex.QueryBuilder): Promise<string> {
  const { sql, bindings } = q.toSQL();
  return server
    .em()
    .fork()
    .transactional(async (tx) => {
      const connection = tx.getConnection();
      const context = tx.getTransactionContext();
      if (postgres) {
        // A seeded test database is small enough for a sequential scan to win; the question is whether
        // the index gives the rows in order, so that a LIMIT stops the scan.
        await connection.execute('set local enable_seqscan = off', [], 'run', context);
        await connection.execute('set local enable_bitmapscan = off', [], 'run', context);
        await connection.execute('set local enable_sort = off', [], 'run', context);
      }
      const rows = await connection.execute<Record<string, unknown>[]>(
        `explain ${postgres ? '' : 'query plan '}${sql}`,
        [...bindings],
        'all',
        context,
      );
      // SQLite: `id parent detail`, so a step's parent (e.g. the co-routine of a branch) can be checked.
      return rows.map((r) => (postgres ? String(r['QUERY PLAN']) : `${r.id} ${r.parent} ${r.detail}`)).join('\n');
    });
}

describe('dashboard alerts by index', () => {
  it('balanceAlerts answers what the single scan did, for every threshold, limit and scope', async () => {
    const knex = server.em().getKnex();
    const am = demoMember('dist-am').id;
    let nonEmpty = 0;
    for (const managers of [null, [am]])
      for (const threshold of [null, 0, 1, 50_000, 10_000_000, 1_000_000_000])
        for (const limit of [1, 3, 20, 50]) {
          const expected = await ids(previousBalanceAlerts(knex, scope(managers), threshold, limit));
          if (expected.length) nonEmpty++;
          expect(
            await ids(balanceAlertsQuery(knex, scope(managers), threshold, limit)),
            `${threshold} ${limit}`,
          ).toEqual(expected);
        }
    expect(nonEmpty).toBeGreaterThan(0);
  });

  it('balanceAlerts and expiringPendingOrders are LIMITed range scans of their indexes', async () => {
    const knex = server.em().getKnex();
    const alerts = await planOf(balanceAlertsQuery(knex, scope(null), 1_000_000, 20));
    const pending = await planOf(expiringPendingOrdersQuery(knex, scope(null), 30, 20, new Date()));
    console.log(`balanceAlerts:\n${alerts}\n\nexpiringPendingOrders:\n${pending}`);
    if (postgres) {
      // Each branch reads the index in its order, directly under its Limit (no Sort between them), so
      // the Limit stops the scan; a sort may remain above, over the branches' ≤ limit rows each.
      const lines = alerts.split('\n');
      const scans = lines.flatMap((line, i) =>
        /Index (Only )?Scan (Backward )?using sub_customer_balance_alert_index/.test(line) ? [lines[i - 1]] : [],
      );
      expect(scans.length).toBe(2);
      for (const above of scans) expect(above).toMatch(/->\s+Limit/);
      expect(pending).toMatch(/Limit[\s\S]*Index (Only )?Scan using customer_order_pending_deadline_index/);
      expect(pending).not.toMatch(/Sort|Seq Scan/);
      expect(alerts).not.toMatch(/Seq Scan/);
    } else {
      // Both branches search the index (a range, not a scan of the table) in its order: no sort inside
      // a branch's co-routine, so its LIMIT stops the search. The sorts left are those of the merge of
      // the branches' outputs (≤ limit rows each).
      expect(
        alerts.match(/SEARCH sub_customer USING (COVERING )?INDEX sub_customer_balance_alert_index/g)?.length,
      ).toBe(2);
      const steps = alerts.split('\n').map((line) => line.split(' '));
      const coroutines = new Set(steps.filter((s) => s[2] === 'CO-ROUTINE').map((s) => s[0]));
      expect(coroutines.size).toBe(2);
      const sorts = steps.filter((s) => s.slice(2).join(' ').startsWith('USE TEMP B-TREE'));
      expect(sorts.filter((s) => coroutines.has(s[1]))).toEqual([]);
      expect(pending).toMatch(/SEARCH o USING (COVERING )?INDEX customer_order_pending_deadline_index/);
      expect(pending).not.toMatch(/TEMP B-TREE/);
    }
  });
});
