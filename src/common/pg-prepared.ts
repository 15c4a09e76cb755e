import type { SqlEntityManager } from '@mikro-orm/knex';
import { PostgreSqlPlatform } from '@mikro-orm/postgresql';
import { statementCounter } from './statement-counter';

/**
 * PostgreSQL: the read path's cached shapes (common/sql-shape.ts) run as named prepared statements.
 *
 * MikroORM pastes the values into the SQL text (its `formatQuery`) before knex sends it, so every
 * batch is a new text for the server to parse and plan, and escaping the values costs the server
 * process. A shape's text is fixed, so it is prepared once per pooled connection (the pg driver
 * keeps the names it prepared per connection) and later batches send only their values.
 *
 * Only outside a transaction (a transaction's statements go through MikroORM's connection, on the
 * transaction's connection), only for texts of the shape cache, and at most MAX_PREPARED_TEXTS of
 * them per connection (the server keeps each prepared statement's plan for the connection's life).
 */

/** The pg client's query with a prepared-statement name (its `QueryConfig`). */
interface PgConnection {
  query(config: { name?: string; text: string; values: unknown[] }): Promise<{ rows: Record<string, unknown>[] }>;
}

/** The knex client's pool and placeholder rewriting (`?` → `$1…`), as the pg dialect does for every query. */
interface KnexPgClient {
  acquireConnection(): Promise<PgConnection>;
  releaseConnection(connection: PgConnection): Promise<unknown>;
  positionBindings(sql: string): string;
}

/** knex's pg client: its pool and placeholder rewriting are not in knex's public types. */
function isKnexPgClient(client: unknown): client is KnexPgClient {
  return ['acquireConnection', 'releaseConnection', 'positionBindings'].every(
    (method) => typeof Reflect.get(Object(client), method) === 'function',
  );
}

/**
 * Texts prepared per connection, at most. A shape's text differs by the length of its `in (…)` lists,
 * so the texts seen over a process's life are many; the first ones are the hot shapes (every request
 * runs them), and a text beyond the bound runs unnamed: bound parameters, parsed each time.
 */
export const MAX_PREPARED_TEXTS = 256;

/** The name (or '' past the bound) and $n text of each statement text. */
const texts = new Map<string, { name: string; text: string }>();
let named = 0;

function prepared(client: KnexPgClient, sql: string): { name: string; text: string } {
  let known = texts.get(sql);
  if (!known) {
    const name = named < MAX_PREPARED_TEXTS ? `shape_${++named}` : '';
    known = { name, text: client.positionBindings(sql) };
    // Past the bound only a few texts are remembered (their $n rewriting), not every one ever seen.
    if (name || texts.size < MAX_PREPARED_TEXTS * 4) texts.set(sql, known);
  }
  return known;
}

/** PG_PREPARED=off (comparisons only) sends every statement through MikroORM; read once, as SQL_SHAPE_CACHE is. */
const enabled = process.env.PG_PREPARED !== 'off';

/** Whether a statement of this entity manager can run prepared: PostgreSQL, outside a transaction, not switched off. */
export function canRunPrepared(em: SqlEntityManager): boolean {
  return enabled && em.getPlatform() instanceof PostgreSqlPlatform && !em.getTransactionContext();
}

/** knex and its pg client (pool and placeholder rewriting) behind an entity manager. */
function pgClientOf(em: SqlEntityManager): { knex: ReturnType<typeof em.getKnex>; client: KnexPgClient } {
  const knex = em.getConnection().getKnex();
  const client: unknown = knex.client;
  if (!isKnexPgClient(client))
    throw new Error('knex changed: its pg client has no acquireConnection/positionBindings.');
  return { knex, client };
}

/**
 * Runs `send` on a pooled connection as one of the request's statements: tracked (the loaders wait
 * for it) and announced by knex's own 'query' event, as for every statement knex sends, so the
 * statement counter and any other listener see it.
 */
function onPooledConnection<T>(
  em: SqlEntityManager,
  event: Record<string, unknown>,
  send: (connection: PgConnection) => Promise<T>,
): Promise<T> {
  const { knex, client } = pgClientOf(em);
  return statementCounter.track(async () => {
    const connection = await client.acquireConnection();
    try {
      knex.emit('query', event);
      return await send(connection);
    } finally {
      await client.releaseConnection(connection);
    }
  });
}

/**
 * Runs one write whose loss in a crash does no harm (a rate-limit bucket) in its own transaction that
 * commits without waiting for the WAL flush (`synchronous_commit = off` for it alone): one round trip
 * instead of an fsync per request, which cost every request 2 ms on PostgreSQL and its latency the
 * disk's jitter. The statement must have its values written in (no placeholders). Money never goes
 * this way.
 */
export function runUnflushed(em: SqlEntityManager, sql: string): Promise<Record<string, unknown>[]> {
  return onPooledConnection(em, { method: 'raw', sql, bindings: [] }, async (connection) => {
    try {
      // A simple query of several statements answers one result per statement: the write's is the third.
      const results: unknown = await connection.query({
        text: `begin; set local synchronous_commit = off; ${sql}; commit;`,
        values: [],
      });
      const write = Array.isArray(results) ? results[2] : null;
      return write && Array.isArray(write.rows) ? write.rows : [];
    } catch (err) {
      await connection.query({ text: 'rollback', values: [] }).catch(() => undefined);
      throw err;
    }
  });
}

/** Runs a shape's statement prepared on a pooled connection (see onPooledConnection). */
export function runPrepared(em: SqlEntityManager, sql: string, bindings: readonly unknown[]) {
  const statement = prepared(pgClientOf(em).client, sql);
  const event = { method: 'select', sql: statement.text, bindings, name: statement.name };
  return onPooledConnection(em, event, async (connection) => {
    // A Date as MikroORM writes it with forceUtcTimezone (PostgreSqlPlatform.formatDate): its ISO text.
    const values = bindings.map((value) => (value instanceof Date ? value.toISOString() : value));
    const result = await (statement.name
      ? connection.query({ name: statement.name, text: statement.text, values })
      : connection.query({ text: statement.text, values }));
    return result.rows;
  });
}
