/**
 * 运营看板 roll-ups from the raw rows: the rebuild (`npm run db:rollups`, the seeder) and the check
 * that each table equals the raw query it is defined by (modules/performance/consumption-rollup.ts,
 * modules/coupon/coupon-rollup.ts, modules/incentive/incentive-rollup.ts).
 */
import { COUPON_KIND_MONTH, COUPON_MONTH } from '../modules/coupon/coupon-rollup';
import { INCENTIVE_MONTH } from '../modules/incentive/incentive-rollup';
import {
  columnsOf,
  ROLLUP_TABLES as CUSTOMER_TABLES,
  type RollupTable,
} from '../modules/performance/consumption-rollup';
import { newRevisionsBetween } from '../modules/performance/dashboard-revision';
import { type Em, isSqlite, partnerRanges, type RebuildOptions, type Row, rows } from './performance-rollups';

/**
 * Every dashboard roll-up: those that follow a customer's current values (moveCustomers) and those
 * written with each fact (coupon use, incentive stages).
 */
export const ROLLUP_TABLES: readonly RollupTable[] = [
  ...CUSTOMER_TABLES,
  COUPON_MONTH,
  COUPON_KIND_MONTH,
  INCENTIVE_MONTH,
];

/** The raw rows of `t` for partners in [low, high]. */
const rawOf = (em: Em, t: RollupTable) => t.raw(isSqlite(em), `${t.partnerColumn} between ? and ?`);

/**
 * Recomputes every dashboard roll-up from the raw rows: per batch of partners, one transaction
 * deletes their rows and inserts the raw groups. Idempotent; answers the rows written.
 */
export async function rebuildDashboardRollups(em: Em, options: RebuildOptions = {}): Promise<number> {
  const ranges = await partnerRanges(em, options.batchSize ?? 200);
  let written = 0;
  for (const [i, [low, high]] of ranges.entries()) {
    written += await em.fork().transactional(async (tx) => {
      let n = 0;
      for (const t of ROLLUP_TABLES) {
        const columns = columnsOf(t).join(', ');
        await rows(tx, `delete from ${t.table} where partner_id between ? and ? returning partner_id`, [low, high]);
        const inserted = await rows(
          tx,
          `insert into ${t.table} (${columns}) select ${columns} from (${rawOf(tx, t)}) raw returning partner_id`,
          [low, high],
        );
        n += inserted.length;
      }
      // In the same transaction: what servers computed from the old rows is stale from its commit.
      const revisions = newRevisionsBetween(low, high);
      await rows(tx, revisions.sql, revisions.params);
      return n;
    });
    options.onBatch?.(i + 1, ranges.length);
  }
  return written;
}

/**
 * PostgreSQL, after a rebuild: VACUUM (ANALYZE) each roll-up table (and partner_performance_month).
 * A rebuilt table's pages are not yet marked all-visible, so its index-only scans fetch every row
 * from the heap until autovacuum comes: topCustomers took 12.6 ms on the large seed right after
 * `npm run db:rollups` (6,186 heap fetches) and 5.7 ms after this (none). Outside any transaction, as
 * VACUUM must be; nothing to do on SQLite. Answers the tables vacuumed.
 */
export async function vacuumRollups(em: Em): Promise<string[]> {
  if (isSqlite(em)) return [];
  const tables = [...ROLLUP_TABLES.map((t) => t.table), 'partner_performance_month'];
  for (const table of tables) await em.getConnection().execute(`vacuum (analyze) ${table}`, [], 'run');
  return tables;
}

/** Key and attributes of a row: a stale attribute (a customer's old manager) is a difference. */
const keyOf = (t: RollupTable, r: Row) => [...t.keys, ...t.attributes].map((k) => String(r[k])).join(':');

/**
 * The check: every row and measure where a roll-up differs from its raw query, as
 * `consumption_month 12:202611:0:2:ECS payment_amount: rollup 100 raw 120` (empty when equal). A
 * row of zeros counts as no row.
 */
export async function dashboardRollupDifferences(em: Em, batchSize = 200): Promise<string[]> {
  const differences: string[] = [];
  for (const [low, high] of await partnerRanges(em, batchSize)) {
    for (const t of ROLLUP_TABLES) {
      const raw = new Map((await rows(em, rawOf(em, t), [low, high])).map((r) => [keyOf(t, r), r]));
      const stored = new Map(
        (await rows(em, `select * from ${t.table} where partner_id between ? and ?`, [low, high])).map((r) => [
          keyOf(t, r),
          r,
        ]),
      );
      for (const key of new Set([...raw.keys(), ...stored.keys()])) {
        for (const m of t.measures) {
          const a = Number(stored.get(key)?.[m] ?? 0);
          const b = Number(raw.get(key)?.[m] ?? 0);
          if (a !== b) differences.push(`${t.table} ${key} ${m}: rollup ${a} raw ${b}`);
        }
      }
    }
  }
  return differences;
}
