import { UserError } from '../../common/errors';
import { CustomerDiscountType, RATE_SCALE } from '../customer/customer-discount.entity';
import { PeriodType } from '../order/order.enums';
import { MAX_RENEW_MONTHS, MAX_RENEW_YEARS } from '../order/order.pricing';

/**
 * The arithmetic of price inquiries (询价), with no database. Money is integer fen throughout; the
 * one rounding of a quote is in priceAfterRate.
 */

/** Items of one price inquiry (design). */
export const MAX_QUOTE_ITEMS = 10;
/** Subscriptions of one item (design). */
export const MAX_QUOTE_QUANTITY = 100;

/**
 * THE rounding rule of quotes: the price the customer pays at `rateBasisPoints` (8500 = 8.5折) of
 * `listAmount` fen, rounded half up to the fen (design). The discount amount is the difference, so
 * discountAmount + finalPrice = listAmount exactly.
 */
export function priceAfterRate(listAmount: number, rateBasisPoints: number): number {
  return Number((BigInt(listAmount) * BigInt(rateBasisPoints) * 2n + BigInt(RATE_SCALE)) / (2n * BigInt(RATE_SCALE)));
}

/** The list amount of an item: list price per period unit × periods × subscriptions (exact). */
export const listAmountOf = (listPriceFen: number, periodCount: number, quantity: number): number =>
  listPriceFen * periodCount * quantity;

/** A discount as a quote sees it. */
export interface QuotedDiscountSource {
  id: number;
  discountType: CustomerDiscountType;
  serviceTypeCode?: string | null;
  rateBasisPoints: number;
  effectiveTime: Date;
  expireTime?: Date | null;
}

/** One discount's result for an item (批价结果). */
export interface DiscountQuote<D extends QuotedDiscountSource = QuotedDiscountSource> {
  discount: D;
  discountAmount: number;
  finalPrice: number;
}

/** A discount applies to an item when it is current at `now` and covers the item's cloud service type (or every one). */
export const discountApplies = (d: QuotedDiscountSource, serviceTypeCode: string, now: Date): boolean =>
  d.effectiveTime.getTime() <= now.getTime() &&
  (d.expireTime == null || d.expireTime.getTime() > now.getTime()) &&
  (d.serviceTypeCode == null || d.serviceTypeCode === serviceTypeCode);

/**
 * One result per applicable discount (seed 001: 如果该客户享受多种折扣,系统会返回每种折扣的批价结果). Order:
 * with autoPay the business discounts (COMMERCIAL_DISCOUNT) first (seed 001: 如果客户在下单的时候选择自动支付,
 * 则系统会优先应用商务折扣的批价结果); within that, and without autoPay, the lowest final price first, then
 * by discount id (design). The first result is the one an order would apply.
 */
export function discountQuotes<D extends QuotedDiscountSource>(
  listAmount: number,
  discounts: readonly D[],
  serviceTypeCode: string,
  autoPay: boolean,
  now: Date,
): DiscountQuote<D>[] {
  const rank = (d: QuotedDiscountSource) =>
    autoPay && d.discountType === CustomerDiscountType.COMMERCIAL_DISCOUNT ? 0 : 1;
  return discounts
    .filter((d) => discountApplies(d, serviceTypeCode, now))
    .map((discount) => {
      const finalPrice = priceAfterRate(listAmount, discount.rateBasisPoints);
      return { discount, finalPrice, discountAmount: listAmount - finalPrice };
    })
    .sort(
      (a, b) => rank(a.discount) - rank(b.discount) || a.finalPrice - b.finalPrice || a.discount.id - b.discount.id,
    );
}

/** One item of a price inquiry as given. */
export interface QuoteItemInput {
  productCode: string;
  region: string;
  period: PeriodType;
  periodCount: number;
  quantity: number;
}

/** Shape checks of one item (the catalogue lookup comes after): period count and quantity. */
export function quoteItemRefusal(item: QuoteItemInput, field: string): UserError | null {
  const max = item.period === PeriodType.YEAR ? MAX_RENEW_YEARS : MAX_RENEW_MONTHS;
  if (!Number.isInteger(item.periodCount) || item.periodCount < 1 || item.periodCount > max)
    return new UserError(
      'INVALID_PERIOD',
      `periodCount must be 1–${max} for ${PeriodType[item.period]}; got ${item.periodCount}.`,
      `${field}.periodCount`,
    );
  if (!Number.isInteger(item.quantity) || item.quantity < 1 || item.quantity > MAX_QUOTE_QUANTITY)
    return new UserError(
      'INVALID_QUANTITY',
      `quantity must be 1–${MAX_QUOTE_QUANTITY}; got ${item.quantity}.`,
      `${field}.quantity`,
    );
  return null;
}

/** The catalogue lookup's refusal: which part of the key is unknown (product, then region, then period). */
export function catalogueRefusal(
  item: QuoteItemInput,
  known: { product: boolean; region: boolean },
  field: string,
): UserError {
  if (!known.product)
    return new UserError(
      'UNKNOWN_PRODUCT',
      `No product ${item.productCode} is in the price catalogue.`,
      `${field}.productCode`,
    );
  if (!known.region)
    return new UserError(
      'UNKNOWN_REGION',
      `The product is not sold in region ${item.region} (see priceCatalogue).`,
      `${field}.region`,
    );
  return new UserError(
    'PERIOD_NOT_OFFERED',
    `The product has no ${PeriodType[item.period]} price in ${item.region}.`,
    `${field}.period`,
  );
}
