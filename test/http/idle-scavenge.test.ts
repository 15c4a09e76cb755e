import { describe, expect, it } from 'vitest';
import { IdleScavenger, oldGenerationLimit, youngFill } from '../../src/http/idle-scavenge';

const nextImmediate = () => new Promise((resolve) => setImmediate(resolve));

/** Allocates short-lived objects until the young generation is at least `fill` full. */
function fillYoung(fill: number): void {
  let sink: unknown[] = [];
  for (let i = 0; youngFill() < fill && i < 1_000_000; i++) {
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

  it('collects the whole heap instead once the old generation passes 60 % of the floor the server started with', async () => {
    expect(oldGenerationLimit(['--initial-old-space-size=1024', '--v8-pool-size=1'])).toBe(0.6 * 1024 * 2 ** 20);
    expect(oldGenerationLimit(['--max-old-space-size=4096'])).toBeNull();
    expect(oldGenerationLimit([])).toBeNull();
    const kinds: string[] = [];
    // A limit the old generation of this test process is past already: the real gc() runs, major.
    const scavenger = new IdleScavenger(
      () => true,
      (kind) => kinds.push(kind),
      1,
    );
    scavenger.idle();
    await nextImmediate();
    expect(kinds).toEqual(['major']);
    expect(scavenger.majorCollections).toBe(1);
    expect(scavenger.collections).toBe(0);
    // Still past the limit (this process's live heap): not again within ten seconds.
    await new Promise((resolve) => setTimeout(resolve, 10));
    scavenger.idle();
    await nextImmediate();
    expect(kinds.filter((k) => k === 'major')).toHaveLength(1);
    // Without a floor (null) an idle moment only ever collects the young generation.
    const young: string[] = [];
    const minorOnly = new IdleScavenger(
      () => true,
      (kind) => young.push(kind),
      null,
    );
    fillYoung(0.6);
    minorOnly.idle();
    await nextImmediate();
    expect(young).toEqual(['minor']);
  });
});
