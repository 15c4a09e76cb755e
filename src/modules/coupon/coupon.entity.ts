import { Entity, Enum, Index, ManyToOne, PrimaryKey, Property, type Ref, OptionalProps } from '@mikro-orm/core';
import { Field, ID, ObjectType } from 'type-graphql';
import { MoneyColumn, Node } from '../../common/node';
import { toGlobalId } from '../../common/global-id';
import { Partner } from '../partner/partner.entity';
import { Member } from '../member/member.entity';
import { SubCustomer } from '../customer/customer.entity';
import type { Order } from '../order/order.entity';
import {
  CouponKind,
  CouponOperationType,
  CouponStatus,
  OperationResult,
  QuotaOperationType,
  QuotaStatus,
} from './coupon.enums';

/** 代金券额度: what a partner may issue coupons from. Sub-quotas of a reseller point to their parent. */
@Entity({ tableName: 'coupon_quota' })
@ObjectType('CouponQuota', {
  implements: Node,
  description: '代金券额度: a quota coupons are issued from; a distributor carves sub-quotas for its resellers.',
})
export class CouponQuota {
  /** Getters are not columns: leave them out of create data. */
  [OptionalProps]?: 'globalId';

  @PrimaryKey()
  id!: number;

  @ManyToOne(() => Partner, { ref: true, index: true })
  partner!: Ref<Partner>;

  @Field(() => String, { description: "The platform's quota id." })
  @Property({ length: 64, unique: true })
  quotaId!: string;

  @Field(() => CouponKind, { description: 'Kind of coupons issued from it.' })
  @Enum({ items: () => CouponKind })
  kind!: CouponKind;

  /** Total value in fen. */
  @MoneyColumn()
  quotaValue!: number;

  /** Unissued balance in fen. */
  @MoneyColumn()
  balance!: number;

  @Field(() => QuotaStatus, { description: 'Whether coupons can be issued from it.' })
  @Enum({ items: () => QuotaStatus })
  status!: QuotaStatus;

  @Field(() => Date, { description: 'Start of validity.' })
  @Property()
  effectiveTime!: Date;

  @Field(() => Date, { description: 'End of validity; coupons may not outlive it.' })
  @Property()
  expireTime!: Date;

  @Field(() => [String], { description: 'Cloud service types coupons may be used on (≤ 10); empty = any.' })
  @Property({ type: 'json' })
  cloudServiceTypes: string[] = [];

  @Field(() => [String], { description: 'Products coupons may be used on (≤ 10); empty = any.' })
  @Property({ type: 'json' })
  productIds: string[] = [];

  /** Designated-customer whitelist (customerId values); empty = any RESALE customer. */
  @Property({ type: 'json' })
  designatedCustomerIds: string[] = [];

  @ManyToOne(() => CouponQuota, { ref: true, nullable: true, index: true })
  parentQuota?: Ref<CouponQuota> | null;

  @Field(() => Date, { description: 'When the quota was given.' })
  @Property()
  createdAt!: Date;

  @Property({ version: true, default: 1 })
  version: number = 1;

  @Field(() => ID, { name: 'id', description: 'Opaque global id.' })
  get globalId(): string {
    return toGlobalId('CouponQuota', this.id);
  }
}

@Entity({ tableName: 'coupon' })
@Index({ properties: ['partner', 'expireTime'] })
@Index({ properties: ['customer', 'status'] })
@ObjectType('Coupon', {
  implements: Node,
  description: '代金券 / 现金券: a coupon issued by a partner to a customer from a quota.',
})
export class Coupon {
  /** Getters are not columns: leave them out of create data. */
  [OptionalProps]?: 'globalId';

  @PrimaryKey()
  id!: number;

  /** Issuing partner. */
  @ManyToOne(() => Partner, { ref: true })
  partner!: Ref<Partner>;

  @Field(() => String, { description: "The platform's coupon id." })
  @Property({ length: 64, unique: true })
  couponId!: string;

  @Field(() => CouponKind, { description: 'Kind of coupon.' })
  @Enum({ items: () => CouponKind })
  kind!: CouponKind;

  @ManyToOne(() => CouponQuota, { ref: true, index: true })
  quota!: Ref<CouponQuota>;

  @ManyToOne(() => SubCustomer, { ref: true })
  customer!: Ref<SubCustomer>;

  @Field(() => CouponStatus, { description: 'State of the coupon.' })
  @Enum({ items: () => CouponStatus })
  status!: CouponStatus;

  @MoneyColumn()
  faceValue!: number;

  @MoneyColumn()
  balance!: number;

  @Field(() => Date, { description: 'Start of validity.' })
  @Property()
  effectiveTime!: Date;

  @Field(() => Date, { description: 'End of validity.' })
  @Property()
  expireTime!: Date;

  /** Visible only to the issuing partner. */
  @Property({ type: 'string', length: 500, nullable: true })
  memo?: string | null;

  /** By name: the order module depends on coupons, not the other way round (its field resolver lives there). */
  @ManyToOne('Order', { ref: true, nullable: true })
  usedOnOrder?: Ref<Order> | null;

  @Field(() => Date, { description: 'When the coupon was issued.' })
  @Property()
  issuedAt!: Date;

  @Property({ version: true, default: 1 })
  version: number = 1;

  @Field(() => ID, { name: 'id', description: 'Opaque global id.' })
  get globalId(): string {
    return toGlobalId('Coupon', this.id);
  }
}

@Entity({ tableName: 'coupon_record' })
@Index({ properties: ['partner', 'time'] })
@ObjectType('CouponRecord', {
  implements: Node,
  description: 'One issue, use (USE: one payment of an order) or reclaim of a coupon. Append-only.',
})
export class CouponRecord {
  /** Getters are not columns: leave them out of create data. */
  [OptionalProps]?: 'globalId';

  @PrimaryKey()
  id!: number;

  @ManyToOne(() => Partner, { ref: true })
  partner!: Ref<Partner>;

  @ManyToOne(() => Coupon, { ref: true, index: true })
  coupon!: Ref<Coupon>;

  @ManyToOne(() => SubCustomer, { ref: true, index: true })
  customer!: Ref<SubCustomer>;

  @Field(() => CouponOperationType, { description: 'What was done (platform codes 1–9).' })
  @Enum({ items: () => CouponOperationType })
  operationType!: CouponOperationType;

  @MoneyColumn()
  amount!: number;

  @ManyToOne(() => Member, { ref: true, nullable: true })
  operator?: Ref<Member> | null;

  @Field(() => Date, { description: 'When it was done.' })
  @Property()
  time!: Date;

  @Field(() => OperationResult, { description: 'Outcome.' })
  @Enum({ items: () => OperationResult })
  result!: OperationResult;

  /** Visible only to the issuing partner. */
  @Property({ type: 'string', length: 500, nullable: true })
  memo?: string | null;

  /** USE records: the order paid. By name, like Coupon.usedOnOrder (its field resolver is in the order module). */
  @ManyToOne('Order', { ref: true, nullable: true })
  order?: Ref<Order> | null;

  @Field(() => ID, { name: 'id', description: 'Opaque global id.' })
  get globalId(): string {
    return toGlobalId('CouponRecord', this.id);
  }
}

@Entity({ tableName: 'quota_record' })
@Index({ properties: ['partner', 'time'] })
@ObjectType('QuotaRecord', {
  implements: Node,
  description: 'One issue or reclaim of a sub-quota to a reseller. Append-only.',
})
export class QuotaRecord {
  /** Getters are not columns: leave them out of create data. */
  [OptionalProps]?: 'globalId';

  @PrimaryKey()
  id!: number;

  /** The distributor that issued or reclaimed. */
  @ManyToOne(() => Partner, { ref: true })
  partner!: Ref<Partner>;

  @ManyToOne(() => CouponQuota, { ref: true })
  quota!: Ref<CouponQuota>;

  @ManyToOne(() => CouponQuota, { ref: true })
  parentQuota!: Ref<CouponQuota>;

  @Field(() => QuotaOperationType, { description: 'Issue (10) or reclaim (11).' })
  @Enum({ items: () => QuotaOperationType })
  operationType!: QuotaOperationType;

  @MoneyColumn()
  amount!: number;

  @ManyToOne(() => Member, { ref: true, nullable: true })
  operator?: Ref<Member> | null;

  @ManyToOne(() => Partner, { ref: true })
  reseller!: Ref<Partner>;

  @Field(() => Date, { description: 'When it was done.' })
  @Property()
  time!: Date;

  @Field(() => OperationResult, { description: 'Outcome.' })
  @Enum({ items: () => OperationResult })
  result!: OperationResult;

  @Field(() => String, { nullable: true, description: 'Remark entered by the operator.' })
  @Property({ type: 'string', length: 500, nullable: true })
  remark?: string | null;

  @Field(() => ID, { name: 'id', description: 'Opaque global id.' })
  get globalId(): string {
    return toGlobalId('QuotaRecord', this.id);
  }
}
