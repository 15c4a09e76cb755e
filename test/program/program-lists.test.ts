/**
 * The program lists: the operator's work lists cover every partner, nested partners are batched
 * (the same number of SQL statements at two page sizes), node(id:) answers only the own partner's
 * rows and needs the type's permission.
 */
import { describe, expect, it } from 'vitest';
import { toGlobalId } from '../../src/common/global-id';
import { PROGRAMS_QUERY, RESELLER_INVITATIONS_QUERY } from '../support/programs';
import { DIST } from '../support/demo';
import { sql } from '../support/rows';
import { useTestServer, useTokens } from '../support/server';

const server = useTestServer();
const members = useTokens(server, ['dist-admin', 'sp-admin', 'dist-am', 'other-dist-admin']);
const operators = useTokens(server, ['ops-eco'], 'OPERATOR');

// One list per request: two lists sharing the partner loader would count a cache hit as a saved statement.
const OPERATOR_LISTS = `query ProgramOperatorLists($first: Int) { operatorViewer {
  programInvitations(first: $first) { totalCount nodes { id status partner { name identity } } } } }`;

describe('program lists', () => {
  it('run the same number of SQL statements at two page sizes', async () => {
    await server.execute(OPERATOR_LISTS, { first: 1 }, operators['ops-eco']); // the token's first request warms its caches
    const small = await server.execute(OPERATOR_LISTS, { first: 1 }, operators['ops-eco']);
    // Both pages shorter than the lists (3 applications, 6 invitations seeded): the counts are queried alike.
    const large = await server.execute(OPERATOR_LISTS, { first: 2 }, operators['ops-eco']);
    expect(large.errors).toBeUndefined();
    const data = large.data as { operatorViewer: { programInvitations: { nodes: unknown[] } } };
    expect(data.operatorViewer.programInvitations.nodes.length).toBeGreaterThan(1);
    expect(large.sqlStatements).toBe(small.sqlStatements);
    const one = await server.execute(PROGRAMS_QUERY, { first: 1 }, members['sp-admin']);
    const many = await server.execute(PROGRAMS_QUERY, { first: 20 }, members['sp-admin']);
    expect(many.errors).toBeUndefined();
    expect(many.sqlStatements).toBe(one.sqlStatements);
    // Invited partners are loaded in one batch (pages of 4 and 100 both hold the accepted invitation).
    const four = await server.execute(RESELLER_INVITATIONS_QUERY, { first: 4 }, members['dist-admin']);
    const hundred = await server.execute(RESELLER_INVITATIONS_QUERY, { first: 100 }, members['dist-admin']);
    expect(JSON.stringify(four.data)).toContain('invitedPartner":{');
    expect(hundred.sqlStatements).toBe(four.sqlStatements);
  });

  it('node(id:) finds own rows only, with the type’s permission', async () => {
    const [row] = await sql<{ id: number }>(
      server,
      "select id from program_invitation where status = 'PENDING' order by id desc",
    );
    const [reseller] = await sql<{ id: number }>(
      server,
      'select id from reseller_invitation where distributor_id = ? order by id desc',
      [DIST],
    );
    const query = 'query ($id: ID!) { node(id: $id) { id } }';
    const invitation = toGlobalId('ProgramInvitation', row.id);
    const own = await server.execute<{ node: { id: string } | null }, unknown>(
      query,
      { id: invitation },
      members['sp-admin'],
    );
    expect(own.data!.node).toEqual({ id: invitation });
    const foreign = await server.execute<{ node: unknown }, unknown>(query, { id: invitation }, members['dist-admin']);
    expect(foreign.data!.node).toBeNull();
    const sent = toGlobalId('ResellerInvitation', reseller.id);
    expect(
      (await server.execute<{ node: unknown }, unknown>(query, { id: sent }, members['dist-admin'])).data!.node,
    ).toEqual({ id: sent });
    expect(
      (await server.execute<{ node: unknown }, unknown>(query, { id: sent }, members['other-dist-admin'])).data!.node,
    ).toBeNull();
    const am = await server.execute<unknown, unknown>(query, { id: invitation }, members['dist-am']);
    expect(am.errors?.map((e) => e.extensions?.code)).toEqual(['FORBIDDEN']);
  });
});
