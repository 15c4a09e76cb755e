import { Field, ID, InputType } from 'type-graphql';
import { CouponKind } from './coupon.enums';

@InputType({ description: 'Fields every coupon and quota mutation accepts.' })
export abstract class CouponMutationInputBase {
  @Field(() => String, {
    nullable: true,
    description:
      'Idempotency key (or the Idempotency-Key header), unique per partner: a retry with the same key replays the first answer and never issues or reclaims twice; the same key with a different input is refused (IDEMPOTENCY_KEY_REUSED). Kept 7 days.',
  })
  idempotencyKey?: string | null;

  @Field(() => String, {
    nullable: true,
    description:
      'Verification code from requestVerificationCode for this operation, required when your partner has verification on.',
  })
  verificationCode?: string | null;
}

@InputType({
  description:
    '下发: issue one coupon of the same face value to each of 1–100 RESALE customers from one of your own quotas.',
})
export class IssueCouponsInput extends CouponMutationInputBase {
  @Field(() => ID, { description: 'Your own coupon quota (CouponQuota id): NORMAL and inside its validity now.' })
  quotaId!: string;

  @Field(() => [ID], {
    description:
      '1–100 customers (SubCustomer ids) of your own partner, RESALE only, each at most once; one coupon each. A designated-customer quota accepts only the customers on its list.',
  })
  customerIds!: string[];

  @Field(() => String, {
    description:
      'Face value of each coupon in CNY: a decimal string from "0.01" to "99999999999" with at most 2 decimals. The quota balance must cover each coupon; the customers that no longer fit fail with QUOTA_INSUFFICIENT.',
  })
  faceValue!: string;

  @Field(() => CouponKind, {
    nullable: true,
    description:
      "Kind of coupon; always the quota's kind (PICKUP only from a PICKUP quota). When given it must equal the quota's kind.",
  })
  kind?: CouponKind | null;

  @Field(() => Date, {
    nullable: true,
    description:
      "Start of validity; default the quota's start. Not before the quota's start; a future start issues the coupon INACTIVE until then.",
  })
  effectiveTime?: Date | null;

  @Field(() => Date, {
    nullable: true,
    description:
      "End of validity; default the quota's end. Not after the quota's end, and after both the start and now.",
  })
  expireTime?: Date | null;

  @Field(() => [String], {
    nullable: true,
    description:
      "Cloud service types to limit the coupons to (≤ 10): a subset of the quota's own list when the quota has one. Checked and kept in the audit log; coupons do not store limits of their own yet, so the quota's limits are the ones that apply (Coupon.quota.cloudServiceTypes).",
  })
  cloudServiceTypes?: string[] | null;

  @Field(() => [String], {
    nullable: true,
    description:
      "Products to limit the coupons to (≤ 10): a subset of the quota's own list when the quota has one. Checked and kept in the audit log; coupons do not store limits of their own yet, so the quota's limits are the ones that apply (Coupon.quota.productIds).",
  })
  productIds?: string[] | null;

  @Field(() => String, {
    nullable: true,
    description:
      'Note kept on each coupon and its issue record (≤ 200 characters); visible only to your partner, never to the customer.',
  })
  memo?: string | null;
}

@InputType({
  description:
    '回收: reclaim 1–100 USABLE coupons your partner issued; each returns its whole remaining balance to its quota.',
})
export class ReclaimCouponsInput extends CouponMutationInputBase {
  @Field(() => [ID], { description: '1–100 coupons (Coupon ids) your partner issued, each at most once.' })
  couponIds!: string[];

  @Field(() => String, {
    nullable: true,
    description: 'Note for the reclaim records (≤ 200 characters); visible only to your partner.',
  })
  memo?: string | null;
}

@InputType({ description: 'One cloud reseller of a batch issueSubQuota and the value of its sub-quota.' })
export class SubQuotaItemInput {
  @Field(() => ID, { description: 'One of your cloud resellers (Partner id), at most once per call.' })
  resellerId!: string;

  @Field(() => String, {
    description:
      'Value of its sub-quota in CNY: "0.01" to "100000000" with at most 2 decimals; the parent\'s balance must still cover it when its turn comes.',
  })
  amount!: string;
}

@InputType({
  description:
    'Distributors only: carve sub-quotas for your cloud resellers out of one of your quotas. Either one reseller (resellerId and amount, as before) or several (items, 1–100); not both.',
})
export class IssueSubQuotaInput extends CouponMutationInputBase {
  @Field(() => ID, {
    description: 'Your own quota (CouponQuota id) to carve from: NORMAL and inside its validity now.',
  })
  parentQuotaId!: string;

  @Field(() => ID, {
    nullable: true,
    description:
      'One of your cloud resellers (Partner id): the single-reseller form, with amount. Leave out with items.',
  })
  resellerId?: string | null;

  @Field(() => String, {
    nullable: true,
    description:
      'Value of the sub-quota in CNY: "0.01" to "100000000" with at most 2 decimals, at most the parent\'s balance. The single-reseller form, with resellerId.',
  })
  amount?: string | null;

  @Field(() => [SubQuotaItemInput], {
    nullable: true,
    description:
      'Several resellers in one call: 1–100 items, each reseller at most once (DUPLICATE_RESELLER). Each succeeds or fails on its own, in input order (succeeded / failed of the payload); the validity and remark apply to all. Leave out resellerId and amount.',
  })
  items?: SubQuotaItemInput[] | null;

  @Field(() => Date, { nullable: true, description: "Start of validity; default the parent's start, not before it." })
  effectiveTime?: Date | null;

  @Field(() => Date, {
    nullable: true,
    description: "End of validity; default the parent's end, not after it, and after both the start and now.",
  })
  expireTime?: Date | null;

  @Field(() => String, { nullable: true, description: 'Remark for the quota record (≤ 200 characters).' })
  remark?: string | null;
}

@InputType({
  description: "Distributors only: take back a NORMAL sub-quota's unused balance from one of your cloud resellers.",
})
export class ReclaimSubQuotaInput extends CouponMutationInputBase {
  @Field(() => ID, { description: 'The sub-quota (CouponQuota id) you carved for one of your cloud resellers.' })
  quotaId!: string;

  @Field(() => String, { nullable: true, description: 'Remark for the quota record (≤ 200 characters).' })
  remark?: string | null;
}
