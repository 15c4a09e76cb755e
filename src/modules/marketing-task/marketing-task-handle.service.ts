/**
 * 处理营销任务 (handleMarketingTask): an account manager's steps on a task in its row scope.
 * PENDING → IN_PROGRESS (START), PENDING / IN_PROGRESS → DONE (COMPLETE, with result and note). Each
 * step is one conditional UPDATE on the task's status, so two handlers racing move it once.
 */
import type { SqlEntityManager } from '@mikro-orm/knex';
import type { Context } from '../../context';
import { UserError } from '../../common/errors';
import { idOfType } from '../../common/global-id';
import { type Check, firstRefusal, refusal, success } from '../../common/mutation-kit';
import { requireViewer, type Viewer } from '../../permissions/viewer';
import { recordAudit } from '../audit/audit.service';
import { idempotent } from '../idempotency/idempotency.service';
import { MAX_TASK_NOTE_LENGTH, MarketingTask } from './marketing-task.entity';
import { MarketingTaskAction, MarketingTaskStatus } from './marketing-task.enums';
import { marketingTaskScope } from './marketing-task.loaders';
import type { HandleMarketingTaskInput } from './marketing-task.mutation-inputs';
import type { MarketingTaskPayload } from './marketing-task.payloads';

const refused = refusal<MarketingTaskPayload>({ task: null });

/** The statuses each action starts from. */
const FROM: Record<MarketingTaskAction, MarketingTaskStatus[]> = {
  START: [MarketingTaskStatus.PENDING],
  COMPLETE: [MarketingTaskStatus.PENDING, MarketingTaskStatus.IN_PROGRESS],
};

function noteCheck(note: string | null | undefined): Check {
  return () =>
    note != null && note.length > MAX_TASK_NOTE_LENGTH
      ? new UserError(
          'MARKETING_TASK_NOTE_TOO_LONG',
          `The note has more than ${MAX_TASK_NOTE_LENGTH} characters.`,
          'input.note',
        )
      : null;
}

function resultCheck(input: HandleMarketingTaskInput): Check {
  return () => {
    if (input.action === MarketingTaskAction.COMPLETE && input.result == null)
      return new UserError('MARKETING_TASK_RESULT_REQUIRED', 'Completing a task needs its result.', 'input.result');
    if (input.action === MarketingTaskAction.START && input.result != null)
      return new UserError(
        'MARKETING_TASK_RESULT_NOT_ALLOWED',
        'A result is recorded only when the task is completed (COMPLETE).',
        'input.result',
      );
    return null;
  };
}

/** Why the task cannot take the step now (expired, or not in a status it starts from), or null. */
function statusRefusal(task: MarketingTask, action: MarketingTaskAction, now: Date): UserError | null {
  if (task.status === MarketingTaskStatus.EXPIRED || (task.status !== MarketingTaskStatus.DONE && task.dueAt <= now))
    return new UserError(
      'MARKETING_TASK_EXPIRED',
      `The task was due ${task.dueAt.toISOString()}; it can no longer be handled.`,
      'input.id',
    );
  if (!FROM[action].includes(task.status))
    return new UserError(
      'MARKETING_TASK_STATUS_INVALID',
      `The task is ${task.status}; ${action} starts from ${FROM[action].join(' or ')}.`,
      'input.id',
    );
  return null;
}

/** The step as one conditional UPDATE; false when another handler moved the task first. */
async function moveTask(
  tx: SqlEntityManager,
  task: MarketingTask,
  input: HandleMarketingTaskInput,
  viewer: Viewer,
  now: Date,
): Promise<boolean> {
  const note = input.note?.trim() || null;
  const change =
    input.action === MarketingTaskAction.START
      ? { status: MarketingTaskStatus.IN_PROGRESS, startedAt: now, ...(note ? { note } : {}) }
      : {
          status: MarketingTaskStatus.DONE,
          closedAt: now,
          result: input.result ?? null,
          note: note ?? task.note ?? null,
          handledBy: viewer.member.id,
          ...(task.startedAt ? {} : { startedAt: now }),
        };
  const moved = await tx.nativeUpdate(MarketingTask, { id: task.id, status: { $in: FROM[input.action] } }, change);
  return moved === 1;
}

export async function handleMarketingTask(
  ctx: Context,
  input: HandleMarketingTaskInput,
): Promise<MarketingTaskPayload> {
  const viewer = requireViewer(ctx);
  const id = idOfType(input.id, 'MarketingTask', 'input.id');
  const shape = await firstRefusal(noteCheck(input.note), resultCheck(input));
  if (shape) return refused(shape);
  return idempotent(ctx, {
    operation: 'handleMarketingTask',
    input,
    refused,
    execute: async (tx) => {
      const now = new Date();
      const task = await tx.findOne(MarketingTask, { $and: [{ id }, marketingTaskScope(viewer)] });
      if (!task)
        return refused(new UserError('MARKETING_TASK_NOT_FOUND', 'No marketing task with that id.', 'input.id'));
      const problem = statusRefusal(task, input.action, now);
      if (problem) return refused(problem);
      if (!(await moveTask(tx, task, input, viewer, now))) {
        const current = await tx.findOneOrFail(MarketingTask, id, { refresh: true });
        return refused(
          statusRefusal(current, input.action, now) ??
            new UserError('MARKETING_TASK_STATUS_INVALID', `The task is ${current.status}.`, 'input.id'),
        );
      }
      const after = await tx.findOneOrFail(MarketingTask, id, { refresh: true });
      await recordAudit(tx, ctx, {
        action: 'handleMarketingTask',
        target: after.globalId,
        before: { status: task.status },
        after: { status: after.status, result: after.result ?? null, note: after.note ?? null },
      });
      return success<MarketingTaskPayload>({ task: after });
    },
  });
}
