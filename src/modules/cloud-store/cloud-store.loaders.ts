import type { Context } from '../../context';
import { findByIds } from '../../common/paging';
import { registerNodeType } from '../../common/node-registry';
import { requireViewer } from '../../permissions/viewer';
import { CloudStoreOrder } from './cloud-store.entity';

/** Cloud-store orders of the viewer's own partner by primary key. */
export function cloudStoreOrderById(ctx: Context) {
  const viewer = requireViewer(ctx);
  return ctx.loaders.get<number, CloudStoreOrder | null>('cloudStoreOrderById', '', (ids) =>
    findByIds(ctx.em, CloudStoreOrder, ids, { partner: viewer.partner.id }),
  );
}

registerNodeType('CloudStoreOrder', (ctx, ids) => cloudStoreOrderById(ctx).loadMany(ids));
