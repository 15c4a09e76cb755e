/**
 * Subscription.notificationReceived: an async iterator of the signed-in recipient's new
 * notifications, fed by this process's bus (notification.bus.ts). Each id that arrives is loaded
 * once per instance for all streams (notification.fanout.ts) and sent only when the row is the
 * stream's recipient's own, so only its own committed notifications are ever sent.
 */
import type { Context } from '../../context';
import { unauthenticated } from '../../common/errors';
import { logger } from '../../common/logger';
import { busOf, type NotificationBus, type Published } from './notification.bus';
import type { Notification } from './notification.entity';
import { isOwnRow, type NotificationRows, rowsOf } from './notification.fanout';
import { type Recipient, recipientKey, recipientOf } from './notification.recipient';

/** What each event of the subscription carries (the field's value, read by the default resolver). */
export interface NotificationEvent {
  notificationReceived: Notification;
}

/**
 * At most this many ids wait for a slow subscriber; older ones are dropped (the list still has
 * them). A drop is counted on the bus (droppedCount) and logged (warn, once per stream and then
 * every MAX_QUEUED drops), never silent.
 */
export const MAX_QUEUED = 1_000;

const isFor = (recipient: Recipient, n: Published) =>
  recipient.kind === 'MEMBER' ? n.memberId === recipient.memberId : n.cloudAccountId === recipient.cloudAccountId;

/**
 * A pull-based iterator over pushed ids. Hand-written rather than an async generator: return()
 * must end a subscriber that is waiting for the next id at once (a generator suspended in an
 * await would only see it after one more notification).
 */
class NotificationStream implements AsyncIterableIterator<NotificationEvent> {
  private readonly queue: number[] = [];
  private waiting: ((id: number | null) => void) | null = null;
  private done = false;
  private dropped = 0;
  private readonly stop: () => void;

  constructor(
    private readonly rows: NotificationRows,
    private readonly recipient: Recipient,
    private readonly bus: NotificationBus,
  ) {
    this.stop = bus.listen((n) => {
      if (this.done || !isFor(recipient, n)) return;
      if (this.waiting) {
        const wake = this.waiting;
        this.waiting = null;
        wake(n.id);
        return;
      }
      this.queue.push(n.id);
      if (this.queue.length > MAX_QUEUED) this.drop();
    });
  }

  /** The queue is full: the oldest id goes (the client finds it in the list), counted and logged. */
  private drop(): void {
    this.queue.shift();
    this.bus.droppedCount += 1;
    this.dropped += 1;
    if (this.dropped % MAX_QUEUED === 1)
      logger.warn(
        { recipient: recipientKey(this.recipient), dropped: this.dropped, maxQueued: MAX_QUEUED },
        'live notifications dropped for a slow subscriber (oldest first; still in the list)',
      );
  }

  [Symbol.asyncIterator](): this {
    return this;
  }

  private nextId(): Promise<number | null> {
    if (this.done) return Promise.resolve(null);
    const queued = this.queue.shift();
    if (queued != null) return Promise.resolve(queued);
    return new Promise((resolve) => {
      this.waiting = resolve;
    });
  }

  async next(): Promise<IteratorResult<NotificationEvent>> {
    for (;;) {
      const id = await this.nextId();
      if (id == null) return { done: true, value: undefined };
      const row = await this.rows.load(id);
      if (row && isOwnRow(this.recipient, row)) return { done: false, value: { notificationReceived: row } };
    }
  }

  async return(): Promise<IteratorResult<NotificationEvent>> {
    if (!this.done) {
      this.done = true;
      this.stop();
      this.queue.length = 0;
      this.waiting?.(null);
      this.waiting = null;
    }
    return { done: true, value: undefined };
  }

  async throw(err: unknown): Promise<IteratorResult<NotificationEvent>> {
    await this.return();
    throw err;
  }
}

/** The live notifications of the signed-in recipient, from now on. */
export function notificationStream(ctx: Context): AsyncIterableIterator<NotificationEvent> {
  const recipient = recipientOf(ctx);
  if (!recipient) throw unauthenticated();
  const bus = busOf(ctx.em);
  if (!bus) throw new Error('no notification bus: live notifications need a server (createServer)');
  return new NotificationStream(rowsOf(bus, ctx.em), recipient, bus);
}
