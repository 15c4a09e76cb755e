import type { SqlEntityManager } from '@mikro-orm/knex';
import { UserError } from '../../common/errors';
import { formatFen } from '../../common/money';
import { rows } from '../../db/sql';
import { bookPartnerCash } from '../funds/ledger';
import { TradeType } from '../funds/funds.enums';
import { PaymentAgreement } from './payment-agreement.entity';
import { PaymentAgreementStatus } from './payment-agreement.enums';
import { chinaMonth, onBehalfRefusal } from './payment-agreement.rules';

/**
 * 代付 at payment time: the customer's ACTIVE agreement with the paying partner pays what coupons
 * leave of an order from the partner's cash account. The month's use is counted by one conditional
 * update (db/locks.ts 8: concurrent payments never take it over the monthly limit), then the cash
 * is debited (9) with its PAYMENT_ON_BEHALF record. A refusal is answered as a UserError and the
 * caller's savepoint undoes whatever ran before it.
 */

/** The customer's ACTIVE agreement with the partner, or null. */
export function activeAgreement(tx: SqlEntityManager, partnerId: number, customerId: number) {
  return tx.findOne(
    PaymentAgreement,
    { partner: partnerId, customer: customerId, status: PaymentAgreementStatus.ACTIVE },
    { refresh: true },
  );
}

/** Counts `due` fen in the agreement's month if it stays within the monthly limit; false otherwise. */
async function countUse(tx: SqlEntityManager, agreementId: number, due: number, month: string): Promise<boolean> {
  const used = 'case when used_month = ? then used_amount else 0 end';
  const changed = await rows(
    tx,
    `update payment_agreement set used_amount = ${used} + ?, used_month = ?, version = version + 1
      where id = ? and status = ? and (monthly_limit is null or ${used} + ? <= monthly_limit)
      returning id`,
    [month, due, month, agreementId, PaymentAgreementStatus.ACTIVE, month, due],
  );
  return changed.length === 1;
}

/** Pays `due` fen of order `tradeId` under `agreement` (0 pays nothing and counts nothing), or why not. */
export async function payUnderAgreement(
  tx: SqlEntityManager,
  agreement: PaymentAgreement,
  args: { due: number; tradeId: string; now: Date; field: string },
): Promise<{ paid: number } | UserError> {
  const partnerId = agreement.partner.id;
  const limits = {
    perOrderLimit: agreement.perOrderLimit ?? null,
    monthlyLimit: agreement.monthlyLimit ?? null,
  };
  const early = onBehalfRefusal(
    { ...limits, usedMonth: agreement.usedMonth, usedAmount: agreement.usedAmount },
    args.due,
    args.now,
    args.field,
  );
  if (early) return early;
  if (args.due <= 0) return { paid: 0 };
  if (!(await countUse(tx, agreement.id, args.due, chinaMonth(args.now)))) {
    const fresh = await tx.findOneOrFail(PaymentAgreement, agreement.id, { refresh: true });
    return (
      onBehalfRefusal(
        { ...limits, usedMonth: fresh.usedMonth, usedAmount: fresh.usedAmount },
        args.due,
        args.now,
        args.field,
      ) ??
      new UserError(
        'PAYMENT_AGREEMENT_NOT_ACTIVE',
        'The payment agreement ended meanwhile. Nothing was paid.',
        args.field,
      )
    );
  }
  const balance = await bookPartnerCash(tx, {
    partnerId,
    amount: -args.due,
    tradeType: TradeType.PAYMENT_ON_BEHALF,
    tradeId: args.tradeId,
    at: args.now,
  });
  if (balance == null)
    return new UserError(
      'INSUFFICIENT_BALANCE',
      `Your cash account's allocatable balance does not cover the ${formatFen(args.due)} the payment agreement pays. Nothing was paid.`,
      args.field,
    );
  return { paid: args.due };
}
