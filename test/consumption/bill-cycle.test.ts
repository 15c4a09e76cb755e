import { describe, expect, it } from 'vitest';
import {
  BILL_CYCLE_MONTHS,
  billCycleProblem,
  queryableBillCycles,
} from '../../src/modules/consumption/consumption.service';

// domain.md §2: consumption is queryable for the last 18 months only; we count the current (UTC)
// month as one of the 18, so in 2026-11 the window is 2025-06 … 2026-11.
describe('billCycleProblem (the 18-month bill-cycle window)', () => {
  const now = new Date('2026-11-15T08:00:00Z');

  it('accepts the current month and the 17 before it, and nothing else', () => {
    expect(BILL_CYCLE_MONTHS).toBe(18);
    expect(queryableBillCycles(now)).toEqual({ oldest: '2025-06', newest: '2026-11' });
    expect(billCycleProblem('2026-11', now)).toBeNull();
    expect(billCycleProblem('2025-06', now)).toBeNull();
    expect(billCycleProblem('2026-01', now)).toBeNull();
    expect(billCycleProblem('2025-05', now)).toMatch(/older than 18 months; the oldest queryable is 2025-06/);
    expect(billCycleProblem('2026-12', now)).toMatch(/in the future; the newest is 2026-11/);
    expect(billCycleProblem('2027-01', now)).toMatch(/future/);
    expect(billCycleProblem('1999-01', now)).toMatch(/older/);
  });

  it('counts exactly 18 accepted months around a year boundary', () => {
    const january = new Date('2026-01-01T00:00:00Z');
    expect(queryableBillCycles(january)).toEqual({ oldest: '2024-08', newest: '2026-01' });
    const accepted: string[] = [];
    for (let y = 2023; y <= 2027; y++) {
      for (let m = 1; m <= 12; m++) {
        const cycle = `${y}-${String(m).padStart(2, '0')}`;
        if (billCycleProblem(cycle, january) === null) accepted.push(cycle);
      }
    }
    expect(accepted).toHaveLength(18);
    expect(accepted[0]).toBe('2024-08');
    expect(accepted[17]).toBe('2026-01');
  });

  it('uses UTC months, not the server time zone', () => {
    // 23:30 on 30 Nov at UTC-1 is already December in UTC.
    const edge = new Date('2026-11-30T23:30:00-01:00');
    expect(billCycleProblem('2026-12', edge)).toBeNull();
    expect(billCycleProblem('2025-06', edge)).toMatch(/older/);
    expect(billCycleProblem('2025-07', edge)).toBeNull();
    // The last instant of November UTC is still November.
    const lastNovember = new Date('2026-11-30T23:59:59.999Z');
    expect(billCycleProblem('2026-12', lastNovember)).toMatch(/future/);
    expect(billCycleProblem('2025-06', lastNovember)).toBeNull();
  });

  it.each([
    '2026-13',
    '2026-00',
    '2026-1',
    '26-01',
    '2026/01',
    ' 2026-01',
    '2026-01 ',
    '2026-01-01',
    '',
    'abcd-ef',
    '２０２６-01',
  ])('refuses the malformed bill cycle %j', (cycle) => {
    expect(billCycleProblem(cycle, now)).toMatch(/not a bill cycle in the form YYYY-MM/);
  });
});
