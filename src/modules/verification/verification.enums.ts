import { registerEnumType } from 'type-graphql';

/** Sensitive operations: with verification on, each needs a fresh code requested for it. */
export enum SensitiveOperation {
  ALLOCATE_FUNDS = 'ALLOCATE_FUNDS',
  RECLAIM_FUNDS = 'RECLAIM_FUNDS',
  ALLOCATE_FUNDS_TO_RESELLER = 'ALLOCATE_FUNDS_TO_RESELLER',
  RECLAIM_FUNDS_FROM_RESELLER = 'RECLAIM_FUNDS_FROM_RESELLER',
  ISSUE_COUPONS = 'ISSUE_COUPONS',
  RECLAIM_COUPONS = 'RECLAIM_COUPONS',
  ISSUE_SUB_QUOTA = 'ISSUE_SUB_QUOTA',
  RECLAIM_SUB_QUOTA = 'RECLAIM_SUB_QUOTA',
  UNBIND_CUSTOMER = 'UNBIND_CUSTOMER',
  SWITCH_ASSOCIATION_TYPE = 'SWITCH_ASSOCIATION_TYPE',
  ANSWER_UNBIND_REQUEST = 'ANSWER_UNBIND_REQUEST',
  REQUEST_UNBIND = 'REQUEST_UNBIND',
  CANCEL_ORDER_AUTHORIZATION = 'CANCEL_ORDER_AUTHORIZATION',
  WITHDRAW = 'WITHDRAW',
  CHANGE_PASSWORD = 'CHANGE_PASSWORD',
}

registerEnumType(SensitiveOperation, {
  name: 'SensitiveOperation',
  description:
    "Operations that need a verification code: a partner's when the partner has turned verification on, a customer's always.",
  valuesConfig: {
    ALLOCATE_FUNDS: { description: 'allocateFunds (拨款).' },
    RECLAIM_FUNDS: { description: 'reclaimFunds (回收).' },
    ALLOCATE_FUNDS_TO_RESELLER: { description: 'allocateFundsToReseller.' },
    RECLAIM_FUNDS_FROM_RESELLER: { description: 'reclaimFundsFromReseller.' },
    ISSUE_COUPONS: { description: 'issueCoupons (下发).' },
    RECLAIM_COUPONS: { description: 'reclaimCoupons.' },
    ISSUE_SUB_QUOTA: { description: 'issueSubQuota.' },
    RECLAIM_SUB_QUOTA: { description: 'reclaimSubQuota.' },
    UNBIND_CUSTOMER: { description: 'unbindCustomer (解绑).' },
    SWITCH_ASSOCIATION_TYPE: { description: 'switchAssociationType.' },
    ANSWER_UNBIND_REQUEST: {
      description: "A customer's answer to its partner's unbind request (answerUnbindRequest); always needs a code.",
    },
    REQUEST_UNBIND: { description: "A customer's own unbind request (requestUnbind); always needs a code." },
    CANCEL_ORDER_AUTHORIZATION: {
      description:
        'A customer cancelling its order-on-behalf authorization (revokeOrderAuthorization); always needs a code.',
    },
    WITHDRAW: {
      description:
        "requestWithdrawal (提现 and 激励返点提现): always needs a code, whatever the partner's verification setting.",
    },
    CHANGE_PASSWORD: {
      description:
        "changeMyPassword: a member changing its own password; always needs a code, whatever the partner's verification setting.",
    },
  },
});
