import { registerEnumType } from 'type-graphql';

/** (design) 机会点状态 of an opportunity shared with the cloud. */
export enum OpportunityStatus {
  SUBMITTED = 'SUBMITTED',
  VERIFYING = 'VERIFYING',
  VERIFIED = 'VERIFIED',
  REJECTED = 'REJECTED',
}

/** The operator's steps (reviewOpportunity). */
export enum OpportunityReviewAction {
  START_VERIFICATION = 'START_VERIFICATION',
  VERIFY = 'VERIFY',
  REJECT = 'REJECT',
}

/** Chinese names of the statuses, as the partner center shows them. */
export const OPPORTUNITY_STATUS_NAMES: Record<OpportunityStatus, string> = {
  SUBMITTED: '已提交',
  VERIFYING: '验证中',
  VERIFIED: '验证通过',
  REJECTED: '验证不通过',
};

registerEnumType(OpportunityStatus, {
  name: 'OpportunityStatus',
  description:
    '(design) 机会点状态: SUBMITTED (已提交) → VERIFYING (验证中, the PSM or the account team checks it) → VERIFIED (验证通过, final; the PCE incentive counts cash paid before this moment) or REJECTED (验证不通过, with a reason, final; from SUBMITTED or VERIFYING).',
  valuesConfig: {
    SUBMITTED: { description: '已提交: shared, waiting for the cloud.' },
    VERIFYING: { description: '验证中: the cloud is verifying it.' },
    VERIFIED: { description: '验证通过: verified by an operator; final. Read by IncentiveRecord.pceEligibility.' },
    REJECTED: { description: '验证不通过: rejected with a reason; final.' },
  },
});

registerEnumType(OpportunityReviewAction, {
  name: 'OpportunityReviewAction',
  description: 'An operator’s step on an opportunity (ops:lead).',
  valuesConfig: {
    START_VERIFICATION: { description: 'SUBMITTED → VERIFYING.' },
    VERIFY: { description: '验证通过: VERIFYING → VERIFIED.' },
    REJECT: { description: '验证不通过: SUBMITTED or VERIFYING → REJECTED, reason required.' },
  },
});
