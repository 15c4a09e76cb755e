import { beforeAll, describe, expect, it } from 'vitest';
import { CustomerNestedPageDocument, FundsResellerAccountsDocument } from '../generated/graphql';
import { useTestServer } from '../support/server';

const server = useTestServer();
let token: string;
beforeAll(async () => {
  token = await server.signIn('dist-admin');
});

describe('SQL statements per request', () => {
  it('the nested customer page runs the same number of statements for N = 10 and N = 100', async () => {
    const small = await server.execute(CustomerNestedPageDocument, { first: 10 }, token);
    const large = await server.execute(CustomerNestedPageDocument, { first: 100 }, token);
    expect(small.errors).toBeUndefined();
    expect(large.errors).toBeUndefined();
    expect(small.data!.viewer.partner.customers!.nodes).toHaveLength(10);
    // The seeded distributor has more than 50 customers, so the larger page really is larger.
    expect(large.data!.viewer.partner.customers!.nodes.length).toBeGreaterThan(50);
    const withCoupons = large.data!.viewer.partner.customers!.nodes.filter((c) => c.coupons!.nodes.length > 0);
    const withLineItems = large.data!.viewer.partner.customers!.nodes.filter((c) =>
      c.orders!.nodes.some((o) => o.lineItems.length > 0),
    );
    expect(withCoupons.length).toBeGreaterThan(0);
    expect(withLineItems.length).toBeGreaterThan(0);
    console.log(`nested customer page: ${small.sqlStatements} SQL statements at N=10, ${large.sqlStatements} at N=100`);
    expect(large.sqlStatements).toBe(small.sqlStatements);
    // viewer (member, roles, resellers) + customers + managers + coupons + orders + line items
    expect(small.sqlStatements).toBeLessThanOrEqual(9);
  });

  it("the resellers' accounts (cash, credit, bonus, deposit) are one statement whatever the page size", async () => {
    const one = await server.execute(FundsResellerAccountsDocument, { first: 1 }, token);
    const all = await server.execute(FundsResellerAccountsDocument, { first: 50 }, token);
    expect(one.errors).toBeUndefined();
    expect(all.errors).toBeUndefined();
    expect(one.data!.viewer.partner.resellers!.nodes).toHaveLength(1);
    expect(all.data!.viewer.partner.resellers!.nodes.length).toBeGreaterThan(1);
    expect(all.sqlStatements).toBe(one.sqlStatements);
  });
});
