import { LoadStrategy } from '@mikro-orm/core';
import type { FilterQuery } from '@mikro-orm/core';
import type { Context } from '../../context';
import { findByIds } from '../../common/paging';
import { registerNodeType } from '../../common/node-registry';
import { ownCustomerRowsFilter } from '../../permissions/scopes';
import type { Viewer } from '../../permissions/viewer';
import { requireViewer } from '../../permissions/viewer';
import type { Resource } from '../order/order.entity';
import { MarketingTask, MarketingTaskResource } from './marketing-task.entity';

/**
 * The row scope of marketing tasks, like customers' (permissions/scopes.ts): the whole partner for
 * a member whose scope is ALL, else the tasks assigned to the viewer's account managers (itself, or
 * the managers it supervises).
 */
export function marketingTaskScope(viewer: Viewer): FilterQuery<MarketingTask> {
  const own = { partner: viewer.partner.id };
  if (viewer.customerScope === 'ALL') return own;
  return { ...own, accountManager: { $in: viewer.accountManagerIds } };
}

/** Marketing tasks in the viewer's row scope by primary key. */
export function marketingTaskById(ctx: Context) {
  const viewer = requireViewer(ctx);
  return ctx.loaders.get<number, MarketingTask | null>('marketingTaskById', '', (ids) =>
    findByIds(ctx.em, MarketingTask, ids, marketingTaskScope(viewer)),
  );
}

/** The resources linked to each task (大单续订), by expiry: one statement for every task of the level. */
export function resourcesByMarketingTask(ctx: Context) {
  const viewer = requireViewer(ctx);
  return ctx.loaders.get<number, Resource[]>('resourcesByMarketingTask', '', async (ids) => {
    const links = await ctx.em.find(
      MarketingTaskResource,
      // The resources in the viewer's row scope (a customer reassigned since dispatch: none).
      { task: { $in: [...ids] }, resource: ownCustomerRowsFilter<Resource>(viewer) },
      {
        populate: ['resource'],
        strategy: LoadStrategy.JOINED,
        orderBy: { resource: { expireTime: 'asc' }, id: 'asc' },
      },
    );
    const byTask = new Map<number, Resource[]>();
    for (const link of links)
      byTask.set(link.task.id, [...(byTask.get(link.task.id) ?? []), link.resource.getEntity()]);
    return ids.map((id) => byTask.get(id) ?? []);
  });
}

registerNodeType('MarketingTask', (ctx, ids) => marketingTaskById(ctx).loadMany(ids));
