import type { SqlEntityManager } from '@mikro-orm/knex';

/**
 * 客户全额提现: a RESALE customer's whole balance leaves it (reclaimFunds of all of it). Seed 003:
 * "客户全额提现时,该现金券/提货券的余额返回到伙伴的可下发额度中". The coupon module owns coupons and
 * depends on funds, so it registers what a full withdrawal does to coupons here, and reclaimFunds
 * runs it with the customer held, before the money moves (db/locks.ts: customer, coupons, quotas,
 * partner account).
 */
export interface FullWithdrawal {
  partnerId: number;
  customerId: number;
  operatorId: number | null;
}

/** One effect of a full withdrawal, in the caller's transaction; answers the ids of the coupons it reclaimed. */
export type FullWithdrawalStep = (tx: SqlEntityManager, withdrawal: FullWithdrawal) => Promise<number[]>;

const steps = new Set<FullWithdrawalStep>();

/** Registers an effect of a full withdrawal (once per step, whatever the number of calls). */
export function onFullWithdrawal(step: FullWithdrawalStep): void {
  steps.add(step);
}

/** Runs every registered effect; the ids of the coupons reclaimed, ascending. */
export async function runFullWithdrawal(tx: SqlEntityManager, withdrawal: FullWithdrawal): Promise<number[]> {
  const reclaimed: number[] = [];
  for (const step of steps) reclaimed.push(...(await step(tx, withdrawal)));
  return reclaimed.sort((a, b) => a - b);
}
