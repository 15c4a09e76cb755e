import { Arg, Ctx, Mutation, Resolver } from 'type-graphql';
import type { Context } from '../../context';
import { dispatchMarketingTask } from './marketing-task-dispatch.service';
import { handleMarketingTask } from './marketing-task-handle.service';
import { DispatchMarketingTaskInput, HandleMarketingTaskInput } from './marketing-task.mutation-inputs';
import { MarketingTaskPayload } from './marketing-task.payloads';

@Resolver()
export class MarketingTaskMutationResolver {
  @Mutation(() => MarketingTaskPayload, {
    description:
      '处理营销任务: START (PENDING → IN_PROGRESS) or COMPLETE (→ DONE with a result and a note) a sales-expansion or big-deal renewal task in your row scope. Refused, with nothing changed: MARKETING_TASK_NOT_FOUND, MARKETING_TASK_STATUS_INVALID (a step taken twice), MARKETING_TASK_EXPIRED (past dueAt), MARKETING_TASK_RESULT_REQUIRED, MARKETING_TASK_RESULT_NOT_ALLOWED, MARKETING_TASK_NOTE_TOO_LONG. Idempotent with its key. Needs marketing-task:handle.',
  })
  handleMarketingTask(
    @Arg('input', () => HandleMarketingTaskInput, { description: 'The task, the step and its record.' })
    input: HandleMarketingTaskInput,
    @Ctx() ctx: Context,
  ) {
    return handleMarketingTask(ctx, input);
  }

  @Mutation(() => MarketingTaskPayload, {
    description:
      'Cloud operators only (ops:lead): dispatch a marketing task to the partner of an associated customer, assigned to the customer’s account manager (MARKETING_TASK_ASSIGNED to the members who see that customer and hold marketing-task:view). A big-deal renewal task links the customer’s expiring resources. Refused, with nothing changed: MARKETING_TASK_CUSTOMER_NOT_FOUND, MARKETING_TASK_TITLE_INVALID, MARKETING_TASK_DUE_INVALID, MARKETING_TASK_RESOURCES_REQUIRED, MARKETING_TASK_RESOURCE_NOT_FOUND, BATCH_TOO_LARGE, INVALID_AMOUNT, AMOUNT_TOO_LARGE. FORBIDDEN for members and customers.',
  })
  dispatchMarketingTask(
    @Arg('input', () => DispatchMarketingTaskInput, { description: 'The customer, the kind, the title and due date.' })
    input: DispatchMarketingTaskInput,
    @Ctx() ctx: Context,
  ) {
    return dispatchMarketingTask(ctx, input);
  }
}
