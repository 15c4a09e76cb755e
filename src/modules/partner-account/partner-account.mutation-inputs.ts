import { Field, ID, InputType } from 'type-graphql';
import { RechargeOutcome, WithdrawalAccount } from './partner-account.enums';

const IDEMPOTENCY_KEY =
  'Idempotency key (or the Idempotency-Key header), unique per partner: a retry with the same key replays the first answer and never moves money twice; the same key with a different input is refused. Kept 7 days.';

@InputType({ description: '在线充值: top up your cash account online.' })
export class CreateRechargeInput {
  @Field(() => String, {
    description: 'Amount in CNY: a decimal string with at most 2 decimals, (design) 1.00 to 10000000.00.',
  })
  amount!: string;

  @Field(() => String, { nullable: true, description: IDEMPOTENCY_KEY })
  idempotencyKey?: string | null;
}

@InputType({ description: "The payment provider's outcome of an online recharge (stands for the payment callback)." })
export class SettleRechargePaymentInput {
  @Field(() => ID, { description: 'The recharge (RechargePayment id).' })
  paymentId!: string;

  @Field(() => RechargeOutcome, { description: 'SUCCEEDED credits the cash account; FAILED credits nothing.' })
  outcome!: RechargeOutcome;

  @Field(() => String, { description: "The provider's transaction number, 1–64 characters." })
  providerReference!: string;
}

@InputType({ description: '汇款认领: claim an offline remittance to the cloud.' })
export class SubmitRemittanceClaimInput {
  @Field(() => String, {
    description: 'Amount remitted in CNY: a decimal string with at most 2 decimals, (design) 1.00 to 10000000.00.',
  })
  amount!: string;

  @Field(() => String, { description: 'Name of the remitting account holder (汇款人), 1–100 characters.' })
  payerName!: string;

  @Field(() => String, {
    description:
      "The bank's transaction reference (银行流水号), 1–64 characters; a reference already confirmed for your partner is refused.",
  })
  bankReference!: string;

  @Field(() => String, {
    description:
      'The day of the remittance, YYYY-MM-DD (China time): not in the future, (design) at most 365 days ago.',
  })
  remittedOn!: string;

  @Field(() => String, { nullable: true, description: 'Note for the cloud (≤ 200 characters).' })
  memo?: string | null;

  @Field(() => String, { nullable: true, description: IDEMPOTENCY_KEY })
  idempotencyKey?: string | null;
}

@InputType({ description: 'A remittance claim to act on.' })
export class RemittanceClaimActionInput {
  @Field(() => ID, { description: 'The claim (RemittanceClaim id).' })
  claimId!: string;
}

@InputType({ description: 'Reject a remittance claim, with the reason the partner reads.' })
export class RejectRemittanceClaimInput extends RemittanceClaimActionInput {
  @Field(() => String, { description: 'Why (1–500 characters), e.g. no remittance with this reference arrived.' })
  reason!: string;
}

@InputType({ description: 'The bank account a withdrawal is paid to (提现银行信息).' })
export class BankAccountInput {
  @Field(() => String, { description: 'Bank and branch (开户行), 1–100 characters.' })
  bankName!: string;

  @Field(() => String, { description: 'Account holder (户名), 1–100 characters.' })
  accountName!: string;

  @Field(() => String, { description: 'Account number: 8–32 digits (spaces between groups are dropped).' })
  accountNumber!: string;
}

@InputType({ description: '提现 / 激励返点提现: withdraw from your cash or bonus account to a bank account.' })
export class RequestWithdrawalInput {
  @Field(() => WithdrawalAccount, { description: 'CASH (提现) or BONUS (激励返点提现).' })
  account!: WithdrawalAccount;

  @Field(() => String, {
    description:
      'Amount in CNY, > 0 with at most 2 decimals: at most the withdrawable amount (CASH: balance − designated amount − invoiced amount not returned; BONUS: its balance).',
  })
  amount!: string;

  @Field(() => BankAccountInput, { description: 'Where the cloud pays the money.' })
  bankAccount!: BankAccountInput;

  @Field(() => String, {
    nullable: true,
    description:
      'Verification code from requestVerificationCode (operation WITHDRAW): always required for withdrawals, whatever the partner setting.',
  })
  verificationCode?: string | null;

  @Field(() => String, { nullable: true, description: IDEMPOTENCY_KEY })
  idempotencyKey?: string | null;
}

@InputType({ description: 'Mark a pending withdrawal as paid.' })
export class PayWithdrawalInput {
  @Field(() => ID, { description: 'The withdrawal (Withdrawal id).' })
  withdrawalId!: string;

  @Field(() => String, { nullable: true, description: "The bank transfer's reference, 1–64 characters (optional)." })
  payoutReference?: string | null;
}

@InputType({ description: 'Reject a pending withdrawal; the held amount returns to its account.' })
export class RejectWithdrawalInput {
  @Field(() => ID, { description: 'The withdrawal (Withdrawal id).' })
  withdrawalId!: string;

  @Field(() => String, { description: 'Why (1–500 characters), e.g. the bank account does not match the partner.' })
  reason!: string;
}
