import type { Context } from '../../context';
import { IncentiveStage } from '../incentive/incentive.enums';
import { type IncentiveStageGroup, STAGE_GROUPS } from '../incentive/incentive.stages';
import { monthKeyOfCycle } from '../performance/rollup';
import { knexOf, monthsBetween, run } from './dashboard.service';
import type { DashboardScope } from './dashboard.types';

export interface Tally {
  count: number;
  amount: number;
}
export type PeriodSummary = { period: string; total: Tally } & Record<IncentiveStageGroup, Tally>;

const STAGES = Object.values(IncentiveStage);

/**
 * Dashboard.incentivesByPeriod: every reconciliation period (YYYYMM) of the range, oldest first, with
 * the partner's incentives by stage group, in ONE statement over incentive_month
 * (modules/incentive/incentive-rollup.ts). Incentives belong to the partner, not to customers: an
 * account manager scope does not narrow them (the field needs incentive:statistics, which reads the
 * partner's whole statistics anyway).
 */
export async function incentivesByPeriod(ctx: Context, scope: DashboardScope): Promise<PeriodSummary[]> {
  const months = monthsBetween(scope.from, scope.to);
  const rows = await run(
    ctx,
    knexOf(ctx)
      .from('incentive_month')
      .where('partner_id', scope.partnerId)
      .whereIn('period', months.map(monthKeyOfCycle))
      .select('period', 'stage')
      .sum({ records: 'records', amount: 'amount' })
      .groupBy('period', 'stage'),
  );
  const zero = (): Tally => ({ count: 0, amount: 0 });
  const byPeriod = new Map(
    months.map((m) => {
      const period = String(monthKeyOfCycle(m));
      const summary: PeriodSummary = {
        period,
        total: zero(),
        notApplied: zero(),
        inProgress: zero(),
        rejected: zero(),
        paid: zero(),
      };
      return [period, summary];
    }),
  );
  for (const r of rows) {
    const summary = byPeriod.get(String(r.period));
    const stage = STAGES.find((s) => s === r.stage);
    if (!summary || !stage) continue;
    for (const tally of [summary.total, summary[STAGE_GROUPS[stage]]]) {
      tally.count += Number(r.records ?? 0);
      tally.amount += Number(r.amount ?? 0);
    }
  }
  return [...byPeriod.values()];
}
