import type { FilterQuery } from '@mikro-orm/core';
import type { Context } from '../../context';
import { toPageRequest, type ConnectionArgs } from '../../common/connection';
import { containsText } from '../../common/filters';
import { idOfType } from '../../common/global-id';
import { findPage } from '../../common/paging';
import { assertPartnerRelation } from '../../permissions/scopes';
import { requireViewer } from '../../permissions/viewer';
import { MarketingTask } from './marketing-task.entity';
import { marketingTaskScope } from './marketing-task.loaders';
import type { MarketingTaskFilter } from './marketing-task.types';

function filterConditions(filter: MarketingTaskFilter | null | undefined): FilterQuery<MarketingTask>[] {
  if (!filter) return [];
  const c: FilterQuery<MarketingTask>[] = [];
  if (filter.kind != null) c.push({ kind: filter.kind });
  if (filter.status != null) c.push({ status: filter.status });
  if (filter.customerId != null) c.push({ customer: idOfType(filter.customerId, 'SubCustomer', 'filter.customerId') });
  if (filter.dueBefore != null) c.push({ dueAt: { $lt: filter.dueBefore } });
  if (filter.titleContains != null) c.push(containsText('title', filter.titleContains, 'filter.titleContains'));
  return c;
}

/** Partner.marketingTasks: the own partner's tasks in the viewer's row scope, newest first. */
export function listMarketingTasks(
  ctx: Context,
  partnerId: number,
  filter: MarketingTaskFilter | null | undefined,
  args: ConnectionArgs,
) {
  const viewer = requireViewer(ctx);
  const page = toPageRequest(args);
  assertPartnerRelation(viewer, partnerId, ['SELF'], 'marketingTasks');
  // Built afresh for the COUNT: containsText is a raw key (see WhereSource).
  return findPage(
    ctx.em,
    MarketingTask,
    () => ({ $and: [marketingTaskScope(viewer), ...filterConditions(filter)] }),
    page,
  );
}
