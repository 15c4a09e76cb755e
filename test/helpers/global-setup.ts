import 'reflect-metadata';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { openDatabase } from '../../src/db/orm';
import { parseDatabaseUrl } from '../../src/config';
import { seedDatabase } from '../../seeds';

declare module 'vitest' {
  export interface ProvidedContext {
    templateDatabase: string;
  }
}

/**
 * Seeds one SQLite template with the real seeders (small scale) once per run; each test file then
 * works on its own copy, so files run in parallel and never see each other's writes.
 */
export default async function setup(project: TestProject): Promise<() => void> {
  const dir = mkdtempSync(join(tmpdir(), 'partner-graph-test-'));
  const file = join(dir, 'template.sqlite');
  const orm = await openDatabase(parseDatabaseUrl(`sqlite:${file}`));
  await seedDatabase(orm, { scale: 'small' });
  // Fold the WAL into the main file so a plain copy carries everything.
  await orm.em.getConnection().execute('PRAGMA wal_checkpoint(TRUNCATE)');
  await orm.close(true);
  project.provide('templateDatabase', file);
  return () => rmSync(dir, { recursive: true, force: true });
}
