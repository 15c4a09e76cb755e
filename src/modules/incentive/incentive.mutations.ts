import { Arg, Ctx, Mutation, Resolver } from 'type-graphql';
import type { Context } from '../../context';
import { processIncentive } from './incentive-operator.service';
import { applyIncentives, invoiceIncentive, setIncentiveAutoApply } from './incentive-partner.service';
import {
  ApplyIncentivesInput,
  InvoiceIncentiveInput,
  ProcessIncentiveInput,
  SetIncentiveAutoApplyInput,
} from './incentive.mutation-inputs';
import { ApplyIncentivesPayload, IncentivePayload, SetIncentiveAutoApplyPayload } from './incentive.payloads';

@Resolver()
export class IncentiveMutationResolver {
  @Mutation(() => ApplyIncentivesPayload, {
    description:
      '申请发放激励: apply for your partner’s incentive records waiting for an application (待提交申请 → 申请处理中); 1–100 ids. Each record refused on its own, unchanged: INVALID_ID, DUPLICATE_INCENTIVE, INCENTIVE_NOT_FOUND, INCENTIVE_STAGE_INVALID; BATCH_EMPTY / BATCH_TOO_LARGE refuse the call. Idempotent with its key. Needs incentive:apply.',
  })
  applyIncentives(
    @Arg('input', () => ApplyIncentivesInput, { description: 'The records and the idempotency key.' })
    input: ApplyIncentivesInput,
    @Ctx() ctx: Context,
  ) {
    return applyIncentives(ctx, input);
  }

  @Mutation(() => SetIncentiveAutoApplyPayload, {
    description:
      '设置自动申请发放激励: turn automatic application on or off for your partner. (design) While on, the maintenance job auto-apply-incentives applies every record waiting for an application (actor SYSTEM). Needs incentive:apply.',
  })
  setIncentiveAutoApply(
    @Arg('input', () => SetIncentiveAutoApplyInput, { description: 'On or off.' }) input: SetIncentiveAutoApplyInput,
    @Ctx() ctx: Context,
  ) {
    return setIncentiveAutoApply(ctx, input);
  }

  @Mutation(() => IncentivePayload, {
    description:
      '为激励开票: submit your invoice for a record waiting for it (待伙伴开票 → 待付款). Your cloud-store bills of the record’s period must be invoiced first. Refused, with nothing changed: INCENTIVE_NOT_FOUND, INCENTIVE_STAGE_INVALID, INCENTIVE_BILLS_NOT_INVOICED, INVALID_INVOICE_NUMBER, INVOICE_AMOUNT_MISMATCH. Idempotent with its key. Needs incentive:invoice.',
  })
  invoiceIncentive(
    @Arg('input', () => InvoiceIncentiveInput, { description: 'The record and the invoice.' })
    input: InvoiceIncentiveInput,
    @Ctx() ctx: Context,
  ) {
    return invoiceIncentive(ctx, input);
  }

  @Mutation(() => IncentivePayload, {
    description:
      'Cloud operators only (ops:incentive): take one step of an incentive’s payout (IncentiveAction: co-sign, reject with a reason, reopen or close a rejection, payment order created / failed / retried, invoice signed for, pay). PAY credits the partner’s bonus account (奖励账户) with an INCENTIVE_PAYOUT record in the same transaction. Every step holds the record’s row lock and starts only from its stage: a step taken twice (two operators, a retry) is refused with INCENTIVE_STAGE_INVALID, so the money moves once. Other refusals: INCENTIVE_NOT_FOUND, INCENTIVE_REASON_REQUIRED, INCENTIVE_REASON_TOO_LONG. FORBIDDEN for members and customers.',
  })
  processIncentive(
    @Arg('input', () => ProcessIncentiveInput, { description: 'The record, the step and its reason.' })
    input: ProcessIncentiveInput,
    @Ctx() ctx: Context,
  ) {
    return processIncentive(ctx, input);
  }
}
