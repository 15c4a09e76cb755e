/**
 * A graphql-ws client for the tests: subscribes to notificationReceived on a server URL and
 * collects what arrives; also tells how the server closed a refused connection.
 */
import { print } from 'graphql';
import { type Client, createClient } from 'graphql-ws';
import WebSocket from 'ws';
import { NotifReceivedDocument, type NotifReceivedSubscription } from '../generated/graphql';

export type Received = NotifReceivedSubscription['notificationReceived'];

export const wsUrl = (httpUrl: string) => `${httpUrl.replace(/^http/, 'ws')}/graphql`;

/** A live subscriber: the notifications received so far, and a wait for the next ones. */
export interface Subscriber {
  received: Received[];
  errors: unknown[];
  /** The close code the server sent, once the socket has closed (null while open). */
  closedWith(): number | null;
  /** Resolves once `count` notifications have arrived (rejects after `timeoutMs`). */
  waitFor(count: number, timeoutMs?: number): Promise<Received[]>;
  close(): Promise<void>;
}

/** Subscribes as the bearer `token`'s member; resolves once the server has acknowledged the subscription. */
export async function subscribe(httpUrl: string, token: string): Promise<Subscriber> {
  const received: Received[] = [];
  const errors: unknown[] = [];
  let closeCode: number | null = null;
  let acknowledged!: () => void;
  let refused!: (err: unknown) => void;
  const ready = new Promise<void>((resolve, reject) => {
    acknowledged = resolve;
    refused = reject;
  });
  const client: Client = createClient({
    url: wsUrl(httpUrl),
    webSocketImpl: WebSocket,
    connectionParams: { authorization: `Bearer ${token}` },
    retryAttempts: 0,
    lazy: false,
    // A refused or closed socket is reported through closedWith(), not printed.
    onNonLazyError: () => undefined,
    on: {
      connected: () => acknowledged(),
      closed: (event) => {
        closeCode = (event as { code?: number }).code ?? null;
        refused(new Error(`socket closed: ${closeCode}`));
      },
    },
  });
  client.subscribe<NotifReceivedSubscription>(
    { query: print(NotifReceivedDocument) },
    {
      next: (value) => {
        if (value.data) received.push(value.data.notificationReceived);
        if (value.errors) errors.push(...value.errors);
      },
      error: (err) => errors.push(err),
      complete: () => undefined,
    },
  );
  await ready;
  // The subscribe message follows connection_ack on the same socket: give the server its turn.
  await new Promise((r) => setTimeout(r, 150));
  return {
    received,
    errors,
    closedWith: () => closeCode,
    async waitFor(count, timeoutMs = 15_000) {
      const until = Date.now() + timeoutMs;
      while (received.length < count) {
        if (Date.now() > until) throw new Error(`got ${received.length} of ${count} notifications`);
        await new Promise((r) => setTimeout(r, 20));
      }
      return received.slice(0, count);
    },
    close: async () => {
      await client.dispose();
    },
  };
}

/** Connects with these connection params and resolves with the close code the server sent. */
export function closeCodeFor(httpUrl: string, connectionParams: Record<string, unknown>): Promise<number> {
  return new Promise((resolve, reject) => {
    const socket = new WebSocket(wsUrl(httpUrl), 'graphql-transport-ws');
    socket.on('open', () => socket.send(JSON.stringify({ type: 'connection_init', payload: connectionParams })));
    socket.on('close', (code) => resolve(code));
    socket.on('error', reject);
  });
}

/** Waits a little and checks nothing more arrived. */
export const settle = (ms = 400) => new Promise((r) => setTimeout(r, ms));
