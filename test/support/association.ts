/**
 * Association workflows in tests: the rows they write, customers no rule blocks, the effects of an
 * approved unbind (coupons, quotas, BEUNBIND ledger rows), both parties' steps through the API and
 * the expiry job run with a later clock.
 */
import type { FilterQuery } from '@mikro-orm/core';
import { expect } from 'vitest';
import { DEMO_CUSTOMERS } from '../../seeds';
import { AuditLog } from '../../src/modules/audit/audit.entity';
import { AssociationEvent, OrderAuthorization } from '../../src/modules/association/association.entity';
import { AssociationEventType, OrderAuthorizationStatus } from '../../src/modules/association/association.enums';
import { CloudAccount } from '../../src/modules/cloud-account/cloud-account.entity';
import { Coupon, CouponQuota, CouponRecord } from '../../src/modules/coupon/coupon.entity';
import { CouponOperationType, CouponStatus } from '../../src/modules/coupon/coupon.enums';
import { SubCustomer } from '../../src/modules/customer/customer.entity';
import { AssociationType, FrozenState } from '../../src/modules/customer/customer.enums';
import { AccountChangeRecord, AdjustRecord } from '../../src/modules/funds/funds.entity';
import {
  AssocAnswerUnbindRequestDocument,
  AssocRequestUnbindDocument,
  AssocUnbindCustomerDocument,
} from '../generated/graphql';
import { customerCode, customerToken } from './customers';
import type { TestServer } from './server';
import { DAY } from './time';
import { gid } from './ids';
import { runMaintenanceJob } from './maintenance';

type Server = Pick<TestServer, 'execute' | 'signIn' | 'orm' | 'em'>;

/** Everything the association workflows can write; refused calls must leave it as it was. */
export async function associationRows(server: Server) {
  const e = server.em();
  return {
    events: await e.count(AssociationEvent, {}),
    couponRecords: await e.count(CouponRecord, {}),
    usableCoupons: await e.count(Coupon, { status: CouponStatus.USABLE }),
    adjust: await e.count(AdjustRecord, {}),
    ledger: await e.count(AccountChangeRecord, {}),
    audit: await e.count(AuditLog, {}),
    authorizations: await e.count(OrderAuthorization, {}),
    grantedAuthorizations: await e.count(OrderAuthorization, { status: OrderAuthorizationStatus.GRANTED }),
    resale: await e.count(SubCustomer, { associationType: AssociationType.RESALE }),
    unbound: await e.count(SubCustomer, { unboundAt: { $ne: null } }),
  };
}

/** Customers with an unbind or switch event (any status, any partner) in the last 3 months (and a margin). */
export async function recentlyChanged(server: Server): Promise<Set<number>> {
  const rows = await server.em().find(AssociationEvent, {
    eventType: { $ne: AssociationEventType.ASSOCIATE },
    createdAt: { $gt: new Date(Date.now() - 95 * DAY) },
  });
  return new Set(rows.map((r) => r.customer.id));
}

const SHOWCASE = new Set(DEMO_CUSTOMERS.map((c) => c.accountName));
/** Customers handed out by freeCustomer in this test file: each goes to one test only (codes: 1 a minute). */
const handedOut = new Set<number>();

/**
 * A customer of `where` that no association rule blocks and no other test of the file got: no
 * recent change or request, no debt, not frozen, no INACTIVE coupon (unless `inactive`). Showcase
 * customers are left to the tests that name them.
 */
export async function freeCustomer(
  server: Server,
  where: FilterQuery<SubCustomer>,
  extra: (c: SubCustomer) => Promise<boolean> | boolean = () => true,
  options: { inactive?: boolean } = {},
): Promise<SubCustomer> {
  const recent = await recentlyChanged(server);
  const inactive = new Set(
    (await server.em().find(Coupon, { status: CouponStatus.INACTIVE })).map((c) => c.customer.id),
  );
  const candidates = await server.em().find(
    SubCustomer,
    // Cast: MikroORM cannot type a $and of a caller's filter with more conditions.
    { $and: [where, { debtAmount: 0, isFrozen: FrozenState.NOT_FROZEN, unboundAt: null }] } as FilterQuery<SubCustomer>,
    { orderBy: { id: 'asc' } },
  );
  for (const c of candidates) {
    if (recent.has(c.id) || handedOut.has(c.id) || SHOWCASE.has(c.accountName)) continue;
    if (inactive.has(c.id) !== Boolean(options.inactive)) continue;
    if (!(await extra(c))) continue;
    handedOut.add(c.id);
    return c;
  }
  throw new Error(`no free customer for ${JSON.stringify(where)}`);
}

/** The customer's USABLE coupons of a partner, by id. */
export function usableCouponsOf(server: Server, partnerId: number, customerId: number) {
  return server
    .em()
    .find(
      Coupon,
      { partner: partnerId, customer: customerId, status: CouponStatus.USABLE },
      { orderBy: { id: 'asc' } },
    );
}

/** Quota id → balance. */
export async function quotaBalances(server: Server, ids: number[]) {
  return new Map((await server.em().find(CouponQuota, { id: { $in: ids } })).map((q) => [q.id, q.balance]));
}

/** Every reclaimed coupon: RECLAIMED, balance 0, one SUCCESS record of `type`, its balance back on its quota. */
export async function expectReclaimed(
  server: Server,
  before: Coupon[],
  quotasBefore: Map<number, number>,
  type: CouponOperationType,
) {
  const ids = before.map((c) => c.id);
  const after = await server.em().find(Coupon, { id: { $in: ids } }, { orderBy: { id: 'asc' } });
  expect(after.map((c) => [c.id, c.status, c.balance])).toEqual(before.map((c) => [c.id, CouponStatus.RECLAIMED, 0]));
  const records = await server
    .em()
    .find(
      CouponRecord,
      { coupon: { $in: ids }, operationType: { $ne: CouponOperationType.ISSUE } },
      { orderBy: { id: 'asc' } },
    );
  expect(records.map((r) => [r.coupon.id, r.operationType, r.amount, r.result])).toEqual(
    before.map((c) => [c.id, type, c.balance, 'SUCCESS']),
  );
  const returned = new Map<number, number>();
  for (const c of before) returned.set(c.quota.id, (returned.get(c.quota.id) ?? 0) + c.balance);
  const quotasAfter = await quotaBalances(server, [...returned.keys()]);
  for (const [quota, amount] of returned) expect(quotasAfter.get(quota)).toBe(quotasBefore.get(quota)! + amount);
}

/** The BEUNBIND adjust record's two ledger rows: in on the partner's, out on the customer's. */
export async function expectBeunbind(
  server: Server,
  transId: string,
  partnerId: number,
  customerId: number,
  amount: number,
) {
  const ledger = await server.em().find(AccountChangeRecord, { tradeId: transId }, { orderBy: { id: 'asc' } });
  expect(ledger.map((l) => [l.ownerType, l.partner.id, l.customer?.id ?? null, l.tradeType, l.amount])).toEqual([
    ['PARTNER', partnerId, null, 'UNBIND_RETURN_IN', amount],
    ['CUSTOMER', partnerId, customerId, 'UNBIND_RETURN_OUT', -amount],
  ]);
}

/** The audit label of a customer (its cloud account): `customer:<id>`. */
export async function customerActor(server: Server, accountName: string): Promise<string> {
  return `customer:${(await server.em().findOneOrFail(CloudAccount, { accountName })).id}`;
}

// ── both parties' steps ─────────────────────────────────────────────────────────────────────────

/** The partner's member asks to end the association (unbindCustomer); the payload. */
export async function partnerAsksUnbind(server: Server, token: string, customerId: number, reason?: string) {
  const res = await server.execute(
    AssocUnbindCustomerDocument,
    { input: { customerId: gid('SubCustomer', customerId), reason } },
    token,
  );
  if (!res.data) throw new Error(`unbindCustomer failed: ${JSON.stringify(res.errors)}`);
  return res.data.unbindCustomer;
}

/** The customer answers a request with `verificationCode` as given (a fresh one when 'fresh'). */
export async function customerAnswers(
  server: Server,
  accountName: string,
  input: { eventId: string; approve: boolean; reason?: string; verificationCode?: string | null | 'fresh' },
) {
  const verificationCode =
    input.verificationCode === 'fresh'
      ? await customerCode(server, accountName, 'ANSWER_UNBIND_REQUEST')
      : input.verificationCode;
  const res = await server.execute(
    AssocAnswerUnbindRequestDocument,
    { input: { ...input, verificationCode } },
    await customerToken(server, accountName),
  );
  if (!res.data) throw new Error(`answerUnbindRequest failed: ${JSON.stringify(res.errors)}`);
  return res.data.answerUnbindRequest;
}

/** The customer asks its partner to end the association (requestUnbind), with a fresh code unless one is given. */
export async function customerAsksUnbind(
  server: Server,
  accountName: string,
  reason?: string,
  verificationCode?: string | null,
) {
  const code =
    verificationCode === undefined ? await customerCode(server, accountName, 'REQUEST_UNBIND') : verificationCode;
  const res = await server.execute(
    AssocRequestUnbindDocument,
    { input: { reason, verificationCode: code } },
    await customerToken(server, accountName),
  );
  if (!res.data) throw new Error(`requestUnbind failed: ${JSON.stringify(res.errors)}`);
  return res.data.requestUnbind;
}

/** Runs the maintenance job `expire-unbind-requests` as its runner would at `now`; the rows it changed. */
export const runUnbindExpiry = (server: Server, now: Date): Promise<number> =>
  runMaintenanceJob(server, 'expire-unbind-requests', now);
