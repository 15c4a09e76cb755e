import type { SqlEntityManager } from '@mikro-orm/knex';
import { toGlobalId } from '../../common/global-id';
import { formatFen } from '../../common/money';
import { success } from '../../common/mutation-kit';
import { Coupon } from '../coupon/coupon.entity';
import { CouponOperationType, CouponStatus } from '../coupon/coupon.enums';
import { lockCouponsAndQuotas, reclaimCouponInTx } from '../coupon/coupon.ledger';
import { couponsReclaimed } from '../coupon/coupon-rollup';
import { SubCustomer } from '../customer/customer.entity';
import { AssociationType } from '../customer/customer.enums';
import { AdjustRecord } from '../funds/funds.entity';
import { moveBetweenPartnerAndCustomer } from '../funds/ledger';
import { Partner } from '../partner/partner.entity';
import { AssociationEvent, OrderAuthorization } from './association.entity';
import { OrderAuthorizationStatus } from './association.enums';
import type { AssociationChangePayload } from './association.payloads';
import { moveCustomers } from '../performance/consumption-rollup';

/**
 * What left the customer when its association ended or it switched away from RESALE. INACTIVE
 * coupons are reclaimed too (reclaimCouponInTx takes USABLE ones only by default): an ADVISORY or
 * unbound customer must not keep coupons of yours that become usable later.
 */
export interface Release {
  couponIds: number[];
  reclaimedFen: number;
  adjustRecordId: number | null;
  returnedFen: number;
}

/** Who ends the association: the partner, and its member (null when the customer answered a request). */
export interface Releaser {
  partnerId: number;
  operatorId: number | null;
}

/** Every USABLE or INACTIVE coupon the partner issued to the customer, back to its quota (record type 3 or 8). */
async function reclaimCoupons(
  tx: SqlEntityManager,
  by: Releaser,
  customer: SubCustomer,
  operationType: CouponOperationType.UNBIND_RECLAIM | CouponOperationType.SWITCH_RECLAIM,
  result: Release,
): Promise<void> {
  const ending = [CouponStatus.USABLE, CouponStatus.INACTIVE];
  const coupons = await tx.find(
    Coupon,
    { partner: by.partnerId, customer: customer.id, status: { $in: ending } },
    { fields: ['id', 'quota'], orderBy: { id: 'asc' } },
  );
  // Lock order (db/locks.ts): the customer (locked before), its coupons, then their quotas.
  await lockCouponsAndQuotas(
    tx,
    coupons.map((c) => ({ couponId: c.id, quotaId: c.quota.id })),
  );
  const unbind = operationType === CouponOperationType.UNBIND_RECLAIM;
  for (const coupon of coupons) {
    const reclaimed = await reclaimCouponInTx(tx, {
      couponId: coupon.id,
      operationType,
      operatorId: by.operatorId,
      memo: unbind ? '解除关联自动回收' : '切换关联类型自动回收',
      fromStatuses: ending,
    });
    if (!reclaimed) continue;
    result.couponIds.push(reclaimed.couponId);
    result.reclaimedFen += reclaimed.amount;
  }
  await couponsReclaimed(tx, result.couponIds);
}

/**
 * The effects of an unbind or of a switch away from RESALE, in the caller's transaction: the
 * partner's coupons are reclaimed and the remaining balance goes back to the partner (BEUNBIND
 * adjust record and both ledger rows).
 */
export async function release(
  tx: SqlEntityManager,
  by: Releaser,
  customer: SubCustomer,
  operationType: CouponOperationType.UNBIND_RECLAIM | CouponOperationType.SWITCH_RECLAIM,
): Promise<Release> {
  const unbind = operationType === CouponOperationType.UNBIND_RECLAIM;
  const result: Release = { couponIds: [], reclaimedFen: 0, adjustRecordId: null, returnedFen: 0 };
  await reclaimCoupons(tx, by, customer, operationType, result);
  if (customer.associationType === AssociationType.RESALE && customer.balance > 0) {
    const moved = await moveBetweenPartnerAndCustomer(tx, {
      partnerId: by.partnerId,
      customerId: customer.id,
      amount: customer.balance,
      direction: 'toPartner',
      unbind: true,
      operatorId: by.operatorId,
      memo: unbind ? '解除关联，余额退回' : '切换关联类型，余额退回',
    });
    // The row is locked and was just read: a refusal here means the data broke a rule.
    if (!moved.ok) throw new Error(`returning the balance of customer ${customer.id} was refused`);
    result.adjustRecordId = moved.record.id;
    result.returnedFen = customer.balance;
  }
  return result;
}

/**
 * The association ends: the customer leaves lists, money operations and its manager, and its
 * order-on-behalf authorization is revoked. Answers how many authorizations were revoked.
 */
export async function endAssociation(
  tx: SqlEntityManager,
  partnerId: number,
  customerId: number,
  at: Date,
): Promise<number> {
  const revoked = await tx.nativeUpdate(
    OrderAuthorization,
    { partner: partnerId, customer: customerId, status: OrderAuthorizationStatus.GRANTED },
    { status: OrderAuthorizationStatus.REVOKED, revokedAt: at },
  );
  // The customer leaves its manager: its dashboard roll-up rows move to "no manager".
  await moveCustomers(tx, [customerId], () =>
    tx.nativeUpdate(SubCustomer, { id: customerId, unboundAt: null }, { unboundAt: at, accountManager: null }),
  );
  return revoked;
}

/** What the audit log records of a release. */
export function releaseAudit(done: Release | null) {
  return done
    ? {
        reclaimedCoupons: done.couponIds.map((id) => toGlobalId('Coupon', id)),
        reclaimedCouponAmount: formatFen(done.reclaimedFen),
        returnedBalance: formatFen(done.returnedFen),
      }
    : {};
}

/** The answer of an association change: the event, the customer, what it released, the partner. */
export async function associationChanged(
  tx: SqlEntityManager,
  partnerId: number,
  eventId: number,
  customerId: number,
  done: Release | null,
): Promise<AssociationChangePayload> {
  return success<AssociationChangePayload>({
    event: await tx.findOneOrFail(AssociationEvent, eventId, { refresh: true }),
    customer: await tx.findOneOrFail(SubCustomer, customerId, { refresh: true }),
    reclaimedCoupons: done?.couponIds.length
      ? await tx.find(Coupon, { id: { $in: done.couponIds } }, { orderBy: { id: 'asc' }, refresh: true })
      : [],
    adjustRecord: done?.adjustRecordId != null ? await tx.findOneOrFail(AdjustRecord, done.adjustRecordId) : null,
    partner: await tx.findOneOrFail(Partner, partnerId),
  });
}
