/**
 * The bench's drain on PostgreSQL (bench/lib/pg-drain.ts): a session left inside a transaction keeps
 * the database busy until it ends, so no server is stopped while it holds row locks (BENCHMARKS.md,
 * session 21: write-mix runs with no answer). On a scratch database of the machine's server;
 * skipped, with the reason, when none answers.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Client } from 'pg';
import { emptyPostgresDatabase } from '../support/production';
import type { ScratchDatabase } from '../support/database';
import { waitForIdleSessions } from '../../bench/lib/pg-drain';

let db: ScratchDatabase | null = null;

beforeAll(async () => {
  const made = await emptyPostgresDatabase('bench_drain');
  if ('skip' in made) console.warn(`pg-drain: skipped: ${made.skip}`);
  else db = made.db;
});
afterAll(async () => {
  await db?.drop();
});

describe('bench drain on PostgreSQL', () => {
  it('waits while a session is in a transaction and returns once it ends', async (t) => {
    if (!db) return t.skip();
    const url = db.url;
    const holder = new Client({ connectionString: url });
    await holder.connect();
    try {
      expect(await waitForIdleSessions(url, 200)).toBe(0);
      await holder.query('BEGIN');
      await holder.query('SELECT 1');
      // Idle in transaction: still busy at the deadline.
      expect(await waitForIdleSessions(url, 200)).toBe(1);
      const ending = waitForIdleSessions(url, 10_000);
      setTimeout(() => void holder.query('COMMIT'), 300);
      expect(await ending).toBe(0);
    } finally {
      await holder.end();
    }
  });
});
