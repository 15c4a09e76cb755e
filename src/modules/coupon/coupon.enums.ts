import { registerEnumType } from 'type-graphql';

export enum CouponKind {
  VOUCHER = 'VOUCHER',
  CASH = 'CASH',
  PICKUP = 'PICKUP',
}

/** Quota status (platform codes). */
export enum QuotaStatus {
  NORMAL = 0,
  INVALID = 3,
  ADJUSTING = 4,
  FROZEN = 5,
  RECLAIMED = 6,
}

/** Coupon status (platform codes). */
export enum CouponStatus {
  INACTIVE = 1,
  USABLE = 2,
  USED = 3,
  EXPIRED = 4,
  RECLAIMED = 5,
}

/** Coupon record operation types (platform codes 1–9). */
export enum CouponOperationType {
  ISSUE = 1,
  MANUAL_RECLAIM = 2,
  UNBIND_RECLAIM = 3,
  EXPIRY_RECLAIM = 4,
  UNSUBSCRIBE_RECLAIM = 5,
  REFUND_REVOKE = 6,
  ASSOCIATION_RECLAIM = 7,
  SWITCH_RECLAIM = 8,
  RESELLER_TRANSFER = 9,
  /** Ours, not a platform code: one payment of an order by the coupon. */
  USE = 100,
  /** Ours, not a platform code: a cash or pickup coupon's balance back to its quota on the customer's full withdrawal. */
  FULL_WITHDRAWAL_RECLAIM = 101,
}

/** Quota record operation types (platform codes 10, 11). */
export enum QuotaOperationType {
  ISSUE = 10,
  RECLAIM = 11,
}

export enum OperationResult {
  SUCCESS = 'SUCCESS',
  FAILED = 'FAILED',
}

registerEnumType(CouponKind, {
  name: 'CouponKind',
  description: 'Kind of coupon and of the quota it is issued from.',
  valuesConfig: {
    VOUCHER: { description: '代金券 (coupon_type 1, quota_type 0).' },
    CASH: { description: '现金券 flexi-purchase coupon (coupon_type 4, quota_type 1).' },
    PICKUP: { description: '提货券, for government-cloud partners.' },
  },
});
registerEnumType(QuotaStatus, {
  name: 'QuotaStatus',
  description: 'State of a coupon quota (platform codes).',
  valuesConfig: {
    NORMAL: { description: '0: usable for issuing.' },
    INVALID: { description: '3: expired or invalidated.' },
    ADJUSTING: { description: '4: visible, cannot issue.' },
    FROZEN: { description: '5: frozen.' },
    RECLAIMED: { description: '6: a sub-quota taken back from a reseller.' },
  },
});
registerEnumType(CouponStatus, {
  name: 'CouponStatus',
  description: 'State of a coupon (platform codes 1–5).',
  valuesConfig: {
    INACTIVE: { description: '1 未激活: not active yet.' },
    USABLE: { description: '2 可使用: can be used.' },
    USED: { description: '3 已使用: used up.' },
    EXPIRED: { description: '4 已过期: expired.' },
    RECLAIMED: { description: '5 已回收: taken back by the partner.' },
  },
});
registerEnumType(CouponOperationType, {
  name: 'CouponOperationType',
  description:
    'What a coupon record did: platform codes 1–9, and 100 USE / 101 FULL_WITHDRAWAL_RECLAIM of this API (the platform shows usage and withdrawals elsewhere).',
  valuesConfig: {
    ISSUE: { description: '1 发放: issued.' },
    MANUAL_RECLAIM: { description: '2 手动回收: reclaimed by the partner.' },
    UNBIND_RECLAIM: { description: '3 解绑自动回收: reclaimed automatically on unbind.' },
    EXPIRY_RECLAIM: { description: '4 过期回收: reclaimed on expiry.' },
    UNSUBSCRIBE_RECLAIM: { description: '5 退订回收: reclaimed on unsubscribe.' },
    REFUND_REVOKE: { description: '6 退款充值撤销: revoked with a refund.' },
    ASSOCIATION_RECLAIM: { description: '7 建立关联回收: reclaimed when an association was made.' },
    SWITCH_RECLAIM: { description: '8 切换关联模式自动回收: reclaimed automatically on a switch of association type.' },
    RESELLER_TRANSFER: { description: '9 云经销商转移: moved with a reseller transfer.' },
    USE: {
      description:
        '100 使用: the coupon paid part of an order (amount, time and order on the record); one record per payment, so a coupon keeps its whole usage history.',
    },
    FULL_WITHDRAWAL_RECLAIM: {
      description:
        "101 全额提现回收: the customer's whole balance was withdrawn (reclaimFunds of all of it), and this CASH or PICKUP coupon's remaining balance went back to its quota.",
    },
  },
});
registerEnumType(QuotaOperationType, {
  name: 'QuotaOperationType',
  description: 'What a quota record did (platform codes 10, 11).',
  valuesConfig: {
    ISSUE: { description: '10: a sub-quota issued to a reseller.' },
    RECLAIM: { description: '11: a sub-quota reclaimed from a reseller.' },
  },
});
registerEnumType(OperationResult, {
  name: 'OperationResult',
  description: 'Outcome recorded for an operation.',
  valuesConfig: { SUCCESS: { description: 'It took effect.' }, FAILED: { description: 'It was refused.' } },
});
