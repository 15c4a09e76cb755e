/**
 * Fan-out of live notifications: the rows every subscriber of this instance needs, loaded once.
 *
 * A notification raised for a member reaches every socket that member has open here (tabs, devices,
 * the bench's hundreds). Loading it per socket made each event cost one statement per subscriber;
 * here the ids asked for in the same tick are read in one statement, and the row is shared by all
 * streams for a short while (ROW_TTL_MS). Each stream still checks the row is its own recipient's
 * (isOwnRow, the same rule as recipientWhere), so sharing never hands a row to someone else.
 */
import DataLoader from 'dataloader';
import type { SqlEntityManager } from '../../common/paging';
import { findByIds } from '../../common/paging';
import type { NotificationBus } from './notification.bus';
import { Notification } from './notification.entity';
import type { Recipient } from './notification.recipient';

/** How long a loaded row stays shared: long enough for every stream woken by the same delivery. */
const ROW_TTL_MS = 10_000;
/** At most this many rows are kept (the oldest go first); a stream that misses loads again. */
const MAX_ROWS = 5_000;

/** Is this row the recipient's own (recipientWhere's rule, applied to a row already loaded)? */
export function isOwnRow(recipient: Recipient, row: Notification): boolean {
  return recipient.kind === 'MEMBER'
    ? row.member?.id === recipient.memberId
    : row.cloudAccount?.id === recipient.cloudAccountId;
}

/** The rows of new notifications for the live streams of one instance. */
export class NotificationRows {
  private readonly rows = new Map<number, Promise<Notification | null>>();
  private readonly loader: DataLoader<number, Notification | null>;

  constructor(em: SqlEntityManager) {
    // Batches the ids asked for in one tick; sharing across ticks is the map above, not DataLoader's cache.
    this.loader = new DataLoader((ids) => findByIds(em.fork(), Notification, ids), { cache: false, maxBatchSize: 500 });
  }

  /** The row of notification `id` (null when it does not exist), loaded once for all streams. */
  load(id: number): Promise<Notification | null> {
    const known = this.rows.get(id);
    if (known) return known;
    const row = this.loader.load(id);
    this.rows.set(id, row);
    if (this.rows.size > MAX_ROWS) {
      const oldest = this.rows.keys().next().value;
      if (oldest != null) this.rows.delete(oldest);
    }
    const forget = () => {
      if (this.rows.get(id) === row) this.rows.delete(id);
    };
    // A failed load is not shared: the next stream asks again.
    row.catch(forget);
    setTimeout(forget, ROW_TTL_MS).unref();
    return row;
  }
}

const ROWS = new WeakMap<NotificationBus, NotificationRows>();

/** The shared rows of the instance `bus` belongs to (created on first use). */
export function rowsOf(bus: NotificationBus, em: SqlEntityManager): NotificationRows {
  let rows = ROWS.get(bus);
  if (!rows) {
    rows = new NotificationRows(em);
    ROWS.set(bus, rows);
  }
  return rows;
}
