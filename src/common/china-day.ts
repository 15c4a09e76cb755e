/**
 * The partner center's calendar day is the China day (Asia/Shanghai: UTC+8 all year, no daylight
 * saving), so daily limits reset at 00:00 in Beijing, which is 16:00 UTC of the day before.
 */
export const CHINA_UTC_OFFSET_MS = 8 * 3600 * 1000;
const DAY_MS = 24 * 3600 * 1000;

/** The first instant of the China day containing `at`. */
export function chinaDayStart(at: Date): Date {
  const local = at.getTime() + CHINA_UTC_OFFSET_MS;
  return new Date(local - (((local % DAY_MS) + DAY_MS) % DAY_MS) - CHINA_UTC_OFFSET_MS);
}

/** The China day containing `at`, as a half-open range [from, to). */
export function chinaDay(at: Date): { from: Date; to: Date } {
  const from = chinaDayStart(at);
  return { from, to: new Date(from.getTime() + DAY_MS) };
}
