/**
 * THE PAYOUT WORKFLOW AS DATA (seeds 002/004, domain.md part 6 "Incentives"): every stage with its
 * Chinese name and the hint the partner sees, and every transition with from → to and who may take
 * it. The services look transitions up here and nowhere else; a transition not listed answers
 * INCENTIVE_STAGE_INVALID with nothing changed.
 */
import { IncentiveAction, IncentiveActorKind, IncentiveStage } from './incentive.enums';

export interface StageInfo {
  /** The stage as the partner center names it. */
  nameZh: string;
  /** 提示说明: what the partner sees, and what it may do. */
  hint: string;
}

export const STAGES: Readonly<Record<IncentiveStage, StageInfo>> = {
  PENDING_APPLICATION: { nameZh: '待提交申请', hint: '请申请发放激励,或设置自动申请发放激励。' },
  APPLYING: { nameZh: '申请处理中', hint: '系统向华为财经提交申付申请后将进入待伙伴开票环节。' },
  COSIGNING: { nameZh: '会签中', hint: '请等待运营人员完成会签。' },
  COSIGN_REJECTED: { nameZh: '会签驳回', hint: '请等待华为运营人员处理。' },
  AWAITING_PAYMENT_ORDER: { nameZh: '待申付', hint: '请等待系统处理。' },
  PAYMENT_ORDER_FAILED: { nameZh: '申付单创建失败', hint: '请等待运营人员处理。' },
  INVOICE_REVIEW: {
    nameZh: '发票审核',
    hint: '伙伴必须先为云商店商品账单开票,发票签收后才能执行下一步操作。',
  },
  // From here on the seeds are silent: (design) hints.
  AWAITING_PARTNER_INVOICE: { nameZh: '待伙伴开票', hint: '请查看开票清单并为激励开票。' },
  AWAITING_PAYMENT: { nameZh: '待付款', hint: '发票已提交,请等待华为付款。' },
  PAID: { nameZh: '已付款', hint: '激励已发放到奖励账户。' },
  CLOSED: { nameZh: '已关闭', hint: '申请已关闭,请查看驳回原因。' },
};

export interface Transition {
  action: IncentiveAction;
  from: IncentiveStage;
  to: IncentiveStage;
  /** Who may take it: a partner's member (with `partnerPoint`), an operator (ops:incentive), the system. */
  by: readonly IncentiveActorKind[];
  /** A reason is required (it becomes the record's rejectionReason). */
  needsReason?: boolean;
}

const { PARTNER, OPERATOR, SYSTEM } = IncentiveActorKind;
const S = IncentiveStage;
const A = IncentiveAction;

export const TRANSITIONS: readonly Transition[] = [
  { action: A.APPLY, from: S.PENDING_APPLICATION, to: S.APPLYING, by: [PARTNER, SYSTEM] },
  { action: A.START_COSIGN, from: S.APPLYING, to: S.COSIGNING, by: [OPERATOR] },
  { action: A.APPROVE_COSIGN, from: S.COSIGNING, to: S.AWAITING_PAYMENT_ORDER, by: [OPERATOR] },
  { action: A.REJECT_COSIGN, from: S.COSIGNING, to: S.COSIGN_REJECTED, by: [OPERATOR], needsReason: true },
  { action: A.REOPEN, from: S.COSIGN_REJECTED, to: S.APPLYING, by: [OPERATOR] },
  { action: A.CLOSE, from: S.COSIGN_REJECTED, to: S.CLOSED, by: [OPERATOR], needsReason: true },
  { action: A.CREATE_PAYMENT_ORDER, from: S.AWAITING_PAYMENT_ORDER, to: S.INVOICE_REVIEW, by: [OPERATOR] },
  {
    action: A.FAIL_PAYMENT_ORDER,
    from: S.AWAITING_PAYMENT_ORDER,
    to: S.PAYMENT_ORDER_FAILED,
    by: [OPERATOR],
    needsReason: true,
  },
  { action: A.RETRY_PAYMENT_ORDER, from: S.PAYMENT_ORDER_FAILED, to: S.AWAITING_PAYMENT_ORDER, by: [OPERATOR] },
  { action: A.SIGN_INVOICE, from: S.INVOICE_REVIEW, to: S.AWAITING_PARTNER_INVOICE, by: [OPERATOR] },
  { action: A.INVOICE, from: S.AWAITING_PARTNER_INVOICE, to: S.AWAITING_PAYMENT, by: [PARTNER] },
  { action: A.PAY, from: S.AWAITING_PAYMENT, to: S.PAID, by: [OPERATOR] },
];

/** The transition an action names (every action has exactly one). */
export function transitionOf(action: IncentiveAction): Transition {
  const found = TRANSITIONS.find((t) => t.action === action);
  if (!found) throw new Error(`no transition for ${action}`);
  return found;
}

/** The actions open from a stage to an actor kind (what the UI offers). */
export function actionsFrom(stage: IncentiveStage, kind: IncentiveActorKind): IncentiveAction[] {
  return TRANSITIONS.filter((t) => t.from === stage && t.by.includes(kind)).map((t) => t.action);
}

/** The stages a record may be in, in workflow order (statistics list them in this order). */
export const STAGE_ORDER: readonly IncentiveStage[] = Object.values(IncentiveStage);

/**
 * (design) The dashboard's stage groups (Dashboard.incentivesByPeriod): waiting for the partner's
 * application; on its way to payment; stopped by a rejection or failure (COSIGN_REJECTED and
 * PAYMENT_ORDER_FAILED may still be reopened or retried by an operator, CLOSED is final); paid.
 */
export type IncentiveStageGroup = 'notApplied' | 'inProgress' | 'rejected' | 'paid';
export const STAGE_GROUPS: Readonly<Record<IncentiveStage, IncentiveStageGroup>> = {
  PENDING_APPLICATION: 'notApplied',
  APPLYING: 'inProgress',
  COSIGNING: 'inProgress',
  COSIGN_REJECTED: 'rejected',
  AWAITING_PAYMENT_ORDER: 'inProgress',
  PAYMENT_ORDER_FAILED: 'rejected',
  INVOICE_REVIEW: 'inProgress',
  AWAITING_PARTNER_INVOICE: 'inProgress',
  AWAITING_PAYMENT: 'inProgress',
  PAID: 'paid',
  CLOSED: 'rejected',
};
