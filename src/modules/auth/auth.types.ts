import { Field, InputType, ObjectType, registerEnumType } from 'type-graphql';
import { UserError } from '../../common/errors';
import { Member } from '../member/member.entity';
import { Partner } from '../partner/partner.entity';
import { Role } from '../role/role.entity';

/** Who signs in: the three kinds of actor of the partner center. */
export enum SignInAs {
  MEMBER = 'MEMBER',
  CUSTOMER = 'CUSTOMER',
  OPERATOR = 'OPERATOR',
}

registerEnumType(SignInAs, {
  name: 'SignInAs',
  description: 'The kind of actor signing in; each kind has its own names, rights and entry query.',
  valuesConfig: {
    MEMBER: { description: "A partner's member (login name, e.g. dist-admin); reads Query.viewer." },
    CUSTOMER: {
      description:
        "A customer: the holder of a cloud account (its account name, e.g. hangzhou-yunfan); reads Query.customerViewer and takes the customer's side of association, authorization and invitation workflows.",
    },
    OPERATOR: {
      description: "One of the cloud's partner-operations staff (e.g. ops-admin); reads Query.operatorViewer.",
    },
  },
});

@InputType('SignInInput', { description: 'Credentials of a partner-center member, customer or cloud operator.' })
export class SignInInput {
  @Field(() => String, {
    description: 'Sign-in name: a login name (member, operator) or a cloud account name (customer).',
  })
  loginName!: string;

  @Field(() => String, { description: 'Password.' })
  password!: string;

  // Nullable with a default: the compiled executor (graphql-jit) does not apply input-field defaults
  // to variables, so a missing `as` must be allowed and defaults in the resolver too.
  @Field(() => SignInAs, {
    nullable: true,
    defaultValue: SignInAs.MEMBER,
    description: 'Which kind of actor signs in (default MEMBER); the token it returns acts only as that kind.',
  })
  as?: SignInAs | null;
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

  @Field(() => Member, { nullable: true, description: 'The member signed in; null for a customer or an operator.' })
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
