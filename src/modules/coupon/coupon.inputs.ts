import { Field, ID, InputType } from 'type-graphql';
import { CouponKind, CouponOperationType, CouponStatus, QuotaOperationType, QuotaStatus } from './coupon.enums';

@InputType({ description: 'Filters for a list of coupon quotas. All given filters must match.' })
export class CouponQuotaFilter {
  @Field(() => CouponKind, { nullable: true, description: 'Only quotas of this kind.' })
  kind?: CouponKind | null;

  @Field(() => QuotaStatus, { nullable: true, description: 'Only quotas in this state.' })
  status?: QuotaStatus | null;
}

@InputType({
  description:
    'Filters for the coupons a partner issued. All given filters must match. Without an expiry range the list holds coupons that expire between 12 months ago and 12 months from now (the platform keeps coupons that long); a range must lie inside that window.',
})
export class CouponFilter {
  @Field(() => CouponKind, { nullable: true, description: 'Only coupons of this kind.' })
  kind?: CouponKind | null;

  @Field(() => CouponStatus, { nullable: true, description: 'Only coupons in this state.' })
  status?: CouponStatus | null;

  @Field(() => ID, { nullable: true, description: 'Only coupons issued to this customer (a SubCustomer id).' })
  customerId?: string | null;

  @Field(() => Date, {
    nullable: true,
    description: 'Only coupons expiring at or after this time; not earlier than 12 months ago.',
  })
  expiresFrom?: Date | null;

  @Field(() => Date, {
    nullable: true,
    description: 'Only coupons expiring at or before this time; not later than 12 months from now.',
  })
  expiresTo?: Date | null;
}

@InputType({ description: "Filters for a customer's coupons. All given filters must match." })
export class CustomerCouponFilter {
  @Field(() => CouponKind, { nullable: true, description: 'Only coupons of this kind.' })
  kind?: CouponKind | null;

  @Field(() => CouponStatus, { nullable: true, description: 'Only coupons in this state.' })
  status?: CouponStatus | null;
}

@InputType({ description: 'Filters for coupon records. All given filters must match.' })
export class CouponRecordFilter {
  @Field(() => CouponOperationType, { nullable: true, description: 'Only records of this operation.' })
  operationType?: CouponOperationType | null;

  @Field(() => ID, { nullable: true, description: 'Only records about this customer (a SubCustomer id).' })
  customerId?: string | null;

  @Field(() => Date, { nullable: true, description: 'Only records made at or after this time.' })
  from?: Date | null;

  @Field(() => Date, { nullable: true, description: 'Only records made at or before this time.' })
  to?: Date | null;
}

@InputType({ description: 'Filters for quota records. All given filters must match.' })
export class QuotaRecordFilter {
  @Field(() => QuotaOperationType, { nullable: true, description: 'Only records of this operation.' })
  operationType?: QuotaOperationType | null;

  @Field(() => Date, { nullable: true, description: 'Only records made at or after this time.' })
  from?: Date | null;

  @Field(() => Date, { nullable: true, description: 'Only records made at or before this time.' })
  to?: Date | null;
}
