import { Arg, Ctx, Mutation, Resolver } from 'type-graphql';
import type { Context } from '../../context';
import { cancelInvitation, inviteMember } from './invitation.service';
import { assignMemberRoles, cancelMemberAssociation } from './member-admin.service';
import {
  AssignMemberRolesInput,
  CancelInvitationInput,
  CancelMemberAssociationInput,
  InviteMemberInput,
} from './member.mutation-inputs';
import { InvitationPayload, MemberPayload } from './member.payloads';
import { rolesByMemberId } from './member.loaders';
import { memberCountByRoleId } from '../role/role.loaders';

/** Loaders cache per request: a later mutation or field of the same operation must not see the old roles. */
function forgetRoles<T extends { member: { id: number } | null }>(ctx: Context, result: T): T {
  if (result.member) {
    rolesByMemberId(ctx).clear(result.member.id);
    memberCountByRoleId(ctx).clearAll();
  }
  return result;
}

/** 人员管理: members and invitations of the viewer's partner. Needs org:member-manage (see permissions/field-access.ts). */
@Resolver()
export class MemberMutationResolver {
  @Mutation(() => MemberPayload, {
    description:
      "Replaces a member's roles. Takes effect on the member's next request. The last active administrator keeps the administrator role (LAST_ADMIN). A member who keeps neither account manager role has its customers unassigned; one without the supervisor role no longer supervises anyone (counts in the payload). Needs org:member-manage. Audited.",
  })
  async assignMemberRoles(
    @Arg('input', () => AssignMemberRolesInput, { description: 'The member and the 1–3 roles it holds from now on.' })
    input: AssignMemberRolesInput,
    @Ctx() ctx: Context,
  ): Promise<MemberPayload> {
    return forgetRoles(ctx, await assignMemberRoles(ctx, input));
  }

  @Mutation(() => InvitationPayload, {
    description:
      'Invites a person to join your partner with the given roles; the invitation lapses after 7 days. At most 100 invitations per partner per day, the China day (Asia/Shanghai, UTC+8: it starts at 16:00 UTC) (INVITATION_DAILY_LIMIT, cancelled ones included, exact under concurrent requests); a frozen partner cannot invite (PARTNER_FROZEN). Needs org:member-manage. Audited.',
  })
  inviteMember(
    @Arg('input', () => InviteMemberInput, {
      description: 'Who to invite (channel and target) and the roles the invitation gives.',
    })
    input: InviteMemberInput,
    @Ctx() ctx: Context,
  ): Promise<InvitationPayload> {
    return inviteMember(ctx, input);
  }

  @Mutation(() => InvitationPayload, {
    description: 'Withdraws a pending invitation. Needs org:member-manage. Audited.',
  })
  cancelInvitation(
    @Arg('input', () => CancelInvitationInput, { description: 'The pending invitation to cancel.' })
    input: CancelInvitationInput,
    @Ctx() ctx: Context,
  ): Promise<InvitationPayload> {
    return cancelInvitation(ctx, input);
  }

  @Mutation(() => MemberPayload, {
    description:
      "Cancels a member's association (status CANCELLED): it cannot sign in and its existing tokens stop working on its next request. In the same transaction its customers are unassigned (no customer keeps a cancelled account manager) and the account managers it supervised are detached; the payload counts both. Its roles stay recorded. Not yourself, not the last active administrator. Needs org:member-manage. Audited.",
  })
  async cancelMemberAssociation(
    @Arg('input', () => CancelMemberAssociationInput, { description: 'The member whose association ends.' })
    input: CancelMemberAssociationInput,
    @Ctx() ctx: Context,
  ): Promise<MemberPayload> {
    return forgetRoles(ctx, await cancelMemberAssociation(ctx, input));
  }
}
