/**
 * Three kinds of signed-in actor (issue 12, item 1): members, customers (cloud account holders) and
 * the cloud's operators sign in through the same signIn with `as`, get tokens that act only as their
 * kind, and each reads its own entry query; the other kinds' fields and operations are FORBIDDEN.
 */
import { describe, expect, it } from 'vitest';
import { DEMO_CUSTOMER_LOGINS, DEMO_PASSWORD } from '../../seeds';
import { SubCustomer } from '../../src/modules/customer/customer.entity';
import { Order } from '../../src/modules/order/order.entity';
import { Coupon } from '../../src/modules/coupon/coupon.entity';
import { AssociationEvent } from '../../src/modules/association/association.entity';
import { Partner } from '../../src/modules/partner/partner.entity';
import { errorCodes } from '../support/graphql';
import { useTestServer, useTokens } from '../support/server';

const SIGN_IN = `mutation ($input: SignInInput!) { signIn(input: $input) { token member { loginName } userErrors { code } } }`;
type SignInData = {
  signIn: { token: string | null; member: { loginName: string } | null; userErrors: { code: string }[] };
};

const CUSTOMER_VIEWER = `{
  customerViewer {
    account { accountName email mobile }
    association { id partnerName associationType associatedOn endedAt balance { amount } debt { amount } }
    orders(first: 100) { totalCount nodes { id status } }
    coupons(first: 100) { totalCount nodes { id couponId } }
    associationEvents(first: 100) { totalCount nodes { id eventType status } }
    orderAuthorization { status }
  }
}`;
type CustomerViewerData = {
  customerViewer: {
    account: { accountName: string; email: string | null; mobile: string | null };
    association: {
      id: string;
      partnerName: string;
      associationType: string;
      endedAt: string | null;
      balance: { amount: string } | null;
    } | null;
    orders: { totalCount: number; nodes: { id: string }[] };
    coupons: { totalCount: number; nodes: { id: string }[] };
    associationEvents: { totalCount: number; nodes: { id: string }[] };
    orderAuthorization: { status: string } | null;
  };
};

describe('signed-in actors', () => {
  const server = useTestServer();
  const members = useTokens(server, ['dist-admin']);
  const customers = useTokens(server, [DEMO_CUSTOMER_LOGINS.resale, DEMO_CUSTOMER_LOGINS.free], 'CUSTOMER');
  const operators = useTokens(server, ['ops-admin', 'ops-finance'], 'OPERATOR');

  it('signs each kind in with `as`; a name of one kind is unknown as another, and a disabled operator is refused', async () => {
    const as = async (loginName: string, kind: string, password = DEMO_PASSWORD) =>
      (await server.execute<SignInData, unknown>(SIGN_IN, { input: { loginName, password, as: kind } })).data!.signIn;
    const customer = await as('yunfan-tech', 'CUSTOMER');
    expect(customer.token).toEqual(expect.any(String));
    expect(customer.member).toBeNull();
    expect((await as('ops-admin', 'OPERATOR')).token).toEqual(expect.any(String));
    // A customer's account name is no member's login, a member's login no operator's.
    expect((await as('yunfan-tech', 'MEMBER')).userErrors.map((e) => e.code)).toEqual(['INVALID_CREDENTIALS']);
    expect((await as('dist-admin', 'OPERATOR')).userErrors.map((e) => e.code)).toEqual(['INVALID_CREDENTIALS']);
    expect((await as('ops-former', 'OPERATOR')).userErrors.map((e) => e.code)).toEqual(['INVALID_CREDENTIALS']);
    expect((await as('yunfan-tech', 'CUSTOMER', 'wrong-password')).userErrors.map((e) => e.code)).toEqual([
      'INVALID_CREDENTIALS',
    ]);
  }, 60_000);

  it("a customer reads its own account, its partner's name and its own rows, as in the database", async () => {
    const res = await server.execute<CustomerViewerData, unknown>(
      CUSTOMER_VIEWER,
      {},
      customers[DEMO_CUSTOMER_LOGINS.resale],
    );
    expect(res.errors).toBeUndefined();
    const me = res.data!.customerViewer;
    const em = server.em();
    const row = await em.findOneOrFail(SubCustomer, { accountName: DEMO_CUSTOMER_LOGINS.resale });
    const partner = await em.findOneOrFail(Partner, row.partner.id);
    expect(me.account.accountName).toBe(DEMO_CUSTOMER_LOGINS.resale);
    expect(me.association).toMatchObject({ id: row.globalId, partnerName: partner.name, associationType: 'RESALE' });
    expect(me.association!.balance!.amount).toBe((row.balance / 100).toFixed(2));
    expect(me.orders.totalCount).toBe(await em.count(Order, { customer: row.id }));
    expect(me.coupons.totalCount).toBe(await em.count(Coupon, { customer: row.id }));
    expect(me.associationEvents.totalCount).toBe(await em.count(AssociationEvent, { customer: row.id }));
    expect(me.orders.totalCount).toBeGreaterThan(0);
    // A constant number of statements: authentication (3) and one per list plus its count.
    expect(res.sqlStatements).toBeLessThanOrEqual(12);
  });

  it('a customer associated with no partner has an account and empty lists', async () => {
    const res = await server.execute<CustomerViewerData, unknown>(
      CUSTOMER_VIEWER,
      {},
      customers[DEMO_CUSTOMER_LOGINS.free],
    );
    expect(res.errors).toBeUndefined();
    expect(res.data!.customerViewer.association).toBeNull();
    expect(res.data!.customerViewer.orders.totalCount).toBe(0);
  });

  it("a customer token reaches no member's or operator's field or operation: FORBIDDEN, nothing changed", async () => {
    const token = customers[DEMO_CUSTOMER_LOGINS.resale];
    for (const query of [
      '{ viewer { member { loginName } } }',
      '{ operatorViewer { permissions } }',
      `{ node(id: "${(await server.em().findOneOrFail(SubCustomer, { accountName: 'tianyi-logistics' })).globalId}") { id } }`,
      'mutation { createRole(input: { name: "x", permissionCodes: [] }) { role { id } } }',
    ]) {
      const res = await server.execute<unknown, unknown>(query, {}, token);
      expect(errorCodes(res), query).toEqual(['FORBIDDEN']);
    }
  });

  it('an operator reads every partner (name, identity, status) but not their balances; members and customers cannot', async () => {
    const query = `{ operatorViewer { operator { loginName duty } permissions partners(first: 100) { totalCount nodes { name identity status } } } }`;
    const res = await server.execute<
      { operatorViewer: { operator: { duty: string }; permissions: string[]; partners: { totalCount: number } } },
      unknown
    >(query, {}, operators['ops-finance']);
    expect(res.errors).toBeUndefined();
    expect(res.data!.operatorViewer.operator.duty).toBe('FINANCE');
    expect(res.data!.operatorViewer.permissions).toContain('ops:remittance');
    expect(res.data!.operatorViewer.partners.totalCount).toBe(await server.em().count(Partner, {}));

    const balance = await server.execute<unknown, unknown>(
      '{ operatorViewer { partners(first: 1) { nodes { name balance { allocatable { amount } } members(first: 1) { totalCount } } } } }',
      {},
      operators['ops-admin'],
    );
    expect(errorCodes(balance)).toEqual(['FORBIDDEN', 'FORBIDDEN']);
    expect(errorCodes(await server.execute('{ viewer { member { id } } }', {}, operators['ops-admin']))).toEqual([
      'FORBIDDEN',
    ]);
    expect(
      errorCodes(await server.execute('{ customerViewer { account { accountName } } }', {}, operators['ops-admin'])),
    ).toEqual(['FORBIDDEN']);
    expect(errorCodes(await server.execute(query, {}, members['dist-admin']))).toEqual(['FORBIDDEN']);
    expect(
      errorCodes(await server.execute('{ customerViewer { account { accountName } } }', {}, members['dist-admin'])),
    ).toEqual(['FORBIDDEN']);
    expect(errorCodes(await server.execute(query, {}))).toEqual(['UNAUTHENTICATED']);
  });
});
