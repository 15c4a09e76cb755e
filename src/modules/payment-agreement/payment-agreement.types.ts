import { Field, ID, InputType, ObjectType } from 'type-graphql';
import { ConnectionType } from '../../common/connection';
import { MutationPayload } from '../../common/payload';
import { PaymentAgreement } from './payment-agreement.entity';
import { PaymentAgreementStatus, PaymentAgreementType } from './payment-agreement.enums';

@ObjectType('PaymentAgreementConnection', {
  simpleResolvers: true,
  description: 'A page of payment-on-behalf agreements (代付协议), newest first.',
})
export class PaymentAgreementConnection extends ConnectionType(
  PaymentAgreement,
  'PaymentAgreement',
  'payment agreement',
) {}

@InputType({ description: 'Filters for payment agreements. All given filters must match.' })
export class PaymentAgreementFilter {
  @Field(() => PaymentAgreementStatus, {
    nullable: true,
    description: 'Only agreements in this state now (a PENDING_CUSTOMER one past its 7 days counts as EXPIRED).',
  })
  status?: PaymentAgreementStatus | null;

  @Field(() => ID, { nullable: true, description: 'Only the agreements of this customer (SubCustomer id).' })
  customerId?: string | null;
}

@InputType({
  description:
    '代付管理: propose to one of your associated customers that your partner pays its orders from your cash account. The customer accepts or rejects it (7 days, design).',
})
export class CreatePaymentAgreementInput {
  @Field(() => ID, { description: 'The customer (SubCustomer id), associated with your partner now.' })
  customerId!: string;

  @Field(() => PaymentAgreementType, { description: 'FULL (no limits) or LIMITED (both limits required).' })
  agreementType!: PaymentAgreementType;

  @Field(() => String, {
    nullable: true,
    description: 'LIMITED: the most one order may be paid, a decimal in 元 like "5000.00"; left out for FULL.',
  })
  perOrderLimit?: string | null;

  @Field(() => String, {
    nullable: true,
    description:
      'LIMITED: the most paid per calendar month (China time), a decimal in 元, not below perOrderLimit; left out for FULL.',
  })
  monthlyLimit?: string | null;

  @Field(() => String, {
    nullable: true,
    description:
      'Idempotency key (or the Idempotency-Key header), unique per partner: a retry replays the first answer.',
  })
  idempotencyKey?: string | null;
}

@InputType({ description: 'Answer a payment agreement your partner proposed (as the signed-in customer).' })
export class AnswerPaymentAgreementInput {
  @Field(() => ID, { description: 'The PENDING_CUSTOMER agreement (PaymentAgreement id).' })
  agreementId!: string;

  @Field(() => String, { nullable: true, description: 'Why (rejecting only; up to 200 characters).' })
  reason?: string | null;
}

@InputType({ description: 'End a payment agreement: as the partner or as the customer.' })
export class TerminatePaymentAgreementInput {
  @Field(() => ID, { description: 'The ACTIVE or PENDING_CUSTOMER agreement (PaymentAgreement id).' })
  agreementId!: string;

  @Field(() => String, { description: 'Why (1–200 characters), shown to the other side.' })
  reason!: string;
}

@ObjectType({ simpleResolvers: true, description: 'Result of a payment-agreement mutation.' })
export class PaymentAgreementPayload extends MutationPayload {
  @Field(() => PaymentAgreement, { nullable: true, description: 'The agreement as it is now; null when refused.' })
  agreement!: PaymentAgreement | null;
}
