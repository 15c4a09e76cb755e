/**
 * Backups of the live database, safe while the server serves (README, Backups).
 *
 * SQLite: SQLite's online backup API (sqlite3_backup, exposed by the sqlite3 driver as
 * `db.backup()`), copying every page in one step. In WAL mode (how the server opens the file) that
 * step reads one consistent snapshot and never blocks the server's writers; stepping in smaller
 * chunks would restart whenever the server writes, and might never finish under steady writes.
 * Chosen over `VACUUM INTO`, which would also give a consistent copy but rebuilds every table and
 * index (CPU and time proportional to the data, not to its pages); the backup API copies pages as
 * they are. The copy is written next to the target, switched to a single self-contained file
 * (journal_mode=DELETE), checked with `PRAGMA quick_check`, and only then renamed into place.
 *
 * PostgreSQL: `pg_dump --format=custom` (a consistent snapshot by MVCC, no locks that block the
 * server), checked with `pg_restore --list`, then renamed into place; restore with pg_restore.
 */
import { spawn } from 'node:child_process';
import { existsSync, renameSync, rmSync, statSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { mkdirSync } from 'node:fs';
import sqlite3 from 'sqlite3';
import type { DatabaseConfig } from '../config';

export interface BackupResult {
  kind: DatabaseConfig['kind'];
  out: string;
  bytes: number;
  seconds: number;
}

export class BackupError extends Error {}

interface SqliteBackup {
  step(pages: number, callback: (err: Error | null) => void): void;
  finish(callback: (err: Error | null) => void): void;
  completed: boolean;
  failed: boolean;
}

const call = <T>(fn: (cb: (err: Error | null, value?: T) => void) => void) =>
  new Promise<T | undefined>((resolvePromise, reject) =>
    fn((err, value) => (err ? reject(err) : resolvePromise(value))),
  );

/** The driver's `Database#backup` (sqlite3 has it, its type declarations do not). */
interface WithBackup {
  backup(file: string, callback: (err: Error | null) => void): SqliteBackup;
}

function hasBackup(db: object): db is WithBackup {
  return 'backup' in db && typeof db.backup === 'function';
}

function openSqlite(path: string, mode: number): Promise<sqlite3.Database> {
  return new Promise((resolvePromise, reject) => {
    const db = new sqlite3.Database(path, mode, (err) => (err ? reject(err) : resolvePromise(db)));
  });
}

async function backupSqlite(source: string, partial: string): Promise<void> {
  if (source === ':memory:') throw new BackupError('an in-memory SQLite database cannot be backed up from outside');
  if (!existsSync(source)) throw new BackupError(`no SQLite database at ${source}`);
  const db = await openSqlite(source, sqlite3.OPEN_READWRITE);
  try {
    db.configure('busyTimeout', 5000);
    if (!hasBackup(db)) throw new BackupError('this sqlite3 driver has no online backup API (Database#backup)');
    const backup = await new Promise<SqliteBackup>((resolvePromise, reject) => {
      const b: SqliteBackup = db.backup(partial, (err) => (err ? reject(err) : resolvePromise(b)));
    });
    // BUSY/LOCKED leave the backup neither completed nor failed (the driver retries them): step again.
    for (let attempt = 0; !backup.completed && !backup.failed; attempt++) {
      if (attempt > 100) throw new BackupError('the database stayed locked; no backup was made');
      await call<void>((cb) => backup.step(-1, cb)).catch((err) => {
        if (backup.failed) throw err;
      });
    }
    await call<void>((cb) => backup.finish(cb));
    if (!backup.completed) throw new BackupError('the SQLite backup did not complete');
  } finally {
    await call<void>((cb) => db.close(cb));
  }
  // One self-contained file, checked before it is put in place.
  const copy = await openSqlite(partial, sqlite3.OPEN_READWRITE);
  try {
    await call<unknown>((cb) => copy.get('PRAGMA journal_mode = DELETE', cb));
    const check = await call<Record<string, unknown>>((cb) => copy.get('PRAGMA quick_check', cb));
    if (Object.values(check ?? {})[0] !== 'ok')
      throw new BackupError(`the copy failed PRAGMA quick_check: ${JSON.stringify(check)}`);
  } finally {
    await call<void>((cb) => copy.close(cb));
  }
}

function run(command: string, args: string[]): Promise<string> {
  return new Promise((resolvePromise, reject) => {
    const child = spawn(command, args, { stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    child.stdout.on('data', (d) => (out += d));
    child.stderr.on('data', (d) => (err += d));
    child.on('error', (e) =>
      reject(
        new BackupError(
          `${command} could not run (${e.message}); install the PostgreSQL client of the server's version`,
        ),
      ),
    );
    child.on('exit', (code) =>
      code === 0 ? resolvePromise(out) : reject(new BackupError(`${command} exited with ${code}: ${err.trim()}`)),
    );
  });
}

async function backupPostgres(url: string, partial: string): Promise<void> {
  await run('pg_dump', ['--format=custom', '--no-owner', '--no-privileges', `--file=${partial}`, `--dbname=${url}`]);
  // A readable archive with its table of contents.
  const list = await run('pg_restore', ['--list', partial]);
  if (!/TABLE DATA/.test(list)) throw new BackupError('the dump holds no table data');
}

/**
 * Writes a consistent copy of the database to `out` (never a partial file there: it is written
 * beside it and renamed). Refuses to overwrite an existing file unless `force`.
 */
export async function backupDatabase(
  db: DatabaseConfig,
  out: string,
  options: { force?: boolean } = {},
): Promise<BackupResult> {
  const target = resolve(out);
  if (existsSync(target) && !options.force) throw new BackupError(`${target} exists; pass --force to replace it`);
  mkdirSync(dirname(target), { recursive: true });
  const partial = `${target}.partial-${process.pid}`;
  rmSync(partial, { force: true });
  const started = performance.now();
  try {
    if (db.kind === 'sqlite') await backupSqlite(db.sqlitePath!, partial);
    else await backupPostgres(db.url, partial);
    renameSync(partial, target);
  } finally {
    rmSync(partial, { force: true });
    rmSync(`${partial}-journal`, { force: true });
  }
  return {
    kind: db.kind,
    out: target,
    bytes: statSync(target).size,
    seconds: (performance.now() - started) / 1000,
  };
}
