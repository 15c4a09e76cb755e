/**
 * The spin control's request handler (spin-server.ts): spins `spinMs` of this process's CPU time
 * per request, answers `bytes` of JSON, and hands a request-log line (as the app writes them:
 * `time`, `path`, `status`, `durationMs`, `requestId`) to `log` when the answer is closed.
 */
import type http from 'node:http';

/** This process's CPU time, ms (user + system; its other threads are idle: no GC to speak of). */
const cpuMs = () => {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
};

/** The answer's length for a requested size: at least the 19 bytes of `{"data":{"pad":""}}`. */
export const spinBodyBytes = (bytes: number) => Math.max(19, Math.floor(bytes));

export function spinHandler(spinMs: number, bytes: number, log: (line: string) => void): http.RequestListener {
  // {"data":{"pad":"xxx…"}} of exactly `bytes` bytes.
  const body = Buffer.from(`{"data":{"pad":"${'x'.repeat(spinBodyBytes(bytes) - 19)}"}}`);
  return (req, res) => {
    const started = performance.now();
    const requestId = req.headers['x-request-id'];
    res.once('close', () => {
      const durationMs = Math.round((performance.now() - started) * 10) / 10;
      log(JSON.stringify({ time: new Date().toISOString(), path: '/graphql', status: 200, durationMs, requestId }));
    });
    req.resume();
    req.on('end', () => {
      const until = cpuMs() + spinMs;
      while (cpuMs() < until) {
        // busy: the request's CPU time
      }
      res.writeHead(200, { 'content-type': 'application/json', 'content-length': body.length });
      res.end(body);
    });
  };
}
