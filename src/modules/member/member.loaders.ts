import { LoadStrategy } from '@mikro-orm/core';
import type { Context } from '../../context';
import { requireViewer } from '../../permissions/viewer';
import { findByIds } from '../../common/paging';
import { registerNodeType } from '../../common/node-registry';
import type { Role } from '../role/role.entity';
import { sortRoles } from '../role/role.service';
import { Member, MemberInvitation, MemberRole } from './member.entity';

/** Members of the viewer's own partner by primary key. */
export function memberById(ctx: Context) {
  const viewer = requireViewer(ctx);
  return ctx.loaders.get<number, Member | null>('memberById', '', (ids) =>
    findByIds(ctx.em, Member, ids, { partner: viewer.partner.id }),
  );
}

/** Roles of each member (own partner), through member_role joined to role: one statement for all members. */
export function rolesByMemberId(ctx: Context) {
  const viewer = requireViewer(ctx);
  return ctx.loaders.get<number, Role[]>('rolesByMemberId', '', async (ids) => {
    const links = await ctx.em.find(
      MemberRole,
      { member: { $in: [...ids] }, role: { partner: viewer.partner.id } },
      { populate: ['role'], strategy: LoadStrategy.JOINED },
    );
    const byMember = new Map<number, Role[]>();
    for (const link of links) {
      const list = byMember.get(link.member.id) ?? [];
      list.push(link.role.getEntity());
      byMember.set(link.member.id, list);
    }
    return ids.map((id) => sortRoles(byMember.get(id) ?? []));
  });
}

/** Members (own partner) supervised by each member, oldest first: one statement for all supervisors. */
export function membersBySupervisorId(ctx: Context) {
  const viewer = requireViewer(ctx);
  return ctx.loaders.get<number, Member[]>('membersBySupervisorId', '', async (ids) => {
    const rows = await ctx.em.find(
      Member,
      { supervisor: { $in: [...ids] }, partner: viewer.partner.id },
      { orderBy: { id: 'asc' } },
    );
    const bySupervisor = new Map<number, Member[]>();
    for (const row of rows) {
      const list = bySupervisor.get(row.supervisor!.id) ?? [];
      list.push(row);
      bySupervisor.set(row.supervisor!.id, list);
    }
    return ids.map((id) => bySupervisor.get(id) ?? []);
  });
}

/** Member invitations of the viewer's own partner by primary key. */
export function invitationById(ctx: Context) {
  const viewer = requireViewer(ctx);
  return ctx.loaders.get<number, MemberInvitation | null>('invitationById', '', (ids) =>
    findByIds(ctx.em, MemberInvitation, ids, { partner: viewer.partner.id }),
  );
}

registerNodeType('Member', (ctx, ids) => memberById(ctx).loadMany(ids));
registerNodeType('MemberInvitation', (ctx, ids) => invitationById(ctx).loadMany(ids));
