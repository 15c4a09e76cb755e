import {
  DateTimeType,
  Entity,
  Enum,
  Index,
  ManyToOne,
  OptionalProps,
  PrimaryKey,
  Property,
  type Ref,
  Unique,
} from '@mikro-orm/core';
import { Field, ID, ObjectType } from 'type-graphql';
import { toGlobalId } from '../../common/global-id';
import { MoneyColumn, Node } from '../../common/node';
import { SubCustomer } from '../customer/customer.entity';
import { Member } from '../member/member.entity';
import { Resource } from '../order/order.entity';
import { Partner } from '../partner/partner.entity';
import { MarketingTaskKind, MarketingTaskResult, MarketingTaskStatus } from './marketing-task.enums';

/** Longest handling note. */
export const MAX_TASK_NOTE_LENGTH = 500;

@Entity({ tableName: 'marketing_task' })
@Index({ properties: ['partner', 'status'] })
@ObjectType('MarketingTask', {
  implements: Node,
  description:
    '营销任务: a sales-expansion (销售拓展/扩容) or big-deal renewal (大单续订) task the cloud dispatched to your partner about one of its customers. (design) It is assigned to the customer’s account manager when dispatched; an account manager sees only its own tasks (a supervisor those of its managers, the admin all), the same row scope as customers.',
})
export class MarketingTask {
  [OptionalProps]?: 'globalId';

  @PrimaryKey()
  id!: number;

  @ManyToOne(() => Partner, { ref: true })
  partner!: Ref<Partner>;

  @Field(() => MarketingTaskKind, { description: 'Sales expansion or big-deal renewal.' })
  @Enum({ items: () => MarketingTaskKind })
  kind!: MarketingTaskKind;

  @Field(() => String, { description: 'What the cloud asks, e.g. “扩容: ECS 升级到 32 核”.' })
  @Property({ length: 200 })
  title!: string;

  @ManyToOne(() => SubCustomer, { ref: true, index: true })
  customer!: Ref<SubCustomer>;

  /** The member the task is assigned to (the customer's account manager when dispatched). */
  @ManyToOne(() => Member, { ref: true, nullable: true, index: true })
  accountManager?: Ref<Member> | null;

  /** Expected extra spend (expansion) or the renewal value of the linked resources, fen. */
  @MoneyColumn({ nullable: true })
  targetAmount?: number | null;

  @Field(() => MarketingTaskStatus, { description: 'PENDING, IN_PROGRESS, DONE or EXPIRED.' })
  @Enum({ items: () => MarketingTaskStatus })
  status!: MarketingTaskStatus;

  @Field(() => Date, { description: 'When the cloud dispatched it.' })
  @Property()
  dispatchedAt!: Date;

  @Field(() => Date, { description: 'Complete it before this instant; afterwards it expires.' })
  @Property()
  dueAt!: Date;

  @Field(() => Date, { nullable: true, description: 'When handling started (START); null while PENDING.' })
  @Property({ type: DateTimeType, nullable: true })
  startedAt?: Date | null;

  @Field(() => Date, { nullable: true, description: 'When it was completed (DONE) or expired (EXPIRED).' })
  @Property({ type: DateTimeType, nullable: true })
  closedAt?: Date | null;

  @Field(() => MarketingTaskResult, { nullable: true, description: 'How it ended; set when DONE.' })
  @Enum({ items: () => MarketingTaskResult, nullable: true })
  result?: MarketingTaskResult | null;

  @Field(() => String, { nullable: true, description: 'The handler’s note (处理记录), at most 500 characters.' })
  @Property({ length: MAX_TASK_NOTE_LENGTH, nullable: true })
  note?: string | null;

  /** The member who completed it. */
  @ManyToOne(() => Member, { ref: true, nullable: true })
  handledBy?: Ref<Member> | null;

  @Field(() => ID, { name: 'id', description: 'Opaque global id.' })
  get globalId(): string {
    return toGlobalId('MarketingTask', this.id);
  }
}

/** A resource a big-deal renewal task is about (大单续订: the customer's expiring resources). */
@Entity({ tableName: 'marketing_task_resource' })
@Unique({ properties: ['task', 'resource'] })
export class MarketingTaskResource {
  @PrimaryKey()
  id!: number;

  @ManyToOne(() => MarketingTask, { ref: true })
  task!: Ref<MarketingTask>;

  @ManyToOne(() => Resource, { ref: true, index: true })
  resource!: Ref<Resource>;
}
