/** Writes schema/schema.graphql from the code (sorted). `npm run schema:emit`; a test fails on drift. */
import 'reflect-metadata';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createSchema, printSortedSchema } from '../src/schema';

async function main(): Promise<void> {
  const target = join(__dirname, '..', '..', 'schema', 'schema.graphql');
  writeFileSync(target, printSortedSchema(await createSchema()));
  console.log(`wrote ${target}`);
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
