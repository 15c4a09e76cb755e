import type { SqlEntityManager } from '@mikro-orm/knex';
import { isSqlite, placeholders, type Row, rows } from './sql';

/**
 * THE LOCK ORDER. Two transactions that lock rows in opposite orders deadlock on PostgreSQL, which
 * then aborts one of them (the client sees INTERNAL_SERVER_ERROR). Every transaction takes its row
 * locks in this order of tables, and within a table in ascending key order; it may skip tables, and
 * it never locks a row of an earlier table after one of a later table, unless it already holds that
 * row or created it itself (an uncommitted new row is invisible to everyone else).
 *
 *   (the idempotency key row is inserted before anything else: a duplicate request waits there)
 *   1. partner          the partner row: organisation changes (roles, members, account managers)
 *   2. member           one member's row: its access keys
 *   3. sub_customer     customers, ascending id: unbind, switch, authorizations, fund movements,
 *                       coupon issuing, payments, renewals and unsubscriptions hold them first
 *   4. customer_order   the order being paid or cancelled
 *   5. coupon           coupons, ascending id
 *   6. coupon_quota     quotas, ascending id (a reclaimed sub-quota and its parent alike)
 *   7. resource         main resources, ascending id; their dependents go with them
 *   8. payment_agreement a customer's ACTIVE payment-on-behalf agreement (代付): a payment under it
 *                       counts its month's use by a conditional update, before the partner's cash
 *   9. recharge_payment an online recharge being settled (partner-account module)
 *  10. remittance_claim a remittance claim being confirmed, rejected or cancelled
 *  11. withdrawal       a withdrawal being paid or rejected
 *  12. incentive_record incentive records, ascending id: each payout transition holds its record
 *  13. lead             a lead whose status, assignment or outbound call changes (modules/lead)
 *  14. opportunity      an opportunity whose verification status changes (modules/opportunity)
 *  15. partner_account  cash accounts, ascending partner id
 *  16. partner_performance_month  the 业绩 roll-up row a fact adds to (modules/performance/rollup.ts,
 *                       one upsert, never locked here): always the LAST row a transaction locks;
 *                       likewise coupon_month (coupon/coupon-rollup.ts) and incentive_month
 *                       (incentive/incentive-rollup.ts), each written after the transaction's other locks
 *
 * A conditional UPDATE locks the rows it changes, so it counts as taking their locks here: e.g. a
 * payment holds its customer (3), claims its order (4), spends its coupons (5), debits the customer it
 * already holds, extends its resources (7); an unbind holds the customer (3), reclaims its coupons (5)
 * into their quotas (6) and returns the balance to the partner's account (13).
 *
 * A lock is `FOR NO KEY UPDATE` on PostgreSQL: the lock an UPDATE that keeps the key takes, so it
 * does not block the foreign-key checks (FOR KEY SHARE) of rows other transactions insert that refer
 * to the locked row (FOR UPDATE would, and deadlock with them). On SQLite it is nothing: every
 * transaction starts with BEGIN IMMEDIATE and runs alone (db/orm.ts).
 */
export const LOCK_ORDER = [
  'partner',
  'member',
  'sub_customer',
  'customer_order',
  'coupon',
  'coupon_quota',
  'resource',
  'payment_agreement',
  'recharge_payment',
  'remittance_claim',
  'withdrawal',
  'incentive_record',
  'lead',
  'opportunity',
  'partner_account',
] as const;

export type LockedTable = (typeof LOCK_ORDER)[number];

/** The column a table's rows are locked by (a partner has one row per account type). */
const KEY: Record<LockedTable, string> = {
  partner: 'id',
  member: 'id',
  sub_customer: 'id',
  customer_order: 'id',
  coupon: 'id',
  coupon_quota: 'id',
  resource: 'id',
  payment_agreement: 'id',
  recharge_payment: 'id',
  remittance_claim: 'id',
  withdrawal: 'id',
  incentive_record: 'id',
  lead: 'id',
  opportunity: 'id',
  partner_account: 'partner_id',
};

const ascending = (keys: Iterable<number>): number[] => [...new Set(keys)].sort((a, b) => a - b);

/**
 * Locks the rows of `table` whose key is in `keys`, in ascending key order, for the rest of the
 * transaction, and answers the key and `columns` of each as they are once locked (the latest committed
 * values). On SQLite it only reads, and only when `columns` are asked for.
 */
export async function lockRows<R extends Row = Row>(
  tx: SqlEntityManager,
  table: LockedTable,
  keys: Iterable<number>,
  columns: readonly string[] = [],
): Promise<R[]> {
  const ids = ascending(keys);
  const sqlite = isSqlite(tx);
  if (ids.length === 0 || (sqlite && columns.length === 0)) return [];
  const key = KEY[table];
  const order = key === 'id' ? 'id' : `${key}, id`;
  return rows<R>(
    tx,
    `select ${[...new Set([key, ...columns])].join(', ')} from ${table} where ${key} in (${placeholders(ids)}) order by ${order}${sqlite ? '' : ' for no key update'}`,
    ids,
  );
}

/** Customers (3), with `columns` as locked. */
export const lockCustomers = (tx: SqlEntityManager, ids: Iterable<number>, columns: readonly string[] = []) =>
  lockRows(tx, 'sub_customer', ids, columns);

/** Coupons (5), then their quotas (6), each in ascending id. */
export async function lockCouponsAndTheirQuotas(
  tx: SqlEntityManager,
  couponIds: Iterable<number>,
  quotaIds: Iterable<number>,
): Promise<void> {
  await lockRows(tx, 'coupon', couponIds);
  await lockRows(tx, 'coupon_quota', quotaIds);
}

/** The cash (and other) accounts of these partners (13). */
export const lockPartnerAccounts = (tx: SqlEntityManager, partnerIds: Iterable<number>) =>
  lockRows(tx, 'partner_account', partnerIds);
