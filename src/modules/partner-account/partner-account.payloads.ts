import { Field, ObjectType } from 'type-graphql';
import { MutationPayload } from '../../common/payload';
import { RechargePayment, RemittanceClaim, Withdrawal } from './partner-account.entity';

@ObjectType({ simpleResolvers: true, description: 'Result of createRecharge or settleRechargePayment.' })
export class RechargePaymentPayload extends MutationPayload {
  @Field(() => RechargePayment, { nullable: true, description: 'The recharge as it is now; null when refused.' })
  rechargePayment!: RechargePayment | null;
}

@ObjectType({ simpleResolvers: true, description: 'Result of a remittance claim mutation.' })
export class RemittanceClaimPayload extends MutationPayload {
  @Field(() => RemittanceClaim, { nullable: true, description: 'The claim as it is now; null when refused.' })
  remittanceClaim!: RemittanceClaim | null;
}

@ObjectType({ simpleResolvers: true, description: 'Result of a withdrawal mutation.' })
export class WithdrawalPayload extends MutationPayload {
  @Field(() => Withdrawal, { nullable: true, description: 'The withdrawal as it is now; null when refused.' })
  withdrawal!: Withdrawal | null;
}
