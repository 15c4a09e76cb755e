import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config';
import { useTestServer } from '../support/server';
import { ROOT } from '../support/paths';

/**
 * The server runs operations through graphql-jit by default (src/http/compiled-executor.ts). Its
 * answers must be those of graphql-js, errors and HTTP status included: the same operations go to
 * a server of each kind, on two copies of the same seeded database, as several members.
 */
const operation = (file: string) => readFileSync(join(ROOT, 'bench', 'operations', file), 'utf8');

const jit = useTestServer();
const graphqlJs = useTestServer({}, { GRAPHQL_EXECUTOR: 'graphql-js' });

type Case = { name: string; query: string; variables?: Record<string, unknown>; as: string };

async function both(c: Case) {
  const [a, b] = await Promise.all(
    [jit, graphqlJs].map(async (server) => {
      const res = await server.execute(c.query, c.variables as never, await server.signIn(c.as));
      // Which errors arrive when a non-null field nulls the whole answer may differ in order; the set may not.
      const errors = res.errors?.map((e) => JSON.stringify([e.path, e.extensions?.code, e.message])).sort();
      return { status: res.status, data: res.data, errors };
    }),
  );
  return { jit: a, graphqlJs: b };
}

describe('graphql-jit answers exactly as graphql-js', () => {
  it('is the default executor, and GRAPHQL_EXECUTOR=graphql-js or a bad value is understood', () => {
    expect(loadConfig({ NODE_ENV: 'test', DATABASE_URL: 'sqlite::memory:' }).executor).toBe('jit');
    expect(
      loadConfig({ NODE_ENV: 'test', DATABASE_URL: 'sqlite::memory:', GRAPHQL_EXECUTOR: 'graphql-js' }).executor,
    ).toBe('graphql-js');
    expect(() => loadConfig({ NODE_ENV: 'test', DATABASE_URL: 'sqlite::memory:', GRAPHQL_EXECUTOR: 'fast' })).toThrow(
      /GRAPHQL_EXECUTOR/,
    );
  });

  const customerList = operation('customer-list.graphql');
  const dashboard = operation('dashboard.graphql');
  const cases: Case[] = [
    {
      name: 'the nested customer page (distributor admin)',
      query: customerList,
      variables: { first: 100 },
      as: 'dist-admin',
    },
    {
      name: 'the nested customer page (account manager: row scope)',
      query: customerList,
      variables: { first: 50 },
      as: 'dist-am',
    },
    {
      name: 'the nested customer page (reseller)',
      query: customerList,
      variables: { first: 20 },
      as: 'reseller-admin',
    },
    { name: 'the dashboard', query: dashboard, as: 'dist-admin' },
    {
      name: 'totalCount, computed lazily, and page info',
      query:
        '{ viewer { partner { customers(first: 3) { totalCount pageInfo { hasNextPage endCursor } } orders(first: 2) { totalCount } } } }',
      as: 'dist-admin',
    },
    {
      name: 'nodes(ids:) with good, malformed and unknown ids (errors at their index)',
      query: 'query ($ids: [ID!]!) { nodes(ids: $ids) { __typename id } }',
      variables: { ids: ['U3ViQ3VzdG9tZXI6MQ', 'bad!', Buffer.from('SubCustomer:99999999').toString('base64url')] },
      as: 'dist-admin',
    },
    {
      name: 'a malformed variable (HTTP 400, BAD_USER_INPUT)',
      query:
        'query ($from: DateTimeISO) { viewer { partner { customers(first: 1, filter: { associatedFrom: $from }) { totalCount } } } }',
      variables: { from: '2025-13-45' },
      as: 'dist-admin',
    },
    {
      name: 'a missing required variable',
      query: 'query ($ids: [ID!]!) { nodes(ids: $ids) { id } }',
      as: 'dist-admin',
    },
    {
      name: 'several operations and no operationName (HTTP 400, OPERATION_RESOLUTION_FAILURE)',
      query: 'query A { viewer { member { id } } } query B { viewer { partner { id } } }',
      as: 'dist-admin',
    },
    {
      name: 'fields the member may not read (refused one by one, the rest arrives)',
      query:
        '{ viewer { partner { name balance { amount { amount } } members(first: 2) { nodes { loginName email mobile } } } } }',
      as: 'dist-am',
    },
    {
      name: 'a list refused as a whole',
      query: '{ viewer { partner { roles { name } couponQuotas(first: 2) { nodes { quotaId } } } } }',
      as: 'dist-am',
    },
  ];

  for (const c of cases) {
    it(c.name, async () => {
      const answers = await both(c);
      expect(answers.jit).toEqual(answers.graphqlJs);
    });
  }

  it('the same mutation gives the same payload on both (sequences are equal on the two copies)', async () => {
    const query =
      'mutation ($input: CreateRoleInput!) { createRole(input: $input) { role { name permissionCodes } userErrors { code field message } } }';
    const first = await both({
      name: 'createRole',
      query,
      variables: { input: { name: 'Executor check', permissionCodes: ['customer:list'] } },
      as: 'dist-admin',
    });
    expect(first.jit).toEqual(first.graphqlJs);
    const duplicate = await both({
      name: 'createRole again',
      query,
      variables: { input: { name: 'Executor check', permissionCodes: ['customer:list'] } },
      as: 'dist-admin',
    });
    expect(duplicate.jit).toEqual(duplicate.graphqlJs);
  });
});
