import type { SqlEntityManager } from '@mikro-orm/knex';
import { bookCustomerCash, changePartnerCredit, partnerAccountBalance } from '../funds/ledger';
import { TradeType } from '../funds/funds.enums';
import { PartnerAccountType } from '../partner/partner.entity';
import { rows } from '../../db/sql';
import { UserError } from '../../common/errors';
import type { Viewer } from '../../permissions/viewer';
import type { PaymentAgreement } from '../payment-agreement/payment-agreement.entity';
import { payUnderAgreement } from '../payment-agreement/payment-agreement.ledger';
import type { Order } from './order.entity';
import { insufficientFunds, Refusal } from './order.errors';
import { type BalanceSplit, splitBalancePayment } from './order.pricing';

/**
 * The balance part of a payment (what coupons leave): the customer's balance first, then the
 * partner's credit account (seed 002). The split is planned on the customer's row as held
 * (db/locks.ts 3: a concurrent movement of its balance waits for this transaction); the credit is
 * spent last, by a conditional update of the partner's credit account (8), after the resources a
 * renewal extends (7), so a concurrent payment that took the credit meanwhile refuses this one
 * (INSUFFICIENT_FUNDS, the savepoint undoes everything) and the credit never goes below zero.
 */

/** The split of `due` for a customer already held, or INSUFFICIENT_FUNDS (as a Refusal). */
export async function planBalancePayment(
  tx: SqlEntityManager,
  viewer: Viewer,
  customerId: number,
  due: number,
  field: string,
): Promise<BalanceSplit> {
  if (due <= 0) return { cash: 0, credit: 0 };
  const [row] = await rows(tx, 'select balance from sub_customer where id = ?', [customerId]);
  const balance = Number(row?.balance ?? 0);
  const credit = balance >= due ? 0 : await partnerAccountBalance(tx, viewer.partner.id, PartnerAccountType.CREDIT);
  const split = splitBalancePayment(due, balance, credit);
  if (!split) throw new Refusal(insufficientFunds(field, due, balance, credit));
  return split;
}

/** Pays `cash` from the customer's balance (ORDER_PAYMENT on its ledger); its new balance. */
export async function payFromCustomerBalance(
  tx: SqlEntityManager,
  viewer: Viewer,
  order: Order,
  customerId: number,
  split: BalanceSplit,
  now: Date,
  field: string,
): Promise<number> {
  const balance = await bookCustomerCash(tx, {
    partnerId: viewer.partner.id,
    customerId,
    amount: -split.cash,
    tradeType: TradeType.ORDER_PAYMENT,
    tradeId: order.orderId,
    at: now,
  });
  if (balance != null) return balance;
  throw new Refusal(insufficientFunds(field, split.cash + split.credit, 0, 0));
}

/** Pays `credit` from the partner's credit account (ORDER_PAYMENT on its CREDIT ledger), last. */
export async function payFromPartnerCredit(
  tx: SqlEntityManager,
  viewer: Viewer,
  order: Order,
  split: BalanceSplit,
  now: Date,
  field: string,
): Promise<void> {
  const left = await changePartnerCredit(tx, {
    partnerId: viewer.partner.id,
    amount: -split.credit,
    tradeType: TradeType.ORDER_PAYMENT,
    tradeId: order.orderId,
    at: now,
  });
  if (left != null) return;
  const credit = await partnerAccountBalance(tx, viewer.partner.id, PartnerAccountType.CREDIT);
  throw new Refusal(insufficientFunds(field, split.cash + split.credit, split.cash, credit));
}

/** Pays `due` from the partner's cash account under the customer's payment agreement (代付); a refusal is a Refusal. */
export async function payOnBehalf(
  tx: SqlEntityManager,
  agreement: PaymentAgreement,
  order: Order,
  due: number,
  now: Date,
  field: string,
): Promise<number> {
  const paid = await payUnderAgreement(tx, agreement, { due, tradeId: order.orderId, now, field });
  if (paid instanceof UserError) throw new Refusal(paid);
  return paid.paid;
}
