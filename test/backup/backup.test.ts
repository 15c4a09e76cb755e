/**
 * Backups (issue 16, item 8): a backup taken while a server process serves and writes, restored
 * and opened: every row committed before the backup started is in the copy, nothing committed
 * after it ended, the money invariants hold, and a server started on the restored copy serves.
 * SQLite (the default suite): the online backup API; PostgreSQL (DATABASE_URL=postgres://…):
 * pg_dump, restored with pg_restore into a new database.
 */
import { spawn } from 'node:child_process';
import { copyFileSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { checkInvariants } from '../../seeds';
import { parseDatabaseUrl } from '../../src/config';
import { BackupError, backupDatabase } from '../../src/db/backup';
import { openDatabase, type Orm } from '../../src/db/orm';
import { AuditLog } from '../../src/modules/audit/audit.entity';
import { Coupon } from '../../src/modules/coupon/coupon.entity';
import { Member } from '../../src/modules/member/member.entity';
import { cloneTemplate, testDatabaseKind, type ScratchDatabase } from '../support/database';
import { buildServer, spawnServer, type ServerProcess } from '../support/production';

const SETTINGS =
  'mutation { updatePartnerSettings(input: { balanceAlertThreshold: "100.00" }) { userErrors { code } } }';

let dir: string;
let db: ScratchDatabase;
let live: Orm;
let server: ServerProcess;
let entry: string;
beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'partner-graph-backup-'));
  db = await cloneTemplate(inject('templateDatabase'));
  entry = await buildServer();
  server = await spawnServer(entry, { DATABASE_URL: db.url });
  live = await openDatabase(parseDatabaseUrl(db.url), { migrate: false });
});
afterAll(async () => {
  server?.kill('SIGKILL');
  await live?.close(true);
  await db?.drop();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

const audits = (orm: Orm) => orm.em.fork().count(AuditLog, { action: 'updatePartnerSettings' });

/** Writes through the server (each request commits one audit row) until stopped. */
function startWriters(token: string, clients = 4) {
  let stop = false;
  let done = 0;
  const loops = Array.from({ length: clients }, async () => {
    while (!stop) {
      const res = await server.gql<{ updatePartnerSettings: { userErrors: unknown[] } }>(SETTINGS, undefined, token);
      expect(res.body?.data?.updatePartnerSettings.userErrors).toEqual([]);
      done++;
    }
  });
  return {
    get done() {
      return done;
    },
    async stop() {
      stop = true;
      await Promise.all(loops);
    },
  };
}

/** Polls until `condition` holds (30 s at most). */
async function waitFor(condition: () => boolean): Promise<void> {
  for (let i = 0; i < 3000 && !condition(); i++) await new Promise((r) => setTimeout(r, 10));
  expect(condition()).toBe(true);
}

interface Taken {
  before: number;
  after: number;
  file: string;
}

/** Backs the live database up while writers run; the audit counts just before and just after. */
async function backupUnderWrites(file: string): Promise<Taken> {
  const token = await server.signIn('dist-admin');
  const writers = startWriters(token);
  try {
    await waitFor(() => writers.done >= 5);
    const before = await audits(live);
    await backupDatabase(parseDatabaseUrl(db.url), file);
    const after = await audits(live);
    // Writes went on during the backup: more requests complete afterwards.
    const doneAtEnd = writers.done;
    await waitFor(() => writers.done >= doneAtEnd + 3);
    return { before, after, file };
  } finally {
    await writers.stop();
  }
}

/** What a restored copy must hold. */
async function checkRestored(restored: Orm, taken: Taken): Promise<void> {
  const inCopy = await audits(restored);
  expect(inCopy).toBeGreaterThanOrEqual(taken.before);
  expect(inCopy).toBeLessThanOrEqual(taken.after);
  expect(await audits(live)).toBeGreaterThan(taken.after);
  const e = restored.em.fork();
  const l = live.em.fork();
  // Tables nobody wrote to are identical.
  expect(await e.count(Member, {})).toBe(await l.count(Member, {}));
  expect(await e.count(Coupon, {})).toBe(await l.count(Coupon, {}));
  // The money invariants hold in the copy as in the live database.
  expect(await checkInvariants(restored)).toEqual(await checkInvariants(live));
  // Its migrations are all applied: nothing pending.
  expect(await restored.getMigrator().getPendingMigrations()).toEqual([]);
}

/** A server on the restored database signs in and reads. */
async function serves(url: string): Promise<void> {
  const restoredServer = await spawnServer(entry, { DATABASE_URL: url });
  try {
    const token = await restoredServer.signIn('dist-admin');
    const res = await restoredServer.gql('{ viewer { member { loginName } } }', undefined, token);
    expect(res.body?.data).toEqual({ viewer: { member: { loginName: 'dist-admin' } } });
  } finally {
    restoredServer.kill('SIGTERM');
    await restoredServer.exited;
  }
}

describe.runIf(testDatabaseKind() === 'sqlite')('SQLite: the online backup API while the server writes', () => {
  let taken: Taken;
  beforeAll(async () => {
    taken = await backupUnderWrites(join(dir, 'backups', 'copy.sqlite'));
  });

  it('writes one self-contained file (no -wal beside it), never a partial file at the target', () => {
    expect(existsSync(taken.file)).toBe(true);
    expect(existsSync(`${taken.file}-wal`)).toBe(false);
    expect(existsSync(`${taken.file}.partial-${process.pid}`)).toBe(false);
  });

  it('restores: the copy holds what was committed before the backup and nothing after, and serves', async () => {
    // Restoring is copying the file into place (the server stopped, its -wal and -shm removed).
    const restoredPath = join(dir, 'restored.sqlite');
    copyFileSync(taken.file, restoredPath);
    const restored = await openDatabase(parseDatabaseUrl(`sqlite:${restoredPath}`), { migrate: false });
    try {
      await checkRestored(restored, taken);
    } finally {
      await restored.close(true);
    }
    await serves(`sqlite:${restoredPath}`);
  });

  it('refuses to overwrite a file unless forced, and leaves it alone when refused', async () => {
    const existing = join(dir, 'existing.sqlite');
    writeFileSync(existing, 'keep me');
    await expect(backupDatabase(parseDatabaseUrl(db.url), existing)).rejects.toThrow(BackupError);
    await expect(backupDatabase(parseDatabaseUrl(db.url), existing)).rejects.toThrow(/exists; pass --force/);
    const forced = await backupDatabase(parseDatabaseUrl(db.url), existing, { force: true });
    expect(forced.bytes).toBeGreaterThan(1024 * 1024);
    await expect(
      backupDatabase(parseDatabaseUrl('sqlite:/nonexistent/x.sqlite'), join(dir, 'x.sqlite')),
    ).rejects.toThrow(/no SQLite database/);
  });

  it('npm run db:backup is the script that calls it', async () => {
    const pkg = JSON.parse(readFileSync(join(__dirname, '..', '..', 'package.json'), 'utf8'));
    expect(pkg.scripts['db:backup']).toBe('tsc -p tsconfig.build.json && node dist/scripts/db-backup.js');
  });
});

describe.runIf(testDatabaseKind() === 'postgresql')('PostgreSQL: pg_dump while the server writes, pg_restore', () => {
  let taken: Taken;
  let restoredUrl: string;
  const admin = () => {
    const url = new URL(db.url);
    url.pathname = '/postgres';
    return new Client({ connectionString: url.toString() });
  };
  const name = `backup_restore_${process.pid}`;
  beforeAll(async () => {
    taken = await backupUnderWrites(join(dir, 'copy.dump'));
    const c = admin();
    await c.connect();
    await c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await c.query(`CREATE DATABASE ${name}`);
    await c.end();
    const url = new URL(db.url);
    url.pathname = `/${name}`;
    restoredUrl = url.toString();
  });
  afterAll(async () => {
    const c = admin();
    await c.connect();
    await c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await c.end();
  });

  it('restores with pg_restore: what was committed before the dump and nothing after, and serves', async () => {
    await new Promise<void>((resolve, reject) => {
      const child = spawn('pg_restore', ['--no-owner', '--no-privileges', `--dbname=${restoredUrl}`, taken.file], {
        stdio: ['ignore', 'ignore', 'pipe'],
      });
      let err = '';
      child.stderr.on('data', (d) => (err += d));
      child.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`pg_restore: ${code} ${err}`))));
    });
    const restored = await openDatabase(parseDatabaseUrl(restoredUrl), { migrate: false });
    try {
      await checkRestored(restored, taken);
    } finally {
      await restored.close(true);
    }
    await serves(restoredUrl);
  });
});
