import { Field, ID, InputType } from 'type-graphql';
import { ObjectType } from 'type-graphql';
import { ConnectionType } from '../../common/connection';
import { MarketingTask } from './marketing-task.entity';
import { MarketingTaskKind, MarketingTaskStatus } from './marketing-task.enums';

@ObjectType('MarketingTaskConnection', {
  simpleResolvers: true,
  description: 'A page of marketing tasks (营销任务) in your row scope, newest dispatch first.',
})
export class MarketingTaskConnection extends ConnectionType(MarketingTask, 'MarketingTask', 'marketing task') {}

@InputType({ description: 'Filters of marketing tasks; all given ones must match.' })
export class MarketingTaskFilter {
  @Field(() => MarketingTaskKind, {
    nullable: true,
    description: 'Only sales-expansion (销售拓展任务) or only big-deal renewal (大单续订任务) tasks.',
  })
  kind?: MarketingTaskKind | null;

  @Field(() => MarketingTaskStatus, { nullable: true, description: 'Only tasks in this status.' })
  status?: MarketingTaskStatus | null;

  @Field(() => ID, { nullable: true, description: 'Only the tasks about this customer (a SubCustomer id).' })
  customerId?: string | null;

  @Field(() => Date, { nullable: true, description: 'Only tasks due before this instant.' })
  dueBefore?: Date | null;

  @Field(() => String, { nullable: true, description: 'Title contains this text (case-insensitive).' })
  titleContains?: string | null;
}
