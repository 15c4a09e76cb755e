/**
 * Writes the next migration for both databases by diffing the entities against a scratch
 * database brought up to date with the existing migrations:
 *   npm run db:migration:create -- <name>
 * PostgreSQL needs a server (PG_ADMIN_URL, default postgres://postgres@127.0.0.1:5432/postgres).
 */
import 'reflect-metadata';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { MikroORM } from '@mikro-orm/core';
import { Client } from 'pg';
import { ormOptions } from '../src/db/orm';
import { parseDatabaseUrl } from '../src/config';

async function createFor(kind: 'sqlite' | 'postgresql', url: string, name: string): Promise<void> {
  const dir = join(__dirname, '..', '..', 'src', 'migrations', kind);
  const options = ormOptions(parseDatabaseUrl(url));
  const orm = await MikroORM.init({
    ...options,
    migrations: { ...options.migrations, path: dir, pathTs: dir, fileName: (ts: string) => `Migration${ts}_${name}` },
  });
  const migrator = orm.getMigrator();
  await migrator.up();
  const result = await migrator.createMigration(dir, false, false, name);
  await orm.close(true);
  if (!result.fileName) {
    console.log(`${kind}: no schema change`);
    return;
  }
  const className = /export class (\w+)/.exec(result.code)![1];
  const index = join(dir, 'index.ts');
  const moduleName = result.fileName.replace(/\.ts$/, '');
  let text = readFileSync(index, 'utf8');
  text = `import { ${className} } from './${moduleName}';\n${text}`;
  text = text.replace(/= \[([\s\S]*?)\];/, (_m, list: string) => {
    const items = list.trim() ? `${list.trim().replace(/,$/, '')},\n` : '';
    return `= [\n  ${items.replace(/\n(?!$)/g, '\n  ')}  { name: '${moduleName}', class: ${className} },\n];`;
  });
  writeFileSync(index, text);
  console.log(`${kind}: wrote ${result.fileName}`);
}

async function main(): Promise<void> {
  const name = process.argv[2];
  if (!name || !/^[A-Za-z][A-Za-z0-9]*$/.test(name))
    throw new Error('usage: npm run db:migration:create -- <CamelCaseName>');
  const scratch = mkdtempSync(join(tmpdir(), 'pg-migrate-'));
  await createFor('sqlite', `sqlite:${join(scratch, 'scratch.sqlite')}`, name);
  const admin = process.env.PG_ADMIN_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
  const dbName = `migrate_scratch_${process.pid}`;
  const client = new Client({ connectionString: admin });
  await client.connect();
  await client.query(`CREATE DATABASE ${dbName}`);
  try {
    await createFor('postgresql', admin.replace(/\/[^/]*$/, `/${dbName}`), name);
  } finally {
    await client.query(`DROP DATABASE ${dbName} WITH (FORCE)`);
    await client.end();
  }
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
