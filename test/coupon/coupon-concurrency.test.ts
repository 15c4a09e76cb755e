import { randomUUID } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  CouponMutIssueCouponsBriefDocument,
  CouponMutIssueCouponsDocument,
  CouponMutIssueSubQuotaDocument,
  CouponMutReclaimCouponsDocument,
} from '../generated/graphql';
import { checkInvariants } from '../../seeds';
import { useTestServer } from '../support/server';
import { AuditLog } from '../../src/modules/audit/audit.entity';
import { Coupon, CouponQuota, CouponRecord, QuotaRecord } from '../../src/modules/coupon/coupon.entity';
import {
  CouponKind,
  CouponOperationType,
  QuotaOperationType,
  QuotaStatus,
} from '../../src/modules/coupon/coupon.enums';
import { IdempotencyRecord } from '../../src/modules/idempotency/idempotency.entity';
import { gid, pk } from '../support/ids';
import { DIST, RESELLER1 } from '../support/demo';
import { resaleCustomers } from '../support/rows';

/**
 * The money proofs under load, through HTTP: a quota is never over-issued, an idempotency key has
 * exactly one effect, a coupon is reclaimed once. DB-agnostic: the same assertions on SQLite and
 * PostgreSQL (test/support/server picks the database from DATABASE_URL).
 */
/** SQLite serializes every request on one connection; a busy machine needs more than the default 30 s. */
const LOAD_TIMEOUT = 120_000;

const server = useTestServer();
let distAdmin: string;
let resellerAdmin: string;
beforeAll(async () => {
  distAdmin = await server.signIn('dist-admin');
  resellerAdmin = await server.signIn('reseller-admin');
});

async function voucherQuota(partnerId: number): Promise<CouponQuota> {
  const rows = await server
    .em()
    .find(
      CouponQuota,
      { partner: partnerId, kind: CouponKind.VOUCHER, status: QuotaStatus.NORMAL, parentQuota: null },
      { orderBy: { id: 'asc' } },
    );
  return rows.find((q) => q.designatedCustomerIds.length === 0)!;
}

describe('issueCoupons under concurrency', () => {
  it(
    '200 concurrent calls of 1.00 at a quota holding 100.00 issue exactly 100 coupons and leave it at 0',
    async () => {
      // The situation through the API: the distributor carves a 100.00 sub-quota for reseller #1.
      const parent = await voucherQuota(DIST);
      const carved = await server.execute(
        CouponMutIssueSubQuotaDocument,
        {
          input: {
            parentQuotaId: gid('CouponQuota', parent.id),
            resellerId: gid('Partner', RESELLER1),
            amount: '100.00',
          },
        },
        distAdmin,
      );
      expect(carved.data!.issueSubQuota.userErrors).toEqual([]);
      const subId = carved.data!.issueSubQuota.subQuota!.id;
      const customers = await resaleCustomers(server, RESELLER1);
      expect(customers.length).toBeGreaterThan(0);
      const auditBefore = await server.em().count(AuditLog, { action: 'issueCoupons' });

      const started = Date.now();
      const results = await Promise.all(
        Array.from({ length: 200 }, (_, i) =>
          server.execute(
            CouponMutIssueCouponsBriefDocument,
            {
              input: {
                quotaId: subId,
                customerIds: [gid('SubCustomer', customers[i % customers.length].id)],
                faceValue: '1.00',
              },
            },
            resellerAdmin,
          ),
        ),
      );
      const elapsed = Date.now() - started;
      expect(results.flatMap((r) => r.errors ?? [])).toEqual([]);
      const payloads = results.map((r) => r.data!.issueCoupons);
      expect(payloads.flatMap((p) => p.userErrors)).toEqual([]);
      const issued = payloads.flatMap((p) => p.succeeded);
      const failed = payloads.flatMap((p) => p.failed);
      expect(issued).toHaveLength(100);
      expect(failed).toHaveLength(100);
      expect(new Set(failed.map((e) => `${e.code} ${e.field}`))).toEqual(
        new Set(['QUOTA_INSUFFICIENT input.customerIds[0]']),
      );
      expect(new Set(issued.map((s) => s.coupon.id)).size).toBe(100);

      const sub = await server.em().findOneOrFail(CouponQuota, pk(subId));
      expect([sub.quotaValue, sub.balance, sub.status]).toEqual([10000, 0, QuotaStatus.NORMAL]);
      const coupons = await server.em().find(Coupon, { quota: sub.id });
      expect(coupons).toHaveLength(100);
      expect(coupons.reduce((sum, c) => sum + c.faceValue, 0)).toBe(10000);
      expect(
        await server.em().count(CouponRecord, { coupon: { quota: sub.id }, operationType: CouponOperationType.ISSUE }),
      ).toBe(100);
      expect(await server.em().count(AuditLog, { action: 'issueCoupons' })).toBe(auditBefore + 100);
      expect(await checkInvariants(server.orm)).toEqual([]);
      console.log(
        `200 concurrent issueCoupons: 100 issued, 100 QUOTA_INSUFFICIENT, quota 100.00 → 0.00 in ${elapsed} ms`,
      );
    },
    LOAD_TIMEOUT,
  );

  it(
    '50 concurrent calls with one idempotency key have exactly one effect and 50 identical answers',
    async () => {
      const q = await voucherQuota(DIST);
      const [a, b] = await resaleCustomers(server, DIST);
      const key = `coupon-burst-${randomUUID()}`;
      const input = {
        quotaId: gid('CouponQuota', q.id),
        customerIds: [gid('SubCustomer', a.id), gid('SubCustomer', b.id)],
        faceValue: '3.21',
        memo: 'burst',
        idempotencyKey: key,
      };
      const before = {
        coupons: await server.em().count(Coupon, {}),
        records: await server.em().count(CouponRecord, {}),
        audit: await server.em().count(AuditLog, {}),
      };

      const results = await Promise.all(
        Array.from({ length: 50 }, () => server.execute(CouponMutIssueCouponsDocument, { input }, distAdmin)),
      );
      expect(results.flatMap((r) => r.errors ?? [])).toEqual([]);
      const first = results[0].data!;
      expect(first.issueCoupons.userErrors).toEqual([]);
      expect(first.issueCoupons.succeeded).toHaveLength(2);
      for (const r of results) expect(r.data).toEqual(first);

      expect({
        coupons: await server.em().count(Coupon, {}),
        records: await server.em().count(CouponRecord, {}),
        audit: await server.em().count(AuditLog, {}),
      }).toEqual({
        coupons: before.coupons + 2,
        records: before.records + 2,
        audit: before.audit + 2,
      });
      expect((await server.em().findOneOrFail(CouponQuota, q.id)).balance).toBe(q.balance - 642);
      expect(await server.em().count(IdempotencyRecord, { partner: DIST, key })).toBe(1);

      // The same key with another input: refused, nothing changes.
      const other = await server.execute(
        CouponMutIssueCouponsDocument,
        { input: { ...input, faceValue: '3.22' } },
        distAdmin,
      );
      expect(other.data!.issueCoupons).toMatchObject({ succeeded: [], failed: [], quota: null });
      expect(other.data!.issueCoupons.userErrors.map((e) => [e.field, e.code])).toEqual([
        ['input.idempotencyKey', 'IDEMPOTENCY_KEY_REUSED'],
      ]);
      expect(await server.em().count(Coupon, {})).toBe(before.coupons + 2);
      expect((await server.em().findOneOrFail(CouponQuota, q.id)).balance).toBe(q.balance - 642);
      expect(await checkInvariants(server.orm)).toEqual([]);
    },
    LOAD_TIMEOUT,
  );
});

describe('reclaims and sub-quotas under concurrency', () => {
  it('20 concurrent reclaims of one coupon give its balance back exactly once', async () => {
    const q = await voucherQuota(DIST);
    const [c] = await resaleCustomers(server, DIST);
    const issued = await server.execute(
      CouponMutIssueCouponsDocument,
      { input: { quotaId: gid('CouponQuota', q.id), customerIds: [gid('SubCustomer', c.id)], faceValue: '7.00' } },
      distAdmin,
    );
    const couponId = issued.data!.issueCoupons.succeeded[0].coupon.id;
    const balanceBefore = (await server.em().findOneOrFail(CouponQuota, q.id)).balance;

    const results = await Promise.all(
      Array.from({ length: 20 }, () =>
        server.execute(CouponMutReclaimCouponsDocument, { input: { couponIds: [couponId] } }, distAdmin),
      ),
    );
    expect(results.flatMap((r) => r.errors ?? [])).toEqual([]);
    const payloads = results.map((r) => r.data!.reclaimCoupons);
    expect(payloads.flatMap((p) => p.succeeded)).toHaveLength(1);
    expect(payloads.flatMap((p) => p.failed).map((e) => e.code)).toEqual(Array(19).fill('COUPON_NOT_USABLE'));
    expect((await server.em().findOneOrFail(CouponQuota, q.id)).balance).toBe(balanceBefore + 700);
    expect(
      await server
        .em()
        .count(CouponRecord, { coupon: pk(couponId), operationType: CouponOperationType.MANUAL_RECLAIM }),
    ).toBe(1);
    expect(await checkInvariants(server.orm)).toEqual([]);
  });

  it('20 concurrent issueSubQuota calls never carve more than the parent holds', async () => {
    const parent = await voucherQuota(DIST);
    const amount = 500_000; // 5,000.00 each
    const fits = Math.min(20, Math.floor(parent.balance / amount));
    const recordsBefore = await server.em().count(QuotaRecord, {
      parentQuota: parent.id,
      operationType: QuotaOperationType.ISSUE,
    });

    const results = await Promise.all(
      Array.from({ length: 20 }, () =>
        server.execute(
          CouponMutIssueSubQuotaDocument,
          {
            input: {
              parentQuotaId: gid('CouponQuota', parent.id),
              resellerId: gid('Partner', RESELLER1),
              amount: '5000.00',
            },
          },
          distAdmin,
        ),
      ),
    );
    expect(results.flatMap((r) => r.errors ?? [])).toEqual([]);
    const payloads = results.map((r) => r.data!.issueSubQuota);
    expect(payloads.filter((p) => p.subQuota).length).toBe(fits);
    expect(payloads.flatMap((p) => p.userErrors).map((e) => e.code)).toEqual(
      Array(20 - fits).fill('QUOTA_INSUFFICIENT'),
    );
    expect((await server.em().findOneOrFail(CouponQuota, parent.id)).balance).toBe(parent.balance - fits * amount);
    expect(
      await server.em().count(QuotaRecord, { parentQuota: parent.id, operationType: QuotaOperationType.ISSUE }),
    ).toBe(recordsBefore + fits);
    expect(await checkInvariants(server.orm)).toEqual([]);
  });
});
