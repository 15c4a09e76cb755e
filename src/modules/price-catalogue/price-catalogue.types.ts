import { Field, Float, ID, InputType, Int, ObjectType } from 'type-graphql';
import { ConnectionType } from '../../common/connection';
import { UserError } from '../../common/errors';
import { Money } from '../../common/money';
import { MutationPayload } from '../../common/payload';
import { CustomerDiscount, CustomerDiscountType } from '../customer/customer-discount.entity';
import { Resource } from '../order/order.entity';
import { PeriodType } from '../order/order.enums';
import { PriceCatalogueEntry } from './price-catalogue.entity';

@ObjectType('PriceCatalogueConnection', {
  simpleResolvers: true,
  description: 'A page of the price catalogue (价格目录, design), newest entry first.',
})
export class PriceCatalogueConnection extends ConnectionType(
  PriceCatalogueEntry,
  'PriceCatalogueEntry',
  'price catalogue entry',
) {}

@InputType({ description: 'Filters for the price catalogue. All given filters must match.' })
export class PriceCatalogueFilter {
  @Field(() => String, { nullable: true, description: 'Only this product code.' })
  productCode?: string | null;

  @Field(() => String, { nullable: true, description: 'Only this cloud service type, e.g. hws.service.type.ec2.' })
  serviceTypeCode?: string | null;

  @Field(() => String, { nullable: true, description: 'Only this region, e.g. cn-north-4.' })
  region?: string | null;

  @Field(() => PeriodType, { nullable: true, description: 'Only prices per MONTH or per YEAR.' })
  period?: PeriodType | null;
}

// ── quotePrice ─────────────────────────────────────────────────────────────────────────────────

@InputType({ description: 'One product of a price inquiry (询价).' })
export class QuotePriceItemInput {
  @Field(() => String, { description: 'The product code (PriceCatalogueEntry.productCode).' })
  productCode!: string;

  @Field(() => String, { description: 'The region, e.g. cn-north-4.' })
  region!: string;

  @Field(() => PeriodType, { description: 'Period unit: MONTH or YEAR.' })
  period!: PeriodType;

  @Field(() => Int, { description: 'Number of periods: 1–11 months or 1–3 years.' })
  periodCount!: number;

  @Field(() => Int, { nullable: true, description: 'Number of subscriptions: 1–100 (design); 1 when left out.' })
  quantity?: number | null;
}

@InputType({
  description: '询价: price yearly/monthly products for one of your customers, before ordering (seed 001). Reads only.',
})
export class QuotePriceInput {
  @Field(() => ID, { description: 'The customer (SubCustomer id) of your own partner whose discounts apply.' })
  customerId!: string;

  @Field(() => [QuotePriceItemInput], { description: '1–10 items (design).' })
  items!: QuotePriceItemInput[];

  @Field(() => Boolean, {
    nullable: true,
    description:
      'The customer will pay automatically (自动支付): the business discount (COMMERCIAL_DISCOUNT) comes first. Left out: false.',
  })
  autoPay?: boolean | null;
}

@ObjectType('DiscountQuote', {
  simpleResolvers: true,
  description: "批价结果: an item's price under one of the customer's current discounts.",
})
export class DiscountQuoteResult {
  @Field(() => CustomerDiscountType, { description: 'The kind of discount.' })
  discountType!: CustomerDiscountType;

  @Field(() => Float, { description: 'Share of the list amount the customer pays (0.85 is 8.5折).' })
  discountRate!: number;

  @Field(() => CustomerDiscount, {
    description: "The customer's discount (SubCustomer.discounts) this result applies.",
  })
  discount!: CustomerDiscount;

  @Field(() => Money, { description: 'The discount: listAmount − finalPrice.' })
  discountAmount!: Money;

  @Field(() => Money, {
    description: 'The price after this discount, rounded half up to the fen (the one rounding of quotes, design).',
  })
  finalPrice!: Money;
}

@ObjectType('PriceQuoteItem', { simpleResolvers: true, description: 'One priced item of a price inquiry.' })
export class PriceQuoteItem {
  @Field(() => Int, { description: 'Index of the item in input.items.' })
  index!: number;

  @Field(() => PriceCatalogueEntry, { description: 'The catalogue price it was priced from.' })
  entry!: PriceCatalogueEntry;

  @Field(() => Int, { description: 'Number of periods.' })
  periodCount!: number;

  @Field(() => Int, { description: 'Number of subscriptions.' })
  quantity!: number;

  @Field(() => Money, { description: 'List price × periods × subscriptions, before any discount.' })
  listAmount!: Money;

  @Field(() => [DiscountQuoteResult], {
    description:
      "One result per current discount of the customer that covers the item's cloud service type; with autoPay the business discounts first, then (and otherwise) the lowest final price first. Empty: no discount applies.",
  })
  discounts!: DiscountQuoteResult[];

  @Field(() => Money, {
    description: 'The price an order would charge: the first discount result, else the list amount.',
  })
  finalPrice!: Money;
}

@ObjectType({ simpleResolvers: true, description: 'Result of quotePrice (询价).' })
export class QuotePricePayload extends MutationPayload {
  @Field(() => [PriceQuoteItem], { description: 'The items in input order; empty when refused.' })
  items!: PriceQuoteItem[];

  @Field(() => Money, { nullable: true, description: 'Sum of the items’ list amounts; null when refused.' })
  listTotal!: Money | null;

  @Field(() => Money, { nullable: true, description: 'Sum of the items’ final prices; null when refused.' })
  finalTotal!: Money | null;
}

// ── quoteRenewal ───────────────────────────────────────────────────────────────────────────────

@InputType({
  description: '查询续订金额: the renewal amount of main resources with their dependents (seed 002). Reads only.',
})
export class QuoteRenewalInput {
  @Field(() => [ID], {
    description: '1–10 main resources (Resource ids), as renewResources takes them; their dependents are added.',
  })
  resourceIds!: string[];

  @Field(() => PeriodType, { description: 'Unit of the renewal period.' })
  periodType!: PeriodType;

  @Field(() => Int, { description: 'Number of periods: 1–11 months or 1–3 years.' })
  periodCount!: number;

  @Field(() => Boolean, {
    nullable: true,
    description:
      'Quote for renewResources with autoPay (自动支付): the business discount (COMMERCIAL_DISCOUNT) is applied first, as quotePrice does. Left out: false.',
  })
  autoPay?: boolean | null;
}

@ObjectType('RenewalQuoteLine', {
  simpleResolvers: true,
  description: "One resource's line of a renewal quote: a main resource, followed by its dependents.",
})
export class RenewalQuoteLine {
  @Field(() => Int, { description: 'Index in input.resourceIds of the main resource this line belongs to.' })
  index!: number;

  @Field(() => Resource, { description: 'The resource.' })
  resource!: Resource;

  @Field(() => Resource, {
    nullable: true,
    description: 'For a dependent: its main resource; null for a main resource.',
  })
  mainResource!: Resource | null;

  @Field(() => PriceCatalogueEntry, {
    description:
      "The catalogue price it is renewed at: the resource's productCode, its regionCode and the renewal's period unit.",
  })
  entry!: PriceCatalogueEntry;

  @Field(() => Money, { description: 'The list price of the entry × the number of periods, before any discount.' })
  listAmount!: Money;

  @Field(() => CustomerDiscount, {
    nullable: true,
    description:
      "The customer's discount applied, chosen as quotePrice chooses it (the first of its discount results: with autoPay the business discount first, else the lowest price); null when none covers the resource's cloud service type.",
  })
  discount!: CustomerDiscount | null;

  @Field(() => Money, { description: 'listAmount − amount; 0 without a discount.' })
  discountAmount!: Money;

  @Field(() => Money, {
    description:
      "What renewResources charges for this resource: listAmount at the discount rate, rounded half up to the fen per resource (the one rounding of quotes and renewals, design). A dependent is priced from its own catalogue entry and charged on its main resource's order line, with it.",
  })
  amount!: Money;
}

@ObjectType({ simpleResolvers: true, description: 'Result of quoteRenewal: the lines and their total.' })
export class QuoteRenewalPayload extends MutationPayload {
  @Field(() => [RenewalQuoteLine], { description: 'Each main resource followed by its dependents, in input order.' })
  lines!: RenewalQuoteLine[];

  @Field(() => [UserError], {
    description: 'Resources renewResources would refuse, each with field "input.resourceIds[i]" (not in lines).',
  })
  failed!: UserError[];

  @Field(() => Money, {
    nullable: true,
    description: "The sum of the lines' list amounts: the renewal orders' official amount; null when refused.",
  })
  listTotal!: Money | null;

  @Field(() => Money, {
    nullable: true,
    description:
      "The sum of the lines' amounts: exactly what renewResources (with the same autoPay) charges for them; null when refused.",
  })
  total!: Money | null;
}
