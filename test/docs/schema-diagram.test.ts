// docs/schema.mmd and the README's ```mermaid block are what scripts/schema-diagram.ts makes of
// the schema now (`npm run docs:diagram` after a schema change).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createSchema } from '../../src/schema';
import { DIAGRAM_FILE, README_FILE, schemaDiagram, withDiagram } from '../../scripts/schema-diagram';

describe('schema diagram', () => {
  it('is up to date in docs/schema.mmd and in the README', async () => {
    const diagram = schemaDiagram(await createSchema());
    expect(diagram).toMatch(/^erDiagram\n/);
    expect(diagram).toContain('Partner ||--o{ SubCustomer');
    expect(diagram).not.toMatch(/Connection|Edge\b/);
    expect(readFileSync(DIAGRAM_FILE, 'utf8'), 'run `npm run docs:diagram`').toBe(diagram);
    const readme = readFileSync(README_FILE, 'utf8');
    expect(readme).toContain('<!-- schema-diagram:start -->');
    expect(withDiagram(readme, diagram), 'run `npm run docs:diagram`').toBe(readme);
  });
});
