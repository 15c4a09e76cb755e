import { Arg, Args, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { Context } from '../../context';
import { requireViewer } from '../../permissions/viewer';
import { ConnectionArgs } from '../../common/connection';
import { money, Money } from '../../common/money';
import { assertCustomerInFull } from '../../permissions/scopes';
import { OrderAuthorization } from '../association/association.entity';
import { Coupon, CouponRecord } from '../coupon/coupon.entity';
import { SubCustomer } from '../customer/customer.entity';
import { Partner } from '../partner/partner.entity';
import { Order, OrderLineItem, Resource } from './order.entity';
import { CustomerOrderFilter, CustomerResourceFilter, OrderFilter, ResourceFilter } from './order.inputs';
import {
  dependentsByParentResourceId,
  lineItemsByOrderId,
  orderAuthorizationByCustomerId,
  orderById,
  resourceById,
} from './order.loaders';
import {
  customerOfRow,
  customerOrders,
  customerResources,
  listOrders,
  listResources,
  orderResources,
} from './order.service';
import { OrderAmountInfo, OrderConnection, ResourceConnection } from './order.types';

/** Coupon.usedOnOrder resolves here, so that the coupon module does not depend on orders. */
@Resolver(() => Coupon)
export class CouponOrderResolver {
  @FieldResolver(() => Order, {
    nullable: true,
    description: 'The order the coupon was used on, once used; null otherwise.',
  })
  async usedOnOrder(@Root() coupon: Coupon, @Ctx() ctx: Context): Promise<Order | null> {
    return coupon.usedOnOrder ? orderById(ctx).load(coupon.usedOnOrder.id) : null;
  }
}

/** CouponRecord.order resolves here too (the coupon module does not depend on orders). */
@Resolver(() => CouponRecord)
export class CouponRecordOrderResolver {
  @FieldResolver(() => Order, {
    nullable: true,
    description:
      'For a USE record: the order the coupon paid (each payment has its own record); null for other operations or when the order is outside your row scope.',
  })
  async order(@Root() record: CouponRecord, @Ctx() ctx: Context): Promise<Order | null> {
    return record.order ? orderById(ctx).load(record.order.id) : null;
  }
}

@Resolver(() => Partner)
export class PartnerOrdersResolver {
  @FieldResolver(() => OrderConnection, {
    description:
      "订单: your own partner's yearly/monthly orders, newest first, created within one year (the last year unless filter.createdFrom/createdTo say otherwise). An account manager sees only its customers' orders.",
  })
  orders(
    @Root() partner: Partner,
    @Args() args: ConnectionArgs,
    @Arg('filter', () => OrderFilter, {
      nullable: true,
      description: 'Filters; all given ones must match. The creation-time range spans at most one year.',
    })
    filter: OrderFilter | null,
    @Ctx() ctx: Context,
  ) {
    return listOrders(ctx, partner.id, filter, args);
  }

  @FieldResolver(() => ResourceConnection, {
    description:
      "包年/包月资源: your own partner's customers' subscribed resources, newest first. An account manager sees only its customers' resources.",
  })
  resources(
    @Root() partner: Partner,
    @Args() args: ConnectionArgs,
    @Arg('filter', () => ResourceFilter, { nullable: true, description: 'Filters; all given ones must match.' })
    filter: ResourceFilter | null,
    @Ctx() ctx: Context,
  ) {
    return listResources(ctx, partner.id, filter, args);
  }
}

@Resolver(() => SubCustomer)
export class SubCustomerOrdersResolver {
  @FieldResolver(() => OrderConnection, {
    description:
      "The customer's yearly/monthly orders placed while associated with your partner, newest first, created within one year as in Partner.orders (the last year unless filter.createdFrom/createdTo say otherwise; a longer range is BAD_USER_INPUT). Not visible for a reseller's customer.",
  })
  orders(
    @Root() customer: SubCustomer,
    @Args() args: ConnectionArgs,
    @Arg('filter', () => CustomerOrderFilter, { nullable: true, description: 'Filters; all given ones must match.' })
    filter: CustomerOrderFilter | null,
    @Ctx() ctx: Context,
  ) {
    return customerOrders(ctx, customer, filter, args);
  }

  @FieldResolver(() => ResourceConnection, {
    description:
      "The customer's subscribed yearly/monthly resources under your partner, newest first. Not visible for a reseller's customer.",
  })
  resources(
    @Root() customer: SubCustomer,
    @Args() args: ConnectionArgs,
    @Arg('filter', () => CustomerResourceFilter, { nullable: true, description: 'Filters; all given ones must match.' })
    filter: CustomerResourceFilter | null,
    @Ctx() ctx: Context,
  ) {
    return customerResources(ctx, customer, filter, args);
  }

  @FieldResolver(() => OrderAuthorization, {
    nullable: true,
    description:
      "代下单授权: the customer's latest order-on-behalf authorization to your partner (GRANTED or REVOKED); null if it never granted one. Not visible for a reseller's customer.",
  })
  orderAuthorization(@Root() customer: SubCustomer, @Ctx() ctx: Context): Promise<OrderAuthorization | null> {
    assertCustomerInFull(requireViewer(ctx), customer, 'orderAuthorization');
    return orderAuthorizationByCustomerId(ctx).load(customer.id);
  }
}

@Resolver(() => Order)
export class OrderResolver {
  @FieldResolver(() => SubCustomer, { description: 'The customer the order is for.' })
  customer(@Root() order: Order, @Ctx() ctx: Context): Promise<SubCustomer> {
    return customerOfRow(ctx, order.customer.id);
  }

  @FieldResolver(() => Money, { description: 'Official (list) price of the order.' })
  officialAmount(@Root() order: Order): Money {
    return money(order.officialAmount);
  }

  @FieldResolver(() => Money, { description: 'Amount after discounts, before coupons.' })
  amountAfterDiscount(@Root() order: Order): Money {
    return money(order.amountAfterDiscount);
  }

  @FieldResolver(() => OrderAmountInfo, {
    description:
      "Breakdown of the reductions: discounts, vouchers and cash coupons, and the part paid from the partner's credit.",
  })
  amountInfo(@Root() order: Order): OrderAmountInfo {
    return {
      discounts: (order.discounts ?? []).map((d) => ({ type: d.type, amount: money(d.amount) })),
      couponAmount: money(order.couponAmount),
      cashCouponAmount: money(order.cashCouponAmount),
      creditAmount: money(order.creditAmount),
      onBehalfAmount: money(order.onBehalfAmount),
    };
  }

  @FieldResolver(() => [OrderLineItem], { description: 'Product lines of the order, in the order they were added.' })
  lineItems(@Root() order: Order, @Ctx() ctx: Context): Promise<OrderLineItem[]> {
    return lineItemsByOrderId(ctx).load(order.id);
  }

  @FieldResolver(() => ResourceConnection, {
    description: 'Resources this order created or last renewed, newest first.',
  })
  resources(@Root() order: Order, @Args() args: ConnectionArgs, @Ctx() ctx: Context) {
    return orderResources(ctx, order, args);
  }
}

@Resolver(() => OrderLineItem)
export class OrderLineItemResolver {
  @FieldResolver(() => Money, { description: 'Amount of this line.' })
  amount(@Root() item: OrderLineItem): Money {
    return money(item.amount);
  }
}

@Resolver(() => Resource)
export class ResourceResolver {
  @FieldResolver(() => SubCustomer, { description: 'The customer the resource belongs to.' })
  customer(@Root() resource: Resource, @Ctx() ctx: Context): Promise<SubCustomer> {
    return customerOfRow(ctx, resource.customer.id);
  }

  @FieldResolver(() => Order, {
    nullable: true,
    description: 'The order that created or last renewed the resource, if known.',
  })
  async order(@Root() resource: Resource, @Ctx() ctx: Context): Promise<Order | null> {
    return resource.order ? orderById(ctx).load(resource.order.id) : null;
  }

  @FieldResolver(() => Resource, {
    nullable: true,
    description:
      'For a dependent resource: the main resource it is renewed and unsubscribed with; null for a main resource.',
  })
  async parentResource(@Root() resource: Resource, @Ctx() ctx: Context): Promise<Resource | null> {
    return resource.parentResource ? resourceById(ctx).load(resource.parentResource.id) : null;
  }

  @FieldResolver(() => [Resource], {
    description:
      'For a main resource: its dependent resources (they follow it on renewal and unsubscription), oldest first.',
  })
  dependents(@Root() resource: Resource, @Ctx() ctx: Context): Promise<Resource[]> {
    return dependentsByParentResourceId(ctx).load(resource.id);
  }
}

@Resolver(() => OrderAuthorization)
export class OrderAuthorizationResolver {
  @FieldResolver(() => SubCustomer, { description: 'The customer that granted the authorization.' })
  customer(@Root() authorization: OrderAuthorization, @Ctx() ctx: Context): Promise<SubCustomer> {
    return customerOfRow(ctx, authorization.customer.id);
  }
}
