/**
 * Idle keep-alive connections (HTTP_KEEP_ALIVE_TIMEOUT_MS): the server keeps them open for the
 * configured time, says so in its Keep-Alive header, and closes them after it. The default (65 s)
 * outlives the idle connections of the proxy in front, so the proxy never sends a request on a
 * connection the server is closing (a 502 for its client).
 */
import { connect, type Socket } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startProductionServer, type ProductionServer } from '../support/production';
import { sleep } from '../support/time';

let server: ProductionServer;
beforeAll(async () => {
  server = await startProductionServer({ HTTP_KEEP_ALIVE_TIMEOUT_MS: '1500' });
});
afterAll(async () => {
  await server?.close();
});

/** One raw connection: send a request, read its whole answer (the health check's is small). */
function rawConnection(url: string) {
  const target = new URL(url);
  const socket: Socket = connect(Number(target.port), target.hostname);
  let buffered = '';
  let waiting: ((text: string) => void) | null = null;
  socket.setEncoding('utf8');
  socket.on('data', (chunk: string) => {
    buffered += chunk;
    const end = buffered.indexOf('\r\n\r\n');
    const length = /content-length: (\d+)/i.exec(buffered.slice(0, end))?.[1];
    if (end >= 0 && length && buffered.length >= end + 4 + Number(length) && waiting) {
      const answer = buffered;
      buffered = '';
      waiting(answer);
    }
  });
  const closed = new Promise<number>((resolve) => socket.on('close', () => resolve(Date.now())));
  return {
    closed,
    get open() {
      return !socket.destroyed;
    },
    get(path: string): Promise<string> {
      return new Promise((resolve) => {
        waiting = resolve;
        socket.write(`GET ${path} HTTP/1.1\r\nHost: ${target.host}\r\n\r\n`);
      });
    },
    destroy: () => socket.destroy(),
  };
}

describe('idle keep-alive connections', () => {
  it('stay open for HTTP_KEEP_ALIVE_TIMEOUT_MS, advertised in Keep-Alive, and are closed after it', async () => {
    const connection = rawConnection(server.url);
    try {
      const first = await connection.get('/healthz');
      expect(first).toMatch(/^HTTP\/1\.1 200/);
      expect(first).toMatch(/\r\nkeep-alive: timeout=1\r\n/i);
      // Idle for less than the timeout: the same connection still answers.
      await sleep(700);
      expect(connection.open).toBe(true);
      const second = await connection.get('/healthz');
      const answeredAt = Date.now();
      expect(second).toMatch(/^HTTP\/1\.1 200/);
      // Then idle for good: the server closes it once the timeout has passed, not before.
      const idleFor = (await connection.closed) - answeredAt;
      expect(idleFor).toBeGreaterThanOrEqual(1400);
      expect(idleFor).toBeLessThan(6000);
    } finally {
      connection.destroy();
    }
  });
});
