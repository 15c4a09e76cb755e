/**
 * Row scopes inside one partner (domain.md §3–4):
 * - an account manager (dist-am) sees only the customers assigned to it: lists, totals, filters and
 *   node(id:) (an unassigned customer is NOT_FOUND, exactly like an id that does not exist);
 * - a supervisor (dist-ams) sees its managers' customers (and those assigned to itself); its
 *   consumption queries name one account manager at a time, one it supervises;
 * - a member holding ACCOUNT_MANAGER plus another role (dist-am-ops) sees all customers;
 * - only a member who may list the resellers (reseller:list) sees the resellers' customers: the
 *   other members of the distributor get NOT_FOUND for them on node(id:) too.
 */
import { describe, expect, it } from 'vitest';
import { useTestServer, useTokens, type GraphQLResponse } from '../support/server';
import { demoMember } from '../../seeds/demo-data';
import { DIST, RESELLER1 } from '../support/demo';
import { errorCodes } from '../support/graphql';
import { billCycle } from '../support/time';
import { gid } from '../support/ids';
import { sql } from '../support/rows';

const server = useTestServer();
const tokens = useTokens(server, ['dist-admin', 'dist-am', 'dist-ams', 'dist-am-ops', 'dist-ops', 'dist-sa']);
const AM = demoMember('dist-am').id;
const AM2 = demoMember('dist-am2').id;
const AMS = demoMember('dist-ams').id;
const AM_OPS = demoMember('dist-am-ops').id;
const OTHER_AM = demoMember('other-dist-am').id;

type Response = GraphQLResponse<Record<string, unknown>>;

interface Page {
  totalCount: number;
  nodes: { id: string }[];
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
}

/** Every customer of viewer.partner.customers under `filter`, page by page, and the total. */
async function allCustomers(
  login: string,
  filter: Record<string, unknown> = {},
): Promise<{ ids: string[]; totalCount: number; res: Response[] }> {
  const ids: string[] = [];
  const responses: Response[] = [];
  let after: string | null = null;
  let totalCount = -1;
  for (let i = 0; i < 20; i++) {
    const res = (await server.execute(
      'query ($after: String, $filter: CustomerFilter) { viewer { partner { customers(first: 100, after: $after, filter: $filter) { totalCount nodes { id } pageInfo { hasNextPage endCursor } } } } }',
      { after, filter },
      tokens[login],
    )) as Response;
    responses.push(res);
    expect(res.errors).toBeUndefined();
    const page = (res.data!.viewer as { partner: { customers: Page } }).partner.customers;
    if (totalCount < 0) totalCount = page.totalCount;
    ids.push(...page.nodes.map((n) => n.id));
    if (!page.pageInfo.hasNextPage) break;
    after = page.pageInfo.endCursor;
  }
  return { ids, totalCount, res: responses };
}

async function dbCustomerIds(where: string, params: unknown[]): Promise<string[]> {
  return (await sql<{ id: number }>(server, `select id from sub_customer where ${where} order by id desc`, params)).map(
    (r) => gid('SubCustomer', r.id),
  );
}

async function node(login: string, id: string): Promise<Response> {
  return (await server.execute(
    'query ($id: ID!) { node(id: $id) { __typename id } }',
    { id },
    tokens[login],
  )) as Response;
}

/** A customer id of the distributor that exists for no one: past the largest id. */
async function neverExistingCustomer(): Promise<string> {
  const [{ max }] = await sql<{ max: number }>(server, 'select max(id) max from sub_customer');
  return gid('SubCustomer', max + 1000);
}

describe('dist-am (ACCOUNT_MANAGER alone)', () => {
  it('lists exactly its assigned customers, and totalCount counts exactly them', async () => {
    const { ids, totalCount } = await allCustomers('dist-am');
    const expected = await dbCustomerIds('partner_id = ? and account_manager_id = ?', [DIST, AM]);
    expect(expected.length).toBeGreaterThan(5);
    expect(ids).toEqual(expected);
    expect(totalCount).toBe(expected.length);
  });

  it('filters inside its assigned customers only (totals too)', async () => {
    const [assigned] = await sql<{ account_name: string; label: string }>(
      server,
      'select account_name, label from sub_customer where partner_id = ? and account_manager_id = ? and label is not null order by id limit 1',
      [DIST, AM],
    );
    const cases: [Record<string, unknown>, string, unknown[]][] = [
      [{ associationType: 'RESALE' }, 'partner_id = ? and account_manager_id = ? and association_type = 2', [DIST, AM]],
      [
        { associationType: 'ADVISORY' },
        'partner_id = ? and account_manager_id = ? and association_type = 1',
        [DIST, AM],
      ],
      [
        { label: assigned.label },
        'partner_id = ? and account_manager_id = ? and lower(label) like ?',
        [DIST, AM, `%${assigned.label.toLowerCase()}%`],
      ],
      [
        { accountName: 'a' },
        "partner_id = ? and account_manager_id = ? and lower(account_name) like '%a%'",
        [DIST, AM],
      ],
      [{ accountManagerId: gid('Member', AM) }, 'partner_id = ? and account_manager_id = ?', [DIST, AM]],
    ];
    for (const [filter, where, params] of cases) {
      const { ids, totalCount } = await allCustomers('dist-am', filter);
      const expected = await dbCustomerIds(where, params);
      expect(ids, JSON.stringify(filter)).toEqual(expected);
      expect(totalCount, JSON.stringify(filter)).toBe(expected.length);
    }
    // Filters that point at customers outside its scope find nothing, and count nothing.
    const [unassigned] = await sql<{ account_name: string }>(
      server,
      'select account_name from sub_customer where partner_id = ? and (account_manager_id is null or account_manager_id != ?) order by id limit 1',
      [DIST, AM],
    );
    for (const filter of [
      { accountManagerId: gid('Member', AM2) },
      { accountManagerId: gid('Member', AMS) },
      { accountName: unassigned.account_name },
      { accountName: 'qinghe-health' },
    ]) {
      const { ids, totalCount } = await allCustomers('dist-am', filter);
      expect(ids, JSON.stringify(filter)).toEqual([]);
      expect(totalCount, JSON.stringify(filter)).toBe(0);
    }
  });

  it('gets NOT_FOUND from node(id:) for an unassigned customer of its own partner, identical to an id that never existed', async () => {
    const [unassigned] = await sql<{ id: number }>(
      server,
      'select id from sub_customer where partner_id = ? and account_manager_id is null order by id limit 1',
      [DIST],
    );
    const [otherAm] = await sql<{ id: number }>(
      server,
      'select id from sub_customer where partner_id = ? and account_manager_id = ? order by id limit 1',
      [DIST, AM2],
    );
    const [assigned] = await sql<{ id: number }>(
      server,
      'select id from sub_customer where partner_id = ? and account_manager_id = ? order by id limit 1',
      [DIST, AM],
    );
    const missing = await node('dist-am', await neverExistingCustomer());
    expect(errorCodes(missing)).toEqual(['NOT_FOUND']);
    for (const id of [unassigned.id, otherAm.id]) {
      const res = await node('dist-am', gid('SubCustomer', id));
      expect(res.data).toEqual(missing.data);
      expect(res.errors).toEqual(missing.errors);
    }
    expect((await node('dist-am', gid('SubCustomer', assigned.id))).data).toEqual({
      node: { __typename: 'SubCustomer', id: gid('SubCustomer', assigned.id) },
    });
    // nodes(ids:) answers per index the same way.
    const many = (await server.execute(
      'query ($ids: [ID!]!) { nodes(ids: $ids) { id } }',
      { ids: [gid('SubCustomer', assigned.id), gid('SubCustomer', unassigned.id), gid('SubCustomer', otherAm.id)] },
      tokens['dist-am'],
    )) as Response;
    expect(many.data).toEqual({ nodes: [{ id: gid('SubCustomer', assigned.id) }, null, null] });
    expect((many.errors ?? []).map((e) => [e.extensions?.code, e.path])).toEqual([
      ['NOT_FOUND', ['nodes', 1]],
      ['NOT_FOUND', ['nodes', 2]],
    ]);
  });

  it('does not reach the rows of unassigned customers either (an order of one is NOT_FOUND)', async () => {
    const [order] = await sql<{ id: number }>(
      server,
      'select o.id from customer_order o join sub_customer c on c.id = o.customer_id where o.partner_id = ? and (c.account_manager_id is null or c.account_manager_id != ?) order by o.id limit 1',
      [DIST, AM],
    );
    expect(
      errorCodes(
        (await server.execute(
          'query ($id: ID!) { node(id: $id) { id } }',
          { id: gid('Order', order.id) },
          tokens['dist-am'],
        )) as Response,
      ),
    ).toEqual(['NOT_FOUND']);
  });
});

describe('dist-ams (ACCOUNT_MANAGER_SUPERVISOR alone)', () => {
  it('lists the customers of the managers it supervises and its own, with the matching total', async () => {
    const { ids, totalCount } = await allCustomers('dist-ams');
    const expected = await dbCustomerIds('partner_id = ? and account_manager_id in (?, ?, ?)', [DIST, AMS, AM, AM2]);
    expect(ids).toEqual(expected);
    expect(totalCount).toBe(expected.length);
    // The supervised managers come from the data, not from the test: both report to dist-ams.
    const supervised = await sql<{ id: number }>(server, 'select id from member where supervisor_id = ? order by id', [
      AMS,
    ]);
    expect(supervised.map((m) => m.id)).toEqual([AM, AM2]);
    // A customer with no manager, or with a manager it does not supervise, stays invisible.
    const [unassigned] = await sql<{ id: number }>(
      server,
      'select id from sub_customer where partner_id = ? and account_manager_id is null order by id limit 1',
      [DIST],
    );
    expect(errorCodes(await node('dist-ams', gid('SubCustomer', unassigned.id)))).toEqual(['NOT_FOUND']);
  });

  /** The bill cycle within the last 18 months with the most consumption attributed to dist-am. */
  async function billCycleOf(managerId: number): Promise<string> {
    const now = new Date();
    const oldest = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - 17, 1));
    const floor = `${oldest.getUTCFullYear()}-${String(oldest.getUTCMonth() + 1).padStart(2, '0')}`;
    const [row] = await sql<{ bill_cycle: string }>(
      server,
      'select bill_cycle from consumption_record where partner_id = ? and account_manager_id = ? and bill_cycle >= ? group by bill_cycle order by count(*) desc, bill_cycle desc limit 1',
      [DIST, managerId, floor],
    );
    return row?.bill_cycle ?? billCycle();
  }

  const consumption = (login: string, filter: Record<string, unknown>) =>
    server.execute(
      'query ($filter: ConsumptionFilter!) { viewer { partner { consumptionRecords(first: 100, filter: $filter) { totalCount nodes { id accountManager { id } } } } } }',
      { filter },
      tokens[login],
    ) as Promise<Response>;

  it('must name one account manager for consumption records', async () => {
    const billCycle = await billCycleOf(AM);
    const res = await consumption('dist-ams', { billCycle });
    expect(errorCodes(res)).toEqual(['BAD_USER_INPUT']);
    expect(res.errors![0].extensions?.field).toBe('filter.accountManagerId');
  });

  it("gets exactly one supervised manager's records when it names one", async () => {
    for (const manager of [AM, AM2, AMS]) {
      const billCycle = await billCycleOf(manager);
      const res = await consumption('dist-ams', { billCycle, accountManagerId: gid('Member', manager) });
      expect(res.errors).toBeUndefined();
      const expected = await sql<{ id: number }>(
        server,
        `select r.id from consumption_record r join sub_customer c on c.id = r.customer_id
         where r.partner_id = ? and r.bill_cycle = ? and r.account_manager_id = ? and c.account_manager_id in (?, ?, ?) order by r.id desc`,
        [DIST, billCycle, manager, AMS, AM, AM2],
      );
      const page = (
        res.data!.viewer as {
          partner: {
            consumptionRecords: { totalCount: number; nodes: { id: string; accountManager: { id: string } }[] };
          };
        }
      ).partner.consumptionRecords;
      expect(page.totalCount).toBe(expected.length);
      expect(page.nodes.map((n) => n.id)).toEqual(expected.slice(0, 100).map((r) => gid('ConsumptionRecord', r.id)));
      expect(new Set(page.nodes.map((n) => n.accountManager.id))).toEqual(
        new Set(page.nodes.length ? [gid('Member', manager)] : []),
      );
    }
  });

  it('is refused a manager it does not supervise (of its own partner or of another)', async () => {
    const billCycle = await billCycleOf(AM);
    for (const manager of [AM_OPS, OTHER_AM, demoMember('dist-admin').id]) {
      const res = await consumption('dist-ams', { billCycle, accountManagerId: gid('Member', manager) });
      expect(errorCodes(res), String(manager)).toEqual(['FORBIDDEN']);
      expect(res.data).toEqual({ viewer: { partner: { consumptionRecords: null } } });
    }
  });

  it('an account manager alone may name only itself', async () => {
    const billCycle = await billCycleOf(AM);
    expect((await consumption('dist-am', { billCycle, accountManagerId: gid('Member', AM) })).errors).toBeUndefined();
    expect(errorCodes(await consumption('dist-am', { billCycle, accountManagerId: gid('Member', AM2) }))).toEqual([
      'FORBIDDEN',
    ]);
  });
});

describe('dist-am-ops (ACCOUNT_MANAGER plus the custom operations role)', () => {
  it('sees every customer of its partner, assigned or not', async () => {
    const { ids, totalCount } = await allCustomers('dist-am-ops');
    const expected = await dbCustomerIds('partner_id = ?', [DIST]);
    expect(ids).toEqual(expected);
    expect(totalCount).toBe(expected.length);
    const [unassigned] = await sql<{ id: number }>(
      server,
      'select id from sub_customer where partner_id = ? and account_manager_id is null order by id limit 1',
      [DIST],
    );
    expect((await node('dist-am-ops', gid('SubCustomer', unassigned.id))).errors).toBeUndefined();
  });
});

describe("the resellers' customers inside the distributor", () => {
  // Before the fix in permissions/scopes.ts (visibleCustomerFilter), every member of the distributor
  // with customer:list — dist-am, dist-ams, dist-ops, dist-sa, dist-am-ops — read any reseller
  // customer's basic info (and its reseller) through node(id:), although none of them may list the
  // resellers (reseller:list), and an account manager sees only its assigned customers.
  it('are visible only to members who may list the resellers: the others get NOT_FOUND on node(id:)', async () => {
    const [resellerCustomer] = await sql<{ id: number }>(
      server,
      "select id from sub_customer where account_name = 'qinghe-health'",
    );
    const id = gid('SubCustomer', resellerCustomer.id);
    const missing = await node('dist-am', await neverExistingCustomer());
    for (const login of ['dist-am', 'dist-ams', 'dist-ops', 'dist-sa', 'dist-am-ops']) {
      const res = await node(login, id);
      expect(res.data, login).toEqual({ node: null });
      expect(res.errors, login).toEqual(missing.errors);
      // The list path is refused for them as it always was.
      const list = (await server.execute(
        '{ viewer { partner { resellers(first: 10) { nodes { id } } } } }',
        {},
        tokens[login],
      )) as Response;
      expect(errorCodes(list), login).toEqual(['FORBIDDEN']);
    }
    const admin = await node('dist-admin', id);
    expect(admin.data).toEqual({ node: { __typename: 'SubCustomer', id } });
    expect(
      (
        await sql<{ partner_id: number }>(server, 'select partner_id from sub_customer where id = ?', [
          resellerCustomer.id,
        ])
      )[0].partner_id,
    ).toBe(RESELLER1);
  });
});
