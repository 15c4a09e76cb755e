import { raw } from '@mikro-orm/core';
import { badInput } from './errors';

const MAX_SEARCH_LENGTH = 64;

/**
 * A case-insensitive "contains" condition on a column, with LIKE wildcards in the text taken
 * literally (account names may contain "_"). Works the same on SQLite and PostgreSQL.
 */
export function containsText(column: string, text: string, argName: string): Record<string, unknown> {
  const trimmed = text.trim();
  if (trimmed.length === 0) throw badInput(`${argName} must not be blank.`, argName);
  if (trimmed.length > MAX_SEARCH_LENGTH)
    throw badInput(`${argName} is longer than ${MAX_SEARCH_LENGTH} characters.`, argName);
  const pattern = `%${trimmed.toLowerCase().replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
  return { [raw(`lower(${column}) like ? escape '\\'`, [pattern])]: [] };
}

/** Checks an optional [from, to] date range: from ≤ to and at most `maxDays` long. */
export function checkDateRange(
  from: Date | null | undefined,
  to: Date | null | undefined,
  names: [string, string],
  maxDays?: number,
): void {
  if (from && to && from.getTime() > to.getTime()) throw badInput(`${names[0]} is after ${names[1]}.`, names[0]);
  if (maxDays != null && from && to && to.getTime() - from.getTime() > maxDays * 86_400_000) {
    throw badInput(`The range ${names[0]}…${names[1]} is longer than ${maxDays} days.`, names[1]);
  }
}
