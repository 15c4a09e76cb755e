import { describe, expect, it } from 'vitest';
import { IdleScavenger, youngFill } from '../../src/http/idle-scavenge';

const nextImmediate = () => new Promise((resolve) => setImmediate(resolve));

/**
 * Allocates short-lived objects until the young generation is at least `fill` full. V8 may collect
 * or resize it meanwhile (it once stopped at 24 % after a million objects in CI), so the bound is
 * generous: the loop ends as soon as the fill is seen.
 */
function fillYoung(fill: number): void {
  let sink: unknown[] = [];
  for (let i = 0; youngFill() < fill && i < 20_000_000; i++) {
    sink.push({ i, s: `row ${i}` });
    if (sink.length > 1000) sink = [];
  }
  expect(youngFill()).toBeGreaterThanOrEqual(fill);
}

describe('IdleScavenger (young-generation GC between requests)', () => {
  it('collects a young generation past half full with V8 itself, once the instance is idle', async () => {
    const scavenger = new IdleScavenger(() => true);
    fillYoung(0.6);
    scavenger.idle();
    expect(scavenger.collections).toBe(0); // after the current callbacks, not inside them
    await nextImmediate();
    expect(scavenger.collections).toBe(1);
    expect(youngFill()).toBeLessThan(0.5);
  });

  it('does nothing while the young generation is under half full, or when a request came in meanwhile', async () => {
    let runs = 0;
    let idle = true;
    const scavenger = new IdleScavenger(
      () => idle,
      () => {
        runs += 1;
      },
    );
    // A collection now leaves it nearly empty.
    const real = new IdleScavenger(() => true);
    fillYoung(0.6);
    real.idle();
    await nextImmediate();
    scavenger.idle();
    await nextImmediate();
    expect(runs).toBe(0);

    fillYoung(0.6);
    await new Promise((resolve) => setTimeout(resolve, 10)); // past the look interval
    idle = false;
    scavenger.idle();
    await nextImmediate();
    expect(runs).toBe(0);

    idle = true;
    await new Promise((resolve) => setTimeout(resolve, 10));
    fillYoung(0.6);
    scavenger.idle();
    scavenger.idle(); // one collection scheduled at a time
    await nextImmediate();
    expect(runs).toBe(1);
  });

  it('never collects the whole heap (with no request alive that would deoptimize the hot code)', async () => {
    const kinds: string[] = [];
    const scavenger = new IdleScavenger(
      () => true,
      (kind) => kinds.push(kind),
    );
    // Old objects promoted meanwhile (this process's old generation only grows) change nothing.
    const promoted: unknown[] = [];
    for (let round = 0; round < 3; round++) {
      promoted.push(Array.from({ length: 50_000 }, (_, i) => ({ i })));
      fillYoung(0.6);
      scavenger.idle();
      await nextImmediate();
      await new Promise((resolve) => setTimeout(resolve, 10)); // past the look interval
    }
    expect(kinds).toEqual(['minor', 'minor', 'minor']);
    expect(promoted).toHaveLength(3);
  });
});
