import type { SqlEntityManager } from '@mikro-orm/knex';
import { SqlitePlatform } from '@mikro-orm/sqlite';
import sqlite3 from 'sqlite3';
import { statementCounter } from './statement-counter';
import { LRUCache } from 'lru-cache';

/**
 * SQLite: reads outside a transaction run on a second, read-only connection to the same file.
 *
 * MikroORM's SQLite pool has one connection, and knex hands it to one statement at a time: it is
 * released when the statement's answer has reached the JavaScript thread and taken by the next
 * statement only when that thread comes round to it. So the database thread waits while JavaScript
 * runs, and JavaScript waits while it answers: under load the server was idle 9 % of the time and
 * SQLite's work never overlapped the server's. Statements sent straight to a sqlite3 connection
 * queue inside the driver and run back to back on its own thread, as in the bare baseline.
 *
 * Two ways in, one reader: the read path's cached shapes (common/sql-shape.ts, `readDirectly`) with
 * their values bound (numbers, strings and Dates, bound as MikroORM would have written them into the
 * text) and their statements prepared once per text and kept, and every other `select` MikroORM sends outside a transaction (`readThroughReader`), with its
 * values written in by MikroORM's formatter. A transaction's reads must see its own writes, so they
 * stay on its connection; so do writes. Only for a database file: WAL mode lets this connection read
 * the last committed state beside the writer. `PRAGMA query_only` keeps it a reader.
 */

interface ReadConnection {
  /** A statement whose text carries its values (MikroORM's own reads): prepared, run, finalized. */
  all(sql: string, bindings: readonly unknown[]): Promise<Record<string, unknown>[]>;
  /** A cached shape's statement: prepared once per text and kept, run again with new bindings. */
  allPrepared(sql: string, bindings: readonly unknown[]): Promise<Record<string, unknown>[]>;
  close(): Promise<void>;
}

/**
 * Prepared statements kept per read connection (least recently used finalized beyond this). A shape's
 * text is fixed, so SQLite parses and plans it once instead of on every batch (the page statements
 * under a customer list are window functions over joins); and the driver builds no new statement
 * object per read.
 */
export const PREPARED_READS_CACHE_SIZE = 500;

interface PreparedRead {
  statement: sqlite3.Statement;
  /** Settles when SQLite has prepared the text; rejects with why it could not (the driver then never runs it). */
  ready: Promise<void>;
  /** Reads started on it and not yet answered. */
  running: number;
  /** Out of the cache: finalized once no read runs on it (SQLite refuses reads queued on a finalized statement). */
  dropped: boolean;
  /** Settles when SQLite has finalized it. */
  finalized: Promise<void>;
  finalize: () => void;
}

type Rows = Record<string, unknown>[];

function newPreparedRead(db: sqlite3.Database, sql: string, open: Set<PreparedRead>): PreparedRead {
  let settle: (err: Error | null) => void = () => {};
  const ready = new Promise<void>((resolve, reject) => {
    settle = (err) => (err ? reject(err) : resolve());
  });
  let finalizing = false;
  let onFinalized: () => void = () => {};
  const entry: PreparedRead = {
    statement: db.prepare(sql, (err) => settle(err)),
    ready,
    running: 0,
    dropped: false,
    finalized: new Promise<void>((resolve) => {
      onFinalized = resolve;
    }),
    finalize: () => {
      if (finalizing) return;
      finalizing = true;
      entry.statement.finalize(() => {
        open.delete(entry);
        onFinalized();
      });
    },
  };
  open.add(entry);
  // A statement that did not prepare holds nothing to wait for (the driver never calls its finalize back).
  ready.catch(() => {
    open.delete(entry);
    onFinalized();
  });
  return entry;
}

/** The read connection's prepared statements, by text. */
function preparedReads(db: sqlite3.Database) {
  /** Every statement not yet finalized, in the cache or dropped with reads still running. */
  const open = new Set<PreparedRead>();
  const byText = new LRUCache<string, PreparedRead>({
    max: PREPARED_READS_CACHE_SIZE,
    // Dropped (least recently used, failed to prepare, or all at close): SQLite frees it after its reads.
    dispose: (entry) => {
      entry.dropped = true;
      if (entry.running === 0) entry.finalize();
    },
  });
  const prepared = (sql: string): PreparedRead => {
    const known = byText.get(sql);
    if (known) return known;
    const entry = newPreparedRead(db, sql, open);
    // A text that does not prepare is not kept: the next read prepares it afresh (and fails alike).
    entry.ready.catch(() => {
      if (byText.peek(sql) === entry) byText.delete(sql);
    });
    byText.set(sql, entry);
    return entry;
  };
  return {
    // Runs wait for the prepare; then the statement queues them inside the driver, as the connection queues statements.
    all: async (sql: string, bindings: readonly unknown[]) => {
      const entry = prepared(sql);
      entry.running += 1;
      try {
        await entry.ready;
        return await new Promise<Rows>((done, fail) =>
          entry.statement.all<Record<string, unknown>>(bindings.map(sqliteValue), (e, rows) =>
            e ? fail(e) : done(rows),
          ),
        );
      } finally {
        entry.running -= 1;
        if (entry.dropped && entry.running === 0) entry.finalize();
      }
    },
    /** Finalizes every statement once its reads are answered (SQLite closes no connection with statements left open). */
    finalizeAll: async () => {
      byText.clear();
      await Promise.all([...open].map((entry) => entry.finalized));
    },
  };
}

/** SQLITE_DIRECT_READS=off (comparisons only) sends every statement through MikroORM; read once, at load. */
const enabled = process.env.SQLITE_DIRECT_READS !== 'off';

/** The read connection of each MikroORM connection (opened on first use, closed with it). */
const readers = new WeakMap<object, Promise<ReadConnection>>();

/** A binding as MikroORM writes it into SQLite's text: a Date as its milliseconds (BaseSqlitePlatform.quoteValue). */
const sqliteValue = (value: unknown): unknown => (value instanceof Date ? value.getTime() : value);

function open(file: string): Promise<ReadConnection> {
  return new Promise((resolve, reject) => {
    const db = new sqlite3.Database(file, sqlite3.OPEN_READWRITE, (err) => {
      if (err) return reject(err);
      // The pragmas the main connection sets for reading (db/orm.ts), and no writing at all.
      db.exec('PRAGMA query_only = ON; PRAGMA busy_timeout = 5000; PRAGMA cache_size = -65536;', (pragmaErr) => {
        if (pragmaErr) return reject(pragmaErr);
        const statements = preparedReads(db);
        resolve({
          all: (sql, bindings) =>
            new Promise((done, fail) =>
              db.all<Record<string, unknown>>(sql, bindings.map(sqliteValue), (e, rows) => (e ? fail(e) : done(rows))),
            ),
          allPrepared: statements.all,
          close: async () => {
            await statements.finalizeAll();
            await new Promise<void>((done, fail) => db.close((e) => (e ? fail(e) : done())));
          },
        });
      });
    });
  });
}

/** The file of a SQLite entity manager's database, or null (another database, or in memory). */
function fileOf(em: SqlEntityManager): string | null {
  if (!(em.getPlatform() instanceof SqlitePlatform)) return null;
  const file = em.config.get('dbName');
  return file && file !== ':memory:' ? file : null;
}

/** MikroORM connections closed: their reads go back to MikroORM (which answers that the pool is gone). */
const closed = new WeakSet<object>();

/** Whether a shaped statement of this entity manager can be read directly: SQLite file, outside a transaction. */
export function canReadDirectly(em: SqlEntityManager): boolean {
  return enabled && !em.getTransactionContext() && fileOf(em) != null && !closed.has(em.getConnection());
}

type MikroConnection = ReturnType<SqlEntityManager['getConnection']>;

function readerOf(connection: MikroConnection, file: string): Promise<ReadConnection> {
  let reader = readers.get(connection);
  if (!reader) {
    const opened = open(file);
    reader = opened;
    readers.set(connection, opened);
    const close = connection.close.bind(connection);
    // Closing MikroORM's connection closes this one too (same signature, so it is set by name).
    Reflect.set(connection, 'close', async (force?: boolean) => {
      // MikroORM's close may be called again (a shutdown, then a test's cleanup): the reader closes once.
      if (!closed.has(connection)) {
        closed.add(connection);
        readers.delete(connection);
        await (await opened).close();
      }
      return close(force);
    });
  }
  return reader;
}

/** Runs a read on the connection's reader; counted (knex's 'query' event) and tracked as the request's. */
function readOn(connection: MikroConnection, file: string, sql: string, bindings: readonly unknown[], shaped: boolean) {
  const knex = connection.getKnex();
  return statementCounter.track(async () => {
    const reader = await readerOf(connection, file);
    // knex's own 'query' event, as for every statement it sends: the statement counter and any other listener see it.
    knex.emit('query', { method: 'select', sql, bindings });
    return shaped ? reader.allPrepared(sql, bindings) : reader.all(sql, bindings);
  });
}

/** Runs a shape's statement on the read connection (after canReadDirectly). */
export function readDirectly(em: SqlEntityManager, sql: string, bindings: readonly unknown[]) {
  const file = fileOf(em);
  if (!file) throw new Error('canReadDirectly was not asked first: not a SQLite file.');
  return readOn(em.getConnection(), file, sql, bindings, true);
}

/**
 * MikroORM's own reads outside a transaction (its finds and counts: the viewer's statements on every
 * request, the by-id lookups) go to the read connection too, with their values written in by
 * MikroORM's formatter as it would send them. Only a `select` statement of no transaction: writes,
 * PRAGMAs, `with` statements (a CTE may write) and everything inside a transaction stay on MikroORM's
 * connection, which is then left to the writers. Called once the migrations have run.
 */
export function readThroughReader(em: SqlEntityManager): void {
  const file = fileOf(em);
  if (!enabled || !file) return;
  const connection = em.getConnection();
  const platform = em.getPlatform();
  const execute = connection.execute.bind(connection);
  const routed = (...args: Parameters<typeof execute>) => {
    const [query, params = [], method = 'all', ctx] = args;
    if (typeof query !== 'string' || ctx != null || method === 'run' || closed.has(connection) || !SELECT.test(query))
      return execute(...args);
    const rows = readOn(connection, file, platform.formatQuery(query, params), [], false);
    return method === 'get' ? rows.then((all) => all[0]) : rows;
  };
  // The same method with the same arguments and results (set by name, as the statement counter does).
  Reflect.set(connection, 'execute', routed);
}

const SELECT = /^\s*select\s/i;
