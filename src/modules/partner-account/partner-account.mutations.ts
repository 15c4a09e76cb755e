import { Arg, Ctx, Mutation, Resolver } from 'type-graphql';
import type { Context } from '../../context';
import {
  CreateRechargeInput,
  PayWithdrawalInput,
  RejectRemittanceClaimInput,
  RejectWithdrawalInput,
  RemittanceClaimActionInput,
  RequestWithdrawalInput,
  SettleRechargePaymentInput,
  SubmitRemittanceClaimInput,
} from './partner-account.mutation-inputs';
import { RechargePaymentPayload, RemittanceClaimPayload, WithdrawalPayload } from './partner-account.payloads';
import { createRecharge, settleRechargePayment } from './recharge.service';
import {
  cancelRemittanceClaim,
  confirmRemittanceClaim,
  rejectRemittanceClaim,
  submitRemittanceClaim,
} from './remittance.service';
import { payWithdrawal, rejectWithdrawal, requestWithdrawal } from './withdrawal.service';

@Resolver()
export class PartnerAccountMutationResolver {
  @Mutation(() => RechargePaymentPayload, {
    description:
      '在线充值: starts an online recharge of your cash account: a PENDING payment whose paymentReference opens the payment page; (design) it expires after 30 minutes. Nothing is credited until the payment succeeds. (design) A frozen or restricted partner may still recharge: paying in is how arrears are settled. Refusals: INVALID_AMOUNT, AMOUNT_TOO_SMALL, AMOUNT_TOO_LARGE, RECHARGE_ENTITY_NOT_SUPPORTED (contracting entity not 华为软件技术有限公司 / 华为云计算技术有限公司: consult your ecosystem manager). Idempotent with its key. Needs account:recharge.',
  })
  createRecharge(
    @Arg('input', () => CreateRechargeInput, { description: 'Amount and idempotency key.' }) input: CreateRechargeInput,
    @Ctx() ctx: Context,
  ) {
    return createRecharge(ctx, input);
  }

  @Mutation(() => RechargePaymentPayload, {
    description:
      "(design) The payment provider's outcome of an online recharge, standing for its payment callback: SUCCEEDED credits the partner's cash account once (a RECHARGE record), FAILED credits nothing. A repeated or concurrent callback changes nothing (RECHARGE_PAYMENT_NOT_PENDING). Refusals: RECHARGE_PAYMENT_NOT_FOUND, RECHARGE_PAYMENT_NOT_PENDING, RECHARGE_PAYMENT_EXPIRED, PROVIDER_REFERENCE_INVALID. Operators with ops:remittance.",
  })
  settleRechargePayment(
    @Arg('input', () => SettleRechargePaymentInput, { description: 'The recharge and its outcome.' })
    input: SettleRechargePaymentInput,
    @Ctx() ctx: Context,
  ) {
    return settleRechargePayment(ctx, input);
  }

  @Mutation(() => RemittanceClaimPayload, {
    description:
      '汇款认领: claims an offline remittance to the cloud (amount, payer, bank reference, date); the cloud confirms or rejects it. (design) Open to frozen or restricted partners, as recharge is. Refusals: INVALID_AMOUNT, AMOUNT_TOO_SMALL, AMOUNT_TOO_LARGE, PAYER_NAME_INVALID, BANK_REFERENCE_INVALID, REMITTANCE_DATE_INVALID, MEMO_TOO_LONG, RECHARGE_ENTITY_NOT_SUPPORTED, REMITTANCE_DUPLICATE_REFERENCE (a claim with this reference is pending or confirmed already). Idempotent with its key. Needs account:recharge.',
  })
  submitRemittanceClaim(
    @Arg('input', () => SubmitRemittanceClaimInput, { description: 'The remittance claimed.' })
    input: SubmitRemittanceClaimInput,
    @Ctx() ctx: Context,
  ) {
    return submitRemittanceClaim(ctx, input);
  }

  @Mutation(() => RemittanceClaimPayload, {
    description:
      'Withdraws your own PENDING remittance claim (CANCELLED); nothing is credited. Refusals: REMITTANCE_CLAIM_NOT_FOUND, REMITTANCE_CLAIM_NOT_PENDING. Needs account:recharge.',
  })
  cancelRemittanceClaim(
    @Arg('input', () => RemittanceClaimActionInput, { description: 'The claim.' }) input: RemittanceClaimActionInput,
    @Ctx() ctx: Context,
  ) {
    return cancelRemittanceClaim(ctx, input);
  }

  @Mutation(() => RemittanceClaimPayload, {
    description:
      "Confirms a PENDING remittance claim: the partner's cash account is credited once (a REMITTANCE record), also when two operators confirm at once or the call is retried (the second answers REMITTANCE_CLAIM_NOT_PENDING). Refusals: REMITTANCE_CLAIM_NOT_FOUND, REMITTANCE_CLAIM_NOT_PENDING, REMITTANCE_DUPLICATE_REFERENCE (another claim with this bank reference is confirmed). Operators with ops:remittance.",
  })
  confirmRemittanceClaim(
    @Arg('input', () => RemittanceClaimActionInput, { description: 'The claim.' }) input: RemittanceClaimActionInput,
    @Ctx() ctx: Context,
  ) {
    return confirmRemittanceClaim(ctx, input);
  }

  @Mutation(() => RemittanceClaimPayload, {
    description:
      'Rejects a PENDING remittance claim with a reason the partner reads; nothing is credited. Refusals: REMITTANCE_CLAIM_NOT_FOUND, REMITTANCE_CLAIM_NOT_PENDING, REASON_REQUIRED, REASON_TOO_LONG. Operators with ops:remittance.',
  })
  rejectRemittanceClaim(
    @Arg('input', () => RejectRemittanceClaimInput, { description: 'The claim and the reason.' })
    input: RejectRemittanceClaimInput,
    @Ctx() ctx: Context,
  ) {
    return rejectRemittanceClaim(ctx, input);
  }

  @Mutation(() => WithdrawalPayload, {
    description:
      '提现 (account CASH) or 激励返点提现 (account BONUS): the amount leaves the account at once and is held while PENDING (a WITHDRAWAL / REBATE_WITHDRAWAL record), so it can be neither spent nor withdrawn twice; the cloud pays or rejects it. A verification code (operation WITHDRAW) is always required. Refusals: INVALID_AMOUNT, AMOUNT_TOO_LARGE, BANK_DETAILS_INVALID, BANK_ACCOUNT_NUMBER_INVALID, PARTNER_FROZEN, PARTNER_RESTRICTED, WITHDRAWAL_EXCEEDS_WITHDRAWABLE, WITHDRAWAL_INVOICED_NOT_RETURNED (cash that has been invoiced is withdrawn only after its invoices are returned, 退票), VERIFICATION_REQUIRED, VERIFICATION_CODE_INVALID. Idempotent with its key. Needs account:withdraw.',
  })
  requestWithdrawal(
    @Arg('input', () => RequestWithdrawalInput, { description: 'Account, amount, bank account, code and key.' })
    input: RequestWithdrawalInput,
    @Ctx() ctx: Context,
  ) {
    return requestWithdrawal(ctx, input);
  }

  @Mutation(() => WithdrawalPayload, {
    description:
      'Marks a PENDING withdrawal PAID: the cloud transferred the held amount; no balance changes. Refusals: WITHDRAWAL_NOT_FOUND, WITHDRAWAL_NOT_PENDING, PROVIDER_REFERENCE_INVALID. Operators with ops:withdrawal.',
  })
  payWithdrawal(
    @Arg('input', () => PayWithdrawalInput, { description: 'The withdrawal.' }) input: PayWithdrawalInput,
    @Ctx() ctx: Context,
  ) {
    return payWithdrawal(ctx, input);
  }

  @Mutation(() => WithdrawalPayload, {
    description:
      'Rejects a PENDING withdrawal: the held amount returns to its account (WITHDRAWAL_RETURNED / REBATE_WITHDRAWAL_RETURNED). Refusals: WITHDRAWAL_NOT_FOUND, WITHDRAWAL_NOT_PENDING, REASON_REQUIRED, REASON_TOO_LONG. Operators with ops:withdrawal.',
  })
  rejectWithdrawal(
    @Arg('input', () => RejectWithdrawalInput, { description: 'The withdrawal and the reason.' })
    input: RejectWithdrawalInput,
    @Ctx() ctx: Context,
  ) {
    return rejectWithdrawal(ctx, input);
  }
}
