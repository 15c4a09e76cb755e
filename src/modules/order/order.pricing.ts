import { UserError } from '../../common/errors';
import { CouponKind, CouponStatus } from '../coupon/coupon.enums';
import type { OrderDiscount } from './order.entity';
import { PeriodType } from './order.enums';

/**
 * The arithmetic of orders, with no database: amounts, discounts, which coupons pay what and in
 * which order, renewal prices and refunds. Money is integer fen throughout.
 */

export const MAX_COUPONS_PER_ORDER = 3;
export const MAX_DISCOUNTS_PER_ORDER = 1;
export const MAX_RENEW_MONTHS = 11;
export const MAX_RENEW_YEARS = 3;
/** How long a renewal order created here waits for payment (design). */
export const RENEWAL_PAYMENT_WINDOW_DAYS = 7;
/** Coupon kinds that pay yearly/monthly orders; PICKUP (提货券) is for goods pick-up, not orders. */
export const ORDER_COUPON_KINDS: readonly CouponKind[] = [CouponKind.VOUCHER, CouponKind.CASH];

// ── Periods ────────────────────────────────────────────────────────────────────────────────────

/** Same day-of-month n months later, in UTC (overflowing days roll into the next month, as the seeds do). */
export function addMonths(date: Date, n: number): Date {
  return new Date(
    Date.UTC(
      date.getUTCFullYear(),
      date.getUTCMonth() + n,
      date.getUTCDate(),
      date.getUTCHours(),
      date.getUTCMinutes(),
      date.getUTCSeconds(),
      date.getUTCMilliseconds(),
    ),
  );
}

export const monthsOf = (periodType: PeriodType, periodNum: number): number =>
  periodType === PeriodType.YEAR ? 12 * periodNum : periodNum;

/** A renewal period: 1–11 months or 1–3 years. */
export function checkPeriod(periodType: PeriodType, periodNum: number): UserError | null {
  const max = periodType === PeriodType.YEAR ? MAX_RENEW_YEARS : MAX_RENEW_MONTHS;
  if (!Number.isInteger(periodNum) || periodNum < 1 || periodNum > max) {
    return new UserError(
      'INVALID_PERIOD',
      `periodNum must be 1–${max} for ${PeriodType[periodType]}; got ${periodNum}.`,
      'input.periodNum',
    );
  }
  return null;
}

// ── Renewals and refunds ───────────────────────────────────────────────────────────────────────

/** A line item as priced: what was paid for how many periods and subscriptions, and when it ran. */
export interface PricedLine {
  amount: number;
  periodType: PeriodType;
  periodNum: number;
  subscriptionNum: number;
  effectiveTime?: Date | null;
  expireTime?: Date | null;
}

/** What an order cost and how it was paid. */
export interface PaidAmounts {
  officialAmount: number;
  amountAfterDiscount: number;
  couponAmount: number;
  cashCouponAmount: number;
  /** Paid from the partner's credit account (not refunded to the customer's balance). */
  creditAmount?: number;
  /** Paid by the partner's cash account under a payment-on-behalf agreement (not refunded to the customer). */
  onBehalfAmount?: number;
}

/**
 * Refund of unsubscribing one resource at `now`: the unused share of what was paid in cash for
 * it on its last paid line, i.e. line amount / subscriptions × (cash paid / official amount of
 * that order) × (time left of the line's period / the line's period), rounded down. Discounts,
 * coupons and the parts paid from the partner's credit or under a payment agreement are not refunded.
 */
export function unsubscribeRefund(
  source: Pick<PricedLine, 'amount' | 'subscriptionNum' | 'effectiveTime' | 'expireTime'>,
  order: PaidAmounts,
  resource: { effectiveTime: Date; expireTime: Date },
  now: Date,
): number {
  const start = (source.effectiveTime ?? resource.effectiveTime).getTime();
  const end = (source.expireTime ?? resource.expireTime).getTime();
  const cash =
    order.amountAfterDiscount -
    order.couponAmount -
    order.cashCouponAmount -
    (order.creditAmount ?? 0) -
    (order.onBehalfAmount ?? 0);
  const left = Math.min(end, resource.expireTime.getTime()) - now.getTime();
  if (end <= start || left <= 0 || cash <= 0 || order.officialAmount <= 0 || source.amount <= 0) return 0;
  const numerator = BigInt(source.amount) * BigInt(cash) * BigInt(Math.min(left, end - start));
  const denominator = BigInt(Math.max(1, source.subscriptionNum)) * BigInt(order.officialAmount) * BigInt(end - start);
  return Number(numerator / denominator);
}

/** An order's official amount: the sum of its lines. */
export const orderTotal = (lines: readonly { amount: number }[]): number => lines.reduce((s, l) => s + l.amount, 0);

// ── Discounts ──────────────────────────────────────────────────────────────────────────────────

/** Chooses the discount(s) to apply from what the order offers: at most one. */
export function chooseDiscounts(
  offered: readonly OrderDiscount[],
  types: readonly string[] | null | undefined,
): OrderDiscount[] | UserError {
  if (types == null) {
    if (offered.length > MAX_DISCOUNTS_PER_ORDER) {
      return new UserError(
        'TOO_MANY_DISCOUNTS',
        `The order lists ${offered.length} discounts and at most ${MAX_DISCOUNTS_PER_ORDER} may apply: choose one with input.discountTypes.`,
        'input.discountTypes',
      );
    }
    return [...offered];
  }
  const chosen: OrderDiscount[] = [];
  for (const [i, type] of types.entries()) {
    const discount = offered.find((d) => d.type === type);
    if (!discount)
      return new UserError(
        'DISCOUNT_NOT_APPLICABLE',
        `The order offers no discount of type "${type}" (see amountInfo.discounts).`,
        `input.discountTypes[${i}]`,
      );
    chosen.push(discount);
  }
  return chosen;
}

/** The amount after discounts, never below 0. */
export const discountedAmount = (officialAmount: number, discounts: readonly OrderDiscount[]): number =>
  Math.max(0, officialAmount - discounts.reduce((s, d) => s + d.amount, 0));

// ── Coupons ────────────────────────────────────────────────────────────────────────────────────

/** A coupon as payment sees it, with its quota's limits. */
export interface PricedCoupon {
  id: number;
  status: CouponStatus;
  kind: CouponKind;
  balance: number;
  effectiveTime: Date;
  expireTime: Date;
  cloudServiceTypes: readonly string[];
  productIds: readonly string[];
}

/** A line of the order being paid, as coupon limits see it. */
export interface OrderLineScope {
  serviceTypeCode: string;
  productId: string;
}

/** Whether a coupon's quota limits (cloud service types, products) admit every line of the order. */
export function couponFitsOrder(
  coupon: Pick<PricedCoupon, 'cloudServiceTypes' | 'productIds'>,
  lines: readonly OrderLineScope[],
) {
  return lines.every(
    (l) =>
      (coupon.cloudServiceTypes.length === 0 || coupon.cloudServiceTypes.includes(l.serviceTypeCode)) &&
      (coupon.productIds.length === 0 || coupon.productIds.includes(l.productId)),
  );
}

/** Why a coupon cannot pay this order now, or null when it can. */
export function couponRefusal(coupon: PricedCoupon | undefined, lines: readonly OrderLineScope[], now: Date) {
  if (!coupon) return "No coupon of this order's customer issued by your partner has that id.";
  if (coupon.status !== CouponStatus.USABLE) return `The coupon is ${CouponStatus[coupon.status]}, not USABLE.`;
  if (coupon.effectiveTime.getTime() > now.getTime() || coupon.expireTime.getTime() <= now.getTime())
    return 'The coupon is outside its validity.';
  if (!ORDER_COUPON_KINDS.includes(coupon.kind)) return `${coupon.kind} coupons do not pay yearly/monthly orders.`;
  if (!couponFitsOrder(coupon, lines))
    return "The coupon's quota limits its use to other cloud service types or products than this order's.";
  return null;
}

export interface PlannedCoupon {
  couponId: number;
  amount: number;
  kind: CouponKind;
  /** The input field that named it. */
  field: string;
}

/** How an order is paid: coupons first (in the order given), then `cash`: the customer's balance, then the partner's credit (splitBalancePayment). */
export interface PaymentPlan {
  amountAfterDiscount: number;
  discounts: OrderDiscount[];
  coupons: PlannedCoupon[];
  cash: number;
}

/**
 * Plans a payment: after the discounts, each coupon in the order given pays as much as it can of
 * what is left (a coupon with nothing left to pay is refused), and the customer's cash pays the
 * rest. A coupon that cannot pay refuses the whole payment (COUPON_NOT_USABLE on its field).
 */
export function planPayment(args: {
  officialAmount: number;
  discounts: OrderDiscount[];
  couponIds: readonly number[];
  coupons: ReadonlyMap<number, PricedCoupon>;
  lines: readonly OrderLineScope[];
  now: Date;
}): PaymentPlan | UserError {
  const amountAfterDiscount = discountedAmount(args.officialAmount, args.discounts);
  const plan: PaymentPlan = { amountAfterDiscount, discounts: args.discounts, coupons: [], cash: 0 };
  let remaining = amountAfterDiscount;
  for (const [i, id] of args.couponIds.entries()) {
    const field = `input.couponIds[${i}]`;
    const coupon = args.coupons.get(id);
    const why = couponRefusal(coupon, args.lines, args.now);
    if (why || !coupon) return new UserError('COUPON_NOT_USABLE', why ?? '', field);
    const use = Math.min(coupon.balance, remaining);
    if (use <= 0)
      return new UserError('COUPON_NOT_USABLE', 'The coupons before this one already cover the order.', field);
    plan.coupons.push({ couponId: coupon.id, amount: use, kind: coupon.kind, field });
    remaining -= use;
  }
  plan.cash = remaining;
  return plan;
}

/** What the order records: voucher coupons (couponAmount) and cash coupons (cashCouponAmount). */
export function couponAmounts(coupons: readonly Pick<PlannedCoupon, 'amount' | 'kind'>[]) {
  const sum = (cash: boolean) =>
    coupons.filter((c) => (c.kind === CouponKind.CASH) === cash).reduce((s, c) => s + c.amount, 0);
  return { couponAmount: sum(false), cashCouponAmount: sum(true) };
}

/** What coupons leave of an order, as a balance payment splits it (fen). */
export interface BalanceSplit {
  /** From the customer's balance (its cash account). */
  cash: number;
  /** From the partner's credit account (信用账户). */
  credit: number;
}

/**
 * Splits a balance payment of `due` fen (seed 002: 余额支付包括现金账户和信用账户两种支付方式,如果两个账户都有
 * 余额,则优先现金账户支付): the customer's balance pays as much as it can, the partner's credit the
 * rest. Null when both together fall short (INSUFFICIENT_FUNDS).
 */
export function splitBalancePayment(due: number, cashBalance: number, creditBalance: number): BalanceSplit | null {
  if (due <= 0) return { cash: 0, credit: 0 };
  const cash = Math.min(due, Math.max(0, cashBalance));
  const credit = due - cash;
  return credit > Math.max(0, creditBalance) ? null : { cash, credit };
}

/** A plan that pays the whole amount in cash (a renewal paid at once). */
export const cashOnlyPlan = (amount: number): PaymentPlan => ({
  amountAfterDiscount: amount,
  discounts: [],
  coupons: [],
  cash: amount,
});
