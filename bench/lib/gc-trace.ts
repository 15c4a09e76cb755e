/**
 * --trace-gc: the app server's GC pauses lined up with its own request log.
 *
 * The server runs with `--trace-gc --expose-gc` and its stdout in a file of its own (V8 prints the
 * trace through C stdio, buffered, so sharing the request log's file would cut lines). A trace line
 * reads `[pid:isolate]  12345 ms: Scavenge 10.1 (12.0) -> 9.8 (13.0) MB, 1.23 / 0.00 ms  … reason`:
 * the time is ms since the isolate started, printed when the pause ENDS (checked: two forced GCs of
 * 665 and 72 ms printed 73 ms apart), and the first number after "MB," is the pause. To turn isolate
 * time into wall time, bench/server.ts forces one GC (`gc()`, reason "testing") before it listens
 * and prints `{"benchGcAnchor": <wall ms when gc() returned>}`: offset = anchor − that GC's time
 * (exact to about 1 ms: V8 prints whole ms).
 *
 * A request's interval is [end − durationMs, end], end being its log line's `time` (written on the
 * response's 'close'; ms precision). A request "overlaps" a pause when the two intervals intersect.
 */
import { type SchedSample, waitBetween } from './sched';
import { percentile } from './stats';

export type GcKind = 'scavenge' | 'mark-compact' | 'other';

export interface GcPause {
  /** Isolate time at the end of the pause, ms. */
  endMs: number;
  pauseMs: number;
  kind: GcKind;
  reason: string;
  /**
   * Mark-compact: wall ms from the start of incremental marking to the end of the pause, and the ms
   * of marking steps the main thread did meanwhile ("+ 21.4 ms in 223 steps since start of marking,
   * …, walltime since start of marking 44 ms"); null when V8 marked in the pause alone.
   */
  marking: { wallMs: number; stepsMs: number } | null;
  /**
   * Optimized functions V8 threw away in this collection because an object their code embeds died
   * ("reason: weak objects" from node --trace-deopt, printed during the pause, before its trace
   * line): mostly hidden classes that no live object used any more. They run unoptimized until V8
   * re-optimizes them (BENCHMARKS.md, session 13). 0 without --trace-deopt.
   */
  deoptimized: number;
}

/** How long after a collection that deoptimized code a request still counts as in its wake. */
export const DEOPT_WAKE_MS = 3000;

/**
 * How long after a mark-compact's pause a request still counts as in its wake: the requests that
 * arrived during the cycle queue behind its marking steps and pause, and the queue takes some
 * 100–150 ms to drain at 60 % of the peak (order, session 15).
 */
export const MARK_COMPACT_WAKE_MS = 200;

export interface ServedRequest {
  startWall: number;
  endWall: number;
  durationMs: number;
  /** The log line's requestId (the client's x-request-id when it sent one). */
  requestId?: string;
}

const TRACE_LINE = /^\[\d+:0x[0-9a-f]+\]\s+(\d+) ms: ([A-Za-z-]+(?: \([a-z]+\))?) .*?MB, ([\d.]+) \/ [\d.]+ ms(.*)$/;

function kindOf(name: string): GcKind {
  if (/^(Scavenge|Minor)/i.test(name)) return 'scavenge';
  if (/^Mark-Compact|^Mark-sweep/i.test(name)) return 'mark-compact';
  return 'other';
}

/** GC pauses from the trace, and the wall-clock offset (wall = isolate ms + offset), null without anchor. */
export function parseGcTrace(text: string): { pauses: GcPause[]; offsetMs: number | null } {
  const pauses: GcPause[] = [];
  let anchorWall: number | null = null;
  let deoptimized = 0;
  for (const line of text.split('\n')) {
    if (line.startsWith('[marking dependent code') && line.includes('reason: weak objects')) {
      deoptimized += 1;
      continue;
    }
    const m = TRACE_LINE.exec(line);
    if (m) {
      const steps =
        /\+ ([\d.]+) ms in \d+ steps since start of marking.*?walltime since start of marking ([\d.]+) ms/.exec(m[4]);
      pauses.push({
        endMs: Number(m[1]),
        pauseMs: Number(m[3]),
        kind: kindOf(m[2]),
        reason: m[4],
        marking: steps ? { stepsMs: Number(steps[1]), wallMs: Number(steps[2]) } : null,
        deoptimized,
      });
      deoptimized = 0;
      continue;
    }
    const a = /"benchGcAnchor":\s*([\d.]+)/.exec(line);
    if (a) anchorWall = Number(a[1]);
  }
  // The forced gc() is the only one whose reason is "testing".
  const forced = pauses.find((p) => /\btesting\b/.test(p.reason));
  return { pauses, offsetMs: anchorWall !== null && forced ? anchorWall - forced.endMs : null };
}

/** The /graphql requests of the request log whose end falls in [fromWall, toWall]. */
export function parseRequestLog(text: string, fromWall: number, toWall: number): ServedRequest[] {
  const out: ServedRequest[] = [];
  for (const line of text.split('\n')) {
    if (!line.startsWith('{') || !line.includes('"durationMs"')) continue;
    let row: { time?: string; durationMs?: number; path?: string; status?: number; requestId?: string };
    try {
      row = JSON.parse(line);
    } catch {
      continue;
    }
    if (row.path !== '/graphql' || typeof row.durationMs !== 'number' || !row.time || row.status !== 200) continue;
    const end = Date.parse(row.time);
    if (!(end >= fromWall && end <= toWall)) continue;
    out.push({ startWall: end - row.durationMs, endWall: end, durationMs: row.durationMs, requestId: row.requestId });
  }
  return out;
}

export interface OverlapShare {
  requests: number;
  /** Share of these requests that overlapped any pause / a scavenge / a mark-compact. */
  anyGc: number;
  scavenge: number;
  markCompact: number;
  /**
   * Share that overlapped a mark-compact cycle from the start of its incremental marking (whose
   * steps run on the main thread too, between the requests' callbacks) to the end of its pause.
   */
  markingCycle: number;
  /** Share that overlapped a mark-compact cycle or the MARK_COMPACT_WAKE_MS after its pause. */
  markCompactWake: number;
  /** Share of these requests' summed duration spent inside GC pauses. */
  timeInGc: number;
  /** Share of their summed duration the server's main thread was runnable but had no CPU (null: not sampled). */
  timeWaitingForCpu: number | null;
  /**
   * Share of their summed duration during which another request was in flight too: one JavaScript
   * thread serves both, so this is where a request can wait for another's work (queueing).
   */
  timeWithOthersInFlight: number;
  /** Share that started within DEOPT_WAKE_MS after a collection that deoptimized code. */
  inDeoptWake: number;
}

/** Time of [r.startWall, r.endWall] covered by at least one other request of `all`, ms. */
function sharedTime(r: ServedRequest, all: readonly ServedRequest[]): number {
  const spans = all
    .filter((o) => o !== r && o.startWall < r.endWall && o.endWall > r.startWall)
    .map((o) => [Math.max(o.startWall, r.startWall), Math.min(o.endWall, r.endWall)] as const)
    .sort((a, b) => a[0] - b[0]);
  let covered = 0;
  let reach = Number.NEGATIVE_INFINITY;
  for (const [from, to] of spans) {
    if (to <= reach) continue;
    covered += to - Math.max(from, reach);
    reach = to;
  }
  return covered;
}

export interface GcAlignment {
  requests: number;
  /** Server-side latency (log durationMs) of the requests in the window. */
  serverMs: { p50: number; p99: number };
  pauses: { scavenge: number; markCompact: number; other: number };
  /** Sum of pause time / window length. */
  gcShareOfWall: number;
  longestPauseMs: number;
  /** Functions deoptimized by the collections from DEOPT_WAKE_MS before the window to its end, and by how many of them. */
  deoptimized: { functions: number; collections: number };
  slowest1pct: OverlapShare;
  all: OverlapShare;
  /**
   * Server-side p50 and p99 (log durationMs) of the requests that met no mark-compact cycle nor its
   * wake: the tail the server would have without the old generation's collections.
   */
  outsideMarkCompactWake: { requests: number; p50: number; p99: number };
}

interface PlacedPause {
  start: number;
  end: number;
  kind: GcKind;
  ms: number;
  cycleStart: number;
  deoptimized: number;
}

/** Whether `r` overlapped a mark-compact cycle (marking start to pause end), or the `wakeMs` after its pause. */
function overlapsMarkCompact(r: ServedRequest, pauses: readonly PlacedPause[], wakeMs = 0): boolean {
  return pauses.some((p) => p.kind === 'mark-compact' && p.cycleStart < r.endWall && p.end + wakeMs > r.startWall);
}

function overlapShare(
  requests: ServedRequest[],
  pauses: PlacedPause[],
  sched: SchedSample[],
  everyRequest: readonly ServedRequest[],
): OverlapShare {
  let cycle = 0;
  let shared = 0;
  let waiting = 0;
  let sampled = 0;
  let any = 0;
  let scavenge = 0;
  let markCompact = 0;
  let inGc = 0;
  let total = 0;
  let wake = 0;
  let mcWake = 0;
  // Few collections deoptimize anything: look among those only, not every scavenge per request.
  const deopting = pauses.filter((p) => p.deoptimized > 0);
  for (const r of requests) {
    if (deopting.some((p) => r.startWall >= p.end && r.startWall < p.end + DEOPT_WAKE_MS)) wake += 1;
    const hits = pauses.filter((p) => p.start < r.endWall && p.end > r.startWall);
    if (hits.length) any += 1;
    if (hits.some((p) => p.kind === 'scavenge')) scavenge += 1;
    if (hits.some((p) => p.kind === 'mark-compact')) markCompact += 1;
    if (overlapsMarkCompact(r, pauses)) cycle += 1;
    if (overlapsMarkCompact(r, pauses, MARK_COMPACT_WAKE_MS)) mcWake += 1;
    for (const p of hits) inGc += Math.min(p.end, r.endWall) - Math.max(p.start, r.startWall);
    total += r.durationMs;
    shared += sharedTime(r, everyRequest);
    const w = waitBetween(sched, r.startWall, r.endWall);
    if (w !== null) {
      waiting += w;
      sampled += r.durationMs;
    }
  }
  const n = requests.length || 1;
  return {
    requests: requests.length,
    anyGc: any / n,
    scavenge: scavenge / n,
    markCompact: markCompact / n,
    markingCycle: cycle / n,
    markCompactWake: mcWake / n,
    timeInGc: total ? inGc / total : 0,
    timeWaitingForCpu: sampled ? waiting / sampled : null,
    timeWithOthersInFlight: total ? shared / total : 0,
    inDeoptWake: wake / n,
  };
}

/** Lines up the pauses with the requests that ended in [fromWall, toWall]. */
export function alignGc(
  trace: { pauses: GcPause[]; offsetMs: number },
  requests: ServedRequest[],
  fromWall: number,
  toWall: number,
  sched: SchedSample[] = [],
): GcAlignment {
  const pauses: PlacedPause[] = trace.pauses
    .map((p) => ({
      start: p.endMs + trace.offsetMs - p.pauseMs,
      end: p.endMs + trace.offsetMs,
      kind: p.kind,
      ms: p.pauseMs,
      cycleStart: p.endMs + trace.offsetMs - (p.marking ? Math.max(p.marking.wallMs, p.pauseMs) : p.pauseMs),
      deoptimized: p.deoptimized,
    }))
    .filter((p) => p.end >= fromWall - Math.max(1000, p.deoptimized > 0 ? DEOPT_WAKE_MS : 0) && p.cycleStart <= toWall);
  const deopting = pauses.filter((p) => p.deoptimized > 0);
  const inWindow = pauses.filter((p) => p.end >= fromWall);
  const sorted = [...requests].sort((a, b) => b.durationMs - a.durationMs);
  const slow = sorted.slice(0, Math.max(1, Math.ceil(sorted.length / 100)));
  const durations = requests.map((r) => r.durationMs).sort((a, b) => a - b);
  const outside = requests
    .filter((r) => !overlapsMarkCompact(r, pauses, MARK_COMPACT_WAKE_MS))
    .map((r) => r.durationMs)
    .sort((a, b) => a - b);
  return {
    requests: requests.length,
    serverMs: { p50: percentile(durations, 50), p99: percentile(durations, 99) },
    pauses: {
      scavenge: inWindow.filter((p) => p.kind === 'scavenge').length,
      markCompact: inWindow.filter((p) => p.kind === 'mark-compact').length,
      other: inWindow.filter((p) => p.kind === 'other').length,
    },
    gcShareOfWall: inWindow.reduce((s, p) => s + p.ms, 0) / Math.max(1, toWall - fromWall),
    longestPauseMs: inWindow.reduce((m, p) => Math.max(m, p.ms), 0),
    deoptimized: { functions: deopting.reduce((n, p) => n + p.deoptimized, 0), collections: deopting.length },
    slowest1pct: overlapShare(slow, pauses, sched, requests),
    all: overlapShare(requests, pauses, sched, requests),
    outsideMarkCompactWake: { requests: outside.length, p50: percentile(outside, 50), p99: percentile(outside, 99) },
  };
}

const pct = (v: number | null) => (v === null ? '–' : `${(v * 100).toFixed(0)} %`);

export function formatAlignment(a: GcAlignment): string {
  const s = a.slowest1pct;
  const all = a.all;
  return [
    `server log: ${a.requests} requests, p50 ${a.serverMs.p50} ms, p99 ${a.serverMs.p99} ms; GC: ${a.pauses.scavenge} scavenges, ${a.pauses.markCompact} mark-compacts, ${pct(a.gcShareOfWall)} of wall time, longest ${a.longestPauseMs.toFixed(1)} ms`,
    `overlapping a GC pause — slowest 1 % (${s.requests}): ${pct(s.anyGc)} (scavenge ${pct(s.scavenge)}, mark-compact ${pct(s.markCompact)}; ${pct(s.timeInGc)} of their time in GC); all: ${pct(all.anyGc)} (scavenge ${pct(all.scavenge)}, mark-compact ${pct(all.markCompact)}; ${pct(all.timeInGc)} of their time)`,
    `overlapping a mark-compact cycle (incremental marking to the end of its pause) — slowest 1 %: ${pct(s.markingCycle)}; all: ${pct(all.markingCycle)}`,
    `in a mark-compact's wake (its cycle or the ${MARK_COMPACT_WAKE_MS} ms after its pause) — slowest 1 %: ${pct(s.markCompactWake)}; all: ${pct(all.markCompactWake)}; the others (${a.outsideMarkCompactWake.requests}): p50 ${a.outsideMarkCompactWake.p50} ms, p99 ${a.outsideMarkCompactWake.p99} ms (${(a.outsideMarkCompactWake.p99 / Math.max(a.outsideMarkCompactWake.p50, 1e-9)).toFixed(2)}×)`,
    `waiting for a CPU (server's main thread runnable, not running) — slowest 1 %: ${pct(s.timeWaitingForCpu)} of their time; all: ${pct(all.timeWaitingForCpu)}`,
    `another request in flight too (queueing) — slowest 1 %: ${pct(s.timeWithOthersInFlight)} of their time; all: ${pct(all.timeWithOthersInFlight)}`,
    `optimized code V8 dropped in a GC (--trace-deopt, "weak objects") — ${a.deoptimized.functions} functions in ${a.deoptimized.collections} collections; started within ${DEOPT_WAKE_MS / 1000} s after one — slowest 1 %: ${pct(s.inDeoptWake)}; all: ${pct(all.inDeoptWake)}`,
  ].join('\n      ');
}
