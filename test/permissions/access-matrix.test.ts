/**
 * The access matrix of domain.md §4: {own, sibling reseller, parent distributor, child reseller,
 * unrelated partner} × {partner row, customer, coupon, quota, order, adjust record, account change
 * record, coupon record, member, role} × {read}, for several viewers. Every cell takes a real row of
 * the related partner from the database and reads it twice:
 *   - node: node(id:) and nodes(ids: [id]);
 *   - list: the list that would hold it (own: viewer.partner.X; child: viewer.partner.resellers →
 *     X; parent: viewer.partner.parent → X; sibling/unrelated: node(id: thatPartner) → X), plus,
 *     for rows of other partners, the viewer's own list filtered so that it would match the row.
 * Both must give the expected outcome, and a denied row must not appear anywhere in a response.
 *
 * The "change" dimension: only the mutations present in schema/schema.graphql can be tested; the
 * test prints the mutations it found and which of them are covered (see the end of this file).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isObjectType } from 'graphql';
import { startTestServer, type GraphQLResponse, type TestServer } from '../helpers/server';
import { demoPartner, type DemoPartnerKey } from '../../seeds/demo-data';
import { createSchema } from '../../src/schema';
import { gid, loadWorld, millis, printTable, sql, viewerModel, type ViewerModel, type World } from './support';

type Relation = 'own' | 'sibling' | 'parent' | 'child' | 'unrelated';
type Resource = 'partner' | 'customer' | 'coupon' | 'quota' | 'order' | 'adjustRecord' | 'accountChange' | 'couponRecord' | 'member' | 'role';
type Outcome = 'allow' | 'deny';

const RESOURCES: Resource[] = ['partner', 'customer', 'coupon', 'quota', 'order', 'adjustRecord', 'accountChange', 'couponRecord', 'member', 'role'];

const allow = (): Record<Resource, Outcome> => Object.fromEntries(RESOURCES.map((r) => [r, 'allow'])) as Record<Resource, Outcome>;
const deny = (): Record<Resource, Outcome> => Object.fromEntries(RESOURCES.map((r) => [r, 'deny'])) as Record<Resource, Outcome>;

/**
 * Expected outcome per relation and resource, straight from domain.md §4: own rows are visible; a
 * distributor also sees its resellers (Partner row), their quotas and their customers (basic info);
 * a reseller sees its parent's Partner row (name only); nothing else of another partner.
 */
const EXPECTED: Record<Relation, Record<Resource, Outcome>> = {
  own: allow(),
  child: { ...deny(), partner: 'allow', customer: 'allow', quota: 'allow' },
  parent: { ...deny(), partner: 'allow' },
  sibling: deny(),
  unrelated: deny(),
};

/** Viewers and the partners that stand in each relation to them. */
const VIEWERS: { login: string; cells: [Relation, DemoPartnerKey][] }[] = [
  { login: 'dist-admin', cells: [['own', 'dist'], ['child', 'reseller1'], ['unrelated', 'other-dist'], ['unrelated', 'other-reseller']] },
  { login: 'reseller-admin', cells: [['own', 'reseller1'], ['sibling', 'reseller2'], ['parent', 'dist'], ['unrelated', 'other-dist']] },
  { login: 'reseller2-admin', cells: [['own', 'reseller2'], ['sibling', 'reseller1'], ['parent', 'dist'], ['unrelated', 'other-reseller']] },
  { login: 'other-dist-admin', cells: [['own', 'other-dist'], ['child', 'other-reseller'], ['unrelated', 'dist'], ['unrelated', 'reseller1']] },
  { login: 'sp-admin', cells: [['own', 'sp'], ['unrelated', 'dist'], ['unrelated', 'reseller2']] },
];

let server: TestServer;
let world: World;
const tokens: Record<string, string> = {};

beforeAll(async () => {
  server = await startTestServer();
  world = await loadWorld(server);
  for (const { login } of VIEWERS) tokens[login] = await server.signIn(login);
});
afterAll(async () => {
  await server?.close();
});

/** A row of one resource of one partner, and how a list can be narrowed to it. */
interface Target {
  type: string;
  id: number;
  /** The list field of Partner that holds the row, with arguments narrowing it to the row. */
  list: string | null;
  /** The list's filter matches this row's customer exactly (not a fuzzy text match), so a total over another partner's list must be 0. */
  exactFilter?: boolean;
}

const DAY = 86_400_000;

async function pickTarget(partnerId: number, resource: Resource): Promise<Target> {
  const one = async (query: string, params: unknown[] = [partnerId]) => {
    const [row] = await sql<Record<string, number | string | Date>>(server, query, params);
    if (!row) throw new Error(`the seed holds no ${resource} of partner ${partnerId}`);
    return row;
  };
  // Rows about a customer that is still associated with the row's partner (so filters by customer find them).
  const stillOwn = (table: string, extra = '') =>
    `select t.id, t.customer_id from ${table} t join sub_customer s on s.id = t.customer_id and s.partner_id = t.partner_id where t.partner_id = ? ${extra} order by t.id limit 1`;
  const now = Date.now();
  // Dates are bound as Date objects: SQLite stores them as epoch ms, PostgreSQL as timestamps.
  switch (resource) {
    case 'partner':
      return { type: 'Partner', id: partnerId, list: null };
    case 'customer': {
      const row = await one('select id, account_name from sub_customer where partner_id = ? order by id limit 1');
      return { type: 'SubCustomer', id: row.id as number, list: `customers(first: 100, filter: { accountName: ${JSON.stringify(row.account_name)} })` };
    }
    case 'coupon': {
      const row = await one(stillOwn('coupon', 'and t.expire_time between ? and ?'), [partnerId, new Date(now - 360 * DAY), new Date(now + 360 * DAY)]);
      return { type: 'Coupon', id: row.id as number, exactFilter: true, list: `coupons(first: 100, filter: { customerId: "${gid('SubCustomer', row.customer_id as number)}" })` };
    }
    case 'quota': {
      const row = await one('select id from coupon_quota where partner_id = ? order by id limit 1');
      return { type: 'CouponQuota', id: row.id as number, list: 'couponQuotas(first: 100)' };
    }
    case 'order': {
      const row = await one(
        'select t.id, t.customer_id, t.create_time from customer_order t join sub_customer s on s.id = t.customer_id and s.partner_id = t.partner_id where t.partner_id = ? order by t.id desc limit 1',
      );
      const created = millis(row.create_time);
      const from = new Date(created - DAY).toISOString();
      const to = new Date(created + DAY).toISOString();
      return {
        type: 'Order',
        id: row.id as number,
        exactFilter: true,
        list: `orders(first: 100, filter: { customerId: "${gid('SubCustomer', row.customer_id as number)}", createdFrom: "${from}", createdTo: "${to}" })`,
      };
    }
    case 'adjustRecord': {
      const row = await one(stillOwn('adjust_record'));
      return { type: 'AdjustRecord', id: row.id as number, exactFilter: true, list: `adjustRecords(first: 100, filter: { customerId: "${gid('SubCustomer', row.customer_id as number)}" })` };
    }
    case 'accountChange': {
      const row = await one(stillOwn('account_change_record'));
      return {
        type: 'AccountChangeRecord',
        id: row.id as number,
        exactFilter: true,
        list: `accountChangeRecords(first: 100, filter: { customerId: "${gid('SubCustomer', row.customer_id as number)}" })`,
      };
    }
    case 'couponRecord': {
      const row = await one(stillOwn('coupon_record'));
      return { type: 'CouponRecord', id: row.id as number, exactFilter: true, list: `couponRecords(first: 100, filter: { customerId: "${gid('SubCustomer', row.customer_id as number)}" })` };
    }
    case 'member': {
      const row = await one("select id, login_name from member where partner_id = ? and status = 'ACTIVE' order by id limit 1");
      return { type: 'Member', id: row.id as number, list: `members(first: 100, filter: { loginName: ${JSON.stringify(row.login_name)} })` };
    }
    case 'role': {
      const row = await one('select id from role where partner_id = ? order by id limit 1');
      return { type: 'Role', id: row.id as number, list: 'roles' };
    }
  }
}

type Response = GraphQLResponse<Record<string, unknown>>;

/** ids of the list field (connection nodes or a plain list) inside a Partner object. */
function idsIn(container: unknown, field: string): string[] {
  const value = (container as Record<string, unknown> | null | undefined)?.[field];
  if (Array.isArray(value)) return value.map((v) => (v as { id: string }).id);
  const nodes = (value as { nodes?: { id: string }[] } | null | undefined)?.nodes;
  return nodes ? nodes.map((n) => n.id) : [];
}

function unexpectedCodes(res: Response): unknown[] {
  return (res.errors ?? []).map((e) => e.extensions?.code).filter((c) => c !== 'FORBIDDEN' && c !== 'NOT_FOUND');
}

interface CellResult {
  node: string;
  list: string;
  problems: string[];
}

async function readCell(v: ViewerModel, partnerId: number, target: Target): Promise<CellResult> {
  const token = tokens[v.login];
  const id = gid(target.type, target.id);
  const problems: string[] = [];
  const leaks = (res: Response, what: string) => {
    if (JSON.stringify(res.data ?? null).includes(`"${id}"`)) problems.push(`${what}: denied row appears in the response`);
  };

  // node(id:) and nodes(ids:) must agree.
  const single = (await server.execute('query ($id: ID!) { node(id: $id) { __typename id } }', { id }, token)) as Response;
  const multi = (await server.execute('query ($ids: [ID!]!) { nodes(ids: $ids) { __typename id } }', { ids: [id] }, token)) as Response;
  const outcome = (res: Response, value: unknown, path: (string | number)[]): string => {
    if ((value as { id?: string } | null)?.id === id && !res.errors) return 'allow';
    if (value === null && res.errors?.length === 1 && res.errors[0].extensions?.code === 'NOT_FOUND' && JSON.stringify(res.errors[0].path) === JSON.stringify(path)) return 'deny';
    return `unexpected ${JSON.stringify({ data: res.data, codes: res.errors?.map((e) => e.extensions?.code) })}`;
  };
  const nodeOutcome = outcome(single, single.data?.node, ['node']);
  const nodesOutcome = outcome(multi, (multi.data?.nodes as unknown[] | undefined)?.[0], ['nodes', 0]);
  if (nodeOutcome !== nodesOutcome) problems.push(`node(id:) says ${nodeOutcome}, nodes(ids:) says ${nodesOutcome}`);
  if (nodeOutcome === 'deny') {
    leaks(single, 'node');
    leaks(multi, 'nodes');
  }

  // The list that would hold the row, reached the way the viewer relates to its partner.
  const holder =
    partnerId === v.partnerId ? 'SELF' : v.resellerIds.includes(partnerId) ? 'RESELLER' : partnerId === v.parentId ? 'PARENT' : 'NONE';
  const selection = target.list ?? '';
  const field = target.list ? target.list.replace(/[(\s].*$/, '') : null;
  const listSelection = field ? `${selection} { ${field === 'roles' ? 'id' : 'totalCount nodes { id }'} }` : '';
  let query: string;
  let container: (res: Response) => unknown;
  switch (holder) {
    case 'SELF':
      query = `{ viewer { partner { id ${listSelection} } } }`;
      container = (res) => (res.data?.viewer as { partner?: unknown } | undefined)?.partner;
      break;
    case 'RESELLER':
      query = `{ viewer { partner { resellers(first: 100) { nodes { id ${listSelection} } } } } }`;
      container = (res) =>
        ((res.data?.viewer as { partner?: { resellers?: { nodes?: { id: string }[] } } } | undefined)?.partner?.resellers?.nodes ?? []).find(
          (p) => p.id === gid('Partner', partnerId),
        );
      break;
    case 'PARENT':
      query = `{ viewer { partner { parent { id ${listSelection} } } } }`;
      container = (res) => (res.data?.viewer as { partner?: { parent?: unknown } } | undefined)?.partner?.parent;
      break;
    case 'NONE':
      query = `{ node(id: "${gid('Partner', partnerId)}") { id ... on Partner { ${listSelection || 'name'} } } }`;
      container = (res) => res.data?.node;
      break;
  }
  const listRes = (await server.execute(query, {}, token)) as Response;
  if (unexpectedCodes(listRes).length) problems.push(`list: unexpected errors ${JSON.stringify(listRes.errors)}`);
  const holderObject = container(listRes) as { id?: string } | null | undefined;
  const found = field ? idsIn(holderObject, field).includes(id) : holderObject?.id === id;
  const listOutcome = found ? 'allow' : 'deny';
  if (!found) leaks(listRes, 'list');

  // A row of another partner must not turn up in the viewer's own list either, with filters that
  // point straight at it (totals included).
  if (holder !== 'SELF' && field) {
    const probe = (await server.execute(`{ viewer { partner { ${listSelection} } } }`, {}, token)) as Response;
    if (unexpectedCodes(probe).length) problems.push(`own-list probe: unexpected errors ${JSON.stringify(probe.errors)}`);
    const own = (probe.data?.viewer as { partner?: unknown } | undefined)?.partner;
    if (idsIn(own, field).includes(id)) problems.push(`own ${field} list holds the other partner's row`);
    const total = ((own as Record<string, unknown> | undefined)?.[field] as { totalCount?: number } | undefined)?.totalCount;
    if (target.exactFilter && total !== 0) {
      problems.push(`own ${field} list filtered to another partner's row counts ${total}`);
    }
    leaks(probe, 'own-list probe');
  }
  return { node: nodeOutcome, list: listOutcome, problems };
}

const printed: string[][] = [];

describe('access matrix (domain.md §4): read', () => {
  for (const { login, cells } of VIEWERS) {
    it(`${login}: every relation × resource gives the expected outcome on node(id:), nodes(ids:) and the list that would hold the row`, async () => {
      const v = viewerModel(world, login);
      const mismatches: string[] = [];
      for (const [relation, partnerKey] of cells) {
        const partnerId = demoPartner(partnerKey).id;
        const results = await Promise.all(
          RESOURCES.map(async (resource) => {
            const target = await pickTarget(partnerId, resource);
            return { resource, target, result: await readCell(v, partnerId, target) };
          }),
        );
        const row = [login, `${relation} (${partnerKey})`];
        for (const { resource, target, result } of results) {
          const expected = EXPECTED[relation][resource];
          const ok = result.node === expected && result.list === expected && result.problems.length === 0;
          row.push(ok ? expected.toUpperCase() : `✗ node=${result.node.slice(0, 20)} list=${result.list}`);
          if (!ok) {
            mismatches.push(
              `${login} → ${relation} ${partnerKey} ${resource} (${target.type}:${target.id}): expected ${expected}, node ${result.node}, list ${result.list}${result.problems.length ? `; ${result.problems.join('; ')}` : ''}`,
            );
          }
        }
        printed.push(row);
      }
      expect(mismatches).toEqual([]);
    });
  }

  it('prints the matrix', () => {
    const header = ['viewer', 'relation (partner)', ...RESOURCES];
    const expectedRows = (Object.keys(EXPECTED) as Relation[]).map((relation) => ['expected', relation, ...RESOURCES.map((r) => EXPECTED[relation][r])]);
    console.log(`\nExpected (domain.md §4):\n${printTable(header, expectedRows)}\n\nObserved (node(id:) = nodes(ids:) = list):\n${printTable(header, printed)}\n`);
    expect(printed.length).toBe(VIEWERS.reduce((n, v) => n + v.cells.length, 0));
  });
});

