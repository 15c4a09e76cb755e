import { Arg, Args, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { Context } from '../../context';
import { requireViewer } from '../../permissions/viewer';
import { ConnectionArgs } from '../../common/connection';
import { Money, money } from '../../common/money';
import { FundMovementPayload } from '../funds/funds.payloads';
import { Partner } from '../partner/partner.entity';
import { partnerById } from '../partner/partner.loaders';
import { Member } from '../member/member.entity';
import { memberById } from '../member/member.loaders';
import { SubCustomer } from '../customer/customer.entity';
import { customerById } from '../customer/customer.loaders';
import { Coupon, CouponQuota, CouponRecord, QuotaRecord } from './coupon.entity';
import {
  CouponFilter,
  CouponHistoryFilter,
  CouponQuotaFilter,
  CouponRecordFilter,
  CustomerCouponFilter,
  QuotaRecordFilter,
} from './coupon.inputs';
import { couponById, couponQuotaById } from './coupon.loaders';
// Registers what a full withdrawal (reclaimFunds of a whole balance) does to coupons.
import './coupon-withdrawal';
import {
  issuerMemo,
  listCouponHistory,
  listCouponQuotas,
  listCouponRecords,
  listCoupons,
  listCustomerCoupons,
  listQuotaRecords,
  listSubQuotas,
  reachable,
} from './coupon.service';
import { CouponConnection, CouponQuotaConnection, CouponRecordConnection, QuotaRecordConnection } from './coupon.types';

@Resolver(() => CouponQuota)
export class CouponQuotaResolver {
  @FieldResolver(() => Money, { description: 'Total value of the quota.' })
  quotaValue(@Root() quota: CouponQuota): Money {
    return money(quota.quotaValue);
  }

  @FieldResolver(() => Money, { description: 'What is left to issue from the quota.' })
  balance(@Root() quota: CouponQuota): Money {
    return money(quota.balance);
  }

  @FieldResolver(() => Money, {
    description: 'What has been issued from the quota (coupons and sub-quotas): quotaValue − balance.',
  })
  issuedAmount(@Root() quota: CouponQuota): Money {
    return money(quota.quotaValue - quota.balance);
  }

  @FieldResolver(() => [String], {
    description: 'Designated-customer whitelist (customerId values); empty = any RESALE customer of the holder.',
  })
  designatedCustomerIds(@Root() quota: CouponQuota): string[] {
    return quota.designatedCustomerIds;
  }

  @FieldResolver(() => CouponQuota, {
    nullable: true,
    description:
      "For a sub-quota: the distributor's quota it was carved from; null for a quota the cloud gave. Visible to the distributor only.",
  })
  async parentQuota(@Root() quota: CouponQuota, @Ctx() ctx: Context): Promise<CouponQuota | null> {
    if (!quota.parentQuota) return null;
    return reachable(
      await couponQuotaById(ctx).load(quota.parentQuota.id),
      'parentQuota is held by your distributor and is not visible to you.',
    );
  }

  @FieldResolver(() => CouponQuotaConnection, {
    description: 'For a distributor: the sub-quotas carved from this quota for its cloud resellers, newest first.',
  })
  subQuotas(@Root() quota: CouponQuota, @Args() args: ConnectionArgs, @Ctx() ctx: Context) {
    return listSubQuotas(ctx, quota, args);
  }

  @FieldResolver(() => Partner, {
    nullable: true,
    description:
      'The partner holding the quota: your own partner or, for a distributor, one of its cloud resellers. Null (with FORBIDDEN in errors) when it is no longer in your reach.',
  })
  async partner(@Root() quota: CouponQuota, @Ctx() ctx: Context): Promise<Partner | null> {
    return reachable(await partnerById(ctx).load(quota.partner.id), 'The holder of this quota is not visible to you.');
  }
}

@Resolver(() => Coupon)
export class CouponResolver {
  @FieldResolver(() => Money, { description: 'Value of the coupon when issued.' })
  faceValue(@Root() coupon: Coupon): Money {
    return money(coupon.faceValue);
  }

  @FieldResolver(() => Money, {
    description: 'What is left to use; returns to the quota when the coupon is reclaimed.',
  })
  balance(@Root() coupon: Coupon): Money {
    return money(coupon.balance);
  }

  @FieldResolver(() => CouponQuota, { description: 'The quota the coupon was issued from.' })
  async quota(@Root() coupon: Coupon, @Ctx() ctx: Context): Promise<CouponQuota> {
    return reachable(
      await couponQuotaById(ctx).load(coupon.quota.id),
      'The quota of this coupon is not visible to you.',
    );
  }

  @FieldResolver(() => SubCustomer, { description: 'The customer the coupon was issued to.' })
  async customer(@Root() coupon: Coupon, @Ctx() ctx: Context): Promise<SubCustomer> {
    return reachable(
      await customerById(ctx).load(coupon.customer.id),
      'The customer of this coupon is no longer visible to you (it may have moved to another partner or account manager).',
    );
  }

  @FieldResolver(() => String, {
    nullable: true,
    description: 'Note entered when issuing. Visible only to the issuing partner, never to the receiving side.',
  })
  memo(@Root() coupon: Coupon, @Ctx() ctx: Context): string | null {
    return issuerMemo(requireViewer(ctx), coupon);
  }

  @FieldResolver(() => CouponRecordConnection, {
    description:
      "The coupon's whole history, newest first: its issue, every payment it made (USE: the order, amount and time of each, not only the last order) and its reclaim. Same permission and row scope as Partner.couponRecords.",
  })
  records(
    @Root() coupon: Coupon,
    @Args() args: ConnectionArgs,
    @Arg('filter', () => CouponHistoryFilter, { nullable: true, description: 'Filters; all given ones must match.' })
    filter: CouponHistoryFilter | null,
    @Ctx() ctx: Context,
  ) {
    return listCouponHistory(ctx, coupon, filter, args);
  }
}

@Resolver(() => CouponRecord)
export class CouponRecordResolver {
  @FieldResolver(() => Money, {
    description:
      'Amount issued, paid (USE) or reclaimed (returned to the quota, except EXPIRY_RECLAIM: the lapsed balance).',
  })
  amount(@Root() record: CouponRecord): Money {
    return money(record.amount);
  }

  @FieldResolver(() => Coupon, {
    nullable: true,
    description:
      'The coupon issued, used or reclaimed. Null (with FORBIDDEN in errors) when it is no longer in your reach.',
  })
  async coupon(@Root() record: CouponRecord, @Ctx() ctx: Context): Promise<Coupon | null> {
    return reachable(await couponById(ctx).load(record.coupon.id), 'The coupon of this record is not visible to you.');
  }

  @FieldResolver(() => SubCustomer, { description: 'The customer holding the coupon.' })
  async customer(@Root() record: CouponRecord, @Ctx() ctx: Context): Promise<SubCustomer> {
    return reachable(
      await customerById(ctx).load(record.customer.id),
      'The customer of this record is no longer visible to you (it may have moved to another partner or account manager).',
    );
  }

  @FieldResolver(() => Member, {
    nullable: true,
    description:
      'The member who did it (for USE: the member who paid the order); null for automatic operations (expiry, …) and seeded payments.',
  })
  async operator(@Root() record: CouponRecord, @Ctx() ctx: Context): Promise<Member | null> {
    return record.operator ? memberById(ctx).load(record.operator.id) : null;
  }

  @FieldResolver(() => String, {
    nullable: true,
    description: 'Note entered with the operation. Visible only to the issuing partner.',
  })
  memo(@Root() record: CouponRecord, @Ctx() ctx: Context): string | null {
    return issuerMemo(requireViewer(ctx), record);
  }
}

@Resolver(() => QuotaRecord)
export class QuotaRecordResolver {
  @FieldResolver(() => Money, { description: 'Amount issued to or reclaimed from the reseller.' })
  amount(@Root() record: QuotaRecord): Money {
    return money(record.amount);
  }

  @FieldResolver(() => CouponQuota, {
    nullable: true,
    description:
      "The reseller's sub-quota. Null (with FORBIDDEN in errors) when it is no longer in your reach, e.g. the reseller moved to another distributor.",
  })
  async quota(@Root() record: QuotaRecord, @Ctx() ctx: Context): Promise<CouponQuota | null> {
    return reachable(
      await couponQuotaById(ctx).load(record.quota.id),
      'The sub-quota of this record is no longer visible to you (the reseller may have moved to another distributor).',
    );
  }

  @FieldResolver(() => CouponQuota, {
    nullable: true,
    description:
      'Your own quota the sub-quota was carved from. Null (with FORBIDDEN in errors) when it is not in your reach.',
  })
  async parentQuota(@Root() record: QuotaRecord, @Ctx() ctx: Context): Promise<CouponQuota | null> {
    return reachable(
      await couponQuotaById(ctx).load(record.parentQuota.id),
      'The parent quota of this record is not visible to you.',
    );
  }

  @FieldResolver(() => Partner, {
    nullable: true,
    description:
      'The cloud reseller the sub-quota was issued to or reclaimed from. Null (with FORBIDDEN in errors) when it is no longer in your reach, e.g. it moved to another distributor.',
  })
  async reseller(@Root() record: QuotaRecord, @Ctx() ctx: Context): Promise<Partner | null> {
    return reachable(
      await partnerById(ctx).load(record.reseller.id),
      'The reseller of this record is no longer visible to you.',
    );
  }

  @FieldResolver(() => Member, { nullable: true, description: 'The member who did it; null for automatic operations.' })
  async operator(@Root() record: QuotaRecord, @Ctx() ctx: Context): Promise<Member | null> {
    return record.operator ? memberById(ctx).load(record.operator.id) : null;
  }
}

@Resolver(() => Partner)
export class PartnerCouponsResolver {
  @FieldResolver(() => CouponQuotaConnection, {
    description:
      '代金券额度: coupon quotas the partner holds, newest first: the ones the cloud gave and, for a cloud reseller, the sub-quotas its distributor carved for it. Visible for your own partner and, for a distributor, its cloud resellers.',
  })
  couponQuotas(
    @Root() partner: Partner,
    @Args() args: ConnectionArgs,
    @Arg('filter', () => CouponQuotaFilter, { nullable: true, description: 'Filters; all given ones must match.' })
    filter: CouponQuotaFilter | null,
    @Ctx() ctx: Context,
  ) {
    return listCouponQuotas(ctx, partner.id, filter, args);
  }

  @FieldResolver(() => CouponConnection, {
    description:
      "Coupons your own partner issued, newest first, limited by your roles (an account manager sees only its customers' coupons). By default those expiring between 12 months ago and 12 months from now; filter.expiresFrom / expiresTo move that window and filter.all drops it, so every coupon can be found. Not visible for other partners, resellers included.",
  })
  coupons(
    @Root() partner: Partner,
    @Args() args: ConnectionArgs,
    @Arg('filter', () => CouponFilter, { nullable: true, description: 'Filters; all given ones must match.' })
    filter: CouponFilter | null,
    @Ctx() ctx: Context,
  ) {
    return listCoupons(ctx, partner.id, filter, args);
  }

  @FieldResolver(() => CouponRecordConnection, {
    description:
      "Issue, use (USE, one per payment) and reclaim records of your own partner's coupons, newest first, limited by your roles.",
  })
  couponRecords(
    @Root() partner: Partner,
    @Args() args: ConnectionArgs,
    @Arg('filter', () => CouponRecordFilter, { nullable: true, description: 'Filters; all given ones must match.' })
    filter: CouponRecordFilter | null,
    @Ctx() ctx: Context,
  ) {
    return listCouponRecords(ctx, partner.id, filter, args);
  }

  @FieldResolver(() => QuotaRecordConnection, {
    description:
      'For a distributor: records of sub-quotas issued to and reclaimed from its cloud resellers, newest first. Your own partner only.',
  })
  quotaRecords(
    @Root() partner: Partner,
    @Args() args: ConnectionArgs,
    @Arg('filter', () => QuotaRecordFilter, { nullable: true, description: 'Filters; all given ones must match.' })
    filter: QuotaRecordFilter | null,
    @Ctx() ctx: Context,
  ) {
    return listQuotaRecords(ctx, partner.id, filter, args);
  }
}

/** FundMovementPayload.reclaimedCoupons resolves here: the funds module does not depend on coupons. */
@Resolver(() => FundMovementPayload)
export class FundMovementCouponsResolver {
  @FieldResolver(() => [Coupon], {
    description:
      "reclaimFunds of the customer's whole balance (全额提现): the CASH and PICKUP coupons whose remaining balance went back to their quotas (now RECLAIMED), ascending; empty otherwise.",
  })
  async reclaimedCoupons(@Root() payload: FundMovementPayload, @Ctx() ctx: Context): Promise<Coupon[]> {
    const ids = payload.reclaimedCouponIds ?? [];
    return ids.length ? (await couponById(ctx).loadMany(ids)).filter((c): c is Coupon => c instanceof Coupon) : [];
  }
}

@Resolver(() => SubCustomer)
export class SubCustomerCouponsResolver {
  @FieldResolver(() => CouponConnection, {
    description:
      "Coupons your partner issued to this customer, newest first. By default those expiring between 12 months ago and 12 months from now; filter.expiresFrom / expiresTo move that window and filter.all drops it, so every coupon can be found. Not visible for a cloud reseller's customer.",
  })
  coupons(
    @Root() customer: SubCustomer,
    @Args() args: ConnectionArgs,
    @Arg('filter', () => CustomerCouponFilter, { nullable: true, description: 'Filters; all given ones must match.' })
    filter: CustomerCouponFilter | null,
    @Ctx() ctx: Context,
  ) {
    return listCustomerCoupons(ctx, customer, filter, args);
  }
}
