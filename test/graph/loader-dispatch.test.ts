/**
 * The loaders' dispatch (src/common/loaders.ts): a request's batches wait until none of its
 * statements is running, so keys reached in different event-loop turns while a statement runs share
 * one batch; a statement that is never answered (a stall) lets them go after the cap.
 */
import { setTimeout as sleep } from 'node:timers/promises';
import { describe, expect, it } from 'vitest';
import { LoaderRegistry } from '../../src/common/loaders';
import { type StatementTally, statementCounter } from '../../src/common/statement-counter';

/** A registry over a fresh tally, and a loader that records its batches. */
function setup() {
  const tally: StatementTally = { count: 0 };
  const registry = new LoaderRegistry(true, tally);
  const batches: number[][] = [];
  const loader = () =>
    registry.get<number, number>('twice', '', async (keys) => {
      batches.push([...keys]);
      return keys.map((k) => k * 2);
    });
  /** A statement of the request that takes `ms` (or never settles before `release` resolves). */
  const statement = (settle: Promise<unknown>) =>
    statementCounter.run(tally, () => statementCounter.track(() => settle));
  return { tally, batches, loader, statement };
}

describe('request loaders dispatch when the request is idle', () => {
  it('keys queued in different turns while a statement runs go in one batch, after it', async () => {
    const { batches, loader, statement } = setup();
    const running = statement(sleep(50));
    const first = loader().load(1);
    await sleep(10); // another event-loop turn, the statement still running
    const second = loader().load(2);
    expect(batches).toEqual([]);
    await running;
    expect(await Promise.all([first, second])).toEqual([2, 4]);
    expect(batches).toEqual([[1, 2]]);
  });

  it('a slow request that keeps answering statements keeps its batches together past the stall cap', async () => {
    const { batches, loader, statement } = setup();
    let chain: Promise<unknown> = statement(sleep(300));
    const first = loader().load(1);
    // Statements answered every 300 ms for 1.5 s: progress, so no stall.
    for (let i = 0; i < 4; i++) chain = chain.then(() => statement(sleep(300)));
    await sleep(1_200);
    const second = loader().load(2);
    await chain;
    expect(await Promise.all([first, second])).toEqual([2, 4]);
    expect(batches).toEqual([[1, 2]]);
  });

  it('a statement that is never answered does not hold the batches beyond the cap', async () => {
    const { batches, loader, statement } = setup();
    let release = () => {};
    void statement(new Promise<void>((resolve) => (release = resolve)));
    const started = Date.now();
    expect(await loader().load(3)).toBe(6);
    const waited = Date.now() - started;
    expect(waited).toBeGreaterThanOrEqual(900);
    expect(waited).toBeLessThan(3_000);
    expect(batches).toEqual([[3]]);
    release();
  });

  it('without statements, a batch goes after the current turn', async () => {
    const { batches, loader } = setup();
    const [a, b] = await Promise.all([loader().load(1), Promise.resolve().then(() => loader().load(5))]);
    expect([a, b]).toEqual([2, 10]);
    expect(batches).toEqual([[1, 5]]);
  });
});
