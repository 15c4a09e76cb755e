/**
 * On PostgreSQL a fast ping does not mean that a server is done. Its pool has ten connections, so
 * a ping is answered beside requests that still wait on a row lock, or that are finishing a
 * transaction after their client left. Stopping that server (`alone` in run.ts) froze its open
 * transactions with their locks. The next server's writes then waited on them for the whole run:
 * in session 21, write-mix runs answered nothing for 4–12 s.
 */
import pg from 'pg';

/** Sessions of the database that are in a transaction or running a statement (LISTEN excepted). */
const BUSY_SESSIONS = `
  select count(*)::int as busy from pg_stat_activity
   where datname = current_database() and pid <> pg_backend_pid() and backend_type = 'client backend'
     and (state like 'idle in transaction%' or (state = 'active' and query not ilike 'listen %'))`;

/** Waits until no other session of the database at `url` is busy; the count left at the deadline. */
export async function waitForIdleSessions(url: string, timeoutMs: number): Promise<number> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const { rows } = await client.query<{ busy: number }>(BUSY_SESSIONS);
      if (rows[0].busy === 0 || Date.now() > deadline) return rows[0].busy;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  } finally {
    await client.end();
  }
}
