/** The API's view of coupon rows (Coupon, CouponQuota and their records), built from the database. */
import type { Coupon, CouponQuota, CouponRecord, QuotaRecord } from '../../src/modules/coupon/coupon.entity';
import {
  CouponOperationType,
  CouponStatus,
  QuotaOperationType,
  QuotaStatus,
} from '../../src/modules/coupon/coupon.enums';
import { gid } from './ids';
import { cny } from './money';

/** A Coupon as the API answers it (every scalar field, relations as ids). */
export function expectedCoupon(c: Coupon) {
  return {
    id: gid('Coupon', c.id),
    couponId: c.couponId,
    kind: c.kind,
    status: CouponStatus[c.status],
    faceValue: cny(c.faceValue),
    balance: cny(c.balance),
    effectiveTime: c.effectiveTime.toISOString(),
    expireTime: c.expireTime.toISOString(),
    issuedAt: c.issuedAt.toISOString(),
    quota: { id: gid('CouponQuota', c.quota.id) },
    customer: { id: gid('SubCustomer', c.customer.id) },
    usedOnOrder: c.usedOnOrder ? { id: gid('Order', c.usedOnOrder.id) } : null,
    memo: c.memo ?? null,
  };
}

/** A CouponQuota as the API answers it. */
export function expectedQuota(q: CouponQuota) {
  return {
    id: gid('CouponQuota', q.id),
    quotaId: q.quotaId,
    kind: q.kind,
    status: QuotaStatus[q.status],
    quotaValue: cny(q.quotaValue),
    balance: cny(q.balance),
    issuedAmount: cny(q.quotaValue - q.balance),
    effectiveTime: q.effectiveTime.toISOString(),
    expireTime: q.expireTime.toISOString(),
    createdAt: q.createdAt.toISOString(),
    cloudServiceTypes: q.cloudServiceTypes,
    productIds: q.productIds,
    designatedCustomerIds: q.designatedCustomerIds,
    partner: { id: gid('Partner', q.partner.id) },
  };
}

/** A CouponRecord as the API answers it. */
export function expectedCouponRecord(r: CouponRecord) {
  return {
    id: gid('CouponRecord', r.id),
    operationType: CouponOperationType[r.operationType],
    amount: cny(r.amount),
    result: r.result,
    memo: r.memo ?? null,
    time: r.time.toISOString(),
    coupon: { id: gid('Coupon', r.coupon.id) },
    customer: { id: gid('SubCustomer', r.customer.id) },
    operator: r.operator ? { id: gid('Member', r.operator.id) } : null,
  };
}

/** A QuotaRecord as the API answers it. */
export function expectedQuotaRecord(r: QuotaRecord) {
  return {
    id: gid('QuotaRecord', r.id),
    operationType: QuotaOperationType[r.operationType],
    amount: cny(r.amount),
    result: r.result,
    remark: r.remark ?? null,
    time: r.time.toISOString(),
    quota: { id: gid('CouponQuota', r.quota.id) },
    parentQuota: { id: gid('CouponQuota', r.parentQuota.id) },
    reseller: { id: gid('Partner', r.reseller.id) },
    operator: r.operator ? { id: gid('Member', r.operator.id) } : null,
  };
}
