/**
 * The spin control's request handler (spin-server.ts): spins `spinMs` of its JavaScript thread's
 * CPU time per request, and `offMainMs` of CPU on libuv's thread pool in the middle of it (where
 * the app waits for SQLite's thread or PostgreSQL), answers `bytes` of JSON, and hands a
 * request-log line (as the app writes them: `time`, `path`, `status`, `durationMs`, `requestId`)
 * to `log` when the answer is closed.
 */
import { pbkdf2, pbkdf2Sync } from 'node:crypto';
import { readFileSync } from 'node:fs';
import type http from 'node:http';

/**
 * The calling thread's own CPU time, ms: /proc/thread-self/schedstat (Linux, ns). The process's
 * CPU time would also count the thread pool's spinning for other requests. Elsewhere, the
 * process's user + system time.
 */
function threadCpuClock(): () => number {
  try {
    readFileSync('/proc/thread-self/schedstat', 'utf8');
    return () => Number(readFileSync('/proc/thread-self/schedstat', 'utf8').split(' ')[0]) / 1e6;
  } catch {
    return () => {
      const { user, system } = process.cpuUsage();
      return (user + system) / 1000;
    };
  }
}

/** The answer's length for a requested size: at least the 19 bytes of `{"data":{"pad":""}}`. */
export const spinBodyBytes = (bytes: number) => Math.max(19, Math.floor(bytes));

/** PBKDF2 iterations per ms of CPU on this machine (best of three, measured on this thread). */
function pbkdf2IterationsPerMs(cpuMs: () => number): number {
  const iterations = 20_000;
  let best = Infinity;
  for (let i = 0; i < 3; i++) {
    const start = cpuMs();
    pbkdf2Sync('spin', 'control', iterations, 32, 'sha256');
    best = Math.min(best, cpuMs() - start);
  }
  return iterations / Math.max(best, 0.01);
}

export function spinHandler(
  spinMs: number,
  bytes: number,
  log: (line: string) => void,
  offMainMs = 0,
): http.RequestListener {
  const cpuMs = threadCpuClock();
  const spin = (ms: number) => {
    const until = cpuMs() + ms;
    while (cpuMs() < until) {
      // busy: the request's CPU time
    }
  };
  // The off-main work runs where sqlite3 runs its statements: a libuv pool thread (PBKDF2 is pure CPU).
  const offMainIterations = offMainMs > 0 ? Math.max(1, Math.round(offMainMs * pbkdf2IterationsPerMs(cpuMs))) : 0;
  // {"data":{"pad":"xxx…"}} of exactly `bytes` bytes.
  const body = Buffer.from(`{"data":{"pad":"${'x'.repeat(spinBodyBytes(bytes) - 19)}"}}`);
  return (req, res) => {
    const started = performance.now();
    const requestId = req.headers['x-request-id'];
    res.once('close', () => {
      const durationMs = Math.round((performance.now() - started) * 10) / 10;
      log(JSON.stringify({ time: new Date().toISOString(), path: '/graphql', status: 200, durationMs, requestId }));
    });
    const answer = () => {
      spin(spinMs / 2);
      res.writeHead(200, { 'content-type': 'application/json', 'content-length': body.length });
      res.end(body);
    };
    req.resume();
    req.on('end', () => {
      spin(spinMs / 2);
      if (offMainIterations === 0) return answer();
      pbkdf2('spin', 'control', offMainIterations, 32, 'sha256', answer);
    });
  };
}
