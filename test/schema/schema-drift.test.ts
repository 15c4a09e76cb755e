import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createSchema, printSortedSchema } from '../../src/schema';
import { ROOT } from '../support/paths';

describe('schema/schema.graphql', () => {
  it('matches the schema built from the code (run `npm run schema:emit` after a change)', async () => {
    const committed = readFileSync(join(ROOT, 'schema', 'schema.graphql'), 'utf8');
    const built = printSortedSchema(await createSchema());
    expect(built === committed, 'schema/schema.graphql is stale: run `npm run schema:emit` and commit it').toBe(true);
  });
});
