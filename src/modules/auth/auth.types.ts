import { Field, InputType, ObjectType } from 'type-graphql';
import { UserError } from '../../common/errors';
import { Member } from '../member/member.entity';
import { Partner } from '../partner/partner.entity';
import { Role } from '../role/role.entity';

@InputType('SignInInput', { description: 'Credentials of a partner-center member.' })
export class SignInInput {
  @Field(() => String, { description: 'Sign-in name, e.g. dist-admin.' })
  loginName!: string;

  @Field(() => String, { description: 'Password.' })
  password!: string;
}

@ObjectType('SignInPayload', {
  simpleResolvers: true,
  description: 'Result of signIn: a bearer token on success, userErrors otherwise.',
})
export class SignInPayload {
  @Field(() => String, { nullable: true, description: 'Bearer token: send it as `Authorization: Bearer <token>`.' })
  token!: string | null;

  @Field(() => Date, { nullable: true, description: 'When the token stops working.' })
  expiresAt!: Date | null;

  @Field(() => Member, { nullable: true, description: 'The member signed in.' })
  member!: Member | null;

  @Field(() => Date, {
    nullable: true,
    description: 'With SIGN_IN_LOCKED: when the login accepts attempts again; null otherwise.',
  })
  lockedUntil!: Date | null;

  @Field(() => [UserError], {
    description: 'Why sign-in failed (INVALID_CREDENTIALS, SIGN_IN_LOCKED); empty on success.',
  })
  userErrors!: UserError[];
}

@ObjectType('Viewer', { simpleResolvers: true, description: 'The signed-in member, its partner and what it may do.' })
export class ViewerInfo {
  @Field(() => Member, { description: 'The signed-in member.' })
  member!: Member;

  @Field(() => Partner, { description: "The member's partner." })
  partner!: Partner;

  @Field(() => [String], {
    description: 'Permission codes the member holds through its roles (union), sorted; a UI hides what is missing.',
  })
  permissions!: string[];

  @Field(() => [Role], { description: "The member's roles." })
  roles!: Role[];
}
