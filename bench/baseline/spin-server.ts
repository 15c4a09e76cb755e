/**
 * Control for the fixed-rate tail (item 5 of issue 15): a server that does nothing but keep its
 * JavaScript thread busy for SPIN_MS per request, then answers BODY_BYTES of JSON. No GraphQL, no
 * database, and next to no allocation, so no GC pause worth the name. Run at the app's fixed rate
 * with SPIN_MS = the app's main-thread CPU time per request, it has the app's utilization with a
 * perfectly regular service: its p99/p50 is what the arrivals, the queue and this machine (the load
 * generator and other processes on the same CPUs) make of a tail by themselves. What the app adds
 * beyond it is the app's own (GC, the database, uneven work).
 *
 * Environment: SPIN_MS (default 2), BODY_BYTES (default 2048), PORT (0 = any).
 */
import http from 'node:http';
import { listenForBench } from './listen';

const spinMs = Number(process.env.SPIN_MS ?? 2);
const bytes = Math.max(16, Math.floor(Number(process.env.BODY_BYTES ?? 2048)));
// {"data":{"pad":"xxx…"}} of exactly `bytes` bytes.
const body = Buffer.from(`{"data":{"pad":"${'x'.repeat(bytes - 19)}"}}`);

const server = http.createServer((req, res) => {
  req.resume();
  req.on('end', () => {
    const until = performance.now() + spinMs;
    while (performance.now() < until) {
      // busy: the request's CPU time
    }
    res.writeHead(200, { 'content-type': 'application/json', 'content-length': body.length });
    res.end(body);
  });
});
void listenForBench(server, `spin control server (${spinMs} ms per request, ${body.length} bytes)`);
