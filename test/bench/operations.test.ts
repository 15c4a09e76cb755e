import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildSchema, parse, validate } from 'graphql';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../support/paths';

// The bench reads its documents at run time (tsc does not see them): a field renamed in the
// schema would only show up as a failed probe minutes into a bench run. Checked here instead.
const DIR = join(ROOT, 'bench', 'operations');
const schema = buildSchema(readFileSync(join(ROOT, 'schema', 'schema.graphql'), 'utf8'));
const files = readdirSync(DIR).filter((f) => f.endsWith('.graphql'));

describe('bench/operations/*.graphql', () => {
  it('has the operations the bench measures', () => {
    for (const name of ['reseller-tree', 'incentives', 'invoices', 'leads', 'notifications', 'notification-received'])
      expect(files).toContain(`${name}.graphql`);
  });

  it.each(files)('%s is valid against schema/schema.graphql', (file) => {
    const document = parse(readFileSync(join(DIR, file), 'utf8'));
    const errors = validate(schema, document).map((e) => e.message);
    expect(errors).toEqual([]);
    expect(document.definitions.filter((d) => d.kind === 'OperationDefinition')).toHaveLength(1);
  });
});
