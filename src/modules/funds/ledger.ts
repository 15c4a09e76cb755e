import { randomBytes } from 'node:crypto';
import type { SqlEntityManager } from '@mikro-orm/knex';
import { lockCustomers, lockPartnerAccounts } from '../../db/locks';
import { rows } from '../../db/sql';
import { PartnerAccountType } from '../partner/partner.entity';
import { AssociationType } from '../customer/customer.enums';
import { AccountChangeRecord, AdjustRecord } from './funds.entity';
import { AdjustOperationType, LedgerOwner, TradeType } from './funds.enums';

/**
 * The owner of cash: `changePartnerCash` is the only code that changes a partner's cash account and
 * `changeCustomerBalance` the only code that changes a customer's balance (test/money/ledger-ownership
 * proves it). Each is a conditional UPDATE … RETURNING that succeeds only if the balance stays within
 * its rule; the callers here write the records in the same transaction. Exact on SQLite and
 * PostgreSQL alike: the condition and the change are one statement, so no read-check-write window
 * exists for a concurrent request to slip through. Locks follow db/locks.ts: customers before
 * partner accounts.
 */

/**
 * Adds `delta` fen to a partner's cash account. A debit must leave the allocatable part
 * (amount − designatedAmount) ≥ 0. Returns the new balance, or null when refused.
 */
export async function changePartnerCash(
  tx: SqlEntityManager,
  partnerId: number,
  delta: number,
): Promise<number | null> {
  const [row] = await rows(
    tx,
    `update partner_account set amount = amount + ?, version = version + 1
      where partner_id = ? and account_type = ? and amount - designated_amount + ? >= 0
      returning amount`,
    [delta, partnerId, PartnerAccountType.CASH, Math.min(delta, 0)],
  );
  return row ? Number(row.amount) : null;
}

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
