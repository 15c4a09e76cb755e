import { Field, ID, ObjectType } from 'type-graphql';
import { MutationPayload } from '../../common/payload';
import { Member } from '../member/member.entity';

@ObjectType('AcceptMemberInvitationPayload', {
  simpleResolvers: true,
  description: 'Result of acceptMemberInvitation: the new member and a bearer token to continue with, or userErrors.',
})
export class AcceptMemberInvitationPayload extends MutationPayload {
  @Field(() => ID, { nullable: true, description: 'The new member (a Member id); null when refused.' })
  memberId!: string | null;

  @Field(() => String, { nullable: true, description: 'The login name to sign in with; null when refused.' })
  loginName!: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'A bearer token for the new member, so the client continues signed in; null when refused.',
  })
  token!: string | null;

  @Field(() => Date, { nullable: true, description: 'When the token expires; null when refused.' })
  tokenExpiresAt!: Date | null;
}

@ObjectType('MyAccountPayload', {
  simpleResolvers: true,
  description: 'Result of updateMyAccount: your member record as it is now, or userErrors.',
})
export class MyAccountPayload extends MutationPayload {
  @Field(() => Member, { nullable: true, description: 'You, as changed; null when refused.' })
  member!: Member | null;
}

@ObjectType('ChangeMyPasswordPayload', {
  simpleResolvers: true,
  description:
    'Result of changeMyPassword. Every bearer token issued before the change stops working (the one of this request too); the payload carries a fresh one. Access keys (AK/SK) are separate credentials and stay valid: revoke them with revokeAccessKey.',
})
export class ChangeMyPasswordPayload extends MutationPayload {
  @Field(() => String, { nullable: true, description: 'A fresh bearer token to continue with; null when refused.' })
  token!: string | null;

  @Field(() => Date, { nullable: true, description: 'When the fresh token expires; null when refused.' })
  tokenExpiresAt!: Date | null;
}
