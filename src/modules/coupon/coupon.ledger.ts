import type { EntityManager } from '@mikro-orm/core';
import { CouponRecord } from './coupon.entity';
import { CouponOperationType, CouponStatus, OperationResult, QuotaStatus } from './coupon.enums';

/**
 * The only code that changes quota and coupon balances: conditional UPDATE … RETURNING, exact on
 * SQLite and PostgreSQL under concurrency (the check and the change are one statement).
 */

type Row = Record<string, unknown>;
const exec = (tx: EntityManager, sql: string, params: unknown[]) =>
  (tx as unknown as { execute(sql: string, params: unknown[], method: 'all'): Promise<Row[]> }).execute(sql, params, 'all');

/**
 * Takes `amount` fen out of a quota that is NORMAL and valid at `now`. Returns the new balance,
 * or null when the quota refuses (status, validity or balance): never over-issued.
 */
export async function takeFromQuota(tx: EntityManager, quotaId: number, amount: number, now = new Date()): Promise<number | null> {
  const rows = await exec(
    tx,
    `update coupon_quota set balance = balance - ?, version = version + 1
      where id = ? and status = ? and balance >= ? and effective_time <= ? and expire_time > ?
      returning balance`,
    [amount, quotaId, QuotaStatus.NORMAL, amount, now, now],
  );
  return rows[0] ? Number(rows[0].balance) : null;
}

/** Gives `amount` fen back to a quota (never above its value). Returns the new balance. */
export async function returnToQuota(tx: EntityManager, quotaId: number, amount: number): Promise<number> {
  const rows = await exec(
    tx,
    `update coupon_quota set balance = balance + ?, version = version + 1
      where id = ? and balance + ? <= quota_value
      returning balance`,
    [amount, quotaId, amount],
  );
  if (!rows[0]) throw new Error(`quota ${quotaId} would exceed its value when given back ${amount}`);
  return Number(rows[0].balance);
}

export interface ReclaimedCoupon {
  couponId: number;
  amount: number;
  quotaId: number;
  customerId: number;
  partnerId: number;
}

/**
 * Reclaims a USABLE coupon's whole remaining balance back to its quota, with its coupon record
 * (operation type 2 manual, 3 on unbind, 8 on switch, …). Returns null if the coupon is not
 * USABLE at this instant (already used up, reclaimed, expired or inactive).
 */
export async function reclaimCouponInTx(
  tx: EntityManager,
  args: { couponId: number; operationType: CouponOperationType; operatorId: number | null; memo?: string | null },
): Promise<ReclaimedCoupon | null> {
  // Status first: once RECLAIMED nothing else can spend the balance, so reading it is safe.
  const rows = await exec(
    tx,
    `update coupon set status = ?, version = version + 1 where id = ? and status = ?
      returning balance, quota_id, customer_id, partner_id`,
    [CouponStatus.RECLAIMED, args.couponId, CouponStatus.USABLE],
  );
  const row = rows[0];
  if (!row) return null;
  const reclaimed: ReclaimedCoupon = {
    couponId: args.couponId,
    amount: Number(row.balance),
    quotaId: Number(row.quota_id),
    customerId: Number(row.customer_id),
    partnerId: Number(row.partner_id),
  };
  await exec(tx, 'update coupon set balance = 0 where id = ?', [args.couponId]);
  if (reclaimed.amount > 0) await returnToQuota(tx, reclaimed.quotaId, reclaimed.amount);
  await tx.insert(CouponRecord, {
    partner: reclaimed.partnerId,
    coupon: args.couponId,
    customer: reclaimed.customerId,
    operationType: args.operationType,
    amount: reclaimed.amount,
    operator: args.operatorId,
    time: new Date(),
    result: OperationResult.SUCCESS,
    memo: args.memo ?? null,
  } as never);
  return reclaimed;
}
