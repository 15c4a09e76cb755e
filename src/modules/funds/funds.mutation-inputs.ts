import { Field, ID, InputType } from 'type-graphql';

@InputType({ description: 'One 拨款 of a batch: an amount to one RESALE customer.' })
export class FundAllocationInput {
  @Field(() => ID, { description: 'The customer (SubCustomer id) of your own partner, RESALE only.' })
  customerId!: string;

  @Field(() => String, { description: 'Amount in CNY: a decimal string > 0 with at most 2 decimals, e.g. "100.50".' })
  amount!: string;
}

@InputType({ description: 'Fields every money-moving mutation accepts.' })
export abstract class MoneyMutationInput {
  @Field(() => String, {
    nullable: true,
    description:
      'Idempotency key (or the Idempotency-Key header), unique per partner: a retry with the same key replays the first answer and never moves money twice; the same key with a different input is refused. Kept 7 days.',
  })
  idempotencyKey?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Verification code from requestVerificationCode, required when your partner has verification on.',
  })
  verificationCode?: string | null;

  @Field(() => String, { nullable: true, description: 'Note for the adjust record (≤ 200 characters).' })
  memo?: string | null;
}

@InputType({
  description: '拨款: allocate funds from your partner account to RESALE customers, up to 100 in one call.',
})
export class AllocateFundsInput extends MoneyMutationInput {
  @Field(() => [FundAllocationInput], { description: '1–100 allocations, each customer at most once.' })
  allocations!: FundAllocationInput[];
}

@InputType({ description: '回收: take funds back from a RESALE customer into your partner account.' })
export class ReclaimFundsInput extends MoneyMutationInput {
  @Field(() => ID, { description: 'The customer (SubCustomer id).' })
  customerId!: string;

  @Field(() => String, {
    description:
      "Amount in CNY, > 0, at most the customer's balance; exactly the balance is a full withdrawal (全额提现), which also returns its CASH and PICKUP coupons' balances to their quotas.",
  })
  amount!: string;
}

@InputType({ description: 'Allocate funds to one of your cloud resellers (distributors only).' })
export class AllocateFundsToResellerInput extends MoneyMutationInput {
  @Field(() => ID, { description: 'The cloud reseller (Partner id).' })
  resellerId!: string;

  @Field(() => String, { description: 'Amount in CNY, > 0, at most 999999999.99 and your allocatable balance.' })
  amount!: string;
}

@InputType({ description: 'Take funds back from one of your cloud resellers (distributors only).' })
export class ReclaimFundsFromResellerInput extends MoneyMutationInput {
  @Field(() => ID, { description: 'The cloud reseller (Partner id).' })
  resellerId!: string;

  @Field(() => String, { description: "Amount in CNY, > 0, at most the reseller's balance." })
  amount!: string;
}
