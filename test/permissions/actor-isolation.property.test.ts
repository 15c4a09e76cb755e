/**
 * Isolation between the three kinds of actor (issue 12, item 1), as properties over random draws:
 *   1. a customer's lists (customerViewer.orders / resources / coupons / associationEvents, any page
 *      size, next page included) hold its own rows only, exactly as many as the database has;
 *   2. a customer or an operator never reads a row through node(id:) / nodes(ids:) — whatever the id,
 *      of any partner or customer, or one that never existed — nor a member's entry query;
 *   3. no actor calls another kind's operation: a customer or an operator calling a partner member's
 *      mutation, a member or an operator calling a customer's, gets FORBIDDEN and nothing is written.
 * Plus the table itself: the mutations open to customers and to operators are exactly these.
 */
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { DEMO_CUSTOMER_LOGINS } from '../../seeds';
import { fromGlobalId } from '../../src/common/global-id';
import { AuditLog } from '../../src/modules/audit/audit.entity';
import { listFieldAccess } from '../../src/permissions/shield';
import { createSchema } from '../../src/schema';
import { errorCodes } from '../support/graphql';
import { gid } from '../support/ids';
import { sql } from '../support/rows';
import { useTestServer, useTokens } from '../support/server';

const server = useTestServer();
const CUSTOMERS = [
  DEMO_CUSTOMER_LOGINS.resale,
  DEMO_CUSTOMER_LOGINS.advisory,
  'tianyi-logistics',
  DEMO_CUSTOMER_LOGINS.free,
];
const customerTokens = useTokens(server, CUSTOMERS, 'CUSTOMER');
const operatorTokens = useTokens(server, ['ops-admin', 'ops-finance'], 'OPERATOR');
const memberTokens = useTokens(server, ['dist-admin', 'reseller-admin'], 'MEMBER');

/** Every row id of the types a customer's lists show, with the sub-customer it belongs to. */
const OWNED = {
  Order: 'customer_order',
  Resource: 'resource',
  Coupon: 'coupon',
  AssociationEvent: 'association_event',
};
type OwnedType = keyof typeof OWNED;
const owner = new Map<string, number>();
const subCustomerOf = new Map<string, number | null>();
let anyIds: string[] = [];

beforeAll(async () => {
  for (const [type, table] of Object.entries(OWNED)) {
    for (const row of await sql<{ id: number; customer_id: number }>(server, `select id, customer_id from ${table}`))
      owner.set(gid(type, row.id), Number(row.customer_id));
  }
  for (const name of CUSTOMERS) {
    const [row] = await sql<{ id: number }>(server, 'select id from sub_customer where account_name = ?', [name]);
    subCustomerOf.set(name, row ? Number(row.id) : null);
  }
  const others = await sql<{ id: number; t: string }>(
    server,
    "select id, 'SubCustomer' as t from sub_customer union all select id, 'Partner' from partner union all select id, 'Member' from member",
  );
  anyIds = [...owner.keys(), ...others.map((r) => gid(r.t, Number(r.id))), gid('Order', 999_999_999)];
}, 120_000);

const LIST_QUERY = (field: string) =>
  `query ($first: Int!, $after: String) { customerViewer { ${field}(first: $first, after: $after) { totalCount pageInfo { hasNextPage endCursor } nodes { id } } } }`;
const LIST_FIELD: Record<OwnedType, string> = {
  Order: 'orders',
  Resource: 'resources',
  Coupon: 'coupons',
  AssociationEvent: 'associationEvents',
};
type Page = {
  totalCount: number;
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  nodes: { id: string }[];
};

describe('actor isolation', () => {
  it("a customer's lists hold its own rows only, as many as the database has", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...CUSTOMERS),
        fc.constantFrom(...(Object.keys(OWNED) as OwnedType[])),
        fc.integer({ min: 1, max: 50 }),
        async (name, type, first) => {
          const field = LIST_FIELD[type];
          const read = async (after: string | null) => {
            const res = await server.execute<{ customerViewer: Record<string, Page> }, unknown>(
              LIST_QUERY(field),
              { first, after },
              customerTokens[name],
            );
            expect(res.errors).toBeUndefined();
            return res.data!.customerViewer[field];
          };
          const page = await read(null);
          const next = page.pageInfo.hasNextPage ? await read(page.pageInfo.endCursor) : null;
          const mine = subCustomerOf.get(name);
          for (const node of [...page.nodes, ...(next?.nodes ?? [])]) expect(owner.get(node.id)).toBe(mine);
          const expected = [...owner.entries()].filter(([id, c]) => c === mine && fromType(id) === type);
          expect(page.totalCount).toBe(mine == null ? 0 : expected.length);
        },
      ),
      { numRuns: 25 },
    );
  }, 180_000);

  it('a customer or an operator reads no row through node(id:) / nodes(ids:), and no member entry query', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...CUSTOMERS.map((n) => customerTokens[n]), ...Object.values(operatorTokens)),
        fc.array(fc.constantFrom(...anyIds), { minLength: 1, maxLength: 5 }),
        async (token, ids) => {
          const single = await server.execute<{ node: unknown }, unknown>(
            'query ($id: ID!) { node(id: $id) { id } }',
            { id: ids[0] },
            token,
          );
          expect(errorCodes(single)).toEqual(['FORBIDDEN']);
          expect(single.data?.node ?? null).toBeNull();
          const many = await server.execute<{ nodes: unknown }, unknown>(
            'query ($ids: [ID!]!) { nodes(ids: $ids) { id } }',
            { ids },
            token,
          );
          expect(errorCodes(many)).toEqual(['FORBIDDEN']);
          expect(many.data?.nodes ?? null).toBeNull();
          const viewer = await server.execute<unknown, unknown>('{ viewer { partner { name } } }', {}, token);
          expect(errorCodes(viewer)).toEqual(['FORBIDDEN']);
        },
      ),
      { numRuns: 25 },
    );
  }, 180_000);

  it("no actor calls another kind's operation: FORBIDDEN, nothing written", async () => {
    const [customerRow] = await sql<{ id: number }>(
      server,
      "select id from sub_customer where account_name = 'tianyi-logistics'",
    );
    const [order] = await sql<{ id: number }>(server, 'select id from customer_order order by id limit 1');
    const customerId = gid('SubCustomer', Number(customerRow.id));
    const PARTNER_OPERATIONS = [
      `mutation { allocateFunds(input: { allocations: [{ customerId: "${customerId}", amount: "1.00" }] }) { userErrors { code } } }`,
      `mutation { unbindCustomer(input: { customerId: "${customerId}" }) { userErrors { code } } }`,
      'mutation { createRole(input: { name: "intruder", permissionCodes: [] }) { userErrors { code } } }',
      `mutation { payOrder(input: { orderId: "${gid('Order', Number(order.id))}" }) { userErrors { code } } }`,
      'mutation { updatePartnerSettings(input: { verificationEnabled: false }) { userErrors { code } } }',
    ];
    const CUSTOMER_OPERATIONS = [
      'mutation { grantOrderAuthorization { userErrors { code } } }',
      'mutation { requestUnbind(input: { reason: "x" }) { userErrors { code } } }',
      `mutation { answerUnbindRequest(input: { eventId: "${gid('AssociationEvent', 1)}", approve: true }) { userErrors { code } } }`,
    ];
    const notCustomers = [...Object.values(operatorTokens), ...Object.values(memberTokens)];
    const notMembers = [...CUSTOMERS.map((n) => customerTokens[n]), ...Object.values(operatorTokens)];
    const audit = await server.em().count(AuditLog, {});
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(
          fc.tuple(fc.constantFrom(...notMembers), fc.constantFrom(...PARTNER_OPERATIONS)),
          fc.tuple(fc.constantFrom(...notCustomers), fc.constantFrom(...CUSTOMER_OPERATIONS)),
        ),
        async ([token, document]) => {
          const res = await server.execute<unknown, unknown>(document, {}, token);
          expect(errorCodes(res), document).toEqual(['FORBIDDEN']);
        },
      ),
      { numRuns: 40 },
    );
    expect(await server.em().count(AuditLog, {})).toBe(audit);
  }, 180_000);

  it('opens exactly these operations to customers and operators (the access table)', async () => {
    const rows = listFieldAccess(await createSchema()).filter((r) => /^(Query|Mutation)\./.test(r.field));
    const open = (kind: 'CUSTOMER' | 'OPERATOR') =>
      rows
        .filter(({ access }) => {
          if (!access) return false;
          if (access.kind === 'public') return true;
          if (access.kind === 'actors') return access.kinds.includes(kind);
          return access.kind === (kind === 'CUSTOMER' ? 'customer' : 'operator');
        })
        .map((r) => r.field)
        .sort();
    expect(open('CUSTOMER')).toEqual([
      'Mutation.acceptCustomerInvitation',
      'Mutation.acceptMemberInvitation',
      'Mutation.acceptPaymentAgreement',
      'Mutation.answerUnbindRequest',
      'Mutation.grantOrderAuthorization',
      'Mutation.markNotificationsRead',
      'Mutation.placeExclusiveOfferOrder',
      'Mutation.rejectPaymentAgreement',
      'Mutation.requestUnbind',
      'Mutation.requestVerificationCode',
      'Mutation.revokeOrderAuthorization',
      'Mutation.signIn',
      'Mutation.terminatePaymentAgreement',
      'Query.customerViewer',
    ]);
    expect(open('OPERATOR')).toEqual([
      'Mutation.acceptMemberInvitation',
      'Mutation.assessSpecialistApplication',
      'Mutation.completeLeadCall',
      'Mutation.confirmRemittanceClaim',
      'Mutation.dispatchLead',
      'Mutation.dispatchMarketingTask',
      'Mutation.handleCloudLabApplication',
      'Mutation.handleProgramApplication',
      'Mutation.inviteToDevelopmentPath',
      'Mutation.moveInvoice',
      'Mutation.payWithdrawal',
      'Mutation.processIncentive',
      'Mutation.rejectRemittanceClaim',
      'Mutation.rejectWithdrawal',
      'Mutation.reviewOpportunity',
      'Mutation.reviewSolution',
      'Mutation.settleRechargePayment',
      'Mutation.signIn',
      'Query.operatorViewer',
    ]);
  });
});

const fromType = (id: string) => fromGlobalId(id)?.type;
