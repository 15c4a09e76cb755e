import { Field, ID, InputType, ObjectType } from 'type-graphql';
import { ConnectionType } from '../../common/connection';
import { RechargePayment, RemittanceClaim, Withdrawal } from './partner-account.entity';
import {
  RechargePaymentStatus,
  RemittanceClaimStatus,
  WithdrawalAccount,
  WithdrawalStatus,
} from './partner-account.enums';

@ObjectType('RechargePaymentConnection', {
  simpleResolvers: true,
  description: 'A page of online recharges (在线充值), newest first.',
})
export class RechargePaymentConnection extends ConnectionType(RechargePayment, 'RechargePayment', 'online recharge') {}

@ObjectType('RemittanceClaimConnection', {
  simpleResolvers: true,
  description: 'A page of remittance claims (汇款认领), newest first.',
})
export class RemittanceClaimConnection extends ConnectionType(RemittanceClaim, 'RemittanceClaim', 'remittance claim') {}

@ObjectType('WithdrawalConnection', {
  simpleResolvers: true,
  description: 'A page of withdrawals (提现, 激励返点提现), newest first.',
})
export class WithdrawalConnection extends ConnectionType(Withdrawal, 'Withdrawal', 'withdrawal') {}

@InputType({ description: 'Filters for online recharges. All given filters must match.' })
export class RechargePaymentFilter {
  @Field(() => RechargePaymentStatus, { nullable: true, description: 'Only recharges in this status.' })
  status?: RechargePaymentStatus | null;

  @Field(() => ID, { nullable: true, description: "Operators' lists only: only this partner's (a Partner id)." })
  partnerId?: string | null;
}

@InputType({ description: 'Filters for remittance claims. All given filters must match.' })
export class RemittanceClaimFilter {
  @Field(() => RemittanceClaimStatus, { nullable: true, description: 'Only claims in this status, e.g. PENDING.' })
  status?: RemittanceClaimStatus | null;

  @Field(() => ID, { nullable: true, description: "Operators' lists only: only this partner's (a Partner id)." })
  partnerId?: string | null;
}

@InputType({ description: 'Filters for withdrawals. All given filters must match.' })
export class WithdrawalFilter {
  @Field(() => WithdrawalStatus, { nullable: true, description: 'Only withdrawals in this status, e.g. PENDING.' })
  status?: WithdrawalStatus | null;

  @Field(() => WithdrawalAccount, { nullable: true, description: 'Only withdrawals from this account.' })
  account?: WithdrawalAccount | null;

  @Field(() => ID, { nullable: true, description: "Operators' lists only: only this partner's (a Partner id)." })
  partnerId?: string | null;
}
