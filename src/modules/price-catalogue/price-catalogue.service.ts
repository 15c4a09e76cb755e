import type { FilterQuery } from '@mikro-orm/core';
import type { Context } from '../../context';
import { type ConnectionArgs, toPageRequest } from '../../common/connection';
import { UserError } from '../../common/errors';
import { fromGlobalId } from '../../common/global-id';
import { money } from '../../common/money';
import { type Answer, refusal, success } from '../../common/mutation-kit';
import { findPage } from '../../common/paging';
import { ownCustomerFilter } from '../../permissions/scopes';
import { requireViewer } from '../../permissions/viewer';
import { CustomerDiscount } from '../customer/customer-discount.entity';
import { SubCustomer } from '../customer/customer.entity';
import { loadRenewalBasis, priceRenewal, type RenewalPricedLine } from '../order/order.renewal-pricing';
import { checkBatchSize, loadResourceBatch, parseResourceIds } from '../order/order.resource-batch';
import { paidSources, READ_ONLY, resourcesInUnpaidOrders } from '../order/order.scope';
import { PriceCatalogueEntry } from './price-catalogue.entity';
import type {
  PriceCatalogueFilter,
  PriceQuoteItem,
  QuotePriceInput,
  QuotePricePayload,
  QuoteRenewalInput,
  QuoteRenewalPayload,
  RenewalQuoteLine,
} from './price-catalogue.types';
import {
  catalogueRefusal,
  discountQuotes,
  listAmountOf,
  MAX_QUOTE_ITEMS,
  quoteItemRefusal,
  type QuoteItemInput,
} from './quote.pricing';

/** 价格目录 (design): one page of the catalogue under the filters. */
export function listPriceCatalogue(
  ctx: Context,
  filter: PriceCatalogueFilter | null | undefined,
  args: ConnectionArgs,
) {
  requireViewer(ctx);
  const page = toPageRequest(args);
  const conditions: FilterQuery<PriceCatalogueEntry>[] = [];
  if (filter?.productCode != null) conditions.push({ productCode: filter.productCode });
  if (filter?.serviceTypeCode != null) conditions.push({ serviceTypeCode: filter.serviceTypeCode });
  if (filter?.region != null) conditions.push({ regionCode: filter.region });
  if (filter?.period != null) conditions.push({ periodType: filter.period });
  return findPage(ctx.em, PriceCatalogueEntry, { $and: conditions }, page);
}

const catalogueKey = (productCode: string, region: string, period: number) => `${productCode}|${region}|${period}`;

const refusedQuote = refusal<QuotePricePayload>({ items: [], listTotal: null, finalTotal: null });

/** The customer of the viewer's own partner (seen in full) that a global id names, or null. */
async function ownCustomer(ctx: Context, globalId: string): Promise<SubCustomer | null> {
  const parsed = fromGlobalId(globalId);
  if (parsed?.type !== 'SubCustomer') return null;
  return ctx.em.findOne(SubCustomer, { $and: [{ id: parsed.id }, ownCustomerFilter(requireViewer(ctx))] });
}

/** Prices the items from the catalogue; refusals for the items the catalogue does not price. */
function priceItems(
  items: readonly QuoteItemInput[],
  entries: readonly PriceCatalogueEntry[],
  discounts: readonly CustomerDiscount[],
  autoPay: boolean,
  now: Date,
): { priced: PriceQuoteItem[]; errors: UserError[]; listTotal: number; finalTotal: number } {
  const byKey = new Map(entries.map((e) => [catalogueKey(e.productCode, e.regionCode, e.periodType), e]));
  const priced: PriceQuoteItem[] = [];
  const errors: UserError[] = [];
  let listTotal = 0;
  let finalTotal = 0;
  for (const [index, item] of items.entries()) {
    const entry = byKey.get(catalogueKey(item.productCode, item.region, item.period));
    if (!entry) {
      const product = entries.some((e) => e.productCode === item.productCode);
      const region = entries.some((e) => e.productCode === item.productCode && e.regionCode === item.region);
      errors.push(catalogueRefusal(item, { product, region }, `input.items[${index}]`));
      continue;
    }
    const listAmount = listAmountOf(entry.listPriceFen, item.periodCount, item.quantity);
    const results = discountQuotes(listAmount, discounts, entry.serviceTypeCode, autoPay, now);
    const finalPrice = results[0]?.finalPrice ?? listAmount;
    listTotal += listAmount;
    finalTotal += finalPrice;
    priced.push({
      index,
      entry,
      periodCount: item.periodCount,
      quantity: item.quantity,
      listAmount: money(listAmount),
      discounts: results.map((r) => ({
        discountType: r.discount.discountType,
        discountRate: r.discount.discountRate,
        discount: r.discount,
        discountAmount: money(r.discountAmount),
        finalPrice: money(r.finalPrice),
      })),
      finalPrice: money(finalPrice),
    });
  }
  return { priced, errors, listTotal, finalTotal };
}

/**
 * 询价 (seed 001): each item's list amount from the catalogue and one result per current discount
 * of the customer. Three statements: the customer, the catalogue rows of the products, its discounts.
 */
export async function quotePrice(ctx: Context, input: QuotePriceInput): Promise<Answer<QuotePricePayload>> {
  const viewer = requireViewer(ctx);
  if (input.items.length === 0)
    return refusedQuote(new UserError('BATCH_EMPTY', 'input.items is empty.', 'input.items'));
  if (input.items.length > MAX_QUOTE_ITEMS)
    return refusedQuote(
      new UserError(
        'BATCH_TOO_LARGE',
        `At most ${MAX_QUOTE_ITEMS} items per inquiry; got ${input.items.length}.`,
        'input.items',
      ),
    );
  const items: QuoteItemInput[] = input.items.map((i) => ({ ...i, quantity: i.quantity ?? 1 }));
  const shapes = items.flatMap((item, i) => quoteItemRefusal(item, `input.items[${i}]`) ?? []);
  if (shapes.length > 0) return refusedQuote(...shapes);
  const customer = await ownCustomer(ctx, input.customerId);
  if (!customer)
    return refusedQuote(new UserError('CUSTOMER_NOT_FOUND', 'No customer of yours has that id.', 'input.customerId'));
  const codes = [...new Set(items.map((i) => i.productCode))];
  const entries = await ctx.em.find(PriceCatalogueEntry, { productCode: { $in: codes } }, READ_ONLY);
  const discounts = await ctx.em.find(
    CustomerDiscount,
    { partner: viewer.partner.id, customer: customer.id },
    { orderBy: { id: 'asc' } },
  );
  const quote = priceItems(items, entries, discounts, input.autoPay === true, ctx.now);
  if (quote.errors.length > 0) return refusedQuote(...quote.errors);
  return success<QuotePricePayload>({
    items: quote.priced,
    listTotal: money(quote.listTotal),
    finalTotal: money(quote.finalTotal),
  });
}

const refusedRenewalQuote = refusal<QuoteRenewalPayload>({ lines: [], failed: [], listTotal: null, total: null });

/** The quote's lines of the priced resources, with their catalogue entries (one statement). */
async function quoteLines(ctx: Context, priced: { index: number; lines: RenewalPricedLine[] }[]) {
  const ids = [...new Set(priced.flatMap((p) => p.lines.map((l) => l.price.id)))];
  const entries = new Map(
    (ids.length ? await ctx.em.find(PriceCatalogueEntry, { id: { $in: ids } }, READ_ONLY) : []).map((e) => [e.id, e]),
  );
  return priced.flatMap(({ index, lines }) =>
    lines.map(
      (l): RenewalQuoteLine => ({
        index,
        resource: l.resource,
        mainResource: l.mainResource,
        entry: entries.get(l.price.id)!,
        listAmount: money(l.listAmount),
        discount: l.discount,
        discountAmount: money(l.discountAmount),
        amount: money(l.amount),
      }),
    ),
  );
}

/**
 * 查询续订金额 (seed 002): the main resources, checked as renewResources checks them, each followed by
 * its dependents that are not closed, priced from the catalogue by priceRenewal (what renewResources charges by).
 */
export async function quoteRenewal(ctx: Context, input: QuoteRenewalInput): Promise<Answer<QuoteRenewalPayload>> {
  const viewer = requireViewer(ctx);
  const period = { productCode: '', region: '', period: input.periodType, periodCount: input.periodCount, quantity: 1 };
  const shape = checkBatchSize(input.resourceIds) ?? quoteItemRefusal(period, 'input');
  if (shape) return refusedRenewalQuote(shape);
  const batch = parseResourceIds(input.resourceIds);
  const items = await loadResourceBatch(ctx.em, viewer, batch);
  const mains = items.map((i) => i.resource);
  const unpaid = await resourcesInUnpaidOrders(ctx.em, [...new Set(mains.map((r) => r.customer.id))], ctx.now);
  const sources = await paidSources(ctx.em, mains);
  const basis = await loadRenewalBasis(ctx.em, viewer.partner.id, mains);
  const terms = {
    periodType: input.periodType,
    periodCount: input.periodCount,
    autoPay: input.autoPay === true,
    now: ctx.now,
  };
  const priced: { index: number; lines: RenewalPricedLine[] }[] = [];
  for (const item of items) {
    const lines = priceRenewal(item.resource, basis, terms, item.field);
    if (unpaid.has(item.resource.resourceId))
      batch.fail(
        item,
        new UserError(
          'RESOURCE_IN_UNPAID_ORDER',
          'The resource is already on an order waiting for payment.',
          item.field,
        ),
      );
    else if (!sources.has(item.resource.id))
      batch.fail(
        item,
        new UserError(
          'RESOURCE_NOT_PAID',
          'No paid order of this resource is known: only paid resources are renewed.',
          item.field,
        ),
      );
    else if (lines instanceof UserError) batch.fail(item, lines);
    else priced.push({ index: item.index, lines });
  }
  const all = priced.flatMap((p) => p.lines);
  return success<QuoteRenewalPayload>({
    lines: await quoteLines(ctx, priced),
    failed: batch.failed,
    listTotal: money(all.reduce((s, l) => s + l.listAmount, 0)),
    total: money(all.reduce((s, l) => s + l.amount, 0)),
  });
}
