import { Field, ID, InputType } from 'type-graphql';
import { MarketingTaskAction, MarketingTaskKind, MarketingTaskResult } from './marketing-task.enums';

const IDEMPOTENCY_KEY_DOC =
  'Idempotency key (or the Idempotency-Key header), unique per partner: a retry with the same key replays the first answer and never moves a task twice; the same key with a different input is refused (IDEMPOTENCY_KEY_REUSED). Kept 7 days.';

@InputType({ description: '处理营销任务: one handling step on a marketing task.' })
export class HandleMarketingTaskInput {
  @Field(() => ID, { description: 'A MarketingTask id in your row scope.' })
  id!: string;

  @Field(() => MarketingTaskAction, { description: 'START (PENDING → IN_PROGRESS) or COMPLETE (→ DONE).' })
  action!: MarketingTaskAction;

  @Field(() => MarketingTaskResult, {
    nullable: true,
    description: 'How it ended: required with COMPLETE (MARKETING_TASK_RESULT_REQUIRED), refused with START.',
  })
  result?: MarketingTaskResult | null;

  @Field(() => String, {
    nullable: true,
    description: 'The handling note (处理记录), at most 500 characters; with START it is kept as the first note.',
  })
  note?: string | null;

  @Field(() => String, { nullable: true, description: IDEMPOTENCY_KEY_DOC })
  idempotencyKey?: string | null;
}

@InputType({ description: 'A marketing task the cloud dispatches to a partner (operators, ops:lead).' })
export class DispatchMarketingTaskInput {
  @Field(() => ID, { description: 'The SubCustomer id the task is about; the task goes to its partner.' })
  customerId!: string;

  @Field(() => MarketingTaskKind, { description: 'Sales expansion or big-deal renewal.' })
  kind!: MarketingTaskKind;

  @Field(() => String, { description: 'What to do, 1–200 characters.' })
  title!: string;

  @Field(() => Date, { description: 'Due instant, in the future; the task expires after it.' })
  dueAt!: Date;

  @Field(() => String, {
    nullable: true,
    description: 'Target amount, a decimal string in CNY with at most 2 decimals (e.g. "12000.50"); optional.',
  })
  targetAmount?: string | null;

  @Field(() => [ID], {
    nullable: true,
    description:
      'Resource ids of the customer the task is about: 1–50 for BIG_DEAL_RENEWAL (its expiring resources), optional for SALES_EXPANSION.',
  })
  resourceIds?: string[] | null;
}
