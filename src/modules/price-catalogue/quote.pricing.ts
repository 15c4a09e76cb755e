import { UserError } from '../../common/errors';
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

/** The list amount of an item: list price per period unit × periods × subscriptions (exact). */
export const listAmountOf = (listPriceFen: number, periodCount: number, quantity: number): number =>
  listPriceFen * periodCount * quantity;

export {
  type DiscountQuote,
  discountApplies,
  discountQuotes,
  priceAfterRate,
  type QuotedDiscountSource,
} from '../customer/customer-discount.pricing';

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
