/**
 * Field-level permissions (domain.md §4):
 * - a distributor reads its resellers' customers' basic info only (accountName, name, associatedOn,
 *   associationType, the reseller): every other field is refused on its own (FORBIDDEN at that
 *   field's path), through node(id:) and through viewer.partner.resellers → customers;
 * - filters on non-basic fields of a reseller's customers are refused too (they would reveal them);
 * - a cloud reseller sees its parent distributor's name and nothing else of it;
 * - a coupon's memo is visible to the issuing partner and reachable by nobody else.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import {
  getNamedType,
  isInputObjectType,
  isNonNullType,
  isObjectType,
  isScalarType,
  isEnumType,
  type GraphQLField,
  type GraphQLInputType,
  type GraphQLSchema,
} from 'graphql';
import { useTestServer, type GraphQLResponse } from '../support/server';
import { createSchema } from '../../src/schema';
import { demoPartner } from '../../seeds/demo-data';
import { loadWorld } from '../support/permission-model';
import { errorCodes } from '../support/graphql';
import { billCycle, DAY, millis } from '../support/time';
import { gid } from '../support/ids';
import { sql } from '../support/rows';

const server = useTestServer();
let schema: GraphQLSchema;
const tokens: Record<string, string> = {};

const DIST = demoPartner('dist');
const RESELLER1 = demoPartner('reseller1');

interface CustomerDb {
  id: number;
  partner_id: number;
  account_name: string;
  name: string | null;
  associated_on: number | Date;
  association_type: number;
  label: string | null;
  account_manager_id: number | null;
}
let own: CustomerDb; // a customer of the distributor
let theirs: CustomerDb; // a customer of its reseller #1 with a label and an account manager

beforeAll(async () => {
  schema = await createSchema();
  for (const login of ['dist-admin', 'reseller-admin', 'dist-ops', 'dist-am'])
    tokens[login] = await server.signIn(login);
  [own] = await sql<CustomerDb>(server, "select * from sub_customer where account_name = 'yunfan-tech'");
  [theirs] = await sql<CustomerDb>(server, "select * from sub_customer where account_name = 'qinghe-health'");
  expect(theirs.partner_id).toBe(RESELLER1.id);
  expect(theirs.label).not.toBeNull();
  expect(theirs.account_manager_id).not.toBeNull();
});

type Response = GraphQLResponse<Record<string, unknown>>;

/** A literal for a required argument (only bill cycles are required anywhere on these types). */
function literalFor(type: GraphQLInputType): string {
  const named = getNamedType(type);
  if (isInputObjectType(named)) {
    const required = Object.values(named.getFields()).filter(
      (f) => isNonNullType(f.type) && f.defaultValue === undefined,
    );
    return `{ ${required.map((f) => `${f.name}: ${literalFor(f.type)}`).join(', ')} }`;
  }
  if (named.name === 'String') return JSON.stringify(billCycle());
  throw new Error(`no literal for required argument of type ${named.name}`);
}

/** `field(requiredArgs) { __typename }` or just `field` for scalars and enums. */
function selectionOf(field: GraphQLField<unknown, unknown>): string {
  const required = field.args.filter((a) => isNonNullType(a.type) && a.defaultValue === undefined);
  const args = required.length ? `(${required.map((a) => `${a.name}: ${literalFor(a.type)}`).join(', ')})` : '';
  const named = getNamedType(field.type);
  return isScalarType(named) || isEnumType(named) ? `${field.name}${args}` : `${field.name}${args} { __typename }`;
}

function fieldsOf(typeName: string): GraphQLField<unknown, unknown>[] {
  const type = schema.getType(typeName);
  if (!isObjectType(type)) throw new Error(`${typeName} is not an object type`);
  return Object.values(type.getFields());
}

const BASIC_CUSTOMER_FIELDS = ['id', 'accountName', 'name', 'associatedOn', 'associationType', 'partner'];
const BASIC_SELECTION = 'id accountName name associatedOn associationType partner { name }';

function expectedBasic(c: CustomerDb, partnerName: string) {
  return {
    id: gid('SubCustomer', c.id),
    accountName: c.account_name,
    name: c.name,
    associatedOn: new Date(millis(c.associated_on)).toISOString(),
    associationType: c.association_type === 2 ? 'RESALE' : 'ADVISORY',
    partner: { name: partnerName },
  };
}

const errorSummary = (res: Response) => (res.errors ?? []).map((e) => ({ code: e.extensions?.code, path: e.path }));

describe("a distributor reading its reseller's customer", { timeout: 120_000 }, () => {
  it('gets the basic info through node(id:) and through resellers → customers, with no error', async () => {
    const byNode = (await server.execute(
      `query ($id: ID!) { node(id: $id) { ... on SubCustomer { ${BASIC_SELECTION} } } }`,
      { id: gid('SubCustomer', theirs.id) },
      tokens['dist-admin'],
    )) as Response;
    expect(byNode.errors).toBeUndefined();
    expect(byNode.data!.node).toEqual(expectedBasic(theirs, RESELLER1.name));

    // Every customer of every reseller, basic info, compared with the database.
    const byList = (await server.execute(
      `{ viewer { partner { resellers(first: 10) { nodes { id customers(first: 100) { totalCount nodes { ${BASIC_SELECTION} } } } } } } }`,
      {},
      tokens['dist-admin'],
    )) as Response;
    expect(byList.errors).toBeUndefined();
    const resellers = (
      byList.data!.viewer as {
        partner: { resellers: { nodes: { id: string; customers: { totalCount: number; nodes: unknown[] } }[] } };
      }
    ).partner.resellers.nodes;
    const partners = await sql<{ id: number; name: string }>(
      server,
      'select id, name from partner where parent_id = ?',
      [DIST.id],
    );
    expect(resellers.map((r) => r.id).sort()).toEqual(partners.map((p) => gid('Partner', p.id)).sort());
    for (const reseller of partners) {
      const rows = await sql<CustomerDb>(server, 'select * from sub_customer where partner_id = ? order by id desc', [
        reseller.id,
      ]);
      const listed = resellers.find((r) => r.id === gid('Partner', reseller.id))!.customers;
      expect(listed.totalCount).toBe(rows.length);
      expect(listed.nodes).toEqual(rows.slice(0, 100).map((c) => expectedBasic(c, reseller.name)));
    }
  });

  it('node(id:): every other field is refused on its own, at its own path, while the rest of the response arrives', async () => {
    const others = fieldsOf('SubCustomer').filter((f) => !BASIC_CUSTOMER_FIELDS.includes(f.name));
    expect(others.length).toBeGreaterThan(15);
    const problems: string[] = [];
    for (const field of others) {
      for (const order of ['theirs-last', 'theirs-first'] as const) {
        const mine = `mine: node(id: "${gid('SubCustomer', own.id)}") { id ... on SubCustomer { accountName ${selectionOf(field)} } }`;
        const their = `theirs: node(id: "${gid('SubCustomer', theirs.id)}") { id ... on SubCustomer { ${BASIC_SELECTION} ${selectionOf(field)} } }`;
        const query = `{ viewer { member { loginName } } ${order === 'theirs-last' ? `${mine} ${their}` : `${their} ${mine}`} }`;
        const res = (await server.execute(query, {}, tokens['dist-admin'])) as Response;
        const data = res.data as {
          viewer?: { member: { loginName: string } };
          mine?: Record<string, unknown> | null;
          theirs?: Record<string, unknown> | null;
        } | null;
        const expectedErrors = [{ code: 'FORBIDDEN', path: ['theirs', field.name] }];
        if (JSON.stringify(errorSummary(res)) !== JSON.stringify(expectedErrors))
          problems.push(`${field.name} (${order}): errors ${JSON.stringify(errorSummary(res))}`);
        if (data?.viewer?.member.loginName !== 'dist-admin') problems.push(`${field.name}: viewer did not arrive`);
        if (data?.mine?.accountName !== own.account_name || data.mine[field.name] === undefined)
          problems.push(`${field.name}: own customer did not arrive in full`);
        const expectedTheirs = isNonNullType(field.type)
          ? null
          : { ...expectedBasic(theirs, RESELLER1.name), [field.name]: null };
        if (JSON.stringify(data?.theirs) !== JSON.stringify(expectedTheirs))
          problems.push(`${field.name}: theirs = ${JSON.stringify(data?.theirs)}`);
      }
    }
    expect(problems).toEqual([]);
  });

  /** viewer → resellers → customers narrowed to the one reseller customer, plus `extra`. */
  const listQuery = (extra: string) =>
    `{ viewer { member { loginName } partner { name resellers(first: 10) { nodes { id customers(first: 5, filter: { accountName: "${theirs.account_name}" }) { nodes { ${BASIC_SELECTION} ${extra} } } } } } } }`;

  async function listRead(extra: string) {
    const res = (await server.execute(listQuery(extra), {}, tokens['dist-admin'])) as Response;
    const resellers = await sql<{ id: number }>(server, 'select id from partner where parent_id = ? order by id desc', [
      DIST.id,
    ]);
    const index = resellers.findIndex((r) => r.id === RESELLER1.id);
    return { res, index };
  }

  it('resellers → customers: every other field is refused on its own, at its own path', async () => {
    const problems: string[] = [];
    for (const field of fieldsOf('SubCustomer').filter((f) => !BASIC_CUSTOMER_FIELDS.includes(f.name))) {
      const { res, index } = await listRead(selectionOf(field));
      const expected = [
        {
          code: 'FORBIDDEN',
          path: ['viewer', 'partner', 'resellers', 'nodes', index, 'customers', 'nodes', 0, field.name],
        },
      ];
      if (JSON.stringify(errorSummary(res)) !== JSON.stringify(expected))
        problems.push(`${field.name}: ${JSON.stringify(errorSummary(res))}`);
      // Nothing of the refused field leaks, whatever else happened to the response.
      if (res.data && JSON.stringify(res.data).includes(`"${field.name}":{`))
        problems.push(`${field.name}: a value arrived`);
    }
    expect(problems).toEqual([]);
  });

  it('resellers → customers: refusing a field leaves the customer (basic info, that field null) and the rest of the response in place', async () => {
    const others = fieldsOf('SubCustomer').filter((f) => !BASIC_CUSTOMER_FIELDS.includes(f.name));
    for (const field of others) {
      const { res, index } = await listRead(selectionOf(field));
      const viewer = (
        res.data as {
          viewer?: {
            member: { loginName: string };
            partner: { name: string; resellers: { nodes: { customers: { nodes: unknown[] } }[] } };
          };
        } | null
      )?.viewer;
      expect(viewer?.member.loginName, field.name).toBe('dist-admin');
      expect(viewer?.partner.name, field.name).toBe(DIST.name);
      expect(viewer?.partner.resellers.nodes[index].customers.nodes, field.name).toEqual([
        { ...expectedBasic(theirs, RESELLER1.name), [field.name]: null },
      ]);
    }
  });

  it('every field a rule can refuse is nullable in the schema, so a refusal never nulls its parent (SubCustomer, Partner, Coupon)', () => {
    // Before shield.ts made refusable fields nullable, a distributor asking customerId (String!) of a
    // reseller's customer through viewer → resellers → customers got `data: null` for the whole request.
    const nonNull = [
      ...fieldsOf('SubCustomer')
        .filter((f) => !BASIC_CUSTOMER_FIELDS.includes(f.name))
        .map((f) => ['SubCustomer', f] as const),
      ...fieldsOf('Partner')
        .filter((f) => f.name !== 'id' && f.name !== 'name')
        .map((f) => ['Partner', f] as const),
      ...fieldsOf('Coupon')
        .filter((f) => f.name === 'memo')
        .map((f) => ['Coupon', f] as const),
    ]
      .filter(([, f]) => isNonNullType(f.type))
      .map(([t, f]) => `${t}.${f.name}`);
    expect(nonNull).toEqual([]);
  });

  it('the response is the same whatever the order of own and reseller customers in one list (no rule answer is reused across objects)', async () => {
    // The distributor's own customers (full) and a reseller's (basic) in one request, in both orders,
    // asking a full-only field on both.
    const ownPart = `mine: customers(first: 3, filter: { accountName: "${own.account_name}" }) { nodes { accountName label } }`;
    const resPart = `resellers(first: 10) { nodes { id customers(first: 3, filter: { accountName: "${theirs.account_name}" }) { nodes { accountName label } } } }`;
    for (const body of [`${ownPart} ${resPart}`, `${resPart} ${ownPart}`]) {
      const res = (await server.execute(`{ viewer { partner { ${body} } } }`, {}, tokens['dist-admin'])) as Response;
      const partner = (
        res.data as {
          viewer: {
            partner: {
              mine: { nodes: { accountName: string; label: string | null }[] };
              resellers: { nodes: { customers: { nodes: { label: unknown }[] } }[] };
            };
          };
        }
      ).viewer.partner;
      expect(partner.mine.nodes).toEqual([{ accountName: own.account_name, label: own.label }]);
      const reseller = partner.resellers.nodes.flatMap((r) => r.customers.nodes);
      expect(reseller).toEqual([{ accountName: theirs.account_name, label: null }]);
      expect(errorCodes(res)).toEqual(['FORBIDDEN']);
    }
  });
});

describe("filters on a reseller's customers", () => {
  const resellerCustomers = (filter: string) =>
    `{ viewer { partner { resellers(first: 10) { nodes { id customers(first: 100, filter: ${filter}) { totalCount nodes { id } } } } } } }`;

  it('refuses filters on fields the distributor may not see (label, accountManagerId): they would reveal them', async () => {
    // Before the fix these answered, e.g. label "KA" → which reseller customers carry the label
    // "KA", and accountManagerId → which of them the reseller assigned to which of its members.
    for (const filter of [
      `{ label: ${JSON.stringify(theirs.label)} }`,
      `{ accountManagerId: "${gid('Member', theirs.account_manager_id!)}" }`,
    ]) {
      const res = (await server.execute(resellerCustomers(filter), {}, tokens['dist-admin'])) as Response;
      expect(errorCodes(res)).toContain('FORBIDDEN');
      expect(JSON.stringify(res.data ?? null)).not.toContain(`"${gid('SubCustomer', theirs.id)}"`);
      expect(JSON.stringify(res.data ?? null)).not.toContain('totalCount');
    }
  });

  it('still answers filters on basic fields (accountName, associationType, associatedFrom/To), equal to the database', async () => {
    const from = new Date(millis(theirs.associated_on) - DAY * 30).toISOString();
    const to = new Date(millis(theirs.associated_on) + DAY * 30).toISOString();
    const res = (await server.execute(
      resellerCustomers(
        `{ accountName: "h", associationType: RESALE, associatedFrom: "${from}", associatedTo: "${to}" }`,
      ),
      {},
      tokens['dist-admin'],
    )) as Response;
    expect(res.errors).toBeUndefined();
    const nodes = (
      res.data as {
        viewer: {
          partner: {
            resellers: { nodes: { id: string; customers: { totalCount: number; nodes: { id: string }[] } }[] };
          };
        };
      }
    ).viewer.partner.resellers.nodes;
    for (const reseller of nodes) {
      const rows = await sql<{ id: number }>(
        server,
        "select id from sub_customer where partner_id = ? and lower(account_name) like '%h%' and association_type = 2 and associated_on between ? and ? order by id desc",
        [Number(Buffer.from(reseller.id, 'base64url').toString().split(':')[1]), new Date(from), new Date(to)],
      );
      expect(reseller.customers.totalCount).toBe(rows.length);
      expect(reseller.customers.nodes.map((n) => n.id)).toEqual(rows.map((r) => gid('SubCustomer', r.id)));
    }
  });

  it('leaves filters on its own customers alone (label and accountManagerId work there)', async () => {
    const res = (await server.execute(
      `{ viewer { partner { customers(first: 100, filter: { label: ${JSON.stringify(own.label)}, accountManagerId: "${gid('Member', own.account_manager_id!)}" }) { totalCount } } } }`,
      {},
      tokens['dist-admin'],
    )) as Response;
    expect(res.errors).toBeUndefined();
    const [{ n }] = await sql<{ n: number }>(
      server,
      'select count(*) n from sub_customer where partner_id = ? and lower(label) like ? and account_manager_id = ?',
      [DIST.id, `%${own.label!.toLowerCase()}%`, own.account_manager_id],
    );
    expect(
      (res.data as { viewer: { partner: { customers: { totalCount: number } } } }).viewer.partner.customers.totalCount,
    ).toBe(Number(n));
  });
});

describe('a cloud reseller reading its parent distributor', () => {
  it('sees its name', async () => {
    const res = (await server.execute(
      '{ viewer { partner { parent { id name } } } }',
      {},
      tokens['reseller-admin'],
    )) as Response;
    expect(res.errors).toBeUndefined();
    expect(res.data).toEqual({ viewer: { partner: { parent: { id: gid('Partner', DIST.id), name: DIST.name } } } });
  });

  it('is refused every other field of it, each at its own path, while the rest of the response arrives', async () => {
    const others = fieldsOf('Partner').filter((f) => f.name !== 'id' && f.name !== 'name');
    expect(others.map((f) => f.name)).toEqual(
      expect.arrayContaining([
        'status',
        'identity',
        'balance',
        'customers',
        'couponQuotas',
        'members',
        'roles',
        'parent',
      ]),
    );
    const problems: string[] = [];
    for (const field of others) {
      const res = (await server.execute(
        `{ viewer { member { loginName } partner { name parent { name ${selectionOf(field)} } } } }`,
        {},
        tokens['reseller-admin'],
      )) as Response;
      const expectedErrors = [{ code: 'FORBIDDEN', path: ['viewer', 'partner', 'parent', field.name] }];
      if (JSON.stringify(errorSummary(res)) !== JSON.stringify(expectedErrors))
        problems.push(`${field.name}: errors ${JSON.stringify(errorSummary(res))}`);
      const viewer = (
        res.data as { viewer?: { member: { loginName: string }; partner: { name: string; parent: unknown } } } | null
      )?.viewer;
      if (viewer?.member.loginName !== 'reseller-admin' || viewer.partner.name !== RESELLER1.name)
        problems.push(`${field.name}: the rest did not arrive`);
      const expectedParent = isNonNullType(field.type) ? null : { name: DIST.name, [field.name]: null };
      if (JSON.stringify(viewer?.partner.parent) !== JSON.stringify(expectedParent))
        problems.push(`${field.name}: parent = ${JSON.stringify(viewer?.partner.parent)}`);
    }
    expect(problems).toEqual([]);
  });

  it('gets the same refusals through node(id:) of the parent', async () => {
    const res = (await server.execute(
      `{ node(id: "${gid('Partner', DIST.id)}") { id ... on Partner { name } } s: node(id: "${gid('Partner', DIST.id)}") { ... on Partner { status } } }`,
      {},
      tokens['reseller-admin'],
    )) as Response;
    expect(res.data).toEqual({ node: { id: gid('Partner', DIST.id), name: DIST.name }, s: { status: null } });
    expect(errorSummary(res)).toEqual([{ code: 'FORBIDDEN', path: ['s', 'status'] }]);
  });
});

describe('coupon memo', { timeout: 120_000 }, () => {
  interface CouponDb {
    id: number;
    partner_id: number;
    customer_id: number;
    memo: string;
  }
  let distCoupon: CouponDb;
  let resellerCoupon: CouponDb;
  let distRecord: { id: number; memo: string };

  beforeAll(async () => {
    const now = Date.now();
    const inWindow = [new Date(now - 360 * DAY), new Date(now + 360 * DAY)];
    [distCoupon] = await sql<CouponDb>(
      server,
      'select id, partner_id, customer_id, memo from coupon where partner_id = ? and memo is not null and expire_time between ? and ? order by id limit 1',
      [DIST.id, ...inWindow],
    );
    [resellerCoupon] = await sql<CouponDb>(
      server,
      'select id, partner_id, customer_id, memo from coupon where partner_id = ? and memo is not null order by id limit 1',
      [RESELLER1.id],
    );
    [distRecord] = await sql<{ id: number; memo: string }>(
      server,
      'select id, memo from coupon_record where partner_id = ? and memo is not null order by id limit 1',
      [DIST.id],
    );
    expect(distCoupon && resellerCoupon && distRecord).toBeTruthy();
  });

  it('is visible to the issuing partner on every path (node, coupons list, the customer’s coupons, coupon records)', async () => {
    for (const login of ['dist-admin', 'dist-ops']) {
      const res = (await server.execute(
        `{
          node(id: "${gid('Coupon', distCoupon.id)}") { ... on Coupon { memo } }
          record: node(id: "${gid('CouponRecord', distRecord.id)}") { ... on CouponRecord { memo } }
          viewer { partner { coupons(first: 100, filter: { customerId: "${gid('SubCustomer', distCoupon.customer_id)}" }) { nodes { id memo } } } }
          customer: node(id: "${gid('SubCustomer', distCoupon.customer_id)}") { ... on SubCustomer { coupons(first: 100) { nodes { id memo } } } }
        }`,
        {},
        tokens[login],
      )) as Response;
      expect(res.errors).toBeUndefined();
      const data = res.data as {
        node: { memo: string };
        record: { memo: string };
        viewer: { partner: { coupons: { nodes: { id: string; memo: string | null }[] } } };
        customer: { coupons: { nodes: { id: string; memo: string | null }[] } };
      };
      expect(data.node.memo).toBe(distCoupon.memo);
      expect(data.record.memo).toBe(distRecord.memo);
      expect(data.viewer.partner.coupons.nodes.find((c) => c.id === gid('Coupon', distCoupon.id))?.memo).toBe(
        distCoupon.memo,
      );
      expect(data.customer.coupons.nodes.find((c) => c.id === gid('Coupon', distCoupon.id))?.memo).toBe(
        distCoupon.memo,
      );
    }
    const reseller = (await server.execute(
      `{ node(id: "${gid('Coupon', resellerCoupon.id)}") { ... on Coupon { memo } } }`,
      {},
      tokens['reseller-admin'],
    )) as Response;
    expect(reseller.data).toEqual({ node: { memo: resellerCoupon.memo } });
  });

  it('cannot be reached by anybody else: other partners get NOT_FOUND, a member without coupon:records FORBIDDEN', async () => {
    const world = await loadWorld(server);
    const members = [...world.members.values()].filter((m) => m.status === 'ACTIVE');
    const query = `{
      node(id: "${gid('Coupon', distCoupon.id)}") { ... on Coupon { memo } }
      nodes(ids: ["${gid('Coupon', distCoupon.id)}", "${gid('CouponRecord', distRecord.id)}"]) { ... on Coupon { memo } ... on CouponRecord { memo } }
    }`;
    for (const { loginName: login, partnerId, permissions } of members) {
      const token = await server.signIn(login);
      const hasRecords = permissions.has('coupon:records');
      const res = (await server.execute(query, {}, token)) as Response;
      if (partnerId === DIST.id && hasRecords) {
        expect(res.errors, login).toBeUndefined();
        continue;
      }
      // Without coupon:records both fields are refused before any lookup (nodes is non-null, so data is null).
      expect(res.data, login).toEqual(hasRecords ? { node: null, nodes: [null, null] } : null);
      expect(errorCodes(res), login).toEqual(
        hasRecords ? ['NOT_FOUND', 'NOT_FOUND', 'NOT_FOUND'] : ['FORBIDDEN', 'FORBIDDEN'],
      );
    }
    // And the reseller's own memos stay with the reseller: its distributor cannot reach its coupons.
    const dist = (await server.execute(
      `{ node(id: "${gid('Coupon', resellerCoupon.id)}") { ... on Coupon { memo } } }`,
      {},
      tokens['dist-admin'],
    )) as Response;
    expect(dist.data).toEqual({ node: null });
    expect(errorCodes(dist)).toEqual(['NOT_FOUND']);
  });
});
