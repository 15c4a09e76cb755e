import { Field, ID, InputType, Int } from 'type-graphql';
import { AssociationType } from '../customer/customer.enums';

@InputType({ description: '创建客户邀请: a link and QR code customers accept to become your sub-customers.' })
export class CreateCustomerInvitationInput {
  @Field(() => AssociationType, {
    description:
      'The association type every customer accepting it gets: ADVISORY (顾问销售) or RESALE (代售, you fund the customer). Every identity may invite with either, as createCustomer allows.',
  })
  associationType!: AssociationType;

  @Field(() => Int, {
    nullable: true,
    description: 'Days until the link stops working: 1–90, default 7 (INVALID_INVITATION_EXPIRY otherwise).',
  })
  expiresInDays?: number | null;

  @Field(() => String, {
    nullable: true,
    description:
      'Idempotency key (or the Idempotency-Key header), unique per partner: a retry with the same key replays the first answer and never creates a second link; the same key with a different input is refused (IDEMPOTENCY_KEY_REUSED). Kept 7 days.',
  })
  idempotencyKey?: string | null;
}

@InputType({ description: 'The customer invitation to cancel.' })
export class CancelCustomerInvitationInput {
  @Field(() => ID, { description: 'A CustomerInvitation id of your partner, ACTIVE now.' })
  invitationId!: string;
}

@InputType({ description: 'The invitation a signed-in customer accepts.' })
export class AcceptCustomerInvitationInput {
  @Field(() => String, {
    description: 'The token of the invitation link (the `token` query parameter of the link, also in its QR code).',
  })
  token!: string;
}
