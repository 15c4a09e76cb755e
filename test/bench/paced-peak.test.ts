/**
 * The search for the paced peak (bench/lib/paced-peak.ts): the judgement of one step on made-up
 * latencies, the step-down on a modelled server, and the whole search against the spin server on
 * loopback, whose capacity its CPU cost per request bounds.
 */
import { describe, expect, it } from 'vitest';
import { useLoopbackServer } from './loopback';
import { spinHandler } from '../../bench/baseline/spin';
import { runPaced } from '../../bench/lib/paced';
import { findPacedPeak, judgeStep, latenciesByDue, type PeakStepRun } from '../../bench/lib/paced-peak';

const steady = (n: number, ms: number) => Array(n).fill(ms);
/** Latencies of a queue that grows by `msPerRequest` with each arrival. */
const growing = (n: number, ms: number, msPerRequest: number) => steady(n, ms).map((v, i) => v + i * msPerRequest);

/** A server of `capacity` answers per second, over 3 s: what a paced step at `rate` would read. */
function modelled(capacity: number, rate: number): PeakStepRun {
  const n = 3 * rate;
  const over = rate > capacity;
  return {
    rate,
    achievedRps: over ? capacity : rate,
    latenciesByDue: over ? growing(n, 2, 1000 / capacity - 1000 / rate) : steady(n, 2),
    mainThreadShare: Math.min(1, rate / capacity),
  };
}

describe('paced peak: one step', () => {
  it('kept up: answered at the rate with a steady queue', () => {
    expect(judgeStep({ rate: 100, achievedRps: 99, latenciesByDue: steady(300, 3), mainThreadShare: 0.5 }).keptUp).toBe(
      true,
    );
  });

  it('not kept up: answered below 97 % of the rate', () => {
    expect(judgeStep({ rate: 100, achievedRps: 95, latenciesByDue: steady(300, 3), mainThreadShare: 1 }).keptUp).toBe(
      false,
    );
  });

  it('not kept up: the queue grew across the step, though the answers came at the rate', () => {
    const step = judgeStep({ rate: 100, achievedRps: 98, latenciesByDue: growing(300, 3, 0.3), mainThreadShare: 1 });
    expect(step.lastQuarterP50).toBeGreaterThan(2 * step.firstQuarterP50 + 2);
    expect(step.keptUp).toBe(false);
  });

  it('one slow answer (a GC pause) does not count as a growing queue', () => {
    const latencies = steady(300, 3);
    latencies[290] = 80;
    expect(judgeStep({ rate: 100, achievedRps: 100, latenciesByDue: latencies, mainThreadShare: 0.6 }).keptUp).toBe(
      true,
    );
  });

  it('no answer is never kept up', () => {
    expect(judgeStep({ rate: 10, achievedRps: 10, latenciesByDue: [], mainThreadShare: null }).keptUp).toBe(false);
  });
});

describe('paced peak: the search', () => {
  it('steps down from the closed-loop peak to just under the capacity', async () => {
    const tried: number[] = [];
    const peak = await findPacedPeak(680, async (rate) => {
      tried.push(rate);
      return modelled(415, rate);
    });
    expect(peak.found).toBe(true);
    // 680 does not keep up and answers 415/s: the next step is 97 % of that.
    expect(tried).toEqual([680, 403]);
    expect(peak.peakRps).toBe(403);
    expect(peak.steps.map((s) => s.keptUp)).toEqual([false, true]);
  });

  it('takes the closed-loop peak when paced arrivals keep up with it', async () => {
    const peak = await findPacedPeak(300, async (rate) => modelled(320, rate));
    expect(peak).toMatchObject({ peakRps: 300, found: true });
    expect(peak.steps).toHaveLength(1);
  });

  it('says so when no step kept up', async () => {
    const peak = await findPacedPeak(100, async (rate) => ({ ...modelled(1000, rate), achievedRps: rate / 2 }), 3);
    expect(peak.found).toBe(false);
    expect(peak.steps).toHaveLength(3);
    expect(peak.peakRps).toBe(peak.steps[2].rate);
  });
});

describe('paced peak: the spin server on loopback', () => {
  const SPIN_MS = 5;
  const server = useLoopbackServer(spinHandler(SPIN_MS, 200, () => {}));

  it('finds a peak no higher than its CPU cost per request allows', async () => {
    const peak = await findPacedPeak(1000, async (rate) => {
      const run = await runPaced({
        url: server.url,
        rate,
        durationSec: 1,
        requestIdPrefix: `peak.test.${rate}.`,
        request: { method: 'POST', path: '/graphql', body: '{}' },
      });
      return {
        rate,
        achievedRps: run.latencies.length / run.elapsedSec,
        latenciesByDue: latenciesByDue(run.timings),
        mainThreadShare: null,
      };
    });
    expect(peak.steps[0]).toMatchObject({ rate: 1000, keptUp: false });
    expect(peak.found).toBe(true);
    expect(peak.peakRps).toBeLessThanOrEqual(1000 / SPIN_MS);
    expect(peak.peakRps).toBeGreaterThan(20);
  }, 30_000);
});
