import { describe, expect, it } from 'vitest';
import { CustomerDiscountsDocument } from '../generated/graphql';
import { demoMember } from '../../seeds/demo-data';
import { CustomerDiscount, CustomerDiscountType } from '../../src/modules/customer/customer-discount.entity';
import { SubCustomer } from '../../src/modules/customer/customer.entity';
import { useTestServer, useTokens } from '../support/server';
import { errorCodes } from '../support/graphql';
import { gid } from '../support/ids';
import { customerNamed } from '../support/rows';
import { DIST, RESELLER1 } from '../support/demo';
import { iso } from '../support/time';

const server = useTestServer();
const tokens = useTokens(server, ['dist-admin', 'dist-am', 'reseller-admin']);

const idOf = (globalId: string) => Number(Buffer.from(globalId, 'base64url').toString().split(':')[1]);

/** The API's view of discount rows, in the API's order (every-service first, then service, then start). */
function expected(rows: CustomerDiscount[]) {
  return [...rows]
    .sort(
      (a, b) =>
        (a.serviceTypeCode ?? '').localeCompare(b.serviceTypeCode ?? '') ||
        a.effectiveTime.getTime() - b.effectiveTime.getTime() ||
        a.id - b.id,
    )
    .map((d) => ({
      discountType: d.discountType,
      serviceTypeCode: d.serviceTypeCode ?? null,
      discountRate: d.rateBasisPoints / 10_000,
      effectiveTime: iso(d.effectiveTime),
      expireTime: iso(d.expireTime),
    }));
}

describe('SubCustomer.discounts (折扣信息)', () => {
  it("answers each customer its partner's current and future discounts, batched; all of them with includeExpired", async () => {
    const now = new Date();
    for (const includeExpired of [false, true]) {
      const res = await server.execute(CustomerDiscountsDocument, { first: 100, includeExpired }, tokens['dist-admin']);
      expect(res.errors).toBeUndefined();
      const customers = res.data!.viewer.partner.customers!.nodes;
      const rows = await server.em().find(CustomerDiscount, {
        partner: DIST,
        customer: { $in: customers.map((c) => idOf(c.id)) },
      });
      for (const customer of customers) {
        const own = rows.filter(
          (d) => d.customer.id === idOf(customer.id) && (includeExpired || d.expireTime == null || d.expireTime > now),
        );
        expect(customer.discounts, customer.accountName).toEqual(expected(own));
      }
      expect(customers.filter((c) => (c.discounts ?? []).length > 0).length).toBeGreaterThan(5);
    }
  });

  it('seeds a showcase customer with every kind and state: open-ended, dated, future and expired', async () => {
    const yunfan = await customerNamed(server, 'yunfan-tech');
    const query = `query($id: ID!, $all: Boolean) { node(id: $id) { ... on SubCustomer { discounts(includeExpired: $all) { discountType serviceTypeCode discountRate effectiveTime expireTime } } } }`;
    type Data = { node: { discounts: { discountType: string; expireTime: string | null; effectiveTime: string }[] } };
    const current = await server.execute<Data, unknown>(
      query,
      { id: gid('SubCustomer', yunfan.id) },
      tokens['dist-admin'],
    );
    const all = await server.execute<Data, unknown>(
      query,
      { id: gid('SubCustomer', yunfan.id), all: true },
      tokens['dist-admin'],
    );
    const now = Date.now();
    expect(current.data!.node.discounts.map((d) => d.discountType)).toEqual([
      CustomerDiscountType.PARTNER_DISCOUNT,
      CustomerDiscountType.COMMERCIAL_DISCOUNT,
      CustomerDiscountType.COMMERCIAL_DISCOUNT,
    ]);
    expect(current.data!.node.discounts[0].expireTime).toBeNull();
    expect(current.data!.node.discounts.some((d) => new Date(d.effectiveTime).getTime() > now)).toBe(true);
    const expired = all.data!.node.discounts.filter((d) => d.expireTime && new Date(d.expireTime).getTime() <= now);
    expect(expired.map((d) => d.discountType)).toEqual([CustomerDiscountType.PROMOTION]);
    expect(all.data!.node.discounts).toHaveLength(4);
  });

  it("is detail: an account manager sees only its customers', a distributor not its reseller's customers'", async () => {
    const am = await server.execute(CustomerDiscountsDocument, { first: 100 }, tokens['dist-am']);
    expect(am.errors).toBeUndefined();
    const managed = await server.em().find(SubCustomer, { partner: DIST, accountManager: demoMember('dist-am').id });
    expect(am.data!.viewer.partner.customers!.nodes.map((c) => idOf(c.id)).sort()).toEqual(
      managed
        .filter((c) => c.unboundAt == null)
        .map((c) => c.id)
        .sort(),
    );
    const resellerCustomer = await server.em().findOneOrFail(SubCustomer, {
      partner: RESELLER1,
      id: { $in: (await server.em().find(CustomerDiscount, { partner: RESELLER1 })).map((d) => d.customer.id) },
    });
    const id = gid('SubCustomer', resellerCustomer.id);
    const query = `query($id: ID!) { node(id: $id) { ... on SubCustomer { accountName discounts { discountRate } } } }`;
    const own = await server.execute<{ node: { discounts: unknown[] } }, unknown>(
      query,
      { id },
      tokens['reseller-admin'],
    );
    expect(own.errors).toBeUndefined();
    expect(own.data!.node.discounts.length).toBeGreaterThan(0);
    const distributor = await server.execute(query, { id }, tokens['dist-admin']);
    expect(errorCodes(distributor)).toEqual(['FORBIDDEN']);
  });

  it('runs the same number of SQL statements for 10 and 100 customers', async () => {
    const small = await server.execute(CustomerDiscountsDocument, { first: 10 }, tokens['dist-admin']);
    const large = await server.execute(CustomerDiscountsDocument, { first: 100 }, tokens['dist-admin']);
    expect(large.data!.viewer.partner.customers!.nodes.length).toBeGreaterThan(50);
    console.log(
      `customers → discounts: ${small.sqlStatements} SQL statements at N=10, ${large.sqlStatements} at N=100`,
    );
    expect(large.sqlStatements).toBe(small.sqlStatements);
  });
});
