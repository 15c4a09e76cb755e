import { Arg, Ctx, Mutation, Resolver } from 'type-graphql';
import type { Context } from '../../context';
import {
  IssueCouponsInput,
  IssueSubQuotaInput,
  ReclaimCouponsInput,
  ReclaimSubQuotaInput,
} from './coupon.mutation-inputs';
import { IssueCouponsPayload, ReclaimCouponsPayload, SubQuotaPayload } from './coupon.payloads';
import { issueCoupons, reclaimCoupons } from './coupon-operations.service';
import { issueSubQuotas } from './sub-quota-batch.service';
import { reclaimSubQuota } from './sub-quota.service';

@Resolver()
export class CouponMutationResolver {
  @Mutation(() => IssueCouponsPayload, {
    description:
      "下发: issue one coupon of the same face value to each of 1–100 RESALE customers from one of your own NORMAL, valid quotas. Validity and limits default to the quota's and may only narrow them. Each coupon takes its face value from the quota balance, never more than it holds, also under concurrent calls; customers that did not fit fail with QUOTA_INSUFFICIENT (issued and failed side by side). Idempotent with a key; needs a verification code when verification is on.",
  })
  issueCoupons(
    @Arg('input', () => IssueCouponsInput, {
      description:
        'The quota, the RESALE customers, the face value, optional validity and limits, idempotency key and verification code.',
    })
    input: IssueCouponsInput,
    @Ctx() ctx: Context,
  ) {
    return issueCoupons(ctx, input);
  }

  @Mutation(() => ReclaimCouponsPayload, {
    description:
      '回收: reclaim 1–100 USABLE coupons your partner issued. Each returns its whole remaining balance to its quota and stays listed as RECLAIMED (reclaimed and failed side by side). Idempotent with a key; needs a verification code when verification is on.',
  })
  reclaimCoupons(
    @Arg('input', () => ReclaimCouponsInput, {
      description: 'The coupons to reclaim, an optional memo, idempotency key and verification code.',
    })
    input: ReclaimCouponsInput,
    @Ctx() ctx: Context,
  ) {
    return reclaimCoupons(ctx, input);
  }

  @Mutation(() => SubQuotaPayload, {
    description:
      "Distributors only: carve sub-quotas (each 0.01–100,000,000.00, together at most the parent's balance) for your cloud resellers out of one of your NORMAL, valid quotas: one reseller (resellerId, amount) or up to 100 (items, each succeeding or failing on its own, in input order). Each has the parent's kind and limits and a validity inside the parent's. Idempotent with a key.",
  })
  issueSubQuota(
    @Arg('input', () => IssueSubQuotaInput, {
      description:
        'The parent quota, the cloud reseller and amount (or items), the validity, an optional remark, idempotency key and verification code.',
    })
    input: IssueSubQuotaInput,
    @Ctx() ctx: Context,
  ) {
    return issueSubQuotas(ctx, input);
  }

  @Mutation(() => SubQuotaPayload, {
    description:
      'Distributors only: take back the unused balance of a NORMAL sub-quota of one of your cloud resellers into its parent quota; the sub-quota becomes RECLAIMED. Its coupons already issued stay with the customers. Idempotent with a key.',
  })
  reclaimSubQuota(
    @Arg('input', () => ReclaimSubQuotaInput, {
      description: 'The sub-quota to reclaim, an optional remark, idempotency key and verification code.',
    })
    input: ReclaimSubQuotaInput,
    @Ctx() ctx: Context,
  ) {
    return reclaimSubQuota(ctx, input);
  }
}
