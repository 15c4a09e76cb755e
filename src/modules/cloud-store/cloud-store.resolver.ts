import { Arg, Args, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { Context } from '../../context';
import { ConnectionArgs } from '../../common/connection';
import { Money, money } from '../../common/money';
import { SubCustomer } from '../customer/customer.entity';
import { customerById } from '../customer/customer.loaders';
import { Partner } from '../partner/partner.entity';
import { CloudStoreOrder } from './cloud-store.entity';
import { curatedEarning, listCloudStoreOrders } from './cloud-store.service';
import { CloudStoreOrderConnection, CloudStoreOrderFilter } from './cloud-store.types';

const optionalMoney = (fen: number | null | undefined): Money | null => (fen == null ? null : money(fen));

@Resolver(() => CloudStoreOrder)
export class CloudStoreOrderResolver {
  @FieldResolver(() => Money, { description: 'What the order costs (the amount an invoice on it covers).' })
  amount(@Root() order: CloudStoreOrder): Money {
    return money(order.amount);
  }

  @FieldResolver(() => Money, { nullable: true, description: 'Curated (严选) only: the provider’s list price.' })
  listPrice(@Root() order: CloudStoreOrder): Money | null {
    return optionalMoney(order.listPrice);
  }

  @FieldResolver(() => Money, {
    nullable: true,
    description: 'Curated (严选) only: the price the partner resold it for.',
  })
  resalePrice(@Root() order: CloudStoreOrder): Money | null {
    return optionalMoney(order.resalePrice);
  }

  @FieldResolver(() => Money, {
    nullable: true,
    description:
      '(design) Curated (严选) only: what the partner earns, resalePrice − listPrice (never below 0). A solution provider selling a curated product earns only this difference: no rebate or incentive on top. Null for other orders.',
  })
  earning(@Root() order: CloudStoreOrder): Money | null {
    return optionalMoney(curatedEarning(order));
  }

  @FieldResolver(() => Boolean, {
    description:
      'A live invoice (not REJECTED or RETURNED) covers this order; another requestInvoice on it is refused.',
  })
  invoiced(@Root() order: CloudStoreOrder): boolean {
    return order.liveInvoiceId != null;
  }

  @FieldResolver(() => SubCustomer, {
    nullable: true,
    description:
      'The customer who placed it through your partner; null for your partner’s own purchase or a customer outside your row scope.',
  })
  async customer(@Root() order: CloudStoreOrder, @Ctx() ctx: Context): Promise<SubCustomer | null> {
    return order.customer ? customerById(ctx).load(order.customer.id) : null;
  }
}

@Resolver(() => Partner)
export class PartnerCloudStoreOrdersResolver {
  @FieldResolver(() => CloudStoreOrderConnection, {
    description:
      '云商店订单: the cloud-store orders of your own partner and of its customers, newest first (needs cloud-store:view).',
  })
  cloudStoreOrders(
    @Root() partner: Partner,
    @Args() args: ConnectionArgs,
    @Arg('filter', () => CloudStoreOrderFilter, { nullable: true, description: 'Filters; all given ones must match.' })
    filter: CloudStoreOrderFilter | null,
    @Ctx() ctx: Context,
  ) {
    return listCloudStoreOrders(ctx, partner.id, filter, args);
  }
}
