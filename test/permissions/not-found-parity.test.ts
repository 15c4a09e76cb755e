/**
 * "Exists but not yours" and "does not exist" must be indistinguishable (domain.md §4): for every
 * node type, node(id:) and nodes(ids:) answer a foreign id exactly like an id that never existed:
 * same HTTP status, same data, same errors (code, message, path, locations, extensions), and the
 * same number of SQL statements (no extra work that a timing probe could see).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { useTestServer, type GraphQLResponse } from '../support/server';
import { demoMember, demoPartner } from '../../seeds/demo-data';
import {
  NODE_TYPES,
  loadWorld,
  nodeVisible,
  printTable,
  viewerModel,
  type NodeType,
  type Row,
  type World,
} from '../support/permission-model';
import { gid } from '../support/ids';

const server = useTestServer();
let world: World;
const tokens: Record<string, string> = {};

/** Viewers and, per type, where their foreign rows come from (first partner that has one wins). */
const CASES: { login: string; foreignFrom: number[]; note: string }[] = [
  {
    login: 'dist-admin',
    foreignFrom: [demoPartner('other-dist').id, demoPartner('other-reseller').id, demoPartner('sp').id],
    note: 'unrelated partners',
  },
  {
    login: 'reseller-admin',
    foreignFrom: [demoPartner('reseller2').id, demoPartner('dist').id, demoPartner('other-dist').id],
    note: 'sibling, then parent, then unrelated',
  },
  {
    login: 'dist-am',
    foreignFrom: [demoPartner('dist').id, demoPartner('reseller1').id, demoPartner('other-dist').id],
    note: 'own partner outside its scope, reseller, unrelated',
  },
  {
    login: 'sp-admin',
    foreignFrom: [demoPartner('dist').id, demoPartner('other-dist').id],
    note: 'unrelated partners',
  },
];

beforeAll(async () => {
  world = await loadWorld(server);
  for (const { login } of CASES) tokens[login] = await server.signIn(login);
});

type Response = GraphQLResponse<Record<string, unknown>>;

/** The observable part of a response (headers other than the statement count carry nothing of the id). */
const observable = (res: Response) => ({
  status: res.status,
  data: res.data,
  errors: res.errors,
  sqlStatements: res.sqlStatements,
});

function foreignRow(login: string, type: NodeType, from: number[]): Row | undefined {
  const v = viewerModel(world, login);
  for (const partnerId of from) {
    const row = world.rows
      .get(type)!
      .find((r) => r.owner === partnerId && !nodeVisible(world, v, r) && (type !== 'Partner' || r.id === partnerId));
    if (row) return row;
  }
  return undefined;
}

describe('foreign id and never-existing id answer the same', { timeout: 120_000 }, () => {
  const table: string[][] = [];

  for (const { login, foreignFrom, note } of CASES) {
    it(`${login} (${note}): node(id:) and nodes(ids:) for every node type`, async () => {
      const problems: string[] = [];
      for (const type of NODE_TYPES) {
        const foreign = foreignRow(login, type, foreignFrom);
        if (!foreign) {
          table.push([login, type, '-', 'no foreign row in the seed']);
          continue;
        }
        const foreignId = gid(type, foreign.id);
        const missingId = gid(type, world.maxId.get(type)! + 1000);
        const query = `query ($id: ID!) { node(id: $id) { __typename id ... on ${type} { id } } }`;
        const a = (await server.execute(query, { id: foreignId }, tokens[login])) as Response;
        const b = (await server.execute(query, { id: missingId }, tokens[login])) as Response;
        const code = String(a.errors?.[0]?.extensions?.code ?? 'none');
        if (JSON.stringify(observable(a)) !== JSON.stringify(observable(b))) {
          problems.push(
            `${type} node: foreign ${JSON.stringify(observable(a))} vs missing ${JSON.stringify(observable(b))}`,
          );
        }
        if (a.data?.node !== null || !['NOT_FOUND', 'FORBIDDEN'].includes(code))
          problems.push(`${type} node: foreign row answered ${JSON.stringify(a)}`);
        if (a.errors && Object.keys(a.errors[0]).sort().join() !== 'extensions,locations,message,path')
          problems.push(`${type}: error shape ${Object.keys(a.errors[0])}`);

        // nodes(ids:): both orders in one list; the two errors differ only by their index.
        const many = (await server.execute(
          `query ($ids: [ID!]!) { nodes(ids: $ids) { __typename id } }`,
          { ids: [foreignId, missingId, missingId, foreignId] },
          tokens[login],
        )) as Response;
        const normalised = (many.errors ?? []).map((e) => ({
          ...e,
          path: e.path?.map((p) => (typeof p === 'number' ? 'i' : p)),
        }));
        if (code === 'NOT_FOUND') {
          if (JSON.stringify(many.data) !== JSON.stringify({ nodes: [null, null, null, null] }))
            problems.push(`${type} nodes: data ${JSON.stringify(many.data)}`);
          if (normalised.length !== 4 || new Set(normalised.map((e) => JSON.stringify(e))).size !== 1)
            problems.push(`${type} nodes: errors differ ${JSON.stringify(many.errors)}`);
          if (
            JSON.stringify((many.errors ?? []).map((e) => e.path)) !==
            JSON.stringify([
              ['nodes', 0],
              ['nodes', 1],
              ['nodes', 2],
              ['nodes', 3],
            ])
          ) {
            problems.push(`${type} nodes: error paths ${JSON.stringify((many.errors ?? []).map((e) => e.path))}`);
          }
        } else if (many.data !== null || many.errors?.length !== 1 || many.errors[0].extensions?.code !== 'FORBIDDEN') {
          // A type the member may not read at all is refused before any lookup, for any id of it.
          problems.push(`${type} nodes: expected one FORBIDDEN, got ${JSON.stringify(many)}`);
        }
        table.push([login, type, `${type}:${foreign.id} (partner ${foreign.owner})`, code]);
      }
      expect(problems).toEqual([]);
    });
  }

  it('prints what was compared', () => {
    console.log(`\n${printTable(['viewer', 'type', 'foreign row', 'both answer'], table)}\n`);
    expect(table.length).toBe(CASES.length * NODE_TYPES.length);
  });

  it('a cancelled member of the viewer’s own partner is not distinguishable from a missing member either', async () => {
    // dist-former (CANCELLED) still is a row of the distributor: an admin sees it; others of other partners must not.
    const former = demoMember('dist-former').id;
    const missing = world.maxId.get('Member')! + 1000;
    const query = 'query ($id: ID!) { node(id: $id) { id } }';
    const a = (await server.execute(query, { id: gid('Member', former) }, tokens['sp-admin'])) as Response;
    const b = (await server.execute(query, { id: gid('Member', missing) }, tokens['sp-admin'])) as Response;
    expect(observable(a)).toEqual(observable(b));
  });
});
