import { Field, ObjectType } from 'type-graphql';
import { MutationPayload } from '../../common/payload';
import { MarketingTask } from './marketing-task.entity';

@ObjectType({ simpleResolvers: true, description: 'Result of handleMarketingTask and dispatchMarketingTask.' })
export class MarketingTaskPayload extends MutationPayload {
  @Field(() => MarketingTask, {
    nullable: true,
    description: 'The task as it is now; null when refused, and then nothing changed.',
  })
  task!: MarketingTask | null;
}
