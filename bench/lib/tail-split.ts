/**
 * Where a fixed-rate run's latency went, request by request (issue 15, item 5: is the tail the
 * server's or the machine's?). The generator (paced.ts) names each request with `x-request-id` and
 * records when it was due, sent and fully read; the server's request log has, for the same id, when
 * its handler ended (`time`) and how long it ran (`durationMs`, from the first middleware to the
 * response's close). Both clocks are the machine's wall clock. Each latency (due → last byte read)
 * splits into four segments:
 *
 * - sent late: the generator's own event loop was late to send (its timers, its CPU);
 * - before the handler: bytes on the loopback, then waiting until the server's event loop read them
 *   (busy with other requests, a GC pause, or no CPU);
 * - in the handler: what the request log measures (the server's work and its waits);
 * - after the handler: the answer's bytes on the loopback, then until the generator's event loop read
 *   them (the generator busy, or without a CPU).
 *
 * The log's `time` has 1 ms resolution (truncated), so each handler end is placed 0.5 ms after it:
 * unbiased on average, ±0.5 ms on one request. The split compares the slowest 1 % with the requests
 * around the median (p45–p55): the segments that grow are where the tail comes from.
 */
import type { ServedRequest } from './gc-trace';
import type { PacedTiming } from './paced';
import { type SchedSample, waitBetween } from './sched';

export interface Segments {
  requests: number;
  /** Mean ms per request: the whole latency and its four parts. */
  totalMs: number;
  sentLateMs: number;
  beforeHandlerMs: number;
  inHandlerMs: number;
  afterHandlerMs: number;
  /** Mean ms per request the generator's main thread waited for a CPU (null: not sampled). */
  generatorCpuWaitMs: number | null;
}

export interface TailSplit {
  /** Answers joined with their log line, of all answers. */
  matched: number;
  answers: number;
  median: Segments;
  slowest1pct: Segments;
}

/** Ms after the log's truncated `time` where the handler ended, on average. */
const LOG_TIME_RESOLUTION_MS = 1;

interface Joined {
  latency: number;
  sentLate: number;
  before: number;
  inHandler: number;
  after: number;
  generatorWait: number | null;
}

function segmentsOf(rows: Joined[]): Segments {
  const n = rows.length || 1;
  const mean = (pick: (r: Joined) => number) => rows.reduce((s, r) => s + pick(r), 0) / n;
  const waits = rows.map((r) => r.generatorWait).filter((w): w is number => w !== null);
  return {
    requests: rows.length,
    totalMs: mean((r) => r.latency),
    sentLateMs: mean((r) => r.sentLate),
    beforeHandlerMs: mean((r) => r.before),
    inHandlerMs: mean((r) => r.inHandler),
    afterHandlerMs: mean((r) => r.after),
    generatorCpuWaitMs: waits.length ? waits.reduce((s, w) => s + w, 0) / waits.length : null,
  };
}

/** Joins the generator's timelines with the server's log lines by request id and splits them. */
export function splitTail(
  timings: readonly PacedTiming[],
  served: readonly ServedRequest[],
  generatorSched: SchedSample[] = [],
): TailSplit {
  const byId = new Map<string, ServedRequest>();
  for (const s of served) if (s.requestId) byId.set(s.requestId, s);
  const joined: Joined[] = [];
  for (const t of timings) {
    const s = byId.get(t.requestId);
    if (!s) continue;
    const handlerEnd = s.endWall + LOG_TIME_RESOLUTION_MS / 2;
    const handlerStart = handlerEnd - s.durationMs;
    joined.push({
      latency: t.end - t.due,
      sentLate: t.sent - t.due,
      before: handlerStart - t.sent,
      inHandler: s.durationMs,
      after: t.end - handlerEnd,
      generatorWait: waitBetween(generatorSched, t.due, t.end),
    });
  }
  joined.sort((a, b) => a.latency - b.latency);
  const n = joined.length;
  const slowest = joined.slice(n - Math.max(1, Math.ceil(n / 100)));
  const median = joined.slice(Math.floor(n * 0.45), Math.max(Math.floor(n * 0.45) + 1, Math.ceil(n * 0.55)));
  return { matched: n, answers: timings.length, median: segmentsOf(median), slowest1pct: segmentsOf(slowest) };
}

const ms = (v: number) => v.toFixed(2);

/** Two lines: the segments of the median band and of the slowest 1 %, and what grew. */
export function formatTailSplit(t: TailSplit): string {
  const line = (label: string, s: Segments) =>
    `${label} (${s.requests}): ${ms(s.totalMs)} ms = sent late ${ms(s.sentLateMs)} + before the handler ${ms(s.beforeHandlerMs)} + in the handler ${ms(s.inHandlerMs)} + after it ${ms(s.afterHandlerMs)}${s.generatorCpuWaitMs === null ? '' : `; generator waiting for a CPU ${ms(s.generatorCpuWaitMs)}`}`;
  const m = t.median;
  const s = t.slowest1pct;
  const excess = s.totalMs - m.totalMs;
  const share = (d: number) => (excess > 0 ? `${((100 * d) / excess).toFixed(0)} %` : '–');
  return [
    `latency split at the server's log (${t.matched} of ${t.answers} answers joined by x-request-id):`,
    line('  median band p45–p55', m),
    line('  slowest 1 %', s),
    `  the slowest 1 %'s excess over the median (${ms(excess)} ms): sent late ${share(s.sentLateMs - m.sentLateMs)}, before the handler ${share(s.beforeHandlerMs - m.beforeHandlerMs)}, in the handler ${share(s.inHandlerMs - m.inHandlerMs)}, after it ${share(s.afterHandlerMs - m.afterHandlerMs)}`,
  ].join('\n      ');
}
