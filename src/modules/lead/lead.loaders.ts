import type { Context } from '../../context';
import { findByIds } from '../../common/paging';
import { registerNodeType } from '../../common/node-registry';
import { ownLeadFilter } from '../../permissions/scopes';
import { requireViewer } from '../../permissions/viewer';
import { Member } from '../member/member.entity';
import { Partner } from '../partner/partner.entity';
import { Lead, LeadCallRequest, LeadFollowUp } from './lead.entity';

/** Leads the member sees (own partner, its row scope) by primary key: node(id:), idempotent replays. */
export function leadById(ctx: Context) {
  const viewer = requireViewer(ctx);
  return ctx.loaders.get<number, Lead | null>('leadById', '', (ids) =>
    findByIds(ctx.em, Lead, ids, ownLeadFilter(viewer)),
  );
}

/** The follow-up records of each lead, oldest first: one statement for a page of leads. */
export function followUpsByLeadId(ctx: Context) {
  return ctx.loaders.get<number, LeadFollowUp[]>('followUpsByLeadId', '', async (ids) => {
    const found = await ctx.em.find(
      LeadFollowUp,
      { lead: { $in: [...ids] } },
      { orderBy: { id: 'asc' }, disableIdentityMap: true },
    );
    return ids.map((id) => found.filter((f) => f.lead.id === id));
  });
}

/** The outbound-call requests of each lead, newest first: one statement for a page of leads. */
export function callRequestsByLeadId(ctx: Context) {
  return ctx.loaders.get<number, LeadCallRequest[]>('callRequestsByLeadId', '', async (ids) => {
    const found = await ctx.em.find(
      LeadCallRequest,
      { lead: { $in: [...ids] } },
      { orderBy: { id: 'desc' }, disableIdentityMap: true },
    );
    return ids.map((id) => found.filter((c) => c.lead.id === id));
  });
}

/** Members by id (account managers, follow-up authors): their display names only are read from it. */
export function leadMemberById(ctx: Context) {
  return ctx.loaders.get<number, Member | null>('leadMemberById', '', (ids) => findByIds(ctx.em, Member, ids));
}

/** The partner of each lead (the reader saw the lead, so it may see its partner; Partner keeps its rules). */
export function leadPartnerById(ctx: Context) {
  return ctx.loaders.get<number, Partner | null>('leadPartnerById', '', (ids) => findByIds(ctx.em, Partner, ids));
}

registerNodeType('Lead', (ctx, ids) => leadById(ctx).loadMany(ids));
