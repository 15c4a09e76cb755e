import { registerEnumType } from 'type-graphql';

/** (design) Kinds of incentive the cloud pays partners; the source documents name the PCE one. */
export enum IncentiveType {
  PCE_OPPORTUNITY = 'PCE_OPPORTUNITY',
  SALES_REBATE = 'SALES_REBATE',
  MARKETING_TASK = 'MARKETING_TASK',
}

/** 激励发放状态: where a payout stands (seeds 002/004; 待付款 → 已付款 and 已关闭 are design). */
export enum IncentiveStage {
  PENDING_APPLICATION = 'PENDING_APPLICATION',
  APPLYING = 'APPLYING',
  COSIGNING = 'COSIGNING',
  COSIGN_REJECTED = 'COSIGN_REJECTED',
  AWAITING_PAYMENT_ORDER = 'AWAITING_PAYMENT_ORDER',
  PAYMENT_ORDER_FAILED = 'PAYMENT_ORDER_FAILED',
  INVOICE_REVIEW = 'INVOICE_REVIEW',
  AWAITING_PARTNER_INVOICE = 'AWAITING_PARTNER_INVOICE',
  AWAITING_PAYMENT = 'AWAITING_PAYMENT',
  PAID = 'PAID',
  CLOSED = 'CLOSED',
}

/** Who takes a transition: the partner's member, a cloud operator, or the system (a maintenance job). */
export enum IncentiveActorKind {
  PARTNER = 'PARTNER',
  OPERATOR = 'OPERATOR',
  SYSTEM = 'SYSTEM',
}

/** Every named transition of the payout workflow (incentive.stages.ts says from, to and who). */
export enum IncentiveAction {
  APPLY = 'APPLY',
  START_COSIGN = 'START_COSIGN',
  APPROVE_COSIGN = 'APPROVE_COSIGN',
  REJECT_COSIGN = 'REJECT_COSIGN',
  REOPEN = 'REOPEN',
  CLOSE = 'CLOSE',
  CREATE_PAYMENT_ORDER = 'CREATE_PAYMENT_ORDER',
  FAIL_PAYMENT_ORDER = 'FAIL_PAYMENT_ORDER',
  RETRY_PAYMENT_ORDER = 'RETRY_PAYMENT_ORDER',
  SIGN_INVOICE = 'SIGN_INVOICE',
  INVOICE = 'INVOICE',
  PAY = 'PAY',
}

/** The operator's actions (processIncentive takes one of these). */
export enum OperatorIncentiveAction {
  START_COSIGN = 'START_COSIGN',
  APPROVE_COSIGN = 'APPROVE_COSIGN',
  REJECT_COSIGN = 'REJECT_COSIGN',
  REOPEN = 'REOPEN',
  CLOSE = 'CLOSE',
  CREATE_PAYMENT_ORDER = 'CREATE_PAYMENT_ORDER',
  FAIL_PAYMENT_ORDER = 'FAIL_PAYMENT_ORDER',
  RETRY_PAYMENT_ORDER = 'RETRY_PAYMENT_ORDER',
  SIGN_INVOICE = 'SIGN_INVOICE',
  PAY = 'PAY',
}

registerEnumType(IncentiveType, {
  name: 'IncentiveType',
  description: '(design) Kind of incentive (激励类型).',
  valuesConfig: {
    PCE_OPPORTUNITY: {
      description:
        'PCE机会点共享专项激励: for an opportunity shared with the cloud; see IncentiveRecord.pceEligibility.',
    },
    SALES_REBATE: { description: '销售返点: rebate on the period’s sales (design).' },
    MARKETING_TASK: { description: '营销任务激励: for completed marketing tasks (design).' },
  },
});

registerEnumType(IncentiveStage, {
  name: 'IncentiveStage',
  description:
    '激励发放状态: the payout stage, each with the hint the partner sees (IncentiveRecord.hint). Seeds 002/004 list 待提交申请 → 申请处理中 → 会签中 / 会签驳回 → 待申付 / 申付单创建失败 → 发票审核 → 待伙伴开票; (design) 待付款 → 已付款, and 已关闭 for a rejection the operators close.',
  valuesConfig: {
    PENDING_APPLICATION: { description: '待提交申请. Hint: 请申请发放激励,或设置自动申请发放激励。' },
    APPLYING: { description: '申请处理中. Hint: 系统向华为财经提交申付申请后将进入待伙伴开票环节。' },
    COSIGNING: { description: '会签中. Hint: 请等待运营人员完成会签。' },
    COSIGN_REJECTED: { description: '会签驳回 (rejectionReason says why). Hint: 请等待华为运营人员处理。' },
    AWAITING_PAYMENT_ORDER: { description: '待申付. Hint: 请等待系统处理。' },
    PAYMENT_ORDER_FAILED: { description: '申付单创建失败. Hint: 请等待运营人员处理。' },
    INVOICE_REVIEW: {
      description: '发票审核. Hint: 伙伴必须先为云商店商品账单开票,发票签收后才能执行下一步操作。',
    },
    AWAITING_PARTNER_INVOICE: {
      description: '待伙伴开票. Hint (design): 请查看开票清单并为激励开票 (invoiceIncentive)。',
    },
    AWAITING_PAYMENT: { description: '(design) 待付款. Hint: 发票已提交,请等待华为付款。' },
    PAID: { description: '(design) 已付款: credited to the partner’s bonus account (奖励账户). Hint: 激励已发放。' },
    CLOSED: {
      description:
        '(design) 已关闭: the operators closed a rejected application; final. Hint: 申请已关闭,请查看驳回原因。',
    },
  },
});

registerEnumType(IncentiveActorKind, {
  name: 'IncentiveActorKind',
  description: 'Who took a payout transition.',
  valuesConfig: {
    PARTNER: { description: 'A member of the partner (applyIncentives, invoiceIncentive).' },
    OPERATOR: { description: 'A cloud operator holding ops:incentive (processIncentive).' },
    SYSTEM: { description: 'The system: the maintenance job auto-apply-incentives.' },
  },
});

const ACTION_DOCS: Record<IncentiveAction, { description: string }> = {
  APPLY: { description: '申请发放激励: 待提交申请 → 申请处理中 (partner, or the system for auto-apply).' },
  START_COSIGN: { description: '发起会签: 申请处理中 → 会签中 (operator).' },
  APPROVE_COSIGN: { description: '会签通过: 会签中 → 待申付 (operator).' },
  REJECT_COSIGN: { description: '会签驳回: 会签中 → 会签驳回, with a reason (operator).' },
  REOPEN: { description: '(design) 重新处理: 会签驳回 → 申请处理中 (operator).' },
  CLOSE: { description: '(design) 关闭: 会签驳回 → 已关闭, with a reason (operator).' },
  CREATE_PAYMENT_ORDER: { description: '申付单已创建: 待申付 → 发票审核 (operator, for the system).' },
  FAIL_PAYMENT_ORDER: { description: '申付单创建失败: 待申付 → 申付单创建失败, with a reason (operator).' },
  RETRY_PAYMENT_ORDER: { description: '重新申付: 申付单创建失败 → 待申付 (operator).' },
  SIGN_INVOICE: { description: '发票签收: 发票审核 → 待伙伴开票 (operator).' },
  INVOICE: { description: '为激励开票: 待伙伴开票 → 待付款 (partner; cloud-store bills invoiced first).' },
  PAY: { description: '(design) 付款: 待付款 → 已付款, credits the bonus account once (operator).' },
};

registerEnumType(IncentiveAction, {
  name: 'IncentiveAction',
  description: 'A named transition of the payout workflow (Incentive stages in docs/business-rules.md).',
  valuesConfig: ACTION_DOCS,
});

registerEnumType(OperatorIncentiveAction, {
  name: 'OperatorIncentiveAction',
  description: 'What processIncentive does: the operator’s transitions of IncentiveAction.',
  valuesConfig: Object.fromEntries(Object.entries(ACTION_DOCS).filter(([k]) => k in OperatorIncentiveAction)),
});
