/**
 * SQLite is for one serving process, but other processes (the seeder, a migration, a second
 * server started by mistake) may write the same file. Every transaction begins IMMEDIATE, so two
 * connections doing read-then-write transactions on one file wait for each other (busy timeout)
 * instead of failing with SQLITE_BUSY or losing an update.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseDatabaseUrl } from '../../src/config';
import { openDatabase, type Orm } from '../../src/db/orm';

let dir: string;
let one: Orm;
let two: Orm;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'sqlite-immediate-'));
  const url = `sqlite:${join(dir, 'db.sqlite')}`;
  one = await openDatabase(parseDatabaseUrl(url));
  two = await openDatabase(parseDatabaseUrl(url), { migrate: false });
  await one.em.getConnection().execute('create table counter (id integer primary key, n integer not null)');
  await one.em.getConnection().execute('insert into counter (id, n) values (1, 0)');
});
afterAll(async () => {
  await one?.close(true);
  await two?.close(true);
  rmSync(dir, { recursive: true, force: true });
});

type Exec = { execute(sql: string, params?: unknown[], method?: 'all' | 'run'): Promise<unknown> };

describe('SQLite write transactions', () => {
  it('begin with BEGIN IMMEDIATE', async () => {
    const seen: string[] = [];
    const knex = (
      one.em.getConnection() as unknown as {
        getKnex(): { on(e: string, f: (q: { sql: string }) => void): void; off(e: string, f: unknown): void };
      }
    ).getKnex();
    const listener = (q: { sql: string }) => seen.push(q.sql);
    knex.on('query', listener);
    await one.em.fork().transactional(async (tx) => {
      await (tx as unknown as Exec).execute('select n from counter where id = 1');
    });
    knex.off('query', listener);
    expect(seen[0]).toBe('BEGIN IMMEDIATE;');
  });

  it('two connections doing 40 read-then-write increments at once: none fails, none is lost', async () => {
    const increment = (orm: Orm) =>
      orm.em.fork().transactional(async (tx) => {
        const [row] = (await (tx as unknown as Exec).execute('select n from counter where id = 1', [], 'all')) as {
          n: number;
        }[];
        await new Promise((r) => setTimeout(r, 2)); // widen the window between the read and the write
        await (tx as unknown as Exec).execute('update counter set n = ? where id = 1', [row.n + 1], 'run');
      });
    const results = await Promise.allSettled(Array.from({ length: 40 }, (_, i) => increment(i % 2 ? one : two)));
    expect(
      results.filter((r) => r.status === 'rejected').map((r) => String((r as PromiseRejectedResult).reason)),
    ).toEqual([]);
    const [row] = (await one.em.getConnection().execute('select n from counter where id = 1')) as { n: number }[];
    expect(row.n).toBe(40);
  });
});
