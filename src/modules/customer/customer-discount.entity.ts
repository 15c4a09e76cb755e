import {
  Entity,
  Enum,
  Index,
  ManyToOne,
  PrimaryKey,
  Property,
  type Ref,
  OptionalProps,
  DateTimeType,
} from '@mikro-orm/core';
import { Field, Float, ObjectType, registerEnumType } from 'type-graphql';
import { Partner } from '../partner/partner.entity';
import { SubCustomer } from './customer.entity';

/** Kinds of discount a customer enjoys, as the platform names them on orders. */
export enum CustomerDiscountType {
  COMMERCIAL_DISCOUNT = 'COMMERCIAL_DISCOUNT',
  PARTNER_DISCOUNT = 'PARTNER_DISCOUNT',
  PROMOTION = 'PROMOTION',
}

registerEnumType(CustomerDiscountType, {
  name: 'CustomerDiscountType',
  description: 'The kind of a customer discount (the same names as Order.amountInfo.discounts[].type).',
  valuesConfig: {
    COMMERCIAL_DISCOUNT: {
      description: '商务折扣: a contract discount; with automatic payment it is applied first (seed 001).',
    },
    PARTNER_DISCOUNT: { description: '伙伴折扣: a discount the partner grants its customer.' },
    PROMOTION: { description: '促销折扣: a promotion for a limited time.' },
  },
});

/** Discount rates are stored in basis points of the official price (8500 = pays 85 %, 8.5折). */
export const RATE_SCALE = 10_000;

/**
 * 折扣信息 (seed 000: a partner sees its customers' discount information): a discount rate the
 * customer enjoys with its partner, per cloud service type (or every service) and period. Seeded
 * reference data here (the cloud sets discounts; no operation of this graph changes them).
 */
@Entity({ tableName: 'customer_discount' })
@Index({ properties: ['customer', 'partner'] })
@ObjectType('CustomerDiscount', {
  simpleResolvers: true,
  description:
    '折扣信息: a discount rate a customer enjoys with your partner, for one cloud service type or all of them, over a period.',
})
export class CustomerDiscount {
  /** Getters are not columns: leave them out of create data. */
  [OptionalProps]?: 'discountRate';

  @PrimaryKey()
  id!: number;

  /** The partner the discount applies under (the customer's partner when it was set). */
  @ManyToOne(() => Partner, { ref: true })
  partner!: Ref<Partner>;

  @ManyToOne(() => SubCustomer, { ref: true })
  customer!: Ref<SubCustomer>;

  @Field(() => CustomerDiscountType, { description: 'The kind of discount.' })
  @Enum({ items: () => CustomerDiscountType })
  discountType!: CustomerDiscountType;

  @Field(() => String, {
    nullable: true,
    description: 'The cloud service type it applies to, e.g. hws.service.type.ec2; null: every cloud service.',
  })
  @Property({ type: 'string', length: 64, nullable: true })
  serviceTypeCode?: string | null;

  /** Share of the official price the customer pays, in basis points (1–10000). */
  @Property()
  rateBasisPoints!: number;

  @Field(() => Date, { description: 'When the discount starts to apply.' })
  @Property({ type: DateTimeType })
  effectiveTime!: Date;

  @Field(() => Date, { nullable: true, description: 'When it stops applying; null: until further notice.' })
  @Property({ type: DateTimeType, nullable: true })
  expireTime?: Date | null;

  @Field(() => Float, {
    description:
      'Share of the official price the customer pays, 0 < rate ≤ 1 with up to 4 decimals: 0.85 is 8.5折 (15 % off).',
  })
  get discountRate(): number {
    return this.rateBasisPoints / RATE_SCALE;
  }
}
