/** The arithmetic of orders (src/modules/order/order.pricing.ts): pure functions, table tests, no database. */
import { describe, expect, it } from 'vitest';
import { UserError } from '../../src/common/errors';
import { CouponKind, CouponStatus } from '../../src/modules/coupon/coupon.enums';
import { PeriodType } from '../../src/modules/order/order.enums';
import {
  addMonths,
  cashOnlyPlan,
  checkPeriod,
  chooseDiscounts,
  couponAmounts,
  couponFitsOrder,
  discountedAmount,
  monthsOf,
  orderTotal,
  type PricedCoupon,
  planPayment,
  unsubscribeRefund,
} from '../../src/modules/order/order.pricing';

const at = (iso: string) => new Date(iso);
const NOW = at('2026-06-15T00:00:00Z');

describe('addMonths and monthsOf', () => {
  it.each([
    ['2026-01-15T08:30:00Z', 1, '2026-02-15T08:30:00.000Z'],
    ['2026-01-31T00:00:00Z', 1, '2026-03-03T00:00:00.000Z'], // 31 Feb rolls over, as the seeds do
    ['2026-11-10T00:00:00Z', 3, '2027-02-10T00:00:00.000Z'],
    ['2026-05-01T00:00:00Z', 36, '2029-05-01T00:00:00.000Z'],
    ['2026-05-01T00:00:00Z', 0, '2026-05-01T00:00:00.000Z'],
  ])('%s + %i months = %s', (from, n, expected) => {
    expect(addMonths(at(from), n).toISOString()).toBe(expected);
  });

  it.each([
    [PeriodType.MONTH, 1, 1],
    [PeriodType.MONTH, 11, 11],
    [PeriodType.YEAR, 1, 12],
    [PeriodType.YEAR, 3, 36],
  ])('period %s × %i = %i months', (type, n, months) => {
    expect(monthsOf(type, n)).toBe(months);
  });
});

describe('checkPeriod', () => {
  it.each([
    [PeriodType.MONTH, 1, null],
    [PeriodType.MONTH, 11, null],
    [PeriodType.MONTH, 12, 'periodNum must be 1–11 for MONTH; got 12.'],
    [PeriodType.MONTH, 0, 'periodNum must be 1–11 for MONTH; got 0.'],
    [PeriodType.YEAR, 3, null],
    [PeriodType.YEAR, 4, 'periodNum must be 1–3 for YEAR; got 4.'],
    [PeriodType.YEAR, 1.5, 'periodNum must be 1–3 for YEAR; got 1.5.'],
  ])('%s %s → %s', (type, n, message) => {
    const error = checkPeriod(type, n);
    expect(error && { code: error.code, message: error.message, field: error.field }).toEqual(
      message && { code: 'INVALID_PERIOD', message, field: 'input.periodNum' },
    );
  });
});

describe('unsubscribeRefund', () => {
  const paid = { officialAmount: 120_000, amountAfterDiscount: 120_000, couponAmount: 0, cashCouponAmount: 0 };
  const year = { effectiveTime: at('2026-01-01T00:00:00Z'), expireTime: at('2027-01-01T00:00:00Z') };
  const line = (amount: number, subscriptionNum = 1) => ({ amount, subscriptionNum, ...year });
  const yearMs = year.expireTime.getTime() - year.effectiveTime.getTime();
  const leftMs = year.expireTime.getTime() - NOW.getTime();
  it.each([
    ['all cash, the unused share', line(120_000), paid, Math.floor((120_000 * leftMs) / yearMs)],
    [
      'a discount lowers the cash paid, so the refund',
      line(120_000),
      { ...paid, amountAfterDiscount: 60_000 },
      Math.floor((60_000 * leftMs) / yearMs),
    ],
    [
      'coupons are not refunded',
      line(120_000),
      { ...paid, couponAmount: 20_000, cashCouponAmount: 10_000 },
      Math.floor((90_000 * leftMs) / yearMs),
    ],
    ['per subscription', line(120_000, 2), paid, Math.floor((60_000 * leftMs) / yearMs)],
    ['nothing paid in cash', line(120_000), { ...paid, couponAmount: 120_000 }, 0],
    ['a free line', line(0), paid, 0],
  ])('%s', (_, source, order, expected) => {
    expect(unsubscribeRefund(source, order, year, NOW)).toBe(expected);
  });

  it('refunds nothing once the period is over, and the whole line before it starts', () => {
    expect(unsubscribeRefund(line(120_000), paid, year, at('2027-02-01T00:00:00Z'))).toBe(0);
    expect(unsubscribeRefund(line(120_000), paid, year, at('2025-12-01T00:00:00Z'))).toBe(120_000);
  });

  it("takes the resource's dates when the line has none, and stops at the resource's expiry", () => {
    const undated = { amount: 120_000, subscriptionNum: 1, effectiveTime: null, expireTime: null };
    expect(unsubscribeRefund(undated, paid, year, NOW)).toBe(Math.floor((120_000 * leftMs) / yearMs));
    const shortened = { effectiveTime: year.effectiveTime, expireTime: at('2026-07-15T00:00:00Z') };
    const left = shortened.expireTime.getTime() - NOW.getTime();
    expect(unsubscribeRefund(line(120_000), paid, shortened, NOW)).toBe(Math.floor((120_000 * left) / yearMs));
  });
});

describe('discounts', () => {
  const offered = [
    { type: 'BUSINESS', amount: 1_000 },
    { type: 'PROMOTION', amount: 2_500 },
  ];
  it.each([
    ['none offered, none asked', [], undefined, []],
    ['the one offered applies when none is named', [offered[0]], null, [offered[0]]],
    ['the named one', offered, ['PROMOTION'], [offered[1]]],
    ['none, explicitly', offered, [], []],
  ])('%s', (_, available, types, expected) => {
    expect(chooseDiscounts(available, types)).toEqual(expected);
  });

  it.each([
    ['two offered and none named', offered, undefined, 'TOO_MANY_DISCOUNTS', 'input.discountTypes'],
    ['a type not offered', offered, ['BUSINESS', 'VIP'], 'DISCOUNT_NOT_APPLICABLE', 'input.discountTypes[1]'],
  ])('refuses %s', (_, available, types, code, field) => {
    const error = chooseDiscounts(available, types);
    expect(error instanceof UserError && [error.code, error.field]).toEqual([code, field]);
  });

  it.each([
    [10_000, [], 10_000],
    [10_000, [{ type: 'A', amount: 2_500 }], 7_500],
    [10_000, [{ type: 'A', amount: 12_000 }], 0],
  ])('%i less %j = %i', (official, discounts, expected) => {
    expect(discountedAmount(official, discounts)).toBe(expected);
  });

  it('adds up the lines of an order', () => {
    expect(orderTotal([{ amount: 1 }, { amount: 20 }, { amount: 300 }])).toBe(321);
    expect(orderTotal([])).toBe(0);
  });
});

describe('coupons', () => {
  const lines = [{ serviceTypeCode: 'hws.service.type.ec2', productId: 'P1' }];
  const coupon = (id: number, balance: number, over: Partial<PricedCoupon> = {}): PricedCoupon => ({
    id,
    status: CouponStatus.USABLE,
    kind: CouponKind.VOUCHER,
    balance,
    effectiveTime: at('2026-01-01T00:00:00Z'),
    expireTime: at('2027-01-01T00:00:00Z'),
    cloudServiceTypes: [],
    productIds: [],
    ...over,
  });

  it.each([
    ['no limits', {}, true],
    ['its service type', { cloudServiceTypes: ['hws.service.type.ec2'] }, true],
    ['another service type', { cloudServiceTypes: ['hws.service.type.obs'] }, false],
    ['its product', { productIds: ['P1', 'P2'] }, true],
    ['another product', { productIds: ['P2'] }, false],
  ])('a quota limited to %s fits: %s', (_, limits, fits) => {
    expect(couponFitsOrder(coupon(1, 100, limits), lines)).toBe(fits);
  });

  const plan = (officialAmount: number, ids: number[], coupons: PricedCoupon[], discounts = []) =>
    planPayment({
      officialAmount,
      discounts,
      couponIds: ids,
      coupons: new Map(coupons.map((c) => [c.id, c])),
      lines,
      now: NOW,
    });

  it.each([
    ['cash only', 10_000, [], [], [], 10_000],
    ['one coupon, then cash', 10_000, [1], [coupon(1, 3_000)], [[1, 3_000]], 7_000],
    ['a coupon bigger than the order pays all of it', 10_000, [1], [coupon(1, 50_000)], [[1, 10_000]], 0],
    [
      'coupons apply in the order given, each as much as is left',
      10_000,
      [2, 1],
      [coupon(1, 8_000), coupon(2, 4_000)],
      [
        [2, 4_000],
        [1, 6_000],
      ],
      0,
    ],
    [
      'three coupons and the rest in cash',
      10_000,
      [3, 1, 2],
      [coupon(1, 1_000), coupon(2, 2_000), coupon(3, 3_000)],
      [
        [3, 3_000],
        [1, 1_000],
        [2, 2_000],
      ],
      4_000,
    ],
  ])('%s', (_, official, ids, coupons, used, cash) => {
    const planned = plan(official, ids, coupons);
    expect(planned instanceof UserError ? planned : planned.coupons.map((c) => [c.couponId, c.amount])).toEqual(used);
    expect(planned instanceof UserError ? null : planned.cash).toBe(cash);
  });

  it('applies discounts before coupons', () => {
    const planned = planPayment({
      officialAmount: 10_000,
      discounts: [{ type: 'BUSINESS', amount: 4_000 }],
      couponIds: [1],
      coupons: new Map([[1, coupon(1, 5_000)]]),
      lines,
      now: NOW,
    });
    expect(planned).toMatchObject({
      amountAfterDiscount: 6_000,
      coupons: [{ couponId: 1, amount: 5_000 }],
      cash: 1_000,
    });
  });

  it.each([
    ['unknown', [9], [], "No coupon of this order's customer issued by your partner has that id."],
    ['used', [1], [coupon(1, 100, { status: CouponStatus.USED })], 'The coupon is USED, not USABLE.'],
    [
      'not yet valid',
      [1],
      [coupon(1, 100, { effectiveTime: at('2026-07-01T00:00:00Z') })],
      'The coupon is outside its validity.',
    ],
    ['expired', [1], [coupon(1, 100, { expireTime: NOW })], 'The coupon is outside its validity.'],
    [
      'a pick-up coupon',
      [1],
      [coupon(1, 100, { kind: CouponKind.PICKUP })],
      'PICKUP coupons do not pay yearly/monthly orders.',
    ],
    [
      'limited to other products',
      [1],
      [coupon(1, 100, { productIds: ['P9'] })],
      "The coupon's quota limits its use to other cloud service types or products than this order's.",
    ],
    [
      'not needed any more',
      [1, 2],
      [coupon(1, 20_000), coupon(2, 100)],
      'The coupons before this one already cover the order.',
    ],
  ])('refuses a coupon that is %s, naming its field', (_, ids, coupons, message) => {
    const planned = plan(10_000, ids, coupons);
    expect(planned instanceof UserError && [planned.code, planned.message, planned.field]).toEqual([
      'COUPON_NOT_USABLE',
      message,
      `input.couponIds[${ids.length - 1}]`,
    ]);
  });

  it('records voucher and cash coupons apart', () => {
    expect(
      couponAmounts([
        { amount: 100, kind: CouponKind.VOUCHER },
        { amount: 20, kind: CouponKind.CASH },
        { amount: 3, kind: CouponKind.VOUCHER },
      ]),
    ).toEqual({ couponAmount: 103, cashCouponAmount: 20 });
    expect(couponAmounts([])).toEqual({ couponAmount: 0, cashCouponAmount: 0 });
    expect(cashOnlyPlan(500)).toEqual({ amountAfterDiscount: 500, discounts: [], coupons: [], cash: 500 });
  });
});
