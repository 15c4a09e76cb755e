import { Arg, Args, Ctx, Query, Resolver } from 'type-graphql';
import type { Context } from '../../context';
import { ConnectionArgs } from '../../common/connection';
import { listPriceCatalogue, quotePrice, quoteRenewal } from './price-catalogue.service';
import {
  PriceCatalogueConnection,
  PriceCatalogueFilter,
  QuotePriceInput,
  QuotePricePayload,
  QuoteRenewalInput,
  QuoteRenewalPayload,
} from './price-catalogue.types';

@Resolver()
export class PriceCatalogueResolver {
  @Query(() => PriceCatalogueConnection, {
    description:
      '价格目录 (design): the list prices of the yearly/monthly products per region and period unit (MONTH or YEAR), newest entry first. The same for every partner: the cloud sets them; quotePrice prices from them.',
  })
  priceCatalogue(
    @Args() args: ConnectionArgs,
    @Arg('filter', () => PriceCatalogueFilter, { nullable: true, description: 'Filters; all given ones must match.' })
    filter: PriceCatalogueFilter | null,
    @Ctx() ctx: Context,
  ) {
    return listPriceCatalogue(ctx, filter, args);
  }

  @Query(() => QuotePricePayload, {
    description:
      '询价 (seed 001): the price of yearly/monthly products for one of your customers before ordering: per item the list amount (catalogue price × periods × subscriptions) and one result per current discount of the customer (discount amount and final price); with autoPay the business discount first. Reads only; refusals come back as userErrors (BATCH_EMPTY, BATCH_TOO_LARGE, INVALID_PERIOD, INVALID_QUANTITY, CUSTOMER_NOT_FOUND, UNKNOWN_PRODUCT, UNKNOWN_REGION, PERIOD_NOT_OFFERED), and any refused item refuses the whole inquiry.',
  })
  quotePrice(
    @Arg('input', () => QuotePriceInput, { description: 'The customer, the items and whether it pays automatically.' })
    input: QuotePriceInput,
    @Ctx() ctx: Context,
  ) {
    return quotePrice(ctx, input);
  }

  @Query(() => QuoteRenewalPayload, {
    description:
      '查询续订金额 (seed 002): what renewResources would charge to renew main resources for a period, each main resource with its dependents priced together from the price catalogue (listed after it even when not named): per resource its catalogue entry (productCode, region, the period unit) × periods, then the customer’s discount as quotePrice applies it, rounded half up to the fen per resource (the one rounding). Reads only; the resources renewResources would refuse are in failed with the same codes (also RENEWAL_NOT_IN_CATALOGUE).',
  })
  quoteRenewal(
    @Arg('input', () => QuoteRenewalInput, { description: 'The main resources and the renewal period.' })
    input: QuoteRenewalInput,
    @Ctx() ctx: Context,
  ) {
    return quoteRenewal(ctx, input);
  }
}
