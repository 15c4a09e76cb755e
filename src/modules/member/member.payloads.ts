import { Field, Int, ObjectType } from 'type-graphql';
import { MutationPayload } from '../../common/payload';
import { Member, MemberInvitation } from './member.entity';

@ObjectType('MemberPayload', {
  simpleResolvers: true,
  description: 'Result of assignMemberRoles / cancelMemberAssociation: the member as it is now, or userErrors.',
})
export class MemberPayload extends MutationPayload {
  @Field(() => Member, { nullable: true, description: 'The changed member; null when the mutation was refused.' })
  member!: Member | null;

  @Field(() => Int, {
    description:
      'Customers whose account manager was cleared because the member no longer holds the account manager or account manager supervisor role (or was cancelled). 0 when refused.',
  })
  unassignedCustomerCount!: number;

  @Field(() => Int, {
    description:
      'Account managers who no longer have this member as their supervisor because it lost the supervisor role (or was cancelled). 0 when refused.',
  })
  detachedManagerCount!: number;
}

@ObjectType('InvitationPayload', {
  simpleResolvers: true,
  description: 'Result of inviteMember / cancelInvitation: the invitation as it is now, or userErrors.',
})
export class InvitationPayload extends MutationPayload {
  @Field(() => MemberInvitation, {
    nullable: true,
    description: 'The sent or cancelled invitation; null when the mutation was refused.',
  })
  invitation!: MemberInvitation | null;
}
