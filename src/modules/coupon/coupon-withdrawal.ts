import type { SqlEntityManager } from '@mikro-orm/knex';
import { type FullWithdrawal, onFullWithdrawal } from '../funds/full-withdrawal';
import { Coupon } from './coupon.entity';
import { CouponKind, CouponOperationType, CouponStatus } from './coupon.enums';
import { lockCouponsAndQuotas, reclaimCouponInTx } from './coupon.ledger';
import { couponsReclaimed } from './coupon-rollup';

/** Kinds whose balance returns on a full withdrawal (seed 003: 现金券 and 提货券; a 代金券 stays). */
export const RETURNED_ON_FULL_WITHDRAWAL: readonly CouponKind[] = [CouponKind.CASH, CouponKind.PICKUP];

/**
 * On a customer's full withdrawal, each USABLE or INACTIVE CASH or PICKUP coupon the partner issued
 * to it gives its remaining balance back to its quota and becomes RECLAIMED, with its coupon record
 * (FULL_WITHDRAWAL_RECLAIM). The customer is held by the caller; coupons, then quotas, are locked here.
 */
export async function reclaimOnFullWithdrawal(tx: SqlEntityManager, withdrawal: FullWithdrawal): Promise<number[]> {
  const ending = [CouponStatus.USABLE, CouponStatus.INACTIVE];
  const coupons = await tx.find(
    Coupon,
    {
      partner: withdrawal.partnerId,
      customer: withdrawal.customerId,
      kind: { $in: [...RETURNED_ON_FULL_WITHDRAWAL] },
      status: { $in: ending },
    },
    { fields: ['id', 'quota'], orderBy: { id: 'asc' } },
  );
  await lockCouponsAndQuotas(
    tx,
    coupons.map((c) => ({ couponId: c.id, quotaId: c.quota.id })),
  );
  const reclaimed: number[] = [];
  for (const coupon of coupons) {
    const done = await reclaimCouponInTx(tx, {
      couponId: coupon.id,
      operationType: CouponOperationType.FULL_WITHDRAWAL_RECLAIM,
      operatorId: withdrawal.operatorId,
      memo: '客户全额提现，余额退回额度',
      fromStatuses: ending,
    });
    if (done) reclaimed.push(done.couponId);
  }
  await couponsReclaimed(tx, reclaimed);
  return reclaimed;
}

onFullWithdrawal(reclaimOnFullWithdrawal);
