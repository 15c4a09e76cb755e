/**
 * Seeded databases, generated once and reused: SQLite files in .bench-cache/ and PostgreSQL
 * databases <prefix> (large) and <prefix>_small (prefix: --pg-db-prefix, default
 * partner_graph_bench; another prefix keeps two checkouts off each other's databases), each with a marker row
 * (table bench_seed_marker) written after the seed finished. A missing or different marker
 * (another seeder version, another month — seeded dates are relative to the current month)
 * regenerates the database with the seed CLI and its progress bar.
 */
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, readdirSync, renameSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { RANDOM_PAGE_COST } from '../../src/db/orm';
import { ROOT, SEED_CLI } from './paths';

export type Scale = 'small' | 'large';

export interface SeededDatabase {
  scale: Scale;
  url: string;
  /** Rows of the tables the issue names (customers, orders, consumption records…). */
  rows: Record<string, number>;
  reused: boolean;
  seededAt: string;
}

const COUNTED = ['sub_customer', 'customer_order', 'order_line_item', 'consumption_record', 'coupon', 'resource'];

/** Changes when the seeder's code or the month changes. */
export function seedFingerprint(scale: Scale): string {
  const hash = createHash('sha256').update(`scale=${scale}\n`);
  const month = new Date().toISOString().slice(0, 7);
  hash.update(`month=${month}\n`);
  // The migrations too: a cached database can take new migrations, but not a rewritten history.
  for (const dir of ['seeds', 'src/migrations/sqlite', 'src/migrations/postgresql']) {
    const abs = join(ROOT, dir);
    if (!existsSync(abs)) continue;
    for (const f of readdirSync(abs)
      .filter((n) => n.endsWith('.ts'))
      .sort())
      hash.update(`${dir}/${f}\n`).update(readFileSync(join(abs, f)));
  }
  return `${month}:${hash.digest('hex').slice(0, 16)}`;
}

function runSeedCli(scale: Scale, url: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [SEED_CLI, '--scale', scale, '--database-url', url, '--reset'], {
      stdio: 'inherit',
      cwd: ROOT,
    });
    child.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`seed CLI exited with ${code}`))));
    child.on('error', reject);
  });
}

interface Marker {
  fingerprint: string;
  seeded_at: string;
  rows_json: string;
}

// ---- SQLite ----

type SqliteDb = import('sqlite3').Database;

async function sqliteOpen(file: string, readOnly: boolean): Promise<SqliteDb> {
  const sqlite3 = (await import('sqlite3')).default;
  return new Promise((resolve, reject) => {
    const db: SqliteDb = new sqlite3.Database(file, readOnly ? sqlite3.OPEN_READONLY : sqlite3.OPEN_READWRITE, (err) =>
      err ? reject(err) : resolve(db),
    );
  });
}
const sqliteAll = <T>(db: SqliteDb, sql: string, params: unknown[] = []) =>
  new Promise<T[]>((resolve, reject) => db.all(sql, params, (err, rows) => (err ? reject(err) : resolve(rows as T[]))));
const sqliteClose = (db: SqliteDb) => new Promise<void>((resolve) => db.close(() => resolve()));

async function sqliteMarker(file: string): Promise<Marker | null> {
  if (!existsSync(file)) return null;
  let db: SqliteDb | null = null;
  try {
    db = await sqliteOpen(file, true);
    const rows = await sqliteAll<Marker>(db, 'select fingerprint, seeded_at, rows_json from bench_seed_marker limit 1');
    return rows[0] ?? null;
  } catch {
    return null;
  } finally {
    if (db) await sqliteClose(db);
  }
}

async function ensureSqlite(scale: Scale, force: boolean, reuseAny: boolean): Promise<SeededDatabase> {
  const dir = join(ROOT, '.bench-cache');
  mkdirSync(dir, { recursive: true });
  const file = join(dir, `${scale}.sqlite`);
  const fingerprint = seedFingerprint(scale);
  const marker = force ? null : await sqliteMarker(file);
  if (marker && (marker.fingerprint === fingerprint || reuseAny)) {
    if (marker.fingerprint !== fingerprint)
      console.log(
        `--reuse-seed: using ${file} although it was seeded by another seeder version or month (${marker.fingerprint}).`,
      );
    return {
      scale,
      url: `sqlite:${file}`,
      rows: JSON.parse(marker.rows_json),
      reused: true,
      seededAt: marker.seeded_at,
    };
  }
  console.log(
    marker
      ? `Seed cache ${file} is from another seeder version or month (${marker.fingerprint} ≠ ${fingerprint}): seeding again.`
      : `Seeding the ${scale} data set into ${file} (once; later runs reuse it)…`,
  );
  const partial = `${file}.partial`;
  for (const f of [partial, `${partial}-wal`, `${partial}-shm`]) rmSync(f, { force: true });
  await runSeedCli(scale, `sqlite:${partial}`);
  const db = await sqliteOpen(partial, false);
  const rows: Record<string, number> = {};
  for (const table of COUNTED)
    rows[table] = Number((await sqliteAll<{ n: number }>(db, `select count(*) as n from ${table}`))[0].n);
  const seededAt = new Date().toISOString();
  await sqliteAll(
    db,
    'create table if not exists bench_seed_marker (fingerprint text not null, seeded_at text not null, rows_json text not null)',
  );
  await sqliteAll(db, 'delete from bench_seed_marker');
  await sqliteAll(db, 'insert into bench_seed_marker (fingerprint, seeded_at, rows_json) values (?, ?, ?)', [
    fingerprint,
    seededAt,
    JSON.stringify(rows),
  ]);
  await sqliteAll(db, 'pragma wal_checkpoint(truncate)');
  await sqliteClose(db);
  for (const f of [file, `${file}-wal`, `${file}-shm`, `${partial}-wal`, `${partial}-shm`]) rmSync(f, { force: true });
  renameSync(partial, file);
  return { scale, url: `sqlite:${file}`, rows, reused: false, seededAt };
}

// ---- PostgreSQL ----

function withDatabase(baseUrl: string, database: string): string {
  const u = new URL(baseUrl);
  u.pathname = `/${database}`;
  return u.toString();
}

async function pgQuery<T>(url: string, sql: string, params: unknown[] = []): Promise<T[]> {
  const { Client } = await import('pg');
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query(sql, params)).rows as T[];
  } finally {
    await client.end();
  }
}

/** The default --pg-db-prefix: databases partner_graph_bench and partner_graph_bench_small. */
export const DEFAULT_PG_DB_PREFIX = 'partner_graph_bench';

async function ensurePostgres(
  scale: Scale,
  baseUrl: string,
  prefix: string,
  force: boolean,
  reuseAny: boolean,
): Promise<SeededDatabase> {
  const name = scale === 'large' ? prefix : `${prefix}_small`;
  const admin = withDatabase(baseUrl, 'postgres');
  const url = withDatabase(baseUrl, name);
  const fingerprint = seedFingerprint(scale);
  const exists = (await pgQuery(admin, 'select 1 from pg_database where datname = $1', [name])).length > 0;
  // Every server measured reads with the planner costs the app sets on its own connections (src/db/orm.ts):
  // the bare and PostGraphile baselines get the same plans, from the database's defaults.
  const tune = () => pgQuery(admin, `alter database "${name}" set random_page_cost = ${RANDOM_PAGE_COST}`);
  if (exists) await tune();
  let marker: Marker | null = null;
  if (exists && !force) {
    try {
      marker =
        (await pgQuery<Marker>(url, 'select fingerprint, seeded_at, rows_json from bench_seed_marker limit 1'))[0] ??
        null;
    } catch {
      marker = null;
    }
  }
  if (marker && (marker.fingerprint === fingerprint || reuseAny)) {
    if (marker.fingerprint !== fingerprint)
      console.log(
        `--reuse-seed: using database ${name} although it was seeded by another seeder version or month (${marker.fingerprint}).`,
      );
    return { scale, url, rows: JSON.parse(marker.rows_json), reused: true, seededAt: marker.seeded_at };
  }
  console.log(
    marker
      ? `Database ${name} is from another seeder version or month (${marker.fingerprint} ≠ ${fingerprint}): seeding again.`
      : `Seeding the ${scale} data set into database ${name} (once; later runs reuse it)…`,
  );
  if (exists) await pgQuery(admin, `drop database "${name}" with (force)`);
  await pgQuery(admin, `create database "${name}"`);
  await tune();
  await runSeedCli(scale, url);
  // A database that has served a while has been vacuumed and analyzed by autovacuum: without it, right
  // after a bulk load, index-only scans still visit the heap (no visibility map) and every server
  // measured, the baselines included, reads slower than it would in service.
  await pgQuery(url, 'vacuum (analyze)');
  const rows: Record<string, number> = {};
  for (const table of COUNTED)
    rows[table] = Number((await pgQuery<{ n: string }>(url, `select count(*) as n from ${table}`))[0].n);
  const seededAt = new Date().toISOString();
  await pgQuery(
    url,
    'create table if not exists bench_seed_marker (fingerprint text not null, seeded_at text not null, rows_json text not null)',
  );
  await pgQuery(url, 'delete from bench_seed_marker');
  await pgQuery(url, 'insert into bench_seed_marker (fingerprint, seeded_at, rows_json) values ($1, $2, $3)', [
    fingerprint,
    seededAt,
    JSON.stringify(rows),
  ]);
  return { scale, url, rows, reused: false, seededAt };
}

export function ensureSeeded(
  db: 'sqlite' | 'postgres',
  scale: Scale,
  options: { pgUrl: string; pgDbPrefix?: string; force: boolean; reuseAny: boolean },
): Promise<SeededDatabase> {
  return db === 'sqlite'
    ? ensureSqlite(scale, options.force, options.reuseAny)
    : ensurePostgres(scale, options.pgUrl, options.pgDbPrefix ?? DEFAULT_PG_DB_PREFIX, options.force, options.reuseAny);
}
