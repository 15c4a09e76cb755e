/**
 * The partner's side of the association workflows through HTTP: unbindCustomer (now a request the
 * customer answers: unbind-requests.test.ts), switchAssociationType, their rules and refusals, and
 * concurrent changes of one customer. The customer's side: unbind-requests.test.ts,
 * customer-unbind-requests.test.ts, customer-authorization.test.ts.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import {
  AssocRequestVerificationCodeDocument,
  AssocSwitchAssociationTypeDocument,
  AssocUnbindCustomerDocument,
  AssocUpdatePartnerSettingsDocument,
} from '../generated/graphql';
import { checkInvariants, demoMember, demoPartner } from '../../seeds';
import { CouponOperationType } from '../../src/modules/coupon/coupon.enums';
import { SubCustomer } from '../../src/modules/customer/customer.entity';
import { AssociationType, FrozenState } from '../../src/modules/customer/customer.enums';
import {
  associationRows,
  customerAsksUnbind,
  expectBeunbind,
  expectReclaimed,
  freeCustomer,
  quotaBalances,
  recentlyChanged,
  usableCouponsOf,
} from '../support/association';
import { useTestServer } from '../support/server';
import { gid } from '../support/ids';
import { DIST, OTHER_DIST } from '../support/demo';
import { DAY } from '../support/time';
import { errorCodes, userErrorCodes } from '../support/graphql';
import { yuan } from '../support/money';
import { cash, customerNamed, lastAudit, sentVerificationCode } from '../support/rows';

const server = useTestServer();
let admin: string;
beforeAll(async () => {
  admin = await server.signIn('dist-admin');
});

const rowCounts = () => associationRows(server);

describe('unbindCustomer (解除关联: a request the customer answers)', () => {
  it('makes a PENDING request of the partner (7 days), moves nothing, and replays a retry with the same key', async () => {
    const customer = await freeCustomer(server, {
      partner: DIST,
      associationType: AssociationType.RESALE,
      balance: { $gt: 0 },
    });
    const before = { cash: await cash(server, DIST), ...(await rowCounts()) };
    const input = {
      customerId: gid('SubCustomer', customer.id),
      reason: '合作到期',
      idempotencyKey: `unbind-${customer.id}`,
    };
    const first = await server.execute(AssocUnbindCustomerDocument, { input }, admin);
    expect(first.errors).toBeUndefined();
    const payload = first.data!.unbindCustomer;
    expect(payload.userErrors).toEqual([]);
    expect(payload.event).toMatchObject({
      eventType: 'UNBIND',
      initiator: 'PARTNER',
      status: 'PENDING',
      reason: '合作到期',
      fromType: 'RESALE',
      toType: null,
      handledAt: null,
      handledBy: null,
    });
    expect(Date.parse(payload.event!.expiresAt!) - Date.parse(payload.event!.createdAt)).toBe(7 * DAY);
    expect(Math.abs(Date.parse(payload.event!.createdAt) - Date.now())).toBeLessThan(60_000);
    expect(payload.customer).toMatchObject({
      associationType: 'RESALE',
      balance: { amount: { amount: yuan(customer.balance) } },
    });
    expect([payload.adjustRecord, payload.reclaimedCoupons]).toEqual([null, []]);
    const replay = await server.execute(AssocUnbindCustomerDocument, { input }, admin);
    expect(replay.data).toEqual(first.data);
    expect({ cash: await cash(server, DIST), ...(await rowCounts()) }).toEqual({
      ...before,
      events: before.events + 1,
      audit: before.audit + 1,
    });
    expect(await lastAudit(server, 'unbindCustomer')).toMatchObject({
      partnerId: DIST,
      memberId: demoMember('dist-admin').id,
      actor: `member:${demoMember('dist-admin').id}`,
      target: gid('SubCustomer', customer.id),
    });
    // While it waits, no second request (a new key) and no switch.
    const second = await server.execute(
      AssocUnbindCustomerDocument,
      { input: { customerId: input.customerId } },
      admin,
    );
    expect(second.data!.unbindCustomer.userErrors.map((u) => [u.code, u.field])).toEqual([
      ['UNBIND_REQUEST_PENDING', 'input.customerId'],
    ]);
    const switchIt = await server.execute(
      AssocSwitchAssociationTypeDocument,
      { input: { customerId: input.customerId, toType: 'ADVISORY' } },
      admin,
    );
    expect(userErrorCodes(switchIt.data!.switchAssociationType.userErrors)).toEqual(['UNBIND_REQUEST_PENDING']);
    expect(await checkInvariants(server.orm)).toEqual([]);
  });

  it('is refused to members without customer:association and to customers (FORBIDDEN), and for customers that are not yours (CUSTOMER_NOT_FOUND); nothing changes', async () => {
    const own = await freeCustomer(server, { partner: DIST, associationType: AssociationType.RESALE });
    const foreign = await customerNamed(server, 'woodgrove-finance');
    const resellers = await customerNamed(server, 'qinghe-health');
    const before = await rowCounts();
    for (const login of ['dist-ops', 'dist-am', 'dist-ams', 'dist-sa']) {
      const res = await server.execute(
        AssocUnbindCustomerDocument,
        { input: { customerId: gid('SubCustomer', own.id) } },
        await server.signIn(login),
      );
      expect(errorCodes(res), login).toEqual(['FORBIDDEN']);
      expect(res.data ?? null).toBeNull();
    }
    // The customer itself asks with requestUnbind; the partner's mutations are not its.
    const asCustomer = await server.signIn(own.accountName, undefined, 'CUSTOMER');
    for (const [doc, input] of [
      [AssocUnbindCustomerDocument, { customerId: gid('SubCustomer', own.id) }],
      [AssocSwitchAssociationTypeDocument, { customerId: gid('SubCustomer', own.id), toType: 'ADVISORY' }],
    ] as const)
      expect(errorCodes(await server.execute(doc as never, { input } as never, asCustomer))).toEqual(['FORBIDDEN']);
    for (const other of [foreign, resellers]) {
      const res = await server.execute(
        AssocUnbindCustomerDocument,
        { input: { customerId: gid('SubCustomer', other.id) } },
        admin,
      );
      expect(res.data!.unbindCustomer.userErrors).toEqual([
        {
          code: 'CUSTOMER_NOT_FOUND',
          field: 'input.customerId',
          message: 'No customer with that id is visible to you.',
        },
      ]);
      expect(res.data!.unbindCustomer.customer).toBeNull();
    }
    // The other partner's own administrator may not reach the demo distributor's customer either.
    const cross = await server.execute(
      AssocUnbindCustomerDocument,
      { input: { customerId: gid('SubCustomer', own.id) } },
      await server.signIn('other-dist-admin'),
    );
    expect(userErrorCodes(cross.data!.unbindCustomer.userErrors)).toEqual(['CUSTOMER_NOT_FOUND']);
    expect(await rowCounts()).toEqual(before);
    expect((await server.em().findOneOrFail(SubCustomer, own.id)).balance).toBe(own.balance);
  });

  it('refuses malformed input: a non-SubCustomer id (BAD_USER_INPUT) and an over-long reason (REASON_TOO_LONG)', async () => {
    const own = await freeCustomer(server, { partner: DIST });
    const before = await rowCounts();
    const bad = await server.execute(
      AssocUnbindCustomerDocument,
      { input: { customerId: gid('Partner', DIST) } },
      admin,
    );
    expect(errorCodes(bad)).toEqual(['BAD_USER_INPUT']);
    const junk = await server.execute(AssocUnbindCustomerDocument, { input: { customerId: 'not-an-id' } }, admin);
    expect(errorCodes(junk)).toEqual(['BAD_USER_INPUT']);
    const long = await server.execute(
      AssocUnbindCustomerDocument,
      { input: { customerId: gid('SubCustomer', own.id), reason: 'x'.repeat(201) } },
      admin,
    );
    expect(long.data!.unbindCustomer.userErrors).toEqual([
      { code: 'REASON_TOO_LONG', field: 'input.reason', message: 'reason is longer than 200 characters.' },
    ]);
    const missing = await server.execute(
      'mutation { unbindCustomer(input: {}) { userErrors { code } } }',
      undefined,
      admin,
    );
    expect(missing.errors?.length).toBeGreaterThan(0);
    expect(await rowCounts()).toEqual(before);
  });

  it('is refused while the customer has debt or is frozen, and while the customer’s own request waits (UNBIND_REQUEST_PENDING)', async () => {
    const debtor = await customerNamed(server, 'jinhua-retail');
    expect(debtor.debtAmount).toBeGreaterThan(0);
    const recent = await recentlyChanged(server);
    const frozen = (
      await server
        .em()
        .find(
          SubCustomer,
          { partner: DIST, debtAmount: 0, isFrozen: { $ne: FrozenState.NOT_FROZEN } },
          { orderBy: { id: 'asc' } },
        )
    ).find((c) => !recent.has(c.id))!;
    expect(frozen).toBeDefined();
    const asker = await freeCustomer(server, { partner: DIST, associationType: AssociationType.ADVISORY });
    expect((await customerAsksUnbind(server, asker.accountName, '更换服务商')).userErrors).toEqual([]);

    const before = await rowCounts();
    const attempt = async (c: SubCustomer) => {
      const res = await server.execute(
        AssocUnbindCustomerDocument,
        { input: { customerId: gid('SubCustomer', c.id) } },
        admin,
      );
      return res.data!.unbindCustomer.userErrors.map((u) => [u.code, u.field]);
    };
    expect(await attempt(debtor)).toEqual([['CUSTOMER_IN_DEBT', 'input.customerId']]);
    expect(await attempt(frozen)).toEqual([['CUSTOMER_FROZEN', 'input.customerId']]);
    expect(await attempt(asker)).toEqual([['UNBIND_REQUEST_PENDING', 'input.customerId']]);
    expect(await rowCounts()).toEqual(before);
  });

  it('is refused for a FROZEN or RESTRICTED partner', async () => {
    for (const [login, key, code] of [
      ['frozen-reseller-admin', 'frozen-reseller', 'PARTNER_FROZEN'],
      ['restricted-reseller-admin', 'restricted-reseller', 'PARTNER_RESTRICTED'],
    ] as const) {
      const customer = await freeCustomer(server, { partner: demoPartner(key).id });
      const before = await rowCounts();
      const res = await server.execute(
        AssocUnbindCustomerDocument,
        { input: { customerId: gid('SubCustomer', customer.id) } },
        await server.signIn(login),
      );
      expect(userErrorCodes(res.data!.unbindCustomer.userErrors)).toEqual([code]);
      expect(await rowCounts()).toEqual(before);
    }
  });
});

describe('switchAssociationType (切换关联类型)', () => {
  it('switches RESALE → ADVISORY: coupons reclaimed (type 8), balance back (BEUNBIND); a second switch right after is ASSOCIATION_CHANGE_TOO_SOON', async () => {
    const customer = await customerNamed(server, 'yunfan-tech');
    expect(customer.associationType).toBe(AssociationType.RESALE);
    expect(customer.balance).toBeGreaterThan(0);
    const coupons = await usableCouponsOf(server, DIST, customer.id);
    expect(coupons.length).toBeGreaterThan(0);
    const quotas = await quotaBalances(
      server,
      coupons.map((c) => c.quota.id),
    );
    const before = { cash: await cash(server, DIST), ...(await rowCounts()) };

    const res = await server.execute(
      AssocSwitchAssociationTypeDocument,
      { input: { customerId: gid('SubCustomer', customer.id), toType: 'ADVISORY', reason: '客户转为直签' } },
      admin,
    );
    expect(res.errors).toBeUndefined();
    const payload = res.data!.switchAssociationType;
    expect(payload.userErrors).toEqual([]);
    expect(payload.event).toMatchObject({
      eventType: 'SWITCH_TYPE',
      initiator: 'PARTNER',
      status: 'COMPLETED',
      reason: '客户转为直签',
      fromType: 'RESALE',
      toType: 'ADVISORY',
    });
    // ADVISORY customers show no balance; the order authorization is untouched by a switch.
    expect(payload.customer).toMatchObject({
      associationType: 'ADVISORY',
      balance: null,
      orderAuthorization: { status: 'GRANTED' },
    });
    expect(payload.reclaimedCoupons.map((c) => c.id)).toEqual(coupons.map((c) => gid('Coupon', c.id)));
    expect(payload.adjustRecord).toMatchObject({
      operationType: 'BEUNBIND',
      amount: { amount: yuan(customer.balance) },
      memo: '切换关联类型，余额退回',
    });
    await expectReclaimed(server, coupons, quotas, CouponOperationType.SWITCH_RECLAIM);
    await expectBeunbind(server, payload.adjustRecord!.transId, DIST, customer.id, customer.balance);
    const stored = await server.em().findOneOrFail(SubCustomer, customer.id);
    expect([stored.associationType, stored.balance, stored.partner.id]).toEqual([AssociationType.ADVISORY, 0, DIST]);
    expect(await cash(server, DIST)).toBe(before.cash + customer.balance);
    const after = await rowCounts();
    expect(after).toMatchObject({
      events: before.events + 1,
      couponRecords: before.couponRecords + coupons.length,
      adjust: before.adjust + 1,
      ledger: before.ledger + 2,
      audit: before.audit + 1,
      resale: before.resale - 1,
    });
    expect((await lastAudit(server, 'switchAssociationType')).after).toMatchObject({
      associationType: 'ADVISORY',
      returnedBalance: yuan(customer.balance),
    });
    expect(await checkInvariants(server.orm)).toEqual([]);

    const second = await server.execute(
      AssocSwitchAssociationTypeDocument,
      { input: { customerId: gid('SubCustomer', customer.id), toType: 'RESALE' } },
      admin,
    );
    expect(userErrorCodes(second.data!.switchAssociationType.userErrors)).toEqual(['ASSOCIATION_CHANGE_TOO_SOON']);
    expect(second.data!.switchAssociationType.userErrors[0].message).toMatch(/possible again from \d{4}-\d{2}-\d{2}/);
    const unbind = await server.execute(
      AssocUnbindCustomerDocument,
      { input: { customerId: gid('SubCustomer', customer.id) } },
      admin,
    );
    expect(userErrorCodes(unbind.data!.unbindCustomer.userErrors)).toEqual(['ASSOCIATION_CHANGE_TOO_SOON']);
    expect(await rowCounts()).toEqual(after);
  });

  it('switches ADVISORY → RESALE without money or coupons; the same type is ALREADY_THIS_TYPE', async () => {
    const customer = await freeCustomer(server, { partner: DIST, associationType: AssociationType.ADVISORY });
    const same = await server.execute(
      AssocSwitchAssociationTypeDocument,
      { input: { customerId: gid('SubCustomer', customer.id), toType: 'ADVISORY' } },
      admin,
    );
    expect(same.data!.switchAssociationType.userErrors.map((u) => [u.code, u.field])).toEqual([
      ['ALREADY_THIS_TYPE', 'input.toType'],
    ]);
    const before = await rowCounts();
    const res = await server.execute(
      AssocSwitchAssociationTypeDocument,
      { input: { customerId: gid('SubCustomer', customer.id), toType: 'RESALE' } },
      admin,
    );
    const payload = res.data!.switchAssociationType;
    expect(payload.userErrors).toEqual([]);
    expect(payload.event).toMatchObject({ eventType: 'SWITCH_TYPE', fromType: 'ADVISORY', toType: 'RESALE' });
    expect(payload.customer).toMatchObject({
      associationType: 'RESALE',
      balance: { amount: { amount: '0.00' }, debtAmount: { amount: '0.00' } },
    });
    expect([payload.adjustRecord, payload.reclaimedCoupons]).toEqual([null, []]);
    expect(await rowCounts()).toEqual({
      ...before,
      events: before.events + 1,
      audit: before.audit + 1,
      resale: before.resale + 1,
    });
    expect(await checkInvariants(server.orm)).toEqual([]);
  });

  it('is refused to non-administrators, for foreign customers and for a bad toType; nothing changes', async () => {
    const own = await freeCustomer(server, { partner: DIST, associationType: AssociationType.RESALE });
    const before = await rowCounts();
    for (const login of ['dist-ops', 'dist-am']) {
      const res = await server.execute(
        AssocSwitchAssociationTypeDocument,
        { input: { customerId: gid('SubCustomer', own.id), toType: 'ADVISORY' } },
        await server.signIn(login),
      );
      expect(errorCodes(res), login).toEqual(['FORBIDDEN']);
    }
    const foreign = await freeCustomer(server, { partner: OTHER_DIST, associationType: AssociationType.RESALE });
    const res = await server.execute(
      AssocSwitchAssociationTypeDocument,
      { input: { customerId: gid('SubCustomer', foreign.id), toType: 'ADVISORY' } },
      admin,
    );
    expect(userErrorCodes(res.data!.switchAssociationType.userErrors)).toEqual(['CUSTOMER_NOT_FOUND']);
    const badType = await server.execute(
      AssocSwitchAssociationTypeDocument,
      { input: { customerId: gid('SubCustomer', own.id), toType: 'REFERRAL' as never } },
      admin,
    );
    expect(badType.errors?.length).toBeGreaterThan(0);
    expect(await rowCounts()).toEqual(before);
  });

  it('needs a verification code when verification is on (SWITCH_ASSOCIATION_TYPE)', async () => {
    const customer = await freeCustomer(server, { partner: DIST, associationType: AssociationType.ADVISORY });
    const on = await server.execute(
      AssocUpdatePartnerSettingsDocument,
      { input: { verificationEnabled: true } },
      admin,
    );
    expect(on.data!.updatePartnerSettings.userErrors).toEqual([]);
    try {
      const switchIt = (verificationCode?: string) =>
        server.execute(
          AssocSwitchAssociationTypeDocument,
          { input: { customerId: gid('SubCustomer', customer.id), toType: 'RESALE', verificationCode } },
          admin,
        );
      const before = await rowCounts();
      expect(userErrorCodes((await switchIt()).data!.switchAssociationType.userErrors)).toEqual([
        'VERIFICATION_REQUIRED',
      ]);
      expect(await rowCounts()).toEqual(before);
      const sent = await server.execute(
        AssocRequestVerificationCodeDocument,
        { input: { operation: 'SWITCH_ASSOCIATION_TYPE' } },
        admin,
      );
      expect(sent.data!.requestVerificationCode.userErrors).toEqual([]);
      const code = await sentVerificationCode(server, 'dist-admin', /code for SWITCH_ASSOCIATION_TYPE is (\d{6})/);
      const ok = await switchIt(code);
      expect(ok.data!.switchAssociationType.userErrors).toEqual([]);
      expect(ok.data!.switchAssociationType.customer!.associationType).toBe('RESALE');
    } finally {
      await server.execute(AssocUpdatePartnerSettingsDocument, { input: { verificationEnabled: false } }, admin);
    }
  });
});

describe('concurrent association changes of one customer', () => {
  it('lets exactly one of several parallel unbind requests and switches take effect; money and coupons move at most once', async () => {
    const customer = await freeCustomer(
      server,
      { partner: DIST, associationType: AssociationType.RESALE, balance: { $gt: 0 } },
      async (c) => (await usableCouponsOf(server, DIST, c.id)).length > 0,
    );
    const coupons = await usableCouponsOf(server, DIST, customer.id);
    const before = { cash: await cash(server, DIST), counts: await rowCounts() };
    const id = gid('SubCustomer', customer.id);
    const results = await Promise.all([
      ...Array.from({ length: 4 }, () =>
        server
          .execute(AssocUnbindCustomerDocument, { input: { customerId: id } }, admin)
          .then((r) => r.data?.unbindCustomer),
      ),
      ...Array.from({ length: 2 }, () =>
        server
          .execute(AssocSwitchAssociationTypeDocument, { input: { customerId: id, toType: 'ADVISORY' } }, admin)
          .then((r) => r.data?.switchAssociationType),
      ),
    ]);
    expect(results.every((r) => r != null)).toBe(true);
    const succeeded = results.filter((r) => r!.userErrors.length === 0);
    expect(succeeded).toHaveLength(1);
    // Either the request was made first (the rest wait on it) or a switch was (the rest are too soon).
    for (const r of results.filter((x) => x!.userErrors.length > 0))
      expect(['UNBIND_REQUEST_PENDING', 'ASSOCIATION_CHANGE_TOO_SOON']).toContain(r!.userErrors[0].code);
    const switched = succeeded[0]!.event!.eventType === 'SWITCH_TYPE';
    expect(await rowCounts()).toMatchObject({
      events: before.counts.events + 1,
      adjust: before.counts.adjust + (switched ? 1 : 0),
      ledger: before.counts.ledger + (switched ? 2 : 0),
      couponRecords: before.counts.couponRecords + (switched ? coupons.length : 0),
    });
    expect(await cash(server, DIST)).toBe(before.cash + (switched ? customer.balance : 0));
    expect(await checkInvariants(server.orm)).toEqual([]);
  });
});
