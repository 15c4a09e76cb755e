/**
 * Guessing one login's password: after FREE_ATTEMPTS failures in a row, each attempt locks the
 * login for a window that doubles (30 s, 1 min, 2 min, … up to 15 min), during which signIn
 * answers SIGN_IN_LOCKED with the time the lock ends, without checking the password. A success
 * resets the count; attempts older than a day are forgotten.
 *
 * Attempts are counted *before* the password is checked (and, from the FREE_ATTEMPTS-th on, the
 * lock is set then too), in a short transaction holding the login's row (its first statement is
 * an upsert that writes the row: a row lock on PostgreSQL, the write lock on SQLite), so a burst of parallel guesses, on one
 * instance or several sharing the database, gets at most FREE_ATTEMPTS password checks per lock
 * window. Unknown logins are throttled exactly like real ones, so a lock reveals nothing.
 */
import { createHash } from 'node:crypto';
import type { SqlEntityManager } from '@mikro-orm/knex';

export const FREE_ATTEMPTS = 5;
export const FIRST_LOCK_MS = 30_000;
export const MAX_LOCK_MS = 15 * 60_000;
/** Failures further apart than this start counting from zero again. */
export const FAILURE_MEMORY_MS = 24 * 3600_000;

/** The lock an attempt sets once it is the n-th in a row (n ≥ FREE_ATTEMPTS), in milliseconds. */
export function lockWindowMs(attempt: number): number {
  if (attempt < FREE_ATTEMPTS) return 0;
  return Math.min(MAX_LOCK_MS, FIRST_LOCK_MS * 2 ** Math.min(attempt - FREE_ATTEMPTS, 20));
}

/** The row key of a login name: as typed when it could be a login (≤ 64 characters), else a hash. */
export function loginKey(loginName: string): string {
  return loginName.length <= 64 ? loginName : `#${createHash('sha256').update(loginName).digest('hex')}`;
}

export type Attempt = { allowed: true; attempt: number } | { allowed: false; lockedUntil: Date };

type Row = Record<string, unknown>;
const run = (em: SqlEntityManager, sql: string, params: unknown[]) => em.execute<Row[]>(sql, params, 'all');

export class SignInThrottle {
  /** Counts an attempt for `loginName` at `now`, or answers that the login is locked until when. */
  async begin(em: SqlEntityManager, loginName: string, now: number): Promise<Attempt> {
    const key = loginKey(loginName);
    return em.transactional(async (tx) => {
      await run(
        tx,
        'insert into sign_in_throttle (login_key, attempts, locked_until_ms, last_attempt_ms) values (?, 0, null, ?) on conflict (login_key) do update set attempts = sign_in_throttle.attempts',
        [key, now],
      );
      const [row] = await run(
        tx,
        `select attempts, locked_until_ms, last_attempt_ms from sign_in_throttle where login_key = ?`,
        [key],
      );
      const lockedUntil = row.locked_until_ms == null ? null : Number(row.locked_until_ms);
      if (lockedUntil != null && lockedUntil > now)
        return { allowed: false as const, lockedUntil: new Date(lockedUntil) };
      const remembered = now - Number(row.last_attempt_ms) > FAILURE_MEMORY_MS ? 0 : Number(row.attempts);
      const attempt = remembered + 1;
      const lock = lockWindowMs(attempt);
      await run(
        tx,
        'update sign_in_throttle set attempts = ?, locked_until_ms = ?, last_attempt_ms = ? where login_key = ?',
        [attempt, lock ? now + lock : null, now, key],
      );
      return { allowed: true as const, attempt };
    });
  }

  /** A correct password: the count starts over. */
  async succeeded(em: SqlEntityManager, loginName: string): Promise<void> {
    await run(em, 'delete from sign_in_throttle where login_key = ?', [loginKey(loginName)]);
  }
}
