import { Field, Int, ObjectType } from 'type-graphql';
import { MutationPayload } from '../../common/payload';
import { UserError } from '../../common/errors';
import { SubCustomer } from '../customer/customer.entity';
import { Partner } from '../partner/partner.entity';
import { Coupon, CouponQuota, CouponRecord, QuotaRecord } from './coupon.entity';

@ObjectType({ simpleResolvers: true, description: 'One coupon that was issued.' })
export class IssuedCoupon {
  @Field(() => Int, { description: 'Index of the customer in input.customerIds.' })
  index!: number;

  @Field(() => SubCustomer, { description: 'The customer the coupon was issued to.' })
  customer!: SubCustomer;

  @Field(() => Coupon, { description: 'The new coupon: USABLE, or INACTIVE until its effectiveTime.' })
  coupon!: Coupon;

  @Field(() => CouponRecord, { description: 'The issue record (发放, operation type 1) written.' })
  couponRecord!: CouponRecord;
}

@ObjectType({
  simpleResolvers: true,
  description: 'Result of issueCoupons: issued coupons and refused customers side by side.',
})
export class IssueCouponsPayload extends MutationPayload {
  @Field(() => [IssuedCoupon], { description: 'Coupons issued, in input order.' })
  succeeded!: IssuedCoupon[];

  @Field(() => [UserError], {
    description:
      'Customers refused, each with field "input.customerIds[i]" (QUOTA_INSUFFICIENT for those the quota no longer covered).',
  })
  failed!: UserError[];

  @Field(() => CouponQuota, {
    nullable: true,
    description: 'The quota, with its new balance; null when the whole call was refused.',
  })
  quota!: CouponQuota | null;
}

@ObjectType({ simpleResolvers: true, description: 'One coupon that was reclaimed.' })
export class ReclaimedCoupon {
  @Field(() => Int, { description: 'Index of the coupon in input.couponIds.' })
  index!: number;

  @Field(() => Coupon, { description: 'The coupon, now RECLAIMED with balance 0.' })
  coupon!: Coupon;

  @Field(() => CouponRecord, {
    description: 'The reclaim record (手动回收, operation type 2); its amount went back to the quota.',
  })
  couponRecord!: CouponRecord;
}

@ObjectType({
  simpleResolvers: true,
  description: 'Result of reclaimCoupons: reclaimed and refused coupons side by side.',
})
export class ReclaimCouponsPayload extends MutationPayload {
  @Field(() => [ReclaimedCoupon], { description: 'Coupons reclaimed, in input order.' })
  succeeded!: ReclaimedCoupon[];

  @Field(() => [UserError], { description: 'Coupons refused, each with field "input.couponIds[i]".' })
  failed!: UserError[];

  @Field(() => [CouponQuota], { description: 'The quotas that got balance back, with their new balances.' })
  quotas!: CouponQuota[];
}

@ObjectType({ simpleResolvers: true, description: 'One sub-quota issueSubQuota carved.' })
export class IssuedSubQuota {
  @Field(() => Int, { description: 'Index of the reseller in input.items (0 for the single-reseller form).' })
  index!: number;

  @Field(() => Partner, { description: 'The cloud reseller.' })
  reseller!: Partner;

  @Field(() => CouponQuota, { description: "The reseller's new NORMAL sub-quota." })
  subQuota!: CouponQuota;

  @Field(() => QuotaRecord, { description: 'The quota record (10 issue) written.' })
  quotaRecord!: QuotaRecord;
}

@ObjectType({ simpleResolvers: true, description: 'Result of issueSubQuota or reclaimSubQuota.' })
export class SubQuotaPayload extends MutationPayload {
  @Field(() => CouponQuota, {
    nullable: true,
    description:
      "The reseller's sub-quota (RECLAIMED after a reclaim); null when refused, and for issueSubQuota with items (see succeeded).",
  })
  subQuota!: CouponQuota | null;

  @Field(() => CouponQuota, {
    nullable: true,
    description: 'Your quota it was carved from, with its new balance; null when refused.',
  })
  parentQuota!: CouponQuota | null;

  @Field(() => QuotaRecord, {
    nullable: true,
    description:
      'The quota record written (10 issue, 11 reclaim); null when refused, and for issueSubQuota with items (see succeeded).',
  })
  quotaRecord!: QuotaRecord | null;

  @Field(() => [IssuedSubQuota], {
    description:
      'issueSubQuota: the sub-quotas carved, in input order (one, index 0, for the single-reseller form). Empty for reclaimSubQuota and when refused.',
  })
  succeeded!: IssuedSubQuota[];

  @Field(() => [UserError], {
    description:
      'issueSubQuota with items: the resellers refused, each with field "input.items[i]…", in input order. Empty otherwise (a single-reseller refusal is in userErrors).',
  })
  failed!: UserError[];
}
