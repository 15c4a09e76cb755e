import { raw, type FilterQuery } from '@mikro-orm/core';
import type { Context } from '../../context';
import { requireViewer } from '../../permissions/viewer';
import { toPageRequest, type ConnectionArgs } from '../../common/connection';
import { containsText } from '../../common/filters';
import { findPage } from '../../common/paging';
import { idOfType } from '../../common/global-id';
import { assertPartnerRelation } from '../../permissions/scopes';
import { Member, MemberInvitation } from './member.entity';
import type { InvitationFilter, MemberFilter } from './member.inputs';

function memberConditions(filter: MemberFilter | null | undefined): FilterQuery<Member>[] {
  if (!filter) return [];
  const conditions: FilterQuery<Member>[] = [];
  if (filter.loginName != null) conditions.push(containsText('login_name', filter.loginName, 'filter.loginName'));
  if (filter.status != null) conditions.push({ status: filter.status });
  if (filter.roleId != null) {
    const roleId = idOfType(filter.roleId, 'Role', 'filter.roleId');
    // A subquery, so the page and its count stay one statement each.
    conditions.push({
      [raw('id in (select mr.member_id from member_role mr where mr.role_id = ?)', [roleId])]: [],
    });
  }
  return conditions;
}

/** 组织人员: the members of the viewer's own partner, newest first. */
export async function listMembers(
  ctx: Context,
  partnerId: number,
  filter: MemberFilter | null | undefined,
  args: ConnectionArgs,
) {
  const viewer = requireViewer(ctx);
  const page = toPageRequest(args);
  assertPartnerRelation(viewer, partnerId, ['SELF'], 'members');
  const buildWhere = () => ({ $and: [{ partner: partnerId }, ...memberConditions(filter)] });
  return findPage(ctx.em, Member, buildWhere, page);
}

/** Member invitations sent by the viewer's own partner, newest first. */
export async function listInvitations(
  ctx: Context,
  partnerId: number,
  filter: InvitationFilter | null | undefined,
  args: ConnectionArgs,
) {
  const viewer = requireViewer(ctx);
  const page = toPageRequest(args);
  assertPartnerRelation(viewer, partnerId, ['SELF'], 'invitations');
  const conditions: FilterQuery<MemberInvitation>[] = [{ partner: partnerId }];
  if (filter?.status != null) conditions.push({ status: filter.status });
  return findPage(ctx.em, MemberInvitation, { $and: conditions }, page);
}
