import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createSchema } from '../../src/schema';
import { listFieldAccess } from '../../src/permissions/shield';
import { describeAccess } from '../../src/permissions/access';
import { FIELD_ACCESS } from '../../src/permissions/field-access';

describe('graphql-shield coverage', () => {
  it('gives every field of every object type an explicit rule, and prints the field → rule list', async () => {
    const schema = await createSchema();
    const rows = listFieldAccess(schema);
    const listing = rows
      .map((r) => `${r.field.padEnd(44)} ${r.access ? describeAccess(r.access) : 'MISSING (denied by fallbackRule)'}`)
      .join('\n');
    writeFileSync(join(__dirname, '__snapshots__', 'field-rules.txt'), `${listing}\n`);
    console.log(
      `${rows.length} fields with an explicit rule; listing in test/permissions/__snapshots__/field-rules.txt`,
    );
    expect(rows.filter((r) => !r.access).map((r) => r.field)).toEqual([]);
  });

  it('names no type or field the schema does not have', async () => {
    const schema = await createSchema();
    const stale: string[] = [];
    for (const [typeName, fields] of Object.entries(FIELD_ACCESS)) {
      const type = schema.getType(typeName);
      if (!type || !('getFields' in type)) {
        stale.push(typeName);
        continue;
      }
      for (const field of Object.keys(fields))
        if (field !== '*' && !(field in type.getFields())) stale.push(`${typeName}.${field}`);
    }
    expect(stale).toEqual([]);
  });
});
