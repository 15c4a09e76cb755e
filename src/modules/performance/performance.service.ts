import type { Context } from '../../context';
import { badInput } from '../../common/errors';
import { type ConnectionArgs, type ConnectionResult, toConnection, toPageRequest } from '../../common/connection';
import { money } from '../../common/money';
import { readOnlyRows } from '../../common/read-model';
import { rows, type Row } from '../../db/sql';
import { Partner } from '../partner/partner.entity';
import { MEASURE_COLUMNS, MEASURES, monthKeyOfCycle } from './rollup';
import type { PerformanceFigures, ResellerPerformance } from './performance.types';

/**
 * 业绩 per reseller for a distributor, read from `partner_performance_month` only: a page of
 * resellers with their sums is ONE statement whatever the page size or the number of resellers
 * (the reseller's columns come with its sums); the total, the distributor's own figures and the
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
export async function resellerPerformance(
  ctx: Context,
  distributor: Partner,
  range: PerformanceRange,
  args: ConnectionArgs,
): Promise<ResellerPerformancePage> {
  const page = toPageRequest(args);
  const months = [monthKeyOfCycle(range.from), monthKeyOfCycle(range.to)];
  const forward = page.direction === 'forward';
  const cursor = page.cursorId == null ? '' : forward ? 'and p.id < ?' : 'and p.id > ?';
  const found = await rows(
    ctx.em,
    `select p.*, ${SUMS} from partner p
      left join partner_performance_month m on m.partner_id = p.id and m.month between ? and ?
      where p.parent_id = ? ${cursor}
      group by p.id order by p.id ${forward ? 'desc' : 'asc'} limit ?`,
    [...months, distributor.id, ...(page.cursorId == null ? [] : [page.cursorId]), page.size + 1],
  );
  const partners = readOnlyRows(ctx.em, Partner, found);
  const items: ResellerPerformance[] = found.map((row, i) => ({
    ...figuresOf(row),
    id: partners[i].id,
    reseller: partners[i],
  }));
  const connection = toConnection(items, page, async () => {
    const [counted] = await rows(ctx.em, 'select count(*) as n from partner where parent_id = ?', [distributor.id]);
    return Number(counted?.n ?? 0);
  });
  let total: Promise<PerformanceFigures> | undefined;
  let own: Promise<PerformanceFigures> | undefined;
  return {
    ...range,
    edges: connection.edges,
    nodes: connection.nodes,
    pageInfo: connection.pageInfo,
    get totalCount() {
      return connection.totalCount;
    },
    get total() {
      total ??= rows(
        ctx.em,
        `select ${SUMS} from partner_performance_month m join partner p on p.id = m.partner_id
          where p.parent_id = ? and m.month between ? and ?`,
        [distributor.id, ...months],
      ).then((r) => figuresOf(r[0]));
      return total;
    },
    get own() {
      own ??= rows(
        ctx.em,
        `select ${SUMS} from partner_performance_month m where m.partner_id = ? and m.month between ? and ?`,
        [distributor.id, ...months],
      ).then((r) => figuresOf(r[0]));
      return own;
    },
  };
}
