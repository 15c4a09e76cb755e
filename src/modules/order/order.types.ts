import { Field, ObjectType } from 'type-graphql';
import { ConnectionType } from '../../common/connection';
import { Money } from '../../common/money';
import { Order, Resource } from './order.entity';

@ObjectType('OrderDiscount', { simpleResolvers: true, description: 'One discount applied to an order.' })
export class OrderDiscountInfo {
  @Field(() => String, {
    description: 'Kind of discount as the platform names it, e.g. a contract or promotion discount.',
  })
  type!: string;

  @Field(() => Money, { description: 'Amount taken off by this discount.' })
  amount!: Money;
}

@ObjectType('OrderAmountInfo', {
  simpleResolvers: true,
  description: 'How the official amount of an order was reduced: discounts, coupons and cash coupons.',
})
export class OrderAmountInfo {
  @Field(() => [OrderDiscountInfo], { description: 'Discounts applied, in the order the platform lists them.' })
  discounts!: OrderDiscountInfo[];

  @Field(() => Money, { description: 'Paid with vouchers (代金券).' })
  couponAmount!: Money;

  @Field(() => Money, { description: 'Paid with cash coupons (现金券).' })
  cashCouponAmount!: Money;

  @Field(() => Money, {
    description:
      "Paid from the partner's credit account (信用账户) because the customer's balance fell short; the rest after coupons came from the customer's balance.",
  })
  creditAmount!: Money;

  @Field(() => Money, {
    description:
      "Paid from the partner's cash account under the customer's payment-on-behalf agreement (代付, PaymentAgreement); the customer's balance paid nothing of it.",
  })
  onBehalfAmount!: Money;
}

@ObjectType('OrderConnection', { simpleResolvers: true, description: 'A page of yearly/monthly orders, newest first.' })
export class OrderConnection extends ConnectionType(Order, 'Order', 'order') {}

@ObjectType('ResourceConnection', {
  simpleResolvers: true,
  description: 'A page of subscribed yearly/monthly resources, newest first.',
})
export class ResourceConnection extends ConnectionType(Resource, 'Resource', 'resource') {}
