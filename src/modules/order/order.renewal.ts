import type { SqlEntityManager } from '@mikro-orm/knex';
import type { Context } from '../../context';
import { UserError } from '../../common/errors';
import { formatFen } from '../../common/money';
import { firstRefusal, refusal } from '../../common/mutation-kit';
import { requireViewer, type Viewer } from '../../permissions/viewer';
import { recordAudit } from '../audit/audit.service';
import type { SubCustomer } from '../customer/customer.entity';
import { AssociationType } from '../customer/customer.enums';
import { idempotent } from '../idempotency/idempotency.service';
import { partnerActive } from '../partner/partner.guards';
import { addPerformance } from '../performance/rollup';
import { OrderStatus, OrderType, PeriodType } from './order.enums';
import type { RenewResourcesInput } from './order.mutation-inputs';
import type { RenewResourcesPayload } from './order.payloads';
import { payInTx } from './order.payment';
import { addMonths, checkPeriod, discountedAmount, monthsOf, RENEWAL_PAYMENT_WINDOW_DAYS } from './order.pricing';
import { loadRenewalBasis, priceRenewal, type RenewalPricedLine, renewalOrderDiscounts } from './order.renewal-pricing';
import {
  checkBatchSize,
  orderResources,
  type PricedItem,
  parseResourceIds,
  type ResourceOrderKind,
} from './order.resource-batch';
import { createOrder, taggedSpec } from './order.scope';

/** 续费 of main resources with their dependents, priced from the catalogue (order.renewal-pricing.ts). */

const refusedRenewal = refusal<RenewResourcesPayload>({ succeeded: [], failed: [], orders: [] });

/** A main resource's order line: its catalogue specification (and how many dependents), the list amounts of all. */
function renewalLine(item: PricedItem['item'], lines: RenewalPricedLine[], input: RenewResourcesInput) {
  const [main, ...dependents] = lines;
  const spec = dependents.length
    ? `${main.price.productSpecDesc} + ${dependents.length} 挂载资源`
    : main.price.productSpecDesc;
  return {
    productId: main.price.productCode,
    serviceTypeCode: item.resource.serviceTypeCode,
    productSpecDesc: taggedSpec(spec, item.resource.resourceId),
    periodType: input.periodType,
    periodNum: input.periodNum,
    subscriptionNum: 1,
    amount: lines.reduce((s, l) => s + l.listAmount, 0),
    effectiveTime: item.resource.expireTime,
    expireTime: addMonths(item.resource.expireTime, monthsOf(input.periodType, input.periodNum)),
  };
}

/** One RENEWAL order of a customer: one line per main resource at its dependents' and its list price, the customer's discount on the order; with autoPay paid at once. */
function renewal(ctx: Context, viewer: Viewer, input: RenewResourcesInput, now: Date): ResourceOrderKind {
  const autoPay = input.autoPay === true;
  const quoted = new Map<number, RenewalPricedLine[] | UserError>();
  const linesOf = (item: PricedItem['item']) => {
    const lines = quoted.get(item.resource.id);
    return Array.isArray(lines) ? lines : [];
  };
  const apply = async (inner: SqlEntityManager, customer: SubCustomer, priced: PricedItem[]) => {
    const all = priced.flatMap(({ item }) => linesOf(item));
    const discounts = renewalOrderDiscounts(all);
    const created = await createOrder(inner, viewer, {
      customerId: customer.id,
      orderType: OrderType.RENEWAL,
      status: OrderStatus.PENDING_PAYMENT,
      now,
      pendingPaymentEndTime: new Date(now.getTime() + RENEWAL_PAYMENT_WINDOW_DAYS * 24 * 3600 * 1000),
      lines: priced.map(({ item }) => renewalLine(item, linesOf(item), input)),
      discounts,
    });
    const due = discountedAmount(created.officialAmount, discounts);
    let balance: number | null = null;
    if (autoPay) {
      // The customer's balance first, then the partner's credit; INSUFFICIENT_FUNDS (a Refusal) when both fall short.
      const plan = { amountAfterDiscount: due, discounts, coupons: [], cash: due };
      ({ balance } = await payInTx(inner, viewer, created, customer.id, plan, now, ''));
    }
    await recordAudit(inner, ctx, {
      action: 'renewResources',
      target: created.globalId,
      before: autoPay ? { balance: formatFen(customer.balance) } : null,
      after: {
        orderId: created.orderId,
        status: OrderStatus[autoPay ? OrderStatus.COMPLETED : OrderStatus.PENDING_PAYMENT],
        amount: formatFen(created.officialAmount),
        charged: formatFen(due),
        period: `${input.periodNum} ${PeriodType[input.periodType]}`,
        resources: all.map((l) => ({ resource: l.resource.globalId, amount: formatFen(l.amount) })),
        ...(autoPay ? { balance: formatFen(balance ?? customer.balance) } : {}),
      },
    });
    return created;
  };
  return {
    unpaidMessage:
      'The resource is already on an order waiting for payment (CBC.30050010): pay or cancel that order first.',
    notPaidMessage: 'No paid order of this resource is known: only paid resources are renewed.',
    prepare: async (tx, items) => {
      const basis = await loadRenewalBasis(
        tx,
        viewer.partner.id,
        items.map((i) => i.resource),
      );
      const period = { periodType: input.periodType, periodCount: input.periodNum, autoPay, now };
      for (const item of items) quoted.set(item.resource.id, priceRenewal(item.resource, basis, period, item.field));
    },
    refuse: (item, customer) => {
      if (autoPay && customer?.associationType !== AssociationType.RESALE)
        return new UserError(
          'NOT_RESALE_CUSTOMER',
          "autoPay pays from the customer's balance, which only RESALE (代售) customers have; renew without autoPay.",
          item.field,
        );
      const lines = quoted.get(item.resource.id);
      return lines instanceof UserError ? lines : null;
    },
    // The same lines quoteRenewal shows: the main resource priced with its dependents, after the discount.
    price: (item) => linesOf(item).reduce((s, l) => s + l.amount, 0),
    apply,
  };
}

/** 续费: renews main resources (with their dependents) on one RENEWAL order per customer. */
export async function renewResources(ctx: Context, input: RenewResourcesInput): Promise<RenewResourcesPayload> {
  const viewer = requireViewer(ctx);
  const shape = checkBatchSize(input.resourceIds) ?? checkPeriod(input.periodType, input.periodNum);
  if (shape) return refusedRenewal(shape);
  return idempotent(ctx, {
    operation: 'renewResources',
    input,
    refused: refusedRenewal,
    execute: async (tx) => {
      const now = new Date();
      // Only paying at once moves money: a renewal left for payment is open to any partner.
      const problem = input.autoPay === true ? await firstRefusal(partnerActive(viewer)) : null;
      if (problem) return refusedRenewal(problem);
      const batch = parseResourceIds(input.resourceIds);
      const payload = await orderResources(tx, viewer, batch, renewal(ctx, viewer, input, now), now);
      // 业绩 roll-up of the renewals paid at once, the last row this transaction locks (db/locks.ts).
      const paid = payload.orders.filter((o) => o.status === OrderStatus.COMPLETED);
      await addPerformance(tx, viewer.partner.id, now, {
        paidAmount: paid.reduce((sum, o) => sum + o.amountAfterDiscount, 0),
        paidOrders: paid.length,
      });
      return payload;
    },
  });
}
