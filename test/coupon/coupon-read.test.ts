import { describe, expect, it } from 'vitest';
import type { FilterQuery } from '@mikro-orm/core';
import {
  CouponNodeDocument,
  CouponRecordsDocument,
  CustomerCouponsDocument,
  DistCouponsDocument,
  OwnCouponQuotasDocument,
  PartnerCouponQuotasDocument,
  PartnerCouponsDocument,
  PartnerQuotaRecordsDocument,
  QuotaParentDocument,
  QuotaRecordsDocument,
  ResellerCustomerCouponsDocument,
  type CouponFilter,
  type DistCouponsQuery,
} from '../generated/graphql';
import { useTestServer, useTokens, type GraphQLResponse } from '../support/server';
import { Coupon, CouponQuota, CouponRecord, QuotaRecord } from '../../src/modules/coupon/coupon.entity';
import {
  CouponOperationType,
  CouponStatus,
  QuotaOperationType,
  QuotaStatus,
} from '../../src/modules/coupon/coupon.enums';
import { SubCustomer } from '../../src/modules/customer/customer.entity';
import { Partner } from '../../src/modules/partner/partner.entity';
import { demoMember } from '../../seeds/demo-data';
import { gid } from '../support/ids';
import { DIST, OTHER_DIST, RESELLER1 } from '../support/demo';
import { cny, yuan } from '../support/money';
import { expectedCoupon, expectedQuota } from '../support/coupons';
import { errorCodes } from '../support/graphql';
import { DAY } from '../support/time';

const server = useTestServer();
const tokens = useTokens(server, ['dist-admin', 'dist-am', 'reseller-admin', 'other-dist-admin']);

/** The expiry window the coupon lists cover by default, computed independently of the service. */
function windowAround(now = new Date()): { from: Date; to: Date } {
  const from = new Date(now.getTime());
  from.setUTCMonth(from.getUTCMonth() - 12);
  const to = new Date(now.getTime());
  to.setUTCMonth(to.getUTCMonth() + 12);
  return { from, to };
}

/** Coupons of the database, newest first, under a filter plus the default window. */
async function dbCoupons(where: FilterQuery<Coupon>, range = windowAround()): Promise<Coupon[]> {
  return server
    .em()
    .find(Coupon, { $and: [where, { expireTime: { $gte: range.from, $lte: range.to } }] } as FilterQuery<Coupon>, {
      orderBy: { id: 'desc' },
    });
}

type CouponNodes = NonNullable<DistCouponsQuery['viewer']['partner']['coupons']>['nodes'];

/** Reads a whole coupon list page by page (100 at a time) as `login`. */
async function allCoupons(login: string, filter?: CouponFilter): Promise<{ nodes: CouponNodes; totalCount: number }> {
  const nodes: CouponNodes = [];
  let after: string | null = null;
  let totalCount = -1;
  for (;;) {
    const res: GraphQLResponse<DistCouponsQuery> = await server.execute(
      DistCouponsDocument,
      { first: 100, after, filter },
      tokens[login],
    );
    expect(res.errors).toBeUndefined();
    const page: DistCouponsQuery['viewer']['partner']['coupons'] = res.data!.viewer.partner.coupons;
    if (totalCount < 0) totalCount = page!.totalCount;
    nodes.push(...page!.nodes);
    if (!page!.pageInfo.hasNextPage) break;
    after = page!.pageInfo.endCursor!;
  }
  return { nodes, totalCount };
}

describe('Partner.coupons', () => {
  it('lists every coupon the distributor issued that expires inside the 12-month window, as stored', async () => {
    const expected = await dbCoupons({ partner: DIST });
    expect(expected.length).toBeGreaterThan(0);
    const { nodes, totalCount } = await allCoupons('dist-admin');
    expect(nodes).toEqual(expected.map(expectedCoupon));
    expect(totalCount).toBe(expected.length);
    // The issuer reads its memos.
    expect(expected.some((c) => c.memo)).toBe(true);
    // The window really cuts: the seed holds older coupons of the distributor that are not listed.
    const older = await server.em().count(Coupon, { partner: DIST, expireTime: { $lt: windowAround().from } });
    expect(older).toBeGreaterThan(0);
  });

  it('pages backwards with last/before to the same rows', async () => {
    const expected = (await dbCoupons({ partner: DIST })).map((c) => gid('Coupon', c.id));
    const res = await server.execute(DistCouponsDocument, { last: 3 }, tokens['dist-admin']);
    expect(res.errors).toBeUndefined();
    expect(res.data!.viewer.partner.coupons!.nodes.map((n) => n.id)).toEqual(expected.slice(-3));
  });

  it('filters by kind, status, customer and expiry range, exactly like the database', async () => {
    const base = await dbCoupons({ partner: DIST });
    const sample = base[Math.floor(base.length / 2)];
    const range = windowAround();
    const expiresFrom = new Date(Date.now() - 30 * DAY);
    const expiresTo = new Date(Date.now() + 90 * DAY);
    const cases: { filter: CouponFilter; where: FilterQuery<Coupon>; range?: { from: Date; to: Date } }[] = [
      { filter: { kind: sample.kind }, where: { partner: DIST, kind: sample.kind } },
      { filter: { status: 'USABLE' }, where: { partner: DIST, status: CouponStatus.USABLE } },
      {
        filter: { status: CouponStatus[sample.status] as CouponFilter['status'], kind: sample.kind },
        where: { partner: DIST, status: sample.status, kind: sample.kind },
      },
      {
        filter: { customerId: gid('SubCustomer', sample.customer.id) },
        where: { partner: DIST, customer: sample.customer.id },
      },
      {
        filter: { expiresFrom: expiresFrom.toISOString(), expiresTo: expiresTo.toISOString() },
        where: { partner: DIST },
        range: { from: expiresFrom, to: expiresTo },
      },
      {
        filter: { expiresFrom: expiresFrom.toISOString() },
        where: { partner: DIST },
        range: { from: expiresFrom, to: range.to },
      },
    ];
    for (const { filter, where, range: r } of cases) {
      const expected = await dbCoupons(where, r);
      expect(expected.length, JSON.stringify(filter)).toBeGreaterThan(0);
      const { nodes, totalCount } = await allCoupons('dist-admin', filter);
      expect(
        nodes.map((n) => n.id),
        JSON.stringify(filter),
      ).toEqual(expected.map((c) => gid('Coupon', c.id)));
      expect(totalCount).toBe(expected.length);
    }
    // Another partner's customer id is not an error, just matches nothing of yours.
    const foreign = await server.em().findOneOrFail(SubCustomer, { partner: OTHER_DIST });
    const none = await allCoupons('dist-admin', { customerId: gid('SubCustomer', foreign.id) });
    expect(none).toEqual({ nodes: [], totalCount: 0 });
  });

  // The window is a default, not a wall (issue 12): ranges outside it are listed, see coupon-history.test.ts.
  it('refuses a reversed expiry range or an id of another type as BAD_USER_INPUT naming the field', async () => {
    const month = 30 * DAY;
    const cases: [CouponFilter, string][] = [
      [
        {
          expiresFrom: new Date(Date.now() + month).toISOString(),
          expiresTo: new Date(Date.now() - month).toISOString(),
        },
        'filter.expiresFrom',
      ],
      [{ customerId: gid('Partner', DIST) }, 'filter.customerId'],
    ];
    for (const [filter, field] of cases) {
      const res = await server.execute(DistCouponsDocument, { filter }, tokens['dist-admin']);
      // Only the refused list is null; the rest of the response still arrives.
      expect(res.data?.viewer.partner.coupons ?? null, JSON.stringify(filter)).toBeNull();
      expect(res.data?.viewer.partner.id, JSON.stringify(filter)).toBe(gid('Partner', DIST));
      expect(res.errors).toHaveLength(1);
      expect(res.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
      expect(res.errors![0].message).toContain(field);
    }
  });

  it('an account manager (no coupon permission) is refused the coupon list: FORBIDDEN', async () => {
    const res = await server.execute(PartnerCouponsDocument, { partnerId: gid('Partner', DIST) }, tokens['dist-am']);
    expect(errorCodes(res)).toEqual(['FORBIDDEN']);
    expect(res.errors![0].message).toMatch(/coupon:records/);
  });

  it('a reseller lists its own issued coupons with their memos', async () => {
    const expected = await dbCoupons({ partner: RESELLER1 });
    const { nodes } = await allCoupons('reseller-admin');
    expect(nodes).toEqual(expected.map(expectedCoupon));
  });

  it("a distributor cannot reach a reseller's coupons (or their memos): FORBIDDEN", async () => {
    const res = await server.execute(
      PartnerCouponsDocument,
      { partnerId: gid('Partner', RESELLER1) },
      tokens['dist-admin'],
    );
    expect((res.data?.node as { coupons?: unknown } | null)?.coupons ?? null).toBeNull();
    expect(errorCodes(res)).toEqual(['FORBIDDEN']);
    expect(res.errors![0].path).toEqual(['node', 'coupons']);
  });

  it("a reseller cannot read its distributor's coupons: FORBIDDEN", async () => {
    const res = await server.execute(
      PartnerCouponsDocument,
      { partnerId: gid('Partner', DIST) },
      tokens['reseller-admin'],
    );
    expect(errorCodes(res)).toEqual(['FORBIDDEN']);
  });
});

describe('node(id:) for coupon types', () => {
  it('resolves own coupons, quotas and records with the memo for the issuer', async () => {
    const [coupon] = await dbCoupons({ partner: DIST, memo: { $ne: null } });
    const res = await server.execute(CouponNodeDocument, { id: gid('Coupon', coupon.id) }, tokens['dist-admin']);
    expect(res.errors).toBeUndefined();
    expect(res.data!.node).toEqual({
      __typename: 'Coupon',
      id: gid('Coupon', coupon.id),
      couponId: coupon.couponId,
      memo: coupon.memo,
    });

    const record = await server.em().findOneOrFail(CouponRecord, { partner: DIST }, { orderBy: { id: 'asc' } });
    const rec = await server.execute(CouponNodeDocument, { id: gid('CouponRecord', record.id) }, tokens['dist-admin']);
    expect(rec.data!.node).toEqual({
      __typename: 'CouponRecord',
      id: gid('CouponRecord', record.id),
      couponOperation: CouponOperationType[record.operationType],
    });

    const subQuota = await server.em().findOneOrFail(CouponQuota, { partner: RESELLER1 });
    const quota = await server.execute(
      CouponNodeDocument,
      { id: gid('CouponQuota', subQuota.id) },
      tokens['dist-admin'],
    );
    expect(quota.data!.node).toEqual({
      __typename: 'CouponQuota',
      id: gid('CouponQuota', subQuota.id),
      quotaId: subQuota.quotaId,
    });

    const quotaRecord = await server.em().findOneOrFail(QuotaRecord, { partner: DIST });
    const qr = await server.execute(
      CouponNodeDocument,
      { id: gid('QuotaRecord', quotaRecord.id) },
      tokens['dist-admin'],
    );
    expect(qr.data!.node).toEqual({
      __typename: 'QuotaRecord',
      id: gid('QuotaRecord', quotaRecord.id),
      quotaOperation: QuotaOperationType[quotaRecord.operationType],
    });
  });

  it("answers NOT_FOUND for the distributor's coupons, quotas and records to its reseller, and for other partners", async () => {
    const coupon = await server.em().findOneOrFail(Coupon, { partner: DIST });
    const quota = await server.em().findOneOrFail(CouponQuota, { partner: DIST });
    const record = await server.em().findOneOrFail(CouponRecord, { partner: DIST });
    const quotaRecord = await server.em().findOneOrFail(QuotaRecord, { partner: DIST });
    const otherCoupon = await server.em().findOneOrFail(Coupon, { partner: OTHER_DIST });
    const cases: [string, string][] = [
      ['reseller-admin', gid('Coupon', coupon.id)],
      ['reseller-admin', gid('CouponQuota', quota.id)],
      ['reseller-admin', gid('CouponRecord', record.id)],
      ['reseller-admin', gid('QuotaRecord', quotaRecord.id)],
      ['other-dist-admin', gid('Coupon', coupon.id)],
      ['other-dist-admin', gid('CouponQuota', quota.id)],
      ['dist-admin', gid('Coupon', otherCoupon.id)],
      ['dist-admin', gid('Coupon', 999_999_999)],
    ];
    for (const [login, id] of cases) {
      const res = await server.execute(CouponNodeDocument, { id }, tokens[login]);
      expect(res.data?.node ?? null, `${login} ${id}`).toBeNull();
      expect(errorCodes(res), `${login} ${id}`).toEqual(['NOT_FOUND']);
    }
  });

  it('refuses node(id:) of a coupon to an account manager, who holds no coupon permission, before any lookup', async () => {
    const am = demoMember('dist-am').id;
    const mine = await server.em().findOneOrFail(Coupon, { partner: DIST, customer: { accountManager: am } });
    const notMine = await server.em().findOneOrFail(Coupon, {
      partner: DIST,
      customer: { $or: [{ accountManager: null }, { accountManager: { $ne: am } }] },
    });
    for (const coupon of [mine, notMine]) {
      const res = await server.execute(CouponNodeDocument, { id: gid('Coupon', coupon.id) }, tokens['dist-am']);
      expect(errorCodes(res)).toEqual(['FORBIDDEN']);
    }
  });
});

describe('Partner.couponQuotas', () => {
  it("lists the distributor's own quotas with their sub-quotas", async () => {
    const resellerIds = (await server.em().find(Partner, { parent: DIST })).map((p) => p.id);
    const expected = await server.em().find(CouponQuota, { partner: DIST }, { orderBy: { id: 'desc' } });
    expect(expected.length).toBeGreaterThan(0);
    const res = await server.execute(
      PartnerCouponQuotasDocument,
      { partnerId: gid('Partner', DIST) },
      tokens['dist-admin'],
    );
    expect(res.errors).toBeUndefined();
    const list = (res.data!.node as { couponQuotas: { totalCount: number; nodes: unknown[] } }).couponQuotas;
    expect(list.totalCount).toBe(expected.length);
    const want = [];
    let withSubQuotas = 0;
    for (const q of expected) {
      const subs = await server
        .em()
        .find(
          CouponQuota,
          { parentQuota: q.id, partner: { $in: [DIST, ...resellerIds] } },
          { orderBy: { id: 'desc' } },
        );
      if (subs.length > 0) withSubQuotas += 1;
      want.push({
        ...expectedQuota(q),
        parentQuota: q.parentQuota ? { id: gid('CouponQuota', q.parentQuota.id) } : null,
        subQuotas: {
          totalCount: subs.length,
          nodes: subs.map((s) => ({
            id: gid('CouponQuota', s.id),
            quotaId: s.quotaId,
            balance: { amount: yuan(s.balance) },
            expireTime: s.expireTime.toISOString(),
            cloudServiceTypes: s.cloudServiceTypes,
            designatedCustomerIds: s.designatedCustomerIds,
            partner: { id: gid('Partner', s.partner.id) },
          })),
        },
      });
    }
    expect(withSubQuotas).toBeGreaterThan(0);
    expect(list.nodes).toEqual(want);
  });

  it("lets a distributor read a reseller's quotas, with their parent quotas", async () => {
    const expected = await server.em().find(CouponQuota, { partner: RESELLER1 }, { orderBy: { id: 'desc' } });
    expect(expected.length).toBeGreaterThan(0);
    const res = await server.execute(
      PartnerCouponQuotasDocument,
      { partnerId: gid('Partner', RESELLER1) },
      tokens['dist-admin'],
    );
    expect(res.errors).toBeUndefined();
    const list = (res.data!.node as { couponQuotas: { totalCount: number; nodes: unknown[] } }).couponQuotas;
    expect(list.totalCount).toBe(expected.length);
    expect(list.nodes).toEqual(
      expected.map((q) => ({
        ...expectedQuota(q),
        parentQuota: q.parentQuota ? { id: gid('CouponQuota', q.parentQuota.id) } : null,
        subQuotas: { totalCount: 0, nodes: [] },
      })),
    );
  });

  it('filters by kind and status', async () => {
    const all = await server.em().find(CouponQuota, { partner: DIST }, { orderBy: { id: 'desc' } });
    const sample = all[0];
    const res = await server.execute(
      OwnCouponQuotasDocument,
      { filter: { kind: sample.kind, status: QuotaStatus[sample.status] as never } },
      tokens['dist-admin'],
    );
    expect(res.errors).toBeUndefined();
    const expected = all.filter((q) => q.kind === sample.kind && q.status === sample.status);
    expect(res.data!.viewer.partner.couponQuotas!.nodes).toEqual(expected.map(expectedQuota));
    expect(res.data!.viewer.partner.couponQuotas!.totalCount).toBe(expected.length);
  });

  it("shows a reseller its sub-quotas but not its distributor's parent quota", async () => {
    const expected = await server.em().find(CouponQuota, { partner: RESELLER1 }, { orderBy: { id: 'desc' } });
    const own = await server.execute(OwnCouponQuotasDocument, {}, tokens['reseller-admin']);
    expect(own.errors).toBeUndefined();
    expect(own.data!.viewer.partner.couponQuotas!.nodes).toEqual(expected.map(expectedQuota));
    const withParent = expected.find((q) => q.parentQuota)!;
    const parent = await server.execute(
      QuotaParentDocument,
      { id: gid('CouponQuota', withParent.id) },
      tokens['reseller-admin'],
    );
    expect(errorCodes(parent)).toEqual(['FORBIDDEN']);
    expect(parent.errors![0].path).toEqual(['node', 'parentQuota']);
    const distQuotas = await server.execute(
      PartnerCouponQuotasDocument,
      { partnerId: gid('Partner', DIST) },
      tokens['reseller-admin'],
    );
    expect(errorCodes(distQuotas)).toEqual(['FORBIDDEN']);
  });

  it("keeps another distributor's resellers out of reach", async () => {
    const res = await server.execute(
      PartnerCouponQuotasDocument,
      { partnerId: gid('Partner', RESELLER1) },
      tokens['other-dist-admin'],
    );
    expect(res.data?.node ?? null).toBeNull();
    expect(errorCodes(res)).toEqual(['NOT_FOUND']);
  });
});

describe('SubCustomer.coupons', () => {
  it('runs a fixed number of SQL statements for 10 and 100 customers, with the rows of the database', async () => {
    const small = await server.execute(CustomerCouponsDocument, { first: 10, couponsFirst: 3 }, tokens['dist-admin']);
    const large = await server.execute(CustomerCouponsDocument, { first: 100, couponsFirst: 3 }, tokens['dist-admin']);
    expect(small.errors).toBeUndefined();
    expect(large.errors).toBeUndefined();
    const customers = large.data!.viewer.partner.customers!.nodes;
    expect(customers.length).toBeGreaterThan(50);
    expect(small.data!.viewer.partner.customers!.nodes).toHaveLength(10);
    console.log(`SubCustomer.coupons: ${small.sqlStatements} SQL statements at N=10, ${large.sqlStatements} at N=100`);
    expect(large.sqlStatements).toBe(small.sqlStatements);

    const range = windowAround();
    const rows = await server.em().find(
      Coupon,
      {
        partner: DIST,
        customer: { $in: customers.map((c) => Number(Buffer.from(c.id, 'base64url').toString().split(':')[1])) },
        expireTime: { $gte: range.from, $lte: range.to },
      },
      { orderBy: { id: 'desc' } },
    );
    const quotas = new Map((await server.em().find(CouponQuota, { partner: DIST })).map((q) => [q.id, q]));
    let withCoupons = 0;
    for (const customer of customers) {
      const own = rows.filter((c) => gid('SubCustomer', c.customer.id) === customer.id);
      if (own.length > 0) withCoupons += 1;
      expect(customer.coupons).toEqual({
        totalCount: own.length,
        pageInfo: { hasNextPage: own.length > 3 },
        nodes: own.slice(0, 3).map((c) => {
          const e = expectedCoupon(c);
          const quotaId = quotas.get(c.quota.id)!.quotaId;
          return {
            id: e.id,
            couponId: e.couponId,
            status: e.status,
            faceValue: { amount: e.faceValue.amount },
            expireTime: e.expireTime,
            quota: { id: e.quota.id, quotaId },
            customer: e.customer,
          };
        }),
      });
    }
    expect(withCoupons).toBeGreaterThan(0);
  });

  it('filters by status', async () => {
    const res = await server.execute(
      CustomerCouponsDocument,
      { first: 100, couponsFirst: 100, filter: { status: 'USABLE' } },
      tokens['dist-admin'],
    );
    expect(res.errors).toBeUndefined();
    const got = res.data!.viewer.partner.customers!.nodes.flatMap((c) => c.coupons!.nodes.map((n) => n.status));
    expect(got.length).toBeGreaterThan(0);
    expect(new Set(got)).toEqual(new Set(['USABLE']));
  });

  it("refuses a reseller's customer's coupons to the distributor", async () => {
    const res = await server.execute(ResellerCustomerCouponsDocument, {}, tokens['dist-admin']);
    expect(res.errors?.length).toBeGreaterThan(0);
    expect(new Set(errorCodes(res))).toEqual(new Set(['FORBIDDEN']));
  });
});

describe('Partner.couponRecords and Partner.quotaRecords', () => {
  it("lists the distributor's coupon records, filtered like the database", async () => {
    const all = await server.em().find(CouponRecord, { partner: DIST }, { orderBy: { id: 'desc' } });
    expect(all.length).toBeGreaterThan(0);
    const toNode = (r: CouponRecord) => ({
      id: gid('CouponRecord', r.id),
      operationType: CouponOperationType[r.operationType],
      amount: cny(r.amount),
      time: r.time.toISOString(),
      result: r.result,
      memo: r.memo ?? null,
      coupon: { id: gid('Coupon', r.coupon.id) },
      customer: { id: gid('SubCustomer', r.customer.id) },
      operator: r.operator ? { id: gid('Member', r.operator.id) } : null,
    });
    const first = await server.execute(CouponRecordsDocument, { first: 100 }, tokens['dist-admin']);
    expect(first.errors).toBeUndefined();
    expect(first.data!.viewer.partner.couponRecords!.totalCount).toBe(all.length);
    expect(first.data!.viewer.partner.couponRecords!.nodes).toEqual(all.slice(0, 100).map(toNode));

    const sample = all[Math.floor(all.length / 2)];
    const from = new Date(sample.time.getTime() - 30 * DAY);
    const to = sample.time;
    const filtered = await server.execute(
      CouponRecordsDocument,
      {
        first: 100,
        filter: {
          operationType: CouponOperationType[sample.operationType] as never,
          customerId: gid('SubCustomer', sample.customer.id),
          from: from.toISOString(),
          to: to.toISOString(),
        },
      },
      tokens['dist-admin'],
    );
    expect(filtered.errors).toBeUndefined();
    const expected = all.filter(
      (r) =>
        r.operationType === sample.operationType &&
        r.customer.id === sample.customer.id &&
        r.time >= from &&
        r.time <= to,
    );
    expect(filtered.data!.viewer.partner.couponRecords!.nodes).toEqual(expected.map(toNode));

    const reversed = await server.execute(
      CouponRecordsDocument,
      { filter: { from: to.toISOString(), to: from.toISOString() } },
      tokens['dist-admin'],
    );
    expect(reversed.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'filter.from' });
  });

  it("lists the distributor's quota records", async () => {
    const all = await server.em().find(QuotaRecord, { partner: DIST }, { orderBy: { id: 'desc' } });
    expect(all.length).toBeGreaterThan(0);
    const res = await server.execute(QuotaRecordsDocument, { first: 100 }, tokens['dist-admin']);
    expect(res.errors).toBeUndefined();
    expect(res.data!.viewer.partner.quotaRecords).toEqual({
      totalCount: all.length,
      nodes: all.slice(0, 100).map((r) => ({
        id: gid('QuotaRecord', r.id),
        operationType: QuotaOperationType[r.operationType],
        amount: cny(r.amount),
        time: r.time.toISOString(),
        result: r.result,
        remark: r.remark ?? null,
        quota: { id: gid('CouponQuota', r.quota.id) },
        parentQuota: { id: gid('CouponQuota', r.parentQuota.id) },
        reseller: { id: gid('Partner', r.reseller.id) },
        operator: r.operator ? { id: gid('Member', r.operator.id) } : null,
      })),
    });
    const issues = await server.execute(
      QuotaRecordsDocument,
      { first: 100, filter: { operationType: 'ISSUE' } },
      tokens['dist-admin'],
    );
    expect(issues.data!.viewer.partner.quotaRecords!.totalCount).toBe(
      all.filter((r) => r.operationType === QuotaOperationType.ISSUE).length,
    );
  });

  it("keeps records to their own partner: a distributor reading its reseller's records is FORBIDDEN", async () => {
    const res = await server.execute(
      PartnerQuotaRecordsDocument,
      { partnerId: gid('Partner', RESELLER1) },
      tokens['dist-admin'],
    );
    expect((res.data?.node as { quotaRecords?: unknown } | null)?.quotaRecords ?? null).toBeNull();
    expect(errorCodes(res)).toContain('FORBIDDEN');
  });
});
