/**
 * Coupons whose validity has ended: USABLE → EXPIRED, with the coupon record of the platform's
 * operation type 4 (EXPIRY_RECLAIM, 过期回收) for the balance that lapsed, written as the ledger
 * writes its records. The balance stays on the coupon and nothing returns to the quota, as for the
 * coupons the seeds create EXPIRED. Run by the maintenance job `expire-coupons` (src/maintenance).
 */
import type { SqlEntityManager } from '@mikro-orm/knex';
import { CouponRecord } from './coupon.entity';
import { CouponOperationType, CouponStatus, OperationResult } from './coupon.enums';
import { couponStatusChanged } from './coupon-rollup';

type Row = Record<string, unknown>;
const exec = (tx: SqlEntityManager, sql: string, params: unknown[]) => tx.execute<Row[]>(sql, params, 'all');

/** Ids of USABLE coupons whose expiry time has passed at `now`, lowest first. */
export async function usableCouponsPastExpiry(em: SqlEntityManager, now: Date, limit: number): Promise<number[]> {
  const rows = await exec(em, 'select id from coupon where status = ? and expire_time <= ? order by id limit ?', [
    CouponStatus.USABLE,
    now,
    limit,
  ]);
  return rows.map((r) => Number(r.id));
}

/**
 * Expires one coupon if it is still USABLE and past its expiry at `now` (conditional: a payment or
 * a reclaim that changed it first wins), with its EXPIRY_RECLAIM record. Returns whether it did.
 */
async function expireCouponInTx(tx: SqlEntityManager, couponId: number, now: Date): Promise<boolean> {
  const rows = await exec(
    tx,
    `update coupon set status = ?, version = version + 1 where id = ? and status = ? and expire_time <= ?
      returning balance, customer_id, partner_id`,
    [CouponStatus.EXPIRED, couponId, CouponStatus.USABLE, now],
  );
  const row = rows[0];
  if (!row) return false;
  await tx.insert(CouponRecord, {
    partner: Number(row.partner_id),
    coupon: couponId,
    customer: Number(row.customer_id),
    operationType: CouponOperationType.EXPIRY_RECLAIM,
    amount: Number(row.balance),
    operator: null,
    time: now,
    result: OperationResult.SUCCESS,
    memo: null,
  });
  return true;
}

/**
 * Expires each coupon of `couponIds` (ascending ids, the lock order) still USABLE and past its expiry
 * at `now`, then adds them to coupon_month, the last row the transaction locks. Returns how many.
 */
export async function expireCouponsInTx(
  tx: SqlEntityManager,
  couponIds: readonly number[],
  now: Date,
): Promise<number> {
  const expired: number[] = [];
  for (const id of [...couponIds].sort((a, b) => a - b)) if (await expireCouponInTx(tx, id, now)) expired.push(id);
  await couponStatusChanged(tx, expired, CouponStatus.USABLE, CouponStatus.EXPIRED);
  return expired.length;
}
