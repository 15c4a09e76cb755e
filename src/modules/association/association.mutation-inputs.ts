import { Field, ID, InputType } from 'type-graphql';
import { AssociationType } from '../customer/customer.enums';

@InputType({ description: 'Fields every association change accepts.' })
export abstract class AssociationChangeInput {
  @Field(() => String, {
    nullable: true,
    description: 'Reason, kept on the association event (≤ 200 characters; REASON_TOO_LONG).',
  })
  reason?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Verification code from requestVerificationCode, required when your partner has verification on.',
  })
  verificationCode?: string | null;

  @Field(() => String, {
    nullable: true,
    description:
      'Idempotency key (or the Idempotency-Key header), unique per partner: a retry with the same key replays the first answer and never moves money or coupons twice; the same key with a different input is refused. Kept 7 days.',
  })
  idempotencyKey?: string | null;
}

@InputType({
  description: '解除关联: end the association of one of your customers. Verification code: UNBIND_CUSTOMER.',
})
export class UnbindCustomerInput extends AssociationChangeInput {
  @Field(() => ID, { description: 'The customer (SubCustomer id) of your own partner.' })
  customerId!: string;
}

@InputType({
  description:
    '切换关联类型: switch one of your customers between ADVISORY and RESALE. Verification code: SWITCH_ASSOCIATION_TYPE.',
})
export class SwitchAssociationTypeInput extends AssociationChangeInput {
  @Field(() => ID, { description: 'The customer (SubCustomer id) of your own partner.' })
  customerId!: string;

  @Field(() => AssociationType, {
    description: 'The new association type; ALREADY_THIS_TYPE when it is the current one.',
  })
  toType!: AssociationType;
}

@InputType({
  description:
    "同意 / 驳回: answer a customer's PENDING unbind request. Verification code (both answers): UNBIND_CUSTOMER.",
})
export class HandleUnbindRequestInput extends AssociationChangeInput {
  @Field(() => ID, {
    description: 'The PENDING customer-initiated UNBIND event (an AssociationEvent id) of your partner.',
  })
  eventId!: string;

  @Field(() => Boolean, { description: 'true: approve (同意), the unbind takes effect now; false: reject (驳回).' })
  approve!: boolean;
}

@InputType({
  description: 'Cancelling your order-on-behalf authorization (取消授权): a reason and a verification code.',
})
export class RevokeOrderAuthorizationInput {
  @Field(() => String, { description: 'Why you cancel it (1–200 characters); shown to your partner.' })
  reason!: string;

  @Field(() => String, {
    nullable: true,
    description: 'The code from requestVerificationCode(operation: CANCEL_ORDER_AUTHORIZATION); always required.',
  })
  verificationCode?: string | null;
}
