/** The pure rules of payment on behalf (payment-agreement.rules.ts): table tests, no database. */
import { describe, expect, it } from 'vitest';
import {
  PaymentAgreementStatus,
  PaymentAgreementType,
} from '../../src/modules/payment-agreement/payment-agreement.enums';
import {
  agreementReason,
  agreementStatusAt,
  checkLimits,
  chinaMonth,
  onBehalfRefusal,
  usedInMonth,
} from '../../src/modules/payment-agreement/payment-agreement.rules';
import { unsubscribeRefund } from '../../src/modules/order/order.pricing';

const { FULL, LIMITED } = PaymentAgreementType;

describe('chinaMonth: monthly limits reset at 00:00 Beijing on the 1st', () => {
  it.each([
    ['2026-11-30T15:59:59Z', '2026-11'],
    ['2026-11-30T16:00:00Z', '2026-12'],
    ['2026-12-31T16:00:00Z', '2027-01'],
  ])('%s → %s', (at, month) => {
    expect(chinaMonth(new Date(at))).toBe(month);
  });
});

describe('checkLimits', () => {
  it.each([
    [FULL, null, null, { perOrderLimit: null, monthlyLimit: null }],
    [FULL, '1.00', null, 'INVALID_AGREEMENT_LIMITS'],
    [LIMITED, '100.00', '1000.00', { perOrderLimit: 10_000, monthlyLimit: 100_000 }],
    [LIMITED, '1000.00', '1000.00', { perOrderLimit: 100_000, monthlyLimit: 100_000 }],
    [LIMITED, '1000.01', '1000.00', 'INVALID_AGREEMENT_LIMITS'],
    [LIMITED, null, '1000.00', 'INVALID_AGREEMENT_LIMITS'],
    [LIMITED, '0', '1000.00', 'INVALID_AMOUNT'],
    [LIMITED, '1.005', '1000.00', 'INVALID_AMOUNT'],
    [LIMITED, '1.00', '100000000.00', 'AMOUNT_TOO_LARGE'],
  ])('%s %s / %s → %o', (type, perOrder, monthly, expected) => {
    const got = checkLimits(type, perOrder, monthly);
    if (typeof expected === 'string') expect(got).toMatchObject({ code: expected });
    else expect(got).toEqual(expected);
  });
});

describe('onBehalfRefusal', () => {
  const now = new Date('2026-12-03T10:00:00Z');
  const limited = { perOrderLimit: 30_000, monthlyLimit: 100_000 };
  it.each([
    ['within both', limited, '2026-12', 60_000, 30_000, null],
    ['exactly the month', limited, '2026-12', 70_000, 30_000, null],
    ['over the order limit', limited, '2026-12', 0, 30_001, 'AGREEMENT_ORDER_LIMIT_EXCEEDED'],
    ['over the month', limited, '2026-12', 70_001, 30_000, 'AGREEMENT_MONTHLY_LIMIT_EXCEEDED'],
    ["last month's use does not count", limited, '2026-11', 100_000, 30_000, null],
    ['FULL: no limits', { perOrderLimit: null, monthlyLimit: null }, '2026-12', 9e9, 9e9, null],
  ])('%s', (_, limits, usedMonth, usedAmount, due, code) => {
    expect(onBehalfRefusal({ ...limits, usedMonth, usedAmount }, due, now, 'f')?.code ?? null).toBe(code);
  });
  it('usedInMonth counts the current China month only', () => {
    expect(usedInMonth({ usedMonth: '2026-12', usedAmount: 5 }, now)).toBe(5);
    expect(usedInMonth({ usedMonth: '2026-11', usedAmount: 5 }, now)).toBe(0);
    expect(usedInMonth({ usedMonth: null, usedAmount: 0 }, now)).toBe(0);
  });
});

describe('agreementStatusAt and agreementReason', () => {
  const now = new Date('2026-12-03T10:00:00Z');
  it.each([
    [PaymentAgreementStatus.PENDING_CUSTOMER, '2026-12-04T00:00:00Z', PaymentAgreementStatus.PENDING_CUSTOMER],
    [PaymentAgreementStatus.PENDING_CUSTOMER, '2026-12-03T10:00:00Z', PaymentAgreementStatus.EXPIRED],
    [PaymentAgreementStatus.ACTIVE, '2026-11-01T00:00:00Z', PaymentAgreementStatus.ACTIVE],
  ])('%s until %s → %s', (status, expiresAt, expected) => {
    expect(agreementStatusAt({ status, expiresAt: new Date(expiresAt) }, now)).toBe(expected);
  });
  it('trims, requires and caps reasons', () => {
    expect(agreementReason('  x  ', true)).toBe('x');
    expect(agreementReason('   ', false)).toBeNull();
    expect(agreementReason('', true)).toMatchObject({ code: 'REASON_REQUIRED' });
    expect(agreementReason('x'.repeat(201), false)).toMatchObject({ code: 'REASON_TOO_LONG' });
  });
});

describe('unsubscribeRefund after a payment on behalf', () => {
  it("refunds the customer nothing of what the partner's cash paid under the agreement", () => {
    const year = { effectiveTime: new Date('2026-01-01T00:00:00Z'), expireTime: new Date('2027-01-01T00:00:00Z') };
    const half = new Date('2026-07-02T12:00:00Z');
    const paid = { officialAmount: 120_000, amountAfterDiscount: 120_000, couponAmount: 0, cashCouponAmount: 0 };
    const line = { amount: 120_000, subscriptionNum: 1, ...year };
    expect(unsubscribeRefund(line, paid, year, half)).toBeGreaterThan(0);
    expect(unsubscribeRefund(line, { ...paid, onBehalfAmount: 120_000 }, year, half)).toBe(0);
    const partly = unsubscribeRefund(line, { ...paid, onBehalfAmount: 60_000 }, year, half);
    expect(partly).toBe(Math.floor(unsubscribeRefund(line, paid, year, half) / 2));
  });
});
