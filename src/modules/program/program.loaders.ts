import type { Context } from '../../context';
import { registerNodeType } from '../../common/node-registry';
import { findByIds } from '../../common/paging';
import { requireViewer } from '../../permissions/viewer';
import { Partner } from '../partner/partner.entity';
import { ProgramMembership } from './program.entity';
import { ProgramApplication, ProgramInvitation } from './program-workflow.entity';
import { ResellerInvitation } from './reseller-invitation.entity';

/** Memberships of the viewer's own partner by primary key (node(id:), idempotent replays). */
export function membershipById(ctx: Context) {
  const viewer = requireViewer(ctx);
  return ctx.loaders.get<number, ProgramMembership | null>('membershipById', '', (ids) =>
    findByIds(ctx.em, ProgramMembership, ids, { partner: viewer.partner.id }),
  );
}

/** Development-path invitations of the viewer's own partner by primary key. */
export function programInvitationById(ctx: Context) {
  const viewer = requireViewer(ctx);
  return ctx.loaders.get<number, ProgramInvitation | null>('programInvitationById', '', (ids) =>
    findByIds(ctx.em, ProgramInvitation, ids, { partner: viewer.partner.id }),
  );
}

/** Program applications of the viewer's own partner by primary key. */
export function programApplicationById(ctx: Context) {
  const viewer = requireViewer(ctx);
  return ctx.loaders.get<number, ProgramApplication | null>('programApplicationById', '', (ids) =>
    findByIds(ctx.em, ProgramApplication, ids, { partner: viewer.partner.id }),
  );
}

/** Reseller invitations the viewer's partner sent, or accepted (the replay of its acceptance). */
export function resellerInvitationById(ctx: Context) {
  const viewer = requireViewer(ctx);
  const own = viewer.partner.id;
  return ctx.loaders.get<number, ResellerInvitation | null>('resellerInvitationById', '', (ids) =>
    findByIds(ctx.em, ResellerInvitation, ids, { $or: [{ distributor: own }, { invitedPartner: own }] }),
  );
}

/**
 * The partner an invitation or application is about. The row was visible to the reader (its own
 * partner's, or any to an operator), so its partner is too; the Partner's own fields keep their rules.
 */
export function programPartnerById(ctx: Context) {
  return ctx.loaders.get<number, Partner | null>('programPartnerById', '', (ids) => findByIds(ctx.em, Partner, ids));
}

registerNodeType('ProgramMembership', (ctx, ids) => membershipById(ctx).loadMany(ids));
registerNodeType('ProgramInvitation', (ctx, ids) => programInvitationById(ctx).loadMany(ids));
registerNodeType('ProgramApplication', (ctx, ids) => programApplicationById(ctx).loadMany(ids));
registerNodeType('ResellerInvitation', (ctx, ids) => resellerInvitationById(ctx).loadMany(ids));
