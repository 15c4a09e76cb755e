import type { Context } from '../../context';
import { knexOf, monthsBetween, rollupRows, run } from './dashboard.service';
import type { DashboardScope } from './dashboard.types';

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
) {
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
