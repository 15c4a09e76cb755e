import { CustomerDiscountType, RATE_SCALE } from './customer-discount.entity';

/**
 * The arithmetic of a customer's discounts on a list amount, with no database: the one rounding of
 * quotes (询价) and of renewals priced from the catalogue. Money is integer fen throughout.
 */

/**
 * THE rounding rule of quotes: the price the customer pays at `rateBasisPoints` (8500 = 8.5折) of
 * `listAmount` fen, rounded half up to the fen (design). The discount amount is the difference, so
 * discountAmount + finalPrice = listAmount exactly.
 */
export function priceAfterRate(listAmount: number, rateBasisPoints: number): number {
  return Number((BigInt(listAmount) * BigInt(rateBasisPoints) * 2n + BigInt(RATE_SCALE)) / (2n * BigInt(RATE_SCALE)));
}

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
