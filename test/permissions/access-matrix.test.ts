/**
 * The access matrix of domain.md §4: {own, sibling reseller, parent distributor, child reseller,
 * unrelated partner} × {partner row, customer, coupon, quota, order, adjust record, account change
 * record, coupon record, member, role} × {read}, for several viewers. Every cell takes a real row of
 * the related partner from the database and reads it twice:
 *   - node: node(id:) and nodes(ids: [id]);
 *   - list: the list that would hold it (own: viewer.partner.X; child: viewer.partner.resellers →
 *     X; parent: viewer.partner.parent → X; sibling/unrelated: node(id: thatPartner) → X), plus,
 *     for rows of other partners, the viewer's own list filtered so that it would match the row.
 * Both must give the expected outcome, and a denied row must not appear anywhere in a response.
 *
 * The "change" dimension (end of this file): for every mutation of the running schema that takes an
 * id, attempts on another partner's rows must be refused with every business table unchanged (row
 * counts and contents), reveal nothing of the row, and answer like an id that never existed; a
 * positive control per mutation family shows the same input goes through on own rows. Mutations of
 * the schema without a case are printed as pending.
 */
import { createHash } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import { isObjectType } from 'graphql';
import { useTestServer, type GraphQLResponse } from '../support/server';
import { demoPartner, type DemoPartnerKey } from '../../seeds/demo-data';
import { createSchema } from '../../src/schema';
import { fromGlobalId } from '../../src/common/global-id';
import { loadWorld, printTable, viewerModel, type ViewerModel, type World } from '../support/permission-model';
import { gid } from '../support/ids';
import { DAY, millis } from '../support/time';
import { sql } from '../support/rows';

type Relation = 'own' | 'sibling' | 'parent' | 'child' | 'unrelated';
type Resource =
  | 'partner'
  | 'customer'
  | 'coupon'
  | 'quota'
  | 'order'
  | 'adjustRecord'
  | 'accountChange'
  | 'couponRecord'
  | 'member'
  | 'role'
  | 'rechargePayment'
  | 'remittanceClaim'
  | 'withdrawal'
  | 'lead'
  | 'opportunity'
  | 'marketingTask'
  | 'exclusiveOfferLink'
  | 'programCertificate'
  | 'cloudLabApplication'
  | 'solution';
type Outcome = 'allow' | 'deny';

const RESOURCES: Resource[] = [
  'partner',
  'customer',
  'coupon',
  'quota',
  'order',
  'adjustRecord',
  'accountChange',
  'couponRecord',
  'member',
  'role',
  'rechargePayment',
  'remittanceClaim',
  'withdrawal',
  'marketingTask',
  'exclusiveOfferLink',
  'programCertificate',
  'cloudLabApplication',
  'solution',
];

const allow = (): Record<Resource, Outcome> =>
  Object.fromEntries(RESOURCES.map((r) => [r, 'allow'])) as Record<Resource, Outcome>;
const deny = (): Record<Resource, Outcome> =>
  Object.fromEntries(RESOURCES.map((r) => [r, 'deny'])) as Record<Resource, Outcome>;

/**
 * Expected outcome per relation and resource, straight from domain.md §4: own rows are visible; a
 * distributor also sees its resellers (Partner row), their quotas and their customers (basic info);
 * a reseller sees its parent's Partner row (name only); nothing else of another partner.
 */
const EXPECTED: Record<Relation, Record<Resource, Outcome>> = {
  own: allow(),
  child: { ...deny(), partner: 'allow', customer: 'allow', quota: 'allow' },
  parent: { ...deny(), partner: 'allow' },
  sibling: deny(),
  unrelated: deny(),
};

/** Viewers and the partners that stand in each relation to them. */
const VIEWERS: { login: string; cells: [Relation, DemoPartnerKey][] }[] = [
  {
    login: 'dist-admin',
    cells: [
      ['own', 'dist'],
      ['child', 'reseller1'],
      ['unrelated', 'other-dist'],
      ['unrelated', 'other-reseller'],
    ],
  },
  {
    login: 'reseller-admin',
    cells: [
      ['own', 'reseller1'],
      ['sibling', 'reseller2'],
      ['parent', 'dist'],
      ['unrelated', 'other-dist'],
    ],
  },
  {
    login: 'reseller2-admin',
    cells: [
      ['own', 'reseller2'],
      ['sibling', 'reseller1'],
      ['parent', 'dist'],
      ['unrelated', 'other-reseller'],
    ],
  },
  {
    login: 'other-dist-admin',
    cells: [
      ['own', 'other-dist'],
      ['child', 'other-reseller'],
      ['unrelated', 'dist'],
      ['unrelated', 'reseller1'],
    ],
  },
  {
    login: 'sp-admin',
    cells: [
      ['own', 'sp'],
      ['unrelated', 'dist'],
      ['unrelated', 'reseller2'],
    ],
  },
];

const server = useTestServer();
let world: World;
const tokens: Record<string, string> = {};

beforeAll(async () => {
  world = await loadWorld(server);
  for (const { login } of VIEWERS) tokens[login] = await server.signIn(login);
});

/** A row of one resource of one partner, and how a list can be narrowed to it. */
interface Target {
  type: string;
  id: number;
  /** The list field of Partner that holds the row, with arguments narrowing it to the row. */
  list: string | null;
  /** The list's filter matches this row's customer exactly (not a fuzzy text match), so a total over another partner's list must be 0. */
  exactFilter?: boolean;
}

async function pickTarget(partnerId: number, resource: Resource): Promise<Target> {
  const one = async (query: string, params: unknown[] = [partnerId]) => {
    const [row] = await sql<Record<string, number | string | Date>>(server, query, params);
    if (!row) throw new Error(`the seed holds no ${resource} of partner ${partnerId}`);
    return row;
  };
  // Rows about a customer that is still associated with the row's partner (so filters by customer find them).
  const stillOwn = (table: string, extra = '') =>
    `select t.id, t.customer_id from ${table} t join sub_customer s on s.id = t.customer_id and s.partner_id = t.partner_id where t.partner_id = ? ${extra} order by t.id limit 1`;
  switch (resource) {
    case 'partner':
      return { type: 'Partner', id: partnerId, list: null };
    case 'customer': {
      const row = await one('select id, account_name from sub_customer where partner_id = ? order by id limit 1');
      return {
        type: 'SubCustomer',
        id: row.id as number,
        list: `customers(first: 100, filter: { accountName: ${JSON.stringify(row.account_name)} })`,
      };
    }
    case 'coupon': {
      // The coupon expiring last (the seed's default-validity coupon expires past the 12-month
      // default window of the lists): `all: true` finds it on every path where it may be seen.
      const row = await one(
        'select t.id, t.customer_id from coupon t join sub_customer s on s.id = t.customer_id and s.partner_id = t.partner_id where t.partner_id = ? order by t.expire_time desc, t.id limit 1',
      );
      return {
        type: 'Coupon',
        id: row.id as number,
        exactFilter: true,
        list: `coupons(first: 100, filter: { customerId: "${gid('SubCustomer', row.customer_id as number)}", all: true })`,
      };
    }
    case 'quota': {
      const row = await one('select id from coupon_quota where partner_id = ? order by id limit 1');
      return { type: 'CouponQuota', id: row.id as number, list: 'couponQuotas(first: 100)' };
    }
    case 'order': {
      const row = await one(
        'select t.id, t.customer_id, t.create_time from customer_order t join sub_customer s on s.id = t.customer_id and s.partner_id = t.partner_id where t.partner_id = ? order by t.id desc limit 1',
      );
      const created = millis(row.create_time);
      const from = new Date(created - DAY).toISOString();
      const to = new Date(created + DAY).toISOString();
      return {
        type: 'Order',
        id: row.id as number,
        exactFilter: true,
        list: `orders(first: 100, filter: { customerId: "${gid('SubCustomer', row.customer_id as number)}", createdFrom: "${from}", createdTo: "${to}" })`,
      };
    }
    case 'adjustRecord': {
      const row = await one(stillOwn('adjust_record'));
      return {
        type: 'AdjustRecord',
        id: row.id as number,
        exactFilter: true,
        list: `adjustRecords(first: 100, filter: { customerId: "${gid('SubCustomer', row.customer_id as number)}" })`,
      };
    }
    case 'accountChange': {
      const row = await one(stillOwn('account_change_record'));
      return {
        type: 'AccountChangeRecord',
        id: row.id as number,
        exactFilter: true,
        list: `accountChangeRecords(first: 100, filter: { customerId: "${gid('SubCustomer', row.customer_id as number)}" })`,
      };
    }
    case 'couponRecord': {
      const row = await one(stillOwn('coupon_record'));
      return {
        type: 'CouponRecord',
        id: row.id as number,
        exactFilter: true,
        list: `couponRecords(first: 100, filter: { customerId: "${gid('SubCustomer', row.customer_id as number)}" })`,
      };
    }
    case 'member': {
      const row = await one(
        "select id, login_name from member where partner_id = ? and status = 'ACTIVE' order by id limit 1",
      );
      return {
        type: 'Member',
        id: row.id as number,
        list: `members(first: 100, filter: { loginName: ${JSON.stringify(row.login_name)} })`,
      };
    }
    case 'rechargePayment': {
      const row = await one('select id from recharge_payment where partner_id = ? order by id limit 1');
      return { type: 'RechargePayment', id: row.id as number, list: 'rechargePayments(first: 100)' };
    }
    case 'remittanceClaim': {
      const row = await one('select id from remittance_claim where partner_id = ? order by id limit 1');
      return { type: 'RemittanceClaim', id: row.id as number, list: 'remittanceClaims(first: 100)' };
    }
    case 'withdrawal': {
      const row = await one('select id from withdrawal where partner_id = ? order by id limit 1');
      return { type: 'Withdrawal', id: row.id as number, list: 'withdrawals(first: 100)' };
    }
    case 'lead': {
      const row = await one('select id from lead where partner_id = ? order by id limit 1');
      return { type: 'Lead', id: row.id as number, list: 'leads(first: 100)' };
    }
    case 'opportunity': {
      const row = await one('select id from opportunity where partner_id = ? order by id limit 1');
      return { type: 'Opportunity', id: row.id as number, list: 'opportunities(first: 100)' };
    }
    case 'marketingTask': {
      const row = await one('select id from marketing_task where partner_id = ? order by id limit 1');
      return { type: 'MarketingTask', id: row.id as number, list: 'marketingTasks(first: 100)' };
    }
    case 'exclusiveOfferLink': {
      const row = await one('select id from exclusive_offer_link where partner_id = ? order by id limit 1');
      return { type: 'ExclusiveOfferLink', id: row.id as number, list: 'exclusiveOfferLinks(first: 100)' };
    }
    case 'programCertificate': {
      const row = await one('select id from program_certificate where partner_id = ? order by id limit 1');
      return { type: 'ProgramCertificate', id: row.id as number, list: 'programCertificates(first: 100)' };
    }
    case 'cloudLabApplication': {
      const row = await one('select id from cloud_lab_application where partner_id = ? order by id limit 1');
      return { type: 'CloudLabApplication', id: row.id as number, list: 'cloudLabApplications(first: 100)' };
    }
    case 'solution': {
      const row = await one('select id from solution where partner_id = ? order by id limit 1');
      return { type: 'Solution', id: row.id as number, list: 'solutions(first: 100)' };
    }
    case 'role': {
      const row = await one('select id from role where partner_id = ? order by id limit 1');
      return { type: 'Role', id: row.id as number, list: 'roles' };
    }
  }
}

type Response = GraphQLResponse<Record<string, unknown>>;

/** ids of the list field (connection nodes or a plain list) inside a Partner object. */
function idsIn(container: unknown, field: string): string[] {
  const value = (container as Record<string, unknown> | null | undefined)?.[field];
  if (Array.isArray(value)) return value.map((v) => (v as { id: string }).id);
  const nodes = (value as { nodes?: { id: string }[] } | null | undefined)?.nodes;
  return nodes ? nodes.map((n) => n.id) : [];
}

function unexpectedCodes(res: Response): unknown[] {
  return (res.errors ?? []).map((e) => e.extensions?.code).filter((c) => c !== 'FORBIDDEN' && c !== 'NOT_FOUND');
}

interface CellResult {
  node: string;
  list: string;
  problems: string[];
}

async function readCell(v: ViewerModel, partnerId: number, target: Target): Promise<CellResult> {
  const token = tokens[v.login];
  const id = gid(target.type, target.id);
  const problems: string[] = [];
  const leaks = (res: Response, what: string) => {
    if (JSON.stringify(res.data ?? null).includes(`"${id}"`))
      problems.push(`${what}: denied row appears in the response`);
  };

  // node(id:) and nodes(ids:) must agree (one request: both fields, each judged by its own errors).
  const both = (await server.execute(
    'query ($id: ID!) { node(id: $id) { __typename id } nodes(ids: [$id]) { __typename id } }',
    { id },
    token,
  )) as Response;
  const outcome = (value: unknown, path: (string | number)[]): string => {
    const errors = (both.errors ?? []).filter(
      (e) => JSON.stringify(e.path?.slice(0, path.length)) === JSON.stringify(path),
    );
    if ((value as { id?: string } | null)?.id === id && errors.length === 0) return 'allow';
    if (
      value === null &&
      errors.length === 1 &&
      errors[0].extensions?.code === 'NOT_FOUND' &&
      JSON.stringify(errors[0].path) === JSON.stringify(path)
    )
      return 'deny';
    return `unexpected ${JSON.stringify({ value, errors })}`;
  };
  const nodeOutcome = outcome(both.data?.node, ['node']);
  const nodesOutcome = outcome((both.data?.nodes as unknown[] | undefined)?.[0], ['nodes', 0]);
  if (nodeOutcome !== nodesOutcome) problems.push(`node(id:) says ${nodeOutcome}, nodes(ids:) says ${nodesOutcome}`);
  if ((both.errors ?? []).length > (nodeOutcome === 'deny' ? 2 : 0))
    problems.push(`node/nodes: unexpected errors ${JSON.stringify(both.errors)}`);
  if (nodeOutcome === 'deny') leaks(both, 'node/nodes');

  // The list that would hold the row, reached the way the viewer relates to its partner.
  const holder =
    partnerId === v.partnerId
      ? 'SELF'
      : v.resellerIds.includes(partnerId)
        ? 'RESELLER'
        : partnerId === v.parentId
          ? 'PARENT'
          : 'NONE';
  const selection = target.list ?? '';
  const field = target.list ? target.list.replace(/[(\s].*$/, '') : null;
  const listSelection = field ? `${selection} { ${field === 'roles' ? 'id' : 'totalCount nodes { id }'} }` : '';
  let query: string;
  let container: (res: Response) => unknown;
  switch (holder) {
    case 'SELF':
      query = `{ viewer { partner { id ${listSelection} } } }`;
      container = (res) => (res.data?.viewer as { partner?: unknown } | undefined)?.partner;
      break;
    case 'RESELLER':
      query = `{ viewer { partner { resellers(first: 10) { nodes { id ${listSelection} } } } } }`;
      container = (res) =>
        (
          (res.data?.viewer as { partner?: { resellers?: { nodes?: { id: string }[] } } } | undefined)?.partner
            ?.resellers?.nodes ?? []
        ).find((p) => p.id === gid('Partner', partnerId));
      break;
    case 'PARENT':
      query = `{ viewer { partner { parent { id ${listSelection} } } } }`;
      container = (res) => (res.data?.viewer as { partner?: { parent?: unknown } } | undefined)?.partner?.parent;
      break;
    case 'NONE':
      query = `{ node(id: "${gid('Partner', partnerId)}") { id ... on Partner { ${listSelection || 'name'} } } }`;
      container = (res) => res.data?.node;
      break;
  }
  const listRes = (await server.execute(query, {}, token)) as Response;
  if (unexpectedCodes(listRes).length) problems.push(`list: unexpected errors ${JSON.stringify(listRes.errors)}`);
  const holderObject = container(listRes) as { id?: string } | null | undefined;
  const found = field ? idsIn(holderObject, field).includes(id) : holderObject?.id === id;
  const listOutcome = found ? 'allow' : 'deny';
  if (!found) leaks(listRes, 'list');

  // A row of another partner must not turn up in the viewer's own list either, with filters that
  // point straight at it (totals included).
  if (holder !== 'SELF' && field) {
    const probe = (await server.execute(`{ viewer { partner { ${listSelection} } } }`, {}, token)) as Response;
    if (unexpectedCodes(probe).length)
      problems.push(`own-list probe: unexpected errors ${JSON.stringify(probe.errors)}`);
    const own = (probe.data?.viewer as { partner?: unknown } | undefined)?.partner;
    if (idsIn(own, field).includes(id)) problems.push(`own ${field} list holds the other partner's row`);
    const total = ((own as Record<string, unknown> | undefined)?.[field] as { totalCount?: number } | undefined)
      ?.totalCount;
    if (target.exactFilter && total !== 0) {
      problems.push(`own ${field} list filtered to another partner's row counts ${total}`);
    }
    leaks(probe, 'own-list probe');
  }
  return { node: nodeOutcome, list: listOutcome, problems };
}

const printed: string[][] = [];

describe('access matrix (domain.md §4): read', { timeout: 120_000 }, () => {
  for (const { login, cells } of VIEWERS) {
    it(`${login}: every relation × resource gives the expected outcome on node(id:), nodes(ids:) and the list that would hold the row`, async () => {
      const v = viewerModel(world, login);
      const mismatches: string[] = [];
      for (const [relation, partnerKey] of cells) {
        const partnerId = demoPartner(partnerKey).id;
        const results = await Promise.all(
          RESOURCES.map(async (resource) => {
            const target = await pickTarget(partnerId, resource);
            return { resource, target, result: await readCell(v, partnerId, target) };
          }),
        );
        const row = [login, `${relation} (${partnerKey})`];
        for (const { resource, target, result } of results) {
          const expected = EXPECTED[relation][resource];
          const ok = result.node === expected && result.list === expected && result.problems.length === 0;
          row.push(ok ? expected.toUpperCase() : `✗ node=${result.node.slice(0, 20)} list=${result.list}`);
          if (!ok) {
            mismatches.push(
              `${login} → ${relation} ${partnerKey} ${resource} (${target.type}:${target.id}): expected ${expected}, node ${result.node}, list ${result.list}${result.problems.length ? `; ${result.problems.join('; ')}` : ''}`,
            );
          }
        }
        printed.push(row);
      }
      expect(mismatches).toEqual([]);
    });
  }

  it('prints the matrix', () => {
    const header = ['viewer', 'relation (partner)', ...RESOURCES];
    const expectedRows = (Object.keys(EXPECTED) as Relation[]).map((relation) => [
      'expected',
      relation,
      ...RESOURCES.map((r) => EXPECTED[relation][r]),
    ]);
    console.log(
      `\nExpected (domain.md §4):\n${printTable(header, expectedRows)}\n\nObserved (node(id:) = nodes(ids:) = list):\n${printTable(header, printed)}\n`,
    );
    expect(printed.length).toBe(VIEWERS.reduce((n, v) => n + v.cells.length, 0));
  });
});

// ── change ────────────────────────────────────────────────────────────────────────────────────

let schemaPromise: ReturnType<typeof createSchema> | null = null;
const schemaOnce = () => (schemaPromise ??= createSchema());

/** The mutations the running code has (schema/schema.graphql may lag behind work in progress). */
const MUTATIONS: Set<string> = await (async () => {
  const mutation = (await schemaOnce()).getMutationType();
  return new Set(mutation && isObjectType(mutation) ? Object.keys(mutation.getFields()) : []);
})();

/** What each mutation answers; a change is reported as done when one of these is non-empty. */
const PAYLOAD: Record<string, { selection: string; success: string[] }> = {
  createRole: { selection: 'role { id }', success: ['role'] },
  updateRole: { selection: 'role { id }', success: ['role'] },
  deleteRole: { selection: 'deletedRoleId', success: ['deletedRoleId'] },
  assignMemberRoles: { selection: 'member { id }', success: ['member'] },
  cancelMemberAssociation: { selection: 'member { id }', success: ['member'] },
  inviteMember: { selection: 'invitation { id }', success: ['invitation'] },
  cancelInvitation: { selection: 'invitation { id }', success: ['invitation'] },
  assignAccountManager: { selection: 'customers { id } failed { code message }', success: ['customers'] },
  allocateFunds: { selection: 'succeeded { __typename } failed { code message }', success: ['succeeded'] },
  reclaimFunds: { selection: 'adjustRecord { id }', success: ['adjustRecord'] },
  allocateFundsToReseller: { selection: 'adjustRecord { id }', success: ['adjustRecord'] },
  reclaimFundsFromReseller: { selection: 'adjustRecord { id }', success: ['adjustRecord'] },
  issueCoupons: { selection: 'succeeded { __typename } failed { code message }', success: ['succeeded'] },
  reclaimCoupons: { selection: 'succeeded { __typename } failed { code message }', success: ['succeeded'] },
  issueSubQuota: { selection: 'subQuota { id }', success: ['subQuota'] },
  reclaimSubQuota: { selection: 'subQuota { id }', success: ['subQuota'] },
  createCustomer: { selection: 'customer { id }', success: ['customer'] },
  unbindCustomer: { selection: 'event { id }', success: ['event'] },
  switchAssociationType: { selection: 'event { id }', success: ['event'] },
  handleUnbindRequest: { selection: 'event { id }', success: ['event'] },
  grantOrderAuthorization: { selection: 'orderAuthorization { id }', success: ['orderAuthorization'] },
  revokeOrderAuthorization: { selection: 'orderAuthorization { id }', success: ['orderAuthorization'] },
  answerUnbindRequest: { selection: 'event { id }', success: ['event'] },
  requestUnbind: { selection: 'event { id }', success: ['event'] },
  payOrder: { selection: 'order { id }', success: ['order'] },
  cancelOrder: { selection: 'order { id }', success: ['order'] },
  renewResources: { selection: 'succeeded { __typename } failed { code message }', success: ['succeeded'] },
  unsubscribeResources: { selection: 'succeeded { __typename } failed { code message }', success: ['succeeded'] },
  setAutoRenew: { selection: 'succeeded { __typename } failed { code message }', success: ['succeeded'] },
  cancelCustomerInvitation: { selection: 'invitation { id }', success: ['invitation'] },
  requestInvoice: { selection: 'invoice { id }', success: ['invoice'] },
  returnInvoice: { selection: 'invoice { id }', success: ['invoice'] },
  createPaymentAgreement: { selection: 'agreement { id }', success: ['agreement'] },
  terminatePaymentAgreement: { selection: 'agreement { id }', success: ['agreement'] },
  cancelRemittanceClaim: { selection: 'remittanceClaim { id }', success: ['remittanceClaim'] },
  applyIncentives: { selection: 'succeeded { id } failed { code message }', success: ['succeeded'] },
  invoiceIncentive: { selection: 'incentive { id }', success: ['incentive'] },
  assignLead: { selection: 'lead { id }', success: ['lead'] },
  followUpLead: { selection: 'lead { id }', success: ['lead'] },
  requestLeadCall: { selection: 'callRequest { id }', success: ['callRequest'] },
  handleMarketingTask: { selection: 'task { id }', success: ['task'] },
  acceptProgramInvitation: { selection: 'invitation { id }', success: ['invitation'] },
  declineProgramInvitation: { selection: 'invitation { id }', success: ['invitation'] },
  cancelResellerInvitation: { selection: 'invitation { id }', success: ['invitation'] },
  applyCloudLab: { selection: 'application { id }', success: ['application'] },
  createSolution: { selection: 'solution { id }', success: ['solution'] },
  moveSolution: { selection: 'solution { id }', success: ['solution'] },
  saveMyQualification: { selection: 'qualification { id }', success: ['qualification'] },
  deleteMyQualification: { selection: 'qualification { id }', success: ['qualification'] },
  applyForProjectSpecialist: { selection: 'application { id }', success: ['application'] },
};

/** Mutations without an id of another partner among their inputs: nothing cross-partner to attack. */
const NO_FOREIGN_INPUT: Record<string, string> = {
  signIn: 'anonymous; acts on credentials, not on rows',
  createRole: 'creates a role of the caller’s own partner only (checked below)',
  requestVerificationCode: 'sends a code to the caller itself',
  sendCustomerRegistrationCode: 'sends a code to a mobile number the caller gives; no row is named',
  updatePartnerSettings: 'changes the caller’s own partner only',
  createAccessKey: 'creates a key of the caller itself',
  revokeAccessKey: 'covered by its own test below (the id is an AK string, not a global id)',
  markNotificationsRead:
    'own notifications only: another member’s ids answer NOTIFICATION_NOT_FOUND per item and change nothing (test/notification)',
  createCustomerInvitation: 'creates an invitation of the caller’s own partner only',
  acceptCustomerInvitation:
    'customers only (members and operators: FORBIDDEN); names an invitation by its token, every refusal checked in test/customer-invitation/accept.test.ts',
  grantOrderAuthorization: 'the signed-in customer’s own authorization (customers only; covered below)',
  revokeOrderAuthorization: 'the signed-in customer’s own authorization (customers only; covered below)',
  requestUnbind: 'the signed-in customer’s own association (customers only; covered below)',
  answerUnbindRequest: 'customers only; another customer’s request is covered below',
  moveInvoice:
    'operators only (members FORBIDDEN): the cloud’s side moves any partner’s invoice by design (test/invoice/workflow.test.ts)',
  acceptPaymentAgreement:
    'customers only: the signed-in customer’s own agreements; another customer’s answers PAYMENT_AGREEMENT_NOT_FOUND (test/payment-agreement)',
  rejectPaymentAgreement:
    'customers only: the signed-in customer’s own agreements; another customer’s answers PAYMENT_AGREEMENT_NOT_FOUND (test/payment-agreement)',
  createRecharge: 'starts a recharge of the caller’s own partner only',
  submitRemittanceClaim: 'claims a remittance for the caller’s own partner only',
  requestWithdrawal: 'withdraws from the caller’s own partner’s account only',
  settleRechargePayment:
    'operators only (ops:remittance), who act on every partner; members and customers FORBIDDEN (test/partner-account)',
  confirmRemittanceClaim:
    'operators only (ops:remittance), who act on every partner; members and customers FORBIDDEN (test/partner-account)',
  acceptMemberInvitation:
    'anonymous: names an invitation by its token only; every refusal (wrong, expired, used, cancelled) checked in test/member/member-self.test.ts',
  updateMyAccount: 'changes the signed-in member itself only',
  changeMyPassword: 'changes the signed-in member itself only',
  assessSpecialistApplication:
    'cloud operators only (ops:program; members FORBIDDEN, test/self-service): an operator assesses any partner’s application by design',
  rejectRemittanceClaim:
    'operators only (ops:remittance), who act on every partner; members and customers FORBIDDEN (test/partner-account)',
  payWithdrawal:
    'operators only (ops:withdrawal), who act on every partner; members and customers FORBIDDEN (test/partner-account)',
  rejectWithdrawal:
    'operators only (ops:withdrawal), who act on every partner; members and customers FORBIDDEN (test/partner-account)',
  setIncentiveAutoApply: 'changes the caller’s own partner only',
  processIncentive:
    'cloud operators only (members and customers: FORBIDDEN, test/incentive); an operator processes any partner’s incentive by design',
  createLead:
    'creates a lead of the caller’s own partner only; another partner’s member as its manager answers LEAD_MANAGER_INVALID (test/lead)',
  shareOpportunity: 'shares an opportunity of the caller’s own partner only',
  dispatchLead: 'cloud operators only (ops:lead; members FORBIDDEN, test/lead): dispatches to any partner by design',
  completeLeadCall: 'cloud operators only (ops:lead; members FORBIDDEN, test/lead): the platform places every call',
  reviewOpportunity:
    'cloud operators only (ops:lead; members FORBIDDEN, test/opportunity): verifies any partner’s opportunity by design',
  dispatchMarketingTask:
    'cloud operators only (ops:lead; members and customers: FORBIDDEN, test/marketing-task); the cloud dispatches to any partner by design',
  shareExclusiveOffer: 'creates a link of the caller’s own partner only (names a product code, no row)',
  placeExclusiveOfferOrder:
    'customers only (members and operators: FORBIDDEN); names a link by its token, which attributes the order to the link’s partner by design (test/exclusive-offer)',
  inviteToDevelopmentPath:
    'cloud operators only (ops:program; members FORBIDDEN, test/program); an operator invites any partner by design',
  handleProgramApplication:
    'cloud operators only (ops:program; members FORBIDDEN, test/program); an operator handles any partner’s application by design',
  applyForDistributionProgram: 'files an application of the caller’s own partner only',
  requestResellerInvitationCode: 'sends a code to the caller’s own partner’s master account',
  inviteReseller: 'creates an invitation of the caller’s own partner only (distributors)',
  acceptResellerInvitation:
    'names an invitation by its link token, for the caller’s own partner; a link sent to another partner answers RESELLER_INVITATION_NOT_FOR_YOU (test/program)',
  handleCloudLabApplication:
    'cloud operators only (ops:program; members and customers FORBIDDEN, test/cloud-lab); an operator decides any partner’s application by design',
  reviewSolution:
    'cloud operators only (ops:program; members and customers FORBIDDEN, test/solution); the PDM/PSA moves any partner’s solution by design',
};

/** Tables a change could touch (audit, idempotency and verification tables are expected to move). */
const BUSINESS_TABLES = [
  'partner',
  'partner_account',
  'role',
  'member',
  'member_role',
  'member_invitation',
  'sub_customer',
  'adjust_record',
  'account_change_record',
  'coupon_quota',
  'coupon',
  'coupon_record',
  'quota_record',
  'association_event',
  'order_authorization',
  'customer_order',
  'order_line_item',
  'resource',
  'cloud_account',
  'customer_invitation',
  'customer_invitation_acceptance',
  'cloud_store_order',
  'invoice',
  'invoice_item',
  'payment_agreement',
  'recharge_payment',
  'remittance_claim',
  'withdrawal',
  'incentive_record',
  'incentive_transition',
  'lead',
  'lead_follow_up',
  'lead_call_request',
  'opportunity',
  'marketing_task',
  'marketing_task_resource',
  'exclusive_offer_link',
  'program_membership',
  'program_invitation',
  'program_application',
  'partner_program_profile',
  'reseller_invitation',
  'program_certificate',
  'cloud_lab_application',
  'cloud_lab_usage',
  'solution',
  'member_qualification',
  'specialist_application',
];

/** The tables whose whole contents each mutation family could change (every table is counted anyway). */
const FAMILY_TABLES: Record<string, string[]> = {
  role: ['role', 'member_role', 'member', 'member_invitation'],
  customer: ['sub_customer'],
  funds: ['partner_account', 'sub_customer', 'adjust_record', 'account_change_record'],
  coupon: ['coupon_quota', 'coupon', 'coupon_record', 'quota_record'],
  association: [
    'sub_customer',
    'association_event',
    'order_authorization',
    'coupon',
    'adjust_record',
    'partner_account',
  ],
  order: ['customer_order', 'resource', 'coupon', 'partner_account', 'sub_customer', 'account_change_record'],
  onboarding: ['sub_customer', 'cloud_account', 'association_event'],
  invitation: ['customer_invitation', 'customer_invitation_acceptance', 'sub_customer', 'association_event'],
  invoice: ['invoice', 'invoice_item', 'cloud_store_order'],
  agreement: ['payment_agreement', 'sub_customer', 'partner_account'],
  partnerAccount: ['remittance_claim', 'recharge_payment', 'withdrawal', 'partner_account', 'account_change_record'],
  incentive: ['incentive_record', 'incentive_transition', 'partner_account', 'account_change_record'],
  lead: ['lead', 'lead_follow_up', 'lead_call_request'],
  marketing: ['marketing_task', 'marketing_task_resource'],
  program: ['program_membership', 'program_invitation', 'reseller_invitation', 'partner', 'role'],
  showcase: ['program_certificate', 'cloud_lab_application', 'cloud_lab_usage', 'solution'],
  selfService: ['member_qualification', 'specialist_application', 'member'],
};
const FAMILY: Record<string, keyof typeof FAMILY_TABLES> = {
  createRole: 'role',
  updateRole: 'role',
  deleteRole: 'role',
  assignMemberRoles: 'role',
  cancelMemberAssociation: 'role',
  inviteMember: 'role',
  cancelInvitation: 'role',
  assignAccountManager: 'customer',
  allocateFunds: 'funds',
  reclaimFunds: 'funds',
  allocateFundsToReseller: 'funds',
  reclaimFundsFromReseller: 'funds',
  issueCoupons: 'coupon',
  reclaimCoupons: 'coupon',
  issueSubQuota: 'coupon',
  reclaimSubQuota: 'coupon',
  createCustomer: 'onboarding',
  unbindCustomer: 'association',
  switchAssociationType: 'association',
  handleUnbindRequest: 'association',
  grantOrderAuthorization: 'association',
  revokeOrderAuthorization: 'association',
  answerUnbindRequest: 'association',
  requestUnbind: 'association',
  payOrder: 'order',
  cancelOrder: 'order',
  renewResources: 'order',
  unsubscribeResources: 'order',
  setAutoRenew: 'order',
  cancelCustomerInvitation: 'invitation',
  requestInvoice: 'invoice',
  returnInvoice: 'invoice',
  createPaymentAgreement: 'agreement',
  terminatePaymentAgreement: 'agreement',
  cancelRemittanceClaim: 'partnerAccount',
  applyIncentives: 'incentive',
  invoiceIncentive: 'incentive',
  assignLead: 'lead',
  followUpLead: 'lead',
  requestLeadCall: 'lead',
  handleMarketingTask: 'marketing',
  acceptProgramInvitation: 'program',
  declineProgramInvitation: 'program',
  cancelResellerInvitation: 'program',
  applyCloudLab: 'showcase',
  createSolution: 'showcase',
  moveSolution: 'showcase',
  saveMyQualification: 'selfService',
  deleteMyQualification: 'selfService',
  applyForProjectSpecialist: 'selfService',
};

interface Snapshot {
  counts: Record<string, number>;
  digest: string;
  rows: Record<string, Record<string, unknown>[]>;
}

/** Row counts of every business table, and the whole contents of the family's tables. */
async function snapshot(mutation: string): Promise<Snapshot> {
  const counts: Record<string, number> = {};
  for (const table of BUSINESS_TABLES)
    counts[table] = Number((await sql<{ n: number }>(server, `select count(*) n from ${table}`))[0].n);
  const hash = createHash('sha1');
  const rows: Snapshot['rows'] = {};
  for (const table of FAMILY_TABLES[FAMILY[mutation]]) {
    rows[table] = await sql(server, `select * from ${table} order by id`);
    // Optimistic-lock versions are compared apart (see versionOnly): a bump alone is noted, not failed.
    hash.update(`${table}:${JSON.stringify(rows[table].map(({ version: _version, ...rest }) => rest))}`);
  }
  hash.update(JSON.stringify(counts));
  return { counts, digest: hash.digest('hex'), rows };
}

/** Rows whose version column moved although nothing else did (a write on a refused request). */
function versionOnly(before: Snapshot, after: Snapshot): string[] {
  const out: string[] = [];
  for (const [table, rows] of Object.entries(after.rows)) {
    const old = new Map(before.rows[table].map((r) => [r.id, r]));
    for (const row of rows)
      if (old.has(row.id) && old.get(row.id)!.version !== row.version)
        out.push(`${table}#${row.id} version ${old.get(row.id)!.version} → ${row.version}`);
  }
  return out;
}

/** The first rows that differ between two snapshots, for the failure message. */
function difference(before: Snapshot, after: Snapshot): string {
  const out: string[] = [];
  for (const [table, rows] of Object.entries(after.rows)) {
    const old = new Map(before.rows[table].map((r) => [r.id, JSON.stringify(r)]));
    for (const row of rows)
      if (old.get(row.id) !== JSON.stringify(row))
        out.push(`${table}: ${old.get(row.id) ?? '(new)'} → ${JSON.stringify(row)}`);
  }
  return out.slice(0, 3).join('; ');
}

interface ChangeCase {
  mutation: string;
  viewer: string;
  relation: Relation;
  /** What is attempted, for the printed table. */
  what: string;
  expected: Outcome;
  /** The id of the other partner's row the attack names (compared with a never-existing id of its type). */
  target?: { type: string; id: number };
  input: (target: string) => Record<string, unknown>;
  /** Strings of the other partner's row that must not come back (names, login names, …). */
  secrets?: string[];
}

describe('access matrix: change', { timeout: 120_000 }, () => {
  let cases: ChangeCase[] = [];
  const printedChanges: string[][] = [];
  const notes: string[] = [];

  beforeAll(async () => {
    const one = async <T = Record<string, number | string>>(query: string, params: unknown[] = []): Promise<T> => {
      const [row] = await sql<T>(server, query, params);
      if (!row) throw new Error(`no row for ${query} ${JSON.stringify(params)}`);
      return row;
    };
    const P = (key: DemoPartnerKey) => demoPartner(key).id;
    const now = new Date();
    const customRole = (partner: number) =>
      one<{ id: number; name: string }>(
        'select id, name from role where partner_id = ? and preset_key is null order by id',
        [partner],
      );
    const presetRole = (partner: number, key: string) =>
      one<{ id: number; name: string }>('select id, name from role where partner_id = ? and preset_key = ?', [
        partner,
        key,
      ]);
    const memberOf = (login: string) =>
      one<{ id: number; login_name: string }>('select id, login_name from member where login_name = ?', [login]);
    const customer = (accountName: string) =>
      one<{ id: number; account_name: string; name: string }>(
        'select id, account_name, name from sub_customer where account_name = ?',
        [accountName],
      );
    const usableQuota = (partner: number, sub: boolean) =>
      one<{ id: number; quota_id: string }>(
        `select id, quota_id from coupon_quota where partner_id = ? and status = 0 and parent_quota_id is ${sub ? 'not ' : ''}null and effective_time <= ? and expire_time > ? and kind = 'VOUCHER' order by balance desc`,
        [partner, now, now],
      );

    const foreignRole = await customRole(P('other-dist'));
    const parentRole = await customRole(P('dist'));
    const ownSaRole = await presetRole(P('dist'), 'SA_SPECIALIST');
    const foreignMember = await memberOf('other-dist-am');
    const childMember = await memberOf('reseller-am');
    const ownSa = await memberOf('dist-sa');
    const ownAm2 = await memberOf('dist-am2');
    const foreignInvitation = await one<{ id: number; target: string }>(
      'select id, target from member_invitation where partner_id = ? order by id',
      [P('other-dist')],
    );
    const foreignCustomer = await customer('woodgrove-finance');
    const childCustomer = await customer('qinghe-health');
    const ownCustomer = await customer('yunfan-tech');
    const foreignQuota = await usableQuota(P('other-dist'), false);
    const childQuota = await usableQuota(P('reseller1'), true);
    const ownQuota = await usableQuota(P('dist'), false);
    const foreignSubQuota = await usableQuota(P('other-reseller'), true);
    const ownPendingOrder = await one<{ id: number }>(
      'select o.id from customer_order o join sub_customer c on c.id = o.customer_id where o.partner_id = ? and c.partner_id = o.partner_id and o.status = 6 order by o.id',
      [P('dist')],
    );
    const foreignCoupon = await one<{ id: number; coupon_id: string }>(
      'select id, coupon_id from coupon where partner_id = ? and status = 2 order by id',
      [P('other-dist')],
    );
    const otherReseller = P('other-reseller');
    const foreignEvent = await one<{ id: number }>(
      "select id from association_event where partner_id = ? order by case when status = 'PENDING' then 0 else 1 end, id",
      [P('other-dist')],
    );
    const foreignOrder = await one<{ id: number; order_id: string }>(
      'select id, order_id from customer_order where partner_id = ? order by case when status = 6 then 0 else 1 end, id',
      [P('other-dist')],
    );
    const foreignResource = await one<{ id: number; resource_id: string }>(
      'select id, resource_id from resource where partner_id = ? order by case when is_main_resource = true and status = 2 then 0 else 1 end, id',
      [P('other-dist')],
    );
    const ownAgreement = await one<{ id: number }>(
      "select id from payment_agreement where partner_id = ? and status = 'ACTIVE' order by id",
      [P('dist')],
    );
    const money = { amount: '1.00' };
    const customerInvitation = (partner: number) =>
      one<{ id: number; token: string }>(
        'select id, token from customer_invitation where partner_id = ? and cancelled_at is null and expires_at > ? order by id',
        [partner, now],
      );
    const [foreignCustomerInvitation, parentCustomerInvitation, childCustomerInvitation, ownCustomerInvitation] =
      await Promise.all([
        customerInvitation(P('other-dist')),
        customerInvitation(P('dist')),
        customerInvitation(P('frozen-reseller')),
        customerInvitation(P('dist')),
      ]);
    const freeOrder = (partner: number) =>
      one<{ id: number; order_no: string }>(
        "select id, order_no from cloud_store_order where partner_id = ? and status = 'PAID' and live_invoice_id is null order by id",
        [partner],
      );
    const deliveredInvoice = (partner: number) =>
      one<{ id: number; invoice_no: string }>(
        "select id, invoice_no from invoice where partner_id = ? and ((medium = 'ELECTRONIC' and status = 'ISSUED') or (medium = 'PAPER' and status = 'RECEIVED')) order by id",
        [partner],
      );
    const [foreignStoreOrder, parentStoreOrder, childStoreOrder, ownStoreOrder] = await Promise.all(
      [P('other-dist'), P('dist'), P('reseller1'), P('dist')].map(freeOrder),
    );
    const [foreignInvoice, parentInvoice, ownInvoice] = await Promise.all(
      [P('other-dist'), P('dist'), P('dist')].map(deliveredInvoice),
    );
    const invoiceRequest = (id: string) => ({
      orderIds: [id],
      title: { type: 'PERSONAL', name: '王小明' },
      invoiceType: 'VAT_GENERAL',
      medium: 'ELECTRONIC',
    });

    const parentClaim = await one<{ id: number; bank_reference: string }>(
      "select id, bank_reference from remittance_claim where partner_id = ? and status = 'PENDING' order by id",
      [P('dist')],
    );
    const incentive = (partner: number, stage?: string) =>
      one<{ id: number; amount: number }>(
        `select id, amount from incentive_record where partner_id = ?${stage ? ' and stage = ?' : ''} order by id`,
        stage ? [partner, stage] : [partner],
      );
    const foreignIncentive = await incentive(P('other-dist'));
    const parentIncentive = await incentive(P('dist'));
    const ownPendingIncentive = await incentive(P('dist'), 'PENDING_APPLICATION');
    const ownInvoiceIncentive = await incentive(P('dist'), 'AWAITING_PARTNER_INVOICE');
    const invoiceOf = (amount: number) => ({ invoiceNumber: 'FP-MATRIX-001', amount: (amount / 100).toFixed(2) });

    const lead = (partner: number) =>
      one<{ id: number; company_name: string }>(
        "select id, company_name from lead where partner_id = ? and status in ('NEW', 'FOLLOWING_UP') and phone is not null order by id",
        [partner],
      );
    const [foreignLead, parentLead, ownLead] = await Promise.all([P('other-dist'), P('dist'), P('dist')].map(lead));
    const ownCallableLead = await one<{ id: number }>(
      "select l.id from lead l where l.partner_id = ? and l.status in ('NEW', 'FOLLOWING_UP') and l.phone is not null and not exists (select 1 from lead_call_request c where c.lead_id = l.id and c.status = 'REQUESTED') order by l.id",
      [P('dist')],
    );
    const ownManager = await memberOf('dist-am');
    const leadCases = (
      mutation: string,
      input: (id: string) => Record<string, unknown>,
      ownId: number = ownLead.id,
    ): ChangeCase[] => [
      {
        mutation,
        viewer: 'dist-admin',
        relation: 'unrelated',
        what: `${mutation} on other-dist's lead`,
        expected: 'deny',
        target: { type: 'Lead', id: foreignLead.id },
        input,
        secrets: [foreignLead.company_name],
      },
      {
        mutation,
        viewer: 'reseller-admin',
        relation: 'parent',
        what: `${mutation} on its distributor's lead`,
        expected: 'deny',
        target: { type: 'Lead', id: parentLead.id },
        input,
        secrets: [parentLead.company_name],
      },
      {
        mutation,
        viewer: 'dist-admin',
        relation: 'own',
        what: `${mutation} on an own lead`,
        expected: 'allow',
        input: () => input(gid('Lead', ownId)),
      },
    ];

    const task = (partner: number) =>
      one<{ id: number; title: string }>(
        "select id, title from marketing_task where partner_id = ? and status = 'PENDING' order by id",
        [partner],
      );
    const foreignTask = await task(P('other-dist'));
    const parentTask = await task(P('dist'));
    const ownTask = await task(P('dist'));

    const pathInvitation = (partner: number) =>
      one<{ id: number }>(
        "select id from program_invitation where partner_id = ? and status = 'PENDING' order by id desc",
        [partner],
      );
    const spInvitation = await pathInvitation(P('sp'));
    const resellerInvitation = await one<{ id: number }>(
      "select id from reseller_invitation where distributor_id = ? and status = 'PENDING' order by id desc",
      [P('dist')],
    );

    const solution = (partner: number, status: string) =>
      one<{ id: number; name: string }>(
        'select id, name from solution where partner_id = ? and status = ? order by id',
        [partner, status],
      );
    const foreignSolution = await solution(P('other-dist'), 'DESIGNING');
    const parentSolution = await solution(P('dist'), 'VERIFIED');
    const lab = await one<{ id: number }>("select id from cloud_lab where code = 'LAB-NET-04'");

    const qualificationOf = (login: string) =>
      one<{ id: number; title: string }>(
        'select q.id, q.title from member_qualification q join member m on m.id = q.member_id where m.login_name = ? order by q.id',
        [login],
      );
    const foreignQualification = await qualificationOf('other-dist-am');
    const colleagueQualification = await qualificationOf('dist-sa');
    const ownQualification = await qualificationOf('dist-am');
    const specialistCandidate = await memberOf('dist-ams');
    cases = [
      // Leads (线索管理).
      ...leadCases('assignLead', (id) => ({ id, managerId: gid('Member', ownManager.id) })),
      ...leadCases('followUpLead', (id) => ({ id, content: '电话沟通,客户有兴趣。' })),
      ...leadCases('requestLeadCall', (id) => ({ id }), ownCallableLead.id),
      // Marketing tasks (营销任务).
      {
        mutation: 'handleMarketingTask',
        viewer: 'dist-admin',
        relation: 'unrelated',
        what: "start other-dist's marketing task",
        expected: 'deny',
        target: { type: 'MarketingTask', id: foreignTask.id },
        input: (id) => ({ id, action: 'START' }),
        secrets: [foreignTask.title],
      },
      {
        mutation: 'handleMarketingTask',
        viewer: 'reseller-admin',
        relation: 'parent',
        what: "start its distributor's marketing task",
        expected: 'deny',
        target: { type: 'MarketingTask', id: parentTask.id },
        input: (id) => ({ id, action: 'START' }),
        secrets: [parentTask.title],
      },
      {
        mutation: 'handleMarketingTask',
        viewer: 'dist-admin',
        relation: 'own',
        what: 'start an own pending marketing task',
        expected: 'allow',
        input: () => ({ id: gid('MarketingTask', ownTask.id), action: 'START' }),
      },
      // Programs (发展路径, 邀请关联云经销商).
      {
        mutation: 'acceptProgramInvitation',
        viewer: 'dist-admin',
        relation: 'unrelated',
        what: "accept the solution provider's path invitation",
        expected: 'deny',
        target: { type: 'ProgramInvitation', id: spInvitation.id },
        input: (id) => ({ invitationId: id }),
      },
      {
        mutation: 'declineProgramInvitation',
        viewer: 'dist-admin',
        relation: 'unrelated',
        what: "decline the solution provider's path invitation",
        expected: 'deny',
        target: { type: 'ProgramInvitation', id: spInvitation.id },
        input: (id) => ({ invitationId: id }),
      },
      {
        mutation: 'acceptProgramInvitation',
        viewer: 'sp-admin',
        relation: 'own',
        what: 'accept an own pending path invitation',
        expected: 'allow',
        input: () => ({ invitationId: gid('ProgramInvitation', spInvitation.id) }),
      },
      {
        mutation: 'cancelResellerInvitation',
        viewer: 'other-dist-admin',
        relation: 'unrelated',
        what: "cancel the demo distributor's reseller invitation",
        expected: 'deny',
        target: { type: 'ResellerInvitation', id: resellerInvitation.id },
        input: (id) => ({ invitationId: id }),
      },
      {
        mutation: 'cancelResellerInvitation',
        viewer: 'dist-admin',
        relation: 'own',
        what: 'cancel an own pending reseller invitation',
        expected: 'allow',
        input: () => ({ invitationId: gid('ResellerInvitation', resellerInvitation.id) }),
      },
      // Growth showcase (云实验, 解决方案): only own rows move; the lab catalogue is shared.
      {
        mutation: 'moveSolution',
        viewer: 'dist-admin',
        relation: 'unrelated',
        what: "move other-dist's solution",
        expected: 'deny',
        target: { type: 'Solution', id: foreignSolution.id },
        input: (id) => ({ id, to: 'LISTING' }),
        secrets: [foreignSolution.name],
      },
      {
        mutation: 'moveSolution',
        viewer: 'reseller-admin',
        relation: 'parent',
        what: "move its distributor's solution",
        expected: 'deny',
        target: { type: 'Solution', id: parentSolution.id },
        input: (id) => ({ id, to: 'DESIGNING' }),
        secrets: [parentSolution.name],
      },
      {
        mutation: 'moveSolution',
        viewer: 'dist-admin',
        relation: 'own',
        what: 'start designing an own verified solution',
        expected: 'allow',
        input: () => ({ id: gid('Solution', parentSolution.id), to: 'DESIGNING' }),
      },
      {
        mutation: 'createSolution',
        viewer: 'dist-admin',
        relation: 'own',
        what: 'create an own solution',
        expected: 'allow',
        input: () => ({ name: '矩阵测试方案' }),
      },
      {
        mutation: 'applyCloudLab',
        viewer: 'reseller-admin',
        relation: 'own',
        what: 'apply for a lab of the catalogue',
        expected: 'allow',
        input: () => ({ labId: gid('CloudLab', lab.id), purpose: '矩阵测试', plannedHours: 1 }),
      },
      // Members' self-service (个人资质, 项目专员).
      {
        mutation: 'saveMyQualification',
        viewer: 'dist-am',
        relation: 'unrelated',
        what: "replace other-dist's member's qualification",
        expected: 'deny',
        target: { type: 'MemberQualification', id: foreignQualification.id },
        input: (id) => ({ qualificationId: id, kind: 'CERTIFICATE', title: 'taken over' }),
        secrets: [foreignQualification.title],
      },
      {
        mutation: 'saveMyQualification',
        viewer: 'dist-am',
        relation: 'own',
        what: "replace a colleague's qualification (own partner, not its own)",
        expected: 'deny',
        target: { type: 'MemberQualification', id: colleagueQualification.id },
        input: (id) => ({ qualificationId: id, kind: 'CERTIFICATE', title: 'taken over' }),
        secrets: [colleagueQualification.title],
      },
      {
        mutation: 'saveMyQualification',
        viewer: 'dist-am',
        relation: 'own',
        what: 'replace its own qualification',
        expected: 'allow',
        input: () => ({
          qualificationId: gid('MemberQualification', ownQualification.id),
          kind: 'EMPLOYMENT',
          title: ownQualification.title,
        }),
      },
      {
        mutation: 'deleteMyQualification',
        viewer: 'dist-am',
        relation: 'unrelated',
        what: "remove other-dist's member's qualification",
        expected: 'deny',
        target: { type: 'MemberQualification', id: foreignQualification.id },
        input: (id) => ({ qualificationId: id }),
        secrets: [foreignQualification.title],
      },
      {
        mutation: 'applyForProjectSpecialist',
        viewer: 'dist-admin',
        relation: 'unrelated',
        what: "apply for other-dist's member as a project specialist",
        expected: 'deny',
        target: { type: 'Member', id: foreignMember.id },
        input: (id) => ({ memberId: id, resume: '十年云解决方案交付经验, 主导多个上云项目。' }),
        secrets: [foreignMember.login_name],
      },
      {
        mutation: 'applyForProjectSpecialist',
        viewer: 'dist-admin',
        relation: 'own',
        what: 'apply for an own member',
        expected: 'allow',
        input: () => ({
          memberId: gid('Member', specialistCandidate.id),
          resume: '十年云解决方案交付经验, 主导多个上云项目。',
        }),
      },
      // Incentives (激励).
      {
        mutation: 'applyIncentives',
        viewer: 'dist-admin',
        relation: 'unrelated',
        what: "apply for other-dist's incentive",
        expected: 'deny',
        target: { type: 'IncentiveRecord', id: foreignIncentive.id },
        input: (id) => ({ ids: [id] }),
      },
      {
        mutation: 'applyIncentives',
        viewer: 'reseller-admin',
        relation: 'parent',
        what: "apply for its distributor's incentive",
        expected: 'deny',
        target: { type: 'IncentiveRecord', id: parentIncentive.id },
        input: (id) => ({ ids: [id] }),
      },
      {
        mutation: 'applyIncentives',
        viewer: 'dist-admin',
        relation: 'own',
        what: 'apply for an own incentive waiting for an application',
        expected: 'allow',
        input: () => ({ ids: [gid('IncentiveRecord', ownPendingIncentive.id)] }),
      },
      {
        mutation: 'invoiceIncentive',
        viewer: 'dist-admin',
        relation: 'unrelated',
        what: "invoice other-dist's incentive",
        expected: 'deny',
        target: { type: 'IncentiveRecord', id: foreignIncentive.id },
        input: (id) => ({ id, ...invoiceOf(Number(foreignIncentive.amount)) }),
      },
      {
        mutation: 'invoiceIncentive',
        viewer: 'dist-admin',
        relation: 'own',
        what: 'invoice an own incentive waiting for the invoice',
        expected: 'allow',
        input: () => ({
          id: gid('IncentiveRecord', ownInvoiceIncentive.id),
          ...invoiceOf(Number(ownInvoiceIncentive.amount)),
        }),
      },
      // Roles and members.
      {
        mutation: 'updateRole',
        viewer: 'dist-admin',
        relation: 'unrelated',
        what: "rename other-dist's custom role",
        expected: 'deny',
        target: { type: 'Role', id: foreignRole.id },
        input: (id) => ({ roleId: id, description: 'changed by another partner' }),
        secrets: [foreignRole.name],
      },
      {
        mutation: 'updateRole',
        viewer: 'reseller-admin',
        relation: 'parent',
        what: "change its distributor's custom role",
        expected: 'deny',
        target: { type: 'Role', id: parentRole.id },
        input: (id) => ({ roleId: id, description: 'changed by a reseller' }),
        secrets: [parentRole.name],
      },
      {
        mutation: 'updateRole',
        viewer: 'dist-admin',
        relation: 'own',
        what: 'change its own custom role',
        expected: 'allow',
        input: () => ({ roleId: gid('Role', parentRole.id), description: 'changed by its own admin' }),
      },
      {
        mutation: 'deleteRole',
        viewer: 'dist-admin',
        relation: 'unrelated',
        what: "delete other-dist's custom role",
        expected: 'deny',
        target: { type: 'Role', id: foreignRole.id },
        input: (id) => ({ roleId: id }),
        secrets: [foreignRole.name],
      },
      {
        mutation: 'assignMemberRoles',
        viewer: 'dist-admin',
        relation: 'unrelated',
        what: "give other-dist's member an own role",
        expected: 'deny',
        target: { type: 'Member', id: foreignMember.id },
        input: (id) => ({ memberId: id, roleIds: [gid('Role', ownSaRole.id)] }),
        secrets: [foreignMember.login_name],
      },
      {
        mutation: 'assignMemberRoles',
        viewer: 'dist-admin',
        relation: 'child',
        what: "give its reseller's member an own role",
        expected: 'deny',
        target: { type: 'Member', id: childMember.id },
        input: (id) => ({ memberId: id, roleIds: [gid('Role', ownSaRole.id)] }),
        secrets: [childMember.login_name],
      },
      {
        mutation: 'assignMemberRoles',
        viewer: 'dist-admin',
        relation: 'unrelated',
        what: "give its own member other-dist's role",
        expected: 'deny',
        target: { type: 'Role', id: foreignRole.id },
        input: (id) => ({ memberId: gid('Member', ownSa.id), roleIds: [id] }),
        secrets: [foreignRole.name],
      },
      {
        mutation: 'assignMemberRoles',
        viewer: 'dist-admin',
        relation: 'own',
        what: 'give its own member an own role',
        expected: 'allow',
        input: () => ({
          memberId: gid('Member', ownSa.id),
          roleIds: [gid('Role', ownSaRole.id), gid('Role', parentRole.id)],
        }),
      },
      {
        mutation: 'inviteMember',
        viewer: 'dist-admin',
        relation: 'unrelated',
        what: "invite with other-dist's role",
        expected: 'deny',
        target: { type: 'Role', id: foreignRole.id },
        input: (id) => ({ channel: 'EMAIL', target: 'invitee.one@example.com', roleIds: [id] }),
        secrets: [foreignRole.name],
      },
      {
        mutation: 'cancelInvitation',
        viewer: 'dist-admin',
        relation: 'unrelated',
        what: "cancel other-dist's invitation",
        expected: 'deny',
        target: { type: 'MemberInvitation', id: foreignInvitation.id },
        input: (id) => ({ invitationId: id }),
        secrets: [foreignInvitation.target],
      },
      {
        mutation: 'cancelMemberAssociation',
        viewer: 'dist-admin',
        relation: 'unrelated',
        what: "cancel other-dist's member",
        expected: 'deny',
        target: { type: 'Member', id: foreignMember.id },
        input: (id) => ({ memberId: id }),
        secrets: [foreignMember.login_name],
      },
      {
        mutation: 'cancelMemberAssociation',
        viewer: 'dist-admin',
        relation: 'child',
        what: "cancel its reseller's member",
        expected: 'deny',
        target: { type: 'Member', id: childMember.id },
        input: (id) => ({ memberId: id }),
        secrets: [childMember.login_name],
      },
      // Customer invitations.
      {
        mutation: 'cancelCustomerInvitation',
        viewer: 'dist-admin',
        relation: 'unrelated',
        what: "cancel other-dist's customer invitation",
        expected: 'deny',
        target: { type: 'CustomerInvitation', id: foreignCustomerInvitation.id },
        input: (id) => ({ invitationId: id }),
        secrets: [foreignCustomerInvitation.token],
      },
      {
        mutation: 'cancelCustomerInvitation',
        viewer: 'reseller-admin',
        relation: 'parent',
        what: "cancel its distributor's customer invitation",
        expected: 'deny',
        target: { type: 'CustomerInvitation', id: parentCustomerInvitation.id },
        input: (id) => ({ invitationId: id }),
        secrets: [parentCustomerInvitation.token],
      },
      {
        mutation: 'cancelCustomerInvitation',
        viewer: 'dist-admin',
        relation: 'child',
        what: "cancel its reseller's customer invitation",
        expected: 'deny',
        target: { type: 'CustomerInvitation', id: childCustomerInvitation.id },
        input: (id) => ({ invitationId: id }),
        secrets: [childCustomerInvitation.token],
      },
      {
        mutation: 'cancelCustomerInvitation',
        viewer: 'dist-admin',
        relation: 'own',
        what: 'cancel an own ACTIVE customer invitation',
        expected: 'allow',
        input: () => ({ invitationId: gid('CustomerInvitation', ownCustomerInvitation.id) }),
      },
      // Invoices: orders and invoices are the partner's own.
      {
        mutation: 'requestInvoice',
        viewer: 'dist-admin',
        relation: 'unrelated',
        what: "invoice other-dist's cloud-store order",
        expected: 'deny',
        target: { type: 'CloudStoreOrder', id: foreignStoreOrder.id },
        input: invoiceRequest,
        secrets: [foreignStoreOrder.order_no],
      },
      {
        mutation: 'requestInvoice',
        viewer: 'reseller-admin',
        relation: 'parent',
        what: "invoice its distributor's cloud-store order",
        expected: 'deny',
        target: { type: 'CloudStoreOrder', id: parentStoreOrder.id },
        input: invoiceRequest,
        secrets: [parentStoreOrder.order_no],
      },
      {
        mutation: 'requestInvoice',
        viewer: 'dist-admin',
        relation: 'child',
        what: "invoice its reseller's cloud-store order",
        expected: 'deny',
        target: { type: 'CloudStoreOrder', id: childStoreOrder.id },
        input: invoiceRequest,
        secrets: [childStoreOrder.order_no],
      },
      {
        mutation: 'requestInvoice',
        viewer: 'dist-admin',
        relation: 'own',
        what: 'invoice an own PAID cloud-store order',
        expected: 'allow',
        input: () => invoiceRequest(gid('CloudStoreOrder', ownStoreOrder.id)),
      },
      {
        mutation: 'returnInvoice',
        viewer: 'dist-admin',
        relation: 'unrelated',
        what: "return other-dist's delivered invoice",
        expected: 'deny',
        target: { type: 'Invoice', id: foreignInvoice.id },
        input: (id) => ({ invoiceId: id, reason: 'returned by another partner' }),
        secrets: [foreignInvoice.invoice_no],
      },
      {
        mutation: 'returnInvoice',
        viewer: 'reseller-admin',
        relation: 'parent',
        what: "return its distributor's delivered invoice",
        expected: 'deny',
        target: { type: 'Invoice', id: parentInvoice.id },
        input: (id) => ({ invoiceId: id, reason: 'returned by a reseller' }),
        secrets: [parentInvoice.invoice_no],
      },
      {
        mutation: 'returnInvoice',
        viewer: 'dist-admin',
        relation: 'own',
        what: 'return an own delivered invoice',
        expected: 'allow',
        input: () => ({ invoiceId: gid('Invoice', ownInvoice.id), reason: '开票信息有误' }),
      },
      // Remittance claims (汇款认领): a member cancels only its own partner's pending claim.
      {
        mutation: 'cancelRemittanceClaim',
        viewer: 'other-dist-admin',
        relation: 'unrelated',
        what: "cancel dist's pending remittance claim",
        expected: 'deny',
        target: { type: 'RemittanceClaim', id: parentClaim.id },
        input: (id) => ({ claimId: id }),
        secrets: [parentClaim.bank_reference],
      },
      {
        mutation: 'cancelRemittanceClaim',
        viewer: 'reseller-admin',
        relation: 'parent',
        what: "cancel its distributor's pending remittance claim",
        expected: 'deny',
        target: { type: 'RemittanceClaim', id: parentClaim.id },
        input: (id) => ({ claimId: id }),
        secrets: [parentClaim.bank_reference],
      },
      {
        mutation: 'cancelRemittanceClaim',
        viewer: 'dist-admin',
        relation: 'own',
        what: 'cancel an own PENDING remittance claim',
        expected: 'allow',
        input: () => ({ claimId: gid('RemittanceClaim', parentClaim.id) }),
      },
      // Customers.
      {
        mutation: 'assignAccountManager',
        viewer: 'dist-admin',
        relation: 'unrelated',
        what: "assign other-dist's customer to an own manager",
        expected: 'deny',
        target: { type: 'SubCustomer', id: foreignCustomer.id },
        input: (id) => ({ customerIds: [id], accountManagerId: gid('Member', ownAm2.id) }),
        secrets: [foreignCustomer.account_name, foreignCustomer.name],
      },
      {
        mutation: 'assignAccountManager',
        viewer: 'dist-admin',
        relation: 'child',
        what: "assign its reseller's customer to an own manager",
        expected: 'deny',
        target: { type: 'SubCustomer', id: childCustomer.id },
        input: (id) => ({ customerIds: [id], accountManagerId: gid('Member', ownAm2.id) }),
      },
      {
        mutation: 'assignAccountManager',
        viewer: 'dist-admin',
        relation: 'unrelated',
        what: "assign an own customer to other-dist's manager",
        expected: 'deny',
        target: { type: 'Member', id: foreignMember.id },
        input: (id) => ({ customerIds: [gid('SubCustomer', ownCustomer.id)], accountManagerId: id }),
        secrets: [foreignMember.login_name],
      },
      {
        mutation: 'assignAccountManager',
        viewer: 'dist-admin',
        relation: 'own',
        what: 'assign an own customer to an own manager',
        expected: 'allow',
        input: () => ({
          customerIds: [gid('SubCustomer', ownCustomer.id)],
          accountManagerId: gid('Member', ownAm2.id),
        }),
      },
      // Funds.
      {
        mutation: 'allocateFunds',
        viewer: 'dist-admin',
        relation: 'unrelated',
        what: "allocate to other-dist's customer",
        expected: 'deny',
        target: { type: 'SubCustomer', id: foreignCustomer.id },
        input: (id) => ({ allocations: [{ customerId: id, ...money }] }),
        secrets: [foreignCustomer.account_name, foreignCustomer.name],
      },
      {
        mutation: 'allocateFunds',
        viewer: 'dist-admin',
        relation: 'child',
        what: "allocate to its reseller's customer",
        expected: 'deny',
        target: { type: 'SubCustomer', id: childCustomer.id },
        input: (id) => ({ allocations: [{ customerId: id, ...money }] }),
      },
      {
        mutation: 'allocateFunds',
        viewer: 'dist-admin',
        relation: 'own',
        what: 'allocate to an own RESALE customer',
        expected: 'allow',
        input: () => ({ allocations: [{ customerId: gid('SubCustomer', ownCustomer.id), ...money }] }),
      },
      {
        mutation: 'reclaimFunds',
        viewer: 'dist-admin',
        relation: 'unrelated',
        what: "reclaim from other-dist's customer",
        expected: 'deny',
        target: { type: 'SubCustomer', id: foreignCustomer.id },
        input: (id) => ({ customerId: id, amount: '0.01' }),
        secrets: [foreignCustomer.account_name],
      },
      {
        mutation: 'allocateFundsToReseller',
        viewer: 'dist-admin',
        relation: 'unrelated',
        what: "allocate to other-dist's reseller",
        expected: 'deny',
        target: { type: 'Partner', id: otherReseller },
        input: (id) => ({ resellerId: id, ...money }),
        secrets: [demoPartner('other-reseller').name],
      },
      {
        mutation: 'allocateFundsToReseller',
        viewer: 'reseller-admin',
        relation: 'sibling',
        what: 'a reseller allocating to its sibling',
        expected: 'deny',
        target: { type: 'Partner', id: P('reseller2') },
        input: (id) => ({ resellerId: id, ...money }),
        secrets: [demoPartner('reseller2').name],
      },
      {
        mutation: 'allocateFundsToReseller',
        viewer: 'dist-admin',
        relation: 'child',
        what: 'allocate to its own reseller',
        expected: 'allow',
        input: () => ({ resellerId: gid('Partner', P('reseller1')), ...money }),
      },
      {
        mutation: 'reclaimFundsFromReseller',
        viewer: 'dist-admin',
        relation: 'unrelated',
        what: "reclaim from other-dist's reseller",
        expected: 'deny',
        target: { type: 'Partner', id: otherReseller },
        input: (id) => ({ resellerId: id, amount: '0.01' }),
        secrets: [demoPartner('other-reseller').name],
      },
      // Coupons and quotas.
      {
        mutation: 'issueCoupons',
        viewer: 'dist-admin',
        relation: 'unrelated',
        what: "issue from other-dist's quota",
        expected: 'deny',
        target: { type: 'CouponQuota', id: foreignQuota.id },
        input: (id) => ({ quotaId: id, customerIds: [gid('SubCustomer', ownCustomer.id)], faceValue: '1.00' }),
        secrets: [foreignQuota.quota_id],
      },
      {
        mutation: 'issueCoupons',
        viewer: 'dist-admin',
        relation: 'child',
        what: "issue from its reseller's sub-quota",
        expected: 'deny',
        target: { type: 'CouponQuota', id: childQuota.id },
        input: (id) => ({ quotaId: id, customerIds: [gid('SubCustomer', ownCustomer.id)], faceValue: '1.00' }),
      },
      {
        mutation: 'issueCoupons',
        viewer: 'reseller-admin',
        relation: 'parent',
        what: "a reseller issuing from its distributor's quota",
        expected: 'deny',
        target: { type: 'CouponQuota', id: ownQuota.id },
        input: (id) => ({ quotaId: id, customerIds: [gid('SubCustomer', childCustomer.id)], faceValue: '1.00' }),
        secrets: [ownQuota.quota_id],
      },
      {
        mutation: 'issueCoupons',
        viewer: 'dist-admin',
        relation: 'unrelated',
        what: "issue to other-dist's customer",
        expected: 'deny',
        target: { type: 'SubCustomer', id: foreignCustomer.id },
        input: (id) => ({ quotaId: gid('CouponQuota', ownQuota.id), customerIds: [id], faceValue: '1.00' }),
        secrets: [foreignCustomer.account_name, foreignCustomer.name],
      },
      {
        mutation: 'issueCoupons',
        viewer: 'dist-admin',
        relation: 'child',
        what: "issue to its reseller's customer",
        expected: 'deny',
        target: { type: 'SubCustomer', id: childCustomer.id },
        input: (id) => ({ quotaId: gid('CouponQuota', ownQuota.id), customerIds: [id], faceValue: '1.00' }),
      },
      {
        mutation: 'createPaymentAgreement',
        viewer: 'dist-admin',
        relation: 'unrelated',
        what: "propose payment on behalf to other-dist's customer",
        expected: 'deny',
        target: { type: 'SubCustomer', id: foreignCustomer.id },
        input: (id) => ({ customerId: id, agreementType: 'FULL' }),
        secrets: [foreignCustomer.account_name],
      },
      {
        mutation: 'createPaymentAgreement',
        viewer: 'dist-admin',
        relation: 'child',
        what: "propose payment on behalf to its reseller's customer",
        expected: 'deny',
        target: { type: 'SubCustomer', id: childCustomer.id },
        input: (id) => ({ customerId: id, agreementType: 'FULL' }),
      },
      {
        mutation: 'terminatePaymentAgreement',
        viewer: 'other-dist-admin',
        relation: 'unrelated',
        what: "terminate dist's payment agreement",
        expected: 'deny',
        target: { type: 'PaymentAgreement', id: ownAgreement.id },
        input: (id) => ({ agreementId: id, reason: 'x' }),
      },
      {
        mutation: 'createPaymentAgreement',
        viewer: 'dist-admin',
        relation: 'own',
        what: 'propose payment on behalf to an own customer',
        expected: 'allow',
        input: () => ({ customerId: gid('SubCustomer', ownCustomer.id), agreementType: 'FULL' }),
      },
      {
        mutation: 'issueCoupons',
        viewer: 'dist-admin',
        relation: 'own',
        what: 'issue from an own quota to an own customer',
        expected: 'allow',
        input: () => ({
          quotaId: gid('CouponQuota', ownQuota.id),
          customerIds: [gid('SubCustomer', ownCustomer.id)],
          faceValue: '1.00',
        }),
      },
      {
        mutation: 'reclaimCoupons',
        viewer: 'dist-admin',
        relation: 'unrelated',
        what: "reclaim other-dist's coupon",
        expected: 'deny',
        target: { type: 'Coupon', id: foreignCoupon.id },
        input: (id) => ({ couponIds: [id] }),
        secrets: [foreignCoupon.coupon_id],
      },
      {
        mutation: 'issueSubQuota',
        viewer: 'dist-admin',
        relation: 'unrelated',
        what: "carve a sub-quota for other-dist's reseller",
        expected: 'deny',
        target: { type: 'Partner', id: otherReseller },
        input: (id) => ({ parentQuotaId: gid('CouponQuota', ownQuota.id), resellerId: id, amount: '1.00' }),
        secrets: [demoPartner('other-reseller').name],
      },
      {
        mutation: 'issueSubQuota',
        viewer: 'dist-admin',
        relation: 'unrelated',
        what: "carve from other-dist's quota",
        expected: 'deny',
        target: { type: 'CouponQuota', id: foreignQuota.id },
        input: (id) => ({ parentQuotaId: id, resellerId: gid('Partner', P('reseller1')), amount: '1.00' }),
        secrets: [foreignQuota.quota_id],
      },
      {
        mutation: 'issueSubQuota',
        viewer: 'dist-admin',
        relation: 'child',
        what: 'carve a sub-quota for its own reseller',
        expected: 'allow',
        input: () => ({
          parentQuotaId: gid('CouponQuota', ownQuota.id),
          resellerId: gid('Partner', P('reseller1')),
          amount: '1.00',
        }),
      },
      {
        mutation: 'reclaimSubQuota',
        viewer: 'dist-admin',
        relation: 'unrelated',
        what: "reclaim other-dist's reseller's sub-quota",
        expected: 'deny',
        target: { type: 'CouponQuota', id: foreignSubQuota.id },
        input: (id) => ({ quotaId: id }),
        secrets: [foreignSubQuota.quota_id],
      },
      // Association and onboarding (deny cases only: these mutations are still being written).
      {
        mutation: 'createCustomer',
        viewer: 'dist-admin',
        relation: 'unrelated',
        what: "create a customer for other-dist's reseller",
        expected: 'deny',
        target: { type: 'Partner', id: otherReseller },
        input: (id) => ({
          accountName: 'matrix_probe_customer',
          associationType: 'RESALE',
          xaccountId: 'matrix-probe',
          xaccountType: 'probe',
          resellerId: id,
          idempotencyKey: `matrix-${id}`,
        }),
        secrets: [demoPartner('other-reseller').name],
      },
      {
        mutation: 'unbindCustomer',
        viewer: 'dist-admin',
        relation: 'unrelated',
        what: "unbind other-dist's customer",
        expected: 'deny',
        target: { type: 'SubCustomer', id: foreignCustomer.id },
        input: (id) => ({ customerId: id }),
        secrets: [foreignCustomer.account_name, foreignCustomer.name],
      },
      {
        mutation: 'unbindCustomer',
        viewer: 'dist-admin',
        relation: 'child',
        what: "unbind its reseller's customer",
        expected: 'deny',
        target: { type: 'SubCustomer', id: childCustomer.id },
        input: (id) => ({ customerId: id }),
      },
      {
        mutation: 'switchAssociationType',
        viewer: 'dist-admin',
        relation: 'unrelated',
        what: "switch other-dist's customer to ADVISORY",
        expected: 'deny',
        target: { type: 'SubCustomer', id: foreignCustomer.id },
        input: (id) => ({ customerId: id, toType: 'ADVISORY' }),
        secrets: [foreignCustomer.account_name],
      },
      {
        mutation: 'handleUnbindRequest',
        viewer: 'dist-admin',
        relation: 'unrelated',
        what: "approve other-dist's customer's unbind request",
        expected: 'deny',
        target: { type: 'AssociationEvent', id: foreignEvent.id },
        input: (id) => ({ eventId: id, approve: true }),
        secrets: [foreignCustomer.account_name],
      },
      // Orders and resources (deny cases only).
      {
        mutation: 'payOrder',
        viewer: 'dist-admin',
        relation: 'unrelated',
        what: "pay other-dist's order",
        expected: 'deny',
        target: { type: 'Order', id: foreignOrder.id },
        input: (id) => ({ orderId: id }),
        secrets: [foreignOrder.order_id],
      },
      {
        mutation: 'payOrder',
        viewer: 'dist-admin',
        relation: 'unrelated',
        what: "pay an own order with other-dist's coupon",
        expected: 'deny',
        target: { type: 'Coupon', id: foreignCoupon.id },
        input: (id) => ({ orderId: gid('Order', ownPendingOrder.id), couponIds: [id] }),
        secrets: [foreignCoupon.coupon_id],
      },
      {
        mutation: 'cancelOrder',
        viewer: 'dist-admin',
        relation: 'unrelated',
        what: "cancel other-dist's order",
        expected: 'deny',
        target: { type: 'Order', id: foreignOrder.id },
        input: (id) => ({ orderId: id }),
        secrets: [foreignOrder.order_id],
      },
      {
        mutation: 'renewResources',
        viewer: 'dist-admin',
        relation: 'unrelated',
        what: "renew other-dist's resource",
        expected: 'deny',
        target: { type: 'Resource', id: foreignResource.id },
        input: (id) => ({ resourceIds: [id], periodType: 'MONTH', periodNum: 1 }),
        secrets: [foreignResource.resource_id],
      },
      {
        mutation: 'unsubscribeResources',
        viewer: 'dist-admin',
        relation: 'unrelated',
        what: "unsubscribe other-dist's resource",
        expected: 'deny',
        target: { type: 'Resource', id: foreignResource.id },
        input: (id) => ({ resourceIds: [id] }),
        secrets: [foreignResource.resource_id],
      },
      {
        mutation: 'setAutoRenew',
        viewer: 'dist-admin',
        relation: 'unrelated',
        what: "turn on auto-renew of other-dist's resource",
        expected: 'deny',
        target: { type: 'Resource', id: foreignResource.id },
        input: (id) => ({ resourceIds: [id], enabled: true }),
        secrets: [foreignResource.resource_id],
      },
    ];
    for (const login of new Set(cases.map((c) => c.viewer))) tokens[login] ??= await server.signIn(login);
  });

  async function attempt(
    c: ChangeCase,
    targetId: string | null,
  ): Promise<{ res: Response; payload: Record<string, unknown> | null | undefined }> {
    const field = (await schemaOnce()).getMutationType()!.getFields()[c.mutation];
    const inputType = String(field.args[0].type);
    const res = (await server.execute(
      `mutation ($input: ${inputType}) { ${c.mutation}(input: $input) { userErrors { code message } ${PAYLOAD[c.mutation].selection} } }`,
      { input: c.input(targetId ?? '') },
      tokens[c.viewer],
    )) as Response;
    return { res, payload: res.data?.[c.mutation] as Record<string, unknown> | null | undefined };
  }

  const reportsSuccess = (c: ChangeCase, payload: Record<string, unknown> | null | undefined) =>
    PAYLOAD[c.mutation].success.some((key) => {
      const value = payload?.[key];
      return Array.isArray(value) ? value.length > 0 : value != null;
    });

  it('every mutation of the schema is either covered below or has no input naming another partner’s row', () => {
    const covered = new Set(Object.keys(PAYLOAD).filter((m) => FAMILY[m]));
    const pending = [...MUTATIONS].filter((m) => !covered.has(m) && !(m in NO_FOREIGN_INPUT)).sort();
    console.log(
      `\nMutations in the running schema: ${[...MUTATIONS].sort().join(', ')}\nChange dimension PENDING (no test yet): ${pending.join(', ') || '(none)'}\n`,
    );
    expect(MUTATIONS.has('signIn')).toBe(true);
  });

  it('denied changes leave every business table unchanged, reveal nothing, and answer a foreign id like a never-existing one; own changes go through', async () => {
    const problems: string[] = [];
    for (const c of cases) {
      if (!MUTATIONS.has(c.mutation)) {
        printedChanges.push([
          c.viewer,
          c.relation,
          c.mutation,
          c.what,
          c.expected,
          'pending (mutation not in the schema yet)',
        ]);
        continue;
      }
      const targetId = c.target ? gid(c.target.type, c.target.id) : null;
      const before = await snapshot(c.mutation);
      const { res, payload } = await attempt(c, targetId);
      const after = await snapshot(c.mutation);
      const changed = before.digest !== after.digest;
      const success = reportsSuccess(c, payload);
      const internal =
        (res.errors ?? []).some((e) => e.extensions?.code === 'INTERNAL_SERVER_ERROR') || res.status >= 500;
      const answer = res.errors?.length
        ? `error ${res.errors.map((e) => e.extensions?.code).join(',')}`
        : `${((payload?.userErrors as { code: string }[]) ?? []).map((e) => e.code).join(',') || ''}${((payload?.failed as { code: string }[]) ?? []).map((e) => e.code).join(',')}`;
      let observed: string =
        success && changed
          ? 'allow'
          : !success && !changed
            ? 'deny'
            : `inconsistent (success=${success}, changed=${changed})`;
      if (internal) observed = `internal error ${JSON.stringify(res.errors)}`;
      if (observed !== c.expected) {
        problems.push(
          `${c.viewer} ${c.mutation} (${c.what}): expected ${c.expected}, got ${observed}: ${JSON.stringify(res.errors ?? payload)}${changed && !success ? `; changed: ${difference(before, after)}` : ''}`,
        );
      }
      if (c.expected === 'deny') {
        for (const bump of versionOnly(before, after))
          notes.push(`${c.mutation} (${c.what}) was refused but wrote ${bump}`);
        if (JSON.stringify(before.counts) !== JSON.stringify(after.counts))
          problems.push(
            `${c.mutation} (${c.what}): row counts changed ${JSON.stringify(before.counts)} → ${JSON.stringify(after.counts)}`,
          );
        const text = JSON.stringify(res);
        for (const secret of c.secrets ?? [])
          if (text.includes(secret)) problems.push(`${c.mutation} (${c.what}): the answer reveals "${secret}"`);
        if (c.target) {
          // Exists-but-not-yours and does-not-exist answer alike (ids replaced by a placeholder).
          // Types outside the read model (MemberQualification …) have no maxId: a far id never exists either.
          const missingId = gid(c.target.type, (world.maxId.get(c.target.type as never) ?? 10_000_000) + 1000);
          const missing = await attempt(c, missingId);
          const normalise = (r: Response, id: string) =>
            JSON.stringify({ status: r.status, data: r.data, errors: r.errors }).split(id).join('<id>');
          if (normalise(res, targetId!) !== normalise(missing.res, missingId)) {
            problems.push(
              `${c.mutation} (${c.what}): foreign id answers ${normalise(res, targetId!)}, missing id answers ${normalise(missing.res, missingId)}`,
            );
          }
        }
      }
      printedChanges.push([
        c.viewer,
        c.relation,
        c.mutation,
        c.what,
        c.expected,
        observed === c.expected ? `${observed.toUpperCase()} ${answer}`.trim() : `✗ ${observed}`,
      ]);
    }
    console.log(
      `\nChange matrix:\n${printTable(['viewer', 'relation', 'mutation', 'attempt', 'expected', 'observed (answer)'], printedChanges)}\n`,
    );
    if (notes.length)
      console.log(`NOTE (not failed): refused mutations that still bumped a row version:\n${notes.join('\n')}\n`);
    expect(problems).toEqual([]);
  });

  it('revokeAccessKey: another partner’s key, or another member’s key of the same partner, is refused like a key that never existed', async () => {
    if (!MUTATIONS.has('revokeAccessKey') || !MUTATIONS.has('createAccessKey')) return;
    for (const login of ['other-dist-admin', 'dist-ops']) tokens[login] ??= await server.signIn(login);
    const created = (await server.execute(
      'mutation ($input: CreateAccessKeyInput!) { createAccessKey(input: $input) { userErrors { code } accessKey { accessKeyId } } }',
      { input: { description: 'matrix probe' } },
      tokens['other-dist-admin'],
    )) as Response;
    const foreignKey = (created.data!.createAccessKey as { accessKey: { accessKeyId: string } }).accessKey.accessKeyId;
    const ownPartnerKey = (
      (await server.execute(
        'mutation ($input: CreateAccessKeyInput!) { createAccessKey(input: $input) { accessKey { accessKeyId } } }',
        { input: {} },
        tokens['dist-admin'],
      )) as Response
    ).data!.createAccessKey as { accessKey: { accessKeyId: string } };
    const revoke = (login: string, key: string) =>
      server.execute(
        'mutation ($input: RevokeAccessKeyInput!) { revokeAccessKey(input: $input) { userErrors { code message } accessKey { accessKeyId status } } }',
        { input: { accessKeyId: key } },
        tokens[login],
      ) as Promise<Response>;
    const keys = async () => sql(server, 'select id, access_key_id, revoked_at from access_key order by id');
    const missingKey = `${foreignKey.slice(0, -4)}ZZZZ`;
    const normalise = (r: Response, key: string) =>
      JSON.stringify({ status: r.status, data: r.data, errors: r.errors }).split(key).join('<ak>');
    for (const [login, key] of [
      ['dist-admin', foreignKey],
      ['dist-ops', ownPartnerKey.accessKey.accessKeyId],
    ] as const) {
      const before = await keys();
      const res = await revoke(login, key);
      expect(await keys(), `${login} revoking ${key}`).toEqual(before);
      expect((res.data!.revokeAccessKey as { accessKey: unknown }).accessKey, login).toBeNull();
      expect(normalise(res, key)).toBe(normalise(await revoke(login, missingKey), missingKey));
    }
  });

  it('createRole creates the role in the caller’s own partner only', async () => {
    if (!MUTATIONS.has('createRole')) return;
    const res = (await server.execute(
      'mutation ($input: CreateRoleInput!) { createRole(input: $input) { userErrors { code } role { id } } }',
      { input: { name: 'Matrix probe role', permissionCodes: ['customer:list'] } },
      tokens['reseller-admin'],
    )) as Response;
    const role = (res.data!.createRole as { role: { id: string } | null }).role;
    expect(role).not.toBeNull();
    const [row] = await sql<{ partner_id: number }>(server, 'select partner_id from role where id = ?', [
      fromGlobalId(role!.id)!.id,
    ]);
    expect(row.partner_id).toBe(demoPartner('reseller1').id);
  });
});

/**
 * The three kinds of actor (issue 12): each entry query and each customer mutation answers its own
 * kind only; the others get FORBIDDEN (anonymous: UNAUTHENTICATED) with nothing changed, and a
 * customer reaches no other customer's request: it answers like one that never existed.
 */
describe('access matrix: actor kinds', { timeout: 120_000 }, () => {
  const ENTRY: Record<string, string> = {
    viewer: '{ viewer { member { loginName } } }',
    customerViewer: '{ customerViewer { account { accountName } } }',
    operatorViewer: '{ operatorViewer { permissions } }',
  };
  const CUSTOMER_MUTATIONS: Record<string, string> = {
    grantOrderAuthorization: 'mutation { grantOrderAuthorization { orderAuthorization { id } userErrors { code } } }',
    revokeOrderAuthorization:
      'mutation { revokeOrderAuthorization(input: { reason: "matrix", verificationCode: "000000" }) { orderAuthorization { id } userErrors { code } } }',
    requestUnbind:
      'mutation { requestUnbind(input: { reason: "matrix", verificationCode: "000000" }) { event { id } userErrors { code } } }',
    answerUnbindRequest:
      'mutation ($id: ID!) { answerUnbindRequest(input: { eventId: $id, approve: false, verificationCode: "000000" }) { event { id } userErrors { code } } }',
  };
  const kinds: Record<string, { login: string; as: 'MEMBER' | 'CUSTOMER' | 'OPERATOR'; entry: string }> = {
    member: { login: 'dist-admin', as: 'MEMBER', entry: 'viewer' },
    'member (no customer rights)': { login: 'dist-ops', as: 'MEMBER', entry: 'viewer' },
    customer: { login: 'yunfan-tech', as: 'CUSTOMER', entry: 'customerViewer' },
    operator: { login: 'ops-admin', as: 'OPERATOR', entry: 'operatorViewer' },
  };
  const kindTokens: Record<string, string> = {};
  const businessCounts = async () =>
    Object.fromEntries(
      await Promise.all(
        ['association_event', 'order_authorization', 'sub_customer', 'coupon', 'adjust_record'].map(
          async (t) => [t, (await sql<{ n: number }>(server, `select count(*) n from ${t}`))[0].n] as const,
        ),
      ),
    );
  let eventId = '';
  beforeAll(async () => {
    for (const [name, k] of Object.entries(kinds)) kindTokens[name] = await server.signIn(k.login, undefined, k.as);
    const [row] = await sql<{ id: number }>(
      server,
      "select id from association_event where event_type = 'UNBIND' and status = 'PENDING' and initiator = 'PARTNER' order by id",
    );
    eventId = gid('AssociationEvent', row.id);
  });

  it('answers each entry query to its own kind only', async () => {
    const rows: string[][] = [];
    for (const [name, k] of Object.entries(kinds)) {
      for (const [field, query] of Object.entries(ENTRY)) {
        const res = (await server.execute(query, {}, kindTokens[name])) as Response;
        const codes = (res.errors ?? []).map((e) => e.extensions?.code);
        const observed = codes.length ? String(codes[0]) : 'allow';
        rows.push([name, field, observed]);
        expect(observed, `${name} → ${field}`).toBe(field === k.entry ? 'allow' : 'FORBIDDEN');
      }
    }
    for (const query of Object.values(ENTRY))
      expect(((await server.execute(query, {})) as Response).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    console.log(`\nEntry queries by actor kind:\n${printTable(['actor', 'query', 'answer'], rows)}\n`);
  });

  it("lets customer tokens call the customer's mutations and refuses them to members and operators (FORBIDDEN, nothing changed)", async () => {
    for (const [mutation, document] of Object.entries(CUSTOMER_MUTATIONS)) {
      for (const [name, k] of Object.entries(kinds)) {
        const before = await businessCounts();
        const res = (await server.execute(document, { id: eventId }, kindTokens[name])) as Response;
        const codes = (res.errors ?? []).map((e) => e.extensions?.code);
        if (k.as === 'CUSTOMER') expect(codes, `${name} → ${mutation}`).toEqual([]);
        else {
          expect(codes, `${name} → ${mutation}`).toEqual(['FORBIDDEN']);
          expect(await businessCounts(), `${name} → ${mutation}`).toEqual(before);
        }
      }
      const anonymous = (await server.execute(document, { id: eventId })) as Response;
      expect(anonymous.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    }
  });

  it("answers a customer's answer to another customer's request like one to a request that never existed", async () => {
    const before = await businessCounts();
    const answer = async (id: string) =>
      JSON.stringify(
        ((await server.execute(CUSTOMER_MUTATIONS.answerUnbindRequest, { id }, kindTokens.customer)) as Response).data,
      )
        .split(id)
        .join('<id>');
    const missing = gid('AssociationEvent', 9_999_999);
    expect(await answer(eventId)).toBe(await answer(missing));
    expect(await answer(eventId)).toContain('EVENT_NOT_FOUND');
    expect(await businessCounts()).toEqual(before);
  });
});

/** One cell of a partner-relation matrix: who signs in, which relation it tries, and the outcome. */
type PartnerCase = [
  viewer: string,
  as: 'MEMBER' | 'OPERATOR',
  relation: string,
  query: string,
  other: DemoPartnerKey | null,
  outcome: Outcome,
];

/** The ways a member reaches a partner's `selection`: its own partner, the parent, a child reseller, any other by node id. */
const partnerPaths = (selection: string): Record<string, string> => ({
  own: `{ viewer { partner { ${selection} } } }`,
  parent: `{ viewer { partner { parent { ${selection} } } } }`,
  child: `{ viewer { partner { resellers(first: 10) { nodes { ${selection} } } } } }`,
  other: `query ($id: ID!) { node(id: $id) { ... on Partner { ${selection} } } }`,
});

/**
 * Runs each cell: signs in, reads its path (with the other partner's id), compares allow/deny (any
 * error is a denial) and hands the answer to `check`; prints the table under `title`.
 */
async function runPartnerMatrix(
  title: string,
  via: Record<string, string>,
  cases: PartnerCase[],
  check: (res: Response, outcome: Outcome, cell: string, codes: unknown[]) => void,
): Promise<void> {
  const rows: string[][] = [];
  for (const [viewer, as, relation, query, other, outcome] of cases) {
    const token = await server.signIn(viewer, undefined, as);
    const id = other ? gid('Partner', demoPartner(other).id) : undefined;
    const res = (await server.execute(via[query], id ? { id } : {}, token)) as Response;
    const codes = (res.errors ?? []).map((e) => e.extensions?.code);
    const observed: Outcome = codes.length ? 'deny' : 'allow';
    rows.push([viewer, relation, observed]);
    expect(observed, `${viewer} → ${relation}`).toBe(outcome);
    check(res, outcome, `${viewer} → ${relation}`, codes);
  }
  console.log(`\n${title}:\n${printTable(['viewer', 'partner', 'answer'], rows)}\n`);
}

/**
 * 业绩 per reseller (Partner.resellerPerformance): {own, sibling reseller, parent distributor, child
 * reseller, unrelated partner} × {distributor administrator, reseller administrator, account manager,
 * operator}. Only the distributor itself (with dashboard:view and every customer in scope) and an
 * operator with ops:partner-read read it; every other cell is FORBIDDEN and shows no row.
 */
describe('access matrix: reseller performance', { timeout: 120_000 }, () => {
  const PERF = 'resellerPerformance(first: 10) { nodes { reseller { id } } total { paidOrders } }';
  const via: Record<string, string> = {
    ...partnerPaths(PERF),
    operator: `{ operatorViewer { partners(first: 50) { nodes { id ${PERF} } } } }`,
  };
  const cases: PartnerCase[] = [
    ['dist-admin', 'MEMBER', 'own', 'own', null, 'allow'],
    ['dist-admin', 'MEMBER', 'child', 'child', null, 'deny'],
    ['dist-admin', 'MEMBER', 'unrelated', 'other', 'other-dist', 'deny'],
    ['reseller-admin', 'MEMBER', 'own (no resellers)', 'own', null, 'allow'],
    ['reseller-admin', 'MEMBER', 'parent', 'parent', null, 'deny'],
    ['reseller-admin', 'MEMBER', 'sibling', 'other', 'reseller2', 'deny'],
    ['dist-am', 'MEMBER', 'own', 'own', null, 'deny'],
    ['dist-sa', 'MEMBER', 'own', 'own', null, 'deny'],
    ['ops-admin', 'OPERATOR', 'any distributor', 'operator', null, 'allow'],
  ];

  it('lets the distributor and operators read it, and no one else', async () => {
    await runPartnerMatrix('Partner.resellerPerformance', via, cases, (res, outcome) => {
      if (outcome === 'deny') expect(JSON.stringify(res.data ?? null)).not.toContain('paidOrders');
    });
  });
});

describe('access matrix: company info and real-name verification', { timeout: 120_000 }, () => {
  // Default points, your own partner only: no child, parent, sibling, unrelated nor operator path.
  const via = partnerPaths('companyInfo { unifiedSocialCreditCode } realNameVerification { status }');
  const cases: PartnerCase[] = [
    ['dist-admin', 'MEMBER', 'own', 'own', null, 'allow'],
    ['dist-am', 'MEMBER', 'own (default points)', 'own', null, 'allow'],
    ['dist-sa', 'MEMBER', 'own (default points)', 'own', null, 'allow'],
    ['dist-admin', 'MEMBER', 'child', 'child', null, 'deny'],
    ['dist-admin', 'MEMBER', 'unrelated', 'other', 'other-dist', 'deny'],
    ['reseller-admin', 'MEMBER', 'own', 'own', null, 'allow'],
    ['reseller-admin', 'MEMBER', 'parent', 'parent', null, 'deny'],
    ['reseller-admin', 'MEMBER', 'sibling', 'other', 'reseller2', 'deny'],
    ['ops-admin', 'OPERATOR', 'any partner', 'other', 'dist', 'deny'],
  ];

  it('lets only the own partner’s members read them', async () => {
    await runPartnerMatrix('Partner.companyInfo / realNameVerification', via, cases, (res, outcome, cell, codes) => {
      if (outcome === 'deny') {
        // FORBIDDEN on a path; an unrelated partner's node answers NOT_FOUND (not-found parity).
        for (const code of codes) expect(['FORBIDDEN', 'NOT_FOUND'], cell).toContain(code);
        expect(JSON.stringify(res.data ?? null)).not.toContain('VERIFIED');
      } else expect(JSON.stringify(res.data)).toContain('unifiedSocialCreditCode');
    });
  });
});

/**
 * Dashboard.incentivesByPeriod (the incentive roll-up): {own, parent distributor, child reseller,
 * sibling, unrelated} × {distributor administrator, reseller administrator, account manager, SA,
 * operator}. Only a partner's own dashboard with incentive:statistics reads it: a distributor reading
 * a reseller's dashboard (allowed for the consumption fields) is refused this one.
 */
describe('access matrix: dashboard incentives by period', { timeout: 120_000 }, () => {
  const via = partnerPaths('dashboard { from incentivesByPeriod { period paid { count } } }');
  const cases: PartnerCase[] = [
    ['dist-admin', 'MEMBER', 'own', 'own', null, 'allow'],
    ['dist-admin', 'MEMBER', 'child', 'child', null, 'deny'],
    ['dist-admin', 'MEMBER', 'unrelated', 'other', 'other-dist', 'deny'],
    ['reseller-admin', 'MEMBER', 'own', 'own', null, 'allow'],
    ['reseller-admin', 'MEMBER', 'parent', 'parent', null, 'deny'],
    ['reseller-admin', 'MEMBER', 'sibling', 'other', 'reseller2', 'deny'],
    ['dist-am', 'MEMBER', 'own (no incentive:statistics)', 'own', null, 'deny'],
    ['dist-sa', 'MEMBER', 'own (no incentive:statistics)', 'own', null, 'deny'],
    ['ops-admin', 'OPERATOR', 'any partner', 'other', 'dist', 'deny'],
  ];

  it('lets only the own partner’s members with incentive:statistics read it', async () => {
    await runPartnerMatrix('Dashboard.incentivesByPeriod', via, cases, (res, outcome, cell, codes) => {
      if (outcome === 'deny') {
        for (const code of codes) expect(['FORBIDDEN', 'NOT_FOUND'], cell).toContain(code);
        expect(JSON.stringify(res.data ?? null)).not.toContain('"period"');
      } else expect(JSON.stringify(res.data)).toContain('"period"');
    });
  });
});
