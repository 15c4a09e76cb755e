import { randomBytes } from 'node:crypto';
import type { SqlEntityManager } from '@mikro-orm/knex';
import { lockCustomers, lockPartnerAccounts } from '../../db/locks';
import { rows } from '../../db/sql';
import { PartnerAccountType } from '../partner/partner.entity';
import { AssociationType } from '../customer/customer.enums';
import { AccountChangeRecord, AdjustRecord } from './funds.entity';
import { AdjustOperationType, LedgerOwner, TradeType } from './funds.enums';
import { balanceAlertCrossing, raiseBalanceAlert } from './balance-alert';

/**
 * The owner of every balance. `updatePartnerAccount` is the one statement that changes a partner's
 * account (partner_account.amount), and each account type has one owner that calls it:
 * `changePartnerCash` (现金), `changePartnerCredit` (信用), `changePartnerBonus` (奖励),
 * `changePartnerDeposit` (押金); `changeCustomerBalance` is the only code that changes a customer's
 * balance (test/money/ledger-ownership proves all of it). Each is a conditional UPDATE … RETURNING
 * that succeeds only if the balance stays within its rule; every change writes an account change
 * record (收支明细) in the same transaction: the callers of changePartnerCash and
 * changeCustomerBalance write both sides of their movement, the other owners write their own row.
 * Exact on SQLite and PostgreSQL alike: the condition and the change are one statement, so no
 * read-check-write window exists for a concurrent request to slip through. Locks follow
 * db/locks.ts: customers before partner accounts.
 */

/**
 * Adds `delta` fen to one account of a partner; a debit must leave `amount − designatedAmount ≥ 0`
 * (designatedAmount is 0 but on cash accounts). Answers the new balance and the partner's own
 * low-balance threshold, or null when refused (no such account, or not enough on it).
 */
async function updatePartnerAccount(
  tx: SqlEntityManager,
  partnerId: number,
  accountType: PartnerAccountType,
  delta: number,
): Promise<{ balance: number; threshold: number | null } | null> {
  const [row] = await rows(
    tx,
    `update partner_account set amount = amount + ?, version = version + 1
      where partner_id = ? and account_type = ? and amount - designated_amount + ? >= 0
      returning amount, (select p.balance_alert_threshold from partner p where p.id = partner_account.partner_id) as threshold`,
    [delta, partnerId, accountType, Math.min(delta, 0)],
  );
  if (!row) return null;
  return { balance: Number(row.amount), threshold: row.threshold == null ? null : Number(row.threshold) };
}

/**
 * Adds `delta` fen to a partner's cash account. A debit must leave the allocatable part
 * (amount − designatedAmount) ≥ 0. Returns the new balance, or null when refused. A debit that takes
 * the balance from the partner's own alert threshold (设置余额预警) or more to under it raises a
 * balance alert in the same transaction (balanceAlertCrossing, raiseBalanceAlert).
 */
export async function changePartnerCash(
  tx: SqlEntityManager,
  partnerId: number,
  delta: number,
): Promise<number | null> {
  const changed = await updatePartnerAccount(tx, partnerId, PartnerAccountType.CASH, delta);
  if (!changed) return null;
  const crossing = balanceAlertCrossing(partnerId, changed.threshold, changed.balance - delta, changed.balance);
  if (crossing) await raiseBalanceAlert(tx, crossing);
  return changed.balance;
}

/** The balance of one of a partner's accounts (fen; 0 when it has none). A plain read: no lock. */
export async function partnerAccountBalance(
  tx: SqlEntityManager,
  partnerId: number,
  accountType: PartnerAccountType,
): Promise<number> {
  const [row] = await rows(tx, 'select amount from partner_account where partner_id = ? and account_type = ?', [
    partnerId,
    accountType,
  ]);
  return Number(row?.amount ?? 0);
}

/** One change of a partner's credit, bonus or deposit account, with the account change record it writes. */
export interface PartnerAccountBooking {
  partnerId: number;
  /** Signed fen: negative spends from the account. */
  amount: number;
  tradeType: TradeType;
  tradeId: string;
  at: Date;
}

/** Books a change of one non-cash account and writes its account change record; the new balance or null. */
async function bookPartnerAccount(
  tx: SqlEntityManager,
  accountType: PartnerAccountType.CREDIT | PartnerAccountType.BONUS | PartnerAccountType.DEPOSIT,
  booking: PartnerAccountBooking,
): Promise<number | null> {
  const changed = await updatePartnerAccount(tx, booking.partnerId, accountType, booking.amount);
  if (!changed) return null;
  await writeLedger(
    tx,
    booking.tradeId,
    [
      {
        partnerId: booking.partnerId,
        accountType,
        tradeType: booking.tradeType,
        amount: booking.amount,
        balanceAfter: changed.balance,
      },
    ],
    booking.at,
  );
  return changed.balance;
}

/**
 * 信用账户: the credit the cloud grants the partner; an order payment spends it after the customer's
 * balance (order/order.payment.ts). A debit must leave it ≥ 0. The new balance, or null when refused.
 */
export const changePartnerCredit = (tx: SqlEntityManager, booking: PartnerAccountBooking) =>
  bookPartnerAccount(tx, PartnerAccountType.CREDIT, booking);

/** 奖励账户: bonus money granted by the cloud (no operation spends it yet). The new balance, or null. */
export const changePartnerBonus = (tx: SqlEntityManager, booking: PartnerAccountBooking) =>
  bookPartnerAccount(tx, PartnerAccountType.BONUS, booking);

/** 押金账户: a distributor's deposit with the cloud (no operation moves it yet). The new balance, or null. */
export const changePartnerDeposit = (tx: SqlEntityManager, booking: PartnerAccountBooking) =>
  bookPartnerAccount(tx, PartnerAccountType.DEPOSIT, booking);

/**
 * Adds `delta` fen to a RESALE customer's balance; a debit must leave it ≥ 0. Returns the new
 * balance, or null when refused (not RESALE, unbound, or not enough balance). An unbind returns the
 * balance before it marks the customer unbound, in the same transaction.
 */
export async function changeCustomerBalance(
  tx: SqlEntityManager,
  customerId: number,
  delta: number,
): Promise<number | null> {
  const [row] = await rows(
    tx,
    `update sub_customer set balance = balance + ?, version = version + 1
      where id = ? and association_type = ? and unbound_at is null and balance + ? >= 0
      returning balance`,
    [delta, customerId, AssociationType.RESALE, delta],
  );
  return row ? Number(row.balance) : null;
}

/**
 * Locks customers of `partnerId` (ascending ids, db/locks.ts) for the rest of the transaction and
 * answers those that are RESALE and associated right now: a concurrent switch or unbind either waits
 * and then sees what this transaction did, or went first and the customer is not answered.
 */
export async function holdResaleCustomers(
  tx: SqlEntityManager,
  partnerId: number,
  customerIds: Iterable<number>,
): Promise<Set<number>> {
  const locked = await lockCustomers(tx, customerIds, ['id', 'partner_id', 'association_type', 'unbound_at']);
  return new Set(
    locked
      .filter(
        (c) =>
          Number(c.partner_id) === partnerId &&
          Number(c.association_type) === AssociationType.RESALE &&
          c.unbound_at == null,
      )
      .map((c) => Number(c.id)),
  );
}

/** One customer of holdResaleCustomers: true when it is held and RESALE. */
export async function holdResaleCustomer(tx: SqlEntityManager, customerId: number, partnerId: number) {
  return (await holdResaleCustomers(tx, partnerId, [customerId])).has(customerId);
}

/** A transaction id shared by the adjust record and both ledger rows of one movement. */
export function newTransId(prefix = 'ADJ'): string {
  const stamp = new Date().toISOString().replace(/\D/g, '').slice(0, 14);
  return `${prefix}${stamp}${randomBytes(5).toString('hex').toUpperCase()}`;
}

export interface LedgerEntry {
  /** Partner whose ledger this is, or whose customer's ledger this is. */
  partnerId: number;
  customerId?: number | null;
  /** The partner's account changed (CASH when left out; a customer's balance is always CASH). */
  accountType?: PartnerAccountType;
  tradeType: TradeType;
  /** Signed fen. */
  amount: number;
  balanceAfter: number;
}

/** Appends ledger rows (收支明细) for the sides of one movement. */
export async function writeLedger(
  tx: SqlEntityManager,
  tradeId: string,
  entries: LedgerEntry[],
  at = new Date(),
): Promise<void> {
  await tx.insertMany(
    AccountChangeRecord,
    entries.map((e) => ({
      partner: e.partnerId,
      ownerType: e.customerId ? LedgerOwner.CUSTOMER : LedgerOwner.PARTNER,
      customer: e.customerId ?? null,
      accountType: e.customerId ? PartnerAccountType.CASH : (e.accountType ?? PartnerAccountType.CASH),
      tradeType: e.tradeType,
      amount: e.amount,
      balanceAfter: e.balanceAfter,
      tradeId,
      tradeTime: at,
    })),
  );
}

export interface AdjustRecordData {
  partnerId: number;
  customerId?: number | null;
  resellerId?: number | null;
  operationType: AdjustOperationType;
  amount: number;
  transId: string;
  operatorId: number | null;
  memo?: string | null;
}

/** Appends the 调账 record of one movement and returns it (managed by `tx`). */
export async function writeAdjustRecord(
  tx: SqlEntityManager,
  data: AdjustRecordData,
  at = new Date(),
): Promise<AdjustRecord> {
  const id = await tx.insert(AdjustRecord, {
    partner: data.partnerId,
    customer: data.customerId ?? null,
    reseller: data.resellerId ?? null,
    operationType: data.operationType,
    amount: data.amount,
    transId: data.transId,
    operator: data.operatorId,
    operationTime: at,
    memo: data.memo ?? null,
  });
  return tx.findOneOrFail(AdjustRecord, id);
}

/**
 * Books a change of a partner's cash account with its one ledger row (recharge, remittance,
 * withdrawal, payment on behalf). Returns the new balance, or null when refused (not enough
 * allocatable cash for a debit).
 */
export async function bookPartnerCash(
  tx: SqlEntityManager,
  args: { partnerId: number; amount: number; tradeType: TradeType; tradeId: string; at: Date },
): Promise<number | null> {
  const { partnerId, amount, tradeType } = args;
  const balance = await changePartnerCash(tx, partnerId, amount);
  if (balance == null) return null;
  await writeLedger(tx, args.tradeId, [{ partnerId, tradeType, amount, balanceAfter: balance }], args.at);
  return balance;
}

/**
 * Books an order's cash on a RESALE customer's balance: a payment (negative `amount`) or a refund,
 * with its ledger row under the order's id. Returns the new balance, or null when refused.
 */
export async function bookCustomerCash(
  tx: SqlEntityManager,
  args: { partnerId: number; customerId: number; amount: number; tradeType: TradeType; tradeId: string; at: Date },
): Promise<number | null> {
  const { partnerId, customerId, amount, tradeType } = args;
  const balance = await changeCustomerBalance(tx, customerId, amount);
  if (balance == null) return null;
  await writeLedger(tx, args.tradeId, [{ partnerId, customerId, tradeType, amount, balanceAfter: balance }], args.at);
  return balance;
}

/**
 * Moves `amount` fen between a partner and one of its RESALE customers, with the adjust record
 * and both ledger rows. `direction` 'toCustomer' is 拨款 (BEADJUST), 'toPartner' is 回收
 * (BERETRIEVE) or, with `unbind`, 解绑回收 (BEUNBIND). Returns null with the side that refused.
 */
export async function moveBetweenPartnerAndCustomer(
  tx: SqlEntityManager,
  args: {
    partnerId: number;
    customerId: number;
    amount: number;
    direction: 'toCustomer' | 'toPartner';
    unbind?: boolean;
    operatorId: number | null;
    memo?: string | null;
  },
): Promise<
  | { ok: true; record: AdjustRecord; partnerBalance: number; customerBalance: number }
  | { ok: false; refusedBy: 'partner' | 'customer' }
> {
  const { partnerId, customerId, amount } = args;
  const toCustomer = args.direction === 'toCustomer';
  // The customer before the partner's account (db/locks.ts), whichever pays: callers usually hold it already.
  await lockCustomers(tx, [customerId]);
  // Debit first: if the paying side refuses, nothing has changed.
  const debit = toCustomer
    ? await changePartnerCash(tx, partnerId, -amount)
    : await changeCustomerBalance(tx, customerId, -amount);
  if (debit == null) return { ok: false, refusedBy: toCustomer ? 'partner' : 'customer' };
  const credit = toCustomer
    ? await changeCustomerBalance(tx, customerId, amount)
    : await changePartnerCash(tx, partnerId, amount);
  if (credit == null) throw new Error(`credit refused after debit (customer ${customerId} no longer RESALE?)`);
  const transId = newTransId();
  const operationType = toCustomer
    ? AdjustOperationType.BEADJUST
    : args.unbind
      ? AdjustOperationType.BEUNBIND
      : AdjustOperationType.BERETRIEVE;
  const partnerBalance = toCustomer ? debit : credit;
  const customerBalance = toCustomer ? credit : debit;
  await writeLedger(tx, transId, [
    {
      partnerId,
      tradeType: toCustomer ? TradeType.ALLOCATE_OUT : args.unbind ? TradeType.UNBIND_RETURN_IN : TradeType.RECLAIM_IN,
      amount: toCustomer ? -amount : amount,
      balanceAfter: partnerBalance,
    },
    {
      partnerId,
      customerId,
      tradeType: toCustomer ? TradeType.ALLOCATE_IN : args.unbind ? TradeType.UNBIND_RETURN_OUT : TradeType.RECLAIM_OUT,
      amount: toCustomer ? amount : -amount,
      balanceAfter: customerBalance,
    },
  ]);
  const record = await writeAdjustRecord(tx, {
    partnerId,
    customerId,
    operationType,
    amount,
    transId,
    operatorId: args.operatorId,
    memo: args.memo,
  });
  return { ok: true, record, partnerBalance, customerBalance };
}

/** Moves `amount` fen between a distributor and one of its resellers, with the records. */
export async function moveBetweenPartners(
  tx: SqlEntityManager,
  args: {
    distributorId: number;
    resellerId: number;
    amount: number;
    direction: 'toReseller' | 'toDistributor';
    operatorId: number | null;
    memo?: string | null;
  },
): Promise<{ ok: true; record: AdjustRecord } | { ok: false; refusedBy: 'distributor' | 'reseller' }> {
  const { distributorId, resellerId, amount } = args;
  const toReseller = args.direction === 'toReseller';
  const [payer, payee] = toReseller ? [distributorId, resellerId] : [resellerId, distributorId];
  // Both accounts in ascending partner id (db/locks.ts) before either changes, whichever direction.
  await lockPartnerAccounts(tx, [distributorId, resellerId]);
  const debit = await changePartnerCash(tx, payer, -amount);
  if (debit == null) return { ok: false, refusedBy: toReseller ? 'distributor' : 'reseller' };
  const credit = await changePartnerCash(tx, payee, amount);
  if (credit == null) throw new Error(`partner ${payee} has no cash account`);
  const transId = newTransId();
  await writeLedger(tx, transId, [
    {
      partnerId: payer,
      tradeType: toReseller ? TradeType.ALLOCATE_OUT : TradeType.RECLAIM_OUT,
      amount: -amount,
      balanceAfter: debit,
    },
    {
      partnerId: payee,
      tradeType: toReseller ? TradeType.ALLOCATE_IN : TradeType.RECLAIM_IN,
      amount,
      balanceAfter: credit,
    },
  ]);
  const record = await writeAdjustRecord(tx, {
    partnerId: distributorId,
    resellerId,
    operationType: toReseller ? AdjustOperationType.BEADJUST : AdjustOperationType.BERETRIEVE,
    amount,
    transId,
    operatorId: args.operatorId,
    memo: args.memo,
  });
  return { ok: true, record };
}
