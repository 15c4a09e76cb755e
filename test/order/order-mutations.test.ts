import { describe, expect, it } from 'vitest';
import {
  AllocateFundsDocument,
  OrderMutCancelOrderDocument,
  OrderMutPayOrderDocument,
  OrderMutRenewResourcesDocument,
  OrderMutSetAutoRenewDocument,
  OrderMutUnsubscribeResourcesDocument,
  QuoteRenewalDocument,
} from '../generated/graphql';
import { checkInvariants, demoMember, demoPartner } from '../../seeds';
import { useTestServer } from '../support/server';
import { SubCustomer } from '../../src/modules/customer/customer.entity';
import { AssociationType } from '../../src/modules/customer/customer.enums';
import { Coupon } from '../../src/modules/coupon/coupon.entity';
import { CouponKind, CouponStatus } from '../../src/modules/coupon/coupon.enums';
import { Order, OrderLineItem, Resource, type OrderDiscount } from '../../src/modules/order/order.entity';
import {
  ExpirePolicy,
  OrderSource,
  OrderStatus,
  OrderType,
  PeriodType,
  ResourceStatus,
} from '../../src/modules/order/order.enums';
import { OrderAuthorization } from '../../src/modules/association/association.entity';
import { OrderAuthorizationStatus } from '../../src/modules/association/association.enums';
import { AccountChangeRecord } from '../../src/modules/funds/funds.entity';
import { AuditLog } from '../../src/modules/audit/audit.entity';
import { PriceCatalogueEntry } from '../../src/modules/price-catalogue/price-catalogue.entity';
import { gid } from '../support/ids';
import { DIST } from '../support/demo';
import { DAY, iso } from '../support/time';
import { errorCodes, userErrorCodes } from '../support/graphql';
import { countRows, customerNamed, lastAudit } from '../support/rows';
import { cny, yuan } from '../support/money';

const server = useTestServer();
const token = (login: string) => server.signIn(login);
const pick = <T extends { code: string; field?: string | null }>(errors: T[]) =>
  errors.map(({ code, field }) => ({ code, field }));

// ── Fixtures: the seeded showcase customers, plus orders a customer placed itself ──────────────

async function authorization(customerId: number, partnerId: number) {
  const [latest] = await server
    .em()
    .find(
      OrderAuthorization,
      { customer: customerId, partner: partnerId },
      { orderBy: { grantedAt: 'desc', id: 'desc' }, limit: 1 },
    );
  return latest?.status ?? null;
}

const pendingOrders = (customerId: number) =>
  server
    .em()
    .find(
      Order,
      { customer: customerId, status: OrderStatus.PENDING_PAYMENT, pendingPaymentEndTime: { $gt: new Date() } },
      { orderBy: { id: 'asc' } },
    );

const usableCoupons = (customerId: number, kind?: CouponKind) =>
  server
    .em()
    .find(
      Coupon,
      { customer: customerId, status: CouponStatus.USABLE, ...(kind ? { kind } : {}) },
      { orderBy: { id: 'asc' }, populate: ['quota'] },
    );

const dependentsOf = (resourceId: number) =>
  server.em().find(Resource, { parentResource: resourceId }, { orderBy: { id: 'asc' } });

/** IN_USE main resources of a customer that have dependents, oldest first. */
async function mainsWithDependents(customerId: number) {
  const mains = await server
    .em()
    .find(
      Resource,
      { customer: customerId, isMainResource: true, status: ResourceStatus.IN_USE },
      { orderBy: { id: 'asc' } },
    );
  const out: Resource[] = [];
  for (const m of mains) if ((await dependentsOf(m.id)).length > 0) out.push(m);
  return out;
}

/** The line a resource is priced on: its order's first line of its service (else the first line). */
async function sourceLine(resource: Resource) {
  const lines = await server.em().find(OrderLineItem, { order: resource.order!.id }, { orderBy: { id: 'asc' } });
  return lines.find((l) => l.serviceTypeCode === resource.serviceTypeCode) ?? lines[0];
}

let fixtureSeq = 0;
/**
 * A PENDING_PAYMENT order the customer placed itself (orders are created on the platform, not
 * through this API), consistent with the seeds' invariants.
 */
async function placeOrder(
  customerId: number,
  amountAfterDiscount: number,
  options: { discounts?: OrderDiscount[]; deadline?: Date; serviceTypeCode?: string } = {},
) {
  const fork = server.em();
  const customer = await fork.findOneOrFail(SubCustomer, customerId);
  const discounts = options.discounts ?? [];
  const official = amountAfterDiscount + discounts.reduce((s, d) => s + d.amount, 0);
  const serviceTypeCode = options.serviceTypeCode ?? 'hws.service.type.ec2';
  const order = fork.create(Order, {
    partner: customer.partner.id,
    customer: customerId,
    orderId: `CSTEST${String(++fixtureSeq).padStart(8, '0')}`,
    status: OrderStatus.PENDING_PAYMENT,
    orderType: OrderType.NEW,
    sourceType: OrderSource.CUSTOMER,
    serviceTypeCode,
    officialAmount: official,
    amountAfterDiscount: official - discounts.reduce((s, d) => s + d.amount, 0),
    discounts,
    couponAmount: 0,
    cashCouponAmount: 0,
    createTime: new Date(),
    paymentTime: null,
    pendingPaymentEndTime: options.deadline ?? new Date(Date.now() + 30 * DAY),
    version: 1,
  });
  fork.create(OrderLineItem, {
    order,
    productId: 'OFFI-TEST-0001',
    serviceTypeCode,
    productSpecDesc: 'c7.large.2 | 2vCPUs | 4GiB | linux',
    periodType: PeriodType.MONTH,
    periodNum: 1,
    subscriptionNum: 1,
    amount: official,
    effectiveTime: null,
    expireTime: null,
  });
  await fork.flush();
  return order;
}

/** Everything the order mutations can write; refused calls must leave it exactly as it was. */
async function tables() {
  const conn = server.em().getConnection();
  const all = (sql: string) => conn.execute(sql, [], 'all');
  return {
    orders: await all(
      'select id, status, payment_time, amount_after_discount, discounts, coupon_amount, cash_coupon_amount, version from customer_order order by id',
    ),
    lineItems: await countRows(server, 'order_line_item'),
    coupons: await all('select id, status, balance, used_on_order_id, version from coupon order by id'),
    balances: await all('select id, balance from sub_customer order by id'),
    ledger: await countRows(server, 'account_change_record'),
    resources: await all(
      'select id, status, expire_time, expire_policy, auto_renew_times, order_id from resource order by id',
    ),
    audit: await countRows(server, 'audit_log'),
  };
}

/** Gives a RESALE customer of the distributor `fen` through allocateFunds, so its ledger stays exact. */
async function fund(customerId: number, fen: number) {
  const res = await server.execute(
    AllocateFundsDocument,
    { input: { allocations: [{ customerId: gid('SubCustomer', customerId), amount: yuan(fen) }] } },
    await token('dist-admin'),
  );
  expect(res.data!.allocateFunds.failed).toEqual([]);
  expect(res.data!.allocateFunds.succeeded).toHaveLength(1);
}
async function ensureBalance(customerId: number, fen: number) {
  const { balance } = await server.em().findOneOrFail(SubCustomer, customerId);
  if (balance < fen) await fund(customerId, fen - balance);
}

async function expectConsistent() {
  expect(await checkInvariants(server.orm)).toEqual([]);
}

function addMonths(date: Date, n: number): Date {
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

describe('seeded fixtures the tests rely on', () => {
  it('has GRANTED and REVOKED showcase customers with pending orders, usable coupons and in-use main resources with dependents', async () => {
    const yunfan = await customerNamed(server, 'yunfan-tech');
    const tianyi = await customerNamed(server, 'tianyi-logistics');
    const xinghe = await customerNamed(server, 'xinghe-edu');
    expect([
      await authorization(yunfan.id, DIST),
      await authorization(tianyi.id, DIST),
      await authorization(xinghe.id, DIST),
    ]).toEqual([OrderAuthorizationStatus.GRANTED, OrderAuthorizationStatus.GRANTED, OrderAuthorizationStatus.REVOKED]);
    for (const c of [yunfan, tianyi, xinghe]) {
      expect(c.associationType).toBe(AssociationType.RESALE);
      expect((await pendingOrders(c.id)).length).toBeGreaterThanOrEqual(1);
      expect((await usableCoupons(c.id)).length).toBeGreaterThanOrEqual(1);
      expect((await mainsWithDependents(c.id)).length).toBeGreaterThanOrEqual(1);
    }
    expect(tianyi.accountManager?.id).not.toBe(demoMember('dist-am').id);
    await expectConsistent();
  });
});

// ── payOrder ───────────────────────────────────────────────────────────────────────────────────

describe('payOrder', () => {
  it('pays with a voucher first and the customer balance for the rest: order COMPLETED, coupon used on it, ledger row, audit', async () => {
    const customer = await customerNamed(server, 'yunfan-tech');
    const [coupon] = await usableCoupons(customer.id, CouponKind.VOUCHER);
    // A seeded pending order, or one bigger than the voucher so both sources pay.
    const seeded = (await pendingOrders(customer.id)).sort((a, b) => b.amountAfterDiscount - a.amountAfterDiscount)[0];
    const order =
      seeded.amountAfterDiscount > coupon.balance ? seeded : await placeOrder(customer.id, coupon.balance + 12_345);
    expect(order.discounts.length).toBeLessThanOrEqual(1);
    const couponUse = coupon.balance;
    const cash = order.amountAfterDiscount - couponUse;
    await ensureBalance(customer.id, cash + 100);
    const balanceBefore = (await customerNamed(server, 'yunfan-tech')).balance;
    const ledgerBefore = await server.em().count(AccountChangeRecord, {});

    const res = await server.execute(
      OrderMutPayOrderDocument,
      { input: { orderId: gid('Order', order.id), couponIds: [gid('Coupon', coupon.id)] } },
      await token('dist-admin'),
    );
    expect(res.errors).toBeUndefined();
    const payload = res.data!.payOrder;
    expect(payload.userErrors).toEqual([]);
    const stored = await server.em().findOneOrFail(Order, order.id);
    expect(stored.status).toBe(OrderStatus.COMPLETED);
    expect(stored.paymentTime).not.toBeNull();
    expect([stored.couponAmount, stored.cashCouponAmount, stored.amountAfterDiscount, stored.discounts]).toEqual([
      couponUse,
      0,
      order.amountAfterDiscount,
      order.discounts,
    ]);
    expect(payload.order).toMatchObject({
      id: gid('Order', order.id),
      status: 'COMPLETED',
      paymentTime: iso(stored.paymentTime),
      amountInfo: { couponAmount: { amount: yuan(couponUse) }, cashCouponAmount: { amount: '0.00' } },
    });
    expect(payload.cashPaid).toEqual(cny(cash));
    expect(payload.customer!.balance!.amount.amount).toBe(yuan(balanceBefore - cash));
    const usedCoupon = await server.em().findOneOrFail(Coupon, coupon.id);
    expect([usedCoupon.balance, usedCoupon.status, usedCoupon.usedOnOrder?.id]).toEqual([
      0,
      CouponStatus.USED,
      order.id,
    ]);
    expect(payload.coupons).toEqual([
      {
        id: gid('Coupon', coupon.id),
        status: 'USED',
        balance: { amount: '0.00' },
        usedOnOrder: { id: gid('Order', order.id) },
      },
    ]);
    expect((await customerNamed(server, 'yunfan-tech')).balance).toBe(balanceBefore - cash);
    const ledger = await server.em().find(AccountChangeRecord, { tradeId: order.orderId });
    expect(ledger.map((l) => [l.ownerType, l.tradeType, l.amount, l.balanceAfter, l.customer?.id])).toEqual([
      ['CUSTOMER', 'ORDER_PAYMENT', -cash, balanceBefore - cash, customer.id],
    ]);
    expect(await server.em().count(AccountChangeRecord, {})).toBe(ledgerBefore + 1);
    const audit = await lastAudit(server, 'payOrder');
    expect(audit).toMatchObject({
      partnerId: DIST,
      memberId: demoMember('dist-admin').id,
      target: gid('Order', order.id),
      requestId: res.headers.get('x-request-id'),
    });
    expect(audit.after).toMatchObject({
      status: 'COMPLETED',
      cashPaid: yuan(cash),
      balance: yuan(balanceBefore - cash),
    });
    await expectConsistent();

    // Paid once: paying again, or with the now used coupon, is refused and changes nothing.
    const before = await tables();
    const again = await server.execute(
      OrderMutPayOrderDocument,
      { input: { orderId: gid('Order', order.id) } },
      await token('dist-admin'),
    );
    expect(pick(again.data!.payOrder.userErrors)).toEqual([{ code: 'ORDER_NOT_PENDING', field: 'input.orderId' }]);
    const other = await placeOrder(customer.id, 1_000);
    const snapshot = await tables();
    const usedUp = await server.execute(
      OrderMutPayOrderDocument,
      { input: { orderId: gid('Order', other.id), couponIds: [gid('Coupon', coupon.id)] } },
      await token('dist-admin'),
    );
    expect(pick(usedUp.data!.payOrder.userErrors)).toEqual([
      { code: 'COUPON_NOT_USABLE', field: 'input.couponIds[0]' },
    ]);
    expect(await tables()).toEqual(snapshot);
    expect(before.balances).toEqual(snapshot.balances);
  });

  it('a voucher larger than the order pays it alone and stays USABLE with the rest; a cash coupon counts as cashCouponAmount', async () => {
    const customer = await customerNamed(server, 'tianyi-logistics');
    const [voucher] = await usableCoupons(customer.id, CouponKind.VOUCHER);
    expect(voucher.balance).toBeGreaterThan(100);
    const order = await placeOrder(customer.id, voucher.balance - 100);
    const balanceBefore = customer.balance;
    const res = await server.execute(
      OrderMutPayOrderDocument,
      { input: { orderId: gid('Order', order.id), couponIds: [gid('Coupon', voucher.id)] } },
      await token('dist-admin'),
    );
    expect(res.data!.payOrder.userErrors).toEqual([]);
    expect(res.data!.payOrder.cashPaid!.amount).toBe('0.00');
    expect(res.data!.payOrder.coupons).toEqual([
      {
        id: gid('Coupon', voucher.id),
        status: 'USABLE',
        balance: { amount: '1.00' },
        usedOnOrder: { id: gid('Order', order.id) },
      },
    ]);
    expect((await customerNamed(server, 'tianyi-logistics')).balance).toBe(balanceBefore);
    expect(await server.em().count(AccountChangeRecord, { tradeId: order.orderId })).toBe(0);

    // A cash coupon anywhere in the demo data, on an order of a service its quota allows.
    const cashCoupons = await server.em().find(
      Coupon,
      {
        partner: DIST,
        kind: CouponKind.CASH,
        status: CouponStatus.USABLE,
        customer: { associationType: AssociationType.RESALE },
      },
      { populate: ['quota'], orderBy: { id: 'asc' } },
    );
    let target: Coupon | undefined;
    for (const c of cashCoupons)
      if (
        (await authorization(c.customer.id, DIST)) === OrderAuthorizationStatus.GRANTED &&
        c.effectiveTime <= new Date() &&
        c.expireTime > new Date()
      )
        target = target ?? c;
    expect(target).toBeDefined();
    if (!target) return;
    const service = target.quota.getEntity().cloudServiceTypes[0] ?? 'hws.service.type.ec2';
    const cashOrder = await placeOrder(target.customer.id, target.balance + 500, { serviceTypeCode: service });
    await ensureBalance(target.customer.id, 500);
    const paid = await server.execute(
      OrderMutPayOrderDocument,
      { input: { orderId: gid('Order', cashOrder.id), couponIds: [gid('Coupon', target.id)] } },
      await token('dist-admin'),
    );
    expect(paid.data!.payOrder.userErrors).toEqual([]);
    expect(paid.data!.payOrder.order!.amountInfo).toMatchObject({
      couponAmount: { amount: '0.00' },
      cashCouponAmount: { amount: yuan(target.balance) },
    });
    expect(paid.data!.payOrder.cashPaid!.amount).toBe('5.00');
    await expectConsistent();
  });

  it('applies at most one discount: an order listing two needs a choice, and the chosen one sets amountAfterDiscount', async () => {
    const customer = await customerNamed(server, 'tianyi-logistics');
    const order = await placeOrder(customer.id, 10_000, {
      discounts: [
        { type: 'PROMOTION', amount: 1_000 },
        { type: 'PARTNER_DISCOUNT', amount: 2_500 },
      ],
    });
    await ensureBalance(customer.id, 20_000);
    const admin = await token('dist-admin');
    const before = await tables();
    const unchosen = await server.execute(
      OrderMutPayOrderDocument,
      { input: { orderId: gid('Order', order.id) } },
      admin,
    );
    expect(pick(unchosen.data!.payOrder.userErrors)).toEqual([
      { code: 'TOO_MANY_DISCOUNTS', field: 'input.discountTypes' },
    ]);
    const two = await server.execute(
      OrderMutPayOrderDocument,
      { input: { orderId: gid('Order', order.id), discountTypes: ['PROMOTION', 'PARTNER_DISCOUNT'] } },
      admin,
    );
    expect(pick(two.data!.payOrder.userErrors)).toEqual([{ code: 'TOO_MANY_DISCOUNTS', field: 'input.discountTypes' }]);
    const unknown = await server.execute(
      OrderMutPayOrderDocument,
      { input: { orderId: gid('Order', order.id), discountTypes: ['NO_SUCH_DISCOUNT'] } },
      admin,
    );
    expect(pick(unknown.data!.payOrder.userErrors)).toEqual([
      { code: 'DISCOUNT_NOT_APPLICABLE', field: 'input.discountTypes[0]' },
    ]);
    expect(await tables()).toEqual(before);

    const chosen = await server.execute(
      OrderMutPayOrderDocument,
      { input: { orderId: gid('Order', order.id), discountTypes: ['PARTNER_DISCOUNT'] } },
      admin,
    );
    expect(chosen.data!.payOrder.userErrors).toEqual([]);
    // Official 135.00 − the chosen 25.00.
    expect(chosen.data!.payOrder.order).toMatchObject({
      officialAmount: { amount: '135.00' },
      amountAfterDiscount: { amount: '110.00' },
      amountInfo: { discounts: [{ type: 'PARTNER_DISCOUNT', amount: { amount: '25.00' } }] },
    });
    expect(chosen.data!.payOrder.cashPaid!.amount).toBe('110.00');
    await expectConsistent();
  });

  it("is refused without order:manage (FORBIDDEN), for a customer that revoked authorization, and for other partners' or unassigned customers' orders; nothing changes", async () => {
    const yunfan = await customerNamed(server, 'yunfan-tech');
    const xinghe = await customerNamed(server, 'xinghe-edu');
    const tianyi = await customerNamed(server, 'tianyi-logistics');
    const woodgrove = await customerNamed(server, 'woodgrove-finance');
    const yunfanOrder = await placeOrder(yunfan.id, 1_000);
    const [xingheOrder] = await pendingOrders(xinghe.id);
    const tianyiOrder = await placeOrder(tianyi.id, 1_000);
    const [foreignOrder] = await pendingOrders(woodgrove.id);
    const before = await tables();

    const forbidden = await server.execute(
      OrderMutPayOrderDocument,
      { input: { orderId: gid('Order', yunfanOrder.id) } },
      await token('dist-ops'),
    );
    expect(errorCodes(forbidden)).toEqual(['FORBIDDEN']);
    expect(forbidden.data).toBeNull();

    const cases: [string, number, string][] = [
      ['dist-admin', xingheOrder.id, 'ORDER_AUTHORIZATION_REQUIRED'],
      ['other-dist-admin', yunfanOrder.id, 'ORDER_NOT_FOUND'],
      ['dist-admin', foreignOrder.id, 'ORDER_NOT_FOUND'],
      ['dist-am', tianyiOrder.id, 'ORDER_NOT_FOUND'],
      ['dist-admin', 987654321, 'ORDER_NOT_FOUND'],
    ];
    for (const [login, orderId, code] of cases) {
      const res = await server.execute(
        OrderMutPayOrderDocument,
        { input: { orderId: gid('Order', orderId) } },
        await token(login),
      );
      expect(res.errors, `${login} ${orderId}`).toBeUndefined();
      expect(pick(res.data!.payOrder.userErrors), `${login} ${orderId}`).toEqual([{ code, field: 'input.orderId' }]);
      expect(res.data!.payOrder.order).toBeNull();
    }
    // Money moves of a RESTRICTED or FROZEN partner are refused before anything is looked up.
    for (const [login, code] of [
      ['restricted-reseller-admin', 'PARTNER_RESTRICTED'],
      ['frozen-reseller-admin', 'PARTNER_FROZEN'],
    ] as const) {
      const res = await server.execute(
        OrderMutPayOrderDocument,
        { input: { orderId: gid('Order', yunfanOrder.id) } },
        await token(login),
      );
      expect(pick(res.data!.payOrder.userErrors), login).toEqual([{ code, field: null }]);
    }
    // A foreign order answers exactly like one that does not exist.
    const foreign = await server.execute(
      OrderMutPayOrderDocument,
      { input: { orderId: gid('Order', foreignOrder.id) } },
      await token('dist-admin'),
    );
    const unknown = await server.execute(
      OrderMutPayOrderDocument,
      { input: { orderId: gid('Order', 987654321) } },
      await token('dist-admin'),
    );
    expect(foreign.data).toEqual(unknown.data);
    expect(await tables()).toEqual(before);
  });

  it('refuses orders not pending or past their deadline, too many coupons, coupons that do not fit, and ADVISORY customers; nothing changes', async () => {
    const tianyi = await customerNamed(server, 'tianyi-logistics');
    const yunfan = await customerNamed(server, 'yunfan-tech');
    const admin = await token('dist-admin');
    const pending = await placeOrder(tianyi.id, 50_000);
    const expired = await placeOrder(tianyi.id, 1_000, { deadline: new Date(Date.now() - DAY) });
    const completed = await server
      .em()
      .findOneOrFail(Order, { customer: tianyi.id, status: OrderStatus.COMPLETED }, { orderBy: { id: 'asc' } });
    const [voucher] = await usableCoupons(tianyi.id, CouponKind.VOUCHER);
    const yunfanCoupon =
      (await usableCoupons(yunfan.id))[0] ?? (await server.em().findOneOrFail(Coupon, { customer: yunfan.id }));
    const advisory = await server
      .em()
      .find(SubCustomer, { partner: DIST, associationType: AssociationType.ADVISORY }, { orderBy: { id: 'asc' } });
    let advisoryOrder: Order | undefined;
    for (const c of advisory) {
      if (advisoryOrder || (await authorization(c.id, DIST)) !== OrderAuthorizationStatus.GRANTED) continue;
      advisoryOrder = await placeOrder(c.id, 1_000);
    }
    expect(advisoryOrder).toBeDefined();
    // Limit the voucher's quota to another service than the order's (restored below).
    const quotaId = voucher.quota.id;
    const conn = server.em().getConnection();
    const [quotaRow] = await conn.execute(
      'select cloud_service_types from coupon_quota where id = ?',
      [quotaId],
      'all',
    );
    await conn.execute('update coupon_quota set cloud_service_types = ? where id = ?', [
      JSON.stringify(['hws.service.type.obs']),
      quotaId,
    ]);
    const before = await tables();

    const o = (id: number) => gid('Order', id);
    const c = (id: number) => gid('Coupon', id);
    const cases: [Record<string, unknown>, { code: string; field: string }[]][] = [
      [{ orderId: o(completed.id) }, [{ code: 'ORDER_NOT_PENDING', field: 'input.orderId' }]],
      [{ orderId: o(expired.id) }, [{ code: 'ORDER_PAYMENT_EXPIRED', field: 'input.orderId' }]],
      [
        { orderId: o(pending.id), couponIds: [c(1), c(2), c(3), c(4)] },
        [{ code: 'TOO_MANY_COUPONS', field: 'input.couponIds' }],
      ],
      [
        { orderId: o(pending.id), couponIds: [c(yunfanCoupon.id)] },
        [{ code: 'COUPON_NOT_USABLE', field: 'input.couponIds[0]' }],
      ],
      [
        { orderId: o(pending.id), couponIds: [c(voucher.id)] },
        [{ code: 'COUPON_NOT_USABLE', field: 'input.couponIds[0]' }],
      ],
      [
        { orderId: o(pending.id), couponIds: [c(voucher.id), c(voucher.id)] },
        [{ code: 'DUPLICATE_COUPON', field: 'input.couponIds[1]' }],
      ],
      [{ orderId: o(pending.id), couponIds: [o(pending.id)] }, [{ code: 'INVALID_ID', field: 'input.couponIds[0]' }]],
      [{ orderId: o(advisoryOrder!.id) }, [{ code: 'NOT_RESALE_CUSTOMER', field: 'input.orderId' }]],
    ];
    for (const [input, expected] of cases) {
      const res = await server.execute(OrderMutPayOrderDocument, { input: input as never }, admin);
      expect(res.errors, JSON.stringify(input)).toBeUndefined();
      expect(pick(res.data!.payOrder.userErrors), JSON.stringify(input)).toEqual(expected);
    }
    expect(await tables()).toEqual(before);
    await conn.execute('update coupon_quota set cloud_service_types = ? where id = ?', [
      typeof quotaRow.cloud_service_types === 'string'
        ? quotaRow.cloud_service_types
        : JSON.stringify(quotaRow.cloud_service_types),
      quotaId,
    ]);
  });

  it('with insufficient funds answers INSUFFICIENT_FUNDS and changes nothing, coupons included', async () => {
    const customer = await customerNamed(server, 'tianyi-logistics');
    const [coupon] = await usableCoupons(customer.id, CouponKind.VOUCHER);
    const order = await placeOrder(customer.id, customer.balance + coupon.balance + 1);
    const before = await tables();
    const res = await server.execute(
      OrderMutPayOrderDocument,
      { input: { orderId: gid('Order', order.id), couponIds: [gid('Coupon', coupon.id)] } },
      await token('dist-admin'),
    );
    expect(res.errors).toBeUndefined();
    const payload = res.data!.payOrder;
    expect(pick(payload.userErrors)).toEqual([{ code: 'INSUFFICIENT_FUNDS', field: 'input.orderId' }]);
    expect(payload.userErrors[0].message).toContain(yuan(customer.balance));
    expect([payload.order, payload.customer, payload.coupons, payload.cashPaid]).toEqual([null, null, [], null]);
    expect(await tables()).toEqual(before);
    await expectConsistent();
  });

  it('20 concurrent payments of one order: exactly one pays, the others answer ORDER_NOT_PENDING', async () => {
    const customer = await customerNamed(server, 'tianyi-logistics');
    const order = await placeOrder(customer.id, 23_456);
    await ensureBalance(customer.id, 23_456);
    const balanceBefore = (await customerNamed(server, 'tianyi-logistics')).balance;
    const admin = await token('dist-admin');
    const answers = await Promise.all(
      Array.from({ length: 20 }, () =>
        server.execute(OrderMutPayOrderDocument, { input: { orderId: gid('Order', order.id) } }, admin),
      ),
    );
    expect(answers.map((a) => a.errors)).toEqual(Array(20).fill(undefined));
    const paid = answers.filter((a) => a.data!.payOrder.userErrors.length === 0);
    expect(paid).toHaveLength(1);
    expect(answers.flatMap((a) => userErrorCodes(a.data!.payOrder.userErrors))).toEqual(
      Array(19).fill('ORDER_NOT_PENDING'),
    );
    expect((await customerNamed(server, 'tianyi-logistics')).balance).toBe(balanceBefore - 23_456);
    expect(await server.em().count(AccountChangeRecord, { tradeId: order.orderId })).toBe(1);
    expect(await server.em().count(AuditLog, { action: 'payOrder', target: gid('Order', order.id) })).toBe(1);
    await expectConsistent();
  });

  it('concurrent payments of several orders never overdraw the balance nor spend a coupon twice', async () => {
    const customer = await customerNamed(server, 'yunfan-tech');
    const admin = await token('dist-admin');
    // Exactly enough balance for 4 of 10 orders of 10.00 each.
    const orders = [];
    for (let i = 0; i < 10; i++) orders.push(await placeOrder(customer.id, 1_000));
    await ensureBalance(customer.id, 1);
    const { balance } = await customerNamed(server, 'yunfan-tech');
    const excess = balance - 4_000;
    if (excess > 0) {
      const sink = await placeOrder(customer.id, excess);
      expect(
        (await server.execute(OrderMutPayOrderDocument, { input: { orderId: gid('Order', sink.id) } }, admin)).data!
          .payOrder.userErrors,
      ).toEqual([]);
    } else await fund(customer.id, -excess);
    expect((await customerNamed(server, 'yunfan-tech')).balance).toBe(4_000);
    const answers = await Promise.all(
      orders.map((o) => server.execute(OrderMutPayOrderDocument, { input: { orderId: gid('Order', o.id) } }, admin)),
    );
    expect(answers.map((a) => userErrorCodes(a.data!.payOrder.userErrors)[0] ?? 'PAID').sort()).toEqual([
      ...Array(6).fill('INSUFFICIENT_FUNDS'),
      ...Array(4).fill('PAID'),
    ]);
    expect((await customerNamed(server, 'yunfan-tech')).balance).toBe(0);

    // One coupon offered to 5 orders at once: it pays one of them (its whole balance), the others are refused.
    const tianyi = await customerNamed(server, 'tianyi-logistics');
    const coupon = (await usableCoupons(tianyi.id, CouponKind.VOUCHER)).find((c) => c.balance > 0)!;
    const couponOrders = [];
    for (let i = 0; i < 5; i++) couponOrders.push(await placeOrder(tianyi.id, coupon.balance + 100));
    await ensureBalance(tianyi.id, 500);
    const withCoupon = await Promise.all(
      couponOrders.map((o) =>
        server.execute(
          OrderMutPayOrderDocument,
          { input: { orderId: gid('Order', o.id), couponIds: [gid('Coupon', coupon.id)] } },
          admin,
        ),
      ),
    );
    expect(withCoupon.map((a) => userErrorCodes(a.data!.payOrder.userErrors)[0] ?? 'PAID').sort()).toEqual([
      ...Array(4).fill('COUPON_NOT_USABLE'),
      'PAID',
    ]);
    const spent = await server.em().findOneOrFail(Coupon, coupon.id);
    expect([spent.balance, spent.status]).toEqual([0, CouponStatus.USED]);
    expect(couponOrders.map((o) => o.id)).toContain(spent.usedOnOrder!.id);
    await expectConsistent();
  });

  it('with an idempotency key, a retry replays the first answer and the key cannot be reused for another order', async () => {
    const customer = await customerNamed(server, 'yunfan-tech');
    const order = await placeOrder(customer.id, 4_321);
    await ensureBalance(customer.id, 4_321);
    const admin = await token('dist-admin');
    const input = { orderId: gid('Order', order.id), idempotencyKey: 'pay-once-1' };
    const first = await server.execute(OrderMutPayOrderDocument, { input }, admin);
    expect(first.data!.payOrder.userErrors).toEqual([]);
    const balanceAfter = (await customerNamed(server, 'yunfan-tech')).balance;
    const retry = await server.execute(OrderMutPayOrderDocument, { input }, admin);
    expect(retry.data!.payOrder.userErrors).toEqual([]);
    expect(retry.data!.payOrder.cashPaid).toEqual({ amount: '43.21', currency: 'CNY' });
    expect(retry.data!.payOrder.order!.id).toBe(gid('Order', order.id));
    expect((await customerNamed(server, 'yunfan-tech')).balance).toBe(balanceAfter);
    expect(await server.em().count(AccountChangeRecord, { tradeId: order.orderId })).toBe(1);
    const reused = await server.execute(
      OrderMutPayOrderDocument,
      { input: { ...input, orderId: gid('Order', 987654321) } },
      admin,
    );
    expect(userErrorCodes(reused.data!.payOrder.userErrors)).toEqual(['IDEMPOTENCY_KEY_REUSED']);
    await expectConsistent();
  });
});

// ── cancelOrder ────────────────────────────────────────────────────────────────────────────────

describe('cancelOrder', () => {
  it('cancels a PENDING_PAYMENT order and audits it; cancelling again, or a completed order, is ORDER_NOT_PENDING', async () => {
    const customer = await customerNamed(server, 'tianyi-logistics');
    const [order] = await pendingOrders(customer.id);
    const res = await server.execute(
      OrderMutCancelOrderDocument,
      { input: { orderId: gid('Order', order.id) } },
      await token('dist-admin'),
    );
    expect(res.errors).toBeUndefined();
    expect(res.data!.cancelOrder.userErrors).toEqual([]);
    expect(res.data!.cancelOrder.order).toMatchObject({
      id: gid('Order', order.id),
      status: 'CANCELLED',
      paymentTime: null,
    });
    expect((await server.em().findOneOrFail(Order, order.id)).status).toBe(OrderStatus.CANCELLED);
    const audit = await lastAudit(server, 'cancelOrder');
    expect(audit).toMatchObject({
      partnerId: DIST,
      memberId: demoMember('dist-admin').id,
      target: gid('Order', order.id),
      before: { status: 'PENDING_PAYMENT' },
      after: { status: 'CANCELLED' },
    });
    await expectConsistent();

    const before = await tables();
    const again = await server.execute(
      OrderMutCancelOrderDocument,
      { input: { orderId: gid('Order', order.id) } },
      await token('dist-admin'),
    );
    expect(pick(again.data!.cancelOrder.userErrors)).toEqual([{ code: 'ORDER_NOT_PENDING', field: 'input.orderId' }]);
    const completed = await server
      .em()
      .findOneOrFail(Order, { customer: customer.id, status: OrderStatus.COMPLETED }, { orderBy: { id: 'asc' } });
    const done = await server.execute(
      OrderMutCancelOrderDocument,
      { input: { orderId: gid('Order', completed.id) } },
      await token('dist-admin'),
    );
    expect(pick(done.data!.cancelOrder.userErrors)).toEqual([{ code: 'ORDER_NOT_PENDING', field: 'input.orderId' }]);
    expect(await tables()).toEqual(before);
  });

  it('is FORBIDDEN without order:manage, ORDER_AUTHORIZATION_REQUIRED after a revocation, ORDER_NOT_FOUND for another partner; nothing changes', async () => {
    const [xingheOrder] = await pendingOrders((await customerNamed(server, 'xinghe-edu')).id);
    const yunfanOrder = await placeOrder((await customerNamed(server, 'yunfan-tech')).id, 1_000);
    const before = await tables();
    const forbidden = await server.execute(
      OrderMutCancelOrderDocument,
      { input: { orderId: gid('Order', yunfanOrder.id) } },
      await token('dist-ops'),
    );
    expect(errorCodes(forbidden)).toEqual(['FORBIDDEN']);
    const revoked = await server.execute(
      OrderMutCancelOrderDocument,
      { input: { orderId: gid('Order', xingheOrder.id) } },
      await token('dist-admin'),
    );
    expect(pick(revoked.data!.cancelOrder.userErrors)).toEqual([
      { code: 'ORDER_AUTHORIZATION_REQUIRED', field: 'input.orderId' },
    ]);
    const foreign = await server.execute(
      OrderMutCancelOrderDocument,
      { input: { orderId: gid('Order', yunfanOrder.id) } },
      await token('other-dist-admin'),
    );
    expect(pick(foreign.data!.cancelOrder.userErrors)).toEqual([{ code: 'ORDER_NOT_FOUND', field: 'input.orderId' }]);
    const notAnOrder = await server.execute(
      OrderMutCancelOrderDocument,
      { input: { orderId: gid('Resource', 1) } },
      await token('dist-admin'),
    );
    expect(pick(notAnOrder.data!.cancelOrder.userErrors)).toEqual([
      { code: 'ORDER_NOT_FOUND', field: 'input.orderId' },
    ]);
    expect(await tables()).toEqual(before);

    // An account manager acts on the orders of the customers assigned to it.
    const mine = await server.execute(
      OrderMutCancelOrderDocument,
      { input: { orderId: gid('Order', yunfanOrder.id) } },
      await token('dist-am'),
    );
    expect(mine.data!.cancelOrder.userErrors).toEqual([]);
    expect(mine.data!.cancelOrder.order!.status).toBe('CANCELLED');
    expect(await lastAudit(server, 'cancelOrder')).toMatchObject({
      memberId: demoMember('dist-am').id,
      target: gid('Order', yunfanOrder.id),
    });
  });
});

// ── renewResources ─────────────────────────────────────────────────────────────────────────────

/**
 * A renewal's price from the catalogue: each resource (main, then its dependents not closed) at its
 * entry × periods (list); what is charged is what quoteRenewal answers with the same autoPay.
 */
async function expectedRenewal(main: Resource, periodType: 'MONTH' | 'YEAR', periodNum: number, autoPay = false) {
  const all = [main, ...(await dependentsOf(main.id)).filter((d) => d.status !== ResourceStatus.CLOSED)];
  let list = 0;
  for (const r of all) {
    const entry = await server.em().findOneOrFail(PriceCatalogueEntry, {
      productCode: r.productCode!,
      regionCode: r.regionCode,
      periodType: PeriodType[periodType],
    });
    list += entry.listPriceFen * periodNum;
  }
  const spec = (
    await server
      .em()
      .findOneOrFail(PriceCatalogueEntry, { productCode: main.productCode!, regionCode: main.regionCode })
  ).productSpecDesc;
  const quote = await server.execute(
    QuoteRenewalDocument,
    { input: { resourceIds: [gid('Resource', main.id)], periodType, periodCount: periodNum, autoPay } },
    await token('dist-admin'),
  );
  const q = quote.data!.quoteRenewal;
  expect([q.userErrors, q.failed]).toEqual([[], []]);
  expect(q.listTotal!.amount).toBe(yuan(list));
  const charged = Math.round(Number(q.total!.amount) * 100);
  return { list, charged, spec: all.length > 1 ? `${spec} + ${all.length - 1} 挂载资源` : spec };
}

describe('renewResources', () => {
  it('creates a pending RENEWAL order priced from the catalogue as quoted; the resource then is in an unpaid order until payOrder extends it', async () => {
    const customer = await customerNamed(server, 'yunfan-tech');
    const [main] = await mainsWithDependents(customer.id);
    const { list, charged: amount, spec } = await expectedRenewal(main, 'MONTH', 2);
    const admin = await token('dist-admin');
    const res = await server.execute(
      OrderMutRenewResourcesDocument,
      { input: { resourceIds: [gid('Resource', main.id)], periodType: 'MONTH', periodNum: 2 } },
      admin,
    );
    expect(res.errors).toBeUndefined();
    const payload = res.data!.renewResources;
    expect([payload.userErrors, payload.failed]).toEqual([[], []]);
    expect(payload.orders).toHaveLength(1);
    const order = await server.em().findOneOrFail(Order, { orderId: payload.orders[0].orderId });
    expect(order).toMatchObject({
      orderType: OrderType.RENEWAL,
      status: OrderStatus.PENDING_PAYMENT,
      sourceType: OrderSource.PARTNER,
      officialAmount: list,
      amountAfterDiscount: amount,
      paymentTime: null,
    });
    expect(order.pendingPaymentEndTime!.getTime() - order.createTime.getTime()).toBe(7 * DAY);
    const newExpire = addMonths(main.expireTime, 2);
    expect(payload.orders[0].lineItems).toEqual([
      {
        productId: main.productCode,
        serviceTypeCode: main.serviceTypeCode,
        productSpecDesc: `${spec} [resource ${main.resourceId}]`,
        periodType: 'MONTH',
        periodNum: 2,
        subscriptionNum: 1,
        effectiveTime: iso(main.expireTime),
        expireTime: iso(newExpire),
        amount: { amount: yuan(list) },
      },
    ]);
    expect(payload.succeeded).toEqual([
      expect.objectContaining({
        index: 0,
        order: { id: gid('Order', order.id) },
        amount: { amount: yuan(amount) },
        resource: expect.objectContaining({ id: gid('Resource', main.id), expireTime: iso(main.expireTime) }),
      }),
    ]);
    expect((await server.em().findOneOrFail(Resource, main.id)).expireTime).toEqual(main.expireTime);
    expect(await lastAudit(server, 'renewResources')).toMatchObject({
      partnerId: DIST,
      memberId: demoMember('dist-admin').id,
      target: gid('Order', order.id),
    });
    await expectConsistent();

    // On an unpaid order now: a second renewal and an unsubscription are refused.
    const before = await tables();
    const twice = await server.execute(
      OrderMutRenewResourcesDocument,
      { input: { resourceIds: [gid('Resource', main.id)], periodType: 'YEAR', periodNum: 1 } },
      admin,
    );
    expect(pick(twice.data!.renewResources.failed)).toEqual([
      { code: 'RESOURCE_IN_UNPAID_ORDER', field: 'input.resourceIds[0]' },
    ]);
    expect(twice.data!.renewResources.orders).toEqual([]);
    const unsubscribe = await server.execute(
      OrderMutUnsubscribeResourcesDocument,
      { input: { resourceIds: [gid('Resource', main.id)] } },
      admin,
    );
    expect(pick(unsubscribe.data!.unsubscribeResources.failed)).toEqual([
      { code: 'RESOURCE_IN_UNPAID_ORDER', field: 'input.resourceIds[0]' },
    ]);
    expect(await tables()).toEqual(before);

    // Paying the renewal extends the main resource and its dependents, and it now points at the renewal.
    await ensureBalance(customer.id, amount);
    const pay = await server.execute(OrderMutPayOrderDocument, { input: { orderId: gid('Order', order.id) } }, admin);
    expect(pay.data!.payOrder.userErrors).toEqual([]);
    const renewed = await server.em().findOneOrFail(Resource, main.id);
    expect([renewed.expireTime, renewed.order?.id]).toEqual([newExpire, order.id]);
    for (const d of await dependentsOf(main.id))
      if (d.status !== ResourceStatus.CLOSED) expect(d.expireTime).toEqual(newExpire);
    await expectConsistent();

    // Priced from the catalogue again: the same monthly price; cancelling frees the resource again.
    const { charged: monthly } = await expectedRenewal(main, 'MONTH', 1);
    const third = await server.execute(
      OrderMutRenewResourcesDocument,
      { input: { resourceIds: [gid('Resource', main.id)], periodType: 'MONTH', periodNum: 1 } },
      admin,
    );
    expect(third.data!.renewResources.succeeded[0].amount.amount).toBe(yuan(monthly));
    const cancel = await server.execute(
      OrderMutCancelOrderDocument,
      { input: { orderId: third.data!.renewResources.orders[0].id } },
      admin,
    );
    expect(cancel.data!.cancelOrder.userErrors).toEqual([]);
    const fourth = await server.execute(
      OrderMutRenewResourcesDocument,
      { input: { resourceIds: [gid('Resource', main.id)], periodType: 'MONTH', periodNum: 1 } },
      admin,
    );
    expect(fourth.data!.renewResources.failed).toEqual([]);
    await server.execute(
      OrderMutCancelOrderDocument,
      { input: { orderId: fourth.data!.renewResources.orders[0].id } },
      admin,
    );
    await expectConsistent();
  });

  it('with autoPay pays at once and extends; with a balance too small it creates nothing and reports INSUFFICIENT_FUNDS', async () => {
    const customer = await customerNamed(server, 'tianyi-logistics');
    const [main] = await mainsWithDependents(customer.id);
    // Per month: this resource's EIP abroad has no yearly price (RENEWAL_NOT_IN_CATALOGUE, tested with the quotes).
    const { list, charged: amount } = await expectedRenewal(main, 'MONTH', 6, true);
    expect(amount).toBeGreaterThan(0);
    const admin = await token('dist-admin');
    const input = {
      resourceIds: [gid('Resource', main.id)],
      periodType: 'MONTH' as const,
      periodNum: 6,
      autoPay: true,
    };

    // Too poor: an order costing more than the balance (a fixture order makes sure of it).
    const { balance } = await customerNamed(server, 'tianyi-logistics');
    if (balance >= amount) {
      // Spend the balance down to below the renewal on an order of the customer's own.
      const sink = await placeOrder(customer.id, balance - amount + 1);
      const spent = await server.execute(
        OrderMutPayOrderDocument,
        { input: { orderId: gid('Order', sink.id) } },
        admin,
      );
      expect(spent.data!.payOrder.userErrors).toEqual([]);
    }
    const before = await tables();
    const poor = await server.execute(OrderMutRenewResourcesDocument, { input }, admin);
    expect(pick(poor.data!.renewResources.failed)).toEqual([
      { code: 'INSUFFICIENT_FUNDS', field: 'input.resourceIds[0]' },
    ]);
    expect([poor.data!.renewResources.succeeded, poor.data!.renewResources.orders]).toEqual([[], []]);
    expect(await tables()).toEqual(before);

    await ensureBalance(customer.id, amount);
    const funded = (await customerNamed(server, 'tianyi-logistics')).balance;
    const res = await server.execute(OrderMutRenewResourcesDocument, { input }, admin);
    expect(res.errors).toBeUndefined();
    const payload = res.data!.renewResources;
    expect([payload.userErrors, payload.failed]).toEqual([[], []]);
    const newExpire = addMonths(main.expireTime, 6);
    expect(payload.orders[0]).toMatchObject({
      status: 'COMPLETED',
      orderType: 'RENEWAL',
      officialAmount: { amount: yuan(list) },
    });
    expect(payload.succeeded[0].resource).toMatchObject({
      expireTime: iso(newExpire),
      order: { id: payload.orders[0].id },
    });
    expect(
      payload.succeeded[0].resource.dependents
        .filter((d) => d.status !== 'CLOSED')
        .every((d) => d.expireTime === iso(newExpire)),
    ).toBe(true);
    expect((await customerNamed(server, 'tianyi-logistics')).balance).toBe(funded - amount);
    const ledger = await server.em().find(AccountChangeRecord, { tradeId: payload.orders[0].orderId });
    expect(ledger.map((l) => [l.tradeType, l.amount])).toEqual([['ORDER_PAYMENT', -amount]]);
    await expectConsistent();
  });

  it("is FORBIDDEN without order:manage and refuses revoked, foreign and unassigned customers' resources; nothing changes", async () => {
    const [yunfanMain] = await mainsWithDependents((await customerNamed(server, 'yunfan-tech')).id);
    const [xingheMain] = await mainsWithDependents((await customerNamed(server, 'xinghe-edu')).id);
    const [tianyiMain] = await mainsWithDependents((await customerNamed(server, 'tianyi-logistics')).id);
    const [foreignMain] = await server
      .em()
      .find(
        Resource,
        { partner: demoPartner('other-dist').id, isMainResource: true, status: ResourceStatus.IN_USE },
        { limit: 1 },
      );
    const before = await tables();
    const input = (ids: number[]) => ({
      resourceIds: ids.map((id) => gid('Resource', id)),
      periodType: 'MONTH' as const,
      periodNum: 1,
    });

    const forbidden = await server.execute(
      OrderMutRenewResourcesDocument,
      { input: input([yunfanMain.id]) },
      await token('dist-ops'),
    );
    expect(errorCodes(forbidden)).toEqual(['FORBIDDEN']);
    const mixed = await server.execute(
      OrderMutRenewResourcesDocument,
      { input: input([xingheMain.id, foreignMain.id, 987654321]) },
      await token('dist-admin'),
    );
    expect(pick(mixed.data!.renewResources.failed)).toEqual([
      { code: 'ORDER_AUTHORIZATION_REQUIRED', field: 'input.resourceIds[0]' },
      { code: 'RESOURCE_NOT_FOUND', field: 'input.resourceIds[1]' },
      { code: 'RESOURCE_NOT_FOUND', field: 'input.resourceIds[2]' },
    ]);
    const other = await server.execute(
      OrderMutRenewResourcesDocument,
      { input: input([yunfanMain.id]) },
      await token('other-dist-admin'),
    );
    expect(pick(other.data!.renewResources.failed)).toEqual([
      { code: 'RESOURCE_NOT_FOUND', field: 'input.resourceIds[0]' },
    ]);
    const am = await server.execute(
      OrderMutRenewResourcesDocument,
      { input: input([tianyiMain.id]) },
      await token('dist-am'),
    );
    expect(pick(am.data!.renewResources.failed)).toEqual([
      { code: 'RESOURCE_NOT_FOUND', field: 'input.resourceIds[0]' },
    ]);
    expect(await tables()).toEqual(before);
  });

  it('refuses 0 or 11 resources, periods out of range, dependents, duplicates and resources not in use; valid ones go ahead beside them', async () => {
    const yunfan = await customerNamed(server, 'yunfan-tech');
    const [main] = await mainsWithDependents(yunfan.id);
    const dependent = (await dependentsOf(main.id))[0];
    const notInUse = await server
      .em()
      .find(
        Resource,
        { partner: DIST, isMainResource: true, status: { $ne: ResourceStatus.IN_USE } },
        { orderBy: { id: 'asc' } },
      );
    let closed: Resource | undefined;
    for (const r of notInUse)
      if (!closed && (await authorization(r.customer.id, DIST)) === OrderAuthorizationStatus.GRANTED) closed = r;
    expect(closed).toBeDefined();
    const admin = await token('dist-admin');
    const before = await tables();
    const r = (id: number) => gid('Resource', id);
    const whole: [Record<string, unknown>, { code: string; field: string }][] = [
      [
        { resourceIds: [], periodType: 'MONTH', periodNum: 1 },
        { code: 'BATCH_EMPTY', field: 'input.resourceIds' },
      ],
      [
        { resourceIds: Array.from({ length: 11 }, (_, i) => r(i + 1)), periodType: 'MONTH', periodNum: 1 },
        { code: 'BATCH_TOO_LARGE', field: 'input.resourceIds' },
      ],
      [
        { resourceIds: [r(main.id)], periodType: 'MONTH', periodNum: 12 },
        { code: 'INVALID_PERIOD', field: 'input.periodNum' },
      ],
      [
        { resourceIds: [r(main.id)], periodType: 'MONTH', periodNum: 0 },
        { code: 'INVALID_PERIOD', field: 'input.periodNum' },
      ],
      [
        { resourceIds: [r(main.id)], periodType: 'YEAR', periodNum: 4 },
        { code: 'INVALID_PERIOD', field: 'input.periodNum' },
      ],
    ];
    for (const [input, expected] of whole) {
      const res = await server.execute(OrderMutRenewResourcesDocument, { input: input as never }, admin);
      expect(res.errors, JSON.stringify(input)).toBeUndefined();
      expect(pick(res.data!.renewResources.userErrors), JSON.stringify(input)).toEqual([expected]);
    }
    const items = await server.execute(
      OrderMutRenewResourcesDocument,
      {
        input: {
          resourceIds: [r(dependent.id), r(closed!.id), gid('Order', 1), r(dependent.id)],
          periodType: 'MONTH',
          periodNum: 1,
        },
      },
      admin,
    );
    expect(pick(items.data!.renewResources.failed)).toEqual([
      { code: 'NOT_MAIN_RESOURCE', field: 'input.resourceIds[0]' },
      { code: 'RESOURCE_NOT_IN_USE', field: 'input.resourceIds[1]' },
      { code: 'INVALID_ID', field: 'input.resourceIds[2]' },
      { code: 'DUPLICATE_RESOURCE', field: 'input.resourceIds[3]' },
    ]);
    expect(await tables()).toEqual(before);

    // Side by side: the main resource renews, its dependent is refused.
    const mixed = await server.execute(
      OrderMutRenewResourcesDocument,
      { input: { resourceIds: [r(dependent.id), r(main.id)], periodType: 'MONTH', periodNum: 1 } },
      admin,
    );
    expect(pick(mixed.data!.renewResources.failed)).toEqual([
      { code: 'NOT_MAIN_RESOURCE', field: 'input.resourceIds[0]' },
    ]);
    expect(mixed.data!.renewResources.succeeded.map((s) => [s.index, s.resource.id])).toEqual([[1, r(main.id)]]);
    await server.execute(
      OrderMutCancelOrderDocument,
      { input: { orderId: mixed.data!.renewResources.orders[0].id } },
      admin,
    );
    await expectConsistent();
  });
});

// ── unsubscribeResources ───────────────────────────────────────────────────────────────────────

/** A main resource with dependents of a GRANTED RESALE customer of the distributor whose refund is > 0 (not yunfan-tech or tianyi-logistics). */
async function refundableResource() {
  const now = Date.now();
  const customers = await server.em().find(
    SubCustomer,
    {
      partner: DIST,
      associationType: AssociationType.RESALE,
      accountName: { $nin: ['yunfan-tech', 'tianyi-logistics'] },
    },
    { orderBy: { id: 'asc' } },
  );
  for (const c of customers) {
    if ((await authorization(c.id, DIST)) !== OrderAuthorizationStatus.GRANTED) continue;
    for (const main of await mainsWithDependents(c.id)) {
      const source = await server.em().findOneOrFail(Order, main.order!.id);
      const line = await sourceLine(main);
      const cash = source.amountAfterDiscount - source.couponAmount - source.cashCouponAmount;
      if (
        source.paymentTime &&
        cash > 0 &&
        line.amount > 0 &&
        line.expireTime &&
        line.expireTime.getTime() > now + DAY &&
        main.expireTime.getTime() > now + DAY
      )
        return { customer: c, main, source, line };
    }
  }
  throw new Error('no refundable resource in the demo data');
}

describe('unsubscribeResources', () => {
  it('closes the main resource and its dependents, with a COMPLETED UNSUBSCRIBE order whose amount is the pro-rata cash refund, credited to the balance', async () => {
    const { customer, main, source, line } = await refundableResource();
    const balanceBefore = customer.balance;
    const res = await server.execute(
      OrderMutUnsubscribeResourcesDocument,
      { input: { resourceIds: [gid('Resource', main.id)], reason: '项目结束 project ended' } },
      await token('dist-admin'),
    );
    expect(res.errors).toBeUndefined();
    const payload = res.data!.unsubscribeResources;
    expect([payload.userErrors, payload.failed]).toEqual([[], []]);
    const order = await server.em().findOneOrFail(Order, { orderId: payload.orders[0].orderId });
    // The refund, recomputed at the order's creation time: the unused share of the cash paid on the line.
    const start = (line.effectiveTime ?? main.effectiveTime).getTime();
    const end = line.expireTime!.getTime();
    const cash = source.amountAfterDiscount - source.couponAmount - source.cashCouponAmount;
    const left = Math.min(end, main.expireTime.getTime()) - order.createTime.getTime();
    const refund = Number(
      (BigInt(line.amount) * BigInt(cash) * BigInt(Math.min(left, end - start))) /
        (BigInt(line.subscriptionNum) * BigInt(source.officialAmount) * BigInt(end - start)),
    );
    expect(refund).toBeGreaterThan(0);
    expect(order).toMatchObject({
      orderType: OrderType.UNSUBSCRIBE,
      status: OrderStatus.COMPLETED,
      officialAmount: refund,
      amountAfterDiscount: refund,
      paymentTime: null,
    });
    expect(payload.orders[0].lineItems).toEqual([
      expect.objectContaining({
        productSpecDesc: `${line.productSpecDesc} [resource ${main.resourceId}]`,
        amount: { amount: yuan(refund) },
        expireTime: iso(main.expireTime),
      }),
    ]);
    expect(payload.succeeded).toEqual([
      expect.objectContaining({
        index: 0,
        amount: { amount: yuan(refund) },
        resource: expect.objectContaining({ id: gid('Resource', main.id), status: 'CLOSED' }),
      }),
    ]);
    expect(payload.succeeded[0].resource.dependents.map((d) => d.status)).toEqual(
      (await dependentsOf(main.id)).map(() => 'CLOSED'),
    );
    expect((await dependentsOf(main.id)).every((d) => d.status === ResourceStatus.CLOSED)).toBe(true);
    expect((await server.em().findOneOrFail(SubCustomer, customer.id)).balance).toBe(balanceBefore + refund);
    const ledger = await server.em().find(AccountChangeRecord, { tradeId: order.orderId });
    expect(ledger.map((l) => [l.ownerType, l.tradeType, l.amount, l.balanceAfter])).toEqual([
      ['CUSTOMER', 'REFUND', refund, balanceBefore + refund],
    ]);
    const audit = await lastAudit(server, 'unsubscribeResources');
    expect(audit).toMatchObject({
      partnerId: DIST,
      memberId: demoMember('dist-admin').id,
      target: gid('Order', order.id),
    });
    expect(audit.after).toMatchObject({ refund: yuan(refund), reason: '项目结束 project ended' });
    await expectConsistent();

    // Closed now: a second unsubscription, a renewal and auto-renew are refused.
    const before = await tables();
    const admin = await token('dist-admin');
    const again = await server.execute(
      OrderMutUnsubscribeResourcesDocument,
      { input: { resourceIds: [gid('Resource', main.id)] } },
      admin,
    );
    expect(pick(again.data!.unsubscribeResources.failed)).toEqual([
      { code: 'RESOURCE_NOT_IN_USE', field: 'input.resourceIds[0]' },
    ]);
    const renew = await server.execute(
      OrderMutRenewResourcesDocument,
      { input: { resourceIds: [gid('Resource', main.id)], periodType: 'MONTH', periodNum: 1 } },
      admin,
    );
    expect(pick(renew.data!.renewResources.failed)).toEqual([
      { code: 'RESOURCE_NOT_IN_USE', field: 'input.resourceIds[0]' },
    ]);
    const auto = await server.execute(
      OrderMutSetAutoRenewDocument,
      { input: { resourceIds: [gid('Resource', main.id)], enabled: true } },
      admin,
    );
    expect(pick(auto.data!.setAutoRenew.failed)).toEqual([
      { code: 'RESOURCE_NOT_IN_USE', field: 'input.resourceIds[0]' },
    ]);
    expect(await tables()).toEqual(before);
  });

  it("is FORBIDDEN without order:manage, refuses revoked and foreign customers' resources, dependents, 11 ids and a long reason; nothing changes", async () => {
    const [xingheMain] = await mainsWithDependents((await customerNamed(server, 'xinghe-edu')).id);
    const [tianyiMain] = await mainsWithDependents((await customerNamed(server, 'tianyi-logistics')).id);
    const dependent = (await dependentsOf(tianyiMain.id))[0];
    const before = await tables();
    const r = (id: number) => gid('Resource', id);
    const forbidden = await server.execute(
      OrderMutUnsubscribeResourcesDocument,
      { input: { resourceIds: [r(tianyiMain.id)] } },
      await token('dist-ops'),
    );
    expect(errorCodes(forbidden)).toEqual(['FORBIDDEN']);
    const items = await server.execute(
      OrderMutUnsubscribeResourcesDocument,
      { input: { resourceIds: [r(xingheMain.id), r(dependent.id)] } },
      await token('dist-admin'),
    );
    expect(pick(items.data!.unsubscribeResources.failed)).toEqual([
      { code: 'ORDER_AUTHORIZATION_REQUIRED', field: 'input.resourceIds[0]' },
      { code: 'NOT_MAIN_RESOURCE', field: 'input.resourceIds[1]' },
    ]);
    const foreign = await server.execute(
      OrderMutUnsubscribeResourcesDocument,
      { input: { resourceIds: [r(tianyiMain.id)] } },
      await token('other-dist-admin'),
    );
    expect(pick(foreign.data!.unsubscribeResources.failed)).toEqual([
      { code: 'RESOURCE_NOT_FOUND', field: 'input.resourceIds[0]' },
    ]);
    const eleven = await server.execute(
      OrderMutUnsubscribeResourcesDocument,
      { input: { resourceIds: Array.from({ length: 11 }, (_, i) => r(i + 1)) } },
      await token('dist-admin'),
    );
    expect(pick(eleven.data!.unsubscribeResources.userErrors)).toEqual([
      { code: 'BATCH_TOO_LARGE', field: 'input.resourceIds' },
    ]);
    const long = await server.execute(
      OrderMutUnsubscribeResourcesDocument,
      { input: { resourceIds: [r(tianyiMain.id)], reason: 'x'.repeat(201) } },
      await token('dist-admin'),
    );
    expect(pick(long.data!.unsubscribeResources.userErrors)).toEqual([
      { code: 'REASON_TOO_LONG', field: 'input.reason' },
    ]);
    expect(await tables()).toEqual(before);
  });
});

// ── setAutoRenew ───────────────────────────────────────────────────────────────────────────────

describe('setAutoRenew', () => {
  it('turns auto-renewal off (GRACE_PERIOD) and on with a count, for the main resource and its dependents, audited', async () => {
    const customer = await customerNamed(server, 'tianyi-logistics');
    const [main] = await mainsWithDependents(customer.id);
    const admin = await token('dist-admin');
    const off = await server.execute(
      OrderMutSetAutoRenewDocument,
      { input: { resourceIds: [gid('Resource', main.id)], enabled: false } },
      admin,
    );
    expect(off.errors).toBeUndefined();
    expect([off.data!.setAutoRenew.userErrors, off.data!.setAutoRenew.failed]).toEqual([[], []]);
    expect(off.data!.setAutoRenew.succeeded[0].resource).toMatchObject({
      id: gid('Resource', main.id),
      expirePolicy: 'GRACE_PERIOD',
      autoRenewTimes: null,
    });
    expect(
      off.data!.setAutoRenew.succeeded[0].resource.dependents.every(
        (d) => d.expirePolicy === 'GRACE_PERIOD' && d.autoRenewTimes === null,
      ),
    ).toBe(true);
    const on = await server.execute(
      OrderMutSetAutoRenewDocument,
      { input: { resourceIds: [gid('Resource', main.id)], enabled: true, autoRenewTimes: 5 } },
      admin,
    );
    expect(on.data!.setAutoRenew.succeeded[0].resource).toMatchObject({
      expirePolicy: 'AUTO_RENEW',
      autoRenewTimes: 5,
    });
    const stored = await server.em().findOneOrFail(Resource, main.id);
    expect([stored.expirePolicy, stored.autoRenewTimes]).toEqual([ExpirePolicy.AUTO_RENEW, 5]);
    for (const d of await dependentsOf(main.id))
      expect([d.expirePolicy, d.autoRenewTimes]).toEqual([ExpirePolicy.AUTO_RENEW, 5]);
    const audit = await lastAudit(server, 'setAutoRenew');
    expect(audit).toMatchObject({
      partnerId: DIST,
      memberId: demoMember('dist-admin').id,
      target: gid('Resource', main.id),
      before: { expirePolicy: 'GRACE_PERIOD', autoRenewTimes: null },
      after: { expirePolicy: 'AUTO_RENEW', autoRenewTimes: 5 },
    });
    const unlimited = await server.execute(
      OrderMutSetAutoRenewDocument,
      { input: { resourceIds: [gid('Resource', main.id)], enabled: true } },
      admin,
    );
    expect(unlimited.data!.setAutoRenew.succeeded[0].resource).toMatchObject({
      expirePolicy: 'AUTO_RENEW',
      autoRenewTimes: 0,
    });
    await expectConsistent();
  });

  it("is FORBIDDEN without order:manage, refuses revoked and foreign customers' resources and bad counts; nothing changes", async () => {
    const [xingheMain] = await mainsWithDependents((await customerNamed(server, 'xinghe-edu')).id);
    const [tianyiMain] = await mainsWithDependents((await customerNamed(server, 'tianyi-logistics')).id);
    const dependent = (await dependentsOf(tianyiMain.id))[0];
    const before = await tables();
    const r = (id: number) => gid('Resource', id);
    const admin = await token('dist-admin');
    const forbidden = await server.execute(
      OrderMutSetAutoRenewDocument,
      { input: { resourceIds: [r(tianyiMain.id)], enabled: true } },
      await token('dist-ops'),
    );
    expect(errorCodes(forbidden)).toEqual(['FORBIDDEN']);
    const items = await server.execute(
      OrderMutSetAutoRenewDocument,
      { input: { resourceIds: [r(xingheMain.id), r(dependent.id)], enabled: true } },
      admin,
    );
    expect(pick(items.data!.setAutoRenew.failed)).toEqual([
      { code: 'ORDER_AUTHORIZATION_REQUIRED', field: 'input.resourceIds[0]' },
      { code: 'NOT_MAIN_RESOURCE', field: 'input.resourceIds[1]' },
    ]);
    const foreign = await server.execute(
      OrderMutSetAutoRenewDocument,
      { input: { resourceIds: [r(tianyiMain.id)], enabled: false } },
      await token('other-dist-admin'),
    );
    expect(pick(foreign.data!.setAutoRenew.failed)).toEqual([
      { code: 'RESOURCE_NOT_FOUND', field: 'input.resourceIds[0]' },
    ]);
    for (const [input, code] of [
      [{ resourceIds: [r(tianyiMain.id)], enabled: true, autoRenewTimes: 100 }, 'INVALID_AUTO_RENEW_TIMES'],
      [{ resourceIds: [r(tianyiMain.id)], enabled: true, autoRenewTimes: -1 }, 'INVALID_AUTO_RENEW_TIMES'],
      [{ resourceIds: [r(tianyiMain.id)], enabled: false, autoRenewTimes: 3 }, 'INVALID_AUTO_RENEW_TIMES'],
      [{ resourceIds: Array.from({ length: 11 }, (_, i) => r(i + 1)), enabled: true }, 'BATCH_TOO_LARGE'],
    ] as const) {
      const res = await server.execute(OrderMutSetAutoRenewDocument, { input: input as never }, admin);
      expect(userErrorCodes(res.data!.setAutoRenew.userErrors), JSON.stringify(input).slice(0, 60)).toEqual([code]);
    }
    expect(await tables()).toEqual(before);
  });
});
