// docs/schema.mmd and the README's ```mermaid block are what scripts/schema-diagram.ts makes of
// the schema now (`npm run docs:diagram` after a schema change).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createSchema } from '../../src/schema';
import { DIAGRAM_FILE, README_FILE, historyNote, schemaDiagram, withDiagram } from '../../scripts/schema-diagram';

describe('schema diagram', () => {
  it('draws the main types and their relations, not connections, edges or value objects', async () => {
    const schema = await createSchema();
    const diagram = schemaDiagram(schema);
    expect(diagram).toMatch(/^flowchart TB\n/);
    expect(diagram).toContain('Partner -->|"customers[]"| SubCustomer');
    expect(diagram).toContain('Viewer -->|"partner"| Partner');
    expect(diagram).not.toMatch(/Connection|Edge\b|Money|PageInfo/);
    expect(diagram).not.toContain('SubCustomer -->|"partner"|'); // the way back of Partner.customers
    expect(historyNote(schema)).toContain(
      'ConsumptionRecord (Partner.consumptionRecords, SubCustomer.consumptionRecords)',
    );
  });

  it('is up to date in docs/schema.mmd and in the README', async () => {
    const schema = await createSchema();
    const diagram = schemaDiagram(schema);
    expect(readFileSync(DIAGRAM_FILE, 'utf8'), 'run `npm run docs:diagram`').toBe(diagram);
    const readme = readFileSync(README_FILE, 'utf8');
    expect(readme).toContain('<!-- schema-diagram:start -->');
    expect(withDiagram(readme, diagram, historyNote(schema)), 'run `npm run docs:diagram`').toBe(readme);
  });
});
