import type { Context } from '../../context';
import { badInput } from '../../common/errors';
import {
  type ConnectionArgs,
  type ConnectionResult,
  type PageRequest,
  toConnection,
  toPageRequest,
} from '../../common/connection';
import { money } from '../../common/money';
import { readOnlyRows } from '../../common/read-model';
import { rows, type Row } from '../../db/sql';
import { Partner } from '../partner/partner.entity';
import { MEASURE_COLUMNS, MEASURES, monthKeyOfCycle } from './rollup';
import type { PerformanceFigures, ResellerPerformance } from './performance.types';

/**
 * 业绩 per reseller for a distributor, read from `partner_performance_month` only: a page of
 * resellers with their sums is ONE statement whatever the page size, the number of resellers or
 * of distributors in the request (the reseller's columns come with its sums); the total, the distributor's own figures and the
 * count are one statement each, run
 * only when asked for.
 */

export const DEFAULT_PERFORMANCE_MONTHS = 6;
export const MAX_PERFORMANCE_MONTHS = 36;
const CYCLE = /^(\d{4})-(0[1-9]|1[0-2])$/;

function cycleOf(date: Date, offset = 0): string {
  const d = new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth() + offset, 1));
  return `${d.getUTCFullYear()}-${String(d.getUTCMonth() + 1).padStart(2, '0')}`;
}

const monthIndex = (cycle: string) => Number(cycle.slice(0, 4)) * 12 + Number(cycle.slice(5, 7)) - 1;

export interface PerformanceRange {
  from: string;
  to: string;
}

/** What `Partner.resellerPerformance` answers: a page, its range, and the total on first read. */
export interface ResellerPerformancePage extends ConnectionResult<ResellerPerformance>, PerformanceRange {
  readonly total: Promise<PerformanceFigures>;
  readonly own: Promise<PerformanceFigures>;
}

/** The months asked for (default: the last 6 up to the current one), or BAD_USER_INPUT. */
export function performanceRange(now: Date, from: string | null, to: string | null): PerformanceRange {
  const range = { to: to ?? cycleOf(now), from: from ?? cycleOf(now, -(DEFAULT_PERFORMANCE_MONTHS - 1)) };
  for (const name of ['from', 'to'] as const) {
    if (!CYCLE.test(range[name])) throw badInput(`"${range[name]}" is not a month in the form YYYY-MM.`, name);
    if (range[name] > cycleOf(now)) throw badInput(`${range[name]} is in the future.`, name);
  }
  if (range.from > range.to) throw badInput('from is after to.', 'from');
  if (monthIndex(range.to) - monthIndex(range.from) >= MAX_PERFORMANCE_MONTHS)
    throw badInput(`The range covers at most ${MAX_PERFORMANCE_MONTHS} months.`, 'from');
  return range;
}

const SUMS = MEASURES.map((m) => `coalesce(sum(m.${MEASURE_COLUMNS[m]}), 0) as perf_${MEASURE_COLUMNS[m]}`).join(', ');

function figuresOf(row: Row | undefined): PerformanceFigures {
  const n = (m: keyof typeof MEASURE_COLUMNS) => Number(row?.[`perf_${MEASURE_COLUMNS[m]}`] ?? 0);
  return {
    revenue: money(n('paidAmount') - n('refundAmount')),
    paidAmount: money(n('paidAmount')),
    paidOrders: n('paidOrders'),
    refundAmount: money(n('refundAmount')),
    couponAmount: money(n('couponAmount')),
    consumptionAmount: money(n('consumptionAmount')),
    newCustomers: n('newCustomers'),
    offerAmount: money(n('offerAmount')),
    offerOrders: n('offerOrders'),
  };
}

/**
 * `Partner.resellerPerformance`: the distributor's resellers newest first (keyset-paged by id), each
 * with the sums of its roll-up rows in the range; a partner without resellers answers an empty page.
 * Who may ask is the shield's (own partner with dashboard:view, or an operator).
 */
/**
 * The page of resellers with their sums for every distributor asked for in the request, in ONE
 * statement (a window numbers each distributor's resellers): an operator's list of partners asks
 * for many distributors at once.
 */
function resellerPagesByDistributor(ctx: Context, months: number[], page: PageRequest) {
  const variant = JSON.stringify([months, page]);
  return ctx.loaders.get<number, Row[]>('resellerPerformancePage', variant, async (distributorIds) => {
    const forward = page.direction === 'forward';
    const cursor = page.cursorId == null ? '' : forward ? 'and p.id < ?' : 'and p.id > ?';
    const found = await rows(
      ctx.em,
      `select * from (
        select p.*, ${SUMS}, row_number() over (partition by p.parent_id order by p.id ${forward ? 'desc' : 'asc'}) as page_row
        from partner p
        left join partner_performance_month m on m.partner_id = p.id and m.month between ? and ?
        where p.parent_id in (${distributorIds.map(() => '?').join(', ')}) ${cursor}
        group by p.id
      ) w where page_row <= ? order by parent_id, page_row`,
      [...months, ...distributorIds, ...(page.cursorId == null ? [] : [page.cursorId]), page.size + 1],
    );
    return distributorIds.map((id) => found.filter((row) => Number(row.parent_id) === id));
  });
}

export async function resellerPerformance(
  ctx: Context,
  distributor: Partner,
  range: PerformanceRange,
  args: ConnectionArgs,
): Promise<ResellerPerformancePage> {
  const page = toPageRequest(args);
  const months = [monthKeyOfCycle(range.from), monthKeyOfCycle(range.to)];
  const found = await resellerPagesByDistributor(ctx, months, page).load(distributor.id);
  const partners = readOnlyRows(ctx.em, Partner, found);
  const items: ResellerPerformance[] = found.map((row, i) => ({
    ...figuresOf(row),
    id: partners[i].id,
    reseller: partners[i],
  }));
  const connection = toConnection(items, page, () =>
    grouped(ctx, 'resellerCount', COUNT_SQL, [])
      .load(distributor.id)
      .then((row) => Number(row?.n ?? 0)),
  );
  return new PerformancePage(ctx, distributor.id, range, months, connection);
}

/**
 * The page with its total and the distributor's own figures, each read on first use. Getters on a
 * class, not on an object literal: a literal's getter pair lives in the old generation and keeps
 * the request alive until the next mark-compact (see CountedOnRead in common/connection.ts).
 */
class PerformancePage implements ResellerPerformancePage {
  readonly from: string;
  readonly to: string;
  readonly edges: ConnectionResult<ResellerPerformance>['edges'];
  readonly nodes: ResellerPerformance[];
  readonly pageInfo: ConnectionResult<ResellerPerformance>['pageInfo'];
  // Private fields, not properties: the page compares and serializes as its range and connection.
  readonly #read: (name: string, sql: string) => Promise<PerformanceFigures>;
  readonly #connection: ConnectionResult<ResellerPerformance>;
  #total: Promise<PerformanceFigures> | undefined;
  #own: Promise<PerformanceFigures> | undefined;

  constructor(
    ctx: Context,
    distributorId: number,
    range: PerformanceRange,
    months: number[],
    connection: ConnectionResult<ResellerPerformance>,
  ) {
    this.from = range.from;
    this.to = range.to;
    this.edges = connection.edges;
    this.nodes = connection.nodes;
    this.pageInfo = connection.pageInfo;
    this.#connection = connection;
    this.#read = (name, sql) => grouped(ctx, name, sql, months).load(distributorId).then(figuresOf);
  }

  get totalCount(): Promise<number> {
    return this.#connection.totalCount;
  }

  get total(): Promise<PerformanceFigures> {
    this.#total ??= this.#read('resellerTotal', TOTAL_SQL);
    return this.#total;
  }

  get own(): Promise<PerformanceFigures> {
    this.#own ??= this.#read('ownPerformance', OWN_SQL);
    return this.#own;
  }
}

/** Per distributor (`group_id`): its resellers' count, their sums, its own sums; `%IDS%` is the key list. */
const COUNT_SQL =
  'select parent_id as group_id, count(*) as n from partner where parent_id in (%IDS%) group by parent_id';
const TOTAL_SQL = `select p.parent_id as group_id, ${SUMS} from partner_performance_month m join partner p on p.id = m.partner_id
  where m.month between ? and ? and p.parent_id in (%IDS%) group by p.parent_id`;
const OWN_SQL = `select m.partner_id as group_id, ${SUMS} from partner_performance_month m
  where m.month between ? and ? and m.partner_id in (%IDS%) group by m.partner_id`;

/**
 * One grouped statement for every distributor of the request (an operator's list of partners asks
 * for many): the row of each key, or undefined when it has none (no resellers, no roll-up rows).
 */
function grouped(ctx: Context, name: string, sql: string, params: number[]) {
  return ctx.loaders.get<number, Row | undefined>(name, JSON.stringify(params), async (ids) => {
    const found = await rows(ctx.em, sql.replace('%IDS%', ids.map(() => '?').join(', ')), [...params, ...ids]);
    const byKey = new Map(found.map((row) => [Number(row.group_id), row]));
    return ids.map((id) => byKey.get(id));
  });
}
