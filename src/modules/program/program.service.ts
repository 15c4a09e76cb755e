/** The program area's reads: a partner's own rows (row scope: SELF), and every partner's for operators. */
import type { Context } from '../../context';
import { type ConnectionArgs, toPageRequest } from '../../common/connection';
import { findPage } from '../../common/paging';
import { assertPartnerRelation } from '../../permissions/scopes';
import { requireOperator, requireViewer } from '../../permissions/viewer';
import { ProgramMembership } from './program.entity';
import type { ProgramApplicationStatus } from './program.enums';
import { ProgramApplication, ProgramInvitation } from './program-workflow.entity';
import { ResellerInvitation } from './reseller-invitation.entity';

type StatusFilter = { status?: ProgramApplicationStatus | null } | null | undefined;

const own = (ctx: Context, partnerId: number, field: string) =>
  assertPartnerRelation(requireViewer(ctx), partnerId, ['SELF'], field);

export function listPartnerMemberships(ctx: Context, partnerId: number, args: ConnectionArgs) {
  own(ctx, partnerId, 'programMemberships');
  return findPage(ctx.em, ProgramMembership, { partner: partnerId }, toPageRequest(args));
}

export function listPartnerInvitations(ctx: Context, partnerId: number, args: ConnectionArgs) {
  own(ctx, partnerId, 'programInvitations');
  return findPage(ctx.em, ProgramInvitation, { partner: partnerId }, toPageRequest(args));
}

export function listPartnerApplications(ctx: Context, partnerId: number, filter: StatusFilter, args: ConnectionArgs) {
  own(ctx, partnerId, 'programApplications');
  const where = { partner: partnerId, ...(filter?.status ? { status: filter.status } : {}) };
  return findPage(ctx.em, ProgramApplication, where, toPageRequest(args));
}

export function listResellerInvitations(ctx: Context, partnerId: number, args: ConnectionArgs) {
  own(ctx, partnerId, 'resellerInvitations');
  return findPage(ctx.em, ResellerInvitation, { distributor: partnerId }, toPageRequest(args));
}

export function listApplicationsForOperator(ctx: Context, filter: StatusFilter, args: ConnectionArgs) {
  requireOperator(ctx);
  return findPage(ctx.em, ProgramApplication, filter?.status ? { status: filter.status } : {}, toPageRequest(args));
}

export function listInvitationsForOperator(ctx: Context, args: ConnectionArgs) {
  requireOperator(ctx);
  return findPage(ctx.em, ProgramInvitation, {}, toPageRequest(args));
}
