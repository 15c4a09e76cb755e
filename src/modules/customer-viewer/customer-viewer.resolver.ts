import { Args, Ctx, FieldResolver, Query, Resolver } from 'type-graphql';
import type { Context } from '../../context';
import { ConnectionArgs } from '../../common/connection';
import { Order, Resource } from '../order/order.entity';
import { OrderConnection, ResourceConnection } from '../order/order.types';
import { Coupon } from '../coupon/coupon.entity';
import { CouponConnection } from '../coupon/coupon.types';
import { AssociationEvent, OrderAuthorization } from '../association/association.entity';
import { AssociationEventConnection } from '../association/association.types';
import { CustomerViewer } from './customer-viewer.types';
import { customerViewer, ownOrderAuthorization, ownRows } from './customer-viewer.service';

@Resolver(() => CustomerViewer)
export class CustomerViewerResolver {
  @Query(() => CustomerViewer, {
    description:
      'The signed-in customer (sign in with input.as: CUSTOMER): its own account and association only. FORBIDDEN for members and operators.',
  })
  customerViewer(@Ctx() ctx: Context): CustomerViewer {
    return customerViewer(ctx);
  }

  @FieldResolver(() => OrderConnection, {
    description: 'Your yearly/monthly orders under your association, newest first.',
  })
  orders(@Args() args: ConnectionArgs, @Ctx() ctx: Context) {
    return ownRows(ctx, Order, args, (customer) => ({ customer }));
  }

  @FieldResolver(() => ResourceConnection, { description: 'Your subscribed yearly/monthly resources, newest first.' })
  resources(@Args() args: ConnectionArgs, @Ctx() ctx: Context) {
    return ownRows(ctx, Resource, args, (customer) => ({ customer }));
  }

  @FieldResolver(() => CouponConnection, {
    description: 'Coupons your partner issued to you (every status and validity), newest first.',
  })
  coupons(@Args() args: ConnectionArgs, @Ctx() ctx: Context) {
    return ownRows(ctx, Coupon, args, (customer) => ({ customer }));
  }

  @FieldResolver(() => AssociationEventConnection, {
    description:
      "Your association events with your partner (associations, type switches, unbind requests either side made and how they were answered), newest first. A PENDING unbind request of your partner's is yours to answer with answerUnbindRequest.",
  })
  associationEvents(@Args() args: ConnectionArgs, @Ctx() ctx: Context) {
    return ownRows(ctx, AssociationEvent, args, (customer) => ({ customer }));
  }

  @FieldResolver(() => OrderAuthorization, {
    nullable: true,
    description:
      'Your latest order-on-behalf authorization (代下单授权) to your partner, GRANTED or REVOKED; null if you never granted one.',
  })
  orderAuthorization(@Ctx() ctx: Context): Promise<OrderAuthorization | null> {
    return ownOrderAuthorization(ctx);
  }
}
