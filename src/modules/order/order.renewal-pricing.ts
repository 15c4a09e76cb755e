import type { SqlEntityManager } from '@mikro-orm/knex';
import { UserError } from '../../common/errors';
import { placeholders, rows } from '../../db/sql';
import { CustomerDiscount } from '../customer/customer-discount.entity';
import { discountQuotes } from '../customer/customer-discount.pricing';
import { type OrderDiscount, Resource } from './order.entity';
import { PeriodType, ResourceStatus } from './order.enums';

/**
 * Renewals priced from the price catalogue (价格目录, seed 002: 主资源和从资源一起计算续订金额): each
 * resource of a renewal, the main one and each dependent that is not closed, is priced from the
 * catalogue entry of its product, region and the renewal's period unit: list price × periods, then
 * the customer's discount the way quotePrice applies it (the first of discountQuotes: with autoPay
 * the business discount first, else the lowest price), rounded half up to the fen per resource (the
 * one rounding, priceAfterRate). quoteRenewal shows and renewResources charges exactly these lines.
 */

/** A catalogue price as a renewal reads it. */
export interface CataloguePrice {
  id: number;
  productCode: string;
  regionCode: string;
  periodType: PeriodType;
  serviceTypeCode: string;
  productSpecDesc: string;
  listPriceFen: number;
}

/** One resource's line of a renewal. */
export interface RenewalPricedLine {
  resource: Resource;
  /** The main resource a dependent is renewed with; null for the main resource itself. */
  mainResource: Resource | null;
  price: CataloguePrice;
  listAmount: number;
  discount: CustomerDiscount | null;
  discountAmount: number;
  /** What is charged for this resource: listAmount − discountAmount. */
  amount: number;
}

/** What pricing the renewals of some main resources needs, read in three statements whatever their number. */
export interface RenewalBasis {
  dependents: Map<number, Resource[]>;
  prices: Map<string, CataloguePrice>;
  discounts: Map<number, CustomerDiscount[]>;
}

const priceKey = (productCode: string, regionCode: string, periodType: PeriodType) =>
  `${productCode}|${regionCode}|${periodType}`;

/** The dependents (not closed) of `mains`, the catalogue prices of all their products, and their customers' discounts. */
export async function loadRenewalBasis(
  tx: SqlEntityManager,
  partnerId: number,
  mains: readonly Resource[],
): Promise<RenewalBasis> {
  const basis: RenewalBasis = { dependents: new Map(), prices: new Map(), discounts: new Map() };
  if (mains.length === 0) return basis;
  const dependents = await tx.find(
    Resource,
    { parentResource: { $in: mains.map((r) => r.id) }, status: { $ne: ResourceStatus.CLOSED } },
    { orderBy: { id: 'asc' } },
  );
  for (const d of dependents) {
    const main = d.parentResource?.id ?? 0;
    basis.dependents.set(main, [...(basis.dependents.get(main) ?? []), d]);
  }
  const codes = [...new Set([...mains, ...dependents].flatMap((r) => (r.productCode ? [r.productCode] : [])))];
  const found = codes.length
    ? await rows(
        tx,
        `select id, product_code, region_code, period_type, service_type_code, product_spec_desc, list_price_fen from price_catalogue where product_code in (${placeholders(codes)})`,
        codes,
      )
    : [];
  for (const r of found) {
    const price: CataloguePrice = {
      id: Number(r.id),
      productCode: String(r.product_code),
      regionCode: String(r.region_code),
      periodType: Number(r.period_type),
      serviceTypeCode: String(r.service_type_code),
      productSpecDesc: String(r.product_spec_desc),
      listPriceFen: Number(r.list_price_fen),
    };
    basis.prices.set(priceKey(price.productCode, price.regionCode, price.periodType), price);
  }
  const customerIds = [...new Set(mains.map((r) => r.customer.id))];
  const discounts = await tx.find(
    CustomerDiscount,
    { partner: partnerId, customer: { $in: customerIds } },
    { orderBy: { id: 'asc' } },
  );
  for (const d of discounts) basis.discounts.set(d.customer.id, [...(basis.discounts.get(d.customer.id) ?? []), d]);
  return basis;
}

/** The renewal of a main resource with its dependents, priced together; RENEWAL_NOT_IN_CATALOGUE when any has no price. */
export function priceRenewal(
  main: Resource,
  basis: RenewalBasis,
  period: { periodType: PeriodType; periodCount: number; autoPay: boolean; now: Date },
  field: string,
): RenewalPricedLine[] | UserError {
  const lines: RenewalPricedLine[] = [];
  const discounts = basis.discounts.get(main.customer.id) ?? [];
  for (const resource of [main, ...(basis.dependents.get(main.id) ?? [])]) {
    const code = resource.productCode;
    const price = code ? basis.prices.get(priceKey(code, resource.regionCode, period.periodType)) : undefined;
    if (!price)
      return new UserError(
        'RENEWAL_NOT_IN_CATALOGUE',
        `${resource === main ? 'The resource' : `Its dependent ${resource.resourceId}`} has no catalogue price: product ${code ?? '(unknown)'} in ${resource.regionCode} per ${PeriodType[period.periodType]} (see priceCatalogue).`,
        field,
      );
    const listAmount = price.listPriceFen * period.periodCount;
    const [best] = discountQuotes(listAmount, discounts, price.serviceTypeCode, period.autoPay, period.now);
    lines.push({
      resource,
      mainResource: resource === main ? null : main,
      price,
      listAmount,
      discount: best?.discount ?? null,
      discountAmount: best?.discountAmount ?? 0,
      amount: best?.finalPrice ?? listAmount,
    });
  }
  return lines;
}

/**
 * The discount a renewal order records (Order.discounts, the one payOrder applies): the sum of its
 * lines' discounts as one entry, named by their discount type, or CUSTOMER_DISCOUNTS when the
 * lines used several (design). Empty when no discount applied.
 */
export function renewalOrderDiscounts(lines: readonly RenewalPricedLine[]): OrderDiscount[] {
  const amount = lines.reduce((s, l) => s + l.discountAmount, 0);
  if (amount <= 0) return [];
  const types = new Set(lines.flatMap((l) => (l.discount && l.discountAmount > 0 ? [l.discount.discountType] : [])));
  return [{ type: types.size === 1 ? [...types][0] : 'CUSTOMER_DISCOUNTS', amount }];
}
