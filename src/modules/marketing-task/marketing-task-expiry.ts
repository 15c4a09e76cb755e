import type { SqlEntityManager } from '@mikro-orm/knex';
import { MarketingTask } from './marketing-task.entity';
import { MarketingTaskStatus } from './marketing-task.enums';

const OPEN = [MarketingTaskStatus.PENDING, MarketingTaskStatus.IN_PROGRESS];

/**
 * The maintenance job expire-marketing-tasks, one batch: up to `limit` PENDING / IN_PROGRESS tasks
 * past their dueAt become EXPIRED (closedAt = dueAt), each by a conditional UPDATE, so a task
 * completed meanwhile stays DONE. Answers the tasks expired.
 */
export async function expireMarketingTasks(em: SqlEntityManager, now: Date, limit: number): Promise<number> {
  const due = await em.find(
    MarketingTask,
    { status: { $in: OPEN }, dueAt: { $lte: now } },
    { fields: ['id', 'dueAt'], orderBy: { id: 'asc' }, limit },
  );
  let expired = 0;
  for (const task of due)
    expired += await em.nativeUpdate(
      MarketingTask,
      { id: task.id, status: { $in: OPEN } },
      { status: MarketingTaskStatus.EXPIRED, closedAt: task.dueAt },
    );
  return expired;
}
