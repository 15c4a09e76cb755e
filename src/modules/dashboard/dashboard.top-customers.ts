import { LRUCache } from 'lru-cache';
import type { Context } from '../../context';
import { dashboardRevision } from '../performance/dashboard-revision';
import { knexOf, monthsBetween, rollupRows, run } from './dashboard.service';
import type { DashboardScope } from './dashboard.types';

export interface TopCustomer {
  customerId: number;
  payment: number;
}

/** Answers kept per database (least recently used dropped beyond this). */
export const TOP_CUSTOMERS_CACHE_SIZE = 1000;

interface Kept {
  revision: string;
  top: readonly TopCustomer[];
}

/** Per database (its platform object, one per ORM): a test process opens several databases with the same ids. */
const kept = new WeakMap<object, LRUCache<string, Kept>>();

/**
 * topCustomers as the dashboard reads it: kept per partner, scope and limit while the partner's
 * dashboard revision is unchanged (one statement reads it), computed afresh when it changed. The
 * exact computation below costs what the partner's best payers cost (≈ 3 ms on the large bench seed's
 * distributor, 10,000 paying customers a month; well under 1 ms for a few dozen), so without this the
 * dashboard's latency grew with the partner. The revision is read BEFORE computing: an answer computed
 * while a move commits is kept under the older revision, and the next read computes again.
 */
export async function keptTopCustomers(
  ctx: Context,
  scope: DashboardScope,
  limit: number,
): Promise<readonly TopCustomer[]> {
  const revision = await dashboardRevision(ctx.em, scope.partnerId);
  if (revision == null) return topCustomers(ctx, scope, limit);
  const platform = ctx.em.getPlatform();
  const cache = kept.get(platform) ?? new LRUCache<string, Kept>({ max: TOP_CUSTOMERS_CACHE_SIZE });
  kept.set(platform, cache);
  const key = `${scope.partnerId}|${scope.from}|${scope.to}|${scope.accountManagerIds?.join(',') ?? '*'}|${limit}`;
  const known = cache.get(key);
  if (known?.revision === revision) return known.top;
  const top = await topCustomers(ctx, scope, limit);
  cache.set(key, { revision, top });
  return top;
}

/**
 * The customers that paid the most over a range of months, exactly, without summing every customer
 * of the partner (a threshold algorithm over consumption_customer_month), in ONE statement per round:
 *   1. `best`: each month's best B rows in scope (a LIMITed scan of the (partner, month, payment) index);
 *   2. the exact totals over the range of those candidates, best first;
 *   3. `bound`: a customer that is no candidate paid at most the month's B-th value in each month whose
 *      list is full (nothing in the others), so at most the sum of those values. When the `limit`-th
 *      total is above it, or no list was full, the answer is exact; else B doubles (another round).
 * B starts at max(10 × limit, 100): one round on both seeds (the large one needed 80 at limit 10).
 * Ties order by customer id, as before.
 */
export async function topCustomers(
  ctx: Context,
  scope: DashboardScope,
  limit: number,
  /** The first B (tests start small to run the later rounds). */
  start = Math.max(10 * limit, 100),
): Promise<TopCustomer[]> {
  const knex = knexOf(ctx);
  const months = monthsBetween(scope.from, scope.to);
  for (let b = start; ; b *= 2) {
    const best = months.map((month, i) =>
      knex.select('*').from(
        rollupRows(ctx, { ...scope, from: month, to: month }, 'consumption_customer_month')
          .select('month', 'customer_id', 'payment_amount')
          .orderBy('payment_amount', 'desc')
          .limit(b)
          .as(`m${i}`),
      ),
    );
    const perMonth = knex.raw(
      'select count(*) as n, min(payment_amount) as low from best group by month having count(*) >= ?',
      [b],
    );
    const totals = await run(
      ctx,
      rollupRows(ctx, scope, 'consumption_customer_month')
        .with('best', best[0].unionAll(best.slice(1)))
        .whereIn('customer_id', knex.select('customer_id').from('best'))
        .select(
          'customer_id',
          knex.raw('(select count(*) from (?) full_months) as full_months', [perMonth]),
          knex.raw('(select coalesce(sum(case when low > 0 then low else 0 end), 0) from (?) lows) as bound', [
            perMonth,
          ]),
        )
        .sum({ payment: 'payment_amount' })
        .groupBy('customer_id')
        .orderByRaw('sum(payment_amount) desc, customer_id')
        .limit(limit),
    );
    const last = totals[limit - 1];
    const full = Number(totals[0]?.full_months ?? 0) > 0;
    if (!full || (last && Number(last.payment) > Number(last.bound)))
      return totals.map((r) => ({ customerId: Number(r.customer_id), payment: Number(r.payment) }));
  }
}
