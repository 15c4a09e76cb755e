import type { EntityManager } from '@mikro-orm/core';
import { CouponKind, CouponStatus } from '../coupon/coupon.enums';
import { OrderStatus, ResourceStatus } from './order.enums';

/**
 * The only code that spends coupons and moves orders and resources between states. Each change is
 * one conditional UPDATE whose WHERE holds the rule, checked through the affected rows, so it is
 * exact on SQLite (one connection) and PostgreSQL (row locks; a waiting UPDATE re-checks its WHERE
 * on the committed row) alike. Cash moves through funds/ledger.ts (changeCustomerBalance).
 */

type Row = Record<string, unknown>;
const exec = (tx: EntityManager, sql: string, params: unknown[]) =>
  (tx as unknown as { execute(sql: string, params: unknown[], method: 'all'): Promise<Row[]> }).execute(
    sql,
    params,
    'all',
  );

/** A date as the database stores it (SQLite: epoch milliseconds; PostgreSQL: timestamptz). */
export const dbTime = (tx: EntityManager, date: Date): unknown => tx.getPlatform().processDateProperty(date);

/**
 * Takes `amount` fen from a coupon of `customerId` issued by `partnerId` that is USABLE and valid
 * at `now`, marks it used on `orderId`, and makes it USED when its balance reaches 0. Both engines
 * evaluate every SET expression on the row as it was before the update, so the CASE sees the old
 * balance. Returns the new balance and kind, or null when the coupon refuses (status, validity,
 * owner or balance changed under us).
 */
export async function spendCoupon(
  tx: EntityManager,
  args: { couponId: number; partnerId: number; customerId: number; amount: number; orderId: number; now: Date },
): Promise<{ balance: number; kind: CouponKind } | null> {
  const now = dbTime(tx, args.now);
  const rows = await exec(
    tx,
    `update coupon set balance = balance - ?, status = case when balance - ? = 0 then ? else status end,
        used_on_order_id = ?, version = version + 1
      where id = ? and partner_id = ? and customer_id = ? and status = ? and balance >= ? and effective_time <= ? and expire_time > ?
      returning balance, kind`,
    [
      args.amount,
      args.amount,
      CouponStatus.USED,
      args.orderId,
      args.couponId,
      args.partnerId,
      args.customerId,
      CouponStatus.USABLE,
      args.amount,
      now,
      now,
    ],
  );
  const row = rows[0];
  return row ? { balance: Number(row.balance), kind: row.kind as CouponKind } : null;
}

/**
 * PENDING_PAYMENT → PROCESSING for an order whose deadline has not passed, with what was applied.
 * The gate of every payment: of concurrent payments of one order exactly one gets `true`.
 */
export async function claimOrderForPayment(
  tx: EntityManager,
  args: {
    orderId: number;
    now: Date;
    amountAfterDiscount: number;
    discountsJson: string;
    couponAmount: number;
    cashCouponAmount: number;
  },
): Promise<boolean> {
  const now = dbTime(tx, args.now);
  const rows = await exec(
    tx,
    `update customer_order set status = ?, payment_time = ?, amount_after_discount = ?, discounts = ?, coupon_amount = ?, cash_coupon_amount = ?, version = version + 1
      where id = ? and status = ? and pending_payment_end_time > ?
      returning id`,
    [
      OrderStatus.PROCESSING,
      now,
      args.amountAfterDiscount,
      args.discountsJson,
      args.couponAmount,
      args.cashCouponAmount,
      args.orderId,
      OrderStatus.PENDING_PAYMENT,
      now,
    ],
  );
  return rows.length === 1;
}

/** Moves an order from one state to another; false when it is no longer in `from`. */
export async function changeOrderStatus(
  tx: EntityManager,
  orderId: number,
  from: OrderStatus,
  to: OrderStatus,
): Promise<boolean> {
  const rows = await exec(
    tx,
    'update customer_order set status = ?, version = version + 1 where id = ? and status = ? returning id',
    [to, orderId, from],
  );
  return rows.length === 1;
}

/**
 * Extends an IN_USE main resource from `from` to `to` (its current expiry must still be `from`)
 * and records `orderId` as the order that last renewed it; its dependents that are not closed get
 * the same expiry. False when the main resource changed meanwhile.
 */
export async function extendResource(
  tx: EntityManager,
  args: { resourceId: number; from: Date; to: Date; orderId: number },
): Promise<boolean> {
  const rows = await exec(
    tx,
    `update resource set expire_time = ?, order_id = ? where id = ? and status = ? and is_main_resource = ? and expire_time = ? returning id`,
    [dbTime(tx, args.to), args.orderId, args.resourceId, ResourceStatus.IN_USE, true, dbTime(tx, args.from)],
  );
  if (rows.length !== 1) return false;
  await exec(tx, 'update resource set expire_time = ? where parent_resource_id = ? and status <> ? returning id', [
    dbTime(tx, args.to),
    args.resourceId,
    ResourceStatus.CLOSED,
  ]);
  return true;
}

/** Closes an IN_USE main resource and its dependents. False when it was no longer IN_USE. */
export async function closeResource(tx: EntityManager, resourceId: number): Promise<boolean> {
  const rows = await exec(
    tx,
    'update resource set status = ? where id = ? and status = ? and is_main_resource = ? returning id',
    [ResourceStatus.CLOSED, resourceId, ResourceStatus.IN_USE, true],
  );
  if (rows.length !== 1) return false;
  await exec(tx, 'update resource set status = ? where parent_resource_id = ? and status <> ? returning id', [
    ResourceStatus.CLOSED,
    resourceId,
    ResourceStatus.CLOSED,
  ]);
  return true;
}

/**
 * Takes the row locks of IN_USE main resources (PostgreSQL: a concurrent renewal or unsubscription
 * of the same resource waits here until this transaction ends, then reads what it committed;
 * SQLite runs transactions one at a time anyway). Returns the ids still IN_USE.
 */
export async function lockInUseResources(tx: EntityManager, resourceIds: number[]): Promise<Set<number>> {
  if (resourceIds.length === 0) return new Set();
  const rows = await exec(
    tx,
    `update resource set status = status where id in (${resourceIds.map(() => '?').join(', ')}) and status = ? and is_main_resource = ? returning id`,
    [...resourceIds, ResourceStatus.IN_USE, true],
  );
  return new Set(rows.map((r) => Number(r.id)));
}

/** Sets the expiry policy of an IN_USE main resource and its dependents. False when not IN_USE. */
export async function setExpirePolicy(
  tx: EntityManager,
  resourceId: number,
  policy: number,
  autoRenewTimes: number | null,
): Promise<boolean> {
  const rows = await exec(
    tx,
    'update resource set expire_policy = ?, auto_renew_times = ? where id = ? and status = ? and is_main_resource = ? returning id',
    [policy, autoRenewTimes, resourceId, ResourceStatus.IN_USE, true],
  );
  if (rows.length !== 1) return false;
  await exec(
    tx,
    'update resource set expire_policy = ?, auto_renew_times = ? where parent_resource_id = ? returning id',
    [policy, autoRenewTimes, resourceId],
  );
  return true;
}
