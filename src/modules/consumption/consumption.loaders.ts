import type { FilterQuery } from '@mikro-orm/core';
import type { Context } from '../../context';
import { requireViewer } from '../../permissions/viewer';
import { pageKey, type PageRequest } from '../../common/connection';
import { countByParent, findByIds, findPagesByParent } from '../../common/paging';
import { registerNodeType } from '../../common/node-registry';
import { ownCustomerRowsFilter } from '../../permissions/scopes';
import { ConsumptionRecord } from './consumption.entity';

/** Consumption records by primary key, limited to the viewer's rows (own partner; an account manager's customers only). */
export function consumptionRecordById(ctx: Context) {
  const viewer = requireViewer(ctx);
  return ctx.loaders.get<number, ConsumptionRecord | null>('consumptionRecordById', '', (ids) =>
    findByIds(ctx.em, ConsumptionRecord, ids, ownCustomerRowsFilter<ConsumptionRecord>(viewer)),
  );
}

/** One page of consumption records per customer, all customers of the request in one statement. */
export function consumptionRecordsByCustomerId(ctx: Context, page: PageRequest, where: FilterQuery<ConsumptionRecord>) {
  return ctx.loaders.get<number, ConsumptionRecord[]>(
    'consumptionRecordsByCustomerId',
    `${pageKey(page)}|${JSON.stringify(where)}`,
    async (ids) => {
      const byParent = await findPagesByParent(ctx.em, ConsumptionRecord, 'customer', ids, where, page);
      return ids.map((id) => byParent.get(id) ?? []);
    },
  );
}

/** Record totals per customer under the same where, in one GROUP BY statement. */
export function consumptionRecordCountByCustomerId(ctx: Context, where: FilterQuery<ConsumptionRecord>) {
  return ctx.loaders.get<number, number>('consumptionRecordCountByCustomerId', JSON.stringify(where), async (ids) => {
    const counts = await countByParent(ctx.em, ConsumptionRecord, 'customer', ids, where);
    return ids.map((id) => counts.get(id) ?? 0);
  });
}

registerNodeType('ConsumptionRecord', (ctx, ids) => consumptionRecordById(ctx).loadMany(ids));
