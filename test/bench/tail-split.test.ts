/**
 * The fixed-rate latency split at the server's log (bench/lib/tail-split.ts): the generator names
 * each request with x-request-id, a real HTTP server on loopback writes a request-log line per
 * answer as the app does (`time` ISO with ms, `durationMs`, `requestId`), and the split must put a
 * slow handler's time in the handler.
 */
import { describe, expect, it } from 'vitest';
import { useLoopbackServer } from './loopback';
import { parseRequestLog } from '../../bench/lib/gc-trace';
import { runPaced } from '../../bench/lib/paced';
import { formatTailSplit, splitTail } from '../../bench/lib/tail-split';

const SLOW_MS = 150;

describe('bench latency split at the server log', () => {
  const logLines: string[] = [];
  let n = 0;
  const server = useLoopbackServer((req, res) => {
    const started = performance.now();
    const requestId = String(req.headers['x-request-id'] ?? '');
    req.resume();
    // Every tenth handler takes 150 ms, far beyond what a busy machine adds; the others answer at once.
    const delay = n++ % 10 === 9 ? SLOW_MS : 0;
    setTimeout(() => {
      res.end('{"data":{"ok":true}}', () => {
        const durationMs = Math.round((performance.now() - started) * 10) / 10;
        logLines.push(
          JSON.stringify({ time: new Date().toISOString(), path: '/graphql', status: 200, durationMs, requestId }),
        );
      });
    }, delay);
  });

  it('names every request, joins it with its log line and finds the slow handlers in the handler', async () => {
    const from = Date.now();
    const result = await runPaced({
      url: server.url,
      rate: 100,
      durationSec: 1,
      requestIdPrefix: 'split.test.',
      request: { method: 'POST', path: '/graphql', body: '{}', headers: { 'content-type': 'application/json' } },
    });
    expect(result.timings).toHaveLength(100);
    const ids = new Set(result.timings.map((t) => t.requestId));
    expect(ids.size).toBe(100);
    expect(ids.has('split.test.0') && ids.has('split.test.99')).toBe(true);
    for (const t of result.timings) expect(t.due <= t.sent && t.sent < t.end).toBe(true);

    const served = parseRequestLog(logLines.join('\n'), from - 10, Date.now() + 10);
    expect(served.map((s) => s.requestId).sort()).toEqual([...ids].sort());
    const split = splitTail(result.timings, served);
    expect(split.matched).toBe(100);
    // The slowest 1 % is one of the slow handlers; the median band answered at once.
    expect(split.slowest1pct.requests).toBe(1);
    expect(split.slowest1pct.inHandlerMs).toBeGreaterThanOrEqual(SLOW_MS - 1);
    expect(split.median.inHandlerMs).toBeLessThan(20);
    // The parts add up to the latency (each part's boundaries are the same instants).
    const s = split.slowest1pct;
    expect(s.sentLateMs + s.beforeHandlerMs + s.inHandlerMs + s.afterHandlerMs).toBeCloseTo(s.totalMs, 2);
    // Loopback both ways: far less than the slow handler, even on a busy machine (CI).
    expect(Math.abs(s.beforeHandlerMs)).toBeLessThan(20);
    expect(Math.abs(s.afterHandlerMs)).toBeLessThan(20);
    // Most of the excess is in the handler (over 100 % when the median band was sent later).
    const inHandlerShare = /excess over the median .*in the handler (-?\d+) %/.exec(formatTailSplit(split));
    expect(Number(inHandlerShare?.[1])).toBeGreaterThanOrEqual(80);
  });

  it('leaves out answers whose log line is missing, and says how many were joined', () => {
    const timings = [
      { requestId: 'a-000001', due: 1000, sent: 1001, end: 1010 },
      { requestId: 'a-000002', due: 1010, sent: 1010, end: 1013 },
    ];
    // The handler of the first ended at 1008 (logged as 1007.x, truncated): 2 ms after it to the read.
    const served = [{ requestId: 'a-000001', startWall: 1002, endWall: 1007.5, durationMs: 5 }];
    const split = splitTail(timings, served);
    expect(split).toMatchObject({ matched: 1, answers: 2 });
    expect(split.slowest1pct).toMatchObject({ totalMs: 10, sentLateMs: 1, inHandlerMs: 5 });
    expect(split.slowest1pct.beforeHandlerMs).toBeCloseTo(2, 6);
    expect(split.slowest1pct.afterHandlerMs).toBeCloseTo(2, 6);
  });
});
