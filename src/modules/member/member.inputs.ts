import { Field, ID, InputType } from 'type-graphql';
import { InvitationStatus, MemberStatus } from './member.enums';

@InputType({ description: 'Filters for the member list (组织人员). All given filters must match.' })
export class MemberFilter {
  @Field(() => String, { nullable: true, description: 'Part of the login name (case-insensitive).' })
  loginName?: string | null;

  @Field(() => MemberStatus, { nullable: true, description: 'Only members in this state.' })
  status?: MemberStatus | null;

  @Field(() => ID, { nullable: true, description: 'Only members holding this role (a Role id).' })
  roleId?: string | null;
}

@InputType({ description: 'Filters for the member invitation list. All given filters must match.' })
export class InvitationFilter {
  @Field(() => InvitationStatus, { nullable: true, description: 'Only invitations in this state.' })
  status?: InvitationStatus | null;
}
