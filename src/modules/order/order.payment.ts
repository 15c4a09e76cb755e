import type { SqlEntityManager } from '@mikro-orm/knex';
import type { Context } from '../../context';
import { UserError } from '../../common/errors';
import { toGlobalId } from '../../common/global-id';
import { formatFen, money } from '../../common/money';
import { type BatchSpec, firstRefusal, parseIds, refusal, success } from '../../common/mutation-kit';
import { requireViewer, type Viewer } from '../../permissions/viewer';
import { recordAudit } from '../audit/audit.service';
import { spendCoupon } from '../coupon/coupon.ledger';
import { couponsUsedUp } from '../coupon/coupon-rollup';
import { Coupon } from '../coupon/coupon.entity';
import { SubCustomer } from '../customer/customer.entity';
import { AssociationType } from '../customer/customer.enums';
import { holdResaleCustomer } from '../funds/ledger';
import { idempotent } from '../idempotency/idempotency.service';
import { partnerActive } from '../partner/partner.guards';
import { addPerformance } from '../performance/rollup';
import { Order, OrderLineItem, Resource } from './order.entity';
import { OrderStatus, OrderType } from './order.enums';
import { authorizationRequired, notResaleForPayment, orderNotFound, Refusal } from './order.errors';
import { payFromCustomerBalance, payFromPartnerCredit, payOnBehalf, planBalancePayment } from './order.balance-payment';
import { changeOrderStatus, claimOrderForPayment, extendResource } from './order.ledger';
import type { CancelOrderInput, PayOrderInput } from './order.mutation-inputs';
import type { CancelOrderPayload, PayOrderPayload } from './order.payloads';
import {
  type BalanceSplit,
  chooseDiscounts,
  couponAmounts,
  MAX_COUPONS_PER_ORDER,
  MAX_DISCOUNTS_PER_ORDER,
  type PaymentPlan,
  type PricedCoupon,
  planPayment,
} from './order.pricing';
import { authorizedCustomers, loadOwnOrder, READ_ONLY, resourceIdOfLine } from './order.scope';
import { activeAgreement } from '../payment-agreement/payment-agreement.ledger';

/**
 * 支付订单 and 取消订单. Payment follows the lock order of db/locks.ts: the customer, the order,
 * its coupons (ascending), the customer's balance (held), then the resources a renewal extends.
 */

// ── Paying inside a savepoint ──────────────────────────────────────────────────────────────────

/** The customer's row first (db/locks.ts), and it must still be RESALE and associated. */
async function holdPayingCustomer(tx: SqlEntityManager, viewer: Viewer, customerId: number, field: string) {
  if (await holdResaleCustomer(tx, customerId, viewer.partner.id)) return;
  const current = await tx.findOneOrFail(SubCustomer, customerId, { refresh: true });
  throw new Refusal(current.unboundAt != null ? authorizationRequired(field) : notResaleForPayment(field));
}

/** The gate against concurrent payments: PENDING_PAYMENT → PROCESSING, with what is applied. */
async function claim(
  tx: SqlEntityManager,
  order: Order,
  plan: PaymentPlan,
  split: BalanceSplit,
  now: Date,
  field: string,
  onBehalf = 0,
) {
  const claimed = await claimOrderForPayment(tx, {
    orderId: order.id,
    now,
    amountAfterDiscount: plan.amountAfterDiscount,
    discountsJson: JSON.stringify(plan.discounts),
    ...couponAmounts(plan.coupons),
    creditAmount: split.credit,
    onBehalfAmount: onBehalf,
  });
  if (!claimed)
    throw new Refusal(
      new UserError(
        'ORDER_NOT_PENDING',
        'The order is no longer waiting for payment (paid, cancelled or past its deadline meanwhile).',
        field,
      ),
    );
}

/** Spends the planned coupons in ascending ids (amounts planned in the given order); answers those now USED. */
async function spendCoupons(
  tx: SqlEntityManager,
  viewer: Viewer,
  order: Order,
  customerId: number,
  plan: PaymentPlan,
  now: Date,
): Promise<number[]> {
  const usedUp: number[] = [];
  for (const c of [...plan.coupons].sort((a, b) => a.couponId - b.couponId)) {
    const spent = await spendCoupon(tx, {
      couponId: c.couponId,
      partnerId: viewer.partner.id,
      customerId,
      amount: c.amount,
      orderId: order.id,
      now,
      operatorId: viewer.member.id,
    });
    if (!spent)
      throw new Refusal(
        new UserError(
          'COUPON_NOT_USABLE',
          'The coupon was used, reclaimed or changed meanwhile. Nothing was changed.',
          c.field,
        ),
      );
    if (spent.balance === 0) usedUp.push(c.couponId);
  }
  return usedUp;
}

/** A paid renewal extends each resource named on its lines from the old expiry to the new one. */
async function extendRenewed(tx: SqlEntityManager, order: Order, customerId: number, field: string) {
  const lines = await tx.find(OrderLineItem, { order: order.id }, { orderBy: { id: 'asc' }, ...READ_ONLY });
  for (const line of lines) {
    const resourceId = resourceIdOfLine(line);
    if (!resourceId || !line.effectiveTime || !line.expireTime) continue;
    const resource = await tx.findOne(Resource, { resourceId, customer: customerId });
    const extended =
      resource &&
      (await extendResource(tx, {
        resourceId: resource.id,
        from: line.effectiveTime,
        to: line.expireTime,
        orderId: order.id,
      }));
    if (!extended)
      throw new Refusal(
        new UserError(
          'RESOURCE_NOT_IN_USE',
          `Resource ${resourceId} of this renewal is no longer in use or was changed; cancel the order. Nothing was changed.`,
          field,
        ),
      );
  }
}

/**
 * Pays a PENDING_PAYMENT order by `plan`, inside the caller's savepoint: the customer is held, what
 * coupons leave is split between its balance and the partner's credit (order.balance-payment.ts),
 * the order is claimed (the gate against concurrent payments), then coupons, the customer's
 * balance, the resources a renewal extends and last the partner's credit, each a conditional update
 * in the lock order of db/locks.ts; any refusal throws a Refusal and the savepoint undoes all of
 * it. The order ends COMPLETED (PROCESSING on the way).
 */
export async function payInTx(
  tx: SqlEntityManager,
  viewer: Viewer,
  order: Order,
  customerId: number,
  plan: PaymentPlan,
  now: Date,
  field: string,
): Promise<{ balance: number | null; split: BalanceSplit; onBehalf: number }> {
  await holdPayingCustomer(tx, viewer, customerId, field);
  // 代付: with an ACTIVE agreement the partner's cash pays what coupons leave, last (db/locks.ts 8, 9).
  const agreement = await activeAgreement(tx, viewer.partner.id, customerId);
  const split = agreement ? { cash: 0, credit: 0 } : await planBalancePayment(tx, viewer, customerId, plan.cash, field);
  await claim(tx, order, plan, split, now, field, agreement ? plan.cash : 0);
  const usedUp = await spendCoupons(tx, viewer, order, customerId, plan, now);
  const balance =
    split.cash > 0 ? await payFromCustomerBalance(tx, viewer, order, customerId, split, now, field) : null;
  if (order.orderType === OrderType.RENEWAL) await extendRenewed(tx, order, customerId, field);
  const onBehalf = agreement ? await payOnBehalf(tx, agreement, order, plan.cash, now, field) : 0;
  if (split.credit > 0) await payFromPartnerCredit(tx, viewer, order, split, now, field);
  // Resources of other order types are provisioned by the cloud; here the order completes at once.
  if (!(await changeOrderStatus(tx, order.id, OrderStatus.PROCESSING, OrderStatus.COMPLETED)))
    throw new Error(`order ${order.id} left PROCESSING during its payment`);
  await couponsUsedUp(tx, usedUp); // coupon_month: a roll-up row is the last a transaction locks (db/locks.ts)
  return { balance, split, onBehalf };
}

// ── payOrder ───────────────────────────────────────────────────────────────────────────────────

const refusedPayment = refusal<PayOrderPayload>({
  order: null,
  customer: null,
  coupons: [],
  cashPaid: null,
  creditPaid: null,
  paidOnBehalf: null,
});

/** Limits that need no database. */
function checkPaymentShape(input: PayOrderInput): UserError | null {
  const couponIds = input.couponIds ?? [];
  if (couponIds.length > MAX_COUPONS_PER_ORDER)
    return new UserError(
      'TOO_MANY_COUPONS',
      `At most ${MAX_COUPONS_PER_ORDER} coupons per order; got ${couponIds.length}.`,
      'input.couponIds',
    );
  if (input.discountTypes != null && input.discountTypes.length > MAX_DISCOUNTS_PER_ORDER)
    return new UserError(
      'TOO_MANY_DISCOUNTS',
      `At most ${MAX_DISCOUNTS_PER_ORDER} discount per order; got ${input.discountTypes.length}.`,
      'input.discountTypes',
    );
  return null;
}

/** The order to pay and its customer, or why it cannot be paid. */
async function payableOrder(
  tx: SqlEntityManager,
  viewer: Viewer,
  orderId: string,
  now: Date,
): Promise<{ order: Order; customer: SubCustomer } | UserError> {
  const order = await loadOwnOrder(tx, viewer, orderId);
  if (!order) return orderNotFound();
  const customer = await tx.findOneOrFail(SubCustomer, order.customer.id);
  if (!(await authorizedCustomers(tx, viewer, [customer.id])).has(customer.id))
    return authorizationRequired('input.orderId');
  if (order.status !== OrderStatus.PENDING_PAYMENT)
    return new UserError(
      'ORDER_NOT_PENDING',
      `Only PENDING_PAYMENT orders can be paid; this one is ${OrderStatus[order.status]}.`,
      'input.orderId',
    );
  if (!order.pendingPaymentEndTime || order.pendingPaymentEndTime.getTime() <= now.getTime())
    return new UserError(
      'ORDER_PAYMENT_EXPIRED',
      'The payment deadline (pendingPaymentEndTime) of the order has passed.',
      'input.orderId',
    );
  if (customer.associationType !== AssociationType.RESALE) return notResaleForPayment('input.orderId');
  return { order, customer };
}

/** input.couponIds: Coupon ids, none twice (the count is checked before, TOO_MANY_COUPONS). */
const COUPONS: BatchSpec = {
  field: 'input.couponIds',
  type: 'Coupon',
  noun: 'coupons',
  max: MAX_COUPONS_PER_ORDER,
  duplicate: { code: 'DUPLICATE_COUPON', message: 'This coupon appears earlier in input.couponIds.' },
};

/** Coupon global ids → row ids; a payment is refused whole by its first bad id. */
function couponRowIds(globalIds: readonly string[]): number[] | UserError {
  const batch = parseIds(globalIds, COUPONS);
  return batch.failed[0] ?? batch.ids();
}

/** The customer's own coupons among `ids`, issued by the viewer's partner, with their quota's limits. */
async function loadCoupons(tx: SqlEntityManager, viewer: Viewer, customerId: number, ids: number[]) {
  const found = ids.length
    ? await tx.find(
        Coupon,
        { id: { $in: ids }, partner: viewer.partner.id, customer: customerId },
        { populate: ['quota'] },
      )
    : [];
  const priced = new Map<number, PricedCoupon>();
  for (const c of found) {
    const { cloudServiceTypes, productIds } = c.quota.getEntity();
    const { id, status, kind, balance, effectiveTime, expireTime } = c;
    priced.set(id, { id, status, kind, balance, effectiveTime, expireTime, cloudServiceTypes, productIds });
  }
  return { rows: new Map(found.map((c) => [c.id, c])), priced };
}

type Planned = { error: UserError } | { plan: PaymentPlan; couponIds: number[]; couponRows: Map<number, Coupon> };

/** Discounts, coupons and cash for this order: a plan, or why it cannot be paid so. */
async function planFor(
  tx: SqlEntityManager,
  viewer: Viewer,
  order: Order,
  customer: SubCustomer,
  input: PayOrderInput,
  now: Date,
): Promise<Planned> {
  const discounts = chooseDiscounts(order.discounts ?? [], input.discountTypes);
  if (discounts instanceof UserError) return { error: discounts };
  // Coupons: the customer's own, from your partner, usable now, of a kind and scope that fit the order.
  const couponIds = couponRowIds(input.couponIds ?? []);
  if (couponIds instanceof UserError) return { error: couponIds };
  const coupons = await loadCoupons(tx, viewer, customer.id, couponIds);
  const lines = await tx.find(OrderLineItem, { order: order.id }, { orderBy: { id: 'asc' }, ...READ_ONLY });
  const plan = planPayment({
    officialAmount: order.officialAmount,
    discounts,
    couponIds,
    coupons: coupons.priced,
    lines,
    now,
  });
  if (plan instanceof UserError) return { error: plan };
  return { plan, couponIds, couponRows: coupons.rows };
}

/** 支付订单: pays a pending order of a RESALE customer with up to 3 coupons, then its balance, then your credit. */
export async function payOrder(ctx: Context, input: PayOrderInput): Promise<PayOrderPayload> {
  const viewer = requireViewer(ctx);
  const shape = checkPaymentShape(input);
  if (shape) return refusedPayment(shape);
  return idempotent(ctx, {
    operation: 'payOrder',
    input,
    refused: refusedPayment,
    execute: (tx) => payOrderInTx(ctx, tx, viewer, input),
  });
}

async function payOrderInTx(ctx: Context, tx: SqlEntityManager, viewer: Viewer, input: PayOrderInput) {
  const now = new Date();
  const problem = await firstRefusal(partnerActive(viewer));
  if (problem) return refusedPayment(problem);
  const payable = await payableOrder(tx, viewer, input.orderId, now);
  if (payable instanceof UserError) return refusedPayment(payable);
  const { order, customer } = payable;
  const planned = await planFor(tx, viewer, order, customer, input, now);
  if ('error' in planned) return refusedPayment(planned.error);
  const { plan, couponIds, couponRows } = planned;
  let balance: number | null;
  let split: BalanceSplit;
  let onBehalf: number;
  try {
    ({ balance, split, onBehalf } = await tx.transactional((inner) =>
      payInTx(inner, viewer, order, customer.id, plan, now, 'input.orderId'),
    ));
  } catch (err) {
    if (err instanceof Refusal) return refusedPayment(err.error);
    throw err;
  }
  // 业绩 roll-up, the last row this transaction locks (db/locks.ts).
  await addPerformance(tx, order.partner.id, now, {
    paidAmount: plan.amountAfterDiscount,
    paidOrders: 1,
    couponAmount: plan.coupons.reduce((sum, c) => sum + c.amount, 0),
  });
  await recordAudit(tx, ctx, {
    action: 'payOrder',
    target: order.globalId,
    before: {
      status: OrderStatus[order.status],
      balance: formatFen(customer.balance),
      coupons: plan.coupons.map((c) => ({
        coupon: toGlobalId('Coupon', c.couponId),
        balance: formatFen(couponRows.get(c.couponId)?.balance ?? 0),
      })),
    },
    after: {
      status: OrderStatus[OrderStatus.COMPLETED],
      amountAfterDiscount: formatFen(plan.amountAfterDiscount),
      coupons: plan.coupons.map((c) => ({ coupon: toGlobalId('Coupon', c.couponId), used: formatFen(c.amount) })),
      cashPaid: formatFen(split.cash),
      creditPaid: formatFen(split.credit),
      ...(onBehalf > 0 ? { paidOnBehalf: formatFen(onBehalf) } : {}),
      balance: formatFen(balance ?? customer.balance),
    },
  });
  const fresh = couponIds.length ? await tx.find(Coupon, { id: { $in: couponIds } }, { refresh: true }) : [];
  return success<PayOrderPayload>({
    order: await tx.findOneOrFail(Order, order.id, READ_ONLY),
    customer: await tx.findOneOrFail(SubCustomer, customer.id, { refresh: true }),
    coupons: couponIds.flatMap((id) => fresh.filter((c) => c.id === id)),
    cashPaid: money(split.cash),
    creditPaid: money(split.credit),
    paidOnBehalf: money(onBehalf),
  });
}

// ── cancelOrder ────────────────────────────────────────────────────────────────────────────────

/** 取消订单: cancels a PENDING_PAYMENT order. */
export async function cancelOrder(ctx: Context, input: CancelOrderInput): Promise<CancelOrderPayload> {
  const viewer = requireViewer(ctx);
  const refused = refusal<CancelOrderPayload>({ order: null });
  return ctx.em.transactional(async (tx) => {
    const order = await loadOwnOrder(tx, viewer, input.orderId);
    if (!order) return refused(orderNotFound());
    if (!(await authorizedCustomers(tx, viewer, [order.customer.id])).has(order.customer.id))
      return refused(authorizationRequired('input.orderId'));
    const notPending = (status: OrderStatus) =>
      refused(
        new UserError(
          'ORDER_NOT_PENDING',
          `Only PENDING_PAYMENT orders can be cancelled; this one is ${OrderStatus[status]}.`,
          'input.orderId',
        ),
      );
    if (order.status !== OrderStatus.PENDING_PAYMENT) return notPending(order.status);
    if (!(await changeOrderStatus(tx, order.id, OrderStatus.PENDING_PAYMENT, OrderStatus.CANCELLED))) {
      return notPending((await tx.findOneOrFail(Order, order.id, READ_ONLY)).status);
    }
    await recordAudit(tx, ctx, {
      action: 'cancelOrder',
      target: order.globalId,
      before: { status: OrderStatus[order.status] },
      after: { status: OrderStatus[OrderStatus.CANCELLED] },
    });
    return success<CancelOrderPayload>({ order: await tx.findOneOrFail(Order, order.id, READ_ONLY) });
  });
}
