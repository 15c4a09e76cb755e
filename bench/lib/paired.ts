/**
 * Paired short slices: how the bench reads a small cost (permissions) on a machine whose speed
 * drifts. Two servers take turns in short closed-loop slices (A B, then B A, …); each pair's ratio
 * sees the same machine within a second or two, so a drift over tens of seconds cancels, and the
 * median of many pairs is read with a distribution-free interval.
 *
 * Why: with three interleaved rounds of 4 s, `order`'s permissions cost read 1.8–12.4 % across runs
 * of an unchanged server (BENCHMARKS.md, sessions 18–19), while graphql-shield's own functions took
 * 0.2 % of the CPU in a profile and in-process A/B runs read −2.3 … +7.0 % (an A/A −2.2 %).
 */

export interface SlicePair {
  /** Throughput (req/s) of the first server of the comparison (the app) in this pair. */
  a: number;
  /** Throughput of the second (the app without permissions). */
  b: number;
}

export interface PairedComparison {
  against: string;
  connections: number;
  sliceSec: number;
  pairs: SlicePair[];
  /** Median over the pairs of a / b. */
  ratio: number;
  /** About 95 % distribution-free interval of that median (order statistics of the pair ratios). */
  ratioLow: number;
  ratioHigh: number;
  /** Slices whose answers failed a check (flagged): they are not in `pairs`. */
  flaggedSlices: number;
}

/**
 * Median and an about-95 % interval for it from the order statistics (the binomial sign-test
 * interval, normal approximation): ranks (n − 1.96√n)/2 and its mirror, 1-based.
 */
export function medianInterval(values: readonly number[]): { median: number; low: number; high: number } | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((x, y) => x - y);
  const n = sorted.length;
  const median = n % 2 ? sorted[(n - 1) / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
  const k = Math.max(1, Math.floor((n - 1.96 * Math.sqrt(n)) / 2));
  return { median, low: sorted[k - 1], high: sorted[n - k] };
}

/** Pairs in which both sides answered: only they have a ratio. */
const usableOf = (pairs: readonly SlicePair[]) => pairs.filter((p) => p.a > 0 && p.b > 0);

/** The comparison of the pairs' throughputs, or null without a usable pair. */
export function comparePairs(
  pairs: readonly SlicePair[],
  meta: { against: string; connections: number; sliceSec: number; flaggedSlices: number },
): PairedComparison | null {
  const usable = usableOf(pairs);
  const m = medianInterval(usable.map((p) => p.a / p.b));
  if (!m) return null;
  return { ...meta, pairs: usable, ratio: m.median, ratioLow: m.low, ratioHigh: m.high };
}

/** Fewer pairs say nothing: their interval spans the extreme ratios. */
export const MIN_PAIRS = 12;

/**
 * Enough pairs: at least `min`, and the interval of the median ratio within ±3 points. A quiet
 * machine stops at 12 pairs; a drifting one goes on (up to --pairs), so the cost is read as
 * precisely on both.
 */
export function precise(pairs: readonly SlicePair[], min = MIN_PAIRS): boolean {
  const usable = usableOf(pairs);
  if (usable.length < min) return false;
  const m = medianInterval(usable.map((p) => p.a / p.b));
  return m !== null && (m.high - m.low) / 2 <= 0.03;
}

/** Which server goes first in pair i: alternating, so a drift within a pair weighs on both alike. */
export const firstOfPair = (i: number): 'a' | 'b' => (i % 2 === 0 ? 'a' : 'b');
