/**
 * Live delivery of new notifications to the subscribers of this process (Subscription.notificationReceived).
 *
 * - PostgreSQL: notify() sends `pg_notify(NOTIFICATION_CHANNEL, payload)` inside the caller's
 *   transaction; PostgreSQL delivers it to every listening instance when the transaction commits,
 *   and never when it rolls back. Each instance's NotificationListener (notification.listener.ts)
 *   hands what arrives to its bus.
 * - SQLite (one process): notify() leaves the ids with the bus, keyed by the root transaction; the
 *   bus, an ORM event subscriber, hands them out after that transaction commits and forgets them
 *   when it rolls back.
 *
 * Only ids and recipients travel: a subscriber loads the row through its own row scope, so a
 * notification rolled back inside a savepoint (its row gone) is never shown either.
 */
import type { EntityManager, EventSubscriber, TransactionEventArgs } from '@mikro-orm/core';
import { SqlitePlatform } from '@mikro-orm/sqlite';
import { logger } from '../../common/logger';

/** The LISTEN/NOTIFY channel (per database: instances on another database never hear it). */
export const NOTIFICATION_CHANNEL = 'partner_graph_notification';

/** PostgreSQL refuses NOTIFY payloads of 8,000 bytes or more: ids are sent in chunks below that. */
const MAX_PAYLOAD_BYTES = 7_000;

/** A new notification as it travels: its id and its recipient's columns. */
export interface Published {
  id: number;
  memberId: number | null;
  cloudAccountId: number | null;
}

type Listener = (notification: Published) => void;

/** The transaction a savepoint belongs to (MikroORM links a nested knex transaction to its parent). */
function rootTransaction(trx: object): object {
  let current = trx;
  for (;;) {
    const link = Object.getOwnPropertySymbols(current).find((s) => s.description === 'parentTransaction');
    const parent: unknown = link ? Reflect.get(current, link) : null;
    if (!parent || (typeof parent !== 'object' && typeof parent !== 'function')) return current;
    current = parent;
  }
}

/** One per server (per ORM): the live subscribers of this process and the SQLite commit hook. */
export class NotificationBus implements EventSubscriber {
  private readonly listeners = new Set<Listener>();
  private readonly pending = new Map<object, Published[]>();
  /** Ids dropped for slow subscribers since start (notification.live.ts, MAX_QUEUED): metrics, tests. */
  droppedCount = 0;

  /** Calls `listener` for every new notification delivered here; returns the unsubscribe function. */
  listen(listener: Listener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Hands committed notifications to the listeners of this process. */
  deliver(notifications: readonly Published[]): void {
    for (const n of notifications) {
      for (const listener of this.listeners) {
        try {
          listener(n);
        } catch (err) {
          logger.error({ err }, 'notification listener failed');
        }
      }
    }
  }

  /** Number of live listeners (metrics, tests). */
  get listenerCount(): number {
    return this.listeners.size;
  }

  /** SQLite: keeps notifications until their transaction's outcome is known. */
  defer(trx: object, notifications: readonly Published[]): void {
    const root = rootTransaction(trx);
    this.pending.set(root, [...(this.pending.get(root) ?? []), ...notifications]);
  }

  async afterTransactionCommit(args: TransactionEventArgs): Promise<void> {
    const ready = args.transaction ? this.pending.get(args.transaction) : undefined;
    if (!ready || !args.transaction) return;
    this.pending.delete(args.transaction);
    this.deliver(ready);
  }

  async afterTransactionRollback(args: TransactionEventArgs): Promise<void> {
    if (args.transaction) this.pending.delete(args.transaction);
  }
}

/**
 * The bus of each ORM, found from any of its entity managers by their driver (one per ORM; a
 * transaction's fork has a clone of the event manager, with the same subscribers).
 */
const BUSES = new WeakMap<object, NotificationBus>();

/** Creates the bus of an ORM (once) and hooks it to the ORM's transaction events. */
export function attachNotificationBus(em: EntityManager): NotificationBus {
  const existing = BUSES.get(em.getDriver());
  if (existing) return existing;
  const bus = new NotificationBus();
  em.getEventManager().registerSubscriber(bus);
  BUSES.set(em.getDriver(), bus);
  return bus;
}

/** The bus of the ORM `em` belongs to, or null when no server runs on it (seeding, scripts). */
export function busOf(em: EntityManager): NotificationBus | null {
  return BUSES.get(em.getDriver()) ?? null;
}

/** `notifications` as NOTIFY payloads, each below the size PostgreSQL accepts. */
export function payloadsOf(notifications: readonly Published[]): string[] {
  const payloads: string[] = [];
  let chunk: [number, number | null, number | null][] = [];
  let size = 2;
  for (const n of notifications) {
    const entry: [number, number | null, number | null] = [n.id, n.memberId, n.cloudAccountId];
    const length = JSON.stringify(entry).length + 1;
    if (size + length > MAX_PAYLOAD_BYTES && chunk.length) {
      payloads.push(JSON.stringify(chunk));
      chunk = [];
      size = 2;
    }
    chunk.push(entry);
    size += length;
  }
  if (chunk.length) payloads.push(JSON.stringify(chunk));
  return payloads;
}

/** A NOTIFY payload back as notifications; malformed entries are dropped. */
export function parsePayload(payload: string): Published[] {
  let parsed: unknown;
  try {
    parsed = JSON.parse(payload);
  } catch {
    return [];
  }
  if (!Array.isArray(parsed)) return [];
  const ids = (v: unknown) => (Number.isSafeInteger(v) && Number(v) > 0 ? Number(v) : null);
  return parsed.flatMap((entry: unknown) => {
    if (!Array.isArray(entry)) return [];
    const id = ids(entry[0]);
    return id ? [{ id, memberId: ids(entry[1]), cloudAccountId: ids(entry[2]) }] : [];
  });
}

/**
 * Publishes new notifications from the transaction that inserted them (see the file comment):
 * pg_notify on PostgreSQL, the bus's commit hook on SQLite.
 */
export async function publish(tx: EntityManager, notifications: readonly Published[]): Promise<void> {
  if (!notifications.length) return;
  if (tx.getPlatform() instanceof SqlitePlatform) {
    const bus = busOf(tx);
    const trx = tx.getTransactionContext<object>();
    if (!bus) return;
    if (trx) bus.defer(trx, notifications);
    else bus.deliver(notifications);
    return;
  }
  for (const payload of payloadsOf(notifications)) {
    await tx
      .getConnection()
      .execute('select pg_notify(?, ?)', [NOTIFICATION_CHANNEL, payload], 'all', tx.getTransactionContext());
  }
}
