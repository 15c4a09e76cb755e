/**
 * The bench's --trace-gc reading (bench/lib/gc-trace.ts) on a real V8 trace: a child node process
 * run as the bench runs the app server (--trace-gc --expose-gc, the anchor printed after a forced
 * GC), then requests placed on and off its pauses.
 */
import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { alignGc, parseGcTrace, parseRequestLog } from '../../bench/lib/gc-trace';
import { sampleRunQueueWait, waitBetween } from '../../bench/lib/sched';

const CHILD = `
gc();
console.log(JSON.stringify({ benchGcAnchor: performance.timeOrigin + performance.now() }));
const keep = [];
for (let i = 0; i < 3e5; i++) { keep.push({ i, s: 'x' + i }); if (keep.length > 5e4) keep.length = 0; }
`;

describe('bench --trace-gc', () => {
  const text = execFileSync(process.execPath, ['--trace-gc', '--expose-gc', '-e', CHILD], { encoding: 'utf8' });
  const trace = parseGcTrace(text);

  it('reads the pauses, their kind, and the wall-clock anchor of the forced GC', () => {
    expect(trace.offsetMs).not.toBeNull();
    expect(trace.pauses.some((p) => p.kind === 'mark-compact' && /testing/.test(p.reason))).toBe(true);
    expect(trace.pauses.some((p) => p.kind === 'scavenge')).toBe(true);
    // The anchor is close to now (the child ran a moment ago), so the offset turns isolate ms into wall ms.
    const lastEnd = trace.pauses[trace.pauses.length - 1].endMs + trace.offsetMs!;
    expect(Math.abs(Date.now() - lastEnd)).toBeLessThan(60_000);
  });

  it('counts a request as overlapping a pause only when their intervals meet', () => {
    const offsetMs = trace.offsetMs!;
    const scavenges = trace.pauses.filter((p) => p.kind === 'scavenge');
    const pause = scavenges[scavenges.length - 1];
    const end = pause.endMs + offsetMs;
    const on = { startWall: end - pause.pauseMs - 1, endWall: end + 1, durationMs: pause.pauseMs + 2 };
    const before = { startWall: end - 60_000, endWall: end - 59_999, durationMs: 1 };
    const a = alignGc({ pauses: trace.pauses, offsetMs }, [on, before], end - 60_000, end + 1);
    expect(a.slowest1pct.anyGc).toBe(1);
    expect(a.slowest1pct.scavenge).toBe(1);
    expect(a.all.anyGc).toBe(0.5);
  });

  it('reads a mark-compact cycle from the start of its incremental marking, and counts requests in it', () => {
    // A line as Node 20's V8 prints it under load (bench run 2026-12-06T03-23-42, app-no-rate-limit).
    const line =
      '[7446:0x5df2d80]    32854 ms: Mark-Compact 290.2 (325.9) -> 58.0 (208.2) MB, 5.33 / 0.02 ms  (+ 21.4 ms in 223 steps since start of marking, biggest step 5.6 ms, walltime since start of marking 44 ms) (average mu = 0.998, current mu = 0.999) finalize incremental marking via task; GC in old space requested';
    const [pause] = parseGcTrace(line).pauses;
    expect(pause).toMatchObject({
      endMs: 32854,
      pauseMs: 5.33,
      kind: 'mark-compact',
      marking: { stepsMs: 21.4, wallMs: 44 },
    });
    const r = (startWall: number, endWall: number) => ({ startWall, endWall, durationMs: endWall - startWall });
    // Offset 0: the pause is 32848.67–32854, the cycle 32810–32854. One request in the marking only.
    const a = alignGc({ pauses: [pause], offsetMs: 0 }, [r(32820, 32830), r(32700, 32705)], 32000, 33000);
    expect(a.all.markCompact).toBe(0);
    expect(a.all.markingCycle).toBe(0.5);
    expect(a.slowest1pct.markingCycle).toBe(1);
    // Its wake: the cycle and the 200 ms after the pause (32854–33054).
    const late = [r(32820, 32830), r(32900, 32930), r(33040, 33045), r(33060, 33062), r(32700, 32703)];
    const w = alignGc({ pauses: [pause], offsetMs: 0 }, late, 32000, 34000);
    expect(w.all.markCompactWake).toBe(3 / 5);
    expect(w.slowest1pct.markCompactWake).toBe(1);
    expect(w.outsideMarkCompactWake).toEqual({ requests: 2, p50: 2, p99: 3 });
  });

  it('counts the time another request was in flight, once however many overlap', () => {
    const r = (startWall: number, endWall: number) => ({ startWall, endWall, durationMs: endWall - startWall });
    // The slowest, 0–10 ms, shared with 2–4 and 3–6 (merged: 2–6) and with 8–12 (8–10): 6 ms of 10.
    const slow = r(1000, 1010);
    const others = [r(1002, 1004), r(1003, 1006), r(1008, 1012)];
    const a = alignGc({ pauses: [], offsetMs: 0 }, [slow, ...others], 0, 2000);
    expect(a.slowest1pct.requests).toBe(1);
    expect(a.slowest1pct.timeWithOthersInFlight).toBeCloseTo(6 / 10);
    const alone = alignGc({ pauses: [], offsetMs: 0 }, [r(1000, 1010), r(1010, 1012)], 0, 2000);
    expect(alone.all.timeWithOthersInFlight).toBe(0);
  });

  it('counts the optimized functions a collection threw away, and the requests in its wake', () => {
    // What node --trace-deopt prints during a mark-compact whose objects' classes died, then the GC's line.
    const log = [
      '[1:0x1]      100 ms: Mark-Compact 10.0 (12.0) -> 5.0 (12.0) MB, 3.00 / 0.00 ms  testing; GC in old space requested',
      '{"benchGcAnchor": 1000100}',
      '[marking dependent code 0x1 <Code TURBOFAN> (0x2 <SharedFunctionInfo getPkHash>) (opt id 3) for deoptimization, reason: weak objects]',
      '[marking dependent code 0x4 <Code TURBOFAN> (0x5 <SharedFunctionInfo store>) (opt id 6) for deoptimization, reason: weak objects]',
      '[marking dependent code 0x7 <Code TURBOFAN> (0x8 <SharedFunctionInfo take>) (opt id 9) for deoptimization, reason: code dependencies]',
      '[1:0x1]      500 ms: Mark-Compact 90.0 (99.0) -> 5.0 (12.0) MB, 30.00 / 0.00 ms  testing; GC in old space requested',
      '[1:0x1]      600 ms: Scavenge 6.0 (12.0) -> 5.0 (12.0) MB, 1.00 / 0.00 ms  allocation failure;',
    ].join('\n');
    const parsed = parseGcTrace(log);
    expect(parsed.pauses.map((p) => p.deoptimized)).toEqual([0, 2, 0]);
    const offsetMs = parsed.offsetMs!;
    expect(offsetMs).toBe(1_000_000);
    const at = (ms: number, durationMs: number) => ({
      startWall: offsetMs + ms,
      endWall: offsetMs + ms + durationMs,
      durationMs,
    });
    // In the wake (from the end of the pause to 3 s after): the slow one; before the pause and after the wake: not.
    const requests = [
      at(400, 2),
      at(700, 50),
      at(3600, 2),
      ...Array.from({ length: 97 }, (_, i) => at(4000 + i * 10, 2)),
    ];
    const a = alignGc({ pauses: parsed.pauses, offsetMs }, requests, offsetMs + 300, offsetMs + 6000);
    expect(a.deoptimized).toEqual({ functions: 2, collections: 1 });
    expect(a.slowest1pct.inDeoptWake).toBe(1);
    expect(a.all.inDeoptWake).toBeCloseTo(1 / 100);
  });

  it('reads the answered /graphql requests of a request log within the window', () => {
    const line = (time: string, durationMs: number, status = 200, path = '/graphql') =>
      JSON.stringify({ level: 'info', time, msg: 'request', path, status, durationMs });
    const log = [
      line('2026-12-04T10:00:00.100Z', 12.5),
      line('2026-12-04T10:00:00.200Z', 3, 499),
      line('2026-12-04T10:00:00.300Z', 3, 200, '/healthz'),
      line('2026-12-04T10:00:09.000Z', 4),
      'not json',
    ].join('\n');
    const from = Date.parse('2026-12-04T10:00:00.000Z');
    const rows = parseRequestLog(log, from, from + 1000);
    expect(rows).toEqual([{ startWall: from + 100 - 12.5, endWall: from + 100, durationMs: 12.5 }]);
  });

  it('samples the run-queue wait of a process from /proc (Linux)', async () => {
    const sampler = sampleRunQueueWait(process.pid, 2);
    await new Promise((resolve) => setTimeout(resolve, 50));
    const samples = sampler.stop();
    expect(samples.length).toBeGreaterThan(2);
    const wait = waitBetween(samples, samples[0].wall, samples[samples.length - 1].wall);
    expect(wait).not.toBeNull();
    expect(wait!).toBeGreaterThanOrEqual(0);
    expect(waitBetween(samples, samples[0].wall - 1000, samples[0].wall)).toBeNull();
  });
});
