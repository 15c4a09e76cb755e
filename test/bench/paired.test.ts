import { describe, expect, it } from 'vitest';
import { comparePairs, firstOfPair, medianInterval, precise } from '../../bench/lib/paired';

describe('paired slices (the permissions cost)', () => {
  it('reads the median pair ratio with an order-statistics interval around it', () => {
    const m = medianInterval([5, 1, 4, 2, 3, 9, 8, 7, 6, 10, 11, 12, 13, 14, 15, 16]);
    expect(m?.median).toBe(8.5);
    // n = 16: ranks 4 and 13 (sign-test interval, about 95 %).
    expect(m?.low).toBe(4);
    expect(m?.high).toBe(13);
    expect(medianInterval([2, 1, 3])).toEqual({ median: 2, low: 1, high: 3 });
    expect(medianInterval([])).toBeNull();
  });

  it('a drift of the machine that slows both sides of a pair alike does not move the ratio', () => {
    // The machine halves its speed halfway through; the app is 3 % slower throughout.
    const pairs = Array.from({ length: 12 }, (_, i) => {
      const speed = i < 6 ? 1000 : 500;
      return { a: 0.97 * speed, b: speed };
    });
    const c = comparePairs(pairs, { against: 'x', connections: 10, sliceSec: 1, flaggedSlices: 0 });
    expect(c?.ratio).toBeCloseTo(0.97, 6);
    expect(c?.ratioLow).toBeCloseTo(0.97, 6);
    expect(c?.ratioHigh).toBeCloseTo(0.97, 6);
  });

  it('leaves out a pair without answers and alternates which side goes first', () => {
    const c = comparePairs(
      [
        { a: 90, b: 100 },
        { a: 0, b: 100 },
        { a: 95, b: 100 },
      ],
      { against: 'x', connections: 10, sliceSec: 1, flaggedSlices: 1 },
    );
    expect(c?.pairs).toHaveLength(2);
    expect(c?.ratio).toBeCloseTo(0.925, 6);
    expect(comparePairs([{ a: 0, b: 1 }], { against: 'x', connections: 10, sliceSec: 1, flaggedSlices: 0 })).toBeNull();
    expect([0, 1, 2, 3].map(firstOfPair)).toEqual(['a', 'b', 'a', 'b']);
  });
});

describe('how many pairs', () => {
  const pairsOf = (ratios: number[]) => ratios.map((r) => ({ a: 100 * r, b: 100 }));
  it('stops at the minimum on a quiet machine and goes on while the interval is wide', () => {
    expect(precise(pairsOf(Array(11).fill(0.98)))).toBe(false);
    expect(precise(pairsOf(Array(12).fill(0.98)))).toBe(true);
    const noisy = pairsOf(Array.from({ length: 12 }, (_, i) => (i % 2 ? 0.85 : 1.1)));
    expect(precise(noisy)).toBe(false);
    // A smaller minimum (--quick, --pairs 4) is honoured.
    expect(precise(pairsOf([1, 1, 1, 1]), 4)).toBe(true);
  });
});
