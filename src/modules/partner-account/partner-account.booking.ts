/**
 * How the partner account operations move money: only through the owners in funds/ledger.ts
 * (changePartnerCash with its account change record, changePartnerBonus which writes its own), and
 * how a refusal found after something changed rolls the whole transaction back.
 */
import type { SqlEntityManager } from '@mikro-orm/knex';
import { rows } from '../../db/sql';
import { bookPartnerCash, changePartnerBonus } from '../funds/ledger';
import type { TradeType } from '../funds/funds.enums';
import { PartnerAccountType } from '../partner/partner.entity';
import { WithdrawalAccount } from './partner-account.enums';

export interface Booking {
  account: WithdrawalAccount;
  partnerId: number;
  /** Signed fen. */
  amount: number;
  tradeType: TradeType;
  tradeId: string;
  at: Date;
}

/** Books one change of the cash or bonus account with its account change record; the new balance or null when refused. */
export function bookPartnerMoney(tx: SqlEntityManager, b: Booking): Promise<number | null> {
  return b.account === WithdrawalAccount.BONUS ? changePartnerBonus(tx, b) : bookPartnerCash(tx, b);
}

/** What can be withdrawn from an account now (fen): CASH its allocatable part (amount − designated), BONUS its balance. */
export async function withdrawable(
  tx: SqlEntityManager,
  partnerId: number,
  account: WithdrawalAccount,
): Promise<number> {
  const type = account === WithdrawalAccount.BONUS ? PartnerAccountType.BONUS : PartnerAccountType.CASH;
  const [row] = await rows(
    tx,
    'select amount, designated_amount from partner_account where partner_id = ? and account_type = ?',
    [partnerId, type],
  );
  return row ? Number(row.amount) - Number(row.designated_amount) : 0;
}

/** Thrown inside a transaction to roll it back (a refusal found after a change); see refusalRollsBack. */
class RolledBack extends Error {
  constructor() {
    super('refused after a change; rolled back');
  }
}

/** The refusal a rolled-back transaction answers: `rollBack(answer)` ends the transaction, changing nothing. */
export type RollBack<P> = (answer: P) => never;

/** Runs a mutation whose transaction may call `rollBack`: answers that refusal, with nothing changed. */
export async function refusalRollsBack<P>(run: (rollBack: RollBack<P>) => Promise<P>): Promise<P> {
  const refused: { answer: P }[] = [];
  try {
    return await run((answer) => {
      refused.push({ answer });
      throw new RolledBack();
    });
  } catch (err) {
    if (err instanceof RolledBack && refused.length > 0) return refused[0].answer;
    throw err;
  }
}
