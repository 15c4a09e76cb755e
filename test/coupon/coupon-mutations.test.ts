import { describe, expect, it } from 'vitest';
import {
  CouponMutIssueCouponsBriefDocument,
  CouponMutIssueCouponsDocument,
  CouponMutIssueSubQuotaDocument,
  CouponMutReclaimCouponsDocument,
  CouponMutReclaimSubQuotaDocument,
  CouponMutRequestCodeDocument,
  CouponMutSetVerificationDocument,
  type IssueCouponsInput,
  type IssueSubQuotaInput,
} from '../generated/graphql';
import { checkInvariants, demoMember } from '../../seeds';
import { useTestServer, useTokens } from '../support/server';
import { AuditLog } from '../../src/modules/audit/audit.entity';
import { Coupon, CouponQuota, CouponRecord, QuotaRecord } from '../../src/modules/coupon/coupon.entity';
import {
  CouponKind,
  CouponOperationType,
  CouponStatus,
  OperationResult,
  QuotaOperationType,
  QuotaStatus,
} from '../../src/modules/coupon/coupon.enums';
import { SubCustomer } from '../../src/modules/customer/customer.entity';
import { AssociationType } from '../../src/modules/customer/customer.enums';
import { gid, pk } from '../support/ids';
import { DIST, OTHER_DIST, OTHER_RESELLER, RESELLER1, RESELLER2, SP } from '../support/demo';
import { DAY } from '../support/time';
import { cny, yuan } from '../support/money';
import { errorCodes, userErrorCodes } from '../support/graphql';
import { countRows, customerNamed, resaleCustomers, sentVerificationCode } from '../support/rows';
import { expectedCoupon, expectedCouponRecord, expectedQuota, expectedQuotaRecord } from '../support/coupons';

const server = useTestServer();
const tokens = useTokens(server, [
  'dist-admin',
  'dist-am',
  'dist-sa',
  'dist-ops',
  'reseller-admin',
  'sp-admin',
  'other-dist-admin',
  'restricted-reseller-admin',
]);

const quota = (id: number) => server.em().findOneOrFail(CouponQuota, id);

/** A quota the cloud gave `partnerId` (no parent) of that kind and status, without a designated-customer list. */
async function ownQuota(
  partnerId: number,
  kind: CouponKind,
  status = QuotaStatus.NORMAL,
  designated = false,
): Promise<CouponQuota> {
  const rows = await server
    .em()
    .find(CouponQuota, { partner: partnerId, kind, status, parentQuota: null }, { orderBy: { id: 'asc' } });
  const hit = rows.find((q) => q.designatedCustomerIds.length > 0 === designated);
  if (!hit) throw new Error(`no ${QuotaStatus[status]} ${kind} quota of partner ${partnerId}`);
  return hit;
}

/** Everything the coupon mutations can write; denied and refused calls must leave it as it was. */
async function snapshot() {
  const conn = server.em().getConnection();
  const rows = async (sql: string) =>
    (await conn.execute(sql)).map((r: Record<string, unknown>) => Object.values(r).map(String).join('|'));
  return {
    coupons: await rows('select id, status, balance from coupon order by id'),
    quotas: await rows('select id, status, balance, quota_value from coupon_quota order by id'),
    couponRecords: await countRows(server, 'coupon_record'),
    quotaRecords: await countRows(server, 'quota_record'),
    audit: await countRows(server, 'audit_log'),
  };
}

const issue = (input: IssueCouponsInput, login = 'dist-admin') =>
  server.execute(CouponMutIssueCouponsDocument, { input }, tokens[login]);
const reclaim = (couponIds: string[], login = 'dist-admin', memo?: string) =>
  server.execute(CouponMutReclaimCouponsDocument, { input: { couponIds, memo } }, tokens[login]);
const carve = (input: IssueSubQuotaInput, login = 'dist-admin') =>
  server.execute(CouponMutIssueSubQuotaDocument, { input }, tokens[login]);
const takeBack = (quotaId: string, login = 'dist-admin', remark?: string) =>
  server.execute(CouponMutReclaimSubQuotaDocument, { input: { quotaId, remark } }, tokens[login]);

describe('issueCoupons (下发)', () => {
  it('issues one coupon per RESALE customer from the quota, with issue records, audit rows and the quota balance taken', async () => {
    const q = await ownQuota(DIST, CouponKind.VOUCHER);
    const [a, b] = [await customerNamed(server, 'yunfan-tech'), await customerNamed(server, 'tianyi-logistics')];
    const before = await snapshot();
    const res = await issue({
      quotaId: gid('CouponQuota', q.id),
      customerIds: [gid('SubCustomer', a.id), gid('SubCustomer', b.id)],
      faceValue: '12.34',
      memo: 'Double 11 campaign',
    });
    expect(res.errors).toBeUndefined();
    const payload = res.data!.issueCoupons;
    expect(payload.userErrors).toEqual([]);
    expect(payload.failed).toEqual([]);

    const coupons = await server
      .em()
      .find(Coupon, { quota: q.id, faceValue: 1234, memo: 'Double 11 campaign' }, { orderBy: { id: 'asc' } });
    expect(
      coupons.map((c) => [
        c.customer.id,
        c.partner.id,
        c.kind,
        c.status,
        c.balance,
        c.effectiveTime.getTime(),
        c.expireTime.getTime(),
      ]),
    ).toEqual([
      [a.id, DIST, CouponKind.VOUCHER, CouponStatus.USABLE, 1234, q.effectiveTime.getTime(), q.expireTime.getTime()],
      [b.id, DIST, CouponKind.VOUCHER, CouponStatus.USABLE, 1234, q.effectiveTime.getTime(), q.expireTime.getTime()],
    ]);
    expect(coupons.every((c) => /^CP\d{14}[0-9A-F]{10}$/.test(c.couponId))).toBe(true);
    const records = await server
      .em()
      .find(CouponRecord, { coupon: { $in: coupons.map((c) => c.id) } }, { orderBy: { id: 'asc' } });
    expect(
      records.map((r) => [
        r.coupon.id,
        r.customer.id,
        r.partner.id,
        r.operationType,
        r.amount,
        r.result,
        r.memo,
        r.operator?.id,
      ]),
    ).toEqual(
      coupons.map((c) => [
        c.id,
        c.customer.id,
        DIST,
        CouponOperationType.ISSUE,
        1234,
        OperationResult.SUCCESS,
        'Double 11 campaign',
        demoMember('dist-admin').id,
      ]),
    );
    const fresh = await quota(q.id);
    expect(fresh.balance).toBe(q.balance - 2468);
    expect(payload).toEqual({
      succeeded: [0, 1].map((i) => ({
        index: i,
        customer: { id: gid('SubCustomer', coupons[i].customer.id), accountName: [a, b][i].accountName },
        coupon: expectedCoupon(coupons[i]),
        couponRecord: expectedCouponRecord(records[i]),
      })),
      failed: [],
      quota: expectedQuota(fresh),
      userErrors: [],
    });

    const after = await snapshot();
    expect(after.couponRecords).toBe(before.couponRecords + 2);
    expect(after.coupons.length).toBe(before.coupons.length + 2);
    expect(after.audit).toBe(before.audit + 2);
    const audit = await server
      .em()
      .find(
        AuditLog,
        { action: 'issueCoupons', target: { $in: coupons.map((c) => gid('Coupon', c.id)) } },
        { orderBy: { id: 'asc' } },
      );
    expect(
      audit.map((r) => [
        r.partnerId,
        r.memberId,
        r.target,
        r.before,
        (r.after as Record<string, unknown>).quotaBalance,
      ]),
    ).toEqual([
      [
        DIST,
        demoMember('dist-admin').id,
        gid('Coupon', coupons[0].id),
        { quota: gid('CouponQuota', q.id), quotaBalance: yuan(q.balance) },
        yuan(q.balance - 1234),
      ],
      [
        DIST,
        demoMember('dist-admin').id,
        gid('Coupon', coupons[1].id),
        { quota: gid('CouponQuota', q.id), quotaBalance: yuan(q.balance - 1234) },
        yuan(q.balance - 2468),
      ],
    ]);
    expect(await checkInvariants(server.orm)).toEqual([]);
  });

  it('the custom operations role may issue too; a future start issues INACTIVE coupons with a narrowed validity', async () => {
    const q = await ownQuota(DIST, CouponKind.VOUCHER);
    const c = await customerNamed(server, 'xinghe-edu');
    const effectiveTime = new Date(Date.now() + 10 * DAY);
    const expireTime = new Date(Math.min(q.expireTime.getTime(), Date.now() + 40 * DAY));
    // The operations role has no order:view, so it selects no usedOnOrder.
    const input = {
      quotaId: gid('CouponQuota', q.id),
      customerIds: [gid('SubCustomer', c.id)],
      faceValue: '5',
      effectiveTime: effectiveTime.toISOString(),
      expireTime: expireTime.toISOString(),
    };
    const res = await server.execute(CouponMutIssueCouponsBriefDocument, { input }, tokens['dist-ops']);
    expect(res.errors).toBeUndefined();
    expect(res.data!.issueCoupons.userErrors).toEqual([]);
    const coupon = res.data!.issueCoupons.succeeded[0].coupon;
    expect([
      coupon.status,
      coupon.faceValue,
      coupon.balance,
      coupon.effectiveTime,
      coupon.expireTime,
      coupon.memo,
    ]).toEqual(['INACTIVE', cny(500), cny(500), effectiveTime.toISOString(), expireTime.toISOString(), null]);
    expect((await quota(q.id)).balance).toBe(q.balance - 500);
    expect(await checkInvariants(server.orm)).toEqual([]);
  });

  it('reports refused customers beside the issued ones: ADVISORY, duplicate, not an id, another partner’s or a reseller’s customer', async () => {
    const q = await ownQuota(DIST, CouponKind.VOUCHER);
    const ok = await customerNamed(server, 'yunfan-tech');
    const advisory = await customerNamed(server, 'northwind-analytics');
    const foreign = await customerNamed(server, 'woodgrove-finance');
    const resellers = await customerNamed(server, 'qinghe-health');
    const res = await issue({
      quotaId: gid('CouponQuota', q.id),
      customerIds: [
        gid('SubCustomer', advisory.id),
        gid('SubCustomer', ok.id),
        gid('SubCustomer', foreign.id),
        gid('SubCustomer', ok.id),
        'bm9wZQ',
        gid('SubCustomer', resellers.id),
        gid('Coupon', 1),
      ],
      faceValue: '1.00',
    });
    expect(res.errors).toBeUndefined();
    const payload = res.data!.issueCoupons;
    expect(payload.succeeded.map((s) => [s.index, s.customer.id])).toEqual([[1, gid('SubCustomer', ok.id)]]);
    expect(payload.failed.map((e) => [e.field, e.code])).toEqual([
      ['input.customerIds[0]', 'NOT_RESALE_CUSTOMER'],
      ['input.customerIds[2]', 'CUSTOMER_NOT_FOUND'],
      ['input.customerIds[3]', 'DUPLICATE_CUSTOMER'],
      ['input.customerIds[4]', 'INVALID_ID'],
      ['input.customerIds[5]', 'CUSTOMER_NOT_FOUND'],
      ['input.customerIds[6]', 'INVALID_ID'],
    ]);
    // A foreign customer answers exactly like an unknown one.
    expect(payload.failed[1].message).toBe(payload.failed[4].message);
    expect(payload.quota!.balance).toEqual(cny(q.balance - 100));
    expect(await checkInvariants(server.orm)).toEqual([]);
  });

  it('a designated-customer quota issues only to the customers on its list', async () => {
    const q = await ownQuota(DIST, CouponKind.VOUCHER, QuotaStatus.NORMAL, true);
    const listed = await server.em().findOneOrFail(SubCustomer, {
      partner: DIST,
      associationType: AssociationType.RESALE,
      customerId: { $in: q.designatedCustomerIds },
    });
    const unlisted = await server.em().findOneOrFail(SubCustomer, {
      partner: DIST,
      associationType: AssociationType.RESALE,
      customerId: { $nin: q.designatedCustomerIds },
    });
    const res = await issue({
      quotaId: gid('CouponQuota', q.id),
      customerIds: [gid('SubCustomer', unlisted.id), gid('SubCustomer', listed.id)],
      faceValue: '3.00',
    });
    expect(res.data!.issueCoupons.succeeded.map((s) => s.customer.id)).toEqual([gid('SubCustomer', listed.id)]);
    expect(res.data!.issueCoupons.failed.map((e) => [e.field, e.code])).toEqual([
      ['input.customerIds[0]', 'CUSTOMER_NOT_DESIGNATED'],
    ]);
    expect((await quota(q.id)).balance).toBe(q.balance - 300);
  });

  it('issues what the quota covers and reports QUOTA_INSUFFICIENT for the rest', async () => {
    // The situation through the API: a 5.00 sub-quota for reseller #1, which issues 2.00 to three customers.
    const parent = await ownQuota(DIST, CouponKind.VOUCHER);
    const carved = await carve({
      parentQuotaId: gid('CouponQuota', parent.id),
      resellerId: gid('Partner', RESELLER1),
      amount: '5.00',
    });
    expect(carved.data!.issueSubQuota.userErrors).toEqual([]);
    const sub = carved.data!.issueSubQuota.subQuota!;
    const customers = await resaleCustomers(server, RESELLER1, 3);
    const res = await issue(
      { quotaId: sub.id, customerIds: customers.map((c) => gid('SubCustomer', c.id)), faceValue: '2.00' },
      'reseller-admin',
    );
    expect(res.errors).toBeUndefined();
    const payload = res.data!.issueCoupons;
    expect(payload.succeeded.map((s) => [s.index, s.coupon.faceValue.amount, s.coupon.kind])).toEqual([
      [0, '2.00', parent.kind],
      [1, '2.00', parent.kind],
    ]);
    expect(payload.failed.map((e) => [e.field, e.code])).toEqual([['input.customerIds[2]', 'QUOTA_INSUFFICIENT']]);
    expect(payload.quota!.balance).toEqual(cny(100));
    // Larger than what is left: nothing is issued and nothing is written.
    const before = await snapshot();
    const none = await issue(
      { quotaId: sub.id, customerIds: customers.slice(0, 2).map((c) => gid('SubCustomer', c.id)), faceValue: '1.01' },
      'reseller-admin',
    );
    expect(none.data!.issueCoupons.succeeded).toEqual([]);
    expect(none.data!.issueCoupons.failed.map((e) => [e.field, e.code])).toEqual([
      ['input.customerIds[0]', 'QUOTA_INSUFFICIENT'],
      ['input.customerIds[1]', 'QUOTA_INSUFFICIENT'],
    ]);
    expect(await snapshot()).toEqual(before);
    expect(await checkInvariants(server.orm)).toEqual([]);
  });

  it('kinds follow the quota: a PICKUP quota issues PICKUP coupons, a VOUCHER quota refuses kind PICKUP', async () => {
    const pickup = await ownQuota(SP, CouponKind.PICKUP);
    const voucher = await ownQuota(SP, CouponKind.VOUCHER);
    const c = await customerNamed(server, 'borui-soft');
    const ok = await issue(
      {
        quotaId: gid('CouponQuota', pickup.id),
        customerIds: [gid('SubCustomer', c.id)],
        faceValue: '8.88',
        kind: 'PICKUP',
      },
      'sp-admin',
    );
    expect(ok.data!.issueCoupons.userErrors).toEqual([]);
    expect(ok.data!.issueCoupons.succeeded[0].coupon.kind).toBe('PICKUP');
    const before = await snapshot();
    const refused = await issue(
      {
        quotaId: gid('CouponQuota', voucher.id),
        customerIds: [gid('SubCustomer', c.id)],
        faceValue: '8.88',
        kind: 'PICKUP',
      },
      'sp-admin',
    );
    expect(refused.data!.issueCoupons.userErrors.map((e) => [e.field, e.code])).toEqual([
      ['input.kind', 'COUPON_KIND_MISMATCH'],
    ]);
    expect(await snapshot()).toEqual(before);
  });

  it('limits and validity may only narrow the quota’s', async () => {
    const cash = await ownQuota(DIST, CouponKind.CASH);
    expect(cash.cloudServiceTypes.length).toBeGreaterThan(1);
    const c = await customerNamed(server, 'yunfan-tech');
    const base = { quotaId: gid('CouponQuota', cash.id), customerIds: [gid('SubCustomer', c.id)], faceValue: '1.00' };
    const before = await snapshot();
    const refusals: [Partial<IssueCouponsInput>, string, string][] = [
      [
        { cloudServiceTypes: [cash.cloudServiceTypes[0], 'hws.service.type.rds'] },
        'input.cloudServiceTypes[1]',
        'LIMIT_NOT_IN_QUOTA',
      ],
      [{ productIds: Array.from({ length: 11 }, (_, i) => `OFFI${i}`) }, 'input.productIds', 'TOO_MANY_LIMITS'],
      [
        { effectiveTime: new Date(cash.effectiveTime.getTime() - 1000).toISOString() },
        'input.effectiveTime',
        'VALIDITY_OUT_OF_RANGE',
      ],
      [
        { expireTime: new Date(cash.expireTime.getTime() + 1000).toISOString() },
        'input.expireTime',
        'VALIDITY_OUT_OF_RANGE',
      ],
      [
        {
          effectiveTime: new Date(Date.now() + 5 * DAY).toISOString(),
          expireTime: new Date(Date.now() + 4 * DAY).toISOString(),
        },
        'input.expireTime',
        'VALIDITY_OUT_OF_RANGE',
      ],
      [{ expireTime: new Date(Date.now() - DAY).toISOString() }, 'input.expireTime', 'VALIDITY_OUT_OF_RANGE'],
    ];
    for (const [extra, field, code] of refusals) {
      const res = await issue({ ...base, ...extra });
      expect(res.errors, JSON.stringify(extra)).toBeUndefined();
      expect(
        res.data!.issueCoupons.userErrors.map((e) => [e.field, e.code]),
        JSON.stringify(extra),
      ).toEqual([[field, code]]);
    }
    expect(await snapshot()).toEqual(before);
    const narrowed = await issue({ ...base, cloudServiceTypes: [cash.cloudServiceTypes[0]], productIds: ['OFFI1'] });
    expect(narrowed.data!.issueCoupons.userErrors).toEqual([]);
    const audit = await server.em().findOneOrFail(AuditLog, {
      action: 'issueCoupons',
      target: narrowed.data!.issueCoupons.succeeded[0].coupon.id,
    });
    expect(audit.after).toMatchObject({ cloudServiceTypes: [cash.cloudServiceTypes[0]], productIds: ['OFFI1'] });
  });

  it('refuses quotas that are not usable or not the viewer’s own, and changes nothing', async () => {
    const c = await customerNamed(server, 'yunfan-tech');
    const cases: [number, string][] = [
      [(await ownQuota(DIST, CouponKind.VOUCHER, QuotaStatus.INVALID)).id, 'QUOTA_NOT_USABLE'],
      [(await ownQuota(DIST, CouponKind.VOUCHER, QuotaStatus.ADJUSTING)).id, 'QUOTA_NOT_USABLE'],
      [(await ownQuota(DIST, CouponKind.CASH, QuotaStatus.FROZEN)).id, 'QUOTA_NOT_USABLE'],
      [(await ownQuota(OTHER_DIST, CouponKind.VOUCHER)).id, 'QUOTA_NOT_FOUND'],
      // A distributor sees its resellers' sub-quotas but cannot issue from them.
      [
        (
          await server
            .em()
            .findOneOrFail(CouponQuota, { partner: RESELLER1, status: QuotaStatus.NORMAL }, { orderBy: { id: 'asc' } })
        ).id,
        'QUOTA_NOT_FOUND',
      ],
      [999_999, 'QUOTA_NOT_FOUND'],
    ];
    const before = await snapshot();
    const messages: string[] = [];
    for (const [id, code] of cases) {
      const res = await issue({
        quotaId: gid('CouponQuota', id),
        customerIds: [gid('SubCustomer', c.id)],
        faceValue: '1.00',
      });
      expect(res.errors).toBeUndefined();
      expect(res.data!.issueCoupons).toMatchObject({ succeeded: [], failed: [], quota: null });
      expect(res.data!.issueCoupons.userErrors.map((e) => [e.field, e.code])).toEqual([['input.quotaId', code]]);
      if (code === 'QUOTA_NOT_FOUND') messages.push(res.data!.issueCoupons.userErrors[0].message);
    }
    expect(new Set(messages).size).toBe(1);
    expect(await snapshot()).toEqual(before);
  });

  it('refuses bad face values, empty and oversized batches and long memos, and changes nothing', async () => {
    const q = await ownQuota(DIST, CouponKind.VOUCHER);
    const c = await customerNamed(server, 'yunfan-tech');
    const before = await snapshot();
    const faces: [string, string][] = [
      ['0', 'INVALID_AMOUNT'],
      ['0.00', 'INVALID_AMOUNT'],
      ['-1.00', 'INVALID_AMOUNT'],
      ['1.005', 'INVALID_AMOUNT'],
      ['abc', 'INVALID_AMOUNT'],
      ['', 'INVALID_AMOUNT'],
      ['1e3', 'INVALID_AMOUNT'],
      ['99999999999.01', 'AMOUNT_TOO_LARGE'],
      ['100000000000', 'AMOUNT_TOO_LARGE'],
    ];
    for (const [faceValue, code] of faces) {
      const res = await issue({
        quotaId: gid('CouponQuota', q.id),
        customerIds: [gid('SubCustomer', c.id)],
        faceValue,
      });
      expect(res.errors, faceValue).toBeUndefined();
      expect(
        res.data!.issueCoupons.userErrors.map((e) => [e.field, e.code]),
        faceValue,
      ).toEqual([['input.faceValue', code]]);
    }
    const batch = async (customerIds: string[]) =>
      (
        await issue({ quotaId: gid('CouponQuota', q.id), customerIds, faceValue: '1.00' })
      ).data!.issueCoupons.userErrors.map((e) => [e.field, e.code]);
    expect(await batch([])).toEqual([['input.customerIds', 'BATCH_EMPTY']]);
    expect(await batch(Array.from({ length: 101 }, () => gid('SubCustomer', c.id)))).toEqual([
      ['input.customerIds', 'BATCH_TOO_LARGE'],
    ]);
    const memo = await issue({
      quotaId: gid('CouponQuota', q.id),
      customerIds: [gid('SubCustomer', c.id)],
      faceValue: '1.00',
      memo: 'x'.repeat(201),
    });
    expect(userErrorCodes(memo.data!.issueCoupons.userErrors)).toEqual(['MEMO_TOO_LONG']);
    // A 99,999,999,999.00 coupon is within the limit; this quota just does not hold it.
    const max = await issue({
      quotaId: gid('CouponQuota', q.id),
      customerIds: [gid('SubCustomer', c.id)],
      faceValue: '99999999999',
    });
    expect(max.data!.issueCoupons.failed.map((e) => e.code)).toEqual(['QUOTA_INSUFFICIENT']);
    expect(await snapshot()).toEqual(before);
  });

  it('is refused to members without coupon:issue (FORBIDDEN) and to a restricted partner, changing nothing', async () => {
    const q = await ownQuota(DIST, CouponKind.VOUCHER);
    const c = await customerNamed(server, 'yunfan-tech');
    const before = await snapshot();
    for (const login of ['dist-am', 'dist-sa']) {
      const res = await issue(
        { quotaId: gid('CouponQuota', q.id), customerIds: [gid('SubCustomer', c.id)], faceValue: '1.00' },
        login,
      );
      expect(errorCodes(res), login).toEqual(['FORBIDDEN']);
      expect(res.data ?? null).toBeNull();
    }
    const restricted = await issue(
      { quotaId: gid('CouponQuota', q.id), customerIds: [gid('SubCustomer', c.id)], faceValue: '1.00' },
      'restricted-reseller-admin',
    );
    expect(userErrorCodes(restricted.data!.issueCoupons.userErrors)).toEqual(['PARTNER_RESTRICTED']);
    // Another partner's admin: the quota is not theirs.
    const foreign = await issue(
      { quotaId: gid('CouponQuota', q.id), customerIds: [gid('SubCustomer', c.id)], faceValue: '1.00' },
      'other-dist-admin',
    );
    expect(userErrorCodes(foreign.data!.issueCoupons.userErrors)).toEqual(['QUOTA_NOT_FOUND']);
    expect(await snapshot()).toEqual(before);
  });

  it('with verification on, needs a fresh code for ISSUE_COUPONS', async () => {
    const q = await ownQuota(SP, CouponKind.VOUCHER);
    const c = await customerNamed(server, 'borui-soft');
    const token = tokens['sp-admin'];
    const on = await server.execute(CouponMutSetVerificationDocument, { input: { verificationEnabled: true } }, token);
    expect(on.data!.updatePartnerSettings.partner!.verificationEnabled).toBe(true);
    const run = (verificationCode?: string) =>
      issue(
        {
          quotaId: gid('CouponQuota', q.id),
          customerIds: [gid('SubCustomer', c.id)],
          faceValue: '1.00',
          verificationCode,
        },
        'sp-admin',
      );
    const before = await snapshot();
    expect(userErrorCodes((await run()).data!.issueCoupons.userErrors)).toEqual(['VERIFICATION_REQUIRED']);
    expect(await snapshot()).toEqual(before);
    const sent = await server.execute(CouponMutRequestCodeDocument, { input: { operation: 'ISSUE_COUPONS' } }, token);
    expect(sent.data!.requestVerificationCode.userErrors).toEqual([]);
    const code = await sentVerificationCode(server, 'sp-admin', /code for ISSUE_COUPONS is (\d{6})/);
    const ok = await run(code);
    expect(ok.data!.issueCoupons.userErrors).toEqual([]);
    expect(ok.data!.issueCoupons.succeeded).toHaveLength(1);
    expect(userErrorCodes((await run(code)).data!.issueCoupons.userErrors)).toEqual(['VERIFICATION_CODE_INVALID']);
    await server.execute(CouponMutSetVerificationDocument, { input: { verificationEnabled: false } }, token);
  });
});

describe('reclaimCoupons (回收)', () => {
  it('reclaims USABLE coupons whole: balance back to the quota, coupon RECLAIMED and still listed, records and audit', async () => {
    const q = await ownQuota(DIST, CouponKind.VOUCHER);
    const c = await customerNamed(server, 'tianyi-logistics');
    const issued = await issue({
      quotaId: gid('CouponQuota', q.id),
      customerIds: [gid('SubCustomer', c.id)],
      faceValue: '20.00',
      memo: 'to reclaim',
    });
    const fresh = issued.data!.issueCoupons.succeeded[0].coupon;
    // A seeded coupon that was partly used: only its remaining balance goes back.
    const used = (
      await server.em().find(Coupon, { partner: DIST, status: CouponStatus.USABLE }, { orderBy: { id: 'asc' } })
    ).find((x) => x.balance > 0 && x.balance < x.faceValue)!;
    expect(used).toBeDefined();
    const quotasBefore = new Map(
      (await server.em().find(CouponQuota, { id: { $in: [q.id, used.quota.id] } })).map((x) => [x.id, x.balance]),
    );
    const before = await snapshot();
    const res = await reclaim([fresh.id, gid('Coupon', used.id)], 'dist-admin', 'customer churned');
    expect(res.errors).toBeUndefined();
    const payload = res.data!.reclaimCoupons;
    expect(payload.userErrors).toEqual([]);
    expect(payload.failed).toEqual([]);
    const ids = [fresh.id, gid('Coupon', used.id)];
    const coupons = await Promise.all(ids.map((id) => server.em().findOneOrFail(Coupon, pk(id))));
    expect(coupons.map((x) => [x.status, x.balance])).toEqual([
      [CouponStatus.RECLAIMED, 0],
      [CouponStatus.RECLAIMED, 0],
    ]);
    const records = await server
      .em()
      .find(
        CouponRecord,
        { coupon: { $in: coupons.map((x) => x.id) }, operationType: CouponOperationType.MANUAL_RECLAIM },
        { orderBy: { id: 'asc' } },
      );
    expect(records.map((r) => [r.coupon.id, r.amount, r.memo, r.operator?.id, r.result])).toEqual([
      [coupons[0].id, 2000, 'customer churned', demoMember('dist-admin').id, OperationResult.SUCCESS],
      [coupons[1].id, used.balance, 'customer churned', demoMember('dist-admin').id, OperationResult.SUCCESS],
    ]);
    const quotaIds = [...new Set([q.id, used.quota.id])].sort((x, y) => x - y);
    const expectedBalance = (id: number) =>
      quotasBefore.get(id)! + (id === q.id ? 2000 : 0) + (id === used.quota.id ? used.balance : 0);
    const quotasAfter = await server.em().find(CouponQuota, { id: { $in: quotaIds } }, { orderBy: { id: 'asc' } });
    expect(quotasAfter.map((x) => x.balance)).toEqual(quotaIds.map(expectedBalance));
    expect(payload).toEqual({
      succeeded: coupons.map((x, i) => ({
        index: i,
        coupon: expectedCoupon(x),
        couponRecord: expectedCouponRecord(records[i]),
      })),
      failed: [],
      quotas: quotasAfter.map(expectedQuota),
      userErrors: [],
    });
    const after = await snapshot();
    expect([after.coupons.length, after.couponRecords, after.audit]).toEqual([
      before.coupons.length,
      before.couponRecords + 2,
      before.audit + 2,
    ]);
    const audit = await server
      .em()
      .find(AuditLog, { action: 'reclaimCoupons', target: { $in: ids } }, { orderBy: { id: 'asc' } });
    expect(audit.map((r) => [r.target, r.memberId, r.before, (r.after as Record<string, unknown>).amount])).toEqual([
      [ids[0], demoMember('dist-admin').id, { status: 'USABLE', balance: '20.00' }, '20.00'],
      [ids[1], demoMember('dist-admin').id, { status: 'USABLE', balance: yuan(used.balance) }, yuan(used.balance)],
    ]);
    // Still listed, as RECLAIMED.
    const listed = await server.em().find(Coupon, {
      partner: DIST,
      status: CouponStatus.RECLAIMED,
      id: { $in: coupons.map((x) => x.id) },
    });
    expect(listed).toHaveLength(2);
    expect(await checkInvariants(server.orm)).toEqual([]);
  });

  it('refuses coupons that are not USABLE or not the viewer’s, side by side, and changes nothing for them', async () => {
    const q = await ownQuota(DIST, CouponKind.VOUCHER);
    const c = await customerNamed(server, 'yunfan-tech');
    const inactive = await issue({
      quotaId: gid('CouponQuota', q.id),
      customerIds: [gid('SubCustomer', c.id)],
      faceValue: '1.00',
      effectiveTime: new Date(Date.now() + 3 * DAY).toISOString(),
    });
    const inactiveId = inactive.data!.issueCoupons.succeeded[0].coupon.id;
    const pick = async (partner: number, status: CouponStatus) =>
      gid('Coupon', (await server.em().findOneOrFail(Coupon, { partner, status }, { orderBy: { id: 'asc' } })).id);
    const usedUp = await pick(DIST, CouponStatus.USED);
    const expired = await pick(DIST, CouponStatus.EXPIRED);
    const reclaimed = await pick(DIST, CouponStatus.RECLAIMED);
    const foreign = await pick(OTHER_DIST, CouponStatus.USABLE);
    const resellers = await pick(RESELLER1, CouponStatus.USABLE);
    const before = await snapshot();
    const res = await reclaim([
      inactiveId,
      usedUp,
      expired,
      reclaimed,
      foreign,
      resellers,
      usedUp,
      'bm9wZQ',
      gid('Coupon', 999_999),
    ]);
    expect(res.errors).toBeUndefined();
    const payload = res.data!.reclaimCoupons;
    expect(payload.succeeded).toEqual([]);
    expect(payload.quotas).toEqual([]);
    expect(payload.failed.map((e) => [e.field, e.code])).toEqual([
      ['input.couponIds[0]', 'COUPON_NOT_USABLE'],
      ['input.couponIds[1]', 'COUPON_NOT_USABLE'],
      ['input.couponIds[2]', 'COUPON_NOT_USABLE'],
      ['input.couponIds[3]', 'COUPON_NOT_USABLE'],
      ['input.couponIds[4]', 'COUPON_NOT_FOUND'],
      ['input.couponIds[5]', 'COUPON_NOT_FOUND'],
      ['input.couponIds[6]', 'DUPLICATE_COUPON'],
      ['input.couponIds[7]', 'INVALID_ID'],
      ['input.couponIds[8]', 'COUPON_NOT_FOUND'],
    ]);
    expect(payload.failed[4].message).toBe(payload.failed[8].message);
    expect(await snapshot()).toEqual(before);
  });

  it('is FORBIDDEN without coupon:reclaim, refuses empty and oversized batches, and changes nothing', async () => {
    const coupon = await server
      .em()
      .findOneOrFail(Coupon, { partner: DIST, status: CouponStatus.USABLE }, { orderBy: { id: 'desc' } });
    const before = await snapshot();
    for (const login of ['dist-am', 'dist-sa']) {
      const res = await reclaim([gid('Coupon', coupon.id)], login);
      expect(errorCodes(res), login).toEqual(['FORBIDDEN']);
    }
    expect(
      (await reclaim([gid('Coupon', coupon.id)], 'other-dist-admin')).data!.reclaimCoupons.failed.map((e) => e.code),
    ).toEqual(['COUPON_NOT_FOUND']);
    expect(userErrorCodes((await reclaim([])).data!.reclaimCoupons.userErrors)).toEqual(['BATCH_EMPTY']);
    expect(
      userErrorCodes(
        (await reclaim(Array.from({ length: 101 }, () => gid('Coupon', coupon.id)))).data!.reclaimCoupons.userErrors,
      ),
    ).toEqual(['BATCH_TOO_LARGE']);
    expect(await snapshot()).toEqual(before);
  });
});

describe('issueSubQuota', () => {
  it('carves a sub-quota with the parent’s kind and limits, a quota record (10) and an audit row', async () => {
    const parent = await ownQuota(DIST, CouponKind.CASH);
    const before = await snapshot();
    const expireTime = new Date(parent.expireTime.getTime() - 7 * DAY);
    const res = await carve({
      parentQuotaId: gid('CouponQuota', parent.id),
      resellerId: gid('Partner', RESELLER2),
      amount: '1000.50',
      expireTime: expireTime.toISOString(),
      remark: 'Q4 push',
    });
    expect(res.errors).toBeUndefined();
    const payload = res.data!.issueSubQuota;
    expect(payload.userErrors).toEqual([]);
    const record = await server.em().findOneOrFail(QuotaRecord, {
      parentQuota: parent.id,
      operationType: QuotaOperationType.ISSUE,
      remark: 'Q4 push',
    });
    const sub = await quota(record.quota.id);
    expect([
      sub.partner.id,
      sub.kind,
      sub.status,
      sub.quotaValue,
      sub.balance,
      sub.parentQuota?.id,
      sub.cloudServiceTypes,
      sub.productIds,
      sub.effectiveTime.getTime(),
      sub.expireTime.getTime(),
    ]).toEqual([
      RESELLER2,
      parent.kind,
      QuotaStatus.NORMAL,
      100050,
      100050,
      parent.id,
      parent.cloudServiceTypes,
      parent.productIds,
      parent.effectiveTime.getTime(),
      expireTime.getTime(),
    ]);
    expect([record.partner.id, record.reseller.id, record.amount, record.result, record.operator?.id]).toEqual([
      DIST,
      RESELLER2,
      100050,
      OperationResult.SUCCESS,
      demoMember('dist-admin').id,
    ]);
    const freshParent = await quota(parent.id);
    expect(freshParent.balance).toBe(parent.balance - 100050);
    expect(payload).toEqual({
      subQuota: { ...expectedQuota(sub), parentQuota: { id: gid('CouponQuota', parent.id) } },
      parentQuota: expectedQuota(freshParent),
      quotaRecord: expectedQuotaRecord(record),
      userErrors: [],
    });
    const after = await snapshot();
    expect([after.quotas.length, after.quotaRecords, after.audit]).toEqual([
      before.quotas.length + 1,
      before.quotaRecords + 1,
      before.audit + 1,
    ]);
    const audit = await server
      .em()
      .findOneOrFail(AuditLog, { action: 'issueSubQuota', target: gid('CouponQuota', sub.id) });
    expect([audit.partnerId, audit.memberId, audit.before]).toEqual([
      DIST,
      demoMember('dist-admin').id,
      { parentQuota: gid('CouponQuota', parent.id), parentBalance: yuan(parent.balance) },
    ]);
    expect(await checkInvariants(server.orm)).toEqual([]);
  });

  it('refuses bad amounts, amounts over the parent balance, foreign resellers and quotas, unusable parents and validity outside the parent, changing nothing', async () => {
    const parent = await ownQuota(DIST, CouponKind.VOUCHER);
    const base = {
      parentQuotaId: gid('CouponQuota', parent.id),
      resellerId: gid('Partner', RESELLER1),
      amount: '1.00',
    };
    const cases: [Partial<IssueSubQuotaInput>, string, string][] = [
      [{ amount: '0' }, 'input.amount', 'INVALID_AMOUNT'],
      [{ amount: '-5' }, 'input.amount', 'INVALID_AMOUNT'],
      [{ amount: '1.001' }, 'input.amount', 'INVALID_AMOUNT'],
      [{ amount: 'ten' }, 'input.amount', 'INVALID_AMOUNT'],
      [{ amount: '100000000.01' }, 'input.amount', 'AMOUNT_TOO_LARGE'],
      [{ amount: yuan(parent.balance + 1) }, 'input.amount', 'QUOTA_INSUFFICIENT'],
      [{ resellerId: gid('Partner', OTHER_RESELLER) }, 'input.resellerId', 'RESELLER_NOT_FOUND'],
      [{ resellerId: gid('Partner', SP) }, 'input.resellerId', 'RESELLER_NOT_FOUND'],
      [
        { parentQuotaId: gid('CouponQuota', (await ownQuota(OTHER_DIST, CouponKind.VOUCHER)).id) },
        'input.parentQuotaId',
        'QUOTA_NOT_FOUND',
      ],
      [
        { parentQuotaId: gid('CouponQuota', (await ownQuota(DIST, CouponKind.VOUCHER, QuotaStatus.INVALID)).id) },
        'input.parentQuotaId',
        'QUOTA_NOT_USABLE',
      ],
      [
        { parentQuotaId: gid('CouponQuota', (await ownQuota(DIST, CouponKind.VOUCHER, QuotaStatus.NORMAL, true)).id) },
        'input.parentQuotaId',
        'DESIGNATED_CUSTOMER_NOT_OF_RESELLER',
      ],
      [
        { effectiveTime: new Date(parent.effectiveTime.getTime() - DAY).toISOString() },
        'input.effectiveTime',
        'VALIDITY_OUT_OF_RANGE',
      ],
      [
        { expireTime: new Date(parent.expireTime.getTime() + DAY).toISOString() },
        'input.expireTime',
        'VALIDITY_OUT_OF_RANGE',
      ],
      [{ remark: 'r'.repeat(201) }, 'input.remark', 'MEMO_TOO_LONG'],
    ];
    const before = await snapshot();
    for (const [extra, field, code] of cases) {
      const res = await carve({ ...base, ...extra });
      expect(res.errors, JSON.stringify(extra)).toBeUndefined();
      expect(res.data!.issueSubQuota, JSON.stringify(extra)).toMatchObject({
        subQuota: null,
        parentQuota: null,
        quotaRecord: null,
      });
      expect(
        res.data!.issueSubQuota.userErrors.map((e) => [e.field, e.code]),
        JSON.stringify(extra),
      ).toEqual([[field, code]]);
    }
    expect(await snapshot()).toEqual(before);
  });

  it('is FORBIDDEN to non-distributors and to members without reseller:quota, changing nothing', async () => {
    const parent = await ownQuota(DIST, CouponKind.VOUCHER);
    const before = await snapshot();
    for (const login of ['reseller-admin', 'sp-admin', 'dist-am', 'dist-ops']) {
      const res = await carve(
        { parentQuotaId: gid('CouponQuota', parent.id), resellerId: gid('Partner', RESELLER1), amount: '1.00' },
        login,
      );
      expect(errorCodes(res), login).toEqual(['FORBIDDEN']);
    }
    expect(await snapshot()).toEqual(before);
  });
});

describe('reclaimSubQuota', () => {
  it('takes the unused balance back into the parent; the sub-quota becomes RECLAIMED; quota record (11) and audit', async () => {
    const parent = await ownQuota(DIST, CouponKind.VOUCHER);
    const carved = await carve({
      parentQuotaId: gid('CouponQuota', parent.id),
      resellerId: gid('Partner', RESELLER1),
      amount: '300.00',
    });
    const subId = carved.data!.issueSubQuota.subQuota!.id;
    // The reseller issues 120.00 of it first: that part stays with its customer.
    const [c] = await resaleCustomers(server, RESELLER1, 1);
    const issued = await issue(
      { quotaId: subId, customerIds: [gid('SubCustomer', c.id)], faceValue: '120.00' },
      'reseller-admin',
    );
    expect(issued.data!.issueCoupons.succeeded).toHaveLength(1);
    const parentBefore = (await quota(parent.id)).balance;
    const before = await snapshot();
    const res = await takeBack(subId, 'dist-admin', 'season over');
    expect(res.errors).toBeUndefined();
    const payload = res.data!.reclaimSubQuota;
    expect(payload.userErrors).toEqual([]);
    const sub = await server.em().findOneOrFail(CouponQuota, { quotaId: carved.data!.issueSubQuota.subQuota!.quotaId });
    expect([sub.status, sub.balance, sub.quotaValue]).toEqual([QuotaStatus.RECLAIMED, 0, 30000]);
    const freshParent = await quota(parent.id);
    expect(freshParent.balance).toBe(parentBefore + 18000);
    const record = await server
      .em()
      .findOneOrFail(QuotaRecord, { quota: sub.id, operationType: QuotaOperationType.RECLAIM });
    expect([
      record.amount,
      record.remark,
      record.reseller.id,
      record.partner.id,
      record.operator?.id,
      record.result,
    ]).toEqual([18000, 'season over', RESELLER1, DIST, demoMember('dist-admin').id, OperationResult.SUCCESS]);
    expect(payload).toEqual({
      subQuota: expectedQuota(sub),
      parentQuota: expectedQuota(freshParent),
      quotaRecord: expectedQuotaRecord(record),
      userErrors: [],
    });
    const after = await snapshot();
    expect([after.quotaRecords, after.audit]).toEqual([before.quotaRecords + 1, before.audit + 1]);
    const audit = await server.em().findOneOrFail(AuditLog, { action: 'reclaimSubQuota', target: subId });
    expect(audit.before).toEqual({ status: 'NORMAL', balance: '180.00' });
    expect(audit.after).toMatchObject({ status: 'RECLAIMED', balance: '0.00', returned: '180.00' });
    // Nothing more can be issued from it.
    const more = await issue(
      { quotaId: subId, customerIds: [gid('SubCustomer', c.id)], faceValue: '1.00' },
      'reseller-admin',
    );
    expect(userErrorCodes(more.data!.issueCoupons.userErrors)).toEqual(['QUOTA_NOT_USABLE']);
    expect(await checkInvariants(server.orm)).toEqual([]);
  });

  it('refuses sub-quotas that are not NORMAL, quotas that are not sub-quotas of its resellers, and non-distributors; nothing changes', async () => {
    const seededReclaimed = await server.em().findOneOrFail(CouponQuota, {
      partner: RESELLER1,
      status: QuotaStatus.RECLAIMED,
    });
    const invalid = await server.em().findOneOrFail(CouponQuota, {
      partner: RESELLER2,
      status: QuotaStatus.INVALID,
      parentQuota: { $ne: null },
    });
    const own = await ownQuota(DIST, CouponKind.VOUCHER);
    const foreignSub = await server.em().findOneOrFail(CouponQuota, {
      partner: OTHER_RESELLER,
      status: QuotaStatus.NORMAL,
      parentQuota: { $ne: null },
    });
    const normalSub = await server
      .em()
      .findOneOrFail(
        CouponQuota,
        { partner: RESELLER1, status: QuotaStatus.NORMAL, parentQuota: { $ne: null } },
        { orderBy: { id: 'asc' } },
      );
    const before = await snapshot();
    const cases: [number, string][] = [
      [seededReclaimed.id, 'QUOTA_NOT_RECLAIMABLE'],
      [invalid.id, 'QUOTA_NOT_RECLAIMABLE'],
      [own.id, 'QUOTA_NOT_FOUND'],
      [foreignSub.id, 'QUOTA_NOT_FOUND'],
      [999_999, 'QUOTA_NOT_FOUND'],
    ];
    for (const [id, code] of cases) {
      const res = await takeBack(gid('CouponQuota', id));
      expect(
        res.data!.reclaimSubQuota.userErrors.map((e) => [e.field, e.code]),
        String(id),
      ).toEqual([['input.quotaId', code]]);
    }
    expect(userErrorCodes((await takeBack('bm9wZQ')).data!.reclaimSubQuota.userErrors)).toEqual(['QUOTA_NOT_FOUND']);
    for (const login of ['reseller-admin', 'dist-am', 'sp-admin']) {
      expect(errorCodes(await takeBack(gid('CouponQuota', normalSub.id), login)), login).toEqual(['FORBIDDEN']);
    }
    expect(
      userErrorCodes(
        (await takeBack(gid('CouponQuota', normalSub.id), 'other-dist-admin')).data!.reclaimSubQuota.userErrors,
      ),
    ).toEqual(['QUOTA_NOT_FOUND']);
    expect(await snapshot()).toEqual(before);
  });
});

describe('idempotency', () => {
  it('replays the first answer for a retried key and refuses the key with another input', async () => {
    const parent = await ownQuota(DIST, CouponKind.VOUCHER);
    const key = `sub-quota-${Date.now()}`;
    const input = {
      parentQuotaId: gid('CouponQuota', parent.id),
      resellerId: gid('Partner', RESELLER1),
      amount: '10.00',
      idempotencyKey: key,
    };
    const first = await carve(input);
    expect(first.data!.issueSubQuota.userErrors).toEqual([]);
    const before = await snapshot();
    const again = await carve(input);
    expect(again.data).toEqual(first.data);
    expect(await snapshot()).toEqual(before);
    const other = await carve({ ...input, amount: '11.00' });
    expect(other.data!.issueSubQuota).toMatchObject({ subQuota: null, quotaRecord: null });
    expect(other.data!.issueSubQuota.userErrors.map((e) => [e.field, e.code])).toEqual([
      ['input.idempotencyKey', 'IDEMPOTENCY_KEY_REUSED'],
    ]);
    expect(await snapshot()).toEqual(before);
  });
});
