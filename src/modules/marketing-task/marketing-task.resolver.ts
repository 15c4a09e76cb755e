import { Arg, Args, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { Context } from '../../context';
import { ConnectionArgs } from '../../common/connection';
import { Money, money } from '../../common/money';
import { SubCustomer } from '../customer/customer.entity';
import { customerById } from '../customer/customer.loaders';
import { Member } from '../member/member.entity';
import { memberById } from '../member/member.loaders';
import { Resource } from '../order/order.entity';
import { Partner } from '../partner/partner.entity';
import { MarketingTask } from './marketing-task.entity';
import { resourcesByMarketingTask } from './marketing-task.loaders';
import { listMarketingTasks } from './marketing-task.service';
import { MarketingTaskConnection, MarketingTaskFilter } from './marketing-task.types';

@Resolver(() => MarketingTask)
export class MarketingTaskResolver {
  @FieldResolver(() => Money, {
    nullable: true,
    description:
      '(design) Sales expansion: the extra spend the cloud expects; big-deal renewal: the renewal value of the linked resources. Null when the cloud gave none.',
  })
  targetAmount(@Root() task: MarketingTask): Money | null {
    return task.targetAmount == null ? null : money(task.targetAmount);
  }

  @FieldResolver(() => SubCustomer, {
    nullable: true,
    description: 'The customer the task is about; null if it is outside your row scope now (reassigned).',
  })
  customer(@Root() task: MarketingTask, @Ctx() ctx: Context): Promise<SubCustomer | null> {
    return customerById(ctx).load(task.customer.id);
  }

  @FieldResolver(() => Member, {
    nullable: true,
    description: 'The account manager the task is assigned to (the customer’s when dispatched); null if none.',
  })
  async accountManager(@Root() task: MarketingTask, @Ctx() ctx: Context): Promise<Member | null> {
    return task.accountManager ? memberById(ctx).load(task.accountManager.id) : null;
  }

  @FieldResolver(() => Member, { nullable: true, description: 'Who completed it; null until DONE.' })
  async handledBy(@Root() task: MarketingTask, @Ctx() ctx: Context): Promise<Member | null> {
    return task.handledBy ? memberById(ctx).load(task.handledBy.id) : null;
  }

  @FieldResolver(() => [Resource], {
    description:
      '任务明细: the customer’s yearly/monthly resources the task is about, soonest expiry first (a big-deal renewal task always has at least one; renew them with renewResources). Needs marketing-task:detail.',
  })
  resources(@Root() task: MarketingTask, @Ctx() ctx: Context): Promise<Resource[]> {
    return resourcesByMarketingTask(ctx).load(task.id);
  }
}

@Resolver(() => Partner)
export class PartnerMarketingTasksResolver {
  @FieldResolver(() => MarketingTaskConnection, {
    description:
      '营销任务: your partner’s sales-expansion and big-deal renewal tasks in your row scope (an account manager sees its own, a supervisor its managers’, the admin all), newest dispatch first. Needs marketing-task:view.',
  })
  marketingTasks(
    @Root() partner: Partner,
    @Args() args: ConnectionArgs,
    @Arg('filter', () => MarketingTaskFilter, { nullable: true, description: 'Filters; all given ones must match.' })
    filter: MarketingTaskFilter | null,
    @Ctx() ctx: Context,
  ) {
    return listMarketingTasks(ctx, partner.id, filter, args);
  }
}
