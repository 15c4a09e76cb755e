/**
 * Property: for any signed-in demo member and any global ids drawn from the WHOLE database (every
 * partner, every node type, plus ids that never existed), node(id:) and nodes(ids:)
 *   1. return exactly the rows the domain model says the member may read (type permission and
 *      row rule of domain.md §4, computed independently in test/support/permission-model.ts),
 *      NOT_FOUND for the others, and refuse the whole field (FORBIDDEN) when a type is not readable
 *      at all;
 *   2. never return, at any depth of the object graph reached from them, an object whose owning
 *      partner (read from the database) is not visible to the member: own partner; for a
 *      distributor also its resellers' Partner rows, their customers and their quotas; for a
 *      reseller its parent's Partner row;
 *   3. show a reseller's customer to its distributor with basic info only (email stays null).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { useTestServer, type GraphQLResponse } from '../support/server';
import type { GraphQLObjectType, GraphQLSchema } from 'graphql';
import { fromGlobalId } from '../../src/common/global-id';
import { createSchema } from '../../src/schema';
import {
  NODE_TYPES,
  collectObjects,
  loadWorld,
  nodeVisible,
  readPermission,
  rowVisible,
  viewerModel,
  type NodeType,
  type ViewerModel,
  type World,
} from '../support/permission-model';
import { gid } from '../support/ids';
import { sql } from '../support/rows';
import { errorCodes } from '../support/graphql';

const server = useTestServer();
let world: World;
const tokens: Record<string, string> = {};
const viewers: Record<string, ViewerModel> = {};
let logins: string[] = [];

beforeAll(async () => {
  world = await loadWorld(server);
  QUERY = buildQuery(await createSchema());
  // Every member that can sign in (CANCELLED members cannot).
  logins = (
    await sql<{ login_name: string }>(server, "select login_name from member where status = 'ACTIVE' order by id")
  ).map((m) => m.login_name);
  expect(logins.length).toBeGreaterThanOrEqual(15);
  for (const login of logins) {
    tokens[login] = await server.signIn(login);
    viewers[login] = viewerModel(world, login);
  }
});

const REF = '{ __typename id }';
/** What each type links to (first word: the field name). */
const LINKS: Record<NodeType, string[]> = {
  Partner: ['name'],
  SubCustomer: ['accountName', 'email', `partner ${REF}`],
  Coupon: [`customer ${REF}`, `quota ${REF}`, `usedOnOrder ${REF}`],
  CouponQuota: [`partner ${REF}`, `parentQuota ${REF}`, `subQuotas(first: 5) { nodes ${REF} }`],
  CouponRecord: [`coupon ${REF}`, `customer ${REF}`, `operator ${REF}`],
  QuotaRecord: [`quota ${REF}`, `parentQuota ${REF}`, `reseller ${REF}`, `operator ${REF}`],
  Order: [`customer ${REF}`, `resources(first: 3) { nodes ${REF} }`],
  Resource: [`customer ${REF}`, `order ${REF}`, `parentResource ${REF}`, `dependents ${REF}`],
  OrderAuthorization: [`customer ${REF}`],
  AssociationEvent: [`customer ${REF}`, `handledBy ${REF}`],
  ConsumptionRecord: [`customer ${REF}`, `accountManager ${REF}`],
  AdjustRecord: ['counterparty { __typename ... on Partner { id } ... on SubCustomer { id } }', `operator ${REF}`],
  AccountChangeRecord: [`customer ${REF}`],
  Member: [`partner ${REF}`, `supervisor ${REF}`, `supervisedManagers ${REF}`, `roles ${REF}`],
  MemberInvitation: [`invitedBy ${REF}`, `roles ${REF}`],
  Role: ['name'],
  CustomerInvitation: ['token', 'acceptedCount'],
  CloudStoreOrder: ['orderNo', `customer ${REF}`],
  Invoice: ['invoiceNo', `orders ${REF}`],
  RechargePayment: ['paymentReference', `partner ${REF}`],
  RemittanceClaim: ['bankReference', `partner ${REF}`],
  Withdrawal: ['bankAccountNumber', `partner ${REF}`],
  IncentiveRecord: [`partner ${REF}`, 'period'],
  Lead: [`partner ${REF}`, 'companyName', 'phone'],
  Opportunity: ['customerName', 'cloudAccountName'],
  MarketingTask: [`customer ${REF}`, `accountManager ${REF}`, `resources ${REF}`],
  ExclusiveOfferLink: ['token', 'productCode'],
  ProgramMembership: ['kind', 'status'],
  ProgramInvitation: ['email', `partner ${REF}`],
  ProgramApplication: ['businessInfo', `partner ${REF}`],
  ResellerInvitation: ['email', `invitedPartner ${REF}`],
  ProgramCertificate: [`joinedBy ${REF}`, 'certificateNo'],
  CloudLabApplication: [`applicant ${REF}`, `partner ${REF}`, 'purpose'],
  Solution: [`partner ${REF}`, 'statusName'],
};
/**
 * The query. Fields of one response name must have the same type on every type of the selection
 * (nullability included), so a field whose type differs between types gets a per-type alias; the
 * types are read from the schema, which changes as refusable fields become nullable.
 */
function buildQuery(schema: GraphQLSchema): string {
  const typeOf = (type: NodeType, field: string) =>
    String((schema.getType(type) as GraphQLObjectType).getFields()[field].type);
  const typesByName = new Map<string, Set<string>>();
  for (const type of NODE_TYPES)
    for (const f of LINKS[type]) {
      const name = f.split(/[\s(]/)[0];
      (typesByName.get(name) ?? typesByName.set(name, new Set()).get(name)!).add(typeOf(type, name));
    }
  const nested = NODE_TYPES.map((type) => {
    const fields = LINKS[type].map((f) => {
      const name = f.split(/[\s(]/)[0];
      return typesByName.get(name)!.size > 1 ? `${type}_${name}: ${f}` : f;
    });
    return `... on ${type} { ${fields.join(' ')} }`;
  }).join('\n');
  return `query ($ids: [ID!]!, $first: ID!) {
  flat: nodes(ids: $ids) { __typename id }
  deep: nodes(ids: $ids) { __typename id ${nested} }
  one: node(id: $first) { __typename id }
}`;
}
let QUERY = '';

type Response = GraphQLResponse<{ flat: ({ id: string } | null)[]; deep: unknown[]; one: { id: string } | null }>;

interface Pick {
  type: NodeType;
  index: number;
  missing: boolean;
  /** Draw from the rows of the member's own partner and the partners related to it (else from all rows). */
  near: boolean;
}

const pickArb: fc.Arbitrary<Pick> = fc.record({
  type: fc.constantFrom(...NODE_TYPES),
  index: fc.nat({ max: 100_000 }),
  missing: fc.integer({ min: 0, max: 9 }).map((n) => n === 0),
  near: fc.boolean(),
});

describe('node(id:) / nodes(ids:) never return a row the member may not see', () => {
  it('holds for random members and random ids of every type from every partner', async () => {
    const stats = { runs: 0, returned: 0, refusedWhole: 0, notFound: 0, nestedChecked: 0 };
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...logins),
        fc.array(pickArb, { minLength: 1, maxLength: 8 }),
        fc.boolean(),
        async (login, picks, onlyReadable) => {
          const v = viewers[login];
          // Mostly ask only for types the member may read, so row rules (not type refusals) are exercised.
          const chosen = onlyReadable
            ? picks.filter((p) => {
                const code = readPermission(p.type);
                return !code || v.permissions.has(code);
              })
            : picks;
          if (chosen.length === 0) return;
          const related = new Set([v.partnerId, ...v.resellerIds, ...(v.parentId ? [v.parentId] : [])]);
          const ids = chosen.map((p) => {
            const all = world.rows.get(p.type)!;
            const near = all.filter((r) => related.has(r.owner));
            const rows = p.near && near.length > 0 ? near : all;
            return p.missing || rows.length === 0
              ? gid(p.type, world.maxId.get(p.type)! + 1 + (p.index % 50))
              : gid(p.type, rows[p.index % rows.length].id);
          });
          const res = (await server.execute(QUERY, { ids, first: ids[0] }, tokens[login])) as Response;
          stats.runs += 1;
          expect(res.status, JSON.stringify(res.errors)).toBe(200);
          const codes = errorCodes(res);
          expect(codes).not.toContain('INTERNAL_SERVER_ERROR');

          const unreadable = chosen.some((p) => {
            const code = readPermission(p.type);
            return code && !v.permissions.has(code);
          });
          if (unreadable) {
            // nodes(ids:) is refused as a whole, before any lookup; it is non-null, so data is null.
            expect(res.data).toBeNull();
            // Only FORBIDDEN for the lists; `one: node(id:)` may still report its own lookup (NOT_FOUND)
            // if it finished before the answer was built (graphql-jit always waits for it).
            const listErrors = (res.errors ?? []).filter((e) => e.path?.[0] !== 'one');
            expect(new Set(listErrors.map((e) => e.extensions?.code))).toEqual(new Set(['FORBIDDEN']));
            expect(new Set(codes)).toContain('FORBIDDEN');
            for (const e of res.errors ?? [])
              if (e.path?.[0] === 'one') expect(['FORBIDDEN', 'NOT_FOUND']).toContain(e.extensions?.code);
            stats.refusedWhole += 1;
            return;
          }

          // 1. Exactly the visible rows, each at its index; NOT_FOUND for the others.
          const flat = res.data!.flat;
          ids.forEach((id, i) => {
            const parsed = fromGlobalId(id)!;
            const row = world.byKey.get(`${parsed.type}:${parsed.id}`);
            const visible = row != null && nodeVisible(world, v, row);
            if (visible) {
              expect(flat[i], `${login} ${parsed.type}:${parsed.id}`).toEqual({ __typename: parsed.type, id });
              stats.returned += 1;
            } else {
              expect(flat[i], `${login} ${parsed.type}:${parsed.id} (owner ${row?.owner ?? 'none'})`).toBeNull();
              const error = res.errors!.find((e) => JSON.stringify(e.path) === JSON.stringify(['flat', i]));
              expect(error?.extensions?.code).toBe('NOT_FOUND');
              stats.notFound += 1;
            }
          });
          expect(res.data!.one).toEqual(flat[0]);

          // 2. Nothing at any depth belongs to a partner the member may not see.
          for (const object of collectObjects(res.data!.deep)) {
            const parsed = fromGlobalId(object.id);
            expect(parsed?.type, object.path).toBe(object.typename);
            const row = world.byKey.get(`${parsed!.type}:${parsed!.id}`);
            expect(row, `${object.path} ${object.typename}:${parsed!.id}`).toBeDefined();
            expect(
              rowVisible(world, v, row!),
              `${login} got ${object.typename}:${row!.id} of partner ${row!.owner} at deep${object.path}`,
            ).toBe(true);
            stats.nestedChecked += 1;
          }

          // 3. A reseller's customer carries its basic info only.
          for (const object of collectObjects(res.data!.deep)) {
            if (object.typename !== 'SubCustomer') continue;
            const row = world.byKey.get(`SubCustomer:${fromGlobalId(object.id)!.id}`)!;
            if (row.owner === v.partnerId) continue;
            const value = object.path
              .split(/\.|\[|\]/)
              .filter(Boolean)
              .reduce<unknown>((at, key) => (at as Record<string, unknown>)[key], res.data!.deep);
            expect(
              (value as { email?: unknown }).email ?? null,
              `${login} read a reseller customer's email`,
            ).toBeNull();
          }
        },
      ),
      // 260 runs: the program types (read by administrators only) refuse more whole requests.
      { numRuns: 260 },
    );
    console.log(`property runs: ${JSON.stringify(stats)}`);
    expect(stats.returned).toBeGreaterThan(100);
    expect(stats.notFound).toBeGreaterThan(50);
    // ≈ 6 s on an idle 2-core machine; the limit leaves room for a loaded CI box.
  }, 120_000);
});
