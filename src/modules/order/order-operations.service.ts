import { randomBytes } from 'node:crypto';
import type { EntityManager, FilterQuery } from '@mikro-orm/core';
import type { Context } from '../../context';
import { requireViewer } from '../../permissions/viewer';
import { UserError } from '../../common/errors';
import { fromGlobalId, toGlobalId } from '../../common/global-id';
import { formatFen, money } from '../../common/money';
import { ownCustomerFilter, ownCustomerRowsFilter } from '../../permissions/scopes';
import { recordAudit } from '../audit/audit.service';
import { idempotencyKeyOf, runIdempotent } from '../idempotency/idempotency.service';
import { partnerStatusError } from '../partner/partner.guards';
import type { Viewer } from '../../permissions/viewer';
import { SubCustomer } from '../customer/customer.entity';
import { AssociationType } from '../customer/customer.enums';
import { OrderAuthorization } from '../association/association.entity';
import { OrderAuthorizationStatus } from '../association/association.enums';
import { Coupon } from '../coupon/coupon.entity';
import { CouponKind, CouponStatus } from '../coupon/coupon.enums';
import { holdResaleCustomer } from '../coupon/coupon.ledger';
import { changeCustomerBalance, writeLedger } from '../funds/ledger';
import { TradeType } from '../funds/funds.enums';
import { Order, OrderLineItem, Resource, type OrderDiscount } from './order.entity';
import { ExpirePolicy, OrderSource, OrderStatus, OrderType, PeriodType, ResourceStatus } from './order.enums';
import {
  changeOrderStatus,
  claimOrderForPayment,
  closeResource,
  extendResource,
  lockInUseResources,
  setExpirePolicy,
  spendCoupon,
} from './order.ledger';
import type {
  CancelOrderInput,
  PayOrderInput,
  RenewResourcesInput,
  SetAutoRenewInput,
  UnsubscribeResourcesInput,
} from './order.mutation-inputs';
import type {
  CancelOrderPayload,
  PayOrderPayload,
  RenewResourcesPayload,
  ResourceOrderResult,
  SetAutoRenewPayload,
  UnsubscribeResourcesPayload,
} from './order.payloads';

export const MAX_COUPONS_PER_ORDER = 3;
export const MAX_DISCOUNTS_PER_ORDER = 1;
export const MAX_RESOURCES_PER_CALL = 10;
export const MAX_RENEW_MONTHS = 11;
export const MAX_RENEW_YEARS = 3;
export const MAX_AUTO_RENEW_TIMES = 99;
export const MAX_REASON_LENGTH = 200;
/** How long a renewal order created here waits for payment (design). */
export const RENEWAL_PAYMENT_WINDOW_DAYS = 7;
/** A year costs 10 months (the usual yearly price of the platform's products; design). */
const MONTHS_PAID_PER_YEAR = 10;
/** Coupon kinds that pay yearly/monthly orders; PICKUP (提货券) is for goods pick-up, not orders. */
const ORDER_COUPON_KINDS: readonly CouponKind[] = [CouponKind.VOUCHER, CouponKind.CASH];

/**
 * Find options for Order, OrderLineItem and OrderAuthorization: read without entering the identity
 * map. Their nullable `type: 'datetime'` columns compare unequal to their own snapshot on SQLite, so
 * a managed row would be written back (and its version bumped) by the flush at commit, over the
 * conditional updates made here.
 */
const READ_ONLY = { disableIdentityMap: true } as const;

/** A business refusal raised inside a savepoint, so everything done since it is rolled back. */
class Refusal extends Error {
  constructor(readonly error: UserError) {
    super(error.message);
  }
}

const orderNotFound = (field = 'input.orderId') =>
  new UserError('ORDER_NOT_FOUND', 'No order of your customers has that id.', field);
const resourceNotFound = (field: string) =>
  new UserError('RESOURCE_NOT_FOUND', 'No resource of your customers has that id.', field);
const authorizationRequired = (field: string) =>
  new UserError(
    'ORDER_AUTHORIZATION_REQUIRED',
    'The customer has not granted your partner order-on-behalf authorization (代下单授权), or has revoked it.',
    field,
  );
const insufficientFunds = (field: string, needed: number, balance: number) =>
  new UserError(
    'INSUFFICIENT_FUNDS',
    `The customer's balance (${formatFen(balance)}) does not cover the ${formatFen(needed)} left to pay after coupons; allocate funds to the customer first. Nothing was changed.`,
    field,
  );

/**
 * Each renewal or unsubscription line names its resource at the end of productSpecDesc, e.g.
 * "c7.xlarge.2 | 4vCPUs | 8GiB [resource 3f2a…]": the line item table has no resource column, and
 * this is what ties an unpaid renewal order to the resources it will extend.
 */
const RESOURCE_TAG = /\[resource ([^\]\s]+)\]$/;
function taggedSpec(spec: string, resourceId: string): string {
  const tag = ` [resource ${resourceId}]`;
  return `${spec.slice(0, 200 - tag.length)}${tag}`;
}
export const resourceIdOfLine = (line: Pick<OrderLineItem, 'productSpecDesc'>): string | null =>
  RESOURCE_TAG.exec(line.productSpecDesc)?.[1] ?? null;

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

const monthsOf = (periodType: PeriodType, periodNum: number) =>
  periodType === PeriodType.YEAR ? 12 * periodNum : periodNum;

function newOrderId(now: Date): string {
  const stamp = now.toISOString().replace(/\D/g, '').slice(2, 12);
  const random = BigInt(`0x${randomBytes(6).toString('hex')}`)
    .toString(36)
    .toUpperCase()
    .padStart(7, '0')
    .slice(-7);
  return `CS${stamp}${random}`;
}

/**
 * The price of renewing one resource for `periodNum` `periodType`s, from the line item it was
 * bought or last renewed on: that line's price per subscription and period, a year counting as
 * 10 months. Integer fen, rounded half up.
 */
export function renewalPrice(
  source: Pick<OrderLineItem, 'amount' | 'periodType' | 'periodNum' | 'subscriptionNum'>,
  periodType: PeriodType,
  periodNum: number,
): number {
  // Price in "paid months": a month line's periods are months, a year line's are 10 paid months.
  const sourcePaidMonths =
    source.periodNum *
    (source.periodType === PeriodType.YEAR ? MONTHS_PAID_PER_YEAR : 1) *
    Math.max(1, source.subscriptionNum);
  const targetPaidMonths = periodNum * (periodType === PeriodType.YEAR ? MONTHS_PAID_PER_YEAR : 1);
  return Math.round((source.amount * targetPaidMonths) / sourcePaidMonths);
}

/**
 * Refund of unsubscribing one resource at `now`: the unused share of what was paid in cash for
 * it on its last paid line, i.e. line amount / subscriptions × (cash paid / official amount of
 * that order) × (time left of the line's period / the line's period), rounded down. Discounts and
 * coupons are not refunded.
 */
export function unsubscribeRefund(
  source: Pick<OrderLineItem, 'amount' | 'subscriptionNum' | 'effectiveTime' | 'expireTime'>,
  order: Pick<Order, 'officialAmount' | 'amountAfterDiscount' | 'couponAmount' | 'cashCouponAmount'>,
  resource: Pick<Resource, 'effectiveTime' | 'expireTime'>,
  now: Date,
): number {
  const start = (source.effectiveTime ?? resource.effectiveTime).getTime();
  const end = (source.expireTime ?? resource.expireTime).getTime();
  const cash = order.amountAfterDiscount - order.couponAmount - order.cashCouponAmount;
  const left = Math.min(end, resource.expireTime.getTime()) - now.getTime();
  if (end <= start || left <= 0 || cash <= 0 || order.officialAmount <= 0 || source.amount <= 0) return 0;
  const numerator = BigInt(source.amount) * BigInt(cash) * BigInt(Math.min(left, end - start));
  const denominator = BigInt(Math.max(1, source.subscriptionNum)) * BigInt(order.officialAmount) * BigInt(end - start);
  return Number(numerator / denominator);
}

// ── Loading in the viewer's scope ──────────────────────────────────────────────────────────────

/** An order of a customer the viewer sees in full, still associated with its partner; else null. */
async function loadOwnOrder(tx: EntityManager, viewer: Viewer, globalId: string): Promise<Order | null> {
  const parsed = fromGlobalId(globalId);
  if (parsed?.type !== 'Order') return null;
  return tx.findOne(
    Order,
    {
      $and: [{ id: parsed.id }, ownCustomerRowsFilter<Order>(viewer), { customer: ownCustomerFilter(viewer) }],
    } as FilterQuery<Order>,
    READ_ONLY,
  );
}

/** The customers (of `customerIds`) whose latest order-on-behalf authorization to the viewer's partner is GRANTED. */
async function authorizedCustomers(tx: EntityManager, viewer: Viewer, customerIds: number[]): Promise<Set<number>> {
  if (customerIds.length === 0) return new Set();
  const rows = await tx.find(
    OrderAuthorization,
    { partner: viewer.partner.id, customer: { $in: customerIds } },
    { orderBy: { grantedAt: 'desc', id: 'desc' }, ...READ_ONLY },
  );
  const latest = new Map<number, OrderAuthorizationStatus>();
  for (const row of rows) if (!latest.has(row.customer.id)) latest.set(row.customer.id, row.status);
  return new Set([...latest].filter(([, status]) => status === OrderAuthorizationStatus.GRANTED).map(([id]) => id));
}

/** resourceId (platform id) → id of the unpaid, still payable order it is on, for these customers. */
async function resourcesInUnpaidOrders(
  tx: EntityManager,
  customerIds: number[],
  now: Date,
): Promise<Map<string, number>> {
  if (customerIds.length === 0) return new Map();
  const lines = await tx.find(
    OrderLineItem,
    {
      order: {
        customer: { $in: customerIds },
        status: OrderStatus.PENDING_PAYMENT,
        pendingPaymentEndTime: { $gt: now },
      },
      productSpecDesc: { $like: '%[resource %' },
    },
    READ_ONLY,
  );
  const out = new Map<string, number>();
  for (const line of lines) {
    const id = resourceIdOfLine(line);
    if (id) out.set(id, line.order.id);
  }
  return out;
}

interface ResourceItem {
  index: number;
  field: string;
  resource: Resource;
}

/**
 * Parses and loads the resources of a batch and applies the checks all resource mutations share:
 * a Resource id, once per batch, a resource of the viewer's own customers (foreign and unknown ids
 * alike), a main resource, IN_USE, and a customer that granted order-on-behalf authorization.
 */
async function loadResourceBatch(
  tx: EntityManager,
  viewer: Viewer,
  ids: string[],
  failed: UserError[],
): Promise<ResourceItem[]> {
  const wanted: { index: number; field: string; id: number }[] = [];
  const seen = new Set<number>();
  ids.forEach((globalId, index) => {
    const field = `input.resourceIds[${index}]`;
    const parsed = fromGlobalId(globalId);
    if (parsed?.type !== 'Resource') failed.push(new UserError('INVALID_ID', `${field} is not a Resource id.`, field));
    else if (seen.has(parsed.id))
      failed.push(new UserError('DUPLICATE_RESOURCE', 'This resource appears earlier in the same call.', field));
    else {
      seen.add(parsed.id);
      wanted.push({ index, field, id: parsed.id });
    }
  });
  const rows = wanted.length
    ? await tx.find(Resource, {
        $and: [
          { id: { $in: wanted.map((w) => w.id) } },
          ownCustomerRowsFilter<Resource>(viewer),
          { customer: ownCustomerFilter(viewer) },
        ],
      } as FilterQuery<Resource>)
    : [];
  const byId = new Map(rows.map((r) => [r.id, r]));
  const authorized = await authorizedCustomers(tx, viewer, [...new Set(rows.map((r) => r.customer.id))]);
  const items: ResourceItem[] = [];
  for (const w of wanted) {
    const resource = byId.get(w.id);
    if (!resource) failed.push(resourceNotFound(w.field));
    else if (!authorized.has(resource.customer.id)) failed.push(authorizationRequired(w.field));
    else if (!resource.isMainResource)
      failed.push(
        new UserError(
          'NOT_MAIN_RESOURCE',
          'This is a dependent resource: it is renewed, unsubscribed and set with its main resource (Resource.parentResource).',
          w.field,
        ),
      );
    else if (resource.status !== ResourceStatus.IN_USE)
      failed.push(
        new UserError(
          'RESOURCE_NOT_IN_USE',
          `The resource is ${ResourceStatus[resource.status]}, not IN_USE.`,
          w.field,
        ),
      );
    else items.push({ index: w.index, field: w.field, resource });
  }
  return items;
}

/** The paid order a resource was bought or last renewed on, and the line item that priced it. */
interface PaidSource {
  order: Order;
  line: OrderLineItem;
}

async function paidSources(tx: EntityManager, resources: Resource[]): Promise<Map<number, PaidSource>> {
  const orderIds = [...new Set(resources.map((r) => r.order?.id).filter((id): id is number => id != null))];
  if (orderIds.length === 0) return new Map();
  const orders = new Map(
    (
      await tx.find(
        Order,
        {
          id: { $in: orderIds },
          status: { $in: [OrderStatus.PROCESSING, OrderStatus.COMPLETED] },
          paymentTime: { $ne: null },
        },
        READ_ONLY,
      )
    ).map((o) => [o.id, o]),
  );
  const lines = await tx.find(
    OrderLineItem,
    { order: { $in: [...orders.keys()] } },
    { orderBy: { id: 'asc' }, ...READ_ONLY },
  );
  const out = new Map<number, PaidSource>();
  for (const resource of resources) {
    const order = resource.order ? orders.get(resource.order.id) : undefined;
    if (!order) continue;
    const own = lines.filter((l) => l.order.id === order.id);
    // Its own tagged line (a renewal made here), else the first line of its service, else the first line.
    const line =
      own.find((l) => resourceIdOfLine(l) === resource.resourceId) ??
      own.find((l) => l.serviceTypeCode === resource.serviceTypeCode) ??
      own[0];
    if (line) out.set(resource.id, { order, line });
  }
  return out;
}

function groupByCustomer<T extends { resource: Resource }>(items: T[]): T[][] {
  const groups = new Map<number, T[]>();
  for (const item of items) {
    const list = groups.get(item.resource.customer.id) ?? [];
    list.push(item);
    groups.set(item.resource.customer.id, list);
  }
  return [...groups.values()];
}

const byField = (a: UserError, b: UserError) =>
  (a.field ?? '').localeCompare(b.field ?? '', undefined, { numeric: true });

function checkBatchSize(ids: string[]): UserError | null {
  if (ids.length === 0) return new UserError('BATCH_EMPTY', 'input.resourceIds is empty.', 'input.resourceIds');
  if (ids.length > MAX_RESOURCES_PER_CALL)
    return new UserError(
      'BATCH_TOO_LARGE',
      `At most ${MAX_RESOURCES_PER_CALL} resources per call; got ${ids.length}.`,
      'input.resourceIds',
    );
  return null;
}

// ── Payment ────────────────────────────────────────────────────────────────────────────────────

interface PaymentPlan {
  amountAfterDiscount: number;
  discounts: OrderDiscount[];
  coupons: { couponId: number; amount: number; kind: CouponKind; field: string }[];
  cash: number;
}

/**
 * Pays a PENDING_PAYMENT order by `plan`, inside the caller's savepoint: the order is claimed
 * first (the gate against concurrent payments), then coupons, then the customer's balance, each a
 * conditional update; any refusal throws a Refusal and the savepoint undoes all of it. A renewal
 * order extends its resources. The order ends COMPLETED (PROCESSING on the way).
 */
async function payInTx(
  tx: EntityManager,
  viewer: Viewer,
  order: Order,
  customerId: number,
  plan: PaymentPlan,
  now: Date,
  field: string,
): Promise<{ balance: number | null }> {
  const couponAmount = plan.coupons.filter((c) => c.kind !== CouponKind.CASH).reduce((s, c) => s + c.amount, 0);
  const cashCouponAmount = plan.coupons.filter((c) => c.kind === CouponKind.CASH).reduce((s, c) => s + c.amount, 0);
  // The customer's row first, as unbindCustomer and switchAssociationType lock it before its coupons:
  // a payment that spent a coupon and then waited for the row would deadlock with them (PostgreSQL).
  if (!(await holdResaleCustomer(tx, customerId, viewer.partner.id))) {
    const current = await tx.findOneOrFail(SubCustomer, customerId, { refresh: true });
    throw new Refusal(
      current.unboundAt != null
        ? authorizationRequired(field)
        : new UserError(
            'NOT_RESALE_CUSTOMER',
            'Only orders of RESALE (代售) customers can be paid on their behalf; an ADVISORY customer pays the cloud itself.',
            field,
          ),
    );
  }
  const claimed = await claimOrderForPayment(tx, {
    orderId: order.id,
    now,
    amountAfterDiscount: plan.amountAfterDiscount,
    discountsJson: JSON.stringify(plan.discounts),
    couponAmount,
    cashCouponAmount,
  });
  if (!claimed)
    throw new Refusal(
      new UserError(
        'ORDER_NOT_PENDING',
        'The order is no longer waiting for payment (paid, cancelled or past its deadline meanwhile).',
        field,
      ),
    );
  // Ascending coupon ids (the amounts were planned in the given order): the lock order of lockCouponsAndQuotas.
  for (const c of [...plan.coupons].sort((a, b) => a.couponId - b.couponId)) {
    const spent = await spendCoupon(tx, {
      couponId: c.couponId,
      partnerId: viewer.partner.id,
      customerId,
      amount: c.amount,
      orderId: order.id,
      now,
    });
    if (!spent)
      throw new Refusal(
        new UserError(
          'COUPON_NOT_USABLE',
          'The coupon was used, reclaimed or changed meanwhile. Nothing was changed.',
          c.field,
        ),
      );
  }
  let balance: number | null = null;
  if (plan.cash > 0) {
    balance = await changeCustomerBalance(tx, customerId, -plan.cash);
    if (balance == null) {
      const current = await tx.findOne(SubCustomer, customerId, { refresh: true });
      throw new Refusal(insufficientFunds(field, plan.cash, current?.balance ?? 0));
    }
    await writeLedger(
      tx,
      order.orderId,
      [
        {
          partnerId: viewer.partner.id,
          customerId,
          tradeType: TradeType.ORDER_PAYMENT,
          amount: -plan.cash,
          balanceAfter: balance,
        },
      ],
      now,
    );
  }
  if (order.orderType === OrderType.RENEWAL) {
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
  // Resources of other order types are provisioned by the cloud; here the order completes at once.
  if (!(await changeOrderStatus(tx, order.id, OrderStatus.PROCESSING, OrderStatus.COMPLETED)))
    throw new Error(`order ${order.id} left PROCESSING during its payment`);
  return { balance };
}

const refusedPayment = (error: UserError): PayOrderPayload => ({
  order: null,
  customer: null,
  coupons: [],
  cashPaid: null,
  userErrors: [error],
});

/** Chooses the discount(s) to apply from what the order lists: at most one. */
function chooseDiscounts(order: Order, types: string[] | null | undefined): OrderDiscount[] | UserError {
  const offered = order.discounts ?? [];
  if (types == null) {
    if (offered.length > MAX_DISCOUNTS_PER_ORDER) {
      return new UserError(
        'TOO_MANY_DISCOUNTS',
        `The order lists ${offered.length} discounts and at most ${MAX_DISCOUNTS_PER_ORDER} may apply: choose one with input.discountTypes.`,
        'input.discountTypes',
      );
    }
    return offered;
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

/** Whether a coupon's quota limits (cloud service types, products) admit every line of the order. */
function couponFitsOrder(coupon: Coupon, lines: OrderLineItem[]): boolean {
  const quota = coupon.quota.getEntity();
  return lines.every(
    (l) =>
      (quota.cloudServiceTypes.length === 0 || quota.cloudServiceTypes.includes(l.serviceTypeCode)) &&
      (quota.productIds.length === 0 || quota.productIds.includes(l.productId)),
  );
}

/** 支付订单: pays a pending order of a RESALE customer with up to 3 coupons, then its balance. */
export async function payOrder(ctx: Context, input: PayOrderInput): Promise<PayOrderPayload> {
  const viewer = requireViewer(ctx);
  const couponIds = input.couponIds ?? [];
  if (couponIds.length > MAX_COUPONS_PER_ORDER) {
    return refusedPayment(
      new UserError(
        'TOO_MANY_COUPONS',
        `At most ${MAX_COUPONS_PER_ORDER} coupons per order; got ${couponIds.length}.`,
        'input.couponIds',
      ),
    );
  }
  if (input.discountTypes != null && input.discountTypes.length > MAX_DISCOUNTS_PER_ORDER) {
    return refusedPayment(
      new UserError(
        'TOO_MANY_DISCOUNTS',
        `At most ${MAX_DISCOUNTS_PER_ORDER} discount per order; got ${input.discountTypes.length}.`,
        'input.discountTypes',
      ),
    );
  }
  return runIdempotent({
    ctx,
    operation: 'payOrder',
    key: idempotencyKeyOf(ctx, input.idempotencyKey),
    input: input as unknown as Record<string, unknown>,
    conflict: refusedPayment,
    execute: async (tx) => {
      const now = new Date();
      const status = partnerStatusError(viewer);
      if (status) return refusedPayment(status);
      const order = await loadOwnOrder(tx, viewer, input.orderId);
      if (!order) return refusedPayment(orderNotFound());
      const customer = await tx.findOneOrFail(SubCustomer, order.customer.id);
      if (!(await authorizedCustomers(tx, viewer, [customer.id])).has(customer.id))
        return refusedPayment(authorizationRequired('input.orderId'));
      if (order.status !== OrderStatus.PENDING_PAYMENT) {
        return refusedPayment(
          new UserError(
            'ORDER_NOT_PENDING',
            `Only PENDING_PAYMENT orders can be paid; this one is ${OrderStatus[order.status]}.`,
            'input.orderId',
          ),
        );
      }
      if (!order.pendingPaymentEndTime || order.pendingPaymentEndTime.getTime() <= now.getTime()) {
        return refusedPayment(
          new UserError(
            'ORDER_PAYMENT_EXPIRED',
            'The payment deadline (pendingPaymentEndTime) of the order has passed.',
            'input.orderId',
          ),
        );
      }
      if (customer.associationType !== AssociationType.RESALE) {
        return refusedPayment(
          new UserError(
            'NOT_RESALE_CUSTOMER',
            'Only orders of RESALE (代售) customers can be paid on their behalf; an ADVISORY customer pays the cloud itself.',
            'input.orderId',
          ),
        );
      }
      const discounts = chooseDiscounts(order, input.discountTypes);
      if (discounts instanceof UserError) return refusedPayment(discounts);
      const amountAfterDiscount = Math.max(0, order.officialAmount - discounts.reduce((s, d) => s + d.amount, 0));

      // Coupons: the customer's own, from your partner, usable now, of a kind and scope that fit the order.
      const parsed = couponIds.map((id) => fromGlobalId(id));
      for (const [i, p] of parsed.entries()) {
        if (p?.type !== 'Coupon')
          return refusedPayment(
            new UserError('INVALID_ID', `input.couponIds[${i}] is not a Coupon id.`, `input.couponIds[${i}]`),
          );
        if (parsed.slice(0, i).some((q) => q?.id === p.id))
          return refusedPayment(
            new UserError(
              'DUPLICATE_COUPON',
              'This coupon appears earlier in input.couponIds.',
              `input.couponIds[${i}]`,
            ),
          );
      }
      const ids = parsed.map((p) => p!.id);
      const coupons = ids.length
        ? new Map(
            (
              await tx.find(
                Coupon,
                { id: { $in: ids }, partner: viewer.partner.id, customer: customer.id },
                { populate: ['quota'] },
              )
            ).map((c) => [c.id, c]),
          )
        : new Map<number, Coupon>();
      const lines = await tx.find(OrderLineItem, { order: order.id }, { orderBy: { id: 'asc' }, ...READ_ONLY });
      const plan: PaymentPlan = { amountAfterDiscount, discounts, coupons: [], cash: 0 };
      let remaining = amountAfterDiscount;
      for (const [i, id] of ids.entries()) {
        const field = `input.couponIds[${i}]`;
        const coupon = coupons.get(id);
        const notUsable = (why: string) => refusedPayment(new UserError('COUPON_NOT_USABLE', why, field));
        if (!coupon) return notUsable("No coupon of this order's customer issued by your partner has that id.");
        if (coupon.status !== CouponStatus.USABLE)
          return notUsable(`The coupon is ${CouponStatus[coupon.status]}, not USABLE.`);
        if (coupon.effectiveTime.getTime() > now.getTime() || coupon.expireTime.getTime() <= now.getTime())
          return notUsable('The coupon is outside its validity.');
        if (!ORDER_COUPON_KINDS.includes(coupon.kind))
          return notUsable(`${coupon.kind} coupons do not pay yearly/monthly orders.`);
        if (!couponFitsOrder(coupon, lines))
          return notUsable(
            "The coupon's quota limits its use to other cloud service types or products than this order's.",
          );
        const use = Math.min(coupon.balance, remaining);
        if (use <= 0) return notUsable('The coupons before this one already cover the order.');
        plan.coupons.push({ couponId: coupon.id, amount: use, kind: coupon.kind, field });
        remaining -= use;
      }
      plan.cash = remaining;
      if (plan.cash > customer.balance)
        return refusedPayment(insufficientFunds('input.orderId', plan.cash, customer.balance));

      let balance: number | null;
      try {
        ({ balance } = await tx.transactional((inner) =>
          payInTx(inner, viewer, order, customer.id, plan, now, 'input.orderId'),
        ));
      } catch (err) {
        if (err instanceof Refusal) return refusedPayment(err.error);
        throw err;
      }
      await recordAudit(tx, ctx, {
        action: 'payOrder',
        target: order.globalId,
        before: {
          status: OrderStatus[order.status],
          balance: formatFen(customer.balance),
          coupons: plan.coupons.map((c) => ({
            coupon: toGlobalId('Coupon', c.couponId),
            balance: formatFen(coupons.get(c.couponId)!.balance),
          })),
        },
        after: {
          status: OrderStatus[OrderStatus.COMPLETED],
          amountAfterDiscount: formatFen(amountAfterDiscount),
          coupons: plan.coupons.map((c) => ({ coupon: toGlobalId('Coupon', c.couponId), used: formatFen(c.amount) })),
          cashPaid: formatFen(plan.cash),
          balance: formatFen(balance ?? customer.balance),
        },
      });
      return {
        order: await tx.findOneOrFail(Order, order.id, READ_ONLY),
        customer: await tx.findOneOrFail(SubCustomer, customer.id, { refresh: true }),
        coupons: ids.length ? await orderedFresh(tx, Coupon, ids) : [],
        cashPaid: money(plan.cash),
        userErrors: [],
      };
    },
  });
}

async function orderedFresh<T extends { id: number }>(
  tx: EntityManager,
  entity: new () => T,
  ids: number[],
): Promise<T[]> {
  const rows = new Map(
    (await tx.find(entity, { id: { $in: ids } } as unknown as FilterQuery<T>, { refresh: true })).map((r) => [r.id, r]),
  );
  return ids.map((id) => rows.get(id)!).filter(Boolean);
}

// ── Cancel ─────────────────────────────────────────────────────────────────────────────────────

/** 取消订单: cancels a PENDING_PAYMENT order. */
export async function cancelOrder(ctx: Context, input: CancelOrderInput): Promise<CancelOrderPayload> {
  const viewer = requireViewer(ctx);
  const refused = (error: UserError): CancelOrderPayload => ({ order: null, userErrors: [error] });
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
    return { order: await tx.findOneOrFail(Order, order.id, READ_ONLY), userErrors: [] };
  });
}

// ── Renew ──────────────────────────────────────────────────────────────────────────────────────

function checkPeriod(periodType: PeriodType, periodNum: number): UserError | null {
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

/**
 * Creates an order with its line items in `tx` and returns it with its id. The entities are
 * inserted directly and never managed (see READ_ONLY), so no later flush writes them again.
 */
async function createOrder(
  tx: EntityManager,
  viewer: Viewer,
  args: {
    customerId: number;
    orderType: OrderType;
    status: OrderStatus;
    now: Date;
    pendingPaymentEndTime: Date | null;
    lines: Omit<OrderLineItem, 'id' | 'order'>[];
  },
): Promise<Order> {
  const total = args.lines.reduce((s, l) => s + l.amount, 0);
  const order = tx.create(
    Order,
    {
      partner: viewer.partner.id,
      customer: args.customerId,
      orderId: newOrderId(args.now),
      status: args.status,
      orderType: args.orderType,
      sourceType: OrderSource.PARTNER,
      serviceTypeCode: args.lines[0].serviceTypeCode,
      officialAmount: total,
      amountAfterDiscount: total,
      discounts: [],
      couponAmount: 0,
      cashCouponAmount: 0,
      createTime: args.now,
      paymentTime: null,
      pendingPaymentEndTime: args.pendingPaymentEndTime,
      version: 1,
    },
    { persist: false },
  );
  order.id = (await tx.insert(order)) as number;
  for (const line of args.lines)
    await tx.insert(tx.create(OrderLineItem, { ...line, order: order.id }, { persist: false }));
  return order;
}

/** 续费: renews main resources (with their dependents) on one RENEWAL order per customer. */
export async function renewResources(ctx: Context, input: RenewResourcesInput): Promise<RenewResourcesPayload> {
  const viewer = requireViewer(ctx);
  const refused = (error: UserError): RenewResourcesPayload => ({
    succeeded: [],
    failed: [],
    orders: [],
    userErrors: [error],
  });
  const shape = checkBatchSize(input.resourceIds) ?? checkPeriod(input.periodType, input.periodNum);
  if (shape) return refused(shape);
  const autoPay = input.autoPay === true;
  return runIdempotent({
    ctx,
    operation: 'renewResources',
    key: idempotencyKeyOf(ctx, input.idempotencyKey),
    input: input as unknown as Record<string, unknown>,
    conflict: refused,
    execute: async (tx) => {
      const now = new Date();
      if (autoPay) {
        const status = partnerStatusError(viewer);
        if (status) return refused(status);
      }
      const failed: UserError[] = [];
      const loaded = await loadResourceBatch(tx, viewer, input.resourceIds, failed);
      const locked = await lockInUseResources(
        tx,
        loaded.map((i) => i.resource.id),
      );
      const unpaid = await resourcesInUnpaidOrders(tx, [...new Set(loaded.map((i) => i.resource.customer.id))], now);
      const sources = await paidSources(
        tx,
        loaded.map((i) => i.resource),
      );
      const customers = new Map(
        (await tx.find(SubCustomer, { id: { $in: [...new Set(loaded.map((i) => i.resource.customer.id))] } })).map(
          (c) => [c.id, c],
        ),
      );
      const ready: (ResourceItem & { source: PaidSource })[] = [];
      for (const item of loaded) {
        const source = sources.get(item.resource.id);
        if (!locked.has(item.resource.id))
          failed.push(new UserError('RESOURCE_NOT_IN_USE', 'The resource is no longer IN_USE.', item.field));
        else if (unpaid.has(item.resource.resourceId)) {
          failed.push(
            new UserError(
              'RESOURCE_IN_UNPAID_ORDER',
              'The resource is already on an order waiting for payment (CBC.30050010): pay or cancel that order first.',
              item.field,
            ),
          );
        } else if (!source)
          failed.push(
            new UserError(
              'RESOURCE_NOT_PAID',
              'No paid order of this resource is known to price the renewal from.',
              item.field,
            ),
          );
        else if (autoPay && customers.get(item.resource.customer.id)?.associationType !== AssociationType.RESALE) {
          failed.push(
            new UserError(
              'NOT_RESALE_CUSTOMER',
              "autoPay pays from the customer's balance, which only RESALE (代售) customers have; renew without autoPay.",
              item.field,
            ),
          );
        } else ready.push({ ...item, source });
      }

      const succeeded: { index: number; resourceId: number; orderId: number; amount: number }[] = [];
      const orderIds: number[] = [];
      for (const group of groupByCustomer(ready)) {
        const customer = customers.get(group[0].resource.customer.id)!;
        const priced = group.map((item) => ({
          item,
          amount: renewalPrice(item.source.line, input.periodType, input.periodNum),
        }));
        try {
          const order = await tx.transactional(async (inner) => {
            const created = await createOrder(inner, viewer, {
              customerId: customer.id,
              orderType: OrderType.RENEWAL,
              status: OrderStatus.PENDING_PAYMENT,
              now,
              pendingPaymentEndTime: new Date(now.getTime() + RENEWAL_PAYMENT_WINDOW_DAYS * 24 * 3600 * 1000),
              lines: priced.map(({ item, amount }) => ({
                productId: item.source.line.productId,
                serviceTypeCode: item.resource.serviceTypeCode,
                productSpecDesc: taggedSpec(item.source.line.productSpecDesc, item.resource.resourceId),
                periodType: input.periodType,
                periodNum: input.periodNum,
                subscriptionNum: 1,
                amount,
                effectiveTime: item.resource.expireTime,
                expireTime: addMonths(item.resource.expireTime, monthsOf(input.periodType, input.periodNum)),
              })),
            });
            let balance: number | null = null;
            if (autoPay) {
              const total = created.officialAmount;
              if (total > customer.balance) throw new Refusal(insufficientFunds('', total, customer.balance));
              ({ balance } = await payInTx(
                inner,
                viewer,
                created,
                customer.id,
                { amountAfterDiscount: total, discounts: [], coupons: [], cash: total },
                now,
                '',
              ));
            }
            await recordAudit(inner, ctx, {
              action: 'renewResources',
              target: created.globalId,
              before: autoPay ? { balance: formatFen(customer.balance) } : null,
              after: {
                orderId: created.orderId,
                status: OrderStatus[autoPay ? OrderStatus.COMPLETED : OrderStatus.PENDING_PAYMENT],
                amount: formatFen(created.officialAmount),
                period: `${input.periodNum} ${PeriodType[input.periodType]}`,
                resources: priced.map(({ item, amount }) => ({
                  resource: item.resource.globalId,
                  amount: formatFen(amount),
                })),
                ...(autoPay ? { balance: formatFen(balance ?? customer.balance) } : {}),
              },
            });
            return created;
          });
          orderIds.push(order.id);
          for (const { item, amount } of priced)
            succeeded.push({ index: item.index, resourceId: item.resource.id, orderId: order.id, amount });
        } catch (err) {
          if (!(err instanceof Refusal)) throw err;
          for (const { item } of priced) failed.push(new UserError(err.error.code, err.error.message, item.field));
        }
      }
      failed.sort(byField);
      return { ...(await results(tx, succeeded, orderIds)), failed, userErrors: [] };
    },
  });
}

async function results(
  tx: EntityManager,
  done: { index: number; resourceId: number; orderId: number; amount: number }[],
  orderIds: number[],
) {
  const orders = new Map((await tx.find(Order, { id: { $in: orderIds } }, READ_ONLY)).map((o) => [o.id, o]));
  const resources = new Map(
    (await tx.find(Resource, { id: { $in: done.map((d) => d.resourceId) } }, { refresh: true })).map((r) => [r.id, r]),
  );
  const succeeded: ResourceOrderResult[] = done
    .sort((a, b) => a.index - b.index)
    .map((d) => ({
      index: d.index,
      resource: resources.get(d.resourceId)!,
      order: orders.get(d.orderId)!,
      amount: money(d.amount),
    }));
  return { succeeded, orders: orderIds.map((id) => orders.get(id)!) };
}

// ── Unsubscribe ────────────────────────────────────────────────────────────────────────────────

/** 退订: unsubscribes main resources (with their dependents) on one UNSUBSCRIBE order per customer, refunding the unused part. */
export async function unsubscribeResources(
  ctx: Context,
  input: UnsubscribeResourcesInput,
): Promise<UnsubscribeResourcesPayload> {
  const viewer = requireViewer(ctx);
  const refused = (error: UserError): UnsubscribeResourcesPayload => ({
    succeeded: [],
    failed: [],
    orders: [],
    userErrors: [error],
  });
  const shape = checkBatchSize(input.resourceIds);
  if (shape) return refused(shape);
  if (input.reason != null && input.reason.length > MAX_REASON_LENGTH) {
    return refused(
      new UserError('REASON_TOO_LONG', `reason is longer than ${MAX_REASON_LENGTH} characters.`, 'input.reason'),
    );
  }
  return runIdempotent({
    ctx,
    operation: 'unsubscribeResources',
    key: idempotencyKeyOf(ctx, input.idempotencyKey),
    input: input as unknown as Record<string, unknown>,
    conflict: refused,
    execute: async (tx) => {
      const now = new Date();
      const status = partnerStatusError(viewer);
      if (status) return refused(status);
      const failed: UserError[] = [];
      const loaded = await loadResourceBatch(tx, viewer, input.resourceIds, failed);
      const locked = await lockInUseResources(
        tx,
        loaded.map((i) => i.resource.id),
      );
      const unpaid = await resourcesInUnpaidOrders(tx, [...new Set(loaded.map((i) => i.resource.customer.id))], now);
      const sources = await paidSources(
        tx,
        loaded.map((i) => i.resource),
      );
      const customers = new Map(
        (await tx.find(SubCustomer, { id: { $in: [...new Set(loaded.map((i) => i.resource.customer.id))] } })).map(
          (c) => [c.id, c],
        ),
      );
      const ready: (ResourceItem & { source: PaidSource })[] = [];
      for (const item of loaded) {
        const source = sources.get(item.resource.id);
        if (!locked.has(item.resource.id))
          failed.push(new UserError('RESOURCE_NOT_IN_USE', 'The resource is no longer IN_USE.', item.field));
        else if (unpaid.has(item.resource.resourceId)) {
          failed.push(
            new UserError(
              'RESOURCE_IN_UNPAID_ORDER',
              'The resource is on an order waiting for payment (CBC.30050010): pay or cancel that order first.',
              item.field,
            ),
          );
        } else if (!source)
          failed.push(
            new UserError(
              'RESOURCE_NOT_PAID',
              'The resource has no paid order: only paid resources can be unsubscribed.',
              item.field,
            ),
          );
        else ready.push({ ...item, source });
      }

      const succeeded: { index: number; resourceId: number; orderId: number; amount: number }[] = [];
      const orderIds: number[] = [];
      for (const group of groupByCustomer(ready)) {
        const customer = customers.get(group[0].resource.customer.id)!;
        const priced = group.map((item) => ({
          item,
          amount: unsubscribeRefund(item.source.line, item.source.order, item.resource, now),
        }));
        try {
          const order = await tx.transactional(async (inner) => {
            const created = await createOrder(inner, viewer, {
              customerId: customer.id,
              orderType: OrderType.UNSUBSCRIBE,
              status: OrderStatus.COMPLETED,
              now,
              pendingPaymentEndTime: null,
              lines: priced.map(({ item, amount }) => ({
                productId: item.source.line.productId,
                serviceTypeCode: item.resource.serviceTypeCode,
                productSpecDesc: taggedSpec(item.source.line.productSpecDesc, item.resource.resourceId),
                periodType: item.source.line.periodType,
                periodNum: item.source.line.periodNum,
                subscriptionNum: 1,
                amount,
                effectiveTime: now,
                expireTime: item.resource.expireTime,
              })),
            });
            for (const { item } of priced) {
              if (!(await closeResource(inner, item.resource.id)))
                throw new Refusal(
                  new UserError('RESOURCE_NOT_IN_USE', 'The resource is no longer IN_USE.', item.field),
                );
            }
            const refund = created.officialAmount;
            let balance: number | null = null;
            // A RESALE customer's refund goes back to its balance; an ADVISORY customer's to its own cloud account, outside these books.
            if (refund > 0 && customer.associationType === AssociationType.RESALE) {
              balance = await changeCustomerBalance(inner, customer.id, refund);
              if (balance == null)
                throw new Refusal(
                  new UserError(
                    'NOT_RESALE_CUSTOMER',
                    'The customer stopped being RESALE meanwhile; nothing was changed.',
                    priced[0].item.field,
                  ),
                );
              await writeLedger(
                inner,
                created.orderId,
                [
                  {
                    partnerId: viewer.partner.id,
                    customerId: customer.id,
                    tradeType: TradeType.REFUND,
                    amount: refund,
                    balanceAfter: balance,
                  },
                ],
                now,
              );
            }
            await recordAudit(inner, ctx, {
              action: 'unsubscribeResources',
              target: created.globalId,
              before: {
                balance: formatFen(customer.balance),
                resources: priced.map(({ item }) => ({
                  resource: item.resource.globalId,
                  status: ResourceStatus[item.resource.status],
                })),
              },
              after: {
                orderId: created.orderId,
                refund: formatFen(refund),
                refundedToBalance: balance != null,
                balance: formatFen(balance ?? customer.balance),
                reason: input.reason ?? null,
                resources: priced.map(({ item, amount }) => ({
                  resource: item.resource.globalId,
                  status: ResourceStatus[ResourceStatus.CLOSED],
                  refund: formatFen(amount),
                })),
              },
            });
            return created;
          });
          orderIds.push(order.id);
          for (const { item, amount } of priced)
            succeeded.push({ index: item.index, resourceId: item.resource.id, orderId: order.id, amount });
        } catch (err) {
          if (!(err instanceof Refusal)) throw err;
          for (const { item } of priced) failed.push(new UserError(err.error.code, err.error.message, item.field));
        }
      }
      failed.sort(byField);
      return { ...(await results(tx, succeeded, orderIds)), failed, userErrors: [] };
    },
  });
}

// ── Auto-renew ─────────────────────────────────────────────────────────────────────────────────

/** 设置自动续费: turns auto-renewal of paid, in-use main resources (and their dependents) on or off. */
export async function setAutoRenew(ctx: Context, input: SetAutoRenewInput): Promise<SetAutoRenewPayload> {
  const viewer = requireViewer(ctx);
  const refused = (error: UserError): SetAutoRenewPayload => ({ succeeded: [], failed: [], userErrors: [error] });
  const shape = checkBatchSize(input.resourceIds);
  if (shape) return refused(shape);
  const times = input.autoRenewTimes;
  if (!input.enabled && times != null)
    return refused(
      new UserError('INVALID_AUTO_RENEW_TIMES', 'autoRenewTimes goes with enabled: true only.', 'input.autoRenewTimes'),
    );
  if (times != null && (!Number.isInteger(times) || times < 0 || times > MAX_AUTO_RENEW_TIMES)) {
    return refused(
      new UserError(
        'INVALID_AUTO_RENEW_TIMES',
        `autoRenewTimes must be 0–${MAX_AUTO_RENEW_TIMES} (0 = unlimited); got ${times}.`,
        'input.autoRenewTimes',
      ),
    );
  }
  const policy = input.enabled ? ExpirePolicy.AUTO_RENEW : ExpirePolicy.GRACE_PERIOD;
  const renewTimes = input.enabled ? (times ?? 0) : null;
  return ctx.em.transactional(async (tx) => {
    const failed: UserError[] = [];
    const loaded = await loadResourceBatch(tx, viewer, input.resourceIds, failed);
    const sources = await paidSources(
      tx,
      loaded.map((i) => i.resource),
    );
    const done: { index: number; resourceId: number }[] = [];
    for (const item of loaded) {
      if (!sources.has(item.resource.id)) {
        failed.push(
          new UserError(
            'RESOURCE_NOT_PAID',
            'Auto-renewal can be set only after the resource was paid for.',
            item.field,
          ),
        );
        continue;
      }
      if (!(await setExpirePolicy(tx, item.resource.id, policy, renewTimes))) {
        failed.push(new UserError('RESOURCE_NOT_IN_USE', 'The resource is no longer IN_USE.', item.field));
        continue;
      }
      await recordAudit(tx, ctx, {
        action: 'setAutoRenew',
        target: item.resource.globalId,
        before: {
          expirePolicy: ExpirePolicy[item.resource.expirePolicy],
          autoRenewTimes: item.resource.autoRenewTimes ?? null,
        },
        after: { expirePolicy: ExpirePolicy[policy], autoRenewTimes: renewTimes },
      });
      done.push({ index: item.index, resourceId: item.resource.id });
    }
    failed.sort(byField);
    const fresh = new Map(
      (await tx.find(Resource, { id: { $in: done.map((d) => d.resourceId) } }, { refresh: true })).map((r) => [
        r.id,
        r,
      ]),
    );
    return {
      succeeded: done.map((d) => ({ index: d.index, resource: fresh.get(d.resourceId)! })),
      failed,
      userErrors: [],
    };
  });
}
