import type { Context } from '../../context';
import { requireViewer } from '../../permissions/viewer';
import { findByIds } from '../../common/paging';
import { registerNodeType } from '../../common/node-registry';
import { activeHolderCounts } from './member-role.queries';
import { Role } from './role.entity';
import { sortRoles } from './role.service';

/** Roles of the viewer's own partner by primary key. */
export function roleById(ctx: Context) {
  const viewer = requireViewer(ctx);
  return ctx.loaders.get<number, Role | null>('roleById', '', (ids) =>
    findByIds(ctx.em, Role, ids, { partner: viewer.partner.id }),
  );
}

/** All roles of each partner (own partner only), preset first then custom by name. */
export function rolesByPartnerId(ctx: Context) {
  const viewer = requireViewer(ctx);
  return ctx.loaders.get<number, Role[]>('rolesByPartnerId', '', async (ids) => {
    const wanted = ids.filter((id) => id === viewer.partner.id);
    const rows = wanted.length ? await ctx.em.find(Role, { partner: { $in: wanted } }) : [];
    return ids.map((id) => sortRoles(rows.filter((r) => r.partner.id === id)));
  });
}

/** Active members holding each role: one GROUP BY statement for all roles. */
export function memberCountByRoleId(ctx: Context) {
  return ctx.loaders.get<number, number>('memberCountByRoleId', '', async (ids) => {
    const counts = await activeHolderCounts(ctx.em, ids);
    return ids.map((id) => counts.get(id) ?? 0);
  });
}

registerNodeType('Role', (ctx, ids) => roleById(ctx).loadMany(ids));
