import { registerEnumType } from 'type-graphql';

/** 在线充值: where an online recharge's payment stands. */
export enum RechargePaymentStatus {
  PENDING = 'PENDING',
  SUCCEEDED = 'SUCCEEDED',
  FAILED = 'FAILED',
  EXPIRED = 'EXPIRED',
}

/** What the payment provider answered for an online recharge (settleRechargePayment). */
export enum RechargeOutcome {
  SUCCEEDED = 'SUCCEEDED',
  FAILED = 'FAILED',
}

/** 汇款认领: where a remittance claim stands. */
export enum RemittanceClaimStatus {
  PENDING = 'PENDING',
  CONFIRMED = 'CONFIRMED',
  REJECTED = 'REJECTED',
  CANCELLED = 'CANCELLED',
}

/** 提现: where a withdrawal stands. */
export enum WithdrawalStatus {
  PENDING = 'PENDING',
  PAID = 'PAID',
  REJECTED = 'REJECTED',
}

/** The account a withdrawal is taken from. */
export enum WithdrawalAccount {
  CASH = 'CASH',
  BONUS = 'BONUS',
}

registerEnumType(RechargePaymentStatus, {
  name: 'RechargePaymentStatus',
  description: 'Where an online recharge (在线充值) stands.',
  valuesConfig: {
    PENDING: { description: '待支付: waiting for the payment page; nothing credited yet.' },
    SUCCEEDED: { description: '支付成功: paid; the amount was credited to the cash account once (a RECHARGE record).' },
    FAILED: { description: '支付失败: the payment provider reported a failure; nothing credited.' },
    EXPIRED: { description: '已过期: not paid within 30 minutes (design); nothing credited.' },
  },
});
registerEnumType(RechargeOutcome, {
  name: 'RechargeOutcome',
  description: "The payment provider's answer for an online recharge.",
  valuesConfig: {
    SUCCEEDED: { description: 'Paid: credit the cash account.' },
    FAILED: { description: 'Not paid: credit nothing.' },
  },
});
registerEnumType(RemittanceClaimStatus, {
  name: 'RemittanceClaimStatus',
  description: 'Where a remittance claim (汇款认领) stands.',
  valuesConfig: {
    PENDING: { description: '待确认: submitted; the cloud has not checked the remittance yet.' },
    CONFIRMED: {
      description: '已认领: the cloud found the remittance; the cash account was credited once (a REMITTANCE record).',
    },
    REJECTED: {
      description: '已驳回: the cloud did not find the remittance as claimed; see reason. Nothing credited.',
    },
    CANCELLED: { description: '已取消: the partner withdrew the claim while it was pending. Nothing credited.' },
  },
});
registerEnumType(WithdrawalStatus, {
  name: 'WithdrawalStatus',
  description: 'Where a withdrawal (提现 / 激励返点提现) stands.',
  valuesConfig: {
    PENDING: {
      description: '处理中: the amount left the account at once and is held until the cloud pays or rejects.',
    },
    PAID: { description: '已打款: the cloud transferred the amount to the bank account.' },
    REJECTED: { description: '已驳回: refused by the cloud; the held amount came back (a …_RETURNED record).' },
  },
});
registerEnumType(WithdrawalAccount, {
  name: 'WithdrawalAccount',
  description: 'The account a withdrawal takes money from.',
  valuesConfig: {
    CASH: { description: '现金账户: withdraw from the cash account (提现), at most its allocatable part.' },
    BONUS: { description: '奖励账户: rebate withdrawal (激励返点提现) from the bonus account, at most its balance.' },
  },
});
