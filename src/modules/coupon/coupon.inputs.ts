import { Field, ID, InputType } from 'type-graphql';
import { CouponKind, CouponOperationType, CouponStatus, QuotaOperationType, QuotaStatus } from './coupon.enums';

@InputType({ description: 'Filters for a list of coupon quotas. All given filters must match.' })
export class CouponQuotaFilter {
  @Field(() => CouponKind, { nullable: true, description: 'Only quotas of this kind.' })
  kind?: CouponKind | null;

  @Field(() => QuotaStatus, { nullable: true, description: 'Only quotas in this state.' })
  status?: QuotaStatus | null;
}

/** What the default expiry window is, for every coupon filter's description. */
const WINDOW =
  'Without `all`, a list holds by default the coupons that expire between 12 months ago and 12 months from now (the platform keeps coupons that long): the window is a default, not a wall. `expiresFrom` / `expiresTo` replace its lower / upper end (any dates), and `all: true` drops it, so every coupon ever issued can be found, e.g. one issued with the default validity of a quota that ends years from now.';

/** The filters both coupon lists share. */
@InputType({ description: 'The filters both coupon lists share.' })
export abstract class CouponListFilterBase {
  @Field(() => CouponKind, { nullable: true, description: 'Only coupons of this kind.' })
  kind?: CouponKind | null;

  @Field(() => CouponStatus, { nullable: true, description: 'Only coupons in this state.' })
  status?: CouponStatus | null;

  @Field(() => ID, { nullable: true, description: 'Only coupons issued from this quota (a CouponQuota id).' })
  quotaId?: string | null;

  @Field(() => Date, { nullable: true, description: 'Only coupons issued at or after this time.' })
  issuedFrom?: Date | null;

  @Field(() => Date, { nullable: true, description: 'Only coupons issued at or before this time.' })
  issuedTo?: Date | null;

  @Field(() => Date, {
    nullable: true,
    description:
      'Only coupons expiring at or after this time (any date); replaces the lower end of the default window (12 months ago).',
  })
  expiresFrom?: Date | null;

  @Field(() => Date, {
    nullable: true,
    description:
      'Only coupons expiring at or before this time (any date); replaces the upper end of the default window (12 months from now).',
  })
  expiresTo?: Date | null;

  @Field(() => Boolean, {
    nullable: true,
    description:
      'true: no default expiry window, every coupon whatever its expiry (still narrowed by the other filters, expiresFrom / expiresTo included). Default false.',
  })
  all?: boolean | null;
}

@InputType({ description: `Filters for the coupons a partner issued. All given filters must match. ${WINDOW}` })
export class CouponFilter extends CouponListFilterBase {
  @Field(() => ID, { nullable: true, description: 'Only coupons issued to this customer (a SubCustomer id).' })
  customerId?: string | null;
}

@InputType({ description: `Filters for a customer's coupons. All given filters must match. ${WINDOW}` })
export class CustomerCouponFilter extends CouponListFilterBase {}

@InputType({ description: "Filters for one coupon's records. All given filters must match." })
export class CouponHistoryFilter {
  @Field(() => CouponOperationType, {
    nullable: true,
    description: 'Only records of this operation, e.g. USE for the payments the coupon made.',
  })
  operationType?: CouponOperationType | null;
}

@InputType({ description: 'Filters for coupon records. All given filters must match.' })
export class CouponRecordFilter {
  @Field(() => CouponOperationType, { nullable: true, description: 'Only records of this operation.' })
  operationType?: CouponOperationType | null;

  @Field(() => ID, { nullable: true, description: 'Only records about this customer (a SubCustomer id).' })
  customerId?: string | null;

  @Field(() => ID, { nullable: true, description: 'Only records of this coupon (a Coupon id).' })
  couponId?: string | null;

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
