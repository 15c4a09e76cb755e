import { Field, ID, InputType } from 'type-graphql';
import { ProgramKind } from './program.enums';

const IDEMPOTENCY_KEY_DOC =
  'Idempotency key (or the Idempotency-Key header), unique per partner: a retry with the same key replays the first answer and never acts twice; the same key with a different input is refused (IDEMPOTENCY_KEY_REUSED). Kept 7 days.';

@InputType({ description: '发展路径邀请: the cloud invites a partner to a development path by e-mail (ops:program).' })
export class InviteToDevelopmentPathInput {
  @Field(() => ID, { description: 'The Partner id to invite (any partner).' })
  partnerId!: string;

  @Field(() => ProgramKind, {
    description:
      'The development path: SERVICE_PARTNER_PATH, CONSULTING_SI_PATH, LEARNING_PATH or SOFTWARE_PATH (PROGRAM_NOT_A_PATH otherwise).',
  })
  kind!: ProgramKind;

  @Field(() => String, {
    description: 'The e-mail address the invitation mail goes to (at most 200 characters; INVALID_EMAIL otherwise).',
  })
  email!: string;
}

@InputType({ description: 'A development-path invitation your partner answers.' })
export class AnswerProgramInvitationInput {
  @Field(() => ID, { description: 'The ProgramInvitation id (one of your partner’s, PENDING).' })
  invitationId!: string;

  @Field(() => String, { nullable: true, description: IDEMPOTENCY_KEY_DOC })
  idempotencyKey?: string | null;
}

@InputType({ description: '分销计划申请: apply to join the distribution program as a distributor (总经销商).' })
export class ApplyForDistributionProgramInput {
  @Field(() => String, {
    description:
      '商业信息: your business, as the cloud should know it; 1–500 characters (PROGRAM_BUSINESS_INFO_INVALID).',
  })
  businessInfo!: string;

  @Field(() => String, { nullable: true, description: IDEMPOTENCY_KEY_DOC })
  idempotencyKey?: string | null;
}

@InputType({ description: 'An operator’s decision on a program application (ops:program).' })
export class HandleProgramApplicationInput {
  @Field(() => ID, { description: 'The ProgramApplication id (any partner’s), PENDING.' })
  applicationId!: string;

  @Field(() => Boolean, { description: 'True approves (通过), false rejects (驳回).' })
  approve!: boolean;

  @Field(() => String, {
    nullable: true,
    description: 'Why: required to reject (the partner reads it), optional to approve; at most 500 characters.',
  })
  reason?: string | null;
}

@InputType({ description: '邀请关联云经销商: invite a partner to associate as your cloud reseller.' })
export class InviteResellerInput {
  @Field(() => String, {
    description:
      'The e-mail address of the partner to invite (its administrator’s); the 24-hour link goes there. At most 200 characters (INVALID_EMAIL).',
  })
  email!: string;

  @Field(() => String, {
    nullable: true,
    description:
      'The code requestResellerInvitationCode sent to your partner’s master account (主账号) mobile or e-mail; always required (VERIFICATION_REQUIRED, VERIFICATION_CODE_INVALID).',
  })
  verificationCode?: string | null;

  @Field(() => String, { nullable: true, description: IDEMPOTENCY_KEY_DOC })
  idempotencyKey?: string | null;
}

@InputType({ description: 'A reseller invitation your partner sent, to cancel.' })
export class CancelResellerInvitationInput {
  @Field(() => ID, { description: 'The ResellerInvitation id (one of your partner’s, PENDING).' })
  invitationId!: string;
}

@InputType({ description: 'The reseller invitation link your partner accepts.' })
export class AcceptResellerInvitationInput {
  @Field(() => String, { description: 'The token of the link (the `token` query parameter of the e-mailed link).' })
  token!: string;

  @Field(() => String, { nullable: true, description: IDEMPOTENCY_KEY_DOC })
  idempotencyKey?: string | null;
}
