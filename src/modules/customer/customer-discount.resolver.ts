import { Arg, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { Context } from '../../context';
import { assertCustomerInFull } from '../../permissions/scopes';
import { requireViewer } from '../../permissions/viewer';
import { CustomerDiscount } from './customer-discount.entity';
import { discountsByCustomerId } from './customer-discount.loaders';
import { SubCustomer } from './customer.entity';

@Resolver(() => SubCustomer)
export class SubCustomerDiscountResolver {
  @FieldResolver(() => [CustomerDiscount], {
    description:
      "折扣信息: the discount rates the customer enjoys with your partner, per cloud service type (null: every service) and period; the current and future ones unless includeExpired. Every-service discounts first, then by service type and start. Not visible for a reseller's customer, nor without customer:detail.",
  })
  discounts(
    @Root() customer: SubCustomer,
    @Arg('includeExpired', () => Boolean, {
      defaultValue: false,
      description: 'Also the discounts whose expireTime has passed.',
    })
    includeExpired: boolean,
    @Ctx() ctx: Context,
  ): Promise<CustomerDiscount[]> {
    assertCustomerInFull(requireViewer(ctx), customer, 'discounts');
    return discountsByCustomerId(ctx, includeExpired).load(customer.id);
  }
}
