import type { SqlEntityManager } from '@mikro-orm/knex';
import { isSqlite, placeholders, rows } from '../../db/sql';
import { monthOfColumn, type RollupTable } from '../performance/consumption-rollup';
import { CouponStatus } from './coupon.enums';

/**
 * THE writer of `coupon_month` and `coupon_kind_month` during requests (Dashboard.couponUsage): per
 * partner (the issuer), month the coupon was ISSUED (UTC), kind and (coupon_month) customer, the
 * coupons issued, their face value, and how many of them are now USED, RECLAIMED or EXPIRED. Each fact adds to the row of its coupon's issue
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
 * no column). A dashboard of every customer reads coupon_kind_month (a few rows a month, whatever the
 * data size); one scoped to account managers reads coupon_month, the rows of the customers they manage
 * NOW (a join on sub_customer, as the raw query did). Seeded coupons are
 * counted by the rebuild (maintenance/dashboard-rollups.ts, `npm run db:rollups`), which also checks
 * the table against COUPON_MONTH.raw. test/money/ledger-ownership fails when a third place writes them.
 */

/** The statuses with a column, and the column. */
const STATUS_COLUMNS: Partial<Record<CouponStatus, 'used' | 'reclaimed' | 'expired'>> = {
  [CouponStatus.USED]: 'used',
  [CouponStatus.RECLAIMED]: 'reclaimed',
  [CouponStatus.EXPIRED]: 'expired',
};

const count = (status: CouponStatus, alias: string) => `sum(case when ${alias}.status = ${status} then 1 else 0 end)`;

/** The coupon rows grouped by issuing partner, issue month (UTC), kind and, when asked, customer. */
const couponRaw =
  (perCustomer: boolean) =>
  (sqlite: boolean, where: string): string => {
    const customer = perCustomer ? 'c.customer_id, ' : '';
    return `select c.partner_id as partner_id, ${monthOfColumn(sqlite, 'c.issued_at')} as month,
      ${perCustomer ? 'c.customer_id as customer_id, ' : ''}c.kind as kind, count(*) as issued, sum(c.face_value) as face_value,
      ${count(CouponStatus.USED, 'c')} as used, ${count(CouponStatus.RECLAIMED, 'c')} as reclaimed,
      ${count(CouponStatus.EXPIRED, 'c')} as expired
    from coupon c where ${where}
    group by c.partner_id, ${monthOfColumn(sqlite, 'c.issued_at')}, ${customer}c.kind`;
  };

const MEASURES = ['issued', 'face_value', 'used', 'reclaimed', 'expired'];

/** Per customer: a dashboard scoped to account managers joins their customers (sub_customer). */
export const COUPON_MONTH: RollupTable = {
  table: 'coupon_month',
  keys: ['partner_id', 'month', 'customer_id', 'kind'],
  attributes: [],
  measures: MEASURES,
  partnerColumn: 'c.partner_id',
  customerColumn: 'c.customer_id',
  raw: couponRaw(true),
};

/** The same without the customer: what a dashboard of every customer reads (a few rows a month). */
export const COUPON_KIND_MONTH: RollupTable = {
  ...COUPON_MONTH,
  table: 'coupon_kind_month',
  keys: ['partner_id', 'month', 'kind'],
  raw: couponRaw(false),
};

interface CouponDelta {
  issued: number;
  used: number;
  reclaimed: number;
  expired: number;
}

const SELECTED = '? * count(*), ? * sum(face_value), ? * count(*), ? * count(*), ? * count(*)';
const ADDED = MEASURES.map((m) => `${m} = %.${m} + excluded.${m}`).join(', ');

/**
 * The upserts: `delta` for each of the coupons (face value with `issued`), grouped by their row, rows
 * in key order (db/locks.ts), per customer first, then per kind.
 */
const couponUpsert = (sqlite: boolean, ids: readonly number[]) => {
  const month = monthOfColumn(sqlite, 'issued_at');
  return `insert into coupon_month (partner_id, month, customer_id, kind, ${MEASURES.join(', ')})
    select partner_id, ${month}, customer_id, kind, ${SELECTED}
      from coupon where id in (${placeholders(ids)}) group by partner_id, ${month}, customer_id, kind
      order by partner_id, ${month}, customer_id, kind
    on conflict (partner_id, month, customer_id, kind) do update set ${ADDED.replaceAll('%', 'coupon_month')}
    returning partner_id`;
};
const couponKindUpsert = (sqlite: boolean, ids: readonly number[]) => {
  const month = monthOfColumn(sqlite, 'issued_at');
  return `insert into coupon_kind_month (partner_id, month, kind, ${MEASURES.join(', ')})
    select partner_id, ${month}, kind, ${SELECTED}
      from coupon where id in (${placeholders(ids)}) group by partner_id, ${month}, kind
      order by partner_id, ${month}, kind
    on conflict (partner_id, month, kind) do update set ${ADDED.replaceAll('%', 'coupon_kind_month')}
    returning partner_id`;
};

async function addCoupons(tx: SqlEntityManager, couponIds: readonly number[], delta: CouponDelta): Promise<void> {
  const ids = [...new Set(couponIds)];
  if (!ids.length || Object.values(delta).every((v) => v === 0)) return;
  const params = [delta.issued, delta.issued, delta.used, delta.reclaimed, delta.expired, ...ids];
  await rows(tx, couponUpsert(isSqlite(tx), ids), params);
  await rows(tx, couponKindUpsert(isSqlite(tx), ids), params);
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
