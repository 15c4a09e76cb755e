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
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { MoneyColumn, Node } from '../../common/node';
import { toGlobalId } from '../../common/global-id';
import { Partner } from '../partner/partner.entity';
import { SubCustomer } from '../customer/customer.entity';
import { ExpirePolicy, OrderSource, OrderStatus, OrderType, PeriodType, ResourceStatus } from './order.enums';

/** A discount applied to an order, in fen. */
export interface OrderDiscount {
  type: string;
  amount: number;
}

@Entity({ tableName: 'customer_order' })
@Index({ properties: ['partner', 'createTime'] })
@Index({ properties: ['customer', 'createTime'] })
@ObjectType('Order', { implements: Node, description: '包年/包月订单: a yearly/monthly order of a customer.' })
export class Order {
  /** Getters are not columns: leave them out of create data; creditAmount defaults to 0. */
  [OptionalProps]?: 'globalId' | 'creditAmount' | 'onBehalfAmount';

  @PrimaryKey()
  id!: number;

  @ManyToOne(() => Partner, { ref: true })
  partner!: Ref<Partner>;

  @ManyToOne(() => SubCustomer, { ref: true })
  customer!: Ref<SubCustomer>;

  @Field(() => String, { description: "The platform's order id, e.g. CS2408151230ABCDE." })
  @Property({ length: 64, unique: true })
  orderId!: string;

  @Field(() => OrderStatus, { description: 'State of the order.' })
  @Enum({ items: () => OrderStatus })
  status!: OrderStatus;

  @Field(() => OrderType, { description: 'Kind of order.' })
  @Enum({ items: () => OrderType })
  orderType!: OrderType;

  @Field(() => OrderSource, { description: 'Who placed it.' })
  @Enum({ items: () => OrderSource })
  sourceType!: OrderSource;

  @Field(() => String, { description: 'Cloud service type code, e.g. hws.service.type.ec2.' })
  @Property({ length: 64 })
  serviceTypeCode!: string;

  @MoneyColumn()
  officialAmount!: number;

  @MoneyColumn()
  amountAfterDiscount!: number;

  @Property({ type: 'json' })
  discounts: OrderDiscount[] = [];

  @MoneyColumn()
  couponAmount: number = 0;

  @MoneyColumn()
  cashCouponAmount: number = 0;

  /** Paid from the partner's credit account (信用账户) because the customer's balance fell short. */
  @MoneyColumn()
  creditAmount: number = 0;

  /** Paid by the partner's cash account under the customer's payment-on-behalf agreement (代付). */
  @MoneyColumn()
  onBehalfAmount: number = 0;

  @Field(() => Date, { description: 'When the order was created.' })
  @Property()
  createTime!: Date;

  @Field(() => Date, { nullable: true, description: 'When it was paid.' })
  @Property({ type: DateTimeType, nullable: true })
  paymentTime?: Date | null;

  @Field(() => Date, { nullable: true, description: 'Deadline for paying a pending order.' })
  @Property({ type: DateTimeType, nullable: true })
  pendingPaymentEndTime?: Date | null;

  @Property({ version: true, default: 1 })
  version: number = 1;

  @Field(() => ID, { name: 'id', description: 'Opaque global id.' })
  get globalId(): string {
    return toGlobalId('Order', this.id);
  }
}

@Entity({ tableName: 'order_line_item' })
@ObjectType('OrderLineItem', { simpleResolvers: true, description: 'One product line of an order.' })
export class OrderLineItem {
  @PrimaryKey()
  id!: number;

  @ManyToOne(() => Order, { ref: true, index: true })
  order!: Ref<Order>;

  @Field(() => String, { description: 'Product id.' })
  @Property({ length: 64 })
  productId!: string;

  @Field(() => String, { description: 'Cloud service type code.' })
  @Property({ length: 64 })
  serviceTypeCode!: string;

  @Field(() => String, { description: 'Specification, e.g. "s6.large.2 | 2vCPUs | 4GiB".' })
  @Property({ length: 200 })
  productSpecDesc!: string;

  @Field(() => PeriodType, { description: 'Month or year.' })
  @Enum({ items: () => PeriodType })
  periodType!: PeriodType;

  @Field(() => Int, { description: 'Number of periods.' })
  @Property()
  periodNum!: number;

  @Field(() => Int, { description: 'Number of subscriptions.' })
  @Property()
  subscriptionNum!: number;

  @MoneyColumn()
  amount!: number;

  @Field(() => Date, { nullable: true, description: 'Start of the subscription.' })
  @Property({ type: DateTimeType, nullable: true })
  effectiveTime?: Date | null;

  @Field(() => Date, { nullable: true, description: 'End of the subscription.' })
  @Property({ type: DateTimeType, nullable: true })
  expireTime?: Date | null;
}

@Entity({ tableName: 'resource' })
@Index({ properties: ['customer', 'expireTime'] })
@ObjectType('Resource', { implements: Node, description: 'A subscribed yearly/monthly resource of a customer.' })
export class Resource {
  /** Getters are not columns: leave them out of create data. */
  [OptionalProps]?: 'globalId';

  @PrimaryKey()
  id!: number;

  @ManyToOne(() => Partner, { ref: true, index: true })
  partner!: Ref<Partner>;

  @ManyToOne(() => SubCustomer, { ref: true })
  customer!: Ref<SubCustomer>;

  /** The order that created (or last renewed) the resource. */
  @ManyToOne(() => Order, { ref: true, nullable: true, index: true })
  order?: Ref<Order> | null;

  @Field(() => String, { description: "The platform's resource id." })
  @Property({ length: 64, unique: true })
  resourceId!: string;

  @Field(() => String, { description: 'Resource name.' })
  @Property({ length: 200 })
  name!: string;

  @Field(() => String, { description: 'Region code, e.g. cn-north-4.' })
  @Property({ length: 32 })
  regionCode!: string;

  @Field(() => String, { description: 'Cloud service type code.' })
  @Property({ length: 64 })
  serviceTypeCode!: string;

  @Field(() => String, { description: 'Resource type code.' })
  @Property({ length: 64 })
  resourceTypeCode!: string;

  @Field(() => String, {
    nullable: true,
    description:
      'The product (PriceCatalogueEntry.productCode) the resource runs: with regionCode and the period unit it finds the catalogue price its renewal is charged at, for a main resource and a dependent alike. Null when the cloud has not named it (a dependent bought before product codes were recorded): its renewal is refused with RENEWAL_NOT_IN_CATALOGUE.',
  })
  @Property({ length: 64, nullable: true })
  productCode?: string | null;

  @Field(() => Boolean, { description: 'Main resources are renewed and unsubscribed; dependents follow them.' })
  @Property()
  isMainResource!: boolean;

  @ManyToOne(() => Resource, { ref: true, nullable: true, index: true })
  parentResource?: Ref<Resource> | null;

  @Field(() => ResourceStatus, { description: 'State of the resource.' })
  @Enum({ items: () => ResourceStatus })
  status!: ResourceStatus;

  @Field(() => Date, { description: 'Start of the subscription.' })
  @Property()
  effectiveTime!: Date;

  @Field(() => Date, { description: 'End of the subscription.' })
  @Property()
  expireTime!: Date;

  @Field(() => ExpirePolicy, { description: 'What happens on expiry.' })
  @Enum({ items: () => ExpirePolicy })
  expirePolicy!: ExpirePolicy;

  @Field(() => Int, {
    nullable: true,
    description: 'Auto-renewals left when expirePolicy is AUTO_RENEW (0 = unlimited).',
  })
  @Property({ type: 'integer', nullable: true })
  autoRenewTimes?: number | null;

  @Field(() => ID, { name: 'id', description: 'Opaque global id.' })
  get globalId(): string {
    return toGlobalId('Resource', this.id);
  }
}
