/**
 * One dedicated PostgreSQL connection per instance that LISTENs on the notification channel and
 * hands what arrives to the instance's bus. Not a pooled connection: LISTEN belongs to a session.
 * If the connection drops it reconnects (1 s, doubling to 30 s) and LISTENs again; notifications
 * raised while it was away are not replayed live (Member.notifications still lists them).
 */
import { Client } from 'pg';
import { logger } from '../../common/logger';
import { NOTIFICATION_CHANNEL, type NotificationBus, parsePayload } from './notification.bus';

const FIRST_RETRY_MS = 1_000;
const MAX_RETRY_MS = 30_000;

export class NotificationListener {
  private client: Client | null = null;
  private closed = false;
  private retryMs = FIRST_RETRY_MS;
  private retryTimer: NodeJS.Timeout | null = null;
  private connecting: Promise<void> | null = null;

  constructor(
    private readonly url: string,
    private readonly bus: NotificationBus,
  ) {}

  /** Connects and LISTENs; resolves once listening (or after the first failure, retrying in the background). */
  start(): Promise<void> {
    this.connecting ??= this.connect();
    return this.connecting;
  }

  /** True while the LISTEN connection is up. */
  get listening(): boolean {
    return this.client != null;
  }

  private async connect(): Promise<void> {
    const client = new Client({ connectionString: this.url, application_name: 'partner-graph-listener' });
    client.on('notification', (message) => {
      if (message.channel === NOTIFICATION_CHANNEL && message.payload) this.bus.deliver(parsePayload(message.payload));
    });
    client.on('error', (err) => this.lost(client, err));
    client.on('end', () => this.lost(client, null));
    try {
      await client.connect();
      await client.query(`LISTEN ${NOTIFICATION_CHANNEL}`);
      if (this.closed) {
        await client.end().catch(() => undefined);
        return;
      }
      this.client = client;
      this.retryMs = FIRST_RETRY_MS;
      logger.info({ channel: NOTIFICATION_CHANNEL }, 'listening for notifications');
    } catch (err) {
      this.lost(client, err);
    }
  }

  /** The connection failed or ended: reconnect later unless closing. */
  private lost(client: Client, err: unknown): void {
    if (this.client === client) this.client = null;
    client.removeAllListeners('end');
    client.end().catch(() => undefined);
    if (this.closed || this.retryTimer) return;
    logger.warn({ err, retryInMs: this.retryMs }, 'notification listener disconnected; reconnecting');
    this.retryTimer = setTimeout(() => {
      this.retryTimer = null;
      this.connecting = this.connect();
    }, this.retryMs);
    this.retryTimer.unref();
    this.retryMs = Math.min(this.retryMs * 2, MAX_RETRY_MS);
  }

  /** Stops listening and closes the connection (shutdown). */
  async close(): Promise<void> {
    this.closed = true;
    if (this.retryTimer) clearTimeout(this.retryTimer);
    this.retryTimer = null;
    await this.connecting?.catch(() => undefined);
    const client = this.client;
    this.client = null;
    if (client) {
      client.removeAllListeners('end');
      await client.end().catch(() => undefined);
    }
  }
}
