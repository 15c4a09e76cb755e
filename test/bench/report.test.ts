import { describe, expect, it } from 'vitest';
import type { RunResult } from '../../bench/lib/load';
import { maxRps, type OperationResult, runAt } from '../../bench/lib/report';

/** A run with what the ratios read (throughput, concurrency, mode); the rest is not looked at here. */
const run = (connections: number, rps: number, mode: RunResult['mode'] = 'closed-loop'): RunResult =>
  ({ connections, rps, mode, responses: rps > 0 ? 10 : 0 }) as RunResult;

const op = (runs: RunResult[]): OperationResult => ({
  key: 'customer-list',
  summary: '',
  probeBytes: 0,
  probeSql: 9,
  runs,
});

describe('bench ratios over several rounds (--rounds)', () => {
  it('compare the run of median throughput at a concurrency, not the first or the best', () => {
    const three = op([run(10, 90), run(10, 120), run(10, 100), run(1, 40)]);
    expect(runAt(three, 10)?.rps).toBe(100);
    // An even number: the lower middle run.
    expect(runAt(op([run(10, 90), run(10, 120)]), 10)?.rps).toBe(90);
    expect(runAt(three, 50)).toBeUndefined();
    // A run without answers never counts.
    expect(runAt(op([run(10, 0), run(10, 80)]), 10)?.rps).toBe(80);
  });

  it('peak throughput is the best median over the concurrencies; fixed-rate runs count as measured', () => {
    expect(maxRps(op([run(1, 40), run(1, 60), run(1, 50), run(10, 90), run(10, 300), run(10, 100)]))).toBe(100);
    expect(maxRps(op([run(10, 100), run(10, 60, 'fixed-rate')]))).toBe(100);
    expect(maxRps(op([]))).toBeUndefined();
  });
});
