import type { SqlEntityManager } from '@mikro-orm/knex';
import { isSqlite, placeholders, rows } from '../../db/sql';
import { monthOfColumn, type RollupTable } from '../performance/consumption-rollup';
import { CouponStatus } from './coupon.enums';

/**
 * THE writer of `coupon_month` during requests (Dashboard.couponUsage): per partner (the issuer),
 * month the coupon was ISSUED (UTC), customer and kind, the coupons issued, their face value, and how
 * many of them are now USED, RECLAIMED or EXPIRED. Each fact adds to the row of its coupon's issue
 * month, in the transaction that records it, after the transaction's last coupon lock (db/locks.ts:
 * a roll-up row is the last a transaction locks), rows in key order within a statement, so that two
 * transactions never wait for each other's rows in a circle:
 *
 *   measure      recorded by (same transaction)                                       raw rows it equals
 *   issued       couponsIssued after issueCoupons' batch of issueCouponInTx          count of coupon rows
 *   face_value   (same)                                                               sum of coupon.face_value
 *   used         payInTx (payOrder, renewals paid at once) when a spend empties it    coupons with status USED
 *   reclaimed    couponsReclaimed after a batch of reclaimCouponInTx (reclaimCoupons,   coupons with status RECLAIMED
 *                unbind, switch of association type, full withdrawal)
 *   expired      expireCouponsInTx (the maintenance job `expire-coupons`)             coupons with status EXPIRED
 *
 * A status change moves a coupon between the counted statuses: `couponStatusChanged` subtracts the
 * old status and adds the new (every transition today starts from USABLE or INACTIVE, which count in
 * no column). Rows are keyed by customer so the dashboard scopes a supervisor's view by the customers'
 * CURRENT account manager with a join on sub_customer, as the raw query did. Seeded coupons are
 * counted by the rebuild (maintenance/dashboard-rollups.ts, `npm run db:rollups`), which also checks
 * the table against COUPON_MONTH.raw. test/money/ledger-ownership fails when a third place writes it.
 */

/** The statuses with a column, and the column. */
const STATUS_COLUMNS: Partial<Record<CouponStatus, 'used' | 'reclaimed' | 'expired'>> = {
  [CouponStatus.USED]: 'used',
  [CouponStatus.RECLAIMED]: 'reclaimed',
  [CouponStatus.EXPIRED]: 'expired',
};

const count = (status: CouponStatus, alias: string) => `sum(case when ${alias}.status = ${status} then 1 else 0 end)`;

export const COUPON_MONTH: RollupTable = {
  table: 'coupon_month',
  keys: ['partner_id', 'month', 'customer_id', 'kind'],
  attributes: [],
  measures: ['issued', 'face_value', 'used', 'reclaimed', 'expired'],
  partnerColumn: 'c.partner_id',
  customerColumn: 'c.customer_id',
  raw: (sqlite, where) => `select c.partner_id as partner_id, ${monthOfColumn(sqlite, 'c.issued_at')} as month,
      c.customer_id as customer_id, c.kind as kind, count(*) as issued, sum(c.face_value) as face_value,
      ${count(CouponStatus.USED, 'c')} as used, ${count(CouponStatus.RECLAIMED, 'c')} as reclaimed,
      ${count(CouponStatus.EXPIRED, 'c')} as expired
    from coupon c where ${where}
    group by c.partner_id, ${monthOfColumn(sqlite, 'c.issued_at')}, c.customer_id, c.kind`,
};

interface CouponDelta {
  issued: number;
  used: number;
  reclaimed: number;
  expired: number;
}

/** One upsert: `delta` for each of the coupons (face value with `issued`), grouped by their row. */
const couponUpsert = (sqlite: boolean, ids: readonly number[]) => {
  const month = monthOfColumn(sqlite, 'issued_at');
  return `insert into coupon_month (partner_id, month, customer_id, kind, issued, face_value, used, reclaimed, expired)
    select partner_id, ${month}, customer_id, kind, ? * count(*), ? * sum(face_value), ? * count(*), ? * count(*), ? * count(*)
      from coupon where id in (${placeholders(ids)}) group by partner_id, ${month}, customer_id, kind
      order by partner_id, ${month}, customer_id, kind
    on conflict (partner_id, month, customer_id, kind) do update set issued = coupon_month.issued + excluded.issued,
      face_value = coupon_month.face_value + excluded.face_value, used = coupon_month.used + excluded.used,
      reclaimed = coupon_month.reclaimed + excluded.reclaimed, expired = coupon_month.expired + excluded.expired
    returning partner_id`;
};

async function addCoupons(tx: SqlEntityManager, couponIds: readonly number[], delta: CouponDelta): Promise<void> {
  const ids = [...new Set(couponIds)];
  if (!ids.length || Object.values(delta).every((v) => v === 0)) return;
  await rows(tx, couponUpsert(isSqlite(tx), ids), [
    delta.issued,
    delta.issued,
    delta.used,
    delta.reclaimed,
    delta.expired,
    ...ids,
  ]);
}

/** Coupons named by id, or by objects that carry it (a batch's results). */
type CouponIds = readonly (number | { couponId: number })[];
const idsOf = (coupons: CouponIds) => coupons.map((c) => (typeof c === 'number' ? c : c.couponId));

/** Coupons just issued (inserted in this transaction), after the batch's last issue. */
export function couponsIssued(tx: SqlEntityManager, coupons: CouponIds): Promise<void> {
  return addCoupons(tx, idsOf(coupons), { issued: 1, used: 0, reclaimed: 0, expired: 0 });
}

/** Coupons that went from `from` to `to` in this transaction. */
export function couponStatusChanged(
  tx: SqlEntityManager,
  couponIds: readonly number[],
  from: CouponStatus,
  to: CouponStatus,
): Promise<void> {
  const delta: CouponDelta = { issued: 0, used: 0, reclaimed: 0, expired: 0 };
  for (const [status, sign] of [
    [from, -1],
    [to, 1],
  ] as const) {
    const column = STATUS_COLUMNS[status];
    if (column) delta[column] += sign;
  }
  return addCoupons(tx, couponIds, delta);
}

/**
 * Coupons a batch reclaimed in this transaction (USABLE or INACTIVE → RECLAIMED; neither old status
 * has a column), after the batch's last reclaim.
 */
export const couponsReclaimed = (tx: SqlEntityManager, coupons: CouponIds): Promise<void> =>
  couponStatusChanged(tx, idsOf(coupons), CouponStatus.USABLE, CouponStatus.RECLAIMED);

/** Coupons a payment used up in this transaction (USABLE → USED). */
export const couponsUsedUp = (tx: SqlEntityManager, couponIds: readonly number[]): Promise<void> =>
  couponStatusChanged(tx, couponIds, CouponStatus.USABLE, CouponStatus.USED);
