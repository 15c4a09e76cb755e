/**
 * Issue 12, item 5: coupons a partner can always find. The coupon lists' 12-month expiry window is a
 * default (filters move it, `all` drops it); a coupon keeps its whole usage history (one USE record
 * per payment); a full withdrawal returns CASH and PICKUP coupon balances to their quotas; and
 * issueSubQuota takes several resellers in one call.
 */
import { describe, expect, it } from 'vitest';
import type { FilterQuery } from '@mikro-orm/core';
import {
  AllocateFundsDocument,
  CouponHistCustomerListDocument,
  CouponHistIssueDocument,
  CouponHistIssueSubQuotaDocument,
  CouponHistNestedRecordsDocument,
  CouponHistPartnerListDocument,
  CouponHistPartnerRecordsDocument,
  CouponHistReclaimFundsDocument,
  CouponHistRecordsDocument,
  OrderMutPayOrderDocument,
  type CouponFilter,
  type CouponHistPartnerListQuery,
  type IssueSubQuotaInput,
} from '../generated/graphql';
import { checkInvariants, demoMember } from '../../seeds';
import { useTestServer, useTokens, type GraphQLResponse } from '../support/server';
import { Coupon, CouponQuota, CouponRecord, QuotaRecord } from '../../src/modules/coupon/coupon.entity';
import { CouponKind, CouponOperationType, CouponStatus, QuotaStatus } from '../../src/modules/coupon/coupon.enums';
import { Order } from '../../src/modules/order/order.entity';
import { gid } from '../support/ids';
import { placePendingOrder } from '../support/orders';
import { DIST, OTHER_RESELLER, RESELLER1, RESELLER2 } from '../support/demo';
import { DAY } from '../support/time';
import { yuan } from '../support/money';
import { errorCodes } from '../support/graphql';
import { countRows, customerNamed } from '../support/rows';

const server = useTestServer();
const tokens = useTokens(server, ['dist-admin', 'reseller-admin']);
const em = () => server.em();

/** The default window of the coupon lists, computed independently of the service. */
function windowEnd(now = new Date()): Date {
  const to = new Date(now.getTime());
  to.setUTCMonth(to.getUTCMonth() + 12);
  return to;
}

type ListNodes = NonNullable<CouponHistPartnerListQuery['viewer']['partner']['coupons']>['nodes'];

/** A whole Partner.coupons list, page by page, as dist-admin. */
async function partnerList(filter?: CouponFilter): Promise<{ ids: string[]; totalCount: number; nodes: ListNodes }> {
  const nodes: ListNodes = [];
  let after: string | null = null;
  let totalCount = -1;
  for (;;) {
    const res: GraphQLResponse<CouponHistPartnerListQuery> = await server.execute(
      CouponHistPartnerListDocument,
      { first: 100, after, filter },
      tokens['dist-admin'],
    );
    expect(res.errors, JSON.stringify(filter)).toBeUndefined();
    const page: NonNullable<CouponHistPartnerListQuery['viewer']['partner']['coupons']> =
      res.data!.viewer.partner.coupons!;
    if (totalCount < 0) totalCount = page.totalCount;
    nodes.push(...page.nodes);
    if (!page.pageInfo.hasNextPage) break;
    after = page.pageInfo.endCursor!;
  }
  return { ids: nodes.map((n) => n.id), totalCount, nodes };
}

const dbIds = async (where: FilterQuery<Coupon>) =>
  (await em().find(Coupon, where, { orderBy: { id: 'desc' } })).map((c) => gid('Coupon', c.id));

/** The distributor's main VOUCHER quota: NORMAL, no list of designated customers, ending > 12 months from now. */
async function longQuota(): Promise<CouponQuota> {
  const quotas = await em().find(
    CouponQuota,
    { partner: DIST, kind: CouponKind.VOUCHER, status: QuotaStatus.NORMAL, parentQuota: null },
    { orderBy: { expireTime: 'desc' } },
  );
  const q = quotas.find((x) => x.designatedCustomerIds.length === 0);
  expect(q!.expireTime.getTime()).toBeGreaterThan(windowEnd().getTime());
  return q!;
}

describe('the issue example: a coupon with the quota’s default validity is found in both lists', () => {
  it('issued through the API, it is outside the default window and found with all, an expiry range or its quota', async () => {
    const q = await longQuota();
    const customer = await customerNamed(server, 'tianyi-logistics');
    const issued = await server.execute(
      CouponHistIssueDocument,
      {
        input: {
          quotaId: gid('CouponQuota', q.id),
          customerIds: [gid('SubCustomer', customer.id)],
          faceValue: '88.00',
          idempotencyKey: 'coupon-history-example',
        },
      },
      tokens['dist-admin'],
    );
    expect(issued.errors).toBeUndefined();
    expect(issued.data!.issueCoupons.userErrors).toEqual([]);
    const coupon = issued.data!.issueCoupons.succeeded[0].coupon;
    // The default validity is the quota's: it ends with the quota, past the 12-month window.
    expect(coupon.expireTime).toBe(q.expireTime.toISOString());
    expect(coupon.status).toBe('USABLE');

    // The default list (no filter) keeps its documented window, so the coupon is not on it…
    expect((await partnerList()).ids).not.toContain(coupon.id);
    // …and every way of lifting the window finds it.
    const far = q.expireTime.toISOString();
    const filters: CouponFilter[] = [
      { all: true },
      { expiresTo: far },
      { all: true, expiresFrom: windowEnd().toISOString() },
      { all: true, quotaId: gid('CouponQuota', q.id), customerId: gid('SubCustomer', customer.id) },
      { all: true, issuedFrom: new Date(Date.now() - DAY).toISOString(), kind: 'VOUCHER', status: 'USABLE' },
    ];
    for (const filter of filters) expect((await partnerList(filter)).ids, JSON.stringify(filter)).toContain(coupon.id);

    const customerList = async (filter: object | null) => {
      const res = await server.execute(
        CouponHistCustomerListDocument,
        { id: gid('SubCustomer', customer.id), first: 100, filter },
        tokens['dist-admin'],
      );
      expect(res.errors).toBeUndefined();
      const node = res.data!.node as { coupons: { nodes: { id: string }[]; totalCount: number } };
      return node.coupons;
    };
    expect((await customerList(null)).nodes.map((n) => n.id)).not.toContain(coupon.id);
    const everything = await customerList({ all: true });
    expect(everything.nodes.map((n) => n.id)).toContain(coupon.id);
    expect(everything.nodes.map((n) => n.id)).toEqual(await dbIds({ partner: DIST, customer: customer.id }));
    expect(everything.totalCount).toBe(everything.nodes.length);
    const byQuota = await customerList({ quotaId: gid('CouponQuota', q.id), expiresTo: far });
    expect(byQuota.nodes.map((n) => n.id)).toContain(coupon.id);
    expect(await checkInvariants(server.orm)).toEqual([]);
  });

  it('with all: true the list holds every coupon the distributor issued, exactly the database, and the seed has some past the window', async () => {
    const expected = await dbIds({ partner: DIST });
    const { ids, totalCount } = await partnerList({ all: true });
    expect(ids).toEqual(expected);
    expect(totalCount).toBe(expected.length);
    // The seed's own example: showcase customers hold a coupon with the quota's default validity.
    const far = await em().find(Coupon, { partner: DIST, expireTime: { $gt: windowEnd() } });
    expect(far.length).toBeGreaterThan(0);
    expect(far.some((c) => c.memo === '默认有效期（额度有效期）')).toBe(true);
  });

  it('filters by quota, issue and expiry ranges like the database, outside the window too', async () => {
    const q = await longQuota();
    const issuedFrom = new Date(Date.now() - 200 * DAY);
    const issuedTo = new Date(Date.now() - 20 * DAY);
    const longAgo = new Date(Date.now() - 800 * DAY);
    const cases: [CouponFilter, FilterQuery<Coupon>][] = [
      [{ all: true, quotaId: gid('CouponQuota', q.id) }, { quota: q.id }],
      [
        { all: true, issuedFrom: issuedFrom.toISOString(), issuedTo: issuedTo.toISOString() },
        { issuedAt: { $gte: issuedFrom, $lte: issuedTo } },
      ],
      // An expiry range reaching before the window (refused before this issue) is a range like any other.
      [
        { expiresFrom: longAgo.toISOString(), expiresTo: new Date().toISOString() },
        { expireTime: { $gte: longAgo, $lte: new Date() } },
      ],
    ];
    for (const [filter, where] of cases) {
      const expected = await dbIds({ $and: [{ partner: DIST }, where] });
      expect(expected.length, JSON.stringify(filter)).toBeGreaterThan(0);
      const { ids, totalCount } = await partnerList(filter);
      // The expiry range's upper end was "now" when asked: at most a coupon expiring meanwhile differs.
      expect(
        ids.filter((id) => !expected.includes(id)),
        JSON.stringify(filter),
      ).toEqual([]);
      expect(totalCount).toBe(ids.length);
    }
  });

  it('refuses a reversed range or an id of another type as BAD_USER_INPUT naming the field', async () => {
    const cases: [CouponFilter, string][] = [
      [
        { issuedFrom: new Date().toISOString(), issuedTo: new Date(Date.now() - DAY).toISOString() },
        'filter.issuedFrom',
      ],
      [
        { all: true, expiresFrom: new Date().toISOString(), expiresTo: new Date(Date.now() - DAY).toISOString() },
        'filter.expiresFrom',
      ],
      [{ quotaId: gid('Partner', DIST) }, 'filter.quotaId'],
    ];
    for (const [filter, field] of cases) {
      const res = await server.execute(CouponHistPartnerListDocument, { filter }, tokens['dist-admin']);
      expect(res.data?.viewer.partner.coupons ?? null).toBeNull();
      expect(res.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
    }
  });

  it('runs the same number of SQL statements for 10 and 100 coupons with their records and orders (all: true)', async () => {
    // The oldest coupons (last: N), most of them used: both pages load records and their orders.
    const small = await server.execute(CouponHistNestedRecordsDocument, { last: 10 }, tokens['dist-admin']);
    const large = await server.execute(CouponHistNestedRecordsDocument, { last: 100 }, tokens['dist-admin']);
    expect(small.errors).toBeUndefined();
    expect(large.errors).toBeUndefined();
    const used = (res: typeof small) =>
      res.data!.viewer.partner.coupons!.nodes.filter((n) => n.records!.nodes.some((r) => r.order)).length;
    expect(large.data!.viewer.partner.coupons!.nodes).toHaveLength(100);
    expect(used(small)).toBeGreaterThan(0);
    expect(used(large)).toBeGreaterThan(used(small));
    console.log(`coupons with records: ${small.sqlStatements} SQL statements at N=10, ${large.sqlStatements} at N=100`);
    expect(large.sqlStatements).toBe(small.sqlStatements);
    // viewer (member, roles, resellers) + coupons + records + orders of the USE records
    expect(small.sqlStatements).toBeLessThanOrEqual(7);
  });
});

// ── Usage history ───────────────────────────────────────────────────────────────────────────────

const placeOrder = (customerId: number, amount: number) => placePendingOrder(server, customerId, amount, 'CSHIST');

const records = async (couponId: number, operationType?: 'USE') => {
  const res = await server.execute(
    CouponHistRecordsDocument,
    { id: gid('Coupon', couponId), filter: operationType ? { operationType } : null },
    tokens['dist-admin'],
  );
  expect(res.errors).toBeUndefined();
  return res.data!.node as {
    status: string;
    usedOnOrder: { id: string } | null;
    records: {
      totalCount: number;
      nodes: {
        operationType: string;
        amount: { amount: string };
        order: { id: string } | null;
        operator: { id: string } | null;
        time: string;
      }[];
    };
  };
};

describe('a coupon keeps its whole usage history', () => {
  it('each payOrder writes one USE record with its order, amount, time and member; the coupon lists them all', async () => {
    const customer = await customerNamed(server, 'yunfan-tech');
    // A quota without limits, so the coupon pays the test orders' lines.
    const quotaIds = (await em().find(CouponQuota, { partner: DIST }))
      .filter((q) => q.cloudServiceTypes.length === 0 && q.productIds.length === 0)
      .map((q) => q.id);
    const [coupon] = await em().find(
      Coupon,
      { customer: customer.id, status: CouponStatus.USABLE, kind: CouponKind.VOUCHER, quota: { $in: quotaIds } },
      { orderBy: { balance: 'desc' } },
    );
    expect(coupon.balance).toBeGreaterThan(300);
    const first = await placeOrder(customer.id, Math.floor(coupon.balance / 3));
    const second = await placeOrder(customer.id, coupon.balance - first.amountAfterDiscount);
    const before = await records(coupon.id, 'USE');
    for (const order of [first, second]) {
      const res = await server.execute(
        OrderMutPayOrderDocument,
        { input: { orderId: gid('Order', order.id), couponIds: [gid('Coupon', coupon.id)] } },
        tokens['dist-admin'],
      );
      expect(res.errors).toBeUndefined();
      expect(res.data!.payOrder.userErrors).toEqual([]);
    }
    const after = await records(coupon.id, 'USE');
    expect(after.status).toBe('USED');
    expect(after.usedOnOrder).toEqual({ id: gid('Order', second.id) });
    expect(after.records.totalCount).toBe(before.records.totalCount + 2);
    const payer = { id: gid('Member', demoMember('dist-admin').id) };
    expect(
      after.records.nodes.slice(0, 2).map((r) => [r.operationType, r.amount.amount, r.order?.id, r.operator]),
    ).toEqual([
      ['USE', yuan(second.amountAfterDiscount), gid('Order', second.id), payer],
      ['USE', yuan(first.amountAfterDiscount), gid('Order', first.id), payer],
    ]);
    const stored = await em().find(
      CouponRecord,
      { coupon: coupon.id, operationType: CouponOperationType.USE },
      { orderBy: { id: 'desc' }, limit: 2 },
    );
    const paid = await em().find(Order, { id: { $in: [first.id, second.id] } }, { orderBy: { id: 'desc' } });
    expect(stored.map((r) => r.time.getTime())).toEqual(paid.map((o) => o.paymentTime!.getTime()));
    // The whole history: its issue and both payments, newest first.
    const all = await records(coupon.id);
    expect(all.records.nodes.map((r) => r.operationType).slice(0, 2)).toEqual(['USE', 'USE']);
    expect(all.records.nodes.at(-1)!.operationType).toBe('ISSUE');
    // Partner.couponRecords finds the same by coupon and operation.
    const partnerRecords = await server.execute(
      CouponHistPartnerRecordsDocument,
      { filter: { couponId: gid('Coupon', coupon.id), operationType: 'USE' } },
      tokens['dist-admin'],
    );
    expect(partnerRecords.data!.viewer.partner.couponRecords!.totalCount).toBe(after.records.totalCount);
    expect(await checkInvariants(server.orm)).toEqual([]);
  });

  it('the seed writes a USE record for every seeded payment: each used coupon has one for its last order', async () => {
    const used = await countRows(server, 'coupon where used_on_order_id is not null');
    const uses = await em().count(CouponRecord, { operationType: CouponOperationType.USE });
    expect(used).toBeGreaterThan(0);
    expect(uses).toBeGreaterThanOrEqual(used);
    // No used coupon lacks the USE record of the order it paid last (the history's newest entry).
    const missing = await countRows(
      server,
      'coupon c where c.used_on_order_id is not null and not exists (select 1 from coupon_record r where r.coupon_id = c.id and r.operation_type = 100 and r.order_id = c.used_on_order_id)',
    );
    expect(missing).toBe(0);
    const [one] = await server
      .em()
      .getConnection()
      .execute('select id from coupon where used_on_order_id is not null and partner_id = ? order by id limit 1', [
        DIST,
      ]);
    const history = await records(Number(one.id), 'USE');
    expect(history.records.nodes.length).toBeGreaterThan(0);
    expect(history.records.nodes.every((r) => r.order !== null)).toBe(true);
  });
});

// ── Full withdrawal ─────────────────────────────────────────────────────────────────────────────

describe('a full withdrawal returns CASH and PICKUP coupon balances to their quotas', () => {
  it('reclaimFunds of part of the balance leaves coupons; of all of it reclaims the CASH coupons, not the vouchers', async () => {
    const customer = await customerNamed(server, 'tianyi-logistics');
    const cashQuota = (
      await em().find(CouponQuota, {
        partner: DIST,
        kind: CouponKind.CASH,
        status: QuotaStatus.NORMAL,
        parentQuota: null,
      })
    ).find((q) => q.designatedCustomerIds.length === 0)!;
    const issued = await server.execute(
      CouponHistIssueDocument,
      {
        input: {
          quotaId: gid('CouponQuota', cashQuota.id),
          customerIds: [gid('SubCustomer', customer.id)],
          faceValue: '66.60',
        },
      },
      tokens['dist-admin'],
    );
    expect(issued.data!.issueCoupons.userErrors).toEqual([]);
    await server.execute(
      AllocateFundsDocument,
      { input: { allocations: [{ customerId: gid('SubCustomer', customer.id), amount: '100.00' }] } },
      tokens['dist-admin'],
    );
    const open = await em().find(Coupon, {
      partner: DIST,
      customer: customer.id,
      status: { $in: [CouponStatus.USABLE, CouponStatus.INACTIVE] },
    });
    const cash = open.filter((c) => c.kind !== CouponKind.VOUCHER);
    const vouchers = open.filter((c) => c.kind === CouponKind.VOUCHER);
    expect(cash.length).toBeGreaterThan(0);
    expect(vouchers.length).toBeGreaterThan(0);
    const quotaBefore = await em().findOneOrFail(CouponQuota, cashQuota.id);
    const reclaim = (amount: string) =>
      server.execute(
        CouponHistReclaimFundsDocument,
        { input: { customerId: gid('SubCustomer', customer.id), amount } },
        tokens['dist-admin'],
      );

    const part = await reclaim('1.00');
    expect(part.data!.reclaimFunds.userErrors).toEqual([]);
    expect(part.data!.reclaimFunds.reclaimedCoupons).toEqual([]);
    expect(await em().count(Coupon, { id: { $in: cash.map((c) => c.id) }, status: CouponStatus.RECLAIMED })).toBe(0);

    const { balance } = await customerNamed(server, 'tianyi-logistics');
    const full = await reclaim(yuan(balance));
    expect(full.errors).toBeUndefined();
    const payload = full.data!.reclaimFunds;
    expect(payload.userErrors).toEqual([]);
    expect(payload.customer!.balance!.amount.amount).toBe('0.00');
    expect(payload.reclaimedCoupons).toEqual(
      [...cash]
        .sort((a, b) => a.id - b.id)
        .map((c) => ({ id: gid('Coupon', c.id), kind: c.kind, status: 'RECLAIMED', balance: { amount: '0.00' } })),
    );
    const returned = cash.filter((c) => c.quota.id === cashQuota.id).reduce((s, c) => s + c.balance, 0);
    expect((await em().findOneOrFail(CouponQuota, cashQuota.id)).balance).toBe(quotaBefore.balance + returned);
    const written = await em().find(CouponRecord, {
      coupon: { $in: cash.map((c) => c.id) },
      operationType: CouponOperationType.FULL_WITHDRAWAL_RECLAIM,
    });
    expect(written.map((r) => [r.coupon.id, r.amount]).sort()).toEqual(cash.map((c) => [c.id, c.balance]).sort());
    // Vouchers stay with the customer.
    expect(await em().count(Coupon, { id: { $in: vouchers.map((c) => c.id) }, status: CouponStatus.RECLAIMED })).toBe(
      0,
    );
    expect(await checkInvariants(server.orm)).toEqual([]);
  });

  it('the seed shows returned balances: FULL_WITHDRAWAL_RECLAIM records of the showcase debtor', async () => {
    const debtor = await customerNamed(server, 'jinhua-retail');
    const rows = await em().find(CouponRecord, {
      customer: debtor.id,
      operationType: CouponOperationType.FULL_WITHDRAWAL_RECLAIM,
    });
    expect(rows.length).toBeGreaterThan(0);
    const res = await server.execute(
      CouponHistPartnerRecordsDocument,
      { filter: { operationType: 'FULL_WITHDRAWAL_RECLAIM', customerId: gid('SubCustomer', debtor.id) } },
      tokens['dist-admin'],
    );
    expect(res.errors).toBeUndefined();
    expect(res.data!.viewer.partner.couponRecords!.nodes.map((n) => n.id).sort()).toEqual(
      rows.map((r) => gid('CouponRecord', r.id)).sort(),
    );
  });
});

// ── issueSubQuota with several resellers ────────────────────────────────────────────────────────

describe('issueSubQuota with items', () => {
  const carve = (input: IssueSubQuotaInput, login = 'dist-admin') =>
    server.execute(CouponHistIssueSubQuotaDocument, { input }, tokens[login]);

  it('carves one sub-quota per reseller, refuses bad items one by one in input order, and replays with its key', async () => {
    const parent = await longQuota();
    const subQuotasBefore = await countRows(server, 'coupon_quota');
    const input: IssueSubQuotaInput = {
      parentQuotaId: gid('CouponQuota', parent.id),
      idempotencyKey: 'sub-quota-batch-1',
      remark: 'batch',
      items: [
        { resellerId: gid('Partner', RESELLER1), amount: '100.00' },
        { resellerId: gid('Partner', OTHER_RESELLER), amount: '1.00' },
        { resellerId: gid('Partner', RESELLER2), amount: '50.50' },
        { resellerId: gid('Partner', RESELLER1), amount: '2.00' },
        { resellerId: gid('Partner', RESELLER2), amount: '1.001' },
        { resellerId: gid('Coupon', 1), amount: '1.00' },
        { resellerId: gid('Partner', RESELLER2), amount: '100000000.01' },
      ],
    };
    const res = await carve(input);
    expect(res.errors).toBeUndefined();
    const payload = res.data!.issueSubQuota;
    expect(payload.userErrors).toEqual([]);
    expect([payload.subQuota, payload.quotaRecord]).toEqual([null, null]);
    expect(
      payload.succeeded.map((s) => [
        s.index,
        s.reseller.id,
        s.subQuota.quotaValue.amount,
        s.subQuota.partner!.id,
        s.quotaRecord.operationType,
      ]),
    ).toEqual([
      [0, gid('Partner', RESELLER1), '100.00', gid('Partner', RESELLER1), 'ISSUE'],
      [2, gid('Partner', RESELLER2), '50.50', gid('Partner', RESELLER2), 'ISSUE'],
    ]);
    expect(payload.failed.map((f) => [f.field, f.code])).toEqual([
      ['input.items[1].resellerId', 'RESELLER_NOT_FOUND'],
      ['input.items[3].resellerId', 'DUPLICATE_RESELLER'],
      ['input.items[4].amount', 'INVALID_AMOUNT'],
      ['input.items[5].resellerId', 'INVALID_ID'],
      ['input.items[6].amount', 'AMOUNT_TOO_LARGE'],
    ]);
    expect(payload.parentQuota!.balance.amount).toBe(yuan(parent.balance - 15_050));
    expect(await countRows(server, 'coupon_quota')).toBe(subQuotasBefore + 2);
    expect(await em().count(QuotaRecord, { parentQuota: parent.id, remark: 'batch' })).toBe(2);

    // The same key and input replays the first answer; nothing is carved twice.
    const again = await carve(input);
    expect(again.data!.issueSubQuota.succeeded.map((s) => s.subQuota.id)).toEqual(
      payload.succeeded.map((s) => s.subQuota.id),
    );
    expect(await countRows(server, 'coupon_quota')).toBe(subQuotasBefore + 2);
    expect(await checkInvariants(server.orm)).toEqual([]);
  });

  it('refuses the resellers the parent no longer covers with QUOTA_INSUFFICIENT, the earlier ones carved', async () => {
    const parent = await longQuota();
    const rest = parent.balance;
    const res = await carve({
      parentQuotaId: gid('CouponQuota', parent.id),
      items: [
        { resellerId: gid('Partner', RESELLER1), amount: '0.01' },
        { resellerId: gid('Partner', RESELLER2), amount: yuan(rest) },
      ],
    });
    const payload = res.data!.issueSubQuota;
    expect(payload.succeeded.map((s) => s.index)).toEqual([0]);
    expect(payload.failed.map((f) => [f.field, f.code])).toEqual([['input.items[1].amount', 'QUOTA_INSUFFICIENT']]);
    expect(payload.parentQuota!.balance.amount).toBe(yuan(rest - 1));
  });

  it('keeps the single-reseller form, now also listed in succeeded; both forms, neither, empty or over 100 items are refused', async () => {
    const parent = await longQuota();
    const single = await carve({
      parentQuotaId: gid('CouponQuota', parent.id),
      resellerId: gid('Partner', RESELLER1),
      amount: '3.00',
    });
    const payload = single.data!.issueSubQuota;
    expect(payload.userErrors).toEqual([]);
    expect(payload.succeeded).toEqual([
      expect.objectContaining({ index: 0, subQuota: expect.objectContaining({ id: payload.subQuota!.id }) }),
    ]);
    expect(payload.quotaRecord!.id).toBe(payload.succeeded[0].quotaRecord.id);

    const before = await countRows(server, 'coupon_quota');
    const item = { resellerId: gid('Partner', RESELLER1), amount: '1.00' };
    const base = { parentQuotaId: gid('CouponQuota', parent.id) };
    const both = await carve({ ...base, resellerId: item.resellerId, amount: '1.00', items: [item] });
    expect(both.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.items' });
    const neither = await carve(base);
    expect(neither.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.resellerId' });
    const empty = await carve({ ...base, items: [] });
    expect(empty.data!.issueSubQuota.userErrors.map((e) => e.code)).toEqual(['BATCH_EMPTY']);
    const many = await carve({ ...base, items: Array.from({ length: 101 }, () => item) });
    expect(many.data!.issueSubQuota.userErrors.map((e) => e.code)).toEqual(['BATCH_TOO_LARGE']);
    // A reseller holds no reseller:quota permission: the whole mutation is FORBIDDEN.
    const denied = await carve({ ...base, items: [item] }, 'reseller-admin');
    expect(errorCodes(denied)).toEqual(['FORBIDDEN']);
    expect(await countRows(server, 'coupon_quota')).toBe(before);
  });
});
