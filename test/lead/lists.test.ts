/** Lead lists: the same number of SQL statements at two page sizes (follow-ups, calls, managers, partners batched). */
import { describe, expect, it } from 'vitest';
import { LeadListDocument, LeadOperatorCallsDocument, LeadOperatorListDocument } from '../generated/graphql';
import { useTestServer, useTokens } from '../support/server';

const server = useTestServer();
const members = useTokens(server, ['dist-admin']);
const operators = useTokens(server, ['ops-admin'], 'OPERATOR');

describe('lead lists', () => {
  it('run the same number of statements for 2 and 5 leads', async () => {
    const small = await server.execute(LeadListDocument, { first: 2 }, members['dist-admin']);
    const large = await server.execute(LeadListDocument, { first: 5 }, members['dist-admin']);
    expect(large.data!.viewer.partner.leads!.nodes).toHaveLength(5);
    expect(large.sqlStatements).toBe(small.sqlStatements);
    const opSmall = await server.execute(LeadOperatorListDocument, { first: 2 }, operators['ops-admin']);
    const opLarge = await server.execute(LeadOperatorListDocument, { first: 10 }, operators['ops-admin']);
    expect(opLarge.data!.operatorViewer.leads!.nodes).toHaveLength(10);
    expect(opLarge.sqlStatements).toBe(opSmall.sqlStatements);
    const callsSmall = await server.execute(LeadOperatorCallsDocument, { first: 1 }, operators['ops-admin']);
    const callsLarge = await server.execute(LeadOperatorCallsDocument, { first: 5 }, operators['ops-admin']);
    expect(callsLarge.data!.operatorViewer.leadCallRequests!.nodes.length).toBeGreaterThan(1);
    expect(callsLarge.sqlStatements).toBe(callsSmall.sqlStatements);
  });

  it('gives the operator every partner’s leads, contacts in full', async () => {
    const res = await server.execute(LeadOperatorListDocument, { first: 100 }, operators['ops-admin']);
    const nodes = res.data!.operatorViewer.leads!.nodes;
    expect(new Set(nodes.map((n) => n.partner.name)).size).toBeGreaterThan(3);
    expect(nodes.every((n) => !n.contactAnonymised)).toBe(true);
    expect(nodes.some((n) => n.phone && /^\d{11}$/.test(n.phone))).toBe(true);
  });
});
