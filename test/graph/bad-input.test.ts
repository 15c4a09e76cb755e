import { beforeAll, describe, expect, it } from 'vitest';
import { CustomerListDocument, NodeByIdDocument, NodesByIdsDocument } from '../generated/graphql';
import { useTestServer } from '../support/server';
import { firstErrorCode } from '../support/graphql';

const server = useTestServer();
let token: string;
beforeAll(async () => {
  token = await server.signIn('dist-admin');
});

describe('bad input answers with a clear error and a code', () => {
  it.each([0, 101, -1])('first: %i is BAD_USER_INPUT', async (first) => {
    const res = await server.execute(CustomerListDocument, { first }, token);
    expect(firstErrorCode(res)).toBe('BAD_USER_INPUT');
    expect(res.errors![0].message).toMatch(/first must be from 1 to 100/);
  });

  it('refuses first together with last, and a cursor that is not ours', async () => {
    expect(firstErrorCode(await server.execute(CustomerListDocument, { first: 5, last: 5 }, token))).toBe(
      'BAD_USER_INPUT',
    );
    expect(firstErrorCode(await server.execute(CustomerListDocument, { first: 5, after: 'garbage!' }, token))).toBe(
      'BAD_USER_INPUT',
    );
  });

  it.each([
    'not-base64!',
    'Zm9vOmJhcg',
    Buffer.from('SubCustomer:abc').toString('base64url'),
    Buffer.from('Spaceship:1').toString('base64url'),
    '',
  ])('a malformed or unknown-type global id %j is BAD_USER_INPUT', async (id) => {
    const res = await server.execute(NodeByIdDocument, { id }, token);
    expect(res.data?.node ?? null).toBeNull();
    expect(firstErrorCode(res)).toBe('BAD_USER_INPUT');
  });

  it('an unknown id of a known type is NOT_FOUND', async () => {
    const res = await server.execute(
      NodeByIdDocument,
      { id: Buffer.from('SubCustomer:99999999').toString('base64url') },
      token,
    );
    expect(res.data?.node).toBeNull();
    expect(firstErrorCode(res)).toBe('NOT_FOUND');
  });

  it('nodes(ids:) refuses more than 100 ids and reports each bad id at its index', async () => {
    const tooMany = await server.execute(
      NodesByIdsDocument,
      { ids: Array.from({ length: 101 }, (_, i) => Buffer.from(`SubCustomer:${i + 1}`).toString('base64url')) },
      token,
    );
    expect(firstErrorCode(tooMany)).toBe('BAD_USER_INPUT');
    const list = await server.execute(CustomerListDocument, { first: 1 }, token);
    const goodId = list.data!.viewer.partner.customers!.edges[0].node.id;
    const mixed = await server.execute(
      NodesByIdsDocument,
      { ids: [goodId, 'bad!', Buffer.from('SubCustomer:99999999').toString('base64url')] },
      token,
    );
    expect(mixed.data?.nodes).toEqual([{ __typename: 'SubCustomer', id: goodId }, null, null]);
    expect(mixed.errors?.map((e) => [e.path, e.extensions?.code])).toEqual([
      [['nodes', 1], 'BAD_USER_INPUT'],
      [['nodes', 2], 'NOT_FOUND'],
    ]);
  });

  it('a malformed date is BAD_USER_INPUT', async () => {
    const res = await server.execute(
      CustomerListDocument,
      { first: 5, filter: { associatedFrom: '2025-13-45' } },
      token,
    );
    expect(res.status).toBe(400);
    expect(firstErrorCode(res)).toBe('BAD_USER_INPUT');
  });

  it('a date range backwards is BAD_USER_INPUT', async () => {
    const res = await server.execute(
      CustomerListDocument,
      { first: 5, filter: { associatedFrom: '2025-06-01T00:00:00Z', associatedTo: '2025-01-01T00:00:00Z' } },
      token,
    );
    expect(firstErrorCode(res)).toBe('BAD_USER_INPUT');
  });

  it('the server is still healthy afterwards', async () => {
    const res = await fetch(`${server.url}/healthz`);
    expect(res.status).toBe(200);
  });
});
