import type { Context } from '../../context';
import { requireViewer } from '../../permissions/viewer';
import { countByParent, findByIds } from '../../common/paging';
import { registerNodeType } from '../../common/node-registry';
import { CustomerInvitation, CustomerInvitationAcceptance } from './customer-invitation.entity';

/** Customer invitations of the viewer's own partner by primary key. */
export function customerInvitationById(ctx: Context) {
  const viewer = requireViewer(ctx);
  return ctx.loaders.get<number, CustomerInvitation | null>('customerInvitationById', '', (ids) =>
    findByIds(ctx.em, CustomerInvitation, ids, { partner: viewer.partner.id }),
  );
}

/** How many customers accepted each invitation: one GROUP BY statement for a whole page. */
export function acceptedCountByInvitationId(ctx: Context) {
  return ctx.loaders.get<number, number>('acceptedCountByInvitationId', '', async (ids) => {
    const counts = await countByParent(ctx.em, CustomerInvitationAcceptance, 'invitation', ids, {});
    return ids.map((id) => counts.get(id) ?? 0);
  });
}

registerNodeType('CustomerInvitation', (ctx, ids) => customerInvitationById(ctx).loadMany(ids));
