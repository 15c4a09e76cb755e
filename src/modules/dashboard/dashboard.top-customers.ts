import type { Context } from '../../context';
import { monthKeyOfCycle } from '../performance/rollup';
import { knexOf, monthsBetween, rollupRows, run } from './dashboard.service';
import type { DashboardScope } from './dashboard.types';

/**
 * The customers that paid the most over a range of months, exactly, without summing every customer
 * of the partner (a threshold algorithm over consumption_customer_month):
 *   1. each month's best B rows in scope (a LIMITed scan of the (partner, month, payment) index);
 *   2. the exact totals over the range of those candidates, best first (one statement);
 *   3. a customer that is no candidate paid at most the month's B-th value in each month whose list
 *      is full (nothing in the others), so at most `bound` = the sum of those values: when the
 *      `limit`-th candidate's total is above it (or no list was full) the answer is exact; else B
 *      doubles. Ties order by customer id, as before.
 * Two statements on real data (B starts at 2 × limit, at least 20); more only when the months' best
 * payers differ widely.
 */
export async function topCustomers(ctx: Context, scope: DashboardScope, limit: number) {
  const knex = knexOf(ctx);
  const months = monthsBetween(scope.from, scope.to).map(monthKeyOfCycle);
  for (let b = Math.max(2 * limit, 20); ; b *= 2) {
    const best = months.map((month, i) =>
      knex.select('*').from(
        rollupRows(ctx, { ...scope, from: cycle(month), to: cycle(month) }, 'consumption_customer_month')
          .select('month', 'customer_id', 'payment_amount')
          .orderBy([
            { column: 'payment_amount', order: 'desc' },
            { column: 'customer_id', order: 'asc' },
          ])
          .limit(b)
          .as(`m${i}`),
      ),
    );
    const candidates = await run(ctx, best[0].unionAll(best.slice(1)));
    let bound = 0;
    let full = false;
    for (const month of months) {
      const list = candidates.filter((r) => Number(r.month) === month);
      if (list.length < b) continue;
      full = true;
      bound += Math.max(0, Math.min(...list.map((r) => Number(r.payment_amount))));
    }
    const ids = [...new Set(candidates.map((r) => Number(r.customer_id)))];
    if (!ids.length) return [];
    const totals = await run(
      ctx,
      rollupRows(ctx, scope, 'consumption_customer_month')
        .whereIn('customer_id', ids)
        .select('customer_id')
        .sum({ payment: 'payment_amount' })
        .groupBy('customer_id')
        .orderByRaw('sum(payment_amount) desc, customer_id')
        .limit(limit),
    );
    const last = totals[limit - 1];
    if (!full || (last && Number(last.payment) > bound))
      return totals.map((r) => ({ customerId: Number(r.customer_id), payment: Number(r.payment) }));
  }
}

/** YYYYMM → 'YYYY-MM'. */
const cycle = (month: number) => `${Math.floor(month / 100)}-${String(month % 100).padStart(2, '0')}`;
