import type { SqlEntityManager } from '@mikro-orm/knex';
import type { Context } from '../../context';
import { UserError } from '../../common/errors';
import { formatFen } from '../../common/money';
import { type Batch, firstRefusal, refusal, success } from '../../common/mutation-kit';
import { lockRows } from '../../db/locks';
import { requireViewer, type Viewer } from '../../permissions/viewer';
import { recordAudit } from '../audit/audit.service';
import type { SubCustomer } from '../customer/customer.entity';
import { AssociationType } from '../customer/customer.enums';
import { bookCustomerCash } from '../funds/ledger';
import { TradeType } from '../funds/funds.enums';
import { idempotent } from '../idempotency/idempotency.service';
import { partnerActive } from '../partner/partner.guards';
import { addPerformance } from '../performance/rollup';
import { Resource } from './order.entity';
import { ExpirePolicy, OrderStatus, OrderType, ResourceStatus } from './order.enums';
import { noLongerInUse, Refusal } from './order.errors';
import { closeResource, setExpirePolicy } from './order.ledger';
import type { SetAutoRenewInput, UnsubscribeResourcesInput } from './order.mutation-inputs';
import type { SetAutoRenewPayload, UnsubscribeResourcesPayload } from './order.payloads';
import { unsubscribeRefund } from './order.pricing';
import {
  checkBatchSize,
  loadResourceBatch,
  orderResources,
  type PricedItem,
  parseResourceIds,
  type ResourceItem,
  type ResourceOrderKind,
} from './order.resource-batch';
import { createOrder, paidSources, taggedSpec } from './order.scope';

/** 续费, 退订 and 设置自动续费 of main resources (their dependents follow). */

export const MAX_AUTO_RENEW_TIMES = 99;
export const MAX_REASON_LENGTH = 200;

const refusedUnsubscription = refusal<UnsubscribeResourcesPayload>({ succeeded: [], failed: [], orders: [] });
const refusedAutoRenew = refusal<SetAutoRenewPayload>({ succeeded: [], failed: [] });

// ── Unsubscribe ────────────────────────────────────────────────────────────────────────────────

/** A RESALE customer's refund goes back to its balance; an ADVISORY customer's to its own cloud account, outside these books. */
async function refund(
  inner: SqlEntityManager,
  viewer: Viewer,
  customer: SubCustomer,
  orderId: string,
  amount: number,
  now: Date,
  field: string,
) {
  if (amount <= 0 || customer.associationType !== AssociationType.RESALE) return null;
  const balance = await bookCustomerCash(inner, {
    partnerId: viewer.partner.id,
    customerId: customer.id,
    amount,
    tradeType: TradeType.REFUND,
    tradeId: orderId,
    at: now,
  });
  if (balance == null)
    throw new Refusal(
      new UserError('NOT_RESALE_CUSTOMER', 'The customer stopped being RESALE meanwhile; nothing was changed.', field),
    );
  return balance;
}

/** One COMPLETED UNSUBSCRIBE order of a customer: its resources close, the refund is its amount. */
function unsubscription(ctx: Context, viewer: Viewer, input: UnsubscribeResourcesInput, now: Date): ResourceOrderKind {
  const apply = async (inner: SqlEntityManager, customer: SubCustomer, priced: PricedItem[]) => {
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
    for (const { item } of priced)
      if (!(await closeResource(inner, item.resource.id))) throw new Refusal(noLongerInUse(item.field));
    const total = created.officialAmount;
    const balance = await refund(inner, viewer, customer, created.orderId, total, now, priced[0].item.field);
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
        refund: formatFen(total),
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
  };
  return {
    unpaidMessage: 'The resource is on an order waiting for payment (CBC.30050010): pay or cancel that order first.',
    notPaidMessage: 'The resource has no paid order: only paid resources can be unsubscribed.',
    price: (item) => unsubscribeRefund(item.source.line, item.source.order, item.resource, now),
    apply,
  };
}

/** 退订: unsubscribes main resources (with their dependents) on one UNSUBSCRIBE order per customer, refunding the unused part. */
export async function unsubscribeResources(
  ctx: Context,
  input: UnsubscribeResourcesInput,
): Promise<UnsubscribeResourcesPayload> {
  const viewer = requireViewer(ctx);
  const shape = checkBatchSize(input.resourceIds);
  if (shape) return refusedUnsubscription(shape);
  if (input.reason != null && input.reason.length > MAX_REASON_LENGTH)
    return refusedUnsubscription(
      new UserError('REASON_TOO_LONG', `reason is longer than ${MAX_REASON_LENGTH} characters.`, 'input.reason'),
    );
  return idempotent(ctx, {
    operation: 'unsubscribeResources',
    input,
    refused: refusedUnsubscription,
    execute: async (tx) => {
      const now = new Date();
      const problem = await firstRefusal(partnerActive(viewer));
      if (problem) return refusedUnsubscription(problem);
      const batch = parseResourceIds(input.resourceIds);
      const payload = await orderResources(tx, viewer, batch, unsubscription(ctx, viewer, input, now), now);
      // 业绩 roll-up of the refunds, the last row this transaction locks (db/locks.ts).
      await addPerformance(tx, viewer.partner.id, now, {
        refundAmount: payload.orders.reduce((sum, o) => sum + o.officialAmount, 0),
      });
      return payload;
    },
  });
}

// ── Auto-renew ─────────────────────────────────────────────────────────────────────────────────

/** The expiry policy and renewal count asked for, or why they are refused. */
function autoRenewSetting(input: SetAutoRenewInput): { policy: ExpirePolicy; times: number | null } | UserError {
  const times = input.autoRenewTimes;
  if (!input.enabled && times != null)
    return new UserError(
      'INVALID_AUTO_RENEW_TIMES',
      'autoRenewTimes goes with enabled: true only.',
      'input.autoRenewTimes',
    );
  if (times != null && (!Number.isInteger(times) || times < 0 || times > MAX_AUTO_RENEW_TIMES))
    return new UserError(
      'INVALID_AUTO_RENEW_TIMES',
      `autoRenewTimes must be 0–${MAX_AUTO_RENEW_TIMES} (0 = unlimited); got ${times}.`,
      'input.autoRenewTimes',
    );
  return input.enabled
    ? { policy: ExpirePolicy.AUTO_RENEW, times: times ?? 0 }
    : { policy: ExpirePolicy.GRACE_PERIOD, times: null };
}

/** Sets one paid resource's policy (and its dependents'), with its audit row; false when it was refused. */
async function setOne(
  tx: SqlEntityManager,
  ctx: Context,
  item: ResourceItem,
  setting: { policy: ExpirePolicy; times: number | null },
  batch: Batch<null>,
): Promise<boolean> {
  if (!(await setExpirePolicy(tx, item.resource.id, setting.policy, setting.times))) {
    batch.fail(item, noLongerInUse(item.field));
    return false;
  }
  await recordAudit(tx, ctx, {
    action: 'setAutoRenew',
    target: item.resource.globalId,
    before: {
      expirePolicy: ExpirePolicy[item.resource.expirePolicy],
      autoRenewTimes: item.resource.autoRenewTimes ?? null,
    },
    after: { expirePolicy: ExpirePolicy[setting.policy], autoRenewTimes: setting.times },
  });
  return true;
}

/** 设置自动续费: turns auto-renewal of paid, in-use main resources (and their dependents) on or off. */
export async function setAutoRenew(ctx: Context, input: SetAutoRenewInput): Promise<SetAutoRenewPayload> {
  const viewer = requireViewer(ctx);
  const shape = checkBatchSize(input.resourceIds);
  if (shape) return refusedAutoRenew(shape);
  const setting = autoRenewSetting(input);
  if (setting instanceof UserError) return refusedAutoRenew(setting);
  return ctx.em.transactional(async (tx) => {
    const batch = parseResourceIds(input.resourceIds);
    const loaded = await loadResourceBatch(tx, viewer, batch);
    // Ascending ids before any changes (db/locks.ts), whatever order the input names them in.
    await lockRows(
      tx,
      'resource',
      loaded.map((i) => i.resource.id),
    );
    const sources = await paidSources(
      tx,
      loaded.map((i) => i.resource),
    );
    const done: ResourceItem[] = [];
    for (const item of loaded) {
      if (!sources.has(item.resource.id))
        batch.fail(
          item,
          new UserError(
            'RESOURCE_NOT_PAID',
            'Auto-renewal can be set only after the resource was paid for.',
            item.field,
          ),
        );
      else if (await setOne(tx, ctx, item, setting, batch)) done.push(item);
    }
    const fresh = await tx.find(Resource, { id: { $in: done.map((d) => d.resource.id) } }, { refresh: true });
    const byId = new Map(fresh.map((r) => [r.id, r]));
    return success<SetAutoRenewPayload>({
      succeeded: done.map((d) => ({ index: d.index, resource: byId.get(d.resource.id)! })),
      failed: batch.failed,
    });
  });
}
