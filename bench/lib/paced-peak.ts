/**
 * The paced peak (issue 15, item 5): the highest evenly spaced arrival rate a server answers as fast
 * as the requests arrive. The fixed-rate run that reads the tail goes at 60 % of it.
 *
 * Why not 60 % of the closed-loop peak, as until session 17: the closed loop at 10 connections keeps
 * the server's thread busy back to back, and a request costs it less CPU there than when it arrives
 * alone at an idle event loop (measured in session 17 on `order`: 1.9 ms of main-thread CPU per answer
 * at 10 connections, 2.4 ms under paced arrivals, 3.2 ms at 1 connection). So 60 % of the closed-loop
 * peak put the main thread anywhere from 56 % to 98 % busy, and on a clean clone the `order` run did
 * not keep up at all: a tail read at saturation, not at 60 % load.
 *
 * The search: a short paced step at the closed-loop peak; while a step does not keep up, the next one
 * goes at the lower of 90 % of its rate and 97 % of what it achieved (an overloaded server answers at
 * its capacity, so the second step usually lands just under it).
 */

import type { PacedTiming } from './paced';
import { percentile } from './stats';

/** What one paced step measured. */
export interface PeakStepRun {
  rate: number;
  /** Answers per second, from the first due time to the last answer. */
  achievedRps: number;
  /** Each answer's latency (due time to last byte, ms), in the order the requests were due. */
  latenciesByDue: number[];
  /** The server's main thread busy share over the step (0–1), when it was read. */
  mainThreadShare: number | null;
}

export interface PeakStep {
  rate: number;
  achievedRps: number;
  /** Median latency of the first and of the last quarter of the requests (ms). */
  firstQuarterP50: number;
  lastQuarterP50: number;
  mainThreadShare: number | null;
  keptUp: boolean;
}

export interface PacedPeak {
  /** The highest step rate that kept up (or the lowest tried, when none did). */
  peakRps: number;
  closedLoopPeakRps: number;
  /** False when no step kept up: peakRps is then the lowest rate tried. */
  found: boolean;
  steps: PeakStep[];
}

/** A step kept up when it answered at ≥ 97 % of the rate and its queue did not grow across it. */
export const KEPT_UP_SHARE = 0.97;
/** Latency may rise by this factor (plus QUEUE_SLACK_MS) from the first to the last quarter. */
export const QUEUE_GROWTH = 2;
export const QUEUE_SLACK_MS = 2;

const median = (values: readonly number[]) =>
  percentile(
    [...values].sort((a, b) => a - b),
    50,
  );

/** A paced run's latencies (due time to last byte, ms) in the order the requests were due. */
export function latenciesByDue(timings: readonly PacedTiming[]): number[] {
  return [...timings].sort((a, b) => a.due - b.due).map((t) => t.end - t.due);
}

export function judgeStep(run: PeakStepRun): PeakStep {
  const quarter = Math.max(1, Math.floor(run.latenciesByDue.length / 4));
  const firstQuarterP50 = median(run.latenciesByDue.slice(0, quarter));
  const lastQuarterP50 = median(run.latenciesByDue.slice(-quarter));
  const answered = run.achievedRps >= KEPT_UP_SHARE * run.rate;
  const steady = lastQuarterP50 <= QUEUE_GROWTH * firstQuarterP50 + QUEUE_SLACK_MS;
  return {
    rate: run.rate,
    achievedRps: run.achievedRps,
    firstQuarterP50,
    lastQuarterP50,
    mainThreadShare: run.mainThreadShare,
    keptUp: run.latenciesByDue.length > 0 && answered && steady,
  };
}

/**
 * Steps down from the closed-loop peak until a paced step keeps up (at most `maxSteps`), then returns
 * that rate. `runStep` runs one paced step at a whole-number rate on a drained server.
 */
export async function findPacedPeak(
  closedLoopPeakRps: number,
  runStep: (rate: number) => Promise<PeakStepRun>,
  maxSteps = 6,
): Promise<PacedPeak> {
  const steps: PeakStep[] = [];
  let rate = Math.max(1, Math.round(closedLoopPeakRps));
  for (let i = 0; i < maxSteps; i++) {
    const step = judgeStep(await runStep(rate));
    steps.push(step);
    if (step.keptUp) return { peakRps: rate, closedLoopPeakRps, found: true, steps };
    const next = Math.max(1, Math.round(Math.min(0.9 * rate, KEPT_UP_SHARE * step.achievedRps)));
    if (next >= rate) break;
    rate = next;
  }
  return { peakRps: steps[steps.length - 1].rate, closedLoopPeakRps, found: false, steps };
}

export function formatPacedPeak(p: PacedPeak): string {
  const steps = p.steps
    .map(
      (s) =>
        `${s.rate}/s → ${s.achievedRps.toFixed(0)}/s, p50 ${s.firstQuarterP50.toFixed(1)} → ${s.lastQuarterP50.toFixed(1)} ms${s.mainThreadShare === null ? '' : `, main thread ${(100 * s.mainThreadShare).toFixed(0)} % busy`}${s.keptUp ? ' (kept up)' : ''}`,
    )
    .join('; ');
  const share = (100 * p.peakRps) / p.closedLoopPeakRps;
  return `paced peak ${p.found ? '' : '(none kept up: the lowest tried) '}${p.peakRps} req/s, ${share.toFixed(0)} % of the closed-loop peak ${p.closedLoopPeakRps.toFixed(0)} req/s [${steps}]`;
}
