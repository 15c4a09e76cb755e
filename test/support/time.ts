/** Dates, the test clock and waiting in tests. */
import { vi } from 'vitest';
import { chinaDayStart } from '../../src/common/china-day';

/** The start of the China day (Asia/Shanghai, UTC+8) containing a time: 16:00 UTC. */
export { chinaDayStart };

/** One day in milliseconds. */
export const DAY = 24 * 3600 * 1000;

/** A date (or a timestamp column's value) as the API writes it, ISO 8601 in UTC; null stays null. */
export function iso(d: Date | string | number): string;
export function iso(d: Date | string | number | null | undefined): string | null;
export function iso(d: Date | string | number | null | undefined): string | null {
  return d === null || d === undefined ? null : new Date(d).toISOString();
}

/** Resolves after `ms` milliseconds. */
export const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/** A timestamp column as epoch milliseconds (an integer on SQLite, a Date on PostgreSQL). */
export const millis = (value: unknown): number => new Date(value as number | string | Date).getTime();

/** The bill cycle "YYYY-MM" of the UTC month `monthsAgo` months before `now` (default: this month). */
export function billCycle(monthsAgo = 0, now = new Date()): string {
  const d = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - monthsAgo, 1));
  return `${d.getUTCFullYear()}-${String(d.getUTCMonth() + 1).padStart(2, '0')}`;
}

/**
 * Runs `fn` with the clock fixed at `at` (only Date is faked: timers, sockets and the database
 * run normally, so the real server answers as if it were that time), then puts the clock back.
 * Tokens signed before keep working as long as `at` is before their expiry.
 */
export async function atTime<T>(at: Date, fn: () => Promise<T>): Promise<T> {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(at);
  try {
    return await fn();
  } finally {
    vi.useRealTimers();
  }
}
