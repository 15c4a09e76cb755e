/**
 * Subscription.notificationReceived: an async iterator of the signed-in recipient's new
 * notifications, fed by this process's bus (notification.bus.ts). Each id that arrives is loaded
 * through the recipient's row scope, so only its own committed notifications are ever sent.
 */
import type { Context } from '../../context';
import { unauthenticated } from '../../common/errors';
import { findByIds } from '../../common/paging';
import { busOf, type Published } from './notification.bus';
import { Notification } from './notification.entity';
import { type Recipient, recipientOf, recipientWhere } from './notification.recipient';

/** What each event of the subscription carries (the field's value, read by the default resolver). */
export interface NotificationEvent {
  notificationReceived: Notification;
}

/** At most this many ids wait for a slow subscriber; older ones are dropped (the list still has them). */
const MAX_QUEUED = 1_000;

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
  private readonly stop: () => void;

  constructor(
    private readonly ctx: Context,
    private readonly recipient: Recipient,
    listen: (listener: (n: Published) => void) => () => void,
  ) {
    this.stop = listen((n) => {
      if (this.done || !isFor(recipient, n)) return;
      if (this.waiting) {
        const wake = this.waiting;
        this.waiting = null;
        wake(n.id);
      } else if (this.queue.length < MAX_QUEUED) this.queue.push(n.id);
    });
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
      const [row] = await findByIds(this.ctx.em.fork(), Notification, [id], recipientWhere(this.recipient));
      if (row) return { done: false, value: { notificationReceived: row } };
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
  return new NotificationStream(ctx, recipient, (listener) => bus.listen(listener));
}
