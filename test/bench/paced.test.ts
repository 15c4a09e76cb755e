/**
 * The bench's fixed-rate generator (bench/lib/paced.ts) against a real HTTP server on loopback:
 * evenly spaced arrivals, open loop (a slow answer does not hold the next request back), latency
 * counted from the due time, every answer handed to the request's check.
 */
import { describe, expect, it } from 'vitest';
import { useLoopbackServer } from './loopback';
import { runPaced } from '../../bench/lib/paced';

describe('bench fixed rate (open loop, evenly spaced)', () => {
  const arrivals: number[] = [];
  let n = 0;
  const server = useLoopbackServer((req, res) => {
    arrivals.push(performance.now());
    req.resume();
    // Every fifth answer takes 60 ms: with a closed loop the arrivals would stall behind it.
    const delay = n++ % 5 === 4 ? 60 : 0;
    setTimeout(() => res.end(JSON.stringify({ data: { ok: true } })), delay);
  });

  it('sends rate × duration requests evenly spaced and checks every answer', async () => {
    const statuses: number[] = [];
    const result = await runPaced({
      url: server.url,
      rate: 100,
      durationSec: 1,
      request: {
        method: 'POST',
        path: '/graphql',
        body: '{}',
        headers: { 'content-type': 'application/json' },
        onResponse: (status, body) => statuses.push(body === '{"data":{"ok":true}}' ? status : -1),
      },
    });
    expect(result.latencies).toHaveLength(100);
    expect(statuses).toEqual(Array(100).fill(200));
    expect(result.transportErrors).toBe(0);
    // The slow answers needed more connections instead of delaying the schedule.
    expect(result.connections).toBeGreaterThan(1);
    const gaps = arrivals.slice(1).map((t, i) => t - arrivals[i]);
    const sorted = [...gaps].sort((a, b) => a - b);
    // 10 ms apart; timers fire to about 1 ms, so the median gap is 10 ms and none is a burst.
    expect(sorted[Math.floor(sorted.length / 2)]).toBeGreaterThan(8);
    expect(sorted[Math.floor(sorted.length / 2)]).toBeLessThan(12);
    // A timer that fires late sends what fell due together (its lateness counted): on a loaded machine a
    // few such pairs, never the back-to-back bursts of a per-connection quota (most gaps near 0).
    expect(sorted.filter((g) => g < 3).length).toBeLessThan(10);
    // The 60 ms answers count from their due time.
    expect(Math.max(...result.latencies)).toBeGreaterThanOrEqual(59);
    expect(result.elapsedSec).toBeGreaterThan(0.95);
  });
});

describe('bench fixed rate: idle keep-alive sockets', () => {
  const peers = new Set<string>();
  const server = useLoopbackServer(
    (req, res) => {
      peers.add(`${req.socket.remoteAddress}:${req.socket.remotePort}`);
      req.resume();
      res.end('{}');
    },
    // Announces `Keep-Alive: timeout=2`: the client must not reuse a socket idle for 1 s or more.
    (s) => {
      s.keepAliveTimeout = 2000;
    },
  );

  it("drops a socket idle past the server's announced keep-alive timeout instead of racing its close", async () => {
    // Two requests 1.5 s apart: Node's agent without a timeout of its own ignores the hint and would
    // reuse the first socket, half a second before the server closes it.
    const result = await runPaced({
      url: server.url,
      rate: 1 / 1.5,
      durationSec: 3,
      request: { method: 'POST', path: '/graphql', body: '{}', headers: { 'content-type': 'application/json' } },
    });
    expect(result.latencies).toHaveLength(2);
    expect(result.transportErrors).toBe(0);
    expect(result.firstTransportError).toBeNull();
    expect(peers.size).toBe(2);
  });
});
