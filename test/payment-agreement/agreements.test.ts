/** 代付管理 through the HTTP API: the agreement walked by the partner and the customer, and payments under it. */
import { describe, expect, it } from 'vitest';
import {
  PayAgrAcceptDocument,
  PayAgrCreateDocument,
  PayAgrCustomerListDocument,
  PayAgrCustomersDocument,
  PayAgrPartnerListDocument,
  PayAgrPayOrderDocument,
  PayAgrRejectDocument,
  PayAgrTerminateDocument,
} from '../generated/graphql';
import { SubCustomer } from '../../src/modules/customer/customer.entity';
import { AccountChangeRecord } from '../../src/modules/funds/funds.entity';
import { TradeType } from '../../src/modules/funds/funds.enums';
import { Order } from '../../src/modules/order/order.entity';
import { OrderStatus } from '../../src/modules/order/order.enums';
import { PaymentAgreement } from '../../src/modules/payment-agreement/payment-agreement.entity';
import { PaymentAgreementStatus } from '../../src/modules/payment-agreement/payment-agreement.enums';
import { useTestServer, useTokens } from '../support/server';
import { errorCodes } from '../support/graphql';
import { gid } from '../support/ids';
import { cash, customerNamed } from '../support/rows';
import { DAY } from '../support/time';
import { DIST, OTHER_DIST } from '../support/demo';
import { placePendingOrder } from '../support/orders';
import { checkInvariants } from '../../seeds';
import { runMaintenanceJob } from '../support/maintenance';

const server = useTestServer();
const members = useTokens(server, ['dist-admin', 'dist-am', 'other-dist-admin']);
const customers = useTokens(server, ['yunfan-tech', 'tianyi-logistics'], 'CUSTOMER');
const pick = (errors: { code: string; field?: string | null }[]) => errors.map(({ code, field }) => ({ code, field }));

async function yunfan() {
  return customerNamed(server, 'yunfan-tech');
}

async function create(input: Record<string, unknown>, token = members['dist-admin']) {
  const customer = await yunfan();
  const res = await server.execute(
    PayAgrCreateDocument,
    { input: { customerId: gid('SubCustomer', customer.id), agreementType: 'LIMITED', ...input } as never },
    token,
  );
  expect(res.errors).toBeUndefined();
  return res.data!.createPaymentAgreement;
}

const answer = async (accept: boolean, agreementId: string, token = customers['yunfan-tech'], reason?: string) => {
  const res = accept
    ? (await server.execute(PayAgrAcceptDocument, { input: { agreementId } }, token)).data!.acceptPaymentAgreement
    : (await server.execute(PayAgrRejectDocument, { input: { agreementId, reason } }, token)).data!
        .rejectPaymentAgreement;
  return res;
};

const terminate = async (agreementId: string, token: string, reason = '不再需要') =>
  (await server.execute(PayAgrTerminateDocument, { input: { agreementId, reason } }, token)).data!
    .terminatePaymentAgreement;

const pay = async (order: Order) =>
  (await server.execute(PayAgrPayOrderDocument, { input: { orderId: gid('Order', order.id) } }, members['dist-admin']))
    .data!.payOrder;

const runExpiry = (now: Date) => runMaintenanceJob(server, 'expire-payment-agreements', now);

describe('seeded payment agreements', () => {
  it('shows the distributor one in every state, the current one on its customer; same statements for 2 and 20', async () => {
    const res = await server.execute(PayAgrPartnerListDocument, { first: 20 }, members['dist-admin']);
    expect(res.errors).toBeUndefined();
    const nodes = res.data!.viewer.partner.paymentAgreements!.nodes;
    expect(new Set(nodes.map((n) => n.status))).toEqual(new Set(Object.values(PaymentAgreementStatus)));
    for (const n of nodes) {
      const open = n.status === 'ACTIVE' || n.status === 'PENDING_CUSTOMER';
      expect(n.customer?.paymentAgreement?.id ?? null).toBe(open ? n.id : null);
    }
    const limited = nodes.find((n) => n.status === 'ACTIVE' && n.agreementType === 'LIMITED')!;
    expect(limited).toMatchObject({ perOrderLimit: { amount: '5000.00' }, usedThisMonth: { amount: '1200.00' } });
    const small = await server.execute(PayAgrPartnerListDocument, { first: 2 }, members['dist-admin']);
    expect(small.sqlStatements).toBe(res.sqlStatements);
    const c10 = await server.execute(PayAgrCustomersDocument, { first: 10 }, members['dist-admin']);
    const c100 = await server.execute(PayAgrCustomersDocument, { first: 100 }, members['dist-admin']);
    expect(c100.data!.viewer.partner.customers!.nodes.some((c) => c.paymentAgreement)).toBe(true);
    expect(c100.sqlStatements).toBe(c10.sqlStatements);
    const filtered = await server.execute(
      PayAgrPartnerListDocument,
      { filter: { status: 'EXPIRED' } },
      members['dist-admin'],
    );
    // The distributor's EXPIRED one and the one in yunfan-tech's history (seeds/finance-payment-agreements.ts).
    expect(filtered.data!.viewer.partner.paymentAgreements!.nodes.map((n) => n.status)).toEqual(['EXPIRED', 'EXPIRED']);
  });
});

describe('the agreement walked by the partner and the customer', () => {
  it('rejects, accepts, pays within the limits, refuses over them, and ends by the customer', async () => {
    const bad = await create({ perOrderLimit: '2000.00', monthlyLimit: '1000.00' });
    expect(pick(bad.userErrors)).toEqual([{ code: 'INVALID_AGREEMENT_LIMITS', field: 'input.perOrderLimit' }]);
    expect(pick((await create({ agreementType: 'FULL', monthlyLimit: '1.00' })).userErrors)).toEqual([
      { code: 'INVALID_AGREEMENT_LIMITS', field: 'input' },
    ]);
    const first = await create({ perOrderLimit: '1000.00', monthlyLimit: '1500.00' });
    expect(first.agreement).toMatchObject({ status: 'PENDING_CUSTOMER', agreementType: 'LIMITED' });
    expect(pick((await create({ agreementType: 'FULL' })).userErrors)).toEqual([
      { code: 'PAYMENT_AGREEMENT_EXISTS', field: 'input' },
    ]);
    const own = await server.execute(PayAgrCustomerListDocument, {}, customers['yunfan-tech']);
    expect(own.data!.customerViewer.paymentAgreements.nodes.map((n) => n.id)).toContain(first.agreement!.id);
    const other = await server.execute(PayAgrCustomerListDocument, {}, customers['tianyi-logistics']);
    expect(other.data!.customerViewer.paymentAgreements.nodes.map((n) => n.id)).not.toContain(first.agreement!.id);
    // Another customer answers like an unknown id.
    expect(pick((await answer(true, first.agreement!.id, customers['tianyi-logistics'])).userErrors)).toEqual([
      { code: 'PAYMENT_AGREEMENT_NOT_FOUND', field: 'input.agreementId' },
    ]);
    const rejected = await answer(false, first.agreement!.id, customers['yunfan-tech'], '暂不需要');
    expect(rejected.agreement).toMatchObject({ status: 'REJECTED', reason: '暂不需要' });
    expect(pick((await answer(true, first.agreement!.id)).userErrors)).toEqual([
      { code: 'PAYMENT_AGREEMENT_NOT_PENDING', field: 'input.agreementId' },
    ]);

    const second = await create({ perOrderLimit: '1000.00', monthlyLimit: '1500.00' });
    const accepted = await answer(true, second.agreement!.id);
    expect(accepted.agreement).toMatchObject({ status: 'ACTIVE', usedThisMonth: { amount: '0.00' } });

    const customer = await yunfan();
    const cashBefore = await cash(server, DIST);
    const first800 = await placePendingOrder(server, customer.id, 80_000, 'CSAGR');
    const paid = await pay(first800);
    expect(pick(paid.userErrors)).toEqual([]);
    expect(paid).toMatchObject({
      cashPaid: { amount: '0.00' },
      creditPaid: { amount: '0.00' },
      paidOnBehalf: { amount: '800.00' },
      order: { status: 'COMPLETED', amountInfo: { onBehalfAmount: { amount: '800.00' } } },
    });
    expect(await cash(server, DIST)).toBe(cashBefore - 80_000);
    expect((await yunfan()).balance).toBe(customer.balance);
    const record = await server.em().findOneOrFail(AccountChangeRecord, {
      tradeType: TradeType.PAYMENT_ON_BEHALF,
      tradeId: first800.orderId,
    });
    expect(record).toMatchObject({ amount: -80_000, balanceAfter: cashBefore - 80_000 });

    // Over the per-order limit, then over the month: refused, nothing moved.
    const big = await placePendingOrder(server, customer.id, 100_001, 'CSAGR');
    expect(pick((await pay(big)).userErrors)).toEqual([
      { code: 'AGREEMENT_ORDER_LIMIT_EXCEEDED', field: 'input.orderId' },
    ]);
    const third = await placePendingOrder(server, customer.id, 80_000, 'CSAGR');
    expect(pick((await pay(third)).userErrors)).toEqual([
      { code: 'AGREEMENT_MONTHLY_LIMIT_EXCEEDED', field: 'input.orderId' },
    ]);
    expect(await cash(server, DIST)).toBe(cashBefore - 80_000);
    expect((await server.em().findOneOrFail(Order, big.id)).status).toBe(OrderStatus.PENDING_PAYMENT);
    expect(
      (
        await server
          .em()
          .findOneOrFail(PaymentAgreement, { status: PaymentAgreementStatus.ACTIVE, customer: customer.id })
      ).usedAmount,
    ).toBe(80_000);

    // The customer ends it; its orders are its own again (its balance pays).
    expect(pick((await terminate(accepted.agreement!.id, customers['yunfan-tech'], '')).userErrors)).toEqual([
      { code: 'REASON_REQUIRED', field: 'input.reason' },
    ]);
    const ended = await terminate(accepted.agreement!.id, customers['yunfan-tech'], '改为自行支付');
    expect(ended.agreement).toMatchObject({ status: 'TERMINATED', terminatedBy: 'CUSTOMER', reason: '改为自行支付' });
    const small = await placePendingOrder(server, customer.id, 100, 'CSAGR');
    expect(customer.balance).toBeGreaterThanOrEqual(100);
    expect(await pay(small)).toMatchObject({
      userErrors: [],
      cashPaid: { amount: '1.00' },
      paidOnBehalf: { amount: '0.00' },
    });
  });

  it('is terminated by the partner, and a pending one expires by the maintenance job', async () => {
    const full = await create({ agreementType: 'FULL' });
    await answer(true, full.agreement!.id);
    expect(
      errorCodes(
        await server.execute(
          PayAgrTerminateDocument,
          { input: { agreementId: full.agreement!.id, reason: 'x' } },
          members['dist-am'],
        ),
      ),
    ).toEqual(['FORBIDDEN']);
    expect(pick((await terminate(full.agreement!.id, members['other-dist-admin'])).userErrors)).toEqual([
      { code: 'PAYMENT_AGREEMENT_NOT_FOUND', field: 'input.agreementId' },
    ]);
    const ended = await terminate(full.agreement!.id, members['dist-admin'], '合作调整');
    expect(ended.agreement).toMatchObject({ status: 'TERMINATED', terminatedBy: 'PARTNER' });

    const pending = await create({ agreementType: 'FULL' });
    const statusOf = async () =>
      (
        await server
          .em()
          .findOneOrFail(PaymentAgreement, { customer: (await yunfan()).id }, { orderBy: { id: 'desc' } })
      ).status;
    await runExpiry(new Date(Date.now() + DAY));
    expect(await statusOf()).toBe(PaymentAgreementStatus.PENDING_CUSTOMER);
    expect(await runExpiry(new Date(Date.now() + 8 * DAY))).toBeGreaterThanOrEqual(1);
    expect(await statusOf()).toBe(PaymentAgreementStatus.EXPIRED);
    expect(pick((await answer(true, pending.agreement!.id)).userErrors)).toEqual([
      { code: 'PAYMENT_AGREEMENT_EXPIRED', field: 'input.agreementId' },
    ]);
    const row = await server
      .em()
      .findOneOrFail(PaymentAgreement, { status: PaymentAgreementStatus.EXPIRED, customer: (await yunfan()).id });
    expect(row.answeredAt).not.toBeNull();
  });

  it('refuses members without the point, customers, and other partners’ customers', async () => {
    expect(
      errorCodes(
        await server.execute(
          PayAgrCreateDocument,
          { input: { customerId: gid('SubCustomer', (await yunfan()).id), agreementType: 'FULL' } },
          members['dist-am'],
        ),
      ),
    ).toEqual(['FORBIDDEN']);
    expect(
      errorCodes(
        await server.execute(
          PayAgrCreateDocument,
          { input: { customerId: gid('SubCustomer', (await yunfan()).id), agreementType: 'FULL' } },
          customers['yunfan-tech'],
        ),
      ),
    ).toEqual(['FORBIDDEN']);
    const foreign = await server.em().findOneOrFail(SubCustomer, { partner: OTHER_DIST, unboundAt: null });
    const res = await server.execute(
      PayAgrCreateDocument,
      { input: { customerId: gid('SubCustomer', foreign.id), agreementType: 'FULL' } },
      members['dist-admin'],
    );
    expect(pick(res.data!.createPaymentAgreement.userErrors)).toEqual([
      { code: 'CUSTOMER_NOT_FOUND', field: 'input.customerId' },
    ]);
    expect(errorCodes(await server.execute(PayAgrPartnerListDocument, {}, members['dist-am']))).toEqual(['FORBIDDEN']);
  });
});

describe('concurrent payments under one agreement', () => {
  it('never take the month over its limit: of five 300.00 orders under 1000.00, exactly three are paid', async () => {
    const agreement = await create({ perOrderLimit: '300.00', monthlyLimit: '1000.00' });
    expect(pick((await answer(true, agreement.agreement!.id)).userErrors)).toEqual([]);
    const customer = await yunfan();
    const orders = [];
    for (let i = 0; i < 5; i++) orders.push(await placePendingOrder(server, customer.id, 30_000, 'CSCONC'));
    const cashBefore = await cash(server, DIST);
    const results = await Promise.all(orders.map((o) => pay(o)));
    const codes = results.map((r) => r.userErrors[0]?.code ?? 'PAID').sort();
    expect(codes).toEqual([
      'AGREEMENT_MONTHLY_LIMIT_EXCEEDED',
      'AGREEMENT_MONTHLY_LIMIT_EXCEEDED',
      'PAID',
      'PAID',
      'PAID',
    ]);
    expect(await cash(server, DIST)).toBe(cashBefore - 90_000);
    const row = await server
      .em()
      .findOneOrFail(PaymentAgreement, { status: PaymentAgreementStatus.ACTIVE, customer: customer.id });
    expect(row.usedAmount).toBe(90_000);
    const records = await server.em().count(AccountChangeRecord, {
      tradeType: TradeType.PAYMENT_ON_BEHALF,
      tradeId: { $in: orders.map((o) => o.orderId) },
    });
    expect(records).toBe(3);
    // Ledgers still sum to the balances, nothing negative (seeds/invariants.ts).
    expect(await checkInvariants(server.orm)).toEqual([]);
  });

  it("lists the customer's own agreements with the same statements for 1 and 20", async () => {
    const one = await server.execute(PayAgrCustomerListDocument, {}, customers['yunfan-tech']);
    const none = await server.execute(PayAgrCustomerListDocument, {}, customers['tianyi-logistics']);
    expect(one.data!.customerViewer.paymentAgreements.nodes.length).toBeGreaterThan(3);
    expect(none.data!.customerViewer.paymentAgreements.nodes).toEqual([]);
    expect(one.sqlStatements).toBe(none.sqlStatements);
  });
});
