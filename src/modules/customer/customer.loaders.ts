import type { Context } from '../../context';
import { requireViewer } from '../../permissions/viewer';
import { findByIds } from '../../common/paging';
import { registerNodeType } from '../../common/node-registry';
import { visibleCustomerFilter } from '../../permissions/scopes';
import { SubCustomer } from './customer.entity';

/** Customers by primary key, limited to what the viewer may see (own in scope, resellers' basic). */
export function customerById(ctx: Context) {
  const viewer = requireViewer(ctx);
  return ctx.loaders.get<number, SubCustomer | null>('customerById', '', (ids) =>
    findByIds(ctx.em, SubCustomer, ids, visibleCustomerFilter(viewer)),
  );
}

registerNodeType('SubCustomer', (ctx, ids) => customerById(ctx).loadMany(ids));
