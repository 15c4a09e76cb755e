/**
 * Every path batched, by construction: for every connection and list field reachable from a root
 * within four levels (generated from the schema, so a new field is covered without a test), one
 * query per parent path at two page sizes must run the same number of SQL statements on the
 * seeded demo data. A field resolved per parent row fails here with its path.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildSchema, type GraphQLObjectType } from 'graphql';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  type PathGroup,
  type Suspect,
  fieldSuspects,
  groupName,
  groupQuery,
  listSuspects,
  pathGroups,
} from '../support/schema-walk';
import { useTestServer } from '../support/server';

const DEPTH = 4;
const SMALL = 5;
const LARGE = 10;

const schema = buildSchema(readFileSync(join(__dirname, '../../schema/schema.graphql'), 'utf8'));
const typeOf = (name: string) => schema.getType(name) as GraphQLObjectType;

// Generated queries are large and deep on purpose: lift the document limits, not the rules.
const server = useTestServer({}, { MAX_QUERY_COST: '100000000', MAX_TOKENS: '1000000', MAX_ALIASES: '10000' });

interface Root {
  field: string;
  type: string;
  login: string;
  as: 'MEMBER' | 'OPERATOR';
}

const ROOTS: Root[] = [
  { field: 'viewer', type: 'Viewer', login: 'dist-admin', as: 'MEMBER' },
  { field: 'operatorViewer', type: 'OperatorViewer', login: 'ops-finance', as: 'OPERATOR' },
];

/** Errors other than FORBIDDEN (a field the actor may not read answers null): a generated query must not break. */
const unexpectedErrors = (errors: readonly { message: string; extensions?: Record<string, unknown> }[] = []) =>
  errors.filter((e) => e.extensions?.code !== 'FORBIDDEN').map((e) => e.message);

/** How many items the group's list fields returned in all, anywhere in the response. */
function countItems(data: unknown, lists: ReadonlySet<string>): number {
  let total = 0;
  const walk = (value: unknown, key: string | null) => {
    if (Array.isArray(value)) {
      if (key && lists.has(key)) total += value.length;
      for (const item of value) walk(item, null);
    } else if (value && typeof value === 'object') {
      for (const [k, v] of Object.entries(value)) {
        if (k === 'nodes' && key && lists.has(key) && Array.isArray(v)) total += v.length;
        walk(v, k === 'nodes' ? null : k);
      }
    }
  };
  walk(data, null);
  return total;
}

/** Whether a narrower query's statement count grows with the page size. */
async function grows(root: Root, suspect: Suspect, token: string): Promise<string | null> {
  const query = groupQuery(schema, typeOf(root.type), suspect.group, suspect.leaves);
  const small = await server.execute(query, { n: SMALL }, token);
  const large = await server.execute(query, { n: LARGE }, token);
  return large.sqlStatements === small.sqlStatements
    ? null
    : `${suspect.name} (${small.sqlStatements} → ${large.sqlStatements})`;
}

/** The lists of a failing group whose count grows, and in each the fields resolved per row. */
async function culprits(root: Root, group: PathGroup, token: string): Promise<string[]> {
  const found: string[] = [];
  for (const list of listSuspects(typeOf(root.type), group)) {
    if (!(await grows(root, list, token))) continue;
    for (const suspect of fieldSuspects(typeOf(root.type), list)) {
      const growth = await grows(root, suspect, token);
      if (growth) found.push(growth);
    }
  }
  return found;
}

// Not yet in the default run (issue 15, item 1): some paths still differ by a statement when a relation
// first appears at the larger page, and loads split across ticks make a few counts vary between runs.
// `WALK_ALL_PATHS=1 npx vitest run test/graph/batched-paths.test.ts` walks them and names each culprit.
describe.runIf(process.env.WALK_ALL_PATHS === '1').each(ROOTS)(
  'every list under $field ($login) is batched',
  (root) => {
    let token: string;
    beforeAll(async () => {
      token = await server.signIn(root.login, undefined, root.as);
    });
    const groups: PathGroup[] = pathGroups(typeOf(root.type), root.field, DEPTH);

    it('finds the paths to walk', () => {
      expect(groups.length).toBeGreaterThan(root.field === 'viewer' ? 50 : 5);
    });

    it.each(groups.map((group) => [groupName(group), group] as const))(
      '%s',
      async (_name, group) => {
        const query = groupQuery(schema, typeOf(root.type), group);
        const small = await server.execute(query, { n: SMALL }, token);
        const large = await server.execute(query, { n: LARGE }, token);
        expect(unexpectedErrors(small.errors)).toEqual([]);
        expect(unexpectedErrors(large.errors)).toEqual([]);
        if (large.sqlStatements !== small.sqlStatements) {
          const perRow = await culprits(root, group, token);
          expect({ statements: large.sqlStatements, perRow }).toEqual({ statements: small.sqlStatements, perRow: [] });
        }
        const items = countItems(large.data, new Set(group.lists.map((s) => s.field)));
        if (items === 0) console.log(`unpopulated: ${groupName(group)}`);
      },
      180_000,
    );
  },
);
