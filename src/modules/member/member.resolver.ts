import { Arg, Args, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { Context } from '../../context';
import { ConnectionArgs } from '../../common/connection';
import { notFound } from '../../common/errors';
import { Partner } from '../partner/partner.entity';
import { partnerById } from '../partner/partner.loaders';
import { Role } from '../role/role.entity';
import { roleById } from '../role/role.loaders';
import { sortRoles } from '../role/role.service';
import { Member, MemberInvitation } from './member.entity';
import { InvitationFilter, MemberFilter } from './member.inputs';
import { memberById, membersBySupervisorId, rolesByMemberId } from './member.loaders';
import { listInvitations, listMembers } from './member.service';
import { MemberConnection, MemberInvitationConnection } from './member.types';

@Resolver(() => Member)
export class MemberResolver {
  @FieldResolver(() => [Role], {
    description: "The member's roles (1–3): preset roles first, then custom roles by name.",
  })
  roles(@Root() member: Member, @Ctx() ctx: Context): Promise<Role[]> {
    return rolesByMemberId(ctx).load(member.id);
  }

  @FieldResolver(() => Partner, {
    nullable: true,
    description:
      'The partner the member works for. Null (with NOT_FOUND in errors) when that partner is not in your reach.',
  })
  async partner(@Root() member: Member, @Ctx() ctx: Context): Promise<Partner | null> {
    const partner = await partnerById(ctx).load(member.partner.id);
    if (!partner) throw notFound('Partner');
    return partner;
  }

  @FieldResolver(() => Member, {
    nullable: true,
    description: 'For an account manager: the account-manager supervisor (客户经理主管) over them; null otherwise.',
  })
  supervisor(@Root() member: Member, @Ctx() ctx: Context): Promise<Member | null> | null {
    return member.supervisor ? memberById(ctx).load(member.supervisor.id) : null;
  }

  @FieldResolver(() => [Member], {
    description:
      'For an account-manager supervisor: the account managers it supervises, oldest first; empty otherwise.',
  })
  supervisedManagers(@Root() member: Member, @Ctx() ctx: Context): Promise<Member[]> {
    return membersBySupervisorId(ctx).load(member.id);
  }
}

@Resolver(() => MemberInvitation)
export class MemberInvitationResolver {
  @FieldResolver(() => [Role], {
    description: 'Roles the invitee gets on acceptance (roles deleted since are left out).',
  })
  async roles(@Root() invitation: MemberInvitation, @Ctx() ctx: Context): Promise<Role[]> {
    const roles = await roleById(ctx).loadMany(invitation.roleIds ?? []);
    return sortRoles(roles.filter((r): r is Role => r != null && !(r instanceof Error)));
  }

  @FieldResolver(() => Member, {
    nullable: true,
    description: 'The member who sent the invitation; null if no longer visible.',
  })
  invitedBy(@Root() invitation: MemberInvitation, @Ctx() ctx: Context): Promise<Member | null> {
    return memberById(ctx).load(invitation.invitedBy.id);
  }
}

@Resolver(() => Partner)
export class PartnerMembersResolver {
  @FieldResolver(() => MemberConnection, {
    description: "组织人员: the members of your own partner, newest first. Other partners' members are never visible.",
  })
  members(
    @Root() partner: Partner,
    @Args() args: ConnectionArgs,
    @Arg('filter', () => MemberFilter, { nullable: true, description: 'Filters; all given ones must match.' })
    filter: MemberFilter | null,
    @Ctx() ctx: Context,
  ) {
    return listMembers(ctx, partner.id, filter, args);
  }

  @FieldResolver(() => MemberInvitationConnection, {
    description: 'Member invitations sent by your own partner, newest first.',
  })
  invitations(
    @Root() partner: Partner,
    @Args() args: ConnectionArgs,
    @Arg('filter', () => InvitationFilter, { nullable: true, description: 'Filters; all given ones must match.' })
    filter: InvitationFilter | null,
    @Ctx() ctx: Context,
  ) {
    return listInvitations(ctx, partner.id, filter, args);
  }
}
