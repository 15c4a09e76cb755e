/**
 * Model-based property test of the money mutations (issue 4, item 8): fast-check commands run the
 * real mutations over HTTP, as the distributor's administrator (dist-admin) or its reseller's
 * (reseller-admin, for its own customers), against a model of what must happen: partner cash,
 * customer balances, quota balances, coupon states, unbound and switched customers, order statuses,
 * the 3-month rule, and idempotency keys (retries replay the first answer; a key reused with another
 * input is refused). After every step the answer must be the one the model predicts (success, or
 * the specific user error code), checkInvariants(orm) must return [] and the database must hold
 * exactly what the model holds. Each fast-check run starts its own server on a fresh copy of the
 * seeded database. A second test fires one generated batch concurrently and checks the invariants
 * and that the successful amounts account for every balance change.
 *
 * MONEY_MODEL_RUNS / MONEY_MODEL_COMMANDS / MONEY_MODEL_CONCURRENT_RUNS tune the size;
 * MONEY_MODEL_SEED and MONEY_MODEL_PATH replay a failure fast-check reported.
 */
import { randomUUID } from 'node:crypto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  ModelAllocateFundsDocument,
  ModelAllocateFundsToResellerDocument,
  ModelIssueCouponsDocument,
  ModelIssueSubQuotaDocument,
  ModelPayOrderDocument,
  ModelReclaimCouponsDocument,
  ModelReclaimFundsDocument,
  ModelReclaimFundsFromResellerDocument,
  ModelReclaimSubQuotaDocument,
  ModelSwitchAssociationTypeDocument,
  ModelUnbindCustomerDocument,
} from '../generated/graphql';
import { checkInvariants, demoPartner } from '../../seeds';
import { testDatabaseKind } from '../support/database';
import { startTestServer, type TestServer } from '../support/server';
import { gid, pk } from '../support/ids';
import { yuan } from '../support/money';
import { DAY } from '../support/time';
import { sql } from '../support/rows';
import { customerAnswers } from '../support/association';

// ── The world of a run and the state the model tracks ──────────────────────────────────────────

type Actor = 'dist' | 'res';
const ACTORS: readonly Actor[] = ['dist', 'res'];
const PARTNER_ID: Record<Actor, number> = { dist: demoPartner('dist').id, res: demoPartner('reseller1').id };
const LOGIN: Record<Actor, string> = { dist: 'dist-admin', res: 'reseller-admin' };

type AssocType = 'ADVISORY' | 'RESALE';
type CouponStatusName = 'INACTIVE' | 'USABLE' | 'USED' | 'EXPIRED' | 'RECLAIMED';
const COUPON_STATUS: Record<number, CouponStatusName> = {
  1: 'INACTIVE',
  2: 'USABLE',
  3: 'USED',
  4: 'EXPIRED',
  5: 'RECLAIMED',
};
const QUOTA_NORMAL = 0;
const QUOTA_RECLAIMED = 6;
const ORDER_STATUS: Record<number, string> = {
  1: 'PENDING_APPROVAL',
  2: 'PENDING_REFUND',
  3: 'PROCESSING',
  4: 'CANCELLED',
  5: 'COMPLETED',
  6: 'PENDING_PAYMENT',
  9: 'PENDING_CONFIRMATION',
};

interface MCustomer {
  id: number;
  gid: string;
  actor: Actor;
  /** Platform account id (designated-customer lists name these). */
  platformId: string;
  accountName: string;
  /** Why it was chosen (clean, debt, too-soon, …), for messages. */
  role: string;
  type: AssocType;
  balance: number;
  debt: number;
  frozen: boolean;
  /** Association ended (latest settled ASSOCIATE/UNBIND event is an UNBIND). */
  ended: boolean;
  /**
   * What the partner's change answers first now: an open unbind request (UNBIND_REQUEST_PENDING),
   * the 3-month rule, or null (a change in this run sets it).
   */
  changeBlock: 'UNBIND_REQUEST_PENDING' | 'ASSOCIATION_CHANGE_TOO_SOON' | 'UNBIND_TOO_SOON' | null;
  /** Latest order-on-behalf authorization to its partner is GRANTED. */
  authorized: boolean;
}

interface MQuota {
  id: number;
  gid: string;
  actor: Actor;
  kind: string;
  status: number;
  balance: number;
  value: number;
  /** NORMAL and inside its validity now (with a margin). */
  usable: boolean;
  serviceTypes: string[];
  productIds: string[];
  designated: string[];
  /** Every designated customer is a customer of reseller #1 (issueSubQuota's CBC.50000021 rule). */
  designatedAllOfReseller: boolean;
  parentId: number | null;
}

interface MCoupon {
  id: number;
  gid: string;
  actor: Actor;
  customerId: number;
  quotaId: number;
  kind: string;
  status: CouponStatusName;
  balance: number;
  /** effective ≤ now < expire (with a margin); coupons issued in a run always are. */
  valid: boolean;
}

interface MOrder {
  id: number;
  gid: string;
  actor: Actor;
  customerId: number;
  status: string;
  official: number;
  discounts: { type: string; amount: number }[];
  lines: { serviceTypeCode: string; productId: string }[];
}

/** What the model expects the database to hold. */
interface State {
  partners: Record<Actor, { amount: number; designated: number }>;
  customers: MCustomer[];
  quotas: MQuota[];
  coupons: MCoupon[];
  orders: MOrder[];
}

type Row = Record<string, unknown>;
type Query = (sql: string, params?: unknown[]) => Promise<Row[]>;

function queryOf(server: TestServer): Query {
  return (query, params = []) => sql<Row>(server, query, params);
}

const ms = (v: unknown): number =>
  v == null
    ? NaN
    : v instanceof Date
      ? v.getTime()
      : typeof v === 'string' && !/^\d+$/.test(v)
        ? Date.parse(v)
        : Number(v);
const json = <T>(v: unknown): T => (typeof v === 'string' ? JSON.parse(v) : v) as T;
const num = (v: unknown) => Number(v);
const placeholders = (n: number) => Array.from({ length: n }, () => '?').join(', ');

/** The same instant `months` calendar months earlier (UTC), as the server computes it. */
function monthsBefore(at: Date, months: number): Date {
  const d = new Date(at.getTime());
  d.setUTCMonth(d.getUTCMonth() - months);
  return d;
}

const fen = (amount: string): number => {
  const m = /^(-?)(\d+)\.(\d{2})$/.exec(amount);
  if (!m) throw new Error(`not a money amount: ${amount}`);
  return (m[1] ? -1 : 1) * (Number(m[2]) * 100 + Number(m[3]));
};

interface Events {
  ended: boolean;
  change: number | null;
  request: number | null;
  /** An unbind request of either side waits for an answer (PENDING, not yet expired). */
  pending: boolean;
}

/**
 * Association facts per customer from its events with its current partner (`partnerOf`), as the
 * server's rules read them (a customer that moved from the distributor to a reseller keeps its old
 * UNBIND event with the distributor).
 */
function eventFacts(rows: Row[], partnerOf: Map<number, number>, now: Date): Map<number, Events> {
  const out = new Map<number, Events & { lastSettled: { at: number; id: number; type: string } | null }>();
  for (const r of rows) {
    const id = num(r.customer_id);
    if (partnerOf.get(id) !== num(r.partner_id)) continue;
    const e = out.get(id) ?? { ended: false, change: null, request: null, pending: false, lastSettled: null };
    const type = String(r.event_type);
    const status = String(r.status);
    const created = ms(r.created_at);
    const handled = r.handled_at == null ? null : ms(r.handled_at);
    const settled = status === 'COMPLETED' || status === 'APPROVED';
    if (settled && (type === 'ASSOCIATE' || type === 'UNBIND')) {
      const last = e.lastSettled;
      if (!last || created > last.at || (created === last.at && num(r.id) > last.id))
        e.lastSettled = { at: created, id: num(r.id), type };
    }
    if (settled && (type === 'SWITCH_TYPE' || type === 'UNBIND')) {
      const at = handled ?? created;
      e.change = Math.max(e.change ?? -Infinity, at);
    }
    if (type === 'UNBIND' && r.initiator === 'CUSTOMER' && status !== 'EXPIRED')
      e.request = Math.max(e.request ?? -Infinity, created);
    if (type === 'UNBIND' && status === 'PENDING' && (r.expires_at == null || ms(r.expires_at) > now.getTime()))
      e.pending = true;
    out.set(id, e);
  }
  const facts = new Map<number, Events>();
  for (const [id, e] of out)
    facts.set(id, {
      ended: e.lastSettled?.type === 'UNBIND',
      change: e.change,
      request: e.request,
      pending: e.pending,
    });
  return facts;
}

/** Latest authorization status per customer (granted_at desc, id desc), as payOrder reads it. */
function latestAuthorizations(rows: Row[]): Map<number, string> {
  const best = new Map<number, { at: number; id: number; status: string }>();
  for (const r of rows) {
    const id = num(r.customer_id);
    const cur = best.get(id);
    const at = ms(r.granted_at);
    if (!cur || at > cur.at || (at === cur.at && num(r.id) > cur.id))
      best.set(id, { at, id: num(r.id), status: String(r.status) });
  }
  return new Map([...best].map(([id, b]) => [id, b.status]));
}

interface WorldOptions {
  /** Clean RESALE customers per actor. */
  resale: Record<Actor, number>;
  /** Clean ADVISORY customers per actor. */
  advisory: Record<Actor, number>;
  /** Add the special distributor customers (debt, too soon, customer request, unbound). */
  specials: boolean;
  /** At most this many PENDING_PAYMENT orders per customer. */
  ordersPerCustomer: number;
}

/**
 * Reads the world of one run from a fresh copy of the seeded database: the two partners' cash,
 * a handful of customers (clean RESALE ones preferring payable orders and usable coupons, a clean
 * ADVISORY one, and specials whose association change is refused for a known reason), every coupon
 * of theirs, every quota of both partners, and their payable pending orders.
 */
async function loadWorld(server: TestServer, options: WorldOptions): Promise<State> {
  const q = queryOf(server);
  const now = new Date();
  const ids = [PARTNER_ID.dist, PARTNER_ID.res];
  const settings = await q(`select id, verification_enabled, status from partner where id in (?, ?)`, ids);
  for (const s of settings) {
    if (s.verification_enabled === true || Number(s.verification_enabled) === 1)
      throw new Error(`partner ${s.id} has verification on; the model expects it off`);
    if (s.status !== 'NORMAL') throw new Error(`partner ${s.id} is ${s.status}`);
  }
  const accounts = await q(
    `select partner_id, amount, designated_amount from partner_account where account_type = 1 and partner_id in (?, ?)`,
    ids,
  );
  const account = (id: number) => accounts.find((a) => num(a.partner_id) === id)!;
  const partners = {
    dist: { amount: num(account(PARTNER_ID.dist).amount), designated: num(account(PARTNER_ID.dist).designated_amount) },
    res: { amount: num(account(PARTNER_ID.res).amount), designated: num(account(PARTNER_ID.res).designated_amount) },
  };
  const actorOf = (partnerId: number): Actor => (partnerId === PARTNER_ID.dist ? 'dist' : 'res');

  const customerRows = await q(
    `select id, partner_id, customer_id, account_name, association_type, balance, debt_amount, is_frozen from sub_customer where partner_id in (?, ?) order by id`,
    ids,
  );
  const partnerOf = new Map(customerRows.map((r) => [num(r.id), num(r.partner_id)]));
  const events = eventFacts(
    await q(
      `select id, partner_id, customer_id, event_type, initiator, status, created_at, handled_at, expires_at from association_event where partner_id in (?, ?)`,
      ids,
    ),
    partnerOf,
    now,
  );
  const auth = latestAuthorizations(
    await q(`select id, customer_id, status, granted_at from order_authorization where partner_id in (?, ?)`, ids),
  );
  const couponRows = await q(
    `select id, partner_id, customer_id, quota_id, kind, status, balance, effective_time, expire_time from coupon where partner_id in (?, ?) order by id`,
    ids,
  );
  const quotaRows = await q(
    `select id, partner_id, kind, status, balance, quota_value, effective_time, expire_time, cloud_service_types, product_ids, designated_customer_ids, parent_quota_id from coupon_quota where partner_id in (?, ?) order by id`,
    ids,
  );
  const orderRows = await q(
    `select id, partner_id, customer_id, status, official_amount, discounts, pending_payment_end_time from customer_order where status = 6 and partner_id in (?, ?) order by id`,
    ids,
  );
  const lineRows = orderRows.length
    ? await q(
        `select order_id, service_type_code, product_id, product_spec_desc from order_line_item where order_id in (${placeholders(orderRows.length)})`,
        orderRows.map((o) => o.id),
      )
    : [];

  const since = monthsBefore(now, 3).getTime();
  const margin = 7 * DAY;
  const couponsOf = new Map<number, Row[]>();
  for (const c of couponRows) couponsOf.set(num(c.customer_id), [...(couponsOf.get(num(c.customer_id)) ?? []), c]);
  const validNow = (effective: unknown, expire: unknown) =>
    ms(effective) <= now.getTime() - DAY && ms(expire) > now.getTime() + DAY;
  const ordersOf = new Map<number, Row[]>();
  for (const o of orderRows) {
    const lines = lineRows.filter((l) => num(l.order_id) === num(o.id));
    if (
      ms(o.pending_payment_end_time) <= now.getTime() + DAY ||
      lines.length === 0 ||
      lines.some((l) => /\[resource /.test(String(l.product_spec_desc)))
    )
      continue;
    ordersOf.set(num(o.customer_id), [...(ordersOf.get(num(o.customer_id)) ?? []), o]);
  }

  type Candidate = {
    row: Row;
    facts: Events;
    actor: Actor;
    type: AssocType;
    couponsOk: boolean;
    nearBoundary: boolean;
    changeBlock: MCustomer['changeBlock'];
  };
  const candidates: Candidate[] = customerRows.map((row) => {
    const facts = events.get(num(row.id)) ?? { ended: false, change: null, request: null, pending: false };
    const own = couponsOf.get(num(row.id)) ?? [];
    const near = (t: number | null) => t != null && Math.abs(t - since) < margin;
    const changeBlock = facts.pending
      ? 'UNBIND_REQUEST_PENDING'
      : facts.change != null && facts.change > since
        ? 'ASSOCIATION_CHANGE_TOO_SOON'
        : facts.request != null && facts.request > since
          ? 'UNBIND_TOO_SOON'
          : null;
    return {
      row,
      facts,
      actor: actorOf(num(row.partner_id)),
      type: num(row.association_type) === 2 ? 'RESALE' : 'ADVISORY',
      // A USABLE coupon about to expire, or an INACTIVE one about to start, would change state during the run.
      couponsOk: own.every(
        (c) =>
          (num(c.status) !== 2 || validNow(c.effective_time, c.expire_time)) &&
          (num(c.status) !== 1 || ms(c.effective_time) > now.getTime() + DAY),
      ),
      nearBoundary: near(facts.change) || near(facts.request),
      changeBlock,
    };
  });
  const clean = (c: Candidate) =>
    !c.facts.ended &&
    c.changeBlock === null &&
    !c.nearBoundary &&
    num(c.row.debt_amount) === 0 &&
    num(c.row.is_frozen) === 0 &&
    c.couponsOk;
  const score = (c: Candidate) =>
    (auth.get(num(c.row.id)) === 'GRANTED' && (ordersOf.get(num(c.row.id))?.length ?? 0) > 0 ? 4 : 0) +
    ((couponsOf.get(num(c.row.id)) ?? []).some((x) => num(x.status) === 2) ? 2 : 0) +
    (num(c.row.balance) > 0 ? 1 : 0);
  const pick = (list: Candidate[], n: number) =>
    [...list].sort((a, b) => score(b) - score(a) || num(a.row.id) - num(b.row.id)).slice(0, n);

  const chosen: { c: Candidate; role: string }[] = [];
  for (const actor of ACTORS) {
    for (const c of pick(
      candidates.filter((c) => c.actor === actor && c.type === 'RESALE' && clean(c)),
      options.resale[actor],
    ))
      chosen.push({ c, role: 'clean' });
    for (const c of pick(
      candidates.filter((c) => c.actor === actor && c.type === 'ADVISORY' && clean(c)),
      options.advisory[actor],
    ))
      chosen.push({ c, role: 'clean' });
  }
  if (options.specials) {
    const dist = candidates.filter(
      (c) => c.actor === 'dist' && !chosen.some((x) => x.c === c) && c.couponsOk && !c.nearBoundary,
    );
    const special = (role: string, test: (c: Candidate) => boolean) => {
      const found = pick(dist.filter(test), 1)[0];
      if (found) chosen.push({ c: found, role });
    };
    special(
      'debt',
      (c) => c.type === 'RESALE' && !c.facts.ended && c.changeBlock === null && num(c.row.debt_amount) > 0,
    );
    special('changed-recently', (c) => !c.facts.ended && c.changeBlock === 'ASSOCIATION_CHANGE_TOO_SOON');
    special('asked-to-unbind', (c) => !c.facts.ended && c.changeBlock === 'UNBIND_TOO_SOON');
    special('unbound', (c) => c.facts.ended && num(c.row.balance) === 0);
  }

  const customers: MCustomer[] = chosen.map(({ c, role }) => ({
    id: num(c.row.id),
    gid: gid('SubCustomer', num(c.row.id)),
    actor: c.actor,
    platformId: String(c.row.customer_id),
    accountName: String(c.row.account_name),
    role,
    type: c.type,
    balance: num(c.row.balance),
    debt: num(c.row.debt_amount),
    frozen: num(c.row.is_frozen) !== 0,
    ended: c.facts.ended,
    changeBlock: c.changeBlock,
    authorized: auth.get(num(c.row.id)) === 'GRANTED',
  }));
  const chosenIds = new Set(customers.map((c) => c.id));

  const resellerCustomers = new Set(
    customerRows.filter((r) => num(r.partner_id) === PARTNER_ID.res).map((r) => String(r.customer_id)),
  );
  const quotas: MQuota[] = quotaRows.map((r) => {
    const designated = json<string[]>(r.designated_customer_ids);
    return {
      id: num(r.id),
      gid: gid('CouponQuota', num(r.id)),
      actor: actorOf(num(r.partner_id)),
      kind: String(r.kind),
      status: num(r.status),
      balance: num(r.balance),
      value: num(r.quota_value),
      usable: num(r.status) === QUOTA_NORMAL && validNow(r.effective_time, r.expire_time),
      serviceTypes: json<string[]>(r.cloud_service_types),
      productIds: json<string[]>(r.product_ids),
      designated,
      designatedAllOfReseller: designated.every((id) => resellerCustomers.has(id)),
      parentId: r.parent_quota_id == null ? null : num(r.parent_quota_id),
    };
  });
  for (const quota of quotas) {
    // A NORMAL quota near a validity edge could change its answer during the run: not modelled.
    if (quota.status === QUOTA_NORMAL && !quota.usable)
      throw new Error(`quota ${quota.id} is NORMAL but near the edge of its validity`);
  }

  const coupons: MCoupon[] = couponRows
    .filter((r) => chosenIds.has(num(r.customer_id)))
    .map((r) => ({
      id: num(r.id),
      gid: gid('Coupon', num(r.id)),
      actor: actorOf(num(r.partner_id)),
      customerId: num(r.customer_id),
      quotaId: num(r.quota_id),
      kind: String(r.kind),
      status: COUPON_STATUS[num(r.status)],
      balance: num(r.balance),
      valid: validNow(r.effective_time, r.expire_time),
    }));

  const orders: MOrder[] = [];
  for (const c of customers) {
    const own = [...(ordersOf.get(c.id) ?? [])]
      .sort((a, b) => num(a.official_amount) - num(b.official_amount) || num(a.id) - num(b.id))
      .slice(0, options.ordersPerCustomer);
    for (const o of own) {
      orders.push({
        id: num(o.id),
        gid: gid('Order', num(o.id)),
        actor: c.actor,
        customerId: c.id,
        status: ORDER_STATUS[num(o.status)],
        official: num(o.official_amount),
        discounts: json<{ type: string; amount: number | string }[]>(o.discounts).map((d) => ({
          type: d.type,
          amount: Number(d.amount),
        })),
        lines: lineRows
          .filter((l) => num(l.order_id) === num(o.id))
          .map((l) => ({ serviceTypeCode: String(l.service_type_code), productId: String(l.product_id) })),
      });
    }
  }
  orders.sort((a, b) => a.id - b.id);
  return { partners, customers, quotas, coupons, orders };
}

/** The part of the database the model predicts, read back in the model's shape. */
async function snapshot(server: TestServer, model: State) {
  const q = queryOf(server);
  const ids = [PARTNER_ID.dist, PARTNER_ID.res];
  const accounts = await q(
    `select partner_id, amount from partner_account where account_type = 1 and partner_id in (?, ?)`,
    ids,
  );
  const customerIds = model.customers.map((c) => c.id);
  const cph = placeholders(customerIds.length);
  const customerRows = await q(`select * from sub_customer where id in (${cph}) order by id`, customerIds);
  const partnerOf = new Map(customerRows.map((r) => [num(r.id), num(r.partner_id)]));
  const events = eventFacts(
    await q(
      `select id, partner_id, customer_id, event_type, initiator, status, created_at, handled_at, expires_at from association_event where customer_id in (${cph})`,
      customerIds,
    ),
    partnerOf,
    new Date(),
  );
  const auth = latestAuthorizations(
    await q(
      `select id, customer_id, status, granted_at from order_authorization where customer_id in (${cph})`,
      customerIds,
    ),
  );
  const quotaRows = await q(`select id, balance, status from coupon_quota where partner_id in (?, ?) order by id`, ids);
  const couponRows = await q(
    `select id, status, balance from coupon where customer_id in (${cph}) order by id`,
    customerIds,
  );
  const orderIds = model.orders.map((o) => o.id);
  const orderRows = orderIds.length
    ? await q(
        `select id, status from customer_order where id in (${placeholders(orderIds.length)}) order by id`,
        orderIds,
      )
    : [];
  return {
    partners: Object.fromEntries(
      ACTORS.map((a) => [a, num(accounts.find((r) => num(r.partner_id) === PARTNER_ID[a])!.amount)]),
    ),
    customers: customerRows.map((r) => ({
      id: num(r.id),
      type: num(r.association_type) === 2 ? 'RESALE' : 'ADVISORY',
      balance: num(r.balance),
      // Ended by its events; where the row also records it (unbound_at), both must say the same.
      ended:
        'unbound_at' in r && (r.unbound_at != null) !== (events.get(num(r.id))?.ended ?? false)
          ? `events and unbound_at disagree (${String(r.unbound_at)})`
          : (events.get(num(r.id))?.ended ?? false),
      authorized: auth.get(num(r.id)) === 'GRANTED',
    })),
    quotas: quotaRows.map((r) => ({ id: num(r.id), balance: num(r.balance), status: num(r.status) })),
    coupons: couponRows.map((r) => ({ id: num(r.id), status: COUPON_STATUS[num(r.status)], balance: num(r.balance) })),
    orders: orderRows.map((r) => ({ id: num(r.id), status: ORDER_STATUS[num(r.status)] })),
  };
}

/** The snapshot the model predicts. */
function expectedSnapshot(model: State) {
  const byId = <T extends { id: number }>(rows: T[]) => [...rows].sort((a, b) => a.id - b.id);
  return {
    partners: Object.fromEntries(ACTORS.map((a) => [a, model.partners[a].amount])),
    customers: byId(model.customers).map((c) => ({
      id: c.id,
      type: c.type,
      balance: c.balance,
      ended: c.ended,
      authorized: c.authorized,
    })),
    quotas: byId(model.quotas).map((q) => ({ id: q.id, balance: q.balance, status: q.status })),
    coupons: byId(model.coupons).map((c) => ({ id: c.id, status: c.status, balance: c.balance })),
    orders: byId(model.orders).map((o) => ({ id: o.id, status: o.status })),
  };
}

// ── The model-based test ───────────────────────────────────────────────────────────────────────

/** How an association-ended (unbound) customer may be refused: either code is a clear refusal. */
const UNBOUND = ['CUSTOMER_NOT_ASSOCIATED', 'CUSTOMER_NOT_FOUND'] as const;
/** Several acceptable codes for one item, joined by "|" (see normalize). */
const alt = (...codes: string[]) => [...new Set(codes)].join('|');

/** userErrors codes, and for batch mutations 'OK' or the failure code per input index ('-': no answer). */
interface Outcome {
  errors: string[];
  items?: string[];
}
const OK: Outcome = { errors: [] };
const refusedWith = (code: string): Outcome => ({ errors: [code] });

const OPS = {
  allocateFunds: { doc: ModelAllocateFundsDocument, batch: 'allocations' },
  reclaimFunds: { doc: ModelReclaimFundsDocument, batch: null },
  allocateFundsToReseller: { doc: ModelAllocateFundsToResellerDocument, batch: null },
  reclaimFundsFromReseller: { doc: ModelReclaimFundsFromResellerDocument, batch: null },
  issueCoupons: { doc: ModelIssueCouponsDocument, batch: 'customerIds' },
  reclaimCoupons: { doc: ModelReclaimCouponsDocument, batch: 'couponIds' },
  issueSubQuota: { doc: ModelIssueSubQuotaDocument, batch: null },
  reclaimSubQuota: { doc: ModelReclaimSubQuotaDocument, batch: null },
  unbindCustomer: { doc: ModelUnbindCustomerDocument, batch: null },
  switchAssociationType: { doc: ModelSwitchAssociationTypeDocument, batch: null },
  payOrder: { doc: ModelPayOrderDocument, batch: null },
} as const;
type Op = keyof typeof OPS;
type Input = Record<string, unknown>;

interface UserErrorShape {
  code: string;
  field?: string | null;
  message: string;
}
/** The parts of the payloads the model reads (see test/operations/money-model.graphql). */
interface Payload {
  userErrors: UserErrorShape[];
  succeeded?: {
    index: number;
    coupon?: { id: string; status: string; kind: string; balance: { amount: string }; faceValue: { amount: string } };
    couponRecord?: { amount: { amount: string } };
    adjustRecord?: { amount: { amount: string } };
  }[];
  failed?: UserErrorShape[];
  subQuota?: { id: string; balance: { amount: string } } | null;
  quotaRecord?: { amount: { amount: string } } | null;
  adjustRecord?: { amount: { amount: string } } | null;
  reclaimedCoupons?: { id: string }[];
  event?: { id: string } | null;
  order?: { id: string; status: string } | null;
  cashPaid?: { amount: string } | null;
}

interface Sent {
  actor: Actor;
  op: Op;
  input: Input;
  outcome: Outcome;
  label: string;
}
interface Model {
  state: State;
  /** Requests sent with an idempotency key, for retries. */
  sent: Sent[];
  keys: number;
  runId: string;
}
interface Real {
  server: TestServer;
  tokens: Record<Actor, string>;
}

/** Outcome tally over all runs (printed at the end: which rules the runs reached). */
const tally = new Map<string, number>();
const stats = { steps: 0 };
const count = (key: string) => tally.set(key, (tally.get(key) ?? 0) + 1);

async function send(real: Real, op: Op, actor: Actor, input: Input): Promise<Payload> {
  const res = await real.server.execute(OPS[op].doc as never, { input } as never, real.tokens[actor]);
  if (res.status !== 200 || res.errors?.length || !res.data)
    throw new Error(`${op} as ${actor} answered HTTP ${res.status}: ${JSON.stringify(res.errors ?? res.data)}`);
  return (res.data as Record<string, Payload>)[op];
}

function outcomeOf(op: Op, payload: Payload, input: Input): Outcome {
  const errors = payload.userErrors.map((e) => e.code);
  const batch = OPS[op].batch;
  if (!batch) return { errors };
  const items: string[] = Array.from({ length: (input[batch] as unknown[]).length }, () => '-');
  const put = (i: number, v: string) => (items[i] = items[i] === '-' ? v : `TWICE(${items[i]},${v})`);
  for (const s of payload.succeeded ?? []) put(s.index, 'OK');
  for (const f of payload.failed ?? []) put(Number(/\[(\d+)\]/.exec(f.field ?? '')?.[1] ?? -1), f.code);
  return { errors, items };
}

/** Where the model accepts several codes ("A|B"), an actual code among them counts as the expected string. */
function normalize(expected: Outcome, actual: Outcome): Outcome {
  const fix = (e: string | undefined, a: string) => (e?.includes('|') && e.split('|').includes(a) ? e : a);
  return {
    errors: actual.errors.map((a, i) => fix(expected.errors[i], a)),
    ...(actual.items ? { items: actual.items.map((a, i) => fix(expected.items?.[i], a)) } : {}),
  };
}

async function verify(model: Model, real: Real, label: string): Promise<void> {
  stats.steps++;
  expect(await checkInvariants(real.server.orm), `invariants after: ${label}`).toEqual([]);
  expect(await snapshot(real.server, model.state), `database vs model after: ${label}`).toEqual(
    expectedSnapshot(model.state),
  );
}

/**
 * One step: the model predicts the outcome on a copy of its state, the real mutation runs over
 * HTTP, the answers must agree, the copy becomes the model, and the database must match it with
 * every invariant holding.
 */
async function step(
  model: Model,
  real: Real,
  args: {
    label: string;
    actor: Actor;
    op: Op;
    input: Input;
    keyed: boolean;
    predict: (next: State) => Outcome;
    finalize?: (next: State, payload: Payload) => void;
  },
): Promise<void> {
  const { label, actor, op, input } = args;
  if (args.keyed) input.idempotencyKey = `${model.runId}-${++model.keys}`;
  const next = structuredClone(model.state);
  const expected = args.predict(next);
  const payload = await send(real, op, actor, input);
  const actual = outcomeOf(op, payload, input);
  for (const code of actual.items ?? (actual.errors.length ? actual.errors : ['OK'])) count(`${op}: ${code}`);
  if (actual.items && actual.errors.length) count(`${op}: ${actual.errors.join(',')}`);
  expect(
    normalize(expected, actual),
    `${label}\nanswer: ${JSON.stringify({ userErrors: payload.userErrors, failed: payload.failed })}`,
  ).toEqual(expected);
  args.finalize?.(next, payload);
  model.state = next;
  if (args.keyed) model.sent.push({ actor, op, input, outcome: actual, label });
  await verify(model, real, label);
}

const customersOf = (s: State, actor: Actor) => s.customers.filter((c) => c.actor === actor);
const allocatable = (s: State, actor: Actor) => s.partners[actor].amount - s.partners[actor].designated;
const customerById = (s: State, id: number) => s.customers.find((c) => c.id === id)!;
const quotaById = (s: State, id: number) => s.quotas.find((q) => q.id === id)!;
const other = (actor: Actor): Actor => (actor === 'dist' ? 'res' : 'dist');
const describeCustomer = (c: MCustomer) =>
  `customer ${c.id} (${c.actor} ${c.role} ${c.type}${c.ended ? ' unbound' : ''})`;
const at = <T>(list: T[], i: number) => list[i % list.length];

type AmountSpec = { k: 'fen'; fen: number } | { k: 'over' } | { k: 'all' } | { k: 'order' };
/** 'order' (allocations only): what the customer lacks to pay one of its pending orders. */
const resolveAmount = (spec: AmountSpec, limit: number, need = 100_000) =>
  spec.k === 'fen' ? spec.fen : spec.k === 'over' ? limit + 1 : spec.k === 'all' ? limit : need;
const specText = (spec: AmountSpec) => (spec.k === 'fen' ? yuan(spec.fen) : spec.k);
/** Mostly 0.01–`small`, sometimes up to `large`, sometimes one fen over the limit, sometimes all of it. */
const amountArb = (small: number, large: number): fc.Arbitrary<AmountSpec> =>
  fc.oneof(
    { weight: 10, arbitrary: fc.integer({ min: 1, max: small }).map((f): AmountSpec => ({ k: 'fen', fen: f })) },
    { weight: 3, arbitrary: fc.integer({ min: small + 1, max: large }).map((f): AmountSpec => ({ k: 'fen', fen: f })) },
    { weight: 1, arbitrary: fc.constant<AmountSpec>({ k: 'over' }) },
    { weight: 1, arbitrary: fc.constant<AmountSpec>({ k: 'all' }) },
  );

/** Allocation amounts: as amountArb, plus now and then what a pending order of the customer needs. */
const allocationAmountArb: fc.Arbitrary<AmountSpec> = fc.oneof(
  { weight: 5, arbitrary: amountArb(100_000, 5_000_000) },
  { weight: 1, arbitrary: fc.constant<AmountSpec>({ k: 'order' }) },
);

/** What the customer lacks to pay (without coupons or discounts) one of its PENDING_PAYMENT orders. */
function orderNeed(s: State, c: MCustomer): number {
  const pending = s.orders
    .filter((o) => o.customerId === c.id && o.status === 'PENDING_PAYMENT')
    .sort((a, b) => a.official - b.official);
  return pending.length ? Math.max(1, pending[0].official - c.balance) : 100_000;
}

interface CustomerPick {
  i: number;
  /** A customer of the other partner (not visible to the actor). */
  foreign: boolean;
}
const customerPickArb: fc.Arbitrary<CustomerPick> = fc.record({
  i: fc.nat(999),
  foreign: fc.integer({ min: 0, max: 19 }).map((n) => n === 0),
});
const pickCustomer = (s: State, actor: Actor, p: CustomerPick) =>
  at(customersOf(s, p.foreign ? other(actor) : actor), p.i);
const actorArb = fc.constantFrom<Actor>('dist', 'dist', 'res');
const keyedArb = fc.integer({ min: 0, max: 9 }).map((n) => n < 4);

abstract class Cmd implements fc.AsyncCommand<Model, Real> {
  protected label = '';
  check(_m: Readonly<Model>): boolean {
    return true;
  }
  abstract run(m: Model, r: Real): Promise<void>;
  abstract describe(): string;
  toString(): string {
    return this.label ? `[${this.label}]` : this.describe();
  }
}

class AllocateCmd extends Cmd {
  constructor(
    readonly actor: Actor,
    readonly items: { c: CustomerPick; a: AmountSpec }[],
    readonly keyed: boolean,
  ) {
    super();
  }
  describe() {
    return `allocate(${this.actor}, ${this.items.map((it) => `${it.c.foreign ? 'foreign ' : ''}#${it.c.i}:${specText(it.a)}`).join(', ')}${this.keyed ? ', keyed' : ''})`;
  }
  async run(m: Model, r: Real) {
    const limit = allocatable(m.state, this.actor);
    const targets = this.items.map((it) => pickCustomer(m.state, this.actor, it.c));
    const input = {
      allocations: this.items.map((it, i) => ({
        customerId: targets[i].gid,
        amount: yuan(resolveAmount(it.a, limit, orderNeed(m.state, targets[i]))),
      })),
    };
    this.label = `allocateFunds as ${this.actor}: ${input.allocations.map((a, i) => `${a.amount} → ${describeCustomer(targets[i])}`).join(', ')}${this.keyed ? ' (keyed)' : ''}`;
    await step(m, r, {
      label: this.label,
      actor: this.actor,
      op: 'allocateFunds',
      input,
      keyed: this.keyed,
      predict: (s) => {
        const items: string[] = input.allocations.map(() => '-');
        const seen = new Set<number>();
        const wanted: { i: number; c: MCustomer; f: number }[] = [];
        input.allocations.forEach((a, i) => {
          const f = fen(a.amount);
          const c = customerById(s, pk(a.customerId));
          if (f <= 0) items[i] = 'INVALID_AMOUNT';
          else if (seen.has(c.id)) items[i] = 'DUPLICATE_CUSTOMER';
          else {
            seen.add(c.id);
            wanted.push({ i, c, f });
          }
        });
        for (const { i, c, f } of wanted) {
          if (c.actor !== this.actor) items[i] = 'CUSTOMER_NOT_FOUND';
          else if (c.ended)
            items[i] = alt(
              ...(c.type !== 'RESALE'
                ? ['NOT_RESALE_CUSTOMER']
                : allocatable(s, this.actor) < f
                  ? ['INSUFFICIENT_BALANCE']
                  : []),
              ...UNBOUND,
            );
          else if (c.type !== 'RESALE') items[i] = 'NOT_RESALE_CUSTOMER';
          else if (allocatable(s, this.actor) < f) items[i] = 'INSUFFICIENT_BALANCE';
          else {
            s.partners[this.actor].amount -= f;
            c.balance += f;
            items[i] = 'OK';
          }
        }
        return { errors: [], items };
      },
    });
  }
}

class ReclaimFundsCmd extends Cmd {
  constructor(
    readonly actor: Actor,
    readonly c: CustomerPick,
    readonly a: AmountSpec,
    readonly keyed: boolean,
  ) {
    super();
  }
  describe() {
    return `reclaimFunds(${this.actor}, ${this.c.foreign ? 'foreign ' : ''}#${this.c.i}, ${specText(this.a)}${this.keyed ? ', keyed' : ''})`;
  }
  async run(m: Model, r: Real) {
    const target = pickCustomer(m.state, this.actor, this.c);
    const input = { customerId: target.gid, amount: yuan(resolveAmount(this.a, target.balance)) };
    this.label = `reclaimFunds as ${this.actor}: ${input.amount} from ${describeCustomer(target)} holding ${yuan(target.balance)}${this.keyed ? ' (keyed)' : ''}`;
    await step(m, r, {
      label: this.label,
      actor: this.actor,
      op: 'reclaimFunds',
      input,
      keyed: this.keyed,
      predict: (s) => {
        const f = fen(input.amount);
        const c = customerById(s, target.id);
        if (f <= 0) return refusedWith('INVALID_AMOUNT');
        if (c.actor !== this.actor) return refusedWith('CUSTOMER_NOT_FOUND');
        if (c.ended)
          return refusedWith(
            alt(c.type !== 'RESALE' ? 'NOT_RESALE_CUSTOMER' : 'CUSTOMER_BALANCE_INSUFFICIENT', ...UNBOUND),
          );
        if (c.type !== 'RESALE') return refusedWith('NOT_RESALE_CUSTOMER');
        if (c.balance < f) return refusedWith('CUSTOMER_BALANCE_INSUFFICIENT');
        // The whole balance is a full withdrawal (全额提现): CASH and PICKUP coupons go back to their quotas.
        if (c.balance === f)
          for (const coupon of s.coupons) {
            if (coupon.customerId !== c.id || coupon.actor !== this.actor || coupon.kind === 'VOUCHER') continue;
            if (coupon.status !== 'USABLE' && coupon.status !== 'INACTIVE') continue;
            quotaById(s, coupon.quotaId).balance += coupon.balance;
            coupon.balance = 0;
            coupon.status = 'RECLAIMED';
          }
        c.balance -= f;
        s.partners[this.actor].amount += f;
        return OK;
      },
    });
  }
}

type FaceSpec = { k: 'fen'; fen: number } | { k: 'over' } | { k: 'partial' };
const faceArb: fc.Arbitrary<FaceSpec> = fc.oneof(
  { weight: 10, arbitrary: fc.integer({ min: 1, max: 200_000 }).map((f): FaceSpec => ({ k: 'fen', fen: f })) },
  { weight: 2, arbitrary: fc.integer({ min: 200_001, max: 3_000_000 }).map((f): FaceSpec => ({ k: 'fen', fen: f })) },
  { weight: 1, arbitrary: fc.constant<FaceSpec>({ k: 'over' }) },
  { weight: 1, arbitrary: fc.constant<FaceSpec>({ k: 'partial' }) },
);

const quotasOf = (s: State, actor: Actor) => s.quotas.filter((q) => q.actor === actor);

class IssueCouponsCmd extends Cmd {
  constructor(
    readonly actor: Actor,
    readonly q: number,
    readonly cs: CustomerPick[],
    readonly face: FaceSpec,
    readonly keyed: boolean,
  ) {
    super();
  }
  describe() {
    const face = this.face.k === 'fen' ? yuan(this.face.fen) : this.face.k;
    return `issueCoupons(${this.actor}, quota #${this.q}, [${this.cs.map((c) => `${c.foreign ? 'foreign ' : ''}#${c.i}`).join(', ')}], ${face}${this.keyed ? ', keyed' : ''})`;
  }
  async run(m: Model, r: Real) {
    // Mostly the quotas that can issue; sometimes any (INVALID, ADJUSTING, FROZEN, RECLAIMED ones refuse).
    const own = quotasOf(m.state, this.actor);
    const usable = own.filter((q) => q.status === QUOTA_NORMAL);
    const quota = this.q % 5 === 0 || usable.length === 0 ? at(own, this.q) : at(usable, this.q);
    const targets = this.cs.map((c) => pickCustomer(m.state, this.actor, c));
    const n = targets.length;
    const f =
      this.face.k === 'fen'
        ? this.face.fen
        : this.face.k === 'over'
          ? quota.balance + 1
          : n > 1
            ? Math.floor(quota.balance / (n - 1)) || 1
            : quota.balance + 1;
    const input = { quotaId: quota.gid, customerIds: targets.map((c) => c.gid), faceValue: yuan(f) };
    this.label = `issueCoupons as ${this.actor}: ${input.faceValue} from quota ${quota.id} (${quota.kind}, status ${quota.status}, balance ${yuan(quota.balance)}${quota.designated.length ? ', designated' : ''}) to ${targets.map(describeCustomer).join(', ')}${this.keyed ? ' (keyed)' : ''}`;
    await step(m, r, {
      label: this.label,
      actor: this.actor,
      op: 'issueCoupons',
      input,
      keyed: this.keyed,
      predict: (s) => {
        const q = quotaById(s, quota.id);
        const items = targets.map(() => '-');
        if (f <= 0) return { errors: ['INVALID_AMOUNT'], items };
        if (q.actor !== this.actor) return { errors: ['QUOTA_NOT_FOUND'], items };
        if (!(q.status === QUOTA_NORMAL && q.usable)) return { errors: ['QUOTA_NOT_USABLE'], items };
        const seen = new Set<number>();
        const eligible: number[] = [];
        for (const [i, t] of targets.entries()) {
          const c = customerById(s, t.id);
          if (seen.has(c.id)) {
            items[i] = 'DUPLICATE_CUSTOMER';
            continue;
          }
          seen.add(c.id);
          const rule =
            c.actor !== this.actor
              ? 'CUSTOMER_NOT_FOUND'
              : c.type !== 'RESALE'
                ? 'NOT_RESALE_CUSTOMER'
                : q.designated.length > 0 && !q.designated.includes(c.platformId)
                  ? 'CUSTOMER_NOT_DESIGNATED'
                  : null;
          if (c.actor === this.actor && c.ended) items[i] = alt(...(rule ? [rule] : []), ...UNBOUND);
          else if (rule) items[i] = rule;
          else eligible.push(i);
        }
        let short = false;
        for (const i of eligible) {
          if (!short && q.balance >= f) {
            q.balance -= f;
            items[i] = 'OK';
          } else {
            short = true;
            items[i] = 'QUOTA_INSUFFICIENT';
          }
        }
        return { errors: [], items };
      },
      finalize: (s, payload) => {
        for (const item of payload.succeeded ?? []) {
          const coupon = item.coupon!;
          expect(
            [coupon.status, coupon.kind, fen(coupon.balance.amount), fen(coupon.faceValue.amount)],
            this.label,
          ).toEqual(['USABLE', quota.kind, f, f]);
          s.coupons.push({
            id: pk(coupon.id),
            gid: coupon.id,
            actor: this.actor,
            customerId: targets[item.index].id,
            quotaId: quota.id,
            kind: quota.kind,
            status: 'USABLE',
            balance: f,
            valid: true,
          });
        }
      },
    });
  }
}

class ReclaimCouponsCmd extends Cmd {
  constructor(
    readonly actor: Actor,
    readonly picks: number[],
    readonly keyed: boolean,
  ) {
    super();
  }
  override check(m: Readonly<Model>) {
    return m.state.coupons.length > 0;
  }
  describe() {
    return `reclaimCoupons(${this.actor}, [${this.picks.map((p) => `#${p}`).join(', ')}]${this.keyed ? ', keyed' : ''})`;
  }
  async run(m: Model, r: Real) {
    // Mostly coupons that are USABLE now; sometimes any coupon, the other partner's included.
    const all = [...m.state.coupons].sort((a, b) => a.id - b.id);
    const usable = all.filter((c) => c.status === 'USABLE' && c.actor === this.actor);
    const coupons = this.picks.map((p) => (p % 3 === 0 || usable.length === 0 ? at(all, p) : at(usable, p)));
    const input = { couponIds: coupons.map((c) => c.gid) };
    this.label = `reclaimCoupons as ${this.actor}: ${coupons.map((c) => `coupon ${c.id} (${c.actor}, ${c.status}, ${yuan(c.balance)}, quota ${c.quotaId})`).join(', ')}${this.keyed ? ' (keyed)' : ''}`;
    await step(m, r, {
      label: this.label,
      actor: this.actor,
      op: 'reclaimCoupons',
      input,
      keyed: this.keyed,
      predict: (s) => {
        const seen = new Set<number>();
        const items = coupons.map((picked) => {
          const c = s.coupons.find((x) => x.id === picked.id)!;
          if (seen.has(c.id)) return 'DUPLICATE_COUPON';
          seen.add(c.id);
          if (c.actor !== this.actor) return 'COUPON_NOT_FOUND';
          if (c.status !== 'USABLE') return 'COUPON_NOT_USABLE';
          quotaById(s, c.quotaId).balance += c.balance;
          c.balance = 0;
          c.status = 'RECLAIMED';
          return 'OK';
        });
        return { errors: [], items };
      },
    });
  }
}

/**
 * unbindCustomer and switchAssociationType, with the open request, the 3-month rule, debt and
 * freeze. A switch away from RESALE releases at once; an unbind is a request that moves nothing
 * until the customer approves it (predictApproval).
 */
function predictChange(
  s: State,
  actor: Actor,
  customerId: number,
  change: { kind: 'unbind' } | { kind: 'switch'; to: AssocType },
): Outcome {
  const c = customerById(s, customerId);
  if (c.actor !== actor) return refusedWith('CUSTOMER_NOT_FOUND');
  if (c.ended) return refusedWith(alt(...UNBOUND));
  if (change.kind === 'switch' && change.to === c.type) return refusedWith('ALREADY_THIS_TYPE');
  if (c.changeBlock) return refusedWith(c.changeBlock);
  if (c.debt > 0) return refusedWith('CUSTOMER_IN_DEBT');
  if (c.frozen) return refusedWith('CUSTOMER_FROZEN');
  if (change.kind === 'unbind') {
    c.changeBlock = 'UNBIND_REQUEST_PENDING';
    return OK;
  }
  if (c.type === 'RESALE') release(s, c);
  c.type = change.to;
  c.changeBlock = 'ASSOCIATION_CHANGE_TOO_SOON';
  return OK;
}

/**
 * An unbind, or a switch away from RESALE, ends every USABLE or INACTIVE coupon of the partner on
 * the customer (their balance back to their quotas) and returns the customer's balance.
 */
function release(s: State, c: MCustomer): void {
  for (const coupon of s.coupons) {
    if (
      coupon.customerId !== c.id ||
      coupon.actor !== c.actor ||
      (coupon.status !== 'USABLE' && coupon.status !== 'INACTIVE')
    )
      continue;
    quotaById(s, coupon.quotaId).balance += coupon.balance;
    coupon.balance = 0;
    coupon.status = 'RECLAIMED';
  }
  if (c.type === 'RESALE' && c.balance > 0) {
    s.partners[c.actor].amount += c.balance;
    c.balance = 0;
  }
}

/** The customer approves its partner's request: the release, the end of the association and of its authorization. */
function predictApproval(s: State, customerId: number): Outcome {
  const c = customerById(s, customerId);
  release(s, c);
  c.ended = true;
  c.authorized = false;
  c.changeBlock = 'ASSOCIATION_CHANGE_TOO_SOON';
  return OK;
}

/**
 * The customer's side of an unbind (seed 003): it signs in, asks for a code and approves its
 * partner's request (answerUnbindRequest); the model must agree, as after any step.
 */
async function customerApproves(m: Model, r: Real, customerId: number, eventId: string, label: string) {
  const next = structuredClone(m.state);
  const expected = predictApproval(next, customerId);
  const answer = await customerAnswers(r.server, customerById(next, customerId).accountName, {
    eventId,
    approve: true,
    verificationCode: 'fresh',
  });
  const actual: Outcome = { errors: answer.userErrors.map((e) => e.code) };
  count(`answerUnbindRequest: ${actual.errors[0] ?? 'OK'}`);
  expect(actual, `${label}\nanswer: ${JSON.stringify(answer.userErrors)}`).toEqual(expected);
  m.state = next;
  await verify(m, r, label);
}

class ChangeAssociationCmd extends Cmd {
  constructor(
    readonly actor: Actor,
    readonly c: CustomerPick,
    readonly change: 'unbind' | 'switch',
    readonly keyed: boolean,
  ) {
    super();
  }
  describe() {
    return `${this.change}(${this.actor}, ${this.c.foreign ? 'foreign ' : ''}#${this.c.i}${this.keyed ? ', keyed' : ''})`;
  }
  async run(m: Model, r: Real) {
    const target = pickCustomer(m.state, this.actor, this.c);
    // A switch goes to the other type, except now and then to the same one (ALREADY_THIS_TYPE).
    const to: AssocType = (this.c.i % 7 === 0) === (target.type === 'RESALE') ? 'RESALE' : 'ADVISORY';
    const input: Input = this.change === 'unbind' ? { customerId: target.gid } : { customerId: target.gid, toType: to };
    let eventId: string | null = null;
    this.label = `${this.change === 'unbind' ? 'unbindCustomer' : `switchAssociationType to ${to}`} as ${this.actor}: ${describeCustomer(target)} holding ${yuan(target.balance)}${this.keyed ? ' (keyed)' : ''}`;
    await step(m, r, {
      label: this.label,
      actor: this.actor,
      op: this.change === 'unbind' ? 'unbindCustomer' : 'switchAssociationType',
      input,
      keyed: this.keyed,
      predict: (s) =>
        predictChange(s, this.actor, target.id, this.change === 'unbind' ? { kind: 'unbind' } : { kind: 'switch', to }),
      finalize: (_next, payload) => {
        eventId = this.change === 'unbind' && payload.userErrors.length === 0 ? (payload.event?.id ?? null) : null;
      },
    });
    if (eventId) await customerApproves(m, r, target.id, eventId, `${this.label}, approved by the customer`);
  }
}

type DiscountChoice = 'none' | 'first' | 'default';

class PayOrderCmd extends Cmd {
  constructor(
    readonly o: number,
    readonly coupons: CustomerPick[],
    readonly discount: DiscountChoice,
    readonly keyed: boolean,
  ) {
    super();
  }
  override check(m: Readonly<Model>) {
    return m.state.orders.length > 0;
  }
  describe() {
    return `payOrder(#${this.o}, [${this.coupons.map((c) => `${c.foreign ? 'foreign ' : ''}#${c.i}`).join(', ')}], ${this.discount}${this.keyed ? ', keyed' : ''})`;
  }
  async run(m: Model, r: Real) {
    // Mostly an order that can be paid now (pending, authorized, RESALE, enough balance and coupons),
    // else one that is at least pending and authorized; now and then any order.
    const s0 = m.state;
    const usableOf = (customerId: number) =>
      s0.coupons.filter((c) => c.customerId === customerId && c.status === 'USABLE');
    const payable = s0.orders.filter((o) => {
      const c = customerById(s0, o.customerId);
      return o.status === 'PENDING_PAYMENT' && c.authorized && !c.ended && c.type === 'RESALE';
    });
    const affordable = payable.filter(
      (o) =>
        o.official <=
        customerById(s0, o.customerId).balance + usableOf(o.customerId).reduce((sum, c) => sum + c.balance, 0),
    );
    const order =
      this.o % 4 === 0
        ? at(s0.orders, this.o)
        : affordable.length
          ? at(affordable, this.o)
          : payable.length
            ? at(payable, this.o)
            : at(s0.orders, this.o);
    // Coupons: mostly the customer's USABLE ones, sometimes any of its coupons, rarely another customer's.
    const own = s0.coupons.filter((c) => c.customerId === order.customerId).sort((a, b) => a.id - b.id);
    const ownUsable = own.filter((c) => c.status === 'USABLE');
    const picked = this.coupons
      .map((p) =>
        p.foreign || own.length === 0
          ? s0.coupons.length
            ? at(s0.coupons, p.i)
            : null
          : p.i % 3 !== 0 && ownUsable.length
            ? at(ownUsable, p.i)
            : at(own, p.i),
      )
      .filter((c): c is MCoupon => c != null);
    const discountTypes =
      this.discount === 'default'
        ? null
        : this.discount === 'first' && order.discounts.length
          ? [order.discounts[0].type]
          : [];
    const actor = order.actor;
    const input = { orderId: order.gid, couponIds: picked.map((c) => c.gid), discountTypes };
    const customer = customerById(m.state, order.customerId);
    this.label = `payOrder as ${actor}: order ${order.id} (${order.status}, ${yuan(order.official)}, discounts ${JSON.stringify(order.discounts)}) of ${describeCustomer(customer)} holding ${yuan(customer.balance)}${customer.authorized ? '' : ' not authorized'}, coupons [${picked.map((c) => `${c.id} (customer ${c.customerId}, ${c.kind}, ${c.status}, ${yuan(c.balance)})`).join(', ')}], discountTypes ${JSON.stringify(discountTypes)}${this.keyed ? ' (keyed)' : ''}`;
    await step(m, r, {
      label: this.label,
      actor,
      op: 'payOrder',
      input,
      keyed: this.keyed,
      predict: (s) => {
        const c = customerById(s, order.customerId);
        if (c.ended) {
          // Unbound: the order is no longer payable on its behalf; whichever rule speaks first.
          const rest = predictPayment(structuredClone(s), actor, order.id, input.couponIds, discountTypes);
          return refusedWith(
            alt(
              'ORDER_AUTHORIZATION_REQUIRED',
              'ORDER_NOT_FOUND',
              'CUSTOMER_NOT_ASSOCIATED',
              ...(rest.errors.length ? rest.errors : []),
            ),
          );
        }
        return predictPayment(s, actor, order.id, input.couponIds, discountTypes);
      },
    });
  }
}

function predictPayment(
  s: State,
  actor: Actor,
  orderId: number,
  couponIds: string[],
  discountTypes: string[] | null,
): Outcome {
  const o = s.orders.find((x) => x.id === orderId)!;
  const c = customerById(s, o.customerId);
  if (o.actor !== actor) return refusedWith('ORDER_NOT_FOUND');
  if (!c.authorized) return refusedWith('ORDER_AUTHORIZATION_REQUIRED');
  if (o.status !== 'PENDING_PAYMENT') return refusedWith('ORDER_NOT_PENDING');
  if (c.type !== 'RESALE') return refusedWith('NOT_RESALE_CUSTOMER');
  let chosen = o.discounts;
  if (discountTypes == null) {
    if (o.discounts.length > 1) return refusedWith('TOO_MANY_DISCOUNTS');
  } else {
    chosen = [];
    for (const type of discountTypes) {
      const d = o.discounts.find((x) => x.type === type);
      if (!d) return refusedWith('DISCOUNT_NOT_APPLICABLE');
      chosen.push(d);
    }
  }
  const ids = couponIds.map(pk);
  if (ids.some((id, i) => ids.slice(0, i).includes(id))) return refusedWith('DUPLICATE_COUPON');
  let remaining = Math.max(0, o.official - chosen.reduce((sum, d) => sum + d.amount, 0));
  const plan: { coupon: MCoupon; use: number }[] = [];
  for (const id of ids) {
    const coupon = s.coupons.find((x) => x.id === id);
    if (!coupon || coupon.actor !== actor || coupon.customerId !== c.id) return refusedWith('COUPON_NOT_USABLE');
    if (coupon.status !== 'USABLE' || !coupon.valid || !['VOUCHER', 'CASH'].includes(coupon.kind))
      return refusedWith('COUPON_NOT_USABLE');
    const q = quotaById(s, coupon.quotaId);
    const fits = o.lines.every(
      (l) =>
        (q.serviceTypes.length === 0 || q.serviceTypes.includes(l.serviceTypeCode)) &&
        (q.productIds.length === 0 || q.productIds.includes(l.productId)),
    );
    if (!fits) return refusedWith('COUPON_NOT_USABLE');
    const use = Math.min(coupon.balance, remaining);
    if (use <= 0) return refusedWith('COUPON_NOT_USABLE');
    plan.push({ coupon, use });
    remaining -= use;
  }
  if (remaining > c.balance) return refusedWith('INSUFFICIENT_FUNDS');
  o.status = 'COMPLETED';
  for (const { coupon, use } of plan) {
    coupon.balance -= use;
    if (coupon.balance === 0) coupon.status = 'USED';
  }
  c.balance -= remaining;
  return OK;
}

class ResellerFundsCmd extends Cmd {
  constructor(
    readonly direction: 'toReseller' | 'fromReseller',
    readonly a: AmountSpec,
    readonly keyed: boolean,
  ) {
    super();
  }
  describe() {
    return `${this.direction}(${specText(this.a)}${this.keyed ? ', keyed' : ''})`;
  }
  async run(m: Model, r: Real) {
    const to = this.direction === 'toReseller';
    const amount = yuan(resolveAmount(this.a, allocatable(m.state, to ? 'dist' : 'res')));
    const input = { resellerId: gid('Partner', PARTNER_ID.res), amount };
    this.label = `${to ? 'allocateFundsToReseller' : 'reclaimFundsFromReseller'} ${amount} (dist allocatable ${yuan(allocatable(m.state, 'dist'))}, reseller ${yuan(allocatable(m.state, 'res'))})${this.keyed ? ' (keyed)' : ''}`;
    await step(m, r, {
      label: this.label,
      actor: 'dist',
      op: to ? 'allocateFundsToReseller' : 'reclaimFundsFromReseller',
      input,
      keyed: this.keyed,
      predict: (s) => {
        const f = fen(amount);
        if (f <= 0) return refusedWith('INVALID_AMOUNT');
        const [payer, payee]: Actor[] = to ? ['dist', 'res'] : ['res', 'dist'];
        if (allocatable(s, payer) < f)
          return refusedWith(to ? 'INSUFFICIENT_BALANCE' : 'RESELLER_BALANCE_INSUFFICIENT');
        s.partners[payer].amount -= f;
        s.partners[payee].amount += f;
        return OK;
      },
    });
  }
}

class IssueSubQuotaCmd extends Cmd {
  constructor(
    readonly q: number,
    readonly a: AmountSpec,
    readonly keyed: boolean,
  ) {
    super();
  }
  describe() {
    return `issueSubQuota(quota #${this.q}, ${specText(this.a)}${this.keyed ? ', keyed' : ''})`;
  }
  async run(m: Model, r: Real) {
    const parent = at(quotasOf(m.state, 'dist'), this.q);
    const amount = yuan(resolveAmount(this.a, parent.balance));
    const input = { parentQuotaId: parent.gid, resellerId: gid('Partner', PARTNER_ID.res), amount };
    this.label = `issueSubQuota ${amount} from quota ${parent.id} (${parent.kind}, status ${parent.status}, balance ${yuan(parent.balance)}${parent.designated.length ? ', designated' : ''})${this.keyed ? ' (keyed)' : ''}`;
    await step(m, r, {
      label: this.label,
      actor: 'dist',
      op: 'issueSubQuota',
      input,
      keyed: this.keyed,
      predict: (s) => {
        const f = fen(amount);
        const q = quotaById(s, parent.id);
        if (f <= 0) return refusedWith('INVALID_AMOUNT');
        if (f > 10_000_000_000) return refusedWith('AMOUNT_TOO_LARGE');
        if (!(q.status === QUOTA_NORMAL && q.usable)) return refusedWith('QUOTA_NOT_USABLE');
        if (q.designated.length > 0 && !q.designatedAllOfReseller)
          return refusedWith('DESIGNATED_CUSTOMER_NOT_OF_RESELLER');
        if (q.balance < f) return refusedWith('QUOTA_INSUFFICIENT');
        q.balance -= f;
        return OK;
      },
      finalize: (s, payload) => {
        if (!payload.subQuota) return;
        const q = quotaById(s, parent.id);
        const f = fen(amount);
        expect(fen(payload.subQuota.balance.amount), this.label).toBe(f);
        s.quotas.push({
          ...structuredClone(q),
          id: pk(payload.subQuota.id),
          gid: payload.subQuota.id,
          actor: 'res',
          status: QUOTA_NORMAL,
          balance: f,
          value: f,
          usable: true,
          parentId: q.id,
        });
      },
    });
  }
}

const subQuotasOf = (s: State) =>
  s.quotas.filter(
    (q) => q.parentId != null && q.actor === 'res' && s.quotas.find((p) => p.id === q.parentId)?.actor === 'dist',
  );

class ReclaimSubQuotaCmd extends Cmd {
  constructor(
    readonly q: number,
    readonly keyed: boolean,
  ) {
    super();
  }
  override check(m: Readonly<Model>) {
    return subQuotasOf(m.state).length > 0;
  }
  describe() {
    return `reclaimSubQuota(#${this.q}${this.keyed ? ', keyed' : ''})`;
  }
  async run(m: Model, r: Real) {
    const sub = at(subQuotasOf(m.state), this.q);
    const input = { quotaId: sub.gid };
    this.label = `reclaimSubQuota ${sub.id} (status ${sub.status}, balance ${yuan(sub.balance)}) into quota ${sub.parentId}${this.keyed ? ' (keyed)' : ''}`;
    await step(m, r, {
      label: this.label,
      actor: 'dist',
      op: 'reclaimSubQuota',
      input,
      keyed: this.keyed,
      predict: (s) => {
        const q = quotaById(s, sub.id);
        if (q.status !== QUOTA_NORMAL) return refusedWith('QUOTA_NOT_RECLAIMABLE');
        quotaById(s, q.parentId!).balance += q.balance;
        q.balance = 0;
        q.status = QUOTA_RECLAIMED;
        q.usable = false;
        return OK;
      },
    });
  }
}

/** Sends an earlier keyed request again, byte for byte: the first answer comes back and nothing moves. */
class RetryCmd extends Cmd {
  constructor(readonly k: number) {
    super();
  }
  override check(m: Readonly<Model>) {
    return m.sent.length > 0;
  }
  describe() {
    return `retry(#${this.k})`;
  }
  async run(m: Model, r: Real) {
    const sent = at(m.sent, this.k);
    this.label = `retry of: ${sent.label}`;
    const payload = await send(r, sent.op, sent.actor, sent.input);
    const outcome = outcomeOf(sent.op, payload, sent.input);
    count(`retry ${sent.op}: ${outcome.errors.join(',') || 'replayed'}`);
    expect(outcome, `${this.label}: the replay answers like the first call`).toEqual(sent.outcome);
    await verify(m, r, this.label);
  }
}

/** An earlier key with another input: IDEMPOTENCY_KEY_REUSED, nothing moves. */
class KeyReuseCmd extends Cmd {
  constructor(readonly k: number) {
    super();
  }
  override check(m: Readonly<Model>) {
    return m.sent.length > 0;
  }
  describe() {
    return `keyReuse(#${this.k})`;
  }
  async run(m: Model, r: Real) {
    const sent = at(m.sent, this.k);
    const input: Input =
      sent.op === 'unbindCustomer' || sent.op === 'switchAssociationType'
        ? { ...sent.input, reason: 'another input' }
        : sent.op === 'payOrder'
          ? { ...sent.input, discountTypes: sent.input.discountTypes == null ? [] : null }
          : sent.op === 'issueSubQuota' || sent.op === 'reclaimSubQuota'
            ? { ...sent.input, remark: 'another input' }
            : { ...sent.input, memo: 'another input' };
    this.label = `same key, another input, as: ${sent.label}`;
    const payload = await send(r, sent.op, sent.actor, input);
    const outcome = outcomeOf(sent.op, payload, input);
    count(`keyReuse ${sent.op}: ${outcome.errors.join(',')}`);
    const batch = OPS[sent.op].batch;
    expect(outcome, this.label).toEqual({
      errors: ['IDEMPOTENCY_KEY_REUSED'],
      ...(batch ? { items: (input[batch] as unknown[]).map(() => '-') } : {}),
    });
    await verify(m, r, this.label);
  }
}

const commandArbs: fc.Arbitrary<Cmd>[] = [
  ...Array.from({ length: 4 }, () =>
    fc
      .record({
        actor: actorArb,
        items: fc.array(fc.record({ c: customerPickArb, a: allocationAmountArb }), { minLength: 1, maxLength: 3 }),
        keyed: keyedArb,
      })
      .map((p): Cmd => new AllocateCmd(p.actor, p.items, p.keyed)),
  ),
  ...Array.from({ length: 3 }, () =>
    fc
      .record({ actor: actorArb, c: customerPickArb, a: amountArb(100_000, 500_000), keyed: keyedArb })
      .map((p): Cmd => new ReclaimFundsCmd(p.actor, p.c, p.a, p.keyed)),
  ),
  ...Array.from({ length: 3 }, () =>
    fc
      .record({
        actor: actorArb,
        q: fc.nat(999),
        cs: fc.array(customerPickArb, { minLength: 1, maxLength: 3 }),
        face: faceArb,
        keyed: keyedArb,
      })
      .map((p): Cmd => new IssueCouponsCmd(p.actor, p.q, p.cs, p.face, p.keyed)),
  ),
  ...Array.from({ length: 2 }, () =>
    fc
      .record({ actor: actorArb, picks: fc.array(fc.nat(999), { minLength: 1, maxLength: 3 }), keyed: keyedArb })
      .map((p): Cmd => new ReclaimCouponsCmd(p.actor, p.picks, p.keyed)),
  ),
  ...Array.from({ length: 2 }, () =>
    fc
      .record({ actor: actorArb, c: customerPickArb, keyed: keyedArb })
      .map((p): Cmd => new ChangeAssociationCmd(p.actor, p.c, 'unbind', p.keyed)),
  ),
  ...Array.from({ length: 2 }, () =>
    fc
      .record({ actor: actorArb, c: customerPickArb, keyed: keyedArb })
      .map((p): Cmd => new ChangeAssociationCmd(p.actor, p.c, 'switch', p.keyed)),
  ),
  ...Array.from({ length: 3 }, () =>
    fc
      .record({
        o: fc.nat(999),
        coupons: fc.array(customerPickArb, { maxLength: 3 }),
        discount: fc.constantFrom<DiscountChoice>('none', 'first', 'default'),
        keyed: keyedArb,
      })
      .map((p): Cmd => new PayOrderCmd(p.o, p.coupons, p.discount, p.keyed)),
  ),
  ...Array.from({ length: 2 }, () =>
    fc
      .record({ to: fc.boolean(), a: amountArb(500_000, 20_000_000), keyed: keyedArb })
      .map((p): Cmd => new ResellerFundsCmd(p.to ? 'toReseller' : 'fromReseller', p.a, p.keyed)),
  ),
  fc
    .record({ q: fc.nat(999), a: amountArb(500_000, 2_000_000), keyed: keyedArb })
    .map((p): Cmd => new IssueSubQuotaCmd(p.q, p.a, p.keyed)),
  fc.record({ q: fc.nat(999), keyed: keyedArb }).map((p): Cmd => new ReclaimSubQuotaCmd(p.q, p.keyed)),
  ...Array.from({ length: 2 }, () => fc.nat(999).map((k): Cmd => new RetryCmd(k))),
  fc.nat(999).map((k): Cmd => new KeyReuseCmd(k)),
];

const RUNS = Number(process.env.MONEY_MODEL_RUNS ?? 14);
const MAX_COMMANDS = Number(process.env.MONEY_MODEL_COMMANDS ?? 25);
/** Reproduce a failure: MONEY_MODEL_SEED=… MONEY_MODEL_PATH=… (both printed by fast-check). */
const replay = process.env.MONEY_MODEL_SEED
  ? { seed: Number(process.env.MONEY_MODEL_SEED), path: process.env.MONEY_MODEL_PATH }
  : {};
const WORLD: WorldOptions = {
  resale: { dist: 4, res: 2 },
  advisory: { dist: 1, res: 1 },
  specials: true,
  ordersPerCustomer: 2,
};
/** The machine may be busy and SQLite serializes every request: generous. */
const TIMEOUT = 900_000;

function describeWorld(s: State): string {
  const lines = [
    `partners: ${ACTORS.map((a) => `${a} ${yuan(s.partners[a].amount)} (designated ${yuan(s.partners[a].designated)})`).join(', ')}`,
    ...s.customers.map(
      (c) =>
        `${describeCustomer(c)} balance ${yuan(c.balance)} debt ${yuan(c.debt)}${c.frozen ? ' frozen' : ''} block ${c.changeBlock} ${c.authorized ? 'authorized' : 'not authorized'} coupons ${s.coupons
          .filter((x) => x.customerId === c.id)
          .map((x) => `${x.id}:${x.status}:${yuan(x.balance)}`)
          .join(' ')}`,
    ),
    ...s.quotas.map(
      (q) =>
        `quota ${q.id} ${q.actor} ${q.kind} status ${q.status} ${yuan(q.balance)}/${yuan(q.value)}${q.usable ? ' usable' : ''}${q.designated.length ? ' designated' : ''} parent ${q.parentId}`,
    ),
    ...s.orders.map(
      (o) =>
        `order ${o.id} ${o.actor} customer ${o.customerId} ${o.status} ${yuan(o.official)} ${JSON.stringify(o.discounts)}`,
    ),
  ];
  return lines.join('\n');
}

async function signInAll(server: TestServer): Promise<Record<Actor, string>> {
  return { dist: await server.signIn(LOGIN.dist), res: await server.signIn(LOGIN.res) };
}

describe(`money model (${testDatabaseKind()})`, () => {
  it(
    `fast-check commands (${RUNS} runs of ≤ ${MAX_COMMANDS} commands): allocate, reclaim, issue, reclaim coupons, unbind, switch, pay, reseller funds, sub-quotas, retries — invariants and the model after every step`,
    async () => {
      const started = Date.now();
      let runs = 0;
      const stepsBefore = stats.steps;
      await fc.assert(
        fc.asyncProperty(
          fc.limitShrink(fc.noBias(fc.commands(commandArbs, { maxCommands: MAX_COMMANDS, size: 'max' })), 30),
          async (cmds) => {
            const server = await startTestServer();
            try {
              const real: Real = { server, tokens: await signInAll(server) };
              runs++;
              await fc.asyncModelRun(async () => {
                const model: Model = {
                  state: await loadWorld(server, WORLD),
                  sent: [],
                  keys: 0,
                  runId: randomUUID().slice(0, 8),
                };
                if (runs === 1 && process.env.MONEY_MODEL_VERBOSE) console.log(describeWorld(model.state));
                await verify(model, real, 'the start of the run');
                return { model, real };
              }, cmds);
            } finally {
              await server.close();
            }
          },
        ),
        { numRuns: RUNS, ...replay },
      );
      console.log(
        `money model: ${runs} runs, ${stats.steps - stepsBefore - runs} commands in ${((Date.now() - started) / 1000).toFixed(1)} s\n${[
          ...tally,
        ]
          .sort()
          .map(([k, v]) => `  ${k}: ${v}`)
          .join('\n')}`,
      );
    },
    TIMEOUT,
  );
});

// ── The concurrent variant ─────────────────────────────────────────────────────────────────────

type ConcurrentOp =
  | { k: 'allocate' | 'reclaim'; actor: Actor; c: number; fen: number }
  | { k: 'issue'; actor: Actor; q: number; c: number; fen: number }
  | { k: 'reclaimCoupon'; actor: Actor; cp: number }
  | { k: 'pay'; o: number; coupons: number }
  | { k: 'toReseller' | 'fromReseller'; fen: number }
  | { k: 'unbind' | 'switch'; actor: Actor; c: number }
  | { k: 'issueSubQuota'; q: number; fen: number }
  | { k: 'reclaimSubQuota'; q: number };
interface ConcurrentItem {
  op: ConcurrentOp;
  keyed: boolean;
  /** Sent twice at once (with the same key when keyed). */
  twice: boolean;
}

const smallFen = fc.integer({ min: 1, max: 100_000 });
const concurrentOpArb: fc.Arbitrary<ConcurrentOp> = fc.oneof(
  {
    weight: 5,
    arbitrary: fc.record({ k: fc.constant('allocate' as const), actor: actorArb, c: fc.nat(999), fen: smallFen }),
  },
  {
    weight: 4,
    arbitrary: fc.record({ k: fc.constant('reclaim' as const), actor: actorArb, c: fc.nat(999), fen: smallFen }),
  },
  {
    weight: 3,
    arbitrary: fc.record({
      k: fc.constant('issue' as const),
      actor: actorArb,
      q: fc.nat(999),
      c: fc.nat(999),
      fen: fc.integer({ min: 1, max: 500_000 }),
    }),
  },
  { weight: 2, arbitrary: fc.record({ k: fc.constant('reclaimCoupon' as const), actor: actorArb, cp: fc.nat(999) }) },
  { weight: 3, arbitrary: fc.record({ k: fc.constant('pay' as const), o: fc.nat(999), coupons: fc.nat(2) }) },
  {
    weight: 2,
    arbitrary: fc.record({
      k: fc.constantFrom('toReseller' as const, 'fromReseller' as const),
      fen: fc.integer({ min: 1, max: 5_000_000 }),
    }),
  },
  {
    weight: 1,
    arbitrary: fc.record({ k: fc.constantFrom('unbind' as const, 'switch' as const), actor: actorArb, c: fc.nat(999) }),
  },
  {
    weight: 1,
    arbitrary: fc.record({
      k: fc.constant('issueSubQuota' as const),
      q: fc.nat(999),
      fen: fc.integer({ min: 1, max: 1_000_000 }),
    }),
  },
  { weight: 1, arbitrary: fc.record({ k: fc.constant('reclaimSubQuota' as const), q: fc.nat(999) }) },
);
const concurrentBatchArb = fc.array(
  fc.record({ op: concurrentOpArb, keyed: fc.boolean(), twice: fc.integer({ min: 0, max: 4 }).map((n) => n === 0) }),
  { minLength: 20, maxLength: 40 },
);

interface Request {
  op: Op;
  actor: Actor;
  input: Input;
  label: string;
}

function concurrentRequest(s: State, item: ConcurrentItem, key: string | undefined): Request {
  const op = item.op;
  const idempotencyKey = item.keyed ? key : undefined;
  switch (op.k) {
    case 'allocate':
    case 'reclaim': {
      const c = at(customersOf(s, op.actor), op.c);
      return op.k === 'allocate'
        ? {
            op: 'allocateFunds',
            actor: op.actor,
            input: { allocations: [{ customerId: c.gid, amount: yuan(op.fen) }], idempotencyKey },
            label: `allocate ${yuan(op.fen)} to ${c.id}`,
          }
        : {
            op: 'reclaimFunds',
            actor: op.actor,
            input: { customerId: c.gid, amount: yuan(op.fen), idempotencyKey },
            label: `reclaim ${yuan(op.fen)} from ${c.id}`,
          };
    }
    case 'issue': {
      const quotas = quotasOf(s, op.actor).filter((q) => q.usable && q.designated.length === 0);
      const q = at(quotas.length ? quotas : quotasOf(s, op.actor), op.q);
      const c = at(customersOf(s, op.actor), op.c);
      return {
        op: 'issueCoupons',
        actor: op.actor,
        input: { quotaId: q.gid, customerIds: [c.gid], faceValue: yuan(op.fen), idempotencyKey },
        label: `issue ${yuan(op.fen)} from quota ${q.id} to ${c.id}`,
      };
    }
    case 'reclaimCoupon': {
      const usable = s.coupons.filter((c) => c.actor === op.actor && c.status === 'USABLE');
      const coupon = at(usable.length ? usable : s.coupons, op.cp);
      return {
        op: 'reclaimCoupons',
        actor: op.actor,
        input: { couponIds: [coupon.gid], idempotencyKey },
        label: `reclaim coupon ${coupon.id}`,
      };
    }
    case 'pay': {
      const order = at(s.orders, op.o);
      const coupons = s.coupons
        .filter((c) => c.customerId === order.customerId && c.status === 'USABLE')
        .slice(0, op.coupons);
      return {
        op: 'payOrder',
        actor: order.actor,
        input: { orderId: order.gid, couponIds: coupons.map((c) => c.gid), discountTypes: [], idempotencyKey },
        label: `pay order ${order.id}`,
      };
    }
    case 'toReseller':
    case 'fromReseller':
      return {
        op: op.k === 'toReseller' ? 'allocateFundsToReseller' : 'reclaimFundsFromReseller',
        actor: 'dist',
        input: { resellerId: gid('Partner', PARTNER_ID.res), amount: yuan(op.fen), idempotencyKey },
        label: `${op.k} ${yuan(op.fen)}`,
      };
    case 'unbind':
    case 'switch': {
      const c = at(customersOf(s, op.actor), op.c);
      return op.k === 'unbind'
        ? {
            op: 'unbindCustomer',
            actor: op.actor,
            input: { customerId: c.gid, idempotencyKey },
            label: `unbind ${c.id}`,
          }
        : {
            op: 'switchAssociationType',
            actor: op.actor,
            input: { customerId: c.gid, toType: c.type === 'RESALE' ? 'ADVISORY' : 'RESALE', idempotencyKey },
            label: `switch ${c.id}`,
          };
    }
    case 'issueSubQuota': {
      const parents = quotasOf(s, 'dist').filter((q) => q.usable && q.designated.length === 0);
      const parent = at(parents, op.q);
      return {
        op: 'issueSubQuota',
        actor: 'dist',
        input: {
          parentQuotaId: parent.gid,
          resellerId: gid('Partner', PARTNER_ID.res),
          amount: yuan(op.fen),
          idempotencyKey,
        },
        label: `issueSubQuota ${yuan(op.fen)} from ${parent.id}`,
      };
    }
    case 'reclaimSubQuota': {
      const sub = at(subQuotasOf(s), op.q);
      return {
        op: 'reclaimSubQuota',
        actor: 'dist',
        input: { quotaId: sub.gid, idempotencyKey },
        label: `reclaimSubQuota ${sub.id}`,
      };
    }
  }
}

/** Cash of both partners, balances of the world's customers and of every quota of both partners. */
async function balances(server: TestServer, s: State) {
  const snap = await snapshot(server, s);
  return {
    partners: snap.partners as Record<Actor, number>,
    customers: new Map(snap.customers.map((c) => [c.id, c.balance])),
    quotas: new Map(snap.quotas.map((q) => [q.id, q.balance])),
    adjustRecords: Number((await queryOf(server)('select count(*) n from adjust_record'))[0].n),
  };
}

const CONCURRENT_RUNS = Number(process.env.MONEY_MODEL_CONCURRENT_RUNS ?? 3);

describe(`money model, concurrent (${testDatabaseKind()})`, () => {
  it(
    `${CONCURRENT_RUNS} generated batches of 20–40 mutations (some sent twice, with and without one key) fired at once: no errors, invariants hold, successful amounts account for every balance change`,
    async () => {
      const started = Date.now();
      let requests = 0;
      const outcomes = new Map<string, number>();
      await fc.assert(
        fc.asyncProperty(fc.limitShrink(concurrentBatchArb, 10), async (batch) => {
          const server = await startTestServer();
          try {
            const tokens = await signInAll(server);
            const world = await loadWorld(server, WORLD);
            const before = await balances(server, world);
            const runId = randomUUID().slice(0, 8);
            const sends = batch.flatMap((item, i) => {
              const request = concurrentRequest(world, item, `${runId}-${i}`);
              return item.twice ? [request, { ...request, input: { ...request.input } }] : [request];
            });
            requests += sends.length;
            const answers = await Promise.all(
              sends.map((r) => server.execute(OPS[r.op].doc as never, { input: r.input } as never, tokens[r.actor])),
            );
            answers.forEach((res, i) => {
              expect(res.errors, `${sends[i].label}: no top-level error (HTTP ${res.status})`).toBeUndefined();
              expect(res.status).toBe(200);
            });
            expect(await checkInvariants(server.orm), 'invariants after the concurrent batch').toEqual([]);

            // What the successful answers moved (a keyed duplicate must answer like its twin and count once).
            const expected = {
              partners: { dist: 0, res: 0 } as Record<Actor, number>,
              customers: new Map<number, number>(),
              quotas: new Map<number, number>(),
              adjustRecords: 0,
            };
            const add = (map: Map<number, number>, id: number, v: number) => map.set(id, (map.get(id) ?? 0) + v);
            const firstByKey = new Map<string, Outcome>();
            const paidOrders: number[] = [];
            const reclaimedCoupons: number[] = [];
            const autoReclaimed: number[] = [];
            sends.forEach((r, i) => {
              const payload = (answers[i].data as Record<string, Payload>)[r.op];
              const outcome = outcomeOf(r.op, payload, r.input);
              for (const code of outcome.items ?? (outcome.errors.length ? outcome.errors : ['OK']))
                outcomes.set(`${r.op}: ${code}`, (outcomes.get(`${r.op}: ${code}`) ?? 0) + 1);
              const key = r.input.idempotencyKey as string | undefined;
              if (key) {
                const first = firstByKey.get(key);
                if (first) {
                  expect(outcome, `${r.label}: a duplicate with the same key answers like the first`).toEqual(first);
                  return;
                }
                firstByKey.set(key, outcome);
              }
              const amount = (m: { amount: { amount: string } } | null | undefined) => (m ? fen(m.amount.amount) : 0);
              switch (r.op) {
                case 'allocateFunds':
                  for (const sItem of payload.succeeded ?? []) {
                    const a = amount(sItem.adjustRecord);
                    expected.partners[r.actor] -= a;
                    add(
                      expected.customers,
                      pk((r.input.allocations as { customerId: string }[])[sItem.index].customerId),
                      a,
                    );
                    expected.adjustRecords++;
                  }
                  break;
                case 'reclaimFunds':
                  if (payload.adjustRecord) {
                    expected.partners[r.actor] += amount(payload.adjustRecord);
                    add(expected.customers, pk(r.input.customerId as string), -amount(payload.adjustRecord));
                    expected.adjustRecords++;
                    autoReclaimed.push(...(payload.reclaimedCoupons ?? []).map((c) => pk(c.id)));
                  }
                  break;
                case 'allocateFundsToReseller':
                case 'reclaimFundsFromReseller':
                  if (payload.adjustRecord) {
                    const a = amount(payload.adjustRecord) * (r.op === 'allocateFundsToReseller' ? 1 : -1);
                    expected.partners.dist -= a;
                    expected.partners.res += a;
                    expected.adjustRecords++;
                  }
                  break;
                case 'issueCoupons':
                  for (const sItem of payload.succeeded ?? [])
                    add(expected.quotas, pk(r.input.quotaId as string), -fen(sItem.coupon!.faceValue.amount));
                  break;
                case 'reclaimCoupons':
                  for (const sItem of payload.succeeded ?? []) {
                    const id = pk((r.input.couponIds as string[])[sItem.index]);
                    reclaimedCoupons.push(id);
                    add(expected.quotas, world.coupons.find((c) => c.id === id)!.quotaId, amount(sItem.couponRecord));
                  }
                  break;
                case 'payOrder':
                  if (payload.order) {
                    paidOrders.push(pk(r.input.orderId as string));
                    add(
                      expected.customers,
                      world.orders.find((o) => o.gid === r.input.orderId)!.customerId,
                      -fen(payload.cashPaid!.amount),
                    );
                  }
                  break;
                case 'issueSubQuota':
                  if (payload.subQuota) {
                    const a = fen(payload.subQuota.balance.amount);
                    add(expected.quotas, pk(r.input.parentQuotaId as string), -a);
                    add(expected.quotas, pk(payload.subQuota.id), a);
                  }
                  break;
                case 'reclaimSubQuota':
                  if (payload.quotaRecord) {
                    const sub = quotaById(world, pk(r.input.quotaId as string));
                    add(expected.quotas, sub.id, -amount(payload.quotaRecord));
                    add(expected.quotas, sub.parentId!, amount(payload.quotaRecord));
                  }
                  break;
                case 'unbindCustomer':
                case 'switchAssociationType':
                  if (payload.userErrors.length === 0) {
                    const customer = customerById(world, pk(r.input.customerId as string));
                    if (payload.adjustRecord) {
                      expected.partners[customer.actor] += amount(payload.adjustRecord);
                      add(expected.customers, customer.id, -amount(payload.adjustRecord));
                      expected.adjustRecords++;
                    }
                    autoReclaimed.push(...(payload.reclaimedCoupons ?? []).map((c) => pk(c.id)));
                  }
                  break;
              }
            });
            // Coupons an unbind, a switch or a full withdrawal reclaimed: their records say what went back to which quota.
            if (autoReclaimed.length) {
              const rows = await queryOf(server)(
                `select cp.quota_id, cr.amount from coupon_record cr join coupon cp on cp.id = cr.coupon_id where cr.coupon_id in (${autoReclaimed.map(() => '?').join(', ')}) and cr.operation_type in (3, 8, 101)`,
                autoReclaimed,
              );
              for (const row of rows) add(expected.quotas, Number(row.quota_id), Number(row.amount));
            }
            expect(new Set(paidOrders).size, 'every order paid at most once').toBe(paidOrders.length);
            expect(new Set([...reclaimedCoupons, ...autoReclaimed]).size, 'every coupon reclaimed at most once').toBe(
              reclaimedCoupons.length + autoReclaimed.length,
            );

            const after = await balances(server, world);
            const deltas = (b: Map<number, number>, a: Map<number, number>) =>
              [...a].map(([id, v]) => [id, v - (b.get(id) ?? 0)]).filter(([, d]) => d !== 0);
            const nonZero = (m: Map<number, number>) => [...m].filter(([, d]) => d !== 0).sort((x, y) => x[0] - y[0]);
            expect(
              {
                partners: {
                  dist: after.partners.dist - before.partners.dist,
                  res: after.partners.res - before.partners.res,
                },
                customers: deltas(before.customers, after.customers),
                quotas: deltas(before.quotas, after.quotas),
                adjustRecords: after.adjustRecords - before.adjustRecords,
              },
              'balance changes in the database = what the successful answers moved',
            ).toEqual({
              partners: expected.partners,
              customers: nonZero(expected.customers),
              quotas: nonZero(expected.quotas),
              adjustRecords: expected.adjustRecords,
            });
          } finally {
            await server.close();
          }
        }),
        { numRuns: CONCURRENT_RUNS, ...replay },
      );
      console.log(
        `money model, concurrent: ${CONCURRENT_RUNS} batches, ${requests} requests in ${((Date.now() - started) / 1000).toFixed(1)} s\n${[
          ...outcomes,
        ]
          .sort()
          .map(([k, v]) => `  ${k}: ${v}`)
          .join('\n')}`,
      );
    },
    TIMEOUT,
  );
});
