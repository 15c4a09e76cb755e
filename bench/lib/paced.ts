/**
 * Open-loop load at a fixed rate. Request i is due at start + i / rate and is sent when due on a
 * free keep-alive connection, or on a new one when every open connection is waiting for an answer,
 * so a slow answer never holds back the next arrival (no coordinated omission). Latency counts from
 * the due time: a request the generator sent late counts against the figures, never for them.
 *
 * Why not autocannon's `connectionRate`: it releases each connection's per-second quota at the start
 * of that connection's second, back to back, so k requests per second per connection arrive as a
 * burst of k, and the server's queue (not its service time) made the tail.
 */
import http from 'node:http';
import { performance } from 'node:perf_hooks';
import type autocannon from 'autocannon';
import { summarize, type LatencySummary } from './stats';

export interface PacedOptions {
  url: string;
  /** Requests per second. */
  rate: number;
  durationSec: number;
  /** The request to send (body and headers fixed); its onResponse checks each answer. */
  request: autocannon.Request;
  /**
   * When set, request i carries `x-request-id: <prefix><i>` (the server logs it) and the result holds
   * each request's timeline, to split the latency at the server's log (bench/lib/tail-split.ts).
   */
  requestIdPrefix?: string;
}

/** One request as the generator saw it, wall-clock ms (epoch, fractional). */
export interface PacedTiming {
  requestId: string;
  due: number;
  sent: number;
  /** The answer's last byte read. */
  end: number;
}

export interface PacedResult {
  /** Due time to the answer's last byte, ms, one per answer. */
  latencies: number[];
  transportErrors: number;
  /** The first transport error's code and message (null when none), so a flagged run says why. */
  firstTransportError: string | null;
  /** How late the generator sent, ms (send time − due time). */
  lateness: LatencySummary;
  /** Most connections open at once. */
  connections: number;
  /** From the first due time to the last answer, s. */
  elapsedSec: number;
  /** Per answered request (only with requestIdPrefix). */
  timings: PacedTiming[];
}

export async function runPaced(options: PacedOptions): Promise<PacedResult> {
  const target = new URL(options.request.path ?? '/graphql', options.url);
  const body = options.request.body ?? '';
  const headers = { ...options.request.headers, 'content-length': String(Buffer.byteLength(body)) };
  const agent = new http.Agent({
    keepAlive: true,
    maxSockets: Number.POSITIVE_INFINITY,
    scheduling: 'lifo',
    // Any non-zero timeout: with none, Node 20's agent ignores the server's `Keep-Alive: timeout=5`
    // hint, so a socket left idle at the bottom of the LIFO pool could be reused just as the server
    // closes it (ECONNRESET: one transport error in 2,040 on `invoices`, session 21). With one, the
    // agent drops an idle socket a second before the server's announced timeout.
    timeout: 60_000,
  });
  const total = Math.max(1, Math.round(options.rate * options.durationSec));
  const interval = 1000 / options.rate;
  const latencies: number[] = [];
  const late: number[] = [];
  const timings: PacedTiming[] = [];
  const wall = (t: number) => performance.timeOrigin + t;
  let transportErrors = 0;
  let firstTransportError: string | null = null;
  let connections = 0;
  let settled = 0;
  let sent = 0;
  const start = performance.now() + 50;

  const countSockets = () => {
    const open = Object.values(agent.sockets).reduce((n, list) => n + (list?.length ?? 0), 0);
    const free = Object.values(agent.freeSockets).reduce((n, list) => n + (list?.length ?? 0), 0);
    connections = Math.max(connections, open + free);
  };

  await new Promise<void>((resolve) => {
    const done = () => {
      settled += 1;
      if (settled === total) resolve();
    };
    const send = (due: number, i: number) => {
      const sentAt = performance.now();
      late.push(sentAt - due);
      const requestId = options.requestIdPrefix ? `${options.requestIdPrefix}${i}` : null;
      let finished = false;
      const finish = (error: Error | null) => {
        if (finished) return;
        finished = true;
        if (error) {
          transportErrors += 1;
          const code = 'code' in error ? `${error.code} ` : '';
          firstTransportError ??= `request ${i}: ${code}${error.message}`;
        }
        done();
      };
      const ownHeaders = requestId ? { ...headers, 'x-request-id': requestId } : headers;
      const req = http.request(
        target,
        { method: options.request.method ?? 'POST', headers: ownHeaders, agent },
        (res) => {
          const chunks: Buffer[] = [];
          res.on('data', (c: Buffer) => chunks.push(c));
          res.on('end', () => {
            const endAt = performance.now();
            latencies.push(endAt - due);
            if (requestId) timings.push({ requestId, due: wall(due), sent: wall(sentAt), end: wall(endAt) });
            const text = Buffer.concat(chunks).toString('utf8');
            options.request.onResponse?.(
              res.statusCode ?? 0,
              text,
              {},
              res.headers as Record<string, string | string[]>,
            );
            finish(null);
          });
          res.on('error', finish);
        },
      );
      req.on('error', finish);
      req.end(body);
      countSockets();
    };
    // Sends everything due, then sleeps until the next due time (timers fire to about 1 ms).
    const tick = () => {
      const now = performance.now();
      while (sent < total && start + sent * interval <= now) {
        send(start + sent * interval, sent);
        sent += 1;
      }
      if (sent < total) setTimeout(tick, Math.max(0, start + sent * interval - performance.now()));
    };
    setTimeout(tick, 50);
  });
  agent.destroy();
  return {
    latencies,
    transportErrors,
    firstTransportError,
    lateness: summarize(late),
    connections,
    elapsedSec: (performance.now() - start) / 1000,
    timings,
  };
}
