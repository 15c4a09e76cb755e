import type { Context } from '../../context';
import { requireViewer } from '../../permissions/viewer';
import { pageKey, type PageRequest } from '../../common/connection';
import { countByParent, findByIds, findPagesByParent } from '../../common/paging';
import { registerNodeType } from '../../common/node-registry';
import { ownCustomerRowsFilter } from '../../permissions/scopes';
import { AssociationEvent } from './association.entity';

/** Association events of the viewer's own partner by primary key, limited to its customer scope. */
export function associationEventById(ctx: Context) {
  const viewer = requireViewer(ctx);
  return ctx.loaders.get<number, AssociationEvent | null>('associationEventById', '', (ids) =>
    findByIds(ctx.em, AssociationEvent, ids, ownCustomerRowsFilter<AssociationEvent>(viewer)),
  );
}

/** One page of each customer's events with the viewer's partner: one statement for all customers. */
export function associationEventsByCustomerId(ctx: Context, page: PageRequest) {
  const viewer = requireViewer(ctx);
  return ctx.loaders.get<number, AssociationEvent[]>('associationEventsByCustomerId', pageKey(page), async (ids) => {
    const byCustomer = await findPagesByParent(
      ctx.em,
      AssociationEvent,
      'customer',
      ids,
      { partner: viewer.partner.id },
      page,
    );
    return ids.map((id) => byCustomer.get(id) ?? []);
  });
}

/** Number of each customer's events with the viewer's partner: one GROUP BY statement. */
export function associationEventCountByCustomerId(ctx: Context) {
  const viewer = requireViewer(ctx);
  return ctx.loaders.get<number, number>('associationEventCountByCustomerId', '', async (ids) => {
    const counts = await countByParent(ctx.em, AssociationEvent, 'customer', ids, {
      partner: viewer.partner.id,
    });
    return ids.map((id) => counts.get(id) ?? 0);
  });
}

registerNodeType('AssociationEvent', (ctx, ids) => associationEventById(ctx).loadMany(ids));
