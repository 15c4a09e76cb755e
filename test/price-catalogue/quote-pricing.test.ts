/** The arithmetic of quotes (price-catalogue/quote.pricing.ts, order.renewal-pricing priceRenewal): table tests, no database. */
import { describe, expect, it } from 'vitest';
import { PeriodType } from '../../src/modules/order/order.enums';
import { Reference } from '@mikro-orm/core';
import { CustomerDiscount, CustomerDiscountType } from '../../src/modules/customer/customer-discount.entity';
import { SubCustomer } from '../../src/modules/customer/customer.entity';
import { Resource } from '../../src/modules/order/order.entity';
import {
  type CataloguePrice,
  priceRenewal,
  renewalOrderDiscounts,
} from '../../src/modules/order/order.renewal-pricing';
import {
  catalogueRefusal,
  discountApplies,
  discountQuotes,
  listAmountOf,
  priceAfterRate,
  type QuotedDiscountSource,
  quoteItemRefusal,
} from '../../src/modules/price-catalogue/quote.pricing';

const NOW = new Date('2026-06-15T00:00:00Z');
const DAY = 86_400_000;
const { COMMERCIAL_DISCOUNT: COMMERCIAL, PARTNER_DISCOUNT: PARTNER, PROMOTION } = CustomerDiscountType;

const discount = (
  id: number,
  discountType: CustomerDiscountType,
  rateBasisPoints: number,
  extra: Partial<QuotedDiscountSource> = {},
): QuotedDiscountSource => ({
  id,
  discountType,
  rateBasisPoints,
  serviceTypeCode: null,
  effectiveTime: new Date(NOW.getTime() - 10 * DAY),
  expireTime: null,
  ...extra,
});

describe('priceAfterRate: the one rounding rule of quotes (half up to the fen)', () => {
  it.each([
    [10_000, 8_500, 8_500],
    [10_000, 10_000, 10_000],
    [1, 5_000, 1], // 0.5 fen rounds up
    [1, 4_999, 0],
    [3, 5_000, 2], // 1.5 → 2
    [12_345, 8_800, 10_864], // 10 863.6 → 10 864
    [99_999_999_999, 9_500, 94_999_999_999], // 94 999 999 999.05 → no float drift
    [0, 8_000, 0],
  ])('%i fen at %i bp → %i', (amount, rate, expected) => {
    expect(priceAfterRate(amount, rate)).toBe(expected);
  });
});

describe('listAmountOf', () => {
  it.each([
    [18_000, 1, 1, 18_000],
    [18_000, 3, 2, 108_000],
    [180_000, 2, 5, 1_800_000],
  ])('%i × %i periods × %i subscriptions = %i', (price, periods, quantity, expected) => {
    expect(listAmountOf(price, periods, quantity)).toBe(expected);
  });
});

describe('discountApplies', () => {
  it.each([
    ['every service, open-ended', discount(1, PARTNER, 9000), true],
    ['this service', discount(1, PARTNER, 9000, { serviceTypeCode: 'hws.service.type.ec2' }), true],
    ['another service', discount(1, PARTNER, 9000, { serviceTypeCode: 'hws.service.type.rds' }), false],
    ['not yet started', discount(1, PARTNER, 9000, { effectiveTime: new Date(NOW.getTime() + DAY) }), false],
    ['starts now', discount(1, PARTNER, 9000, { effectiveTime: NOW }), true],
    ['expired', discount(1, PARTNER, 9000, { expireTime: new Date(NOW.getTime() - DAY) }), false],
    ['expires now', discount(1, PARTNER, 9000, { expireTime: NOW }), false],
  ])('%s → %s', (_, d, expected) => {
    expect(discountApplies(d, 'hws.service.type.ec2', NOW)).toBe(expected);
  });
});

describe('discountQuotes: one result per applicable discount', () => {
  const partner = discount(1, PARTNER, 8_000);
  const commercial = discount(2, COMMERCIAL, 9_000, { serviceTypeCode: 'hws.service.type.ec2' });
  const promotion = discount(3, PROMOTION, 8_500);
  const otherService = discount(4, COMMERCIAL, 5_000, { serviceTypeCode: 'hws.service.type.rds' });
  const all = [partner, commercial, promotion, otherService];
  const shape = (autoPay: boolean) =>
    discountQuotes(10_001, all, 'hws.service.type.ec2', autoPay, NOW).map((r) => [
      r.discount.id,
      r.discountAmount,
      r.finalPrice,
    ]);

  it('without autoPay: the lowest final price first, amounts adding up to the list amount', () => {
    expect(shape(false)).toEqual([
      [1, 2_000, 8_001],
      [3, 1_500, 8_501],
      [2, 1_000, 9_001],
    ]);
  });

  it('with autoPay: the business (commercial) discount first (seed 001), then the rest', () => {
    expect(shape(true)).toEqual([
      [2, 1_000, 9_001],
      [1, 2_000, 8_001],
      [3, 1_500, 8_501],
    ]);
  });

  it('ties by discount id; no discount, no result', () => {
    const a = discount(7, PARTNER, 9_000);
    const b = discount(5, PROMOTION, 9_000);
    expect(discountQuotes(100, [a, b], 'x', false, NOW).map((r) => r.discount.id)).toEqual([5, 7]);
    expect(discountQuotes(100, [], 'x', true, NOW)).toEqual([]);
  });
});

describe('quoteItemRefusal and catalogueRefusal', () => {
  const item = (period: PeriodType, periodCount: number, quantity = 1) => ({
    productCode: 'P',
    region: 'cn-north-4',
    period,
    periodCount,
    quantity,
  });
  it.each([
    [item(PeriodType.MONTH, 1), null],
    [item(PeriodType.MONTH, 11), null],
    [item(PeriodType.MONTH, 12), 'INVALID_PERIOD'],
    [item(PeriodType.YEAR, 3), null],
    [item(PeriodType.YEAR, 4), 'INVALID_PERIOD'],
    [item(PeriodType.YEAR, 0), 'INVALID_PERIOD'],
    [item(PeriodType.MONTH, 1.5), 'INVALID_PERIOD'],
    [item(PeriodType.MONTH, 1, 100), null],
    [item(PeriodType.MONTH, 1, 101), 'INVALID_QUANTITY'],
    [item(PeriodType.MONTH, 1, 0), 'INVALID_QUANTITY'],
  ])('%o → %s', (i, code) => {
    expect(quoteItemRefusal(i, 'input.items[0]')?.code ?? null).toBe(code);
  });

  it('names the first unknown part of the catalogue key', () => {
    const i = item(PeriodType.YEAR, 1);
    expect(catalogueRefusal(i, { product: false, region: false }, 'f')).toMatchObject({
      code: 'UNKNOWN_PRODUCT',
      field: 'f.productCode',
    });
    expect(catalogueRefusal(i, { product: true, region: false }, 'f')).toMatchObject({
      code: 'UNKNOWN_REGION',
      field: 'f.region',
    });
    expect(catalogueRefusal(i, { product: true, region: true }, 'f')).toMatchObject({
      code: 'PERIOD_NOT_OFFERED',
      field: 'f.period',
    });
  });
});

describe('priceRenewal: a main resource and its dependents priced together from the catalogue', () => {
  const now = new Date('2026-06-01T00:00:00Z');
  const customer = Reference.createFromPK(SubCustomer, 7);
  const resource = (id: number, productCode: string | null, regionCode = 'cn-north-4') =>
    Object.assign(new Resource(), { id, resourceId: `r-${id}`, productCode, regionCode, customer });
  const price = (id: number, productCode: string, periodType: PeriodType, listPriceFen: number): CataloguePrice => ({
    id,
    productCode,
    regionCode: 'cn-north-4',
    periodType,
    serviceTypeCode: productCode === 'ECS' ? 'hws.service.type.ec2' : 'hws.service.type.ebs',
    productSpecDesc: productCode,
    listPriceFen,
  });
  const discount = (id: number, discountType: CustomerDiscountType, rateBasisPoints: number, service: string | null) =>
    Object.assign(new CustomerDiscount(), {
      id,
      discountType,
      rateBasisPoints,
      serviceTypeCode: service,
      effectiveTime: new Date('2026-01-01T00:00:00Z'),
      expireTime: null,
    });
  const main = resource(1, 'ECS');
  const disk = resource(2, 'DISK');
  const basis = (
    discounts: CustomerDiscount[],
    prices = [price(1, 'ECS', PeriodType.MONTH, 18_001), price(2, 'DISK', PeriodType.MONTH, 2_000)],
  ) => ({
    dependents: new Map([[1, [disk]]]),
    prices: new Map(prices.map((p) => [`${p.productCode}|${p.regionCode}|${p.periodType}`, p])),
    discounts: new Map([[main.customer.id, discounts]]),
  });
  const terms = { periodType: PeriodType.MONTH, periodCount: 3, autoPay: false, now };

  it('lists the main resource then each dependent at its own entry × periods, the discount covering its service, half up', () => {
    const ecsOnly = discount(5, CustomerDiscountType.PARTNER_DISCOUNT, 8_500, 'hws.service.type.ec2');
    const lines = priceRenewal(main, basis([ecsOnly]), terms, 'f');
    expect(
      Array.isArray(lines) &&
        lines.map((l) => [l.resource.id, l.mainResource?.id ?? null, l.listAmount, l.discountAmount, l.amount]),
    ).toEqual([
      [1, null, 54_003, 54_003 - priceAfterRate(54_003, 8_500), priceAfterRate(54_003, 8_500)],
      [2, 1, 6_000, 0, 6_000],
    ]);
    expect(priceAfterRate(54_003, 8_500)).toBe(45_903); // 45 902.55 rounds half up
  });

  it('with autoPay the business discount first, as quotePrice; without it the lowest price', () => {
    const all = [
      discount(5, CustomerDiscountType.PARTNER_DISCOUNT, 8_000, null),
      discount(6, CustomerDiscountType.COMMERCIAL_DISCOUNT, 9_000, null),
    ];
    const plain = priceRenewal(main, basis(all), terms, 'f');
    const auto = priceRenewal(main, basis(all), { ...terms, autoPay: true }, 'f');
    expect(Array.isArray(plain) && plain.map((l) => l.discount?.id)).toEqual([5, 5]);
    expect(Array.isArray(auto) && auto.map((l) => l.discount?.id)).toEqual([6, 6]);
    if (!Array.isArray(auto)) throw new Error('refused');
    expect(renewalOrderDiscounts(auto)).toEqual([
      { type: 'COMMERCIAL_DISCOUNT', amount: auto.reduce((s, l) => s + l.discountAmount, 0) },
    ]);
    expect(renewalOrderDiscounts([])).toEqual([]);
  });

  it('refuses RENEWAL_NOT_IN_CATALOGUE when the main resource or a dependent has no entry for the period (or no product)', () => {
    const noDiskPrice = basis([], [price(1, 'ECS', PeriodType.MONTH, 100)]);
    expect(priceRenewal(main, noDiskPrice, terms, 'f')).toMatchObject({ code: 'RENEWAL_NOT_IN_CATALOGUE', field: 'f' });
    expect(priceRenewal(main, basis([]), { ...terms, periodType: PeriodType.YEAR }, 'f')).toMatchObject({
      code: 'RENEWAL_NOT_IN_CATALOGUE',
    });
    expect(priceRenewal(resource(9, null), basis([]), terms, 'g')).toMatchObject({ code: 'RENEWAL_NOT_IN_CATALOGUE' });
  });
});
