import type { SqlEntityManager } from '@mikro-orm/knex';
import { rows } from '../../db/sql';
import type { RollupTable } from '../performance/consumption-rollup';
import type { Moved } from './incentive.transition';

/**
 * THE writer of `incentive_month` during requests (Dashboard.incentivesByPeriod): per partner,
 * reconciliation period (YYYYMM), incentive type and CURRENT stage, the records and their amount.
 *
 *   measure   recorded by (same transaction)                                          raw rows it equals
 *   records   incentivesMoved after moveIncentive: applyIncentives, invoiceIncentive,  count of incentive_record
 *             processIncentive (after PAY's bonus credit), the auto-apply job          rows in that stage
 *   amount    (same)                                                                  sum of their amount
 *
 * A move takes the record out of its old stage's row and into the new one. The callers write it
 * after the transaction's last other lock (db/locks.ts: a roll-up row is the last a transaction
 * locks; a batch of applications locks all its records before any roll-up row, so two batches never
 * wait on each other in a circle). Records are created only by the seeders today (the cloud settles
 * them), which rebuild the table (maintenance/dashboard-rollups.ts, `npm run db:rollups`); a future
 * creator passes `from: null`. test/money/ledger-ownership fails when a third place writes the table.
 */

export const INCENTIVE_MONTH: RollupTable = {
  table: 'incentive_month',
  keys: ['partner_id', 'period', 'incentive_type', 'stage'],
  attributes: [],
  measures: ['records', 'amount'],
  partnerColumn: 'r.partner_id',
  customerColumn: 'r.partner_id',
  raw: (_sqlite, where) => `select r.partner_id as partner_id, cast(r.period as integer) as period,
      r.incentive_type as incentive_type, r.stage as stage, count(*) as records, sum(r.amount) as amount
    from incentive_record r where ${where}
    group by r.partner_id, r.period, r.incentive_type, r.stage`,
};

/** A record entering `to` from `from` (null: a new record). */
export interface IncentiveMove {
  partnerId: number;
  period: string;
  incentiveType: string;
  amount: number;
  from: string | null;
  to: string;
}

const incentiveUpsert = (
  values: number,
) => `insert into incentive_month (partner_id, period, incentive_type, stage, records, amount)
  values ${Array.from({ length: values }, () => '(?, ?, ?, ?, ?, ?)').join(', ')}
  on conflict (partner_id, period, incentive_type, stage) do update set records = incentive_month.records + excluded.records,
    amount = incentive_month.amount + excluded.amount
  returning partner_id`;

/** Adds the moves to incentive_month, one upsert (the moves of one key are summed first). */
export async function addIncentiveMoves(tx: SqlEntityManager, moves: readonly IncentiveMove[]): Promise<void> {
  const sums = new Map<string, [number, number, string, string, number, number]>();
  const add = (m: IncentiveMove, stage: string, sign: 1 | -1) => {
    const period = Number(m.period);
    const key = `${m.partnerId}:${period}:${m.incentiveType}:${stage}`;
    const row = sums.get(key) ?? [m.partnerId, period, m.incentiveType, stage, 0, 0];
    row[4] += sign;
    row[5] += sign * m.amount;
    sums.set(key, row);
  };
  for (const m of moves) {
    if (m.from != null) add(m, m.from, -1);
    add(m, m.to, 1);
  }
  const values = [...sums.values()].filter((r) => r[4] !== 0 || r[5] !== 0);
  if (!values.length) return;
  await rows(tx, incentiveUpsert(values.length), values.flat());
}

/** The transitions moveIncentive took in this transaction, into incentive_month. */
export function incentivesMoved(tx: SqlEntityManager, moved: readonly Moved[]): Promise<void> {
  return addIncentiveMoves(
    tx,
    moved.map(({ record, from }) => ({
      partnerId: record.partner.id,
      period: record.period,
      incentiveType: record.incentiveType,
      amount: record.amount,
      from,
      to: record.stage,
    })),
  );
}
