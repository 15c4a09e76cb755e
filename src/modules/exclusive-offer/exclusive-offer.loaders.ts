import type { Context } from '../../context';
import { findByIds } from '../../common/paging';
import { registerNodeType } from '../../common/node-registry';
import { requireViewer } from '../../permissions/viewer';
import { ExclusiveOfferLink } from './exclusive-offer.entity';

/** Exclusive-offer links of the viewer's own partner by primary key. */
export function exclusiveOfferLinkById(ctx: Context) {
  const viewer = requireViewer(ctx);
  return ctx.loaders.get<number, ExclusiveOfferLink | null>('exclusiveOfferLinkById', '', (ids) =>
    findByIds(ctx.em, ExclusiveOfferLink, ids, { partner: viewer.partner.id }),
  );
}

registerNodeType('ExclusiveOfferLink', (ctx, ids) => exclusiveOfferLinkById(ctx).loadMany(ids));
