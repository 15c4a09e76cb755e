import 'reflect-metadata';
import type { TestProject } from 'vitest/node';
import { openDatabase } from '../../src/db/orm';
import { parseDatabaseUrl } from '../../src/config';
import { seedDatabase } from '../../seeds';
import { createTemplateDatabase } from './database';

declare module 'vitest' {
  export interface ProvidedContext {
    templateDatabase: string;
  }
}

/**
 * Seeds one template database with the real seeders (small scale) once per run; each test file
 * works on its own copy, so files run in parallel and never see each other's writes.
 * DATABASE_URL=postgres://… runs the whole suite on PostgreSQL instead of SQLite.
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const template = await createTemplateDatabase();
  const orm = await openDatabase(parseDatabaseUrl(template.url));
  await seedDatabase(orm, { scale: 'small' });
  // SQLite: fold the WAL into the main file so a plain copy carries everything.
  if (template.url.startsWith('sqlite:')) await orm.em.getConnection().execute('PRAGMA wal_checkpoint(TRUNCATE)');
  await orm.close(true);
  project.provide('templateDatabase', template.url);
  return () => template.drop();
}
