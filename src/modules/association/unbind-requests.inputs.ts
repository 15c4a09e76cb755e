import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { Money } from '../../common/money';
import { MutationPayload } from '../../common/payload';
import { AssociationEvent } from './association.entity';

@InputType({ description: "A customer's answer to its partner's unbind request." })
export class AnswerUnbindRequestInput {
  @Field(() => ID, {
    description:
      'The PENDING unbind request (AssociationEvent id, initiator PARTNER) in customerViewer.associationEvents.',
  })
  eventId!: string;

  @Field(() => Boolean, {
    description:
      "true: approve (同意): the association ends now, your partner's coupons go back to it and your balance returns to it; false: reject (驳回), nothing changes.",
  })
  approve!: boolean;

  @Field(() => String, { nullable: true, description: 'Why (at most 200 characters); shown to the partner.' })
  reason?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'The code from requestVerificationCode(operation: ANSWER_UNBIND_REQUEST); always required.',
  })
  verificationCode?: string | null;
}

@InputType({ description: "A customer's request to end its association with its partner." })
export class RequestUnbindInput {
  @Field(() => String, { nullable: true, description: 'Why (at most 200 characters); shown to the partner.' })
  reason?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'The code from requestVerificationCode(operation: REQUEST_UNBIND); always required.',
  })
  verificationCode?: string | null;
}

@ObjectType({
  simpleResolvers: true,
  description: 'Result of answerUnbindRequest and requestUnbind (a customer’s own view).',
})
export class CustomerUnbindPayload extends MutationPayload {
  @Field(() => AssociationEvent, {
    nullable: true,
    description: 'The unbind request as it stands now; null when refused.',
  })
  event!: AssociationEvent | null;

  @Field(() => Int, { description: "How many of your partner's coupons went back to it (approval only)." })
  reclaimedCouponCount!: number;

  @Field(() => Money, {
    nullable: true,
    description: 'The balance returned to your partner on approval (RESALE; 0.00 when none); null otherwise.',
  })
  returnedBalance!: Money | null;
}
