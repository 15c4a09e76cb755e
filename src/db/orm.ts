import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { MikroORM, type MigrationObject, type Options } from '@mikro-orm/core';
import type { AbstractSqlDriver, SqlEntityManager } from '@mikro-orm/knex';
import { Migrator } from '@mikro-orm/migrations';
import { SqliteDriver } from '@mikro-orm/sqlite';
import { PostgreSqlDriver } from '@mikro-orm/postgresql';
import type { DatabaseConfig } from '../config';
import { ENTITIES } from './entities';
import { sqliteMigrations } from '../migrations/sqlite';
import { postgresqlMigrations } from '../migrations/postgresql';
import { readThroughReader } from '../common/sqlite-reads';
import { statementCounter } from '../common/statement-counter';
import { logger } from '../common/logger';

/** Both drivers (SQLite, PostgreSQL) are SQL drivers: their entity managers share the query builder API. */
export type Orm = MikroORM<AbstractSqlDriver, SqlEntityManager>;
export type { SqlEntityManager };

export function ormOptions(
  db: DatabaseConfig,
  migrationsList?: MigrationObject[],
): Options<AbstractSqlDriver, SqlEntityManager> {
  const common: Options<AbstractSqlDriver, SqlEntityManager> = {
    entities: ENTITIES,
    discovery: { disableDynamicFileAccess: true, requireEntitiesArray: true },
    extensions: [Migrator],
    migrations: {
      migrationsList: migrationsList ?? (db.kind === 'sqlite' ? sqliteMigrations : postgresqlMigrations),
      transactional: true,
      allOrNothing: true,
      snapshot: false,
      emit: 'ts',
    },
    // Statements are counted per request by the knex 'query' hook instead of logged.
    debug: false,
    // The migrator's progress lines, as JSON through our logger (production logs are JSON only).
    colors: false,
    logger: (message: string) => logger.info({ source: 'mikro-orm' }, message),
    allowGlobalContext: false,
    forceUtcTimezone: true,
    serialization: { forceObject: true },
  };
  if (db.kind === 'sqlite') {
    const file = db.sqlitePath!;
    return {
      ...common,
      driver: SqliteDriver,
      dbName: file,
      pool: {
        min: 1,
        max: 1,
        acquireTimeoutMillis: db.acquireTimeoutMs ?? 60_000,
        // WAL lets readers in other processes run beside the one writer; the busy timeout makes a
        // second writer wait instead of failing. SQLite remains a one-process database here.
        afterCreate: (
          conn: { run: (sql: string, cb: (err: Error | null) => void) => void },
          done: (err: Error | null, conn: unknown) => void,
        ) => {
          // 64 MiB page cache instead of the 2 MiB default: the read graph's nested pages touch
          // index and table pages all over a database of gigabytes.
          const pragmas = [
            'PRAGMA foreign_keys = ON',
            'PRAGMA busy_timeout = 5000',
            'PRAGMA synchronous = NORMAL',
            'PRAGMA cache_size = -65536',
          ];
          if (file !== ':memory:') pragmas.unshift('PRAGMA journal_mode = WAL');
          const next = (i: number): void => {
            if (i === pragmas.length) done(null, conn);
            else conn.run(pragmas[i], (err) => (err ? done(err, conn) : next(i + 1)));
          };
          next(0);
        },
      },
    };
  }
  return {
    ...common,
    driver: PostgreSqlDriver,
    clientUrl: db.url,
    pool: {
      min: 0,
      max: 10,
      acquireTimeoutMillis: db.acquireTimeoutMs ?? 60_000,
      afterCreate: postgresSessionSettings,
    },
  };
}

/**
 * The planner settings of every PostgreSQL connection of the app.
 *
 * plan_cache_mode = force_custom_plan: the read path's prepared statements (common/pg-prepared.ts)
 * are planned for their values every time; after five runs PostgreSQL may keep one generic plan,
 * blind to the values. For the coupon page under 100 customers of the large seed's biggest partner
 * (`partner_id = $1 and expire_time >= $2 and customer_id in (…)`) the generic plan ANDs two bitmaps
 * (4.5 ms), the custom one walks the customers' index (0.2 ms, 0.3 ms of planning on top). Preparing
 * still saves parsing and the escaping of every value.
 *
 * random_page_cost = 1.1 instead of 4 (a disk that seeks): the tables are read from memory or SSD,
 * and at 4 the planner walked the primary key of sub_customer backwards past 80,500 other partners'
 * rows (12.5 ms) rather than take the (partner_id, id) index (0.1 ms; migration KeysetIndexes),
 * because that index's heap order is scattered across partners.
 */
function postgresSessionSettings(
  conn: { query: (sql: string, cb: (err: Error | null) => void) => void },
  done: (err: Error | null, conn: unknown) => void,
): void {
  conn.query(`SET plan_cache_mode = force_custom_plan; SET random_page_cost = ${RANDOM_PAGE_COST}`, (err) =>
    done(err, conn),
  );
}

/** The planner's page cost on the app's connections (postgresSessionSettings); the bench sets it on its databases. */
export const RANDOM_PAGE_COST = 1.1;

/**
 * SQLite: every top-level transaction starts with BEGIN IMMEDIATE, taking the write lock at the
 * start. With a plain (deferred) BEGIN, a transaction that reads and then writes while another
 * process holds the write lock fails with SQLITE_BUSY at its first write, which the busy timeout
 * cannot retry. Neither knex nor MikroORM exposes this (knex's sqlite3 dialect ignores isolation
 * levels and always sends BEGIN), so the knex client's transaction factory is wrapped here. In
 * this process the single pooled connection already serializes transactions; this matters for a
 * second process on the same file (the seeder, a migration, a second server): SQLite stays a
 * one-process database for serving.
 */
function useImmediateTransactions(orm: Orm): void {
  const client = orm.em.getConnection().getKnex().client;
  const original = client.transaction;
  client.transaction = function (this: typeof client, ...args: Parameters<typeof original>) {
    const trx = original.apply(this, args);
    // Called once the connection is acquired, only for a top-level transaction (nested ones use SAVEPOINT).
    if (!hasBeginHook(trx)) throw new Error('knex changed: its transaction has no begin(conn) and query(conn, sql).');
    trx.begin = (conn: unknown) => trx.query(conn, 'BEGIN IMMEDIATE;');
    return trx;
  };
}

/** knex's internal Transaction: `begin(conn)` sends BEGIN through `query(conn, sql)` (not in its public types). */
interface BeginHook {
  begin(conn: unknown): Promise<unknown>;
  query(conn: unknown, sql: string): Promise<unknown>;
}

function hasBeginHook(trx: object): trx is BeginHook {
  return typeof Reflect.get(trx, 'begin') === 'function' && typeof Reflect.get(trx, 'query') === 'function';
}

/** Opens the database and brings its schema up to date with the committed migrations. */
export async function openDatabase(db: DatabaseConfig, options: { migrate?: boolean } = {}): Promise<Orm> {
  if (db.kind === 'sqlite' && db.sqlitePath !== ':memory:') {
    mkdirSync(dirname(db.sqlitePath!), { recursive: true });
  }
  const orm = await MikroORM.init<AbstractSqlDriver, SqlEntityManager>(ormOptions(db));
  statementCounter.attach(orm);
  if (db.kind === 'sqlite') useImmediateTransactions(orm);
  if (options.migrate !== false) {
    await orm.getMigrator().up();
  }
  if (db.kind === 'sqlite') readThroughReader(orm.em);
  return orm;
}
