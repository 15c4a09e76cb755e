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

/** All accounts (cash, credit, bonus, deposit) of each partner, in one statement per batch. */
export function accountsByPartnerId(ctx: Context) {
  return ctx.loaders.get<number, PartnerAccount[]>('accountsByPartnerId', '', async (ids) => {
    const rows = await ctx.em.find(PartnerAccount, { partner: { $in: [...ids] } }, { orderBy: { id: 'asc' } });
    return ids.map((id) => rows.filter((r) => r.partner.id === id));
  });
}

/** The account of `type` among a partner's accounts, or null when it has none. */
export const accountOfType = (accounts: readonly PartnerAccount[], type: PartnerAccountType) =>
  accounts.find((a) => a.accountType === type) ?? null;

registerNodeType('Partner', (ctx, ids) => partnerById(ctx).loadMany(ids));
