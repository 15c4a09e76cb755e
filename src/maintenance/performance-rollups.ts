/**
 * 业绩 roll-ups from the raw rows: the rebuild (`npm run db:rollups`, the seeder) and the check that
 * `partner_performance_month` equals the raw sums. The raw sum of each measure is defined once here,
 * next to its writer in modules/performance/rollup.ts (the table there lists both). Here rather than
 * in the performance module because these sums name the order and coupon enums, whose modules call
 * the roll-up writer.
 */
import type { EntityManager } from '@mikro-orm/core';
import { SqlitePlatform } from '@mikro-orm/sqlite';
import { CouponOperationType, OperationResult } from '../modules/coupon/coupon.enums';
import { OrderStatus, OrderType } from '../modules/order/order.enums';
import { MEASURE_COLUMNS, MEASURES, type Measure } from '../modules/performance/rollup';

/** Any entity manager (the seeder's is the core type): raw statements in its transaction, if any. */
export type Em = EntityManager;
export type Row = Record<string, unknown>;
export const rows = (em: Em, sql: string, params: readonly unknown[]): Promise<Row[]> =>
  em.getConnection().execute<Row[]>(sql, [...params], 'all', em.getTransactionContext());
export const isSqlite = (em: Em) => em.getPlatform() instanceof SqlitePlatform;

/** The UTC month (YYYYMM) of a datetime column, on each database. */
function monthOf(tx: Em, column: string): string {
  return isSqlite(tx)
    ? `cast(strftime('%Y%m', ${column} / 1000, 'unixepoch') as integer)`
    : `cast(to_char(${column} at time zone 'UTC', 'YYYYMM') as integer)`;
}

interface RawSource {
  measures: Partial<Record<Measure, string>>;
  from: string;
  month: (tx: Em) => string;
  where: string;
  params: readonly unknown[];
}

/** Each fact table's contribution: which measures it sums, over which rows, in which month. */
const SOURCES: readonly RawSource[] = [
  {
    measures: { paidAmount: 'sum(amount_after_discount)', paidOrders: 'count(*)' },
    from: 'customer_order',
    month: (tx) => monthOf(tx, 'payment_time'),
    where: 'payment_time is not null and order_type <> ?',
    params: [OrderType.UNSUBSCRIBE],
  },
  {
    measures: { refundAmount: 'sum(official_amount)' },
    from: 'customer_order',
    month: (tx) => monthOf(tx, 'create_time'),
    where: 'order_type = ? and status = ?',
    params: [OrderType.UNSUBSCRIBE, OrderStatus.COMPLETED],
  },
  {
    measures: { couponAmount: 'sum(amount)' },
    from: 'coupon_record',
    month: (tx) => monthOf(tx, 'time'),
    where: 'operation_type = ? and result = ?',
    params: [CouponOperationType.USE, OperationResult.SUCCESS],
  },
  {
    measures: { consumptionAmount: 'sum(payment_amount)' },
    from: 'consumption_record',
    month: () => "cast(replace(bill_cycle, '-', '') as integer)",
    where: '1 = 1',
    params: [],
  },
  {
    measures: { newCustomers: 'count(*)' },
    from: 'sub_customer',
    month: (tx) => monthOf(tx, 'associated_on'),
    where: '1 = 1',
    params: [],
  },
  {
    measures: { offerAmount: 'sum(amount)', offerOrders: 'count(*)' },
    from: 'cloud_store_order',
    month: (tx) => monthOf(tx, 'paid_at'),
    where: 'exclusive_offer_link_id is not null and paid_at is not null',
    params: [],
  },
];

/** One statement: the raw sums of every measure per partner and month, for partners in [low, high]. */
function rawSums(tx: Em, low: number, high: number): { sql: string; params: unknown[] } {
  const params: unknown[] = [];
  const parts = SOURCES.map((s) => {
    params.push(...s.params, low, high);
    const columns = MEASURES.map((m) => `${s.measures[m] ?? '0'} as ${MEASURE_COLUMNS[m]}`);
    return `select partner_id, ${s.month(tx)} as month, ${columns.join(', ')} from ${s.from}
      where ${s.where} and partner_id between ? and ? group by partner_id, ${s.month(tx)}`;
  });
  const sums = MEASURES.map((m) => `sum(${MEASURE_COLUMNS[m]}) as ${MEASURE_COLUMNS[m]}`);
  const sql = `select partner_id, month, ${sums.join(', ')} from (${parts.join(' union all ')}) raw group by partner_id, month`;
  return { sql, params };
}

/** Partner ids in ascending batches of `size` consecutive ids (first to last existing partner); the dashboard rebuild batches alike. */
export async function partnerRanges(em: Em, size: number): Promise<[number, number][]> {
  const [range] = await rows(em, 'select min(id) as low, max(id) as high from partner', []);
  const ranges: [number, number][] = [];
  if (range?.low == null) return ranges;
  for (let low = Number(range.low); low <= Number(range.high); low += size) ranges.push([low, low + size - 1]);
  return ranges;
}

export interface RebuildOptions {
  /** Partners per transaction (default 200). */
  batchSize?: number;
  onBatch?: (done: number, total: number) => void;
}

/**
 * Recomputes `partner_performance_month` from the raw rows: per batch of partners, one transaction
 * deletes their rows and inserts the raw sums. Idempotent; answers the rows written.
 */
export async function rebuildPerformanceRollups(em: Em, options: RebuildOptions = {}): Promise<number> {
  const ranges = await partnerRanges(em, options.batchSize ?? 200);
  const columns = MEASURES.map((m) => MEASURE_COLUMNS[m]).join(', ');
  let written = 0;
  for (const [i, [low, high]] of ranges.entries()) {
    written += await em.fork().transactional(async (tx) => {
      await rows(tx, 'delete from partner_performance_month where partner_id between ? and ? returning partner_id', [
        low,
        high,
      ]);
      const { sql, params } = rawSums(tx, low, high);
      const inserted = await rows(
        tx,
        `insert into partner_performance_month (partner_id, month, ${columns}) select partner_id, month, ${columns} from (${sql}) sums returning partner_id`,
        params,
      );
      return inserted.length;
    });
    options.onBatch?.(i + 1, ranges.length);
  }
  return written;
}

const keyOf = (r: Record<string, unknown>) => `${Number(r.partner_id)}:${Number(r.month)}`;

/**
 * The check: every (partner, month, measure) where the roll-up differs from the raw sum, as
 * `partner 12 month 202611 paid_amount: rollup 100 raw 120` (empty when they are equal). A row of
 * zeros counts as no row.
 */
export async function performanceRollupDifferences(em: Em, batchSize = 200): Promise<string[]> {
  const differences: string[] = [];
  for (const [low, high] of await partnerRanges(em, batchSize)) {
    const { sql, params } = rawSums(em, low, high);
    const raw = new Map((await rows(em, sql, params)).map((r) => [keyOf(r), r]));
    const stored = new Map(
      (await rows(em, 'select * from partner_performance_month where partner_id between ? and ?', [low, high])).map(
        (r) => [keyOf(r), r],
      ),
    );
    for (const key of new Set([...raw.keys(), ...stored.keys()])) {
      for (const column of MEASURES.map((m) => MEASURE_COLUMNS[m])) {
        const a = Number(stored.get(key)?.[column] ?? 0);
        const b = Number(raw.get(key)?.[column] ?? 0);
        if (a !== b) {
          const [partner, month] = key.split(':');
          differences.push(`partner ${partner} month ${month} ${column}: rollup ${a} raw ${b}`);
        }
      }
    }
  }
  return differences;
}
