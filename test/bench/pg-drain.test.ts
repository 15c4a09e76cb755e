/**
 * The bench's drain on PostgreSQL (bench/lib/pg-drain.ts): a session left inside a transaction keeps
 * the database busy until it ends, so no server is stopped while it holds row locks (BENCHMARKS.md,
 * session 21: write-mix runs with no answer). On a scratch database of the machine's server;
 * skipped, with the reason, when none answers.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Client } from 'pg';
import { PG_ADMIN_URL } from '../support/production';
import { waitForIdleSessions } from '../../bench/lib/pg-drain';

const name = `bench_drain_${process.pid}`;
const url = PG_ADMIN_URL.replace(/\/postgres$/, `/${name}`);
let skipReason: string | null = null;

async function admin(sql: string): Promise<void> {
  const c = new Client({ connectionString: PG_ADMIN_URL, connectionTimeoutMillis: 3000 });
  await c.connect();
  try {
    await c.query(sql);
  } finally {
    await c.end();
  }
}

beforeAll(async () => {
  try {
    await admin(`CREATE DATABASE ${name}`);
  } catch (err) {
    skipReason = `PostgreSQL is unreachable at ${PG_ADMIN_URL} (${(err as Error).message})`;
    console.warn(`pg-drain: skipped: ${skipReason}`);
  }
});
afterAll(async () => {
  if (!skipReason) await admin(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
});

describe('bench drain on PostgreSQL', () => {
  it('waits while a session is in a transaction and returns once it ends', async (t) => {
    if (skipReason) t.skip();
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
