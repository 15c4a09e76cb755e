import { registerEnumType } from 'type-graphql';

/** (design) A lab application: PENDING → APPROVED or REJECTED, by a cloud operator (ops:program). */
export enum CloudLabApplicationStatus {
  PENDING = 'PENDING',
  APPROVED = 'APPROVED',
  REJECTED = 'REJECTED',
}

/** An operator's decision on a pending application. */
export enum CloudLabDecision {
  APPROVE = 'APPROVE',
  REJECT = 'REJECT',
}

registerEnumType(CloudLabApplicationStatus, {
  name: 'CloudLabApplicationStatus',
  description: 'Where a cloud-lab application (云实验申请) stands.',
  valuesConfig: {
    PENDING: { description: '待审批: waiting for a cloud operator.' },
    APPROVED: { description: '已通过: the lab is open to the applicant; its sessions are its usage records.' },
    REJECTED: { description: '已驳回: refused, with the operator’s reason.' },
  },
});
registerEnumType(CloudLabDecision, {
  name: 'CloudLabDecision',
  description: 'An operator’s decision on a pending cloud-lab application.',
  valuesConfig: {
    APPROVE: { description: 'Approve: PENDING → APPROVED.' },
    REJECT: { description: 'Reject with a reason: PENDING → REJECTED.' },
  },
});
