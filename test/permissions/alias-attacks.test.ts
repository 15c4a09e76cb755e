/**
 * Alias and batching attacks (domain.md §4: nothing of another partner through aliases, nested
 * lists or nodes(ids:)), and rule-cache isolation between requests:
 * - `mine: node(id: A) theirs: node(id: B)` in both orders, for every node type: A arrives whole,
 *   nothing of B does;
 * - aliased nested lists with filters pointing at another partner's rows;
 * - another partner's ids inside nodes(ids: [...]);
 * - relation rules (own customer in full vs a reseller's customer in basic) asked side by side;
 * - requests of different partners one after the other and interleaved concurrently on one server.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { useTestServer, type GraphQLResponse } from '../support/server';
import { demoPartner } from '../../seeds/demo-data';
import { NODE_TYPES, loadWorld, nodeVisible, viewerModel, type World } from '../support/permission-model';
import { DIST, OTHER_DIST } from '../support/demo';
import { errorCodes } from '../support/graphql';
import { gid } from '../support/ids';
import { sql } from '../support/rows';

const server = useTestServer();
let world: World;
const tokens: Record<string, string> = {};

type Response = GraphQLResponse<Record<string, unknown>>;

function monthsFromNow(months: number): Date {
  const d = new Date();
  d.setUTCMonth(d.getUTCMonth() + months);
  return d;
}

beforeAll(async () => {
  world = await loadWorld(server);
  for (const login of ['dist-admin', 'dist-am', 'dist-ops', 'reseller-admin', 'other-dist-admin', 'sp-admin'])
    tokens[login] = await server.signIn(login);
});

/** Every string value of a stored row, to look for in responses (long enough to be telling). */
async function telltales(table: string, id: number): Promise<string[]> {
  const [row] = await sql<Record<string, unknown>>(server, `select * from ${table} where id = ?`, [id]);
  return Object.entries(row)
    .filter(
      ([key, value]) =>
        typeof value === 'string' &&
        value.length >= 6 &&
        !/^[\d.]+$/.test(value) &&
        ![
          'status',
          'kind',
          'owner_type',
          'trade_type',
          'operation_type',
          'customer_level',
          'preset_key',
          'channel',
          'event_type',
          'initiator',
        ].includes(key),
    )
    .map(([, value]) => value as string);
}

const CUSTOMER_FULL = `accountName name customerId label telephone email xaccountId balance { amount { amount } }
  orders(first: 3) { nodes { id orderId } } coupons(first: 3) { nodes { id couponId memo } } accountManager { id loginName }`;

describe('mine: node(id: A) and theirs: node(id: B) in one request', { timeout: 120_000 }, () => {
  it('SubCustomer with every sensitive field: A arrives whole, nothing of B, in both orders', async () => {
    const [a] = await sql<{ id: number }>(server, "select id from sub_customer where account_name = 'yunfan-tech'");
    const [b] = await sql<{ id: number }>(
      server,
      "select id from sub_customer where account_name = 'woodgrove-finance'",
    );
    const alone = (await server.execute(
      `{ mine: node(id: "${gid('SubCustomer', a.id)}") { id ... on SubCustomer { ${CUSTOMER_FULL} } } }`,
      {},
      tokens['dist-admin'],
    )) as Response;
    expect(alone.errors).toBeUndefined();
    const secrets = await telltales('sub_customer', b.id);
    expect(secrets.length).toBeGreaterThan(3);
    const mine = `mine: node(id: "${gid('SubCustomer', a.id)}") { id ... on SubCustomer { ${CUSTOMER_FULL} } }`;
    const theirs = `theirs: node(id: "${gid('SubCustomer', b.id)}") { id ... on SubCustomer { ${CUSTOMER_FULL} } }`;
    for (const body of [`${mine} ${theirs}`, `${theirs} ${mine}`]) {
      const res = (await server.execute(`{ ${body} }`, {}, tokens['dist-admin'])) as Response;
      expect(res.data!.mine).toEqual(alone.data!.mine);
      expect(res.data!.theirs).toBeNull();
      expect((res.errors ?? []).map((e) => [e.extensions?.code, e.path])).toEqual([['NOT_FOUND', ['theirs']]]);
      const text = JSON.stringify(res);
      for (const secret of secrets) expect(text).not.toContain(secret);
    }
  });

  it('every node type: A (own row) arrives, B (a row of an unrelated partner) does not, in both orders', async () => {
    const v = viewerModel(world, 'dist-admin');
    const problems: string[] = [];
    for (const type of NODE_TYPES) {
      const a = world.rows.get(type)!.find((r) => r.owner === DIST && nodeVisible(world, v, r))!;
      const b = world.rows.get(type)!.find((r) => r.owner === OTHER_DIST)!;
      const mine = `mine: node(id: "${gid(type, a.id)}") { __typename id }`;
      const theirs = `theirs: node(id: "${gid(type, b.id)}") { __typename id }`;
      const list = `list: nodes(ids: ["${gid(type, b.id)}", "${gid(type, a.id)}", "${gid(type, b.id)}"]) { __typename id }`;
      for (const body of [`${mine} ${theirs} ${list}`, `${list} ${theirs} ${mine}`]) {
        const res = (await server.execute(`{ ${body} }`, {}, tokens['dist-admin'])) as Response;
        const expected = {
          mine: { __typename: type, id: gid(type, a.id) },
          theirs: null,
          list: [null, { __typename: type, id: gid(type, a.id) }, null],
        };
        if (
          JSON.stringify({ mine: res.data?.mine, theirs: res.data?.theirs, list: res.data?.list }) !==
          JSON.stringify(expected)
        )
          problems.push(`${type}: ${JSON.stringify(res.data)}`);
        const paths = (res.errors ?? []).map((e) => `${e.extensions?.code}@${e.path?.join('.')}`).sort();
        if (JSON.stringify(paths) !== JSON.stringify(['NOT_FOUND@list.0', 'NOT_FOUND@list.2', 'NOT_FOUND@theirs']))
          problems.push(`${type}: errors ${paths}`);
        if (JSON.stringify(res).includes(`"${gid(type, b.id)}"`)) problems.push(`${type}: B's id came back`);
      }
    }
    expect(problems).toEqual([]);
  });
});

describe('aliased nested lists', () => {
  it("a filter pointing at another partner's rows finds nothing and counts nothing, next to an alias of the same list that works", async () => {
    const [foreign] = await sql<{ id: number; account_name: string }>(
      server,
      "select id, account_name from sub_customer where account_name = 'woodgrove-finance'",
    );
    const res = (await server.execute(
      `{ viewer { partner {
          all: customers(first: 100) { totalCount nodes { id } }
          byName: customers(first: 100, filter: { accountName: "${foreign.account_name}" }) { totalCount nodes { id } }
          theirCoupons: coupons(first: 100, filter: { customerId: "${gid('SubCustomer', foreign.id)}" }) { totalCount nodes { id } }
          theirOrders: orders(first: 100, filter: { customerId: "${gid('SubCustomer', foreign.id)}" }) { totalCount nodes { id } }
          theirAdjust: adjustRecords(first: 100, filter: { customerId: "${gid('SubCustomer', foreign.id)}" }) { totalCount nodes { id } }
          theirChanges: accountChangeRecords(first: 100, filter: { customerId: "${gid('SubCustomer', foreign.id)}" }) { totalCount nodes { id } }
          theirRecords: couponRecords(first: 100, filter: { customerId: "${gid('SubCustomer', foreign.id)}" }) { totalCount nodes { id } }
          theirAdjustByReseller: adjustRecords(first: 100, filter: { resellerId: "${gid('Partner', demoPartner('other-reseller').id)}" }) { totalCount nodes { id } }
          theirMembers: members(first: 100, filter: { loginName: "other-dist-admin" }) { totalCount nodes { id } }
        } }
        other: node(id: "${gid('Partner', OTHER_DIST)}") { ... on Partner { customers(first: 100) { totalCount nodes { id } } } }
      }`,
      {},
      tokens['dist-admin'],
    )) as Response;
    const partner = (res.data!.viewer as { partner: Record<string, { totalCount: number; nodes: { id: string }[] }> })
      .partner;
    const [{ n }] = await sql<{ n: number }>(server, 'select count(*) n from sub_customer where partner_id = ?', [
      DIST,
    ]);
    expect(partner.all.totalCount).toBe(Number(n));
    for (const alias of [
      'byName',
      'theirCoupons',
      'theirOrders',
      'theirAdjust',
      'theirChanges',
      'theirRecords',
      'theirAdjustByReseller',
      'theirMembers',
    ]) {
      expect(partner[alias], alias).toEqual({ totalCount: 0, nodes: [] });
    }
    expect(res.data!.other).toBeNull();
    expect((res.errors ?? []).map((e) => [e.extensions?.code, e.path])).toEqual([['NOT_FOUND', ['other']]]);
  });

  it("a reseller's aliases over its own and its parent's lists: its own arrive, the parent's are refused", async () => {
    const res = (await server.execute(
      `{ viewer { partner {
          a: customers(first: 100) { totalCount }
          parent { name b: customers(first: 100) { totalCount } }
          again: parent { name }
        } } }`,
      {},
      tokens['reseller-admin'],
    )) as Response;
    const [{ n }] = await sql<{ n: number }>(server, 'select count(*) n from sub_customer where partner_id = ?', [
      demoPartner('reseller1').id,
    ]);
    // The refused field alone is null (refusable fields are nullable): the parent's name still arrives.
    expect(res.data).toEqual({
      viewer: {
        partner: {
          a: { totalCount: Number(n) },
          parent: { name: demoPartner('dist').name, b: null },
          again: { name: demoPartner('dist').name },
        },
      },
    });
    expect((res.errors ?? []).map((e) => [e.extensions?.code, e.path])).toEqual([
      ['FORBIDDEN', ['viewer', 'partner', 'parent', 'b']],
    ]);
  });

  it('own customers in full and reseller customers in basic, side by side in nodes(ids:) and in both orders: no rule answer is shared', async () => {
    const [own] = await sql<{ id: number; email: string | null; label: string | null }>(
      server,
      "select id, email, label from sub_customer where account_name = 'yunfan-tech'",
    );
    const [res1] = await sql<{ id: number }>(
      server,
      "select id from sub_customer where account_name = 'qinghe-health'",
    );
    for (const ids of [
      [gid('SubCustomer', own.id), gid('SubCustomer', res1.id)],
      [gid('SubCustomer', res1.id), gid('SubCustomer', own.id)],
    ]) {
      const res = (await server.execute(
        'query ($ids: [ID!]!) { nodes(ids: $ids) { id ... on SubCustomer { accountName email label } } }',
        { ids },
        tokens['dist-admin'],
      )) as Response;
      const byId = new Map(
        (res.data!.nodes as { id: string; email: string | null; label: string | null }[]).map((n) => [n.id, n]),
      );
      expect(byId.get(gid('SubCustomer', own.id))).toMatchObject({ email: own.email, label: own.label });
      expect(byId.get(gid('SubCustomer', res1.id))).toMatchObject({ email: null, label: null });
      const resellerIndex = ids.indexOf(gid('SubCustomer', res1.id));
      expect((res.errors ?? []).map((e) => `${e.extensions?.code}@${e.path?.join('.')}`).sort()).toEqual([
        `FORBIDDEN@nodes.${resellerIndex}.email`,
        `FORBIDDEN@nodes.${resellerIndex}.label`,
      ]);
    }
  });
});

describe('requests of different partners on one server', { timeout: 120_000 }, () => {
  /** One query text for everybody: own partner, its customers and coupons, and a probe of dist's customer. */
  const QUERY = `query ($probe: ID!) {
    viewer { member { loginName } partner { id name customers(first: 100) { totalCount nodes { id } } } }
    probe: node(id: $probe) { id ... on SubCustomer { accountName } }
  }`;
  let probe: string;

  const expectedFor = async (login: string) => {
    const v = viewerModel(world, login);
    const ids = (
      await sql<{ id: number }>(server, 'select id from sub_customer where partner_id = ? order by id desc', [
        v.partnerId,
      ])
    ).map((r) => gid('SubCustomer', r.id));
    return {
      loginName: login,
      partnerId: gid('Partner', v.partnerId),
      total: ids.length,
      first: ids.slice(0, 100),
      seesProbe: v.partnerId === DIST,
    };
  };

  const check = (login: string, res: Response, expected: Awaited<ReturnType<typeof expectedFor>>) => {
    const viewer = (
      res.data as {
        viewer: {
          member: { loginName: string };
          partner: { id: string; customers: { totalCount: number; nodes: { id: string }[] } };
        };
      }
    ).viewer;
    expect(viewer.member.loginName, login).toBe(expected.loginName);
    expect(viewer.partner.id, login).toBe(expected.partnerId);
    expect(viewer.partner.customers.totalCount, login).toBe(expected.total);
    expect(
      viewer.partner.customers.nodes.map((n) => n.id),
      login,
    ).toEqual(expected.first);
    if (expected.seesProbe) expect(res.data!.probe, login).toMatchObject({ id: probe });
    else {
      expect(res.data!.probe, login).toBeNull();
      expect(errorCodes(res), login).toEqual(['NOT_FOUND']);
    }
  };

  beforeAll(async () => {
    const [row] = await sql<{ id: number }>(server, "select id from sub_customer where account_name = 'yunfan-tech'");
    probe = gid('SubCustomer', row.id);
  });

  it('one after the other: each sees only its own partner', async () => {
    for (const login of ['dist-admin', 'other-dist-admin', 'dist-admin', 'reseller-admin', 'sp-admin', 'dist-admin']) {
      check(login, (await server.execute(QUERY, { probe }, tokens[login])) as Response, await expectedFor(login));
    }
  });

  it('interleaved concurrently: each sees only its own partner', async () => {
    const logins = ['dist-admin', 'other-dist-admin', 'reseller-admin', 'sp-admin'];
    const expected = Object.fromEntries(await Promise.all(logins.map(async (l) => [l, await expectedFor(l)] as const)));
    const sequence = Array.from({ length: 32 }, (_, i) => logins[(i * 7 + Math.floor(i / 4)) % logins.length]);
    const responses = await Promise.all(
      sequence.map((login) => server.execute(QUERY, { probe }, tokens[login]) as Promise<Response>),
    );
    for (const [i, res] of responses.entries()) check(sequence[i], res, expected[sequence[i]]);
  });

  it('permission answers are not carried between members either (coupon:records: dist-admin yes, dist-am no), sequentially and concurrently', async () => {
    const query = '{ viewer { partner { coupons(first: 1) { totalCount } } } }';
    const [{ n }] = await sql<{ n: number }>(
      server,
      'select count(*) n from coupon where partner_id = ? and expire_time between ? and ?',
      [DIST, monthsFromNow(-12), monthsFromNow(12)],
    );
    const verify = (login: string, res: Response) => {
      if (login === 'dist-am') {
        expect(res.data, login).toEqual({ viewer: { partner: { coupons: null } } });
        expect(errorCodes(res), login).toEqual(['FORBIDDEN']);
      } else if (login === 'reseller-admin') {
        expect(res.errors, login).toBeUndefined();
      } else {
        expect(res.errors, login).toBeUndefined();
        expect(
          (res.data!.viewer as { partner: { coupons: { totalCount: number } } }).partner.coupons.totalCount,
          login,
        ).toBe(Number(n));
      }
    };
    for (const login of ['dist-admin', 'dist-am', 'dist-ops', 'dist-am', 'dist-admin'])
      verify(login, (await server.execute(query, {}, tokens[login])) as Response);
    const sequence = Array.from(
      { length: 30 },
      (_, i) => ['dist-admin', 'dist-am', 'dist-ops', 'reseller-admin', 'dist-am'][i % 5],
    );
    const responses = await Promise.all(
      sequence.map((login) => server.execute(query, {}, tokens[login]) as Promise<Response>),
    );
    for (const [i, res] of responses.entries()) verify(sequence[i], res);
  });
});
