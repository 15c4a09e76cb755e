/**
 * The graph's shape as a Mermaid flowchart: `npm run docs:diagram` writes docs/schema.mmd and the
 * README block between <!-- schema-diagram:start/end --> (GitHub renders ```mermaid blocks);
 * test/docs/schema-diagram.test.ts fails when either is stale.
 *
 * Boxes are the main types: the business objects (every type implementing Node) but the history
 * records (…Record, …Event types, listed under the diagram instead), plus the Viewer entry point
 * and the Dashboard. An arrow is a field you can follow from one to another: directly, as a list
 * (`[]`), through a connection (drawn to its node type: no Connection/Edge boxes), or through one
 * value object (Dashboard.topCustomers → CustomerConsumption.customer). Where a type lists another
 * (Partner.customers), the way back (SubCustomer.partner) is left out: every child links back.
 */
import 'reflect-metadata';
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { basename, join } from 'node:path';
import {
  getNamedType,
  isListType,
  isNonNullType,
  isObjectType,
  type GraphQLObjectType,
  type GraphQLOutputType,
  type GraphQLSchema,
} from 'graphql';
import { createSchema } from '../src/schema';

const EXTRA_ENTITIES = ['Viewer', 'Dashboard'];
const isHistory = (name: string) => /(Record|Event)$/.test(name);

interface Link {
  from: string;
  to: string;
  field: string;
  many: boolean;
}

const isList = (type: GraphQLOutputType): boolean => isListType(isNonNullType(type) ? type.ofType : type);

function entityTypes(schema: GraphQLSchema): Map<string, GraphQLObjectType> {
  const entities = new Map<string, GraphQLObjectType>();
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || type.name.startsWith('__')) continue;
    if (
      (type.getInterfaces().some((i) => i.name === 'Node') && !isHistory(type.name)) ||
      EXTRA_ENTITIES.includes(type.name)
    )
      entities.set(type.name, type);
  }
  return entities;
}

/** The entity a field leads to, and whether to many of them. */
function target(
  type: GraphQLOutputType,
  entities: Map<string, GraphQLObjectType>,
): { name: string; many: boolean } | null {
  const named = getNamedType(type);
  if (!isObjectType(named)) return null;
  if (entities.has(named.name)) return { name: named.name, many: isList(type) };
  if (named.name.endsWith('Connection')) {
    const nodes = named.getFields().nodes;
    const node = nodes && getNamedType(nodes.type);
    return node && entities.has(node.name) ? { name: node.name, many: true } : null;
  }
  return null;
}

function links(entities: Map<string, GraphQLObjectType>): Link[] {
  const found: Link[] = [];
  for (const entity of entities.values()) {
    for (const field of Object.values(entity.getFields())) {
      const direct = target(field.type, entities);
      if (direct) {
        found.push({ from: entity.name, to: direct.name, field: field.name, many: direct.many });
        continue;
      }
      // One value object deep: Dashboard.topCustomers: [CustomerConsumption] → customer: SubCustomer.
      const value = getNamedType(field.type);
      if (!isObjectType(value) || value.name.endsWith('Connection')) continue;
      for (const inner of Object.values(value.getFields())) {
        const via = target(inner.type, entities);
        if (via)
          found.push({
            from: entity.name,
            to: via.name,
            field: `${field.name}.${inner.name}`,
            many: via.many || isList(field.type),
          });
      }
    }
  }
  return found;
}

/** The Mermaid source (deterministic: sorted, one arrow per pair of types and direction). */
export function schemaDiagram(schema: GraphQLSchema): string {
  const entities = entityTypes(schema);
  const all = links(entities);
  const listed = new Set(all.filter((l) => l.many).map((l) => `${l.from} ${l.to}`));
  const arrows = new Map<string, string[]>();
  for (const link of all) {
    if (!link.many && listed.has(`${link.to} ${link.from}`) && link.from !== link.to) continue; // the way back
    const key = `${link.from} ${link.to}`;
    arrows.set(key, [...(arrows.get(key) ?? []), `${link.field}${link.many ? '[]' : ''}`]);
  }
  const lines = [...arrows.keys()].sort().map((key) => {
    const [from, to] = key.split(' ');
    return `  ${from} -->|"${arrows.get(key)!.sort().join(', ')}"| ${to}`;
  });
  return [
    'flowchart TB',
    ...lines,
    `  classDef entry fill:#eef6ff,stroke:#4a90d9`,
    `  class ${EXTRA_ENTITIES.join(',')} entry`,
    '',
  ].join('\n');
}

/** The history records left out of the diagram, with the fields that list them. */
export function historyNote(schema: GraphQLSchema): string {
  const types = Object.values(schema.getTypeMap()).filter(
    (t): t is GraphQLObjectType =>
      isObjectType(t) && isHistory(t.name) && t.getInterfaces().some((i) => i.name === 'Node'),
  );
  const listedBy = (name: string) =>
    Object.values(schema.getTypeMap())
      .filter(
        (t): t is GraphQLObjectType => isObjectType(t) && !t.name.endsWith('Connection') && !t.name.endsWith('Edge'),
      )
      .flatMap((t) =>
        Object.values(t.getFields())
          .filter((f) => getNamedType(f.type).name === `${name}Connection`)
          .map((f) => `${t.name}.${f.name}`),
      )
      .sort();
  return `History records, left out above: ${types
    .map((t) => `${t.name} (${listedBy(t.name).join(', ') || 'by id'})`)
    .sort()
    .join('; ')}.`;
}

// scripts/ in the sources (vitest), dist/scripts/ when built.
const UP = join(__dirname, '..');
const ROOT = basename(UP) === 'dist' ? join(UP, '..') : UP;
export const DIAGRAM_FILE = join(ROOT, 'docs', 'schema.mmd');
export const README_FILE = join(ROOT, 'README.md');
const BLOCK = /(<!-- schema-diagram:start -->\n)[\s\S]*?(<!-- schema-diagram:end -->)/;

/** The README with the diagram block replaced; unchanged when it has no markers. */
export function withDiagram(readme: string, diagram: string, note: string): string {
  return readme.replace(
    BLOCK,
    (_m, start: string, end: string) => `${start}\`\`\`mermaid\n${diagram}\`\`\`\n\n${note}\n${end}`,
  );
}

async function main(): Promise<void> {
  const schema = await createSchema();
  const diagram = schemaDiagram(schema);
  mkdirSync(join(ROOT, 'docs'), { recursive: true });
  writeFileSync(DIAGRAM_FILE, diagram);
  const readme = readFileSync(README_FILE, 'utf8');
  if (!BLOCK.test(readme))
    throw new Error('README.md has no <!-- schema-diagram:start --> … <!-- schema-diagram:end --> block');
  writeFileSync(README_FILE, withDiagram(readme, diagram, historyNote(schema)));
  console.log(`wrote ${DIAGRAM_FILE} (${diagram.split('-->').length - 1} arrows) and the README block`);
}

if (require.main === module) {
  main().catch((err) => {
    console.error(err);
    process.exit(1);
  });
}
