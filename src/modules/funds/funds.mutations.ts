import { Arg, Ctx, Mutation, Resolver } from 'type-graphql';
import type { Context } from '../../context';
import {
  AllocateFundsInput,
  AllocateFundsToResellerInput,
  ReclaimFundsFromResellerInput,
  ReclaimFundsInput,
} from './funds.mutation-inputs';
import { AllocateFundsPayload, FundMovementPayload } from './funds.payloads';
import {
  allocateFunds,
  allocateFundsToReseller,
  reclaimFunds,
  reclaimFundsFromReseller,
} from './funds-operations.service';

@Resolver()
export class FundsMutationResolver {
  @Mutation(() => AllocateFundsPayload, {
    description:
      '拨款: allocate funds to up to 100 RESALE customers; each allocation succeeds or fails on its own (succeeded and failed side by side). Idempotent with a key; needs a verification code when verification is on.',
  })
  allocateFunds(
    @Arg('input', () => AllocateFundsInput, {
      description:
        'Up to 100 allocations (customer and amount), an optional memo, idempotency key and verification code.',
    })
    input: AllocateFundsInput,
    @Ctx() ctx: Context,
  ) {
    return allocateFunds(ctx, input);
  }

  @Mutation(() => FundMovementPayload, {
    description:
      "回收: take funds back from a RESALE customer, at most its balance. Taking all of it is the customer's full withdrawal (全额提现, seed 003): in the same transaction each USABLE or INACTIVE CASH (现金券) or PICKUP (提货券) coupon your partner issued to the customer returns its remaining balance to its quota and becomes RECLAIMED (coupon record FULL_WITHDRAWAL_RECLAIM; reclaimedCoupons lists them). VOUCHER coupons stay.",
  })
  reclaimFunds(
    @Arg('input', () => ReclaimFundsInput, {
      description: 'The customer, the amount to take back, an optional memo, idempotency key and verification code.',
    })
    input: ReclaimFundsInput,
    @Ctx() ctx: Context,
  ) {
    return reclaimFunds(ctx, input);
  }

  @Mutation(() => FundMovementPayload, {
    description:
      'Distributors only: allocate funds to one of your cloud resellers (≤ 999,999,999.99 and ≤ your allocatable balance).',
  })
  allocateFundsToReseller(
    @Arg('input', () => AllocateFundsToResellerInput, {
      description: 'The cloud reseller, the amount, an optional memo, idempotency key and verification code.',
    })
    input: AllocateFundsToResellerInput,
    @Ctx() ctx: Context,
  ) {
    return allocateFundsToReseller(ctx, input);
  }

  @Mutation(() => FundMovementPayload, {
    description:
      'Distributors only: take funds back from one of your cloud resellers, at most its allocatable balance.',
  })
  reclaimFundsFromReseller(
    @Arg('input', () => ReclaimFundsFromResellerInput, {
      description:
        'The cloud reseller, the amount to take back, an optional memo, idempotency key and verification code.',
    })
    input: ReclaimFundsFromResellerInput,
    @Ctx() ctx: Context,
  ) {
    return reclaimFundsFromReseller(ctx, input);
  }
}
