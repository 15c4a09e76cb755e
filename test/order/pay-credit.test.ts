// payOrder's balance part (seed 002: 余额支付包括现金账户和信用账户, 优先现金账户): what coupons leave is
// paid from the customer's balance first, then from the partner's credit account; the split is
// recorded on the order, the payload and both ledgers; short of both, nothing moves.
import { describe, expect, it } from 'vitest';
import { AllocateFundsDocument, OrderMutPayOrderDocument } from '../generated/graphql';
import { checkInvariants } from '../../seeds';
import { SubCustomer } from '../../src/modules/customer/customer.entity';
import { AssociationType } from '../../src/modules/customer/customer.enums';
import { OrderAuthorization } from '../../src/modules/association/association.entity';
import { OrderAuthorizationStatus } from '../../src/modules/association/association.enums';
import { Order } from '../../src/modules/order/order.entity';
import { OrderStatus } from '../../src/modules/order/order.enums';
import { splitBalancePayment } from '../../src/modules/order/order.pricing';
import { AccountChangeRecord } from '../../src/modules/funds/funds.entity';
import { PartnerAccount, PartnerAccountType } from '../../src/modules/partner/partner.entity';
import { useTestServer } from '../support/server';
import { gid } from '../support/ids';
import { placePendingOrder } from '../support/orders';
import { SP } from '../support/demo';
import { userErrorCodes } from '../support/graphql';
import { countRows } from '../support/rows';
import { cny, yuan } from '../support/money';

describe('splitBalancePayment (cash first, then credit)', () => {
  it.each([
    // due, customer balance, partner credit → cash, credit (null: INSUFFICIENT_FUNDS)
    [0, 0, 0, { cash: 0, credit: 0 }],
    [1_000, 5_000, 0, { cash: 1_000, credit: 0 }],
    [1_000, 1_000, 0, { cash: 1_000, credit: 0 }],
    [1_000, 1_000, 9_999, { cash: 1_000, credit: 0 }],
    [1_000, 400, 600, { cash: 400, credit: 600 }],
    [1_000, 400, 10_000, { cash: 400, credit: 600 }],
    [1_000, 0, 1_000, { cash: 0, credit: 1_000 }],
    [1_000, 400, 599, null],
    [1_000, 0, 999, null],
    [1_000, 0, 0, null],
    [1_000, -50, 1_000, { cash: 0, credit: 1_000 }],
  ])('due %i, balance %i, credit %i → %o', (due, balance, credit, expected) => {
    expect(splitBalancePayment(due, balance, credit)).toEqual(expected);
  });
});

const server = useTestServer();
const token = (login: string) => server.signIn(login);

/** A RESALE customer of the solution provider (a demo partner with credit) that authorized it. */
async function authorizedCustomer(skip = 0): Promise<SubCustomer> {
  const customers = await server
    .em()
    .find(
      SubCustomer,
      { partner: SP, associationType: AssociationType.RESALE, unboundAt: null },
      { orderBy: { id: 'asc' } },
    );
  const found: SubCustomer[] = [];
  for (const c of customers) {
    const [latest] = await server
      .em()
      .find(
        OrderAuthorization,
        { customer: c.id, partner: SP },
        { orderBy: { grantedAt: 'desc', id: 'desc' }, limit: 1 },
      );
    if (latest?.status === OrderAuthorizationStatus.GRANTED) found.push(c);
  }
  expect(found.length).toBeGreaterThan(skip);
  return found[skip];
}

const placeOrder = (customerId: number, amount: number) => placePendingOrder(server, customerId, amount, 'CSCREDIT');

const balanceOf = async (customerId: number) => (await server.em().findOneOrFail(SubCustomer, customerId)).balance;
const creditOf = async () =>
  (await server.em().findOneOrFail(PartnerAccount, { partner: SP, accountType: PartnerAccountType.CREDIT })).amount;
const pay = async (orderId: number) =>
  server.execute(OrderMutPayOrderDocument, { input: { orderId: gid('Order', orderId) } }, await token('sp-admin'));

/** Sets the customer's balance to exactly `fen` by paying a sink order (its balance only) or allocating. */
async function setBalance(customerId: number, fen: number) {
  const balance = await balanceOf(customerId);
  if (balance > fen) {
    const sink = await placeOrder(customerId, balance - fen);
    const res = await pay(sink.id);
    expect(res.data!.payOrder.userErrors).toEqual([]);
    expect(res.data!.payOrder.creditPaid).toEqual(cny(0));
  } else if (balance < fen) {
    const res = await server.execute(
      AllocateFundsDocument,
      { input: { allocations: [{ customerId: gid('SubCustomer', customerId), amount: yuan(fen - balance) }] } },
      await token('sp-admin'),
    );
    expect(res.data!.allocateFunds.failed).toEqual([]);
  }
  expect(await balanceOf(customerId)).toBe(fen);
}

describe('payOrder with the partner credit account', () => {
  it('pays from the balance alone when it covers the order: credit untouched', async () => {
    const customer = await authorizedCustomer();
    await setBalance(customer.id, 5_000);
    const credit = await creditOf();
    const order = await placeOrder(customer.id, 3_000);
    const res = await pay(order.id);
    expect(res.data!.payOrder.userErrors).toEqual([]);
    expect([res.data!.payOrder.cashPaid, res.data!.payOrder.creditPaid]).toEqual([cny(3_000), cny(0)]);
    expect(res.data!.payOrder.order!.amountInfo.creditAmount).toEqual({ amount: '0.00' });
    expect(await creditOf()).toBe(credit);
    expect(await balanceOf(customer.id)).toBe(2_000);
  });

  it('pays the balance first and the rest from credit, recording the split on the order, payload and both ledgers', async () => {
    const customer = await authorizedCustomer();
    await setBalance(customer.id, 1_234);
    const credit = await creditOf();
    expect(credit).toBeGreaterThan(10_000);
    const order = await placeOrder(customer.id, 10_000);
    const res = await pay(order.id);
    expect(res.errors).toBeUndefined();
    const payload = res.data!.payOrder;
    expect(payload.userErrors).toEqual([]);
    expect([payload.cashPaid, payload.creditPaid]).toEqual([cny(1_234), cny(8_766)]);
    expect(payload.order!.status).toBe('COMPLETED');
    expect(payload.order!.amountInfo.creditAmount).toEqual({ amount: yuan(8_766) });
    expect(payload.customer!.balance!.amount.amount).toBe('0.00');
    expect(await creditOf()).toBe(credit - 8_766);
    const ledger = await server.em().find(AccountChangeRecord, { tradeId: order.orderId }, { orderBy: { id: 'asc' } });
    expect(ledger.map((l) => [l.ownerType, l.accountType, l.tradeType, l.amount, l.balanceAfter])).toEqual([
      ['CUSTOMER', PartnerAccountType.CASH, 'ORDER_PAYMENT', -1_234, 0],
      ['PARTNER', PartnerAccountType.CREDIT, 'ORDER_PAYMENT', -8_766, credit - 8_766],
    ]);
    expect(await checkInvariants(server.orm)).toEqual([]);
  });

  it('refuses with INSUFFICIENT_FUNDS when balance and credit together fall short, and nothing moves', async () => {
    const customer = await authorizedCustomer();
    await setBalance(customer.id, 500);
    const credit = await creditOf();
    const order = await placeOrder(customer.id, 500 + credit + 1);
    const counts = {
      ledger: await countRows(server, 'account_change_record'),
      audit: await countRows(server, 'audit_log'),
    };
    const res = await pay(order.id);
    expect(res.data!.payOrder.userErrors.map(({ code, field }) => ({ code, field }))).toEqual([
      { code: 'INSUFFICIENT_FUNDS', field: 'input.orderId' },
    ]);
    expect(res.data!.payOrder.creditPaid).toBeNull();
    expect(await balanceOf(customer.id)).toBe(500);
    expect(await creditOf()).toBe(credit);
    expect((await server.em().findOneOrFail(Order, order.id, { refresh: true })).status).toBe(
      OrderStatus.PENDING_PAYMENT,
    );
    expect({
      ledger: await countRows(server, 'account_change_record'),
      audit: await countRows(server, 'audit_log'),
    }).toEqual(counts);
  });

  it('concurrent payments of two customers never overdraw the credit: exactly as many as it covers are paid', async () => {
    const [a, b] = [await authorizedCustomer(0), await authorizedCustomer(1)];
    await setBalance(a.id, 0);
    await setBalance(b.id, 0);
    const credit = await creditOf();
    // Each order needs just over a third of the credit: two are paid, the rest refused.
    const each = Math.floor(credit / 3) + 1;
    const orders = [];
    for (let i = 0; i < 6; i++) orders.push(await placeOrder(i % 2 ? b.id : a.id, each));
    const admin = await token('sp-admin');
    const answers = await Promise.all(
      orders.map((o) => server.execute(OrderMutPayOrderDocument, { input: { orderId: gid('Order', o.id) } }, admin)),
    );
    expect(answers.map((r) => userErrorCodes(r.data!.payOrder.userErrors)[0] ?? 'PAID').sort()).toEqual([
      ...Array(4).fill('INSUFFICIENT_FUNDS'),
      'PAID',
      'PAID',
    ]);
    expect(await creditOf()).toBe(credit - 2 * each);
    expect(await checkInvariants(server.orm)).toEqual([]);
  });
});
