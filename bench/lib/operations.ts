/**
 * The measured operations: their .graphql documents (bench/operations), the variables gathered
 * from the running server, and what a correct answer looks like (checked on a probe request in
 * full, then on every response under load by status, exact size and absence of errors).
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { graphqlOk } from './http';
import { OPERATIONS_DIR } from './paths';

/** The list pages of the newer areas: each the first page of its main list (see listPlan). */
export type ListKey = 'incentives' | 'invoices' | 'leads' | 'notifications';
export const LIST_OPERATIONS: ListKey[] = ['incentives', 'invoices', 'leads', 'notifications'];

export type OperationKey = 'customer-list' | 'nodes' | 'order' | 'dashboard' | 'reseller-tree' | ListKey | 'write-mix';
export const ALL_OPERATIONS: OperationKey[] = [
  'customer-list',
  'nodes',
  'order',
  'dashboard',
  'reseller-tree',
  ...LIST_OPERATIONS,
  'write-mix',
];

export function readOperation(file: string): string {
  return readFileSync(join(OPERATIONS_DIR, file), 'utf8');
}

export function operationExists(file: string): boolean {
  return existsSync(join(OPERATIONS_DIR, file));
}

/** One GraphQL request of an operation. */
export interface GraphqlRequest {
  query: string;
  variables: Record<string, unknown>;
}

/** A read: the same request every time; its answer is checked against a full validator. */
export interface ReadPlan {
  kind: 'read';
  key: OperationKey;
  request: GraphqlRequest;
  /** Throws when the parsed answer is not what the operation should return; returns a summary. */
  validate(body: { data?: unknown; errors?: unknown[] }): string;
}

/** The write mix: issueCoupons then reclaimCoupons of what it issued, each with an idempotency key. */
export interface WritePlan {
  kind: 'write';
  key: OperationKey;
  issue: string;
  reclaim: string;
  quotaId: string;
  customerIds: string[];
  perRequest: number;
}

export type Plan = ReadPlan | WritePlan;

// ---------------------------------------------------------------------------------------------

interface Gathered {
  viewer: {
    member: { id: string };
    partner: {
      id: string;
      customers: {
        nodes: {
          id: string;
          accountManager: { id: string } | null;
          coupons: { nodes: { id: string }[] };
          orders: { nodes: { id: string; lineItems: unknown[] }[] };
        }[];
      };
      resale: { nodes: { id: string }[] };
      resources: { nodes: { id: string; order: { id: string; lineItems: unknown[] } | null }[] };
      members: { nodes: { id: string }[] };
      couponQuotas: {
        nodes: {
          id: string;
          kind: string;
          status: string;
          effectiveTime: string;
          expireTime: string;
          designatedCustomerIds: string[];
          balance: { amount: string };
          parentQuota: { id: string } | null;
        }[];
      };
    };
  };
}

export interface Ids {
  partnerGlobalId: string;
  partnerId: number;
  nodeIds: string[];
  nodeMix: Record<string, number>;
  orderId: string | null;
  write: { quotaId: string; customerIds: string[]; note: string } | null;
}

const decode = (globalId: string) => Buffer.from(globalId, 'base64url').toString('utf8');

/** Real ids from the running application server, visible to the signed-in member. */
export async function gatherIds(url: string, token: string): Promise<Ids> {
  const { data } = await graphqlOk<Gathered>(
    url,
    readOperation('gather-ids.graphql'),
    {},
    { authorization: `Bearer ${token}` },
  );
  const p = data.viewer.partner;
  const customers = p.customers.nodes.map((c) => c.id);
  const orders = p.customers.nodes.flatMap((c) => c.orders.nodes.map((o) => o.id));
  const coupons = p.customers.nodes.flatMap((c) => c.coupons.nodes.map((o) => o.id));
  const resources = p.resources.nodes.map((r) => r.id);
  const members = [
    ...new Set([
      ...p.members.nodes.map((m) => m.id),
      ...p.customers.nodes.flatMap((c) => (c.accountManager ? [c.accountManager.id] : [])),
    ]),
  ];
  // 100 ids: 40 customers, 25 orders, 15 coupons, 15 resources, 5 members, interleaved; short kinds filled from the others.
  const want: [string, string[], number][] = [
    ['SubCustomer', customers, 40],
    ['Order', orders, 25],
    ['Coupon', coupons, 15],
    ['Resource', resources, 15],
    ['Member', members, 5],
  ];
  const picked: string[][] = want.map(([, pool, n]) => pool.slice(0, n));
  let missing = 100 - picked.reduce((s, l) => s + l.length, 0);
  for (let k = 0; missing > 0 && k < want.length; k++) {
    const extra = want[k][1].slice(picked[k].length, picked[k].length + missing);
    picked[k].push(...extra);
    missing -= extra.length;
  }
  const nodeIds: string[] = [];
  for (let i = 0; nodeIds.length < 100 && picked.some((l) => i < l.length); i++)
    for (const l of picked) if (i < l.length && nodeIds.length < 100) nodeIds.push(l[i]);
  const nodeMix = Object.fromEntries(want.map(([type], k) => [type, picked[k].length]));

  // The order: the one with the most line items among those that created resources.
  const withResources = p.resources.nodes.flatMap((r) => (r.order ? [r.order] : []));
  const candidates = withResources.length ? withResources : p.customers.nodes.flatMap((c) => c.orders.nodes);
  const order = candidates.sort((a, b) => b.lineItems.length - a.lineItems.length)[0] ?? null;

  // The write mix: an own NORMAL quota, valid for more than a day, not limited to designated customers.
  const now = Date.now();
  const quota = p.couponQuotas.nodes
    .filter(
      (q) =>
        !q.parentQuota &&
        q.designatedCustomerIds.length === 0 &&
        q.kind !== 'PICKUP' &&
        Date.parse(q.effectiveTime) < now &&
        Date.parse(q.expireTime) > now + 86_400_000 &&
        Number(q.balance.amount) >= 100,
    )
    .sort((a, b) => Number(b.balance.amount) - Number(a.balance.amount))[0];
  const onFirstPage = new Set(customers);
  const offPage = p.resale.nodes.map((c) => c.id).filter((id) => !onFirstPage.has(id));
  const writeCustomers = offPage.length >= 10 ? offPage : p.resale.nodes.map((c) => c.id);
  const write =
    quota && writeCustomers.length >= 5
      ? {
          quotaId: quota.id,
          customerIds: writeCustomers,
          note:
            offPage.length >= 10
              ? `${writeCustomers.length} RESALE customers outside the measured customer page`
              : `only ${offPage.length} RESALE customers outside the customer page: the write mix touches customers the customer-list reads (each run probes its expected size afresh)`,
        }
      : null;

  const partnerMatch = /^Partner:(\d+)$/.exec(decode(p.id));
  return {
    partnerGlobalId: p.id,
    partnerId: Number(partnerMatch?.[1]),
    nodeIds,
    nodeMix,
    orderId: order?.id ?? null,
    write,
  };
}

// ---------------------------------------------------------------------------------------------

function assert(condition: unknown, message: string): asserts condition {
  if (!condition) throw new Error(message);
}

function noErrors(body: { data?: unknown; errors?: unknown[] }): Record<string, unknown> {
  if (body.errors?.length) throw new Error(`errors: ${JSON.stringify(body.errors).slice(0, 400)}`);
  assert(body.data && typeof body.data === 'object', 'no data');
  return body.data as Record<string, unknown>;
}

interface CustomerPage {
  pageInfo: { hasNextPage: boolean };
  nodes: { coupons: { nodes: unknown[] }; orders: { nodes: { lineItems: unknown[] }[] } }[];
}

function checkCustomerPage(page: CustomerPage, first: number): string {
  const n = page.nodes.length;
  assert(n >= 1 && n <= first, `customers: ${n} for first ${first}`);
  assert(!page.pageInfo.hasNextPage || n === first, `customers: ${n} < ${first} with a next page`);
  let coupons = 0;
  let orders = 0;
  let items = 0;
  for (const c of page.nodes) {
    assert(c.coupons.nodes.length <= 5 && c.orders.nodes.length <= 5, 'more than 5 coupons or orders for a customer');
    coupons += c.coupons.nodes.length;
    orders += c.orders.nodes.length;
    for (const o of c.orders.nodes) {
      assert(o.lineItems.length >= 1, 'an order without line items');
      items += o.lineItems.length;
    }
  }
  return `${n} customers, ${coupons} coupons, ${orders} orders, ${items} line items`;
}

/** The customer-list page on the application (and the bare baseline, which answers the same document). */
export function customerListPlan(first = 100): ReadPlan {
  return {
    kind: 'read',
    key: 'customer-list',
    request: { query: readOperation('customer-list.graphql'), variables: { first } },
    validate(body) {
      const data = noErrors(body) as { viewer: { partner: { customers: CustomerPage } } };
      return checkCustomerPage(data.viewer.partner.customers, first);
    },
  };
}

/** The same page as PostGraphile expresses it (bench/operations/postgraphile/customer-list.graphql). */
export function postgraphileCustomerListPlan(partnerId: number, first = 100): ReadPlan {
  return {
    kind: 'read',
    key: 'customer-list',
    request: { query: readOperation('postgraphile/customer-list.graphql'), variables: { partnerId, first } },
    validate(body) {
      const data = noErrors(body) as {
        partnerById: {
          subCustomersByPartnerId: {
            pageInfo: { hasNextPage: boolean };
            nodes: {
              couponsByCustomerId: { nodes: unknown[] };
              customerOrdersByCustomerId: { nodes: { orderLineItemsByOrderId: { nodes: unknown[] } }[] };
            }[];
          };
        };
      };
      const page = data.partnerById.subCustomersByPartnerId;
      return checkCustomerPage(
        {
          pageInfo: page.pageInfo,
          nodes: page.nodes.map((c) => ({
            coupons: c.couponsByCustomerId,
            orders: {
              nodes: c.customerOrdersByCustomerId.nodes.map((o) => ({ lineItems: o.orderLineItemsByOrderId.nodes })),
            },
          })),
        },
        first,
      );
    },
  };
}

export function nodesPlan(ids: Ids): ReadPlan {
  return {
    kind: 'read',
    key: 'nodes',
    request: { query: readOperation('nodes.graphql'), variables: { ids: ids.nodeIds } },
    validate(body) {
      const data = noErrors(body) as { nodes: ({ __typename: string } | null)[] };
      assert(
        data.nodes.length === ids.nodeIds.length,
        `nodes: ${data.nodes.length} answers for ${ids.nodeIds.length} ids`,
      );
      assert(
        data.nodes.every((n) => n !== null),
        'nodes: a null answer',
      );
      const types: Record<string, number> = {};
      for (const n of data.nodes) types[n!.__typename] = (types[n!.__typename] ?? 0) + 1;
      return `${data.nodes.length} nodes (${Object.entries(types)
        .map(([t, k]) => `${k} ${t}`)
        .join(', ')})`;
    },
  };
}

export function orderPlan(ids: Ids): ReadPlan | null {
  if (!ids.orderId) return null;
  return {
    kind: 'read',
    key: 'order',
    request: { query: readOperation('order.graphql'), variables: { id: ids.orderId } },
    validate(body) {
      const data = noErrors(body) as {
        node: { __typename: string; lineItems: unknown[]; resources: { nodes: unknown[] } } | null;
      };
      assert(data.node && data.node.__typename === 'Order', 'order: not found');
      assert(data.node.lineItems.length >= 1, 'order: no line items');
      return `1 order, ${data.node.lineItems.length} line items, ${data.node.resources.nodes.length} resources`;
    },
  };
}

export function dashboardPlan(): ReadPlan {
  return {
    kind: 'read',
    key: 'dashboard',
    request: { query: readOperation('dashboard.graphql'), variables: {} },
    validate(body) {
      const data = noErrors(body) as {
        viewer: {
          partner: {
            dashboard: { consumptionByMonth: unknown[]; topCustomers: unknown[]; balanceAlerts: unknown[] } | null;
          };
        };
      };
      const d = data.viewer.partner.dashboard;
      assert(d, 'dashboard: null');
      assert(d.consumptionByMonth.length >= 1, 'dashboard: no months');
      return `${d.consumptionByMonth.length} months, ${d.topCustomers.length} top customers, ${d.balanceAlerts.length} balance alerts`;
    },
  };
}

interface Page<T> {
  totalCount: number;
  pageInfo: { hasNextPage: boolean };
  nodes: T[];
}

/** A page of `first` out of totalCount: as many rows as there are, and a next page only when full. */
function checkPage(what: string, page: Page<unknown> | null | undefined, first: number): number {
  assert(page, `${what}: null (forbidden?)`);
  const n = page.nodes.length;
  assert(n === Math.min(first, page.totalCount), `${what}: ${n} rows for first ${first} of ${page.totalCount}`);
  assert(page.pageInfo.hasNextPage === page.totalCount > n, `${what}: hasNextPage ${page.pageInfo.hasNextPage}`);
  return n;
}

type Reseller = {
  customers: Page<unknown> | null;
  couponQuotas: { nodes: unknown[] } | null;
  balance: unknown;
};

/** A distributor's resellers page, each with its 10 newest customers and quotas, and the per-reseller performance. */
export function resellerTreePlan(first = 100): ReadPlan {
  return {
    kind: 'read',
    key: 'reseller-tree',
    request: { query: readOperation('reseller-tree.graphql'), variables: { first } },
    validate(body) {
      const data = noErrors(body) as {
        viewer: {
          partner: {
            resellers: Page<Reseller> | null;
            resellerPerformance: { totalCount: number; nodes: unknown[] } | null;
          };
        };
      };
      const p = data.viewer.partner;
      const n = checkPage('resellers', p.resellers, first);
      assert(n >= 1, 'resellers: none (the signed-in partner is no distributor?)');
      let customers = 0;
      let quotas = 0;
      for (const r of p.resellers!.nodes) {
        assert(r.balance, 'a reseller without its balance');
        customers += checkPage("a reseller's customers", r.customers, 10);
        assert(r.couponQuotas && r.couponQuotas.nodes.length <= 10, "a reseller's quotas: null or more than 10");
        quotas += r.couponQuotas.nodes.length;
      }
      const perf = p.resellerPerformance;
      assert(perf && perf.nodes.length === Math.min(first, perf.totalCount), 'resellerPerformance: page size');
      assert(perf.totalCount === p.resellers!.totalCount, 'resellerPerformance: not one row per reseller');
      return `${n} resellers, ${customers} customers, ${quotas} quotas, ${perf.nodes.length} performance rows`;
    },
  };
}

/** Where each list page lives in its answer. */
const LIST_PATH: Record<ListKey, string[]> = {
  incentives: ['viewer', 'partner', 'incentives'],
  invoices: ['viewer', 'partner', 'invoices'],
  leads: ['viewer', 'partner', 'leads'],
  notifications: ['viewer', 'member', 'notifications'],
};

const at = (data: unknown, path: string[]): unknown =>
  path.reduce<unknown>((v, k) => (v && typeof v === 'object' ? (v as Record<string, unknown>)[k] : undefined), data);

/** The first page of an area's main list, with what a list page shows (bench/operations/<key>.graphql). */
export function listPlan(key: ListKey, first = 100): ReadPlan {
  return {
    kind: 'read',
    key,
    request: { query: readOperation(`${key}.graphql`), variables: { first } },
    validate(body) {
      const page = at(noErrors(body), LIST_PATH[key]) as Page<unknown> | null;
      const n = checkPage(key, page, first);
      assert(n >= 1, `${key}: empty`);
      return `${n} ${key} of ${page!.totalCount}${n < first ? ` (page not full: the seed has fewer than ${first})` : ''}`;
    },
  };
}

export function writePlan(ids: Ids): WritePlan | null {
  if (!ids.write) return null;
  return {
    kind: 'write',
    key: 'write-mix',
    issue: readOperation('issue-coupons.graphql'),
    reclaim: readOperation('reclaim-coupons.graphql'),
    quotaId: ids.write.quotaId,
    customerIds: ids.write.customerIds,
    perRequest: 5,
  };
}

/** A validation error saying the live schema lacks a field, type or argument the document uses. */
export function missingFromSchema(
  errors: { message?: string; extensions?: { code?: string } }[] | undefined,
): string | null {
  const e = errors?.find((x) => /^(Cannot query field|Unknown type|Unknown argument)/.test(x.message ?? ''));
  return e ? (e.message ?? 'validation failed') : null;
}

/** Operations that may be missing while their issue is in progress: skipped with a note, never an error. */
export const OPTIONAL_OPERATIONS: ReadonlySet<OperationKey> = new Set(['dashboard', 'write-mix']);
