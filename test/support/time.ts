/** Dates and waiting in tests. */

/** One day in milliseconds. */
export const DAY = 24 * 3600 * 1000;

/** A date (or a timestamp column's value) as the API writes it, ISO 8601 in UTC; null stays null. */
export const iso = (d: Date | string | number | null | undefined): string | null =>
  d === null || d === undefined ? null : new Date(d).toISOString();

/** Resolves after `ms` milliseconds. */
export const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/** The UTC bill cycle "YYYY-MM" of a date (default: now). */
export function currentBillCycle(now = new Date()): string {
  return `${now.getUTCFullYear()}-${String(now.getUTCMonth() + 1).padStart(2, '0')}`;
}
