import type { SqlEntityManager } from '@mikro-orm/knex';
import { lockRows } from '../../db/locks';
import { dbTime, rows } from '../../db/sql';
import { OrderStatus, ResourceStatus } from './order.enums';

/**
 * The only code that moves orders and resources between states (test/money/ledger-ownership
 * proves it). Each change is one conditional UPDATE whose WHERE holds the rule, checked through the
 * affected rows, so it is exact on SQLite (one connection) and PostgreSQL (row locks; a waiting
 * UPDATE re-checks its WHERE on the committed row) alike. Coupons are spent through the coupon
 * ledger (spendCoupon), cash through the funds ledger (bookCustomerCash, changePartnerCredit).
 */

/**
 * PENDING_PAYMENT → PROCESSING for an order whose deadline has not passed, with what was applied.
 * The gate of every payment: of concurrent payments of one order exactly one gets `true`.
 */
export async function claimOrderForPayment(
  tx: SqlEntityManager,
  args: {
    orderId: number;
    now: Date;
    amountAfterDiscount: number;
    discountsJson: string;
    couponAmount: number;
    cashCouponAmount: number;
    /** The part the partner's credit account pays (the customer's balance pays the rest). */
    creditAmount: number;
    /** The part the partner's cash account pays under a payment-on-behalf agreement (0 without one). */
    onBehalfAmount: number;
  },
): Promise<boolean> {
  const now = dbTime(tx, args.now);
  const found = await rows(
    tx,
    `update customer_order set status = ?, payment_time = ?, amount_after_discount = ?, discounts = ?, coupon_amount = ?, cash_coupon_amount = ?, credit_amount = ?, on_behalf_amount = ?, version = version + 1
      where id = ? and status = ? and pending_payment_end_time > ?
      returning id`,
    [
      OrderStatus.PROCESSING,
      now,
      args.amountAfterDiscount,
      args.discountsJson,
      args.couponAmount,
      args.cashCouponAmount,
      args.creditAmount,
      args.onBehalfAmount,
      args.orderId,
      OrderStatus.PENDING_PAYMENT,
      now,
    ],
  );
  return found.length === 1;
}

/** Moves an order from one state to another; false when it is no longer in `from`. */
export async function changeOrderStatus(
  tx: SqlEntityManager,
  orderId: number,
  from: OrderStatus,
  to: OrderStatus,
): Promise<boolean> {
  const found = await rows(
    tx,
    'update customer_order set status = ?, version = version + 1 where id = ? and status = ? returning id',
    [to, orderId, from],
  );
  return found.length === 1;
}

/**
 * Extends an IN_USE main resource from `from` to `to` (its current expiry must still be `from`)
 * and records `orderId` as the order that last renewed it; its dependents that are not closed get
 * the same expiry. False when the main resource changed meanwhile.
 */
export async function extendResource(
  tx: SqlEntityManager,
  args: { resourceId: number; from: Date; to: Date; orderId: number },
): Promise<boolean> {
  const found = await rows(
    tx,
    `update resource set expire_time = ?, order_id = ? where id = ? and status = ? and is_main_resource = ? and expire_time = ? returning id`,
    [dbTime(tx, args.to), args.orderId, args.resourceId, ResourceStatus.IN_USE, true, dbTime(tx, args.from)],
  );
  if (found.length !== 1) return false;
  await rows(tx, 'update resource set expire_time = ? where parent_resource_id = ? and status <> ? returning id', [
    dbTime(tx, args.to),
    args.resourceId,
    ResourceStatus.CLOSED,
  ]);
  return true;
}

/** Closes an IN_USE main resource and its dependents. False when it was no longer IN_USE. */
export async function closeResource(tx: SqlEntityManager, resourceId: number): Promise<boolean> {
  const found = await rows(
    tx,
    'update resource set status = ? where id = ? and status = ? and is_main_resource = ? returning id',
    [ResourceStatus.CLOSED, resourceId, ResourceStatus.IN_USE, true],
  );
  if (found.length !== 1) return false;
  await rows(tx, 'update resource set status = ? where parent_resource_id = ? and status <> ? returning id', [
    ResourceStatus.CLOSED,
    resourceId,
    ResourceStatus.CLOSED,
  ]);
  return true;
}

/**
 * Takes the row locks of main resources, in ascending ids (db/locks.ts: PostgreSQL makes a
 * concurrent renewal or unsubscription of the same resource wait here until this transaction ends,
 * then reads what it committed; SQLite runs transactions one at a time anyway). Returns the ids
 * still IN_USE main resources once locked.
 */
export async function lockInUseResources(tx: SqlEntityManager, resourceIds: number[]): Promise<Set<number>> {
  const locked = await lockRows(tx, 'resource', resourceIds, ['status', 'is_main_resource']);
  return new Set(
    locked
      .filter((r) => Number(r.status) === ResourceStatus.IN_USE && Boolean(r.is_main_resource))
      .map((r) => Number(r.id)),
  );
}

/** Sets the expiry policy of an IN_USE main resource and its dependents. False when not IN_USE. */
export async function setExpirePolicy(
  tx: SqlEntityManager,
  resourceId: number,
  policy: number,
  autoRenewTimes: number | null,
): Promise<boolean> {
  const found = await rows(
    tx,
    'update resource set expire_policy = ?, auto_renew_times = ? where id = ? and status = ? and is_main_resource = ? returning id',
    [policy, autoRenewTimes, resourceId, ResourceStatus.IN_USE, true],
  );
  if (found.length !== 1) return false;
  await rows(
    tx,
    'update resource set expire_policy = ?, auto_renew_times = ? where parent_resource_id = ? returning id',
    [policy, autoRenewTimes, resourceId],
  );
  return true;
}
