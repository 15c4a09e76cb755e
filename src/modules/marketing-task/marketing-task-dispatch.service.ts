/**
 * The cloud's side (operators holding ops:lead): dispatching a marketing task to the partner of a
 * customer. (design) The task is assigned to the customer's account manager at that moment, and the
 * members who see that customer and hold marketing-task:view are told (MARKETING_TASK_ASSIGNED), in
 * the same transaction.
 */
import type { SqlEntityManager } from '@mikro-orm/knex';
import type { Context } from '../../context';
import { UserError } from '../../common/errors';
import { idOfType } from '../../common/global-id';
import { checkPositiveAmount } from '../../common/money';
import { type Check, firstRefusal, refusal, success } from '../../common/mutation-kit';
import { requireOperator } from '../../permissions/viewer';
import { recordAudit } from '../audit/audit.service';
import { SubCustomer } from '../customer/customer.entity';
import { NotificationKind } from '../notification/notification.enums';
import { addressed, membersWithPermission, notify } from '../notification/notification.service';
import { Resource } from '../order/order.entity';
import { MarketingTask, MarketingTaskResource } from './marketing-task.entity';
import { MarketingTaskKind, MarketingTaskStatus } from './marketing-task.enums';
import type { DispatchMarketingTaskInput } from './marketing-task.mutation-inputs';
import type { MarketingTaskPayload } from './marketing-task.payloads';

const refused = refusal<MarketingTaskPayload>({ task: null });
const MAX_TITLE = 200;
const MAX_RESOURCES = 50;
/** Largest target amount: 1 亿元. */
const MAX_TARGET_FEN = 10_000_000_000;

const titleCheck =
  (title: string): Check =>
  () =>
    title.trim().length === 0 || title.length > MAX_TITLE
      ? new UserError('MARKETING_TASK_TITLE_INVALID', `The title must be 1–${MAX_TITLE} characters.`, 'input.title')
      : null;

const dueCheck =
  (dueAt: Date, now: Date): Check =>
  () =>
    dueAt <= now ? new UserError('MARKETING_TASK_DUE_INVALID', 'dueAt must be in the future.', 'input.dueAt') : null;

function resourceCountCheck(input: DispatchMarketingTaskInput): Check {
  return () => {
    const n = new Set(input.resourceIds ?? []).size;
    if (input.kind === MarketingTaskKind.BIG_DEAL_RENEWAL && n === 0)
      return new UserError(
        'MARKETING_TASK_RESOURCES_REQUIRED',
        'A big-deal renewal task names the customer’s resources to renew (1–50).',
        'input.resourceIds',
      );
    if (n > MAX_RESOURCES)
      return new UserError('BATCH_TOO_LARGE', `At most ${MAX_RESOURCES} resources per task.`, 'input.resourceIds');
    return null;
  };
}

function targetFen(text: string | null | undefined): number | null | UserError {
  if (text == null) return null;
  const checked = checkPositiveAmount(text, 'input.targetAmount', MAX_TARGET_FEN);
  return checked.ok ? checked.fen : new UserError(checked.code, checked.message, 'input.targetAmount');
}

/** The customer's resources named by the input, or the first id that is not one of them. */
async function customerResources(
  tx: SqlEntityManager,
  customer: SubCustomer,
  globalIds: readonly string[],
): Promise<number[] | UserError> {
  const ids = [...new Set(globalIds.map((g, i) => idOfType(g, 'Resource', `input.resourceIds[${i}]`)))];
  if (ids.length === 0) return [];
  const found = await tx.find(Resource, { id: { $in: ids }, customer: customer.id }, { fields: ['id'] });
  const have = new Set(found.map((r) => r.id));
  const missing = ids.findIndex((id) => !have.has(id));
  if (missing < 0) return ids;
  return new UserError(
    'MARKETING_TASK_RESOURCE_NOT_FOUND',
    'A resource is not one of the customer’s.',
    `input.resourceIds[${missing}]`,
  );
}

export async function dispatchMarketingTask(
  ctx: Context,
  input: DispatchMarketingTaskInput,
): Promise<MarketingTaskPayload> {
  requireOperator(ctx);
  const customerId = idOfType(input.customerId, 'SubCustomer', 'input.customerId');
  const now = new Date();
  const target = targetFen(input.targetAmount);
  if (target instanceof UserError) return refused(target);
  const shape = await firstRefusal(titleCheck(input.title), dueCheck(input.dueAt, now), resourceCountCheck(input));
  if (shape) return refused(shape);
  return ctx.em.transactional(async (tx) => {
    const customer = await tx.findOne(SubCustomer, { id: customerId, unboundAt: null });
    if (!customer)
      return refused(
        new UserError('MARKETING_TASK_CUSTOMER_NOT_FOUND', 'No associated customer with that id.', 'input.customerId'),
      );
    const resources = await customerResources(tx, customer, input.resourceIds ?? []);
    if (resources instanceof UserError) return refused(resources);
    const id = await tx.insert(MarketingTask, {
      partner: customer.partner.id,
      kind: input.kind,
      title: input.title.trim(),
      customer: customer.id,
      accountManager: customer.accountManager?.id ?? null,
      targetAmount: target,
      status: MarketingTaskStatus.PENDING,
      dispatchedAt: now,
      dueAt: input.dueAt,
    });
    if (resources.length > 0)
      await tx.insertMany(
        MarketingTaskResource,
        resources.map((resource) => ({ task: Number(id), resource })),
      );
    const task = await tx.findOneOrFail(MarketingTask, Number(id));
    await taskAssigned(tx, task, customer);
    await recordAudit(tx, ctx, {
      action: 'dispatchMarketingTask',
      target: task.globalId,
      partnerId: customer.partner.id,
      after: { kind: task.kind, customer: customer.id, accountManager: task.accountManager?.id ?? null, resources },
    });
    return success<MarketingTaskPayload>({ task });
  });
}

/** MARKETING_TASK_ASSIGNED to the members who see the customer (its account manager first) and may view tasks. */
async function taskAssigned(tx: SqlEntityManager, task: MarketingTask, customer: SubCustomer): Promise<void> {
  const members = await membersWithPermission(tx, customer.partner.id, 'marketing-task:view', {
    aboutCustomer: customer.id,
  });
  const what = task.kind === MarketingTaskKind.BIG_DEAL_RENEWAL ? '大单续订任务' : '销售拓展任务';
  await notify(
    tx,
    addressed(members, {
      kind: NotificationKind.MARKETING_TASK_ASSIGNED,
      title: `New marketing task (${what}): ${task.title}`,
      body: `The cloud assigned a ${what} about customer ${customer.accountName}, due ${task.dueAt.toISOString().slice(0, 10)}.`,
      subject: task.globalId,
    }),
  );
}
