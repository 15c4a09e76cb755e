import { registerEnumType } from 'type-graphql';

/** Which kind of marketing task (营销任务, seed 004). */
export enum MarketingTaskKind {
  SALES_EXPANSION = 'SALES_EXPANSION',
  BIG_DEAL_RENEWAL = 'BIG_DEAL_RENEWAL',
}

/** Where a marketing task stands. */
export enum MarketingTaskStatus {
  PENDING = 'PENDING',
  IN_PROGRESS = 'IN_PROGRESS',
  DONE = 'DONE',
  EXPIRED = 'EXPIRED',
}

/** How a handled task ended (the handler's record). */
export enum MarketingTaskResult {
  SUCCEEDED = 'SUCCEEDED',
  PARTIALLY_SUCCEEDED = 'PARTIALLY_SUCCEEDED',
  FAILED = 'FAILED',
}

/** A handling step (处理). */
export enum MarketingTaskAction {
  START = 'START',
  COMPLETE = 'COMPLETE',
}

registerEnumType(MarketingTaskKind, {
  name: 'MarketingTaskKind',
  description: 'The kind of a marketing task (营销任务).',
  valuesConfig: {
    SALES_EXPANSION: {
      description:
        '销售拓展任务 (扩容): grow what one of your customers buys; targetAmount is the expected extra spend.',
    },
    BIG_DEAL_RENEWAL: {
      description:
        '大单续订任务: have a big customer renew its yearly/monthly resources that expire soon; the resources are linked to the task.',
    },
  },
});

registerEnumType(MarketingTaskStatus, {
  name: 'MarketingTaskStatus',
  description:
    '(design) PENDING → IN_PROGRESS → DONE, or PENDING / IN_PROGRESS → EXPIRED when dueAt passes unhandled (maintenance job expire-marketing-tasks).',
  valuesConfig: {
    PENDING: { description: '待处理: dispatched by the cloud, not yet started.' },
    IN_PROGRESS: { description: '处理中: the account manager started working on it.' },
    DONE: { description: '已完成: handled; result and note are recorded.' },
    EXPIRED: { description: '已过期: dueAt passed before it was completed; it can no longer be handled.' },
  },
});

registerEnumType(MarketingTaskResult, {
  name: 'MarketingTaskResult',
  description: '(design) How a completed marketing task ended.',
  valuesConfig: {
    SUCCEEDED: { description: 'The customer expanded / renewed as targeted.' },
    PARTIALLY_SUCCEEDED: { description: 'Part of the target was reached (part of the resources renewed).' },
    FAILED: { description: 'The customer did not expand / renew.' },
  },
});

registerEnumType(MarketingTaskAction, {
  name: 'MarketingTaskAction',
  description: 'A handling step of handleMarketingTask.',
  valuesConfig: {
    START: { description: 'PENDING → IN_PROGRESS.' },
    COMPLETE: { description: 'PENDING or IN_PROGRESS → DONE, with a result (required) and a note.' },
  },
});
