import { Field, Int, ObjectType } from 'type-graphql';
import { ConnectionType } from '../../common/connection';
import { Money } from '../../common/money';
import { Partner } from '../partner/partner.entity';

@ObjectType('PerformanceFigures', {
  simpleResolvers: true,
  description:
    "业绩: a partner's performance over a range of months, summed from the monthly roll-up (partner_performance_month). (design) Revenue is what paid orders brought in minus the refunds of unsubscriptions; orders count in the UTC month they were paid, refunds in the month the unsubscription completed. Only the partner's own customer orders count: curated (严选) cloud-store resale orders are not a distributor's performance.",
})
export class PerformanceFigures {
  @Field(() => Money, { description: '(design) Order revenue: paidAmount minus refundAmount.' })
  revenue!: Money;

  @Field(() => Money, {
    description: 'Amount after discount of the orders paid in the range (coupons included), renewals paid at once too.',
  })
  paidAmount!: Money;

  @Field(() => Int, { description: 'How many orders were paid in the range.' })
  paidOrders!: number;

  @Field(() => Money, { description: 'Refunds of the unsubscriptions (退订) completed in the range.' })
  refundAmount!: Money;

  @Field(() => Money, {
    description: 'Coupon amounts customers spent on orders paid in the range (coupon USE records).',
  })
  couponAmount!: Money;

  @Field(() => Money, { description: "What customers paid for their consumption in the range's bill cycles." })
  consumptionAmount!: Money;

  @Field(() => Int, { description: 'Customers newly associated with the partner in the range.' })
  newCustomers!: number;

  @Field(() => Money, {
    description:
      '(design) 专属优惠: what customers paid for cloud-store orders placed through the partner’s exclusive-offer links in the range (by payment month). Not part of revenue, which counts yearly/monthly orders only.',
  })
  offerAmount!: Money;

  @Field(() => Int, {
    description: 'How many cloud-store orders were placed through the partner’s exclusive-offer links.',
  })
  offerOrders!: number;
}

@ObjectType('ResellerPerformance', {
  simpleResolvers: true,
  description: "One cloud reseller's performance (业绩) over the range, with the reseller.",
})
export class ResellerPerformance extends PerformanceFigures {
  /** The reseller's row id: the page's cursor. */
  id!: number;

  @Field(() => Partner, { description: 'The cloud reseller.' })
  reseller!: Partner;
}

@ObjectType('ResellerPerformanceConnection', {
  simpleResolvers: true,
  description:
    "A page of a distributor's resellers with their performance, newest reseller first (every reseller appears, with zeros where nothing happened), and the total over all its resellers.",
})
export class ResellerPerformanceConnection extends ConnectionType(
  ResellerPerformance,
  'ResellerPerformance',
  "reseller's performance",
) {
  @Field(() => String, { description: 'First month of the range (YYYY-MM).' })
  from!: string;

  @Field(() => String, { description: 'Last month of the range (YYYY-MM).' })
  to!: string;

  // A promise made on first read (like totalCount): not a simple field.
  @Field(() => PerformanceFigures, {
    simple: false,
    description:
      "(design) The distributor's total: the sum over all its resellers (not only this page) over the range; the distributor's own customers are not in it.",
  })
  total!: PerformanceFigures;

  @Field(() => PerformanceFigures, {
    simple: false,
    description:
      "(design) The distributor's own performance over the range (its own customers' orders, consumption and new customers), next to its resellers' total.",
  })
  own!: PerformanceFigures;
}
