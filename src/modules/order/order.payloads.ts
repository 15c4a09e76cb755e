import { Field, Int, ObjectType } from 'type-graphql';
import { MutationPayload } from '../../common/payload';
import { UserError } from '../../common/errors';
import { Money } from '../../common/money';
import { SubCustomer } from '../customer/customer.entity';
import { Coupon } from '../coupon/coupon.entity';
import { Order, Resource } from './order.entity';

@ObjectType({ simpleResolvers: true, description: 'Result of payOrder.' })
export class PayOrderPayload extends MutationPayload {
  @Field(() => Order, {
    nullable: true,
    description: 'The paid order (COMPLETED, with paymentTime and coupon amounts); null when refused.',
  })
  order!: Order | null;

  @Field(() => SubCustomer, { nullable: true, description: 'The customer, with its new balance; null when refused.' })
  customer!: SubCustomer | null;

  @Field(() => [Coupon], { description: 'The coupons used, with their new balances (in the order applied).' })
  coupons!: Coupon[];

  @Field(() => Money, {
    nullable: true,
    description: "Paid from the customer's balance (its cash account, after coupons); null when refused.",
  })
  cashPaid!: Money | null;

  @Field(() => Money, {
    nullable: true,
    description:
      "Paid from your partner's credit account (信用账户) because the customer's balance fell short (cash first, then credit); null when refused.",
  })
  creditPaid!: Money | null;

  @Field(() => Money, {
    nullable: true,
    description:
      "Paid from your partner's cash account under the customer's ACTIVE payment-on-behalf agreement (代付; then cashPaid and creditPaid are 0); null when refused.",
  })
  paidOnBehalf!: Money | null;
}

@ObjectType({ simpleResolvers: true, description: 'Result of cancelOrder.' })
export class CancelOrderPayload extends MutationPayload {
  @Field(() => Order, { nullable: true, description: 'The cancelled order; null when refused.' })
  order!: Order | null;
}

@ObjectType({
  simpleResolvers: true,
  description: 'One resource a renewal or unsubscription took effect for, with the order it is on.',
})
export class ResourceOrderResult {
  @Field(() => Int, { description: 'Index of the resource in input.resourceIds.' })
  index!: number;

  @Field(() => Resource, { description: 'The main resource, as it is now.' })
  resource!: Resource;

  @Field(() => Order, { description: 'The RENEWAL or UNSUBSCRIBE order it is on.' })
  order!: Order;

  @Field(() => Money, { description: "The resource's line: the renewal price, or the refund." })
  amount!: Money;
}

@ObjectType({
  simpleResolvers: true,
  description: 'Result of renewResources: renewed and refused resources side by side.',
})
export class RenewResourcesPayload extends MutationPayload {
  @Field(() => [ResourceOrderResult], {
    description: 'Resources on a renewal order (paid, and their expireTime extended, when autoPay was set).',
  })
  succeeded!: ResourceOrderResult[];

  @Field(() => [UserError], { description: 'Resources that were refused, each with field "input.resourceIds[i]".' })
  failed!: UserError[];

  @Field(() => [Order], { description: 'The renewal orders created, one per customer.' })
  orders!: Order[];
}

@ObjectType({
  simpleResolvers: true,
  description: 'Result of unsubscribeResources: unsubscribed and refused resources side by side.',
})
export class UnsubscribeResourcesPayload extends MutationPayload {
  @Field(() => [ResourceOrderResult], {
    description: 'Resources unsubscribed (now CLOSED, with their dependents), each with its refund.',
  })
  succeeded!: ResourceOrderResult[];

  @Field(() => [UserError], { description: 'Resources that were refused, each with field "input.resourceIds[i]".' })
  failed!: UserError[];

  @Field(() => [Order], {
    description: 'The UNSUBSCRIBE orders created, one per customer, with the refund as their amount.',
  })
  orders!: Order[];
}

@ObjectType({ simpleResolvers: true, description: 'One resource whose auto-renewal was changed.' })
export class ResourceResult {
  @Field(() => Int, { description: 'Index of the resource in input.resourceIds.' })
  index!: number;

  @Field(() => Resource, { description: 'The main resource, as it is now.' })
  resource!: Resource;
}

@ObjectType({
  simpleResolvers: true,
  description: 'Result of setAutoRenew: changed and refused resources side by side.',
})
export class SetAutoRenewPayload extends MutationPayload {
  @Field(() => [ResourceResult], { description: 'Resources changed (their dependents follow them).' })
  succeeded!: ResourceResult[];

  @Field(() => [UserError], { description: 'Resources that were refused, each with field "input.resourceIds[i]".' })
  failed!: UserError[];
}
