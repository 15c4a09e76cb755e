import type { Context } from '../../context';
import { requireViewer } from '../../permissions/viewer';
import { findByIds } from '../../common/paging';
import { registerNodeType } from '../../common/node-registry';
import { Partner, PartnerAccount, PartnerAccountType } from './partner.entity';

/** Partners the viewer can reach: itself, its resellers (distributor) and its parent (reseller). */
export function reachablePartnerIds(ctx: Context): number[] {
  const viewer = requireViewer(ctx);
  const ids = [viewer.partner.id, ...viewer.resellerIds];
  if (viewer.partner.parent) ids.push(viewer.partner.parent.id);
  return ids;
}

export function partnerById(ctx: Context) {
  const reachable = reachablePartnerIds(ctx);
  return ctx.loaders.get<number, Partner | null>('partnerById', '', (ids) =>
    findByIds(ctx.em, Partner, ids, { id: { $in: reachable } }),
  );
}

export function cashAccountByPartnerId(ctx: Context) {
  return ctx.loaders.get<number, PartnerAccount | null>('cashAccountByPartnerId', '', async (ids) => {
    const rows = await ctx.em.find(PartnerAccount, {
      partner: { $in: [...ids] },
      accountType: PartnerAccountType.CASH,
    });
    const byPartner = new Map(rows.map((r) => [r.partner.id, r]));
    return ids.map((id) => byPartner.get(id) ?? null);
  });
}

registerNodeType('Partner', (ctx, ids) => partnerById(ctx).loadMany(ids));
