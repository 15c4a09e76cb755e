import { Field, ID, InputType } from 'type-graphql';
import { LeadCallResult, LeadCloseReason, LeadOutcome } from './lead.enums';

const IDEMPOTENCY_KEY_DOC =
  'Idempotency key (or the Idempotency-Key header), unique per partner: a retry with the same key replays the first answer and never applies twice; the same key with a different input is refused (IDEMPOTENCY_KEY_REUSED). Kept 7 days.';

@InputType({ description: 'A lead’s company and contact (新建线索 / 派发线索).' })
export class LeadContactInput {
  @Field(() => String, { description: '客户名称: 1–100 characters.' })
  companyName!: string;

  @Field(() => String, { description: '联系人: 1–50 characters.' })
  contactName!: string;

  @Field(() => String, {
    nullable: true,
    description:
      '电话: 5–20 digits, optionally + or 0086- prefixed, single hyphens allowed. A phone or an e-mail is required. For a marketing plan 2.0 partner it is never shown back in full (Lead.phone).',
  })
  phone?: string | null;

  @Field(() => String, { nullable: true, description: '邮箱: at most 100 characters.' })
  email?: string | null;

  @Field(() => String, { nullable: true, description: '所在地区: at most 50 characters.' })
  region?: string | null;

  @Field(() => String, { nullable: true, description: '需求描述: at most 500 characters.' })
  requirement?: string | null;
}

@InputType({ description: '新建线索: a lead your partner found itself.' })
export class CreateLeadInput extends LeadContactInput {
  @Field(() => ID, {
    nullable: true,
    description:
      'The account manager (a Member id of your partner) to assign it to. (design) An account manager or supervisor creating a lead gets it assigned to itself when this is left out, so that it stays in its scope.',
  })
  assignedManagerId?: string | null;

  @Field(() => String, { nullable: true, description: IDEMPOTENCY_KEY_DOC })
  idempotencyKey?: string | null;
}

@InputType({ description: '分配线索: assign a lead to an account manager.' })
export class AssignLeadInput {
  @Field(() => ID, { description: 'The Lead id (NEW or FOLLOWING_UP).' })
  id!: string;

  @Field(() => ID, { description: 'The account manager: an active Member id of your partner (within your scope).' })
  managerId!: string;

  @Field(() => String, { nullable: true, description: IDEMPOTENCY_KEY_DOC })
  idempotencyKey?: string | null;
}

@InputType({ description: '跟进线索: one follow-up record, and optionally the lead’s outcome.' })
export class FollowUpLeadInput {
  @Field(() => ID, { description: 'The Lead id (NEW or FOLLOWING_UP).' })
  id!: string;

  @Field(() => String, { description: '跟进内容: 1–500 characters.' })
  content!: string;

  @Field(() => LeadOutcome, {
    nullable: true,
    description: 'Ends the lead: CONVERTED or CLOSED (final). Left out: the lead is (or stays) FOLLOWING_UP.',
  })
  outcome?: LeadOutcome | null;

  @Field(() => LeadCloseReason, { nullable: true, description: 'Required with outcome CLOSED, refused otherwise.' })
  closeReason?: LeadCloseReason | null;

  @Field(() => String, { nullable: true, description: IDEMPOTENCY_KEY_DOC })
  idempotencyKey?: string | null;
}

@InputType({ description: '外呼: ask the platform to call the lead’s contact for you.' })
export class RequestLeadCallInput {
  @Field(() => ID, { description: 'The Lead id (NEW or FOLLOWING_UP, with a phone).' })
  id!: string;

  @Field(() => String, { nullable: true, description: IDEMPOTENCY_KEY_DOC })
  idempotencyKey?: string | null;
}

@InputType({ description: '派发线索: a lead the cloud dispatches to a partner (ops:lead).' })
export class DispatchLeadInput extends LeadContactInput {
  @Field(() => ID, { description: 'The Partner id to dispatch to (an active partner).' })
  partnerId!: string;
}

@InputType({ description: 'The platform’s result of an outbound call (ops:lead).' })
export class CompleteLeadCallInput {
  @Field(() => ID, { description: 'The LeadCallRequest id (REQUESTED).' })
  id!: string;

  @Field(() => LeadCallResult, { description: 'Connected or not.' })
  result!: LeadCallResult;

  @Field(() => String, { nullable: true, description: 'A note the member reads (at most 500 characters).' })
  note?: string | null;
}
