import { Field, ID, InputType } from 'type-graphql';
import { InvitationChannel } from './member.enums';

@InputType('AssignMemberRolesInput', {
  description: "The complete new set of a member's roles (replaces the old set).",
})
export class AssignMemberRolesInput {
  @Field(() => ID, {
    description:
      'The member (a Member id). MEMBER_NOT_FOUND when it is not a member of your partner; MEMBER_NOT_ACTIVE when its association is cancelled.',
  })
  memberId!: string;

  @Field(() => [ID], {
    description:
      'Roles (Role ids of your partner; ROLE_NOT_FOUND otherwise) the member is to hold: 1–3 (ROLE_COUNT_OUT_OF_RANGE), the administrator role alone (ADMIN_ROLE_EXCLUSIVE), not both account manager roles (ACCOUNT_MANAGER_ROLES_EXCLUSIVE), none holding a permission you lack (PERMISSION_ESCALATION). A repeated id or more than 20 ids is BAD_USER_INPUT.',
  })
  roleIds!: string[];
}

@InputType('InviteMemberInput', {
  description: 'An invitation for a person to join your partner as a member (成员邀请).',
})
export class InviteMemberInput {
  @Field(() => InvitationChannel, { description: 'How the invitation reaches the invitee.' })
  channel!: InvitationChannel;

  @Field(() => String, {
    description:
      'Where it goes, per channel (INVALID_TARGET otherwise): MOBILE `00XX-XXXXXXX` (00, country code, dash, 4–14 digits); EMAIL an email address (stored lower-case); ACCOUNT_NAME a cloud login name (5–32 of letters, digits, _ and -, not starting with a digit, `op_` or `shadow_`). Surrounding spaces are dropped. INVITATION_PENDING while an earlier invitation to the same target is pending.',
  })
  target!: string;

  @Field(() => [ID], {
    description: 'Roles the invitee gets on acceptance; same rules as AssignMemberRolesInput.roleIds.',
  })
  roleIds!: string[];
}

@InputType('CancelInvitationInput', { description: 'A pending invitation of your partner to withdraw.' })
export class CancelInvitationInput {
  @Field(() => ID, {
    description:
      'The invitation (a MemberInvitation id). INVITATION_NOT_FOUND when it is not one of your partner; INVITATION_NOT_PENDING unless PENDING.',
  })
  invitationId!: string;
}

@InputType('CancelMemberAssociationInput', { description: 'A member of your partner whose association to cancel.' })
export class CancelMemberAssociationInput {
  @Field(() => ID, {
    description:
      'The member (a Member id). Not yourself (CANNOT_CANCEL_SELF), not the last active administrator (LAST_ADMIN); MEMBER_NOT_FOUND when it is not a member of your partner; MEMBER_NOT_ACTIVE when already cancelled.',
  })
  memberId!: string;
}
