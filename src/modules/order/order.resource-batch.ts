import type { SqlEntityManager } from '@mikro-orm/knex';
import { UserError } from '../../common/errors';
import { money } from '../../common/money';
import { type Batch, type BatchSpec, batchSizeError, parseIds, success } from '../../common/mutation-kit';
import { lockCustomers } from '../../db/locks';
import type { Viewer } from '../../permissions/viewer';
import { SubCustomer } from '../customer/customer.entity';
import { Order, Resource } from './order.entity';
import { ResourceStatus } from './order.enums';
import { authorizationRequired, noLongerInUse, Refusal, resourceNotFound } from './order.errors';
import { lockInUseResources } from './order.ledger';
import type { RenewResourcesPayload, ResourceOrderResult } from './order.payloads';
import {
  authorizedCustomers,
  loadOwnResources,
  type PaidSource,
  paidSources,
  READ_ONLY,
  resourcesInUnpaidOrders,
} from './order.scope';

/**
 * The one loop of the resource operations: a batch of 1–10 main resources is parsed, loaded in the
 * viewer's scope and checked alike, then renewResources and unsubscribeResources create one order
 * per customer for the resources left, each in its own savepoint.
 */

export const MAX_RESOURCES_PER_CALL = 10;

/** input.resourceIds of every resource mutation: 1–10 Resource ids, none twice. */
const RESOURCES: BatchSpec = {
  field: 'input.resourceIds',
  type: 'Resource',
  noun: 'resources',
  max: MAX_RESOURCES_PER_CALL,
  duplicate: { code: 'DUPLICATE_RESOURCE', message: 'This resource appears earlier in the same call.' },
};

export const checkBatchSize = (ids: readonly string[]): UserError | null => batchSizeError(ids, RESOURCES);

/** Parses input.resourceIds: INVALID_ID and DUPLICATE_RESOURCE are failed items of the batch. */
export const parseResourceIds = (ids: readonly string[]): Batch<null> => parseIds(ids, RESOURCES);

export interface ResourceItem {
  index: number;
  field: string;
  resource: Resource;
}

/** Why a loaded resource cannot be acted on, or null. */
function resourceRefusal(resource: Resource | undefined, authorized: Set<number>, field: string): UserError | null {
  if (!resource) return resourceNotFound(field);
  if (!authorized.has(resource.customer.id)) return authorizationRequired(field);
  if (!resource.isMainResource)
    return new UserError(
      'NOT_MAIN_RESOURCE',
      'This is a dependent resource: it is renewed, unsubscribed and set with its main resource (Resource.parentResource).',
      field,
    );
  if (resource.status !== ResourceStatus.IN_USE)
    return new UserError(
      'RESOURCE_NOT_IN_USE',
      `The resource is ${ResourceStatus[resource.status]}, not IN_USE.`,
      field,
    );
  return null;
}

/**
 * Parses and loads the resources of a batch and applies the checks all resource mutations share:
 * a Resource id, once per batch, a resource of the viewer's own customers (foreign and unknown ids
 * alike), a main resource, IN_USE, and a customer that granted order-on-behalf authorization.
 */
export async function loadResourceBatch(
  tx: SqlEntityManager,
  viewer: Viewer,
  batch: Batch<null>,
): Promise<ResourceItem[]> {
  const rows = await loadOwnResources(tx, viewer, batch.ids());
  const byId = new Map(rows.map((r) => [r.id, r]));
  const authorized = await authorizedCustomers(tx, viewer, [...new Set(rows.map((r) => r.customer.id))]);
  const items: ResourceItem[] = [];
  for (const item of batch.items) {
    const resource = byId.get(item.id);
    const refusal = resourceRefusal(resource, authorized, item.field);
    if (refusal) batch.fail(item, refusal);
    else if (resource) items.push({ index: item.index, field: item.field, resource });
  }
  return items;
}

export type ReadyItem = ResourceItem & { source: PaidSource };
export interface PricedItem {
  item: ReadyItem;
  amount: number;
}

/** What differs between a renewal and an unsubscription; the loop is the same. */
export interface ResourceOrderKind {
  /** RESOURCE_IN_UNPAID_ORDER and RESOURCE_NOT_PAID messages. */
  unpaidMessage: string;
  notPaidMessage: string;
  /** Once the resources are held, before the checks: reads what refuse and price need (the renewal's catalogue prices). */
  prepare?(tx: SqlEntityManager, items: ResourceItem[]): Promise<void>;
  /** A further per-resource refusal, or null. */
  refuse?(item: ReadyItem, customer: SubCustomer | undefined): UserError | null;
  /** The resource's line amount: the renewal price or the refund. */
  price(item: ReadyItem): number;
  /** Inside a savepoint: creates the customer's order for `priced` and applies it; a Refusal undoes it. */
  apply(inner: SqlEntityManager, customer: SubCustomer, priced: PricedItem[]): Promise<Order>;
}

/**
 * Loads and checks the batch, holding its customers (ascending) and then its resources (db/locks.ts),
 * and answers the resources ready for an order: still IN_USE once locked, not on an unpaid order,
 * with a paid line to price them from.
 */
async function readyItems(
  tx: SqlEntityManager,
  viewer: Viewer,
  batch: Batch<null>,
  kind: ResourceOrderKind,
  now: Date,
): Promise<{ ready: ReadyItem[]; customers: Map<number, SubCustomer> }> {
  const loaded = await loadResourceBatch(tx, viewer, batch);
  const customerIds = [...new Set(loaded.map((i) => i.resource.customer.id))];
  await lockCustomers(tx, customerIds);
  const locked = await lockInUseResources(
    tx,
    loaded.map((i) => i.resource.id),
  );
  const unpaid = await resourcesInUnpaidOrders(tx, customerIds, now);
  const sources = await paidSources(
    tx,
    loaded.map((i) => i.resource),
  );
  const customers = new Map((await tx.find(SubCustomer, { id: { $in: customerIds } })).map((c) => [c.id, c]));
  await kind.prepare?.(tx, loaded);
  const ready: ReadyItem[] = [];
  for (const item of loaded) {
    const source = sources.get(item.resource.id);
    const customer = customers.get(item.resource.customer.id);
    if (!locked.has(item.resource.id)) batch.fail(item, noLongerInUse(item.field));
    else if (unpaid.has(item.resource.resourceId))
      batch.fail(item, new UserError('RESOURCE_IN_UNPAID_ORDER', kind.unpaidMessage, item.field));
    else if (!source) batch.fail(item, new UserError('RESOURCE_NOT_PAID', kind.notPaidMessage, item.field));
    else {
      const refusal = kind.refuse?.({ ...item, source }, customer) ?? null;
      if (refusal) batch.fail(item, refusal);
      else ready.push({ ...item, source });
    }
  }
  return { ready, customers };
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

interface Done {
  index: number;
  resourceId: number;
  orderId: number;
  amount: number;
}

async function results(tx: SqlEntityManager, done: Done[], orderIds: number[]) {
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

/**
 * THE loop of renewResources and unsubscribeResources: one order per customer for its ready
 * resources, in its own savepoint; a refused customer's resources are reported each, the others go on.
 */
export async function orderResources(
  tx: SqlEntityManager,
  viewer: Viewer,
  batch: Batch<null>,
  kind: ResourceOrderKind,
  now: Date,
) {
  const { ready, customers } = await readyItems(tx, viewer, batch, kind, now);
  const done: Done[] = [];
  const orderIds: number[] = [];
  for (const group of groupByCustomer(ready)) {
    const customer = customers.get(group[0].resource.customer.id)!;
    const priced = group.map((item) => ({ item, amount: kind.price(item) }));
    try {
      const order = await tx.transactional((inner) => kind.apply(inner, customer, priced));
      orderIds.push(order.id);
      for (const { item, amount } of priced)
        done.push({ index: item.index, resourceId: item.resource.id, orderId: order.id, amount });
    } catch (err) {
      if (!(err instanceof Refusal)) throw err;
      for (const { item } of priced) batch.fail(item, new UserError(err.error.code, err.error.message, item.field));
    }
  }
  // RenewResourcesPayload and UnsubscribeResourcesPayload have the same fields.
  return success<RenewResourcesPayload>({ ...(await results(tx, done, orderIds)), failed: batch.failed });
}
