import type { FilterQuery } from '@mikro-orm/core';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  AssocGrantOrderAuthorizationDocument,
  AssocHandleUnbindRequestDocument,
  AssocRequestVerificationCodeDocument,
  AssocRevokeOrderAuthorizationDocument,
  AssocSwitchAssociationTypeDocument,
  AssocUnbindCustomerDocument,
  AssocUpdatePartnerSettingsDocument,
} from '../generated/graphql';
import { DEMO_CUSTOMERS, checkInvariants, demoMember, demoPartner } from '../../seeds';
import { AuditLog } from '../../src/modules/audit/audit.entity';
import { AssociationEvent, OrderAuthorization } from '../../src/modules/association/association.entity';
import {
  AssociationEventStatus,
  AssociationEventType,
  AssociationInitiator,
  OrderAuthorizationStatus,
} from '../../src/modules/association/association.enums';
import { Coupon, CouponQuota, CouponRecord } from '../../src/modules/coupon/coupon.entity';
import { CouponOperationType, CouponStatus } from '../../src/modules/coupon/coupon.enums';
import { SubCustomer } from '../../src/modules/customer/customer.entity';
import { AssociationType, FrozenState } from '../../src/modules/customer/customer.enums';
import { AccountChangeRecord, AdjustRecord } from '../../src/modules/funds/funds.entity';
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

/** Everything the association mutations can write; refused calls must leave it as it was. */
async function rowCounts() {
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
  };
}

/** Customers with an unbind or switch event (any status, any partner) in the last 3 months (and a margin). */
async function recentlyChanged(): Promise<Set<number>> {
  const rows = await server.em().find(AssociationEvent, {
    eventType: { $ne: AssociationEventType.ASSOCIATE },
    createdAt: { $gt: new Date(Date.now() - 95 * DAY) },
  });
  return new Set(rows.map((r) => r.customer.id));
}

const SHOWCASE = new Set(DEMO_CUSTOMERS.map((c) => c.accountName));

/**
 * A customer of `where` that no association rule blocks: no recent change, no debt, not frozen, no
 * INACTIVE coupon. Showcase customers are left to the tests that name them.
 */
async function freeCustomer(
  where: FilterQuery<SubCustomer>,
  extra: (c: SubCustomer) => Promise<boolean> | boolean = () => true,
  skip: number[] = [],
): Promise<SubCustomer> {
  const recent = await recentlyChanged();
  const inactive = new Set(
    (await server.em().find(Coupon, { status: CouponStatus.INACTIVE })).map((c) => c.customer.id),
  );
  const candidates = await server
    .em()
    .find(
      SubCustomer,
      { $and: [where, { debtAmount: 0, isFrozen: FrozenState.NOT_FROZEN }] } as FilterQuery<SubCustomer>,
      { orderBy: { id: 'asc' } },
    );
  for (const c of candidates) {
    if (recent.has(c.id) || inactive.has(c.id) || skip.includes(c.id) || SHOWCASE.has(c.accountName)) continue;
    if (await extra(c)) return c;
  }
  throw new Error(`no free customer for ${JSON.stringify(where)}`);
}

async function usableCouponsOf(partnerId: number, customerId: number) {
  return server
    .em()
    .find(
      Coupon,
      { partner: partnerId, customer: customerId, status: CouponStatus.USABLE },
      { orderBy: { id: 'asc' } },
    );
}

async function quotaBalances(ids: number[]) {
  return new Map((await server.em().find(CouponQuota, { id: { $in: ids } })).map((q) => [q.id, q.balance]));
}

/** Checks that every reclaimed coupon got one SUCCESS record of `type` and gave its balance back to its quota. */
async function expectReclaimed(before: Coupon[], quotasBefore: Map<number, number>, type: CouponOperationType) {
  const after = await server.em().find(Coupon, { id: { $in: before.map((c) => c.id) } }, { orderBy: { id: 'asc' } });
  expect(after.map((c) => [c.id, c.status, c.balance])).toEqual(before.map((c) => [c.id, CouponStatus.RECLAIMED, 0]));
  const records = await server
    .em()
    .find(
      CouponRecord,
      { coupon: { $in: before.map((c) => c.id) }, operationType: { $ne: CouponOperationType.ISSUE } },
      { orderBy: { id: 'asc' } },
    );
  expect(records.map((r) => [r.coupon.id, r.operationType, r.amount, r.result])).toEqual(
    before.map((c) => [c.id, type, c.balance, 'SUCCESS']),
  );
  const returned = new Map<number, number>();
  for (const c of before) returned.set(c.quota.id, (returned.get(c.quota.id) ?? 0) + c.balance);
  const quotasAfter = await quotaBalances([...returned.keys()]);
  for (const [quota, amount] of returned) expect(quotasAfter.get(quota)).toBe(quotasBefore.get(quota)! + amount);
}

async function expectBeunbind(transId: string, partnerId: number, customerId: number, amount: number) {
  const ledger = await server.em().find(AccountChangeRecord, { tradeId: transId }, { orderBy: { id: 'asc' } });
  expect(ledger.map((l) => [l.ownerType, l.partner.id, l.customer?.id ?? null, l.tradeType, l.amount])).toEqual([
    ['PARTNER', partnerId, null, 'UNBIND_RETURN_IN', amount],
    ['CUSTOMER', partnerId, customerId, 'UNBIND_RETURN_OUT', -amount],
  ]);
}

describe('unbindCustomer (解除关联)', () => {
  it('ends the association: coupons reclaimed (type 3), balance back (BEUNBIND), authorization revoked, event and audit, in one go', async () => {
    const customer = await customerNamed(server, 'tianyi-logistics');
    expect(customer.associationType).toBe(AssociationType.RESALE);
    expect(customer.balance).toBeGreaterThan(0);
    const coupons = await usableCouponsOf(DIST, customer.id);
    expect(coupons.length).toBeGreaterThan(0);
    const quotas = await quotaBalances(coupons.map((c) => c.quota.id));
    const before = { cash: await cash(server, DIST), ...(await rowCounts()) };

    const res = await server.execute(
      AssocUnbindCustomerDocument,
      { input: { customerId: gid('SubCustomer', customer.id), reason: '  客户业务调整  ' } },
      admin,
    );
    expect(res.errors).toBeUndefined();
    const payload = res.data!.unbindCustomer;
    expect(payload.userErrors).toEqual([]);
    const event = await server
      .em()
      .findOneOrFail(AssociationEvent, { customer: customer.id }, { orderBy: { id: 'desc' } });
    expect(payload.event).toEqual({
      id: gid('AssociationEvent', event.id),
      eventType: 'UNBIND',
      initiator: 'PARTNER',
      status: 'COMPLETED',
      reason: '客户业务调整',
      fromType: 'RESALE',
      toType: null,
      handledAt: event.handledAt!.toISOString(),
      handledBy: { id: gid('Member', demoMember('dist-admin').id), loginName: 'dist-admin' },
      customer: { id: gid('SubCustomer', customer.id) },
    });
    expect(event.partner.id).toBe(DIST);
    expect(payload.customer).toEqual({
      id: gid('SubCustomer', customer.id),
      accountName: 'tianyi-logistics',
      associationType: 'RESALE',
      partner: { id: gid('Partner', DIST) },
      balance: { amount: { amount: '0.00' }, debtAmount: { amount: '0.00' } },
      orderAuthorization: { status: 'REVOKED' },
    });
    expect(payload.reclaimedCoupons).toEqual(
      coupons.map((c) => ({ id: gid('Coupon', c.id), status: 'RECLAIMED', balance: { amount: '0.00' } })),
    );
    expect(payload.adjustRecord).toMatchObject({
      operationType: 'BEUNBIND',
      amount: { amount: yuan(customer.balance) },
      memo: '解除关联，余额退回',
    });
    expect(payload.partner!.balance!.amount.amount).toBe(yuan(before.cash + customer.balance));

    await expectReclaimed(coupons, quotas, CouponOperationType.UNBIND_RECLAIM);
    await expectBeunbind(payload.adjustRecord!.transId, DIST, customer.id, customer.balance);
    const stored = await server.em().findOneOrFail(SubCustomer, customer.id);
    expect([stored.partner.id, stored.balance, stored.associationType]).toEqual([DIST, 0, AssociationType.RESALE]);
    expect(await cash(server, DIST)).toBe(before.cash + customer.balance);
    const auth = await server.em().find(OrderAuthorization, { customer: customer.id });
    expect(auth.every((a) => a.status === OrderAuthorizationStatus.REVOKED && a.revokedAt != null)).toBe(true);
    const { cash: _cash, ...beforeCounts } = before;
    expect(await rowCounts()).toEqual({
      ...beforeCounts,
      events: before.events + 1,
      couponRecords: before.couponRecords + coupons.length,
      usableCoupons: before.usableCoupons - coupons.length,
      adjust: before.adjust + 1,
      ledger: before.ledger + 2,
      audit: before.audit + 1,
      grantedAuthorizations: before.grantedAuthorizations - 1,
    });
    const audit = await lastAudit(server, 'unbindCustomer');
    expect(audit).toMatchObject({
      partnerId: DIST,
      memberId: demoMember('dist-admin').id,
      target: gid('SubCustomer', customer.id),
    });
    expect(audit.after).toMatchObject({
      associated: false,
      returnedBalance: yuan(customer.balance),
      revokedOrderAuthorizations: 1,
    });
    expect(await checkInvariants(server.orm)).toEqual([]);

    // Unbound now: no further association change, no new authorization.
    const counts = await rowCounts();
    const again = await server.execute(
      AssocUnbindCustomerDocument,
      { input: { customerId: gid('SubCustomer', customer.id) } },
      admin,
    );
    expect(userErrorCodes(again.data!.unbindCustomer.userErrors)).toEqual(['CUSTOMER_NOT_ASSOCIATED']);
    const grant = await server.execute(
      AssocGrantOrderAuthorizationDocument,
      { input: { customerId: gid('SubCustomer', customer.id) } },
      admin,
    );
    expect(userErrorCodes(grant.data!.grantOrderAuthorization.userErrors)).toEqual(['CUSTOMER_NOT_ASSOCIATED']);
    expect(await rowCounts()).toEqual(counts);
  });

  it('unbinds an ADVISORY customer without moving money, and replays a retry with the same key', async () => {
    const customer = await freeCustomer({ partner: DIST, associationType: AssociationType.ADVISORY });
    const before = await rowCounts();
    const input = { customerId: gid('SubCustomer', customer.id), idempotencyKey: `unbind-${customer.id}` };
    const first = await server.execute(AssocUnbindCustomerDocument, { input }, admin);
    expect(first.data!.unbindCustomer.userErrors).toEqual([]);
    expect(first.data!.unbindCustomer.adjustRecord).toBeNull();
    expect(first.data!.unbindCustomer.reclaimedCoupons).toEqual([]);
    expect(first.data!.unbindCustomer.event).toMatchObject({
      eventType: 'UNBIND',
      fromType: 'ADVISORY',
      status: 'COMPLETED',
    });
    const replay = await server.execute(AssocUnbindCustomerDocument, { input }, admin);
    expect(replay.data).toEqual(first.data);
    const after = await rowCounts();
    expect(after.events).toBe(before.events + 1);
    expect([after.adjust, after.ledger, after.couponRecords]).toEqual([
      before.adjust,
      before.ledger,
      before.couponRecords,
    ]);
    expect(await checkInvariants(server.orm)).toEqual([]);
  });

  it('is refused to members without customer:association (FORBIDDEN) and for customers that are not yours (CUSTOMER_NOT_FOUND); nothing changes', async () => {
    const own = await freeCustomer({ partner: DIST, associationType: AssociationType.RESALE });
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
    const own = await freeCustomer({ partner: DIST });
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

  it('is blocked while the customer has debt or is frozen, within 3 months of its own unbind request, and with INACTIVE coupons', async () => {
    const debtor = await customerNamed(server, 'jinhua-retail');
    expect(debtor.debtAmount).toBeGreaterThan(0);
    const recent = await recentlyChanged();
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
    const inactiveIds = new Set(
      (await server.em().find(Coupon, { partner: DIST, status: CouponStatus.INACTIVE })).map((c) => c.customer.id),
    );
    const withInactive = (
      await server
        .em()
        .find(
          SubCustomer,
          { partner: DIST, id: { $in: [...inactiveIds] }, debtAmount: 0, isFrozen: FrozenState.NOT_FROZEN },
          { orderBy: { id: 'asc' } },
        )
    ).find((c) => !recent.has(c.id))!;
    expect(withInactive).toBeDefined();
    // A customer's own unbind request (the customer console is not part of this graph: insert it).
    const asker = await freeCustomer({ partner: DIST, associationType: AssociationType.ADVISORY }, () => true, [
      frozen.id,
    ]);
    const e = server.em();
    e.create(AssociationEvent, {
      partner: DIST,
      customer: asker.id,
      eventType: AssociationEventType.UNBIND,
      initiator: AssociationInitiator.CUSTOMER,
      status: AssociationEventStatus.REJECTED,
      reason: '更换服务商',
      createdAt: new Date(Date.now() - 20 * DAY),
      handledAt: new Date(Date.now() - 19 * DAY),
      handledBy: demoMember('dist-admin').id,
    } as never);
    await e.flush();

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
    expect(await attempt(asker)).toEqual([['UNBIND_TOO_SOON', 'input.customerId']]);
    expect(await rowCounts()).toEqual(before);
    // Coupons not active yet do not block an unbind: they end with it, like USABLE ones.
    const inactive = await server.em().find(Coupon, {
      partner: DIST,
      customer: withInactive.id,
      status: CouponStatus.INACTIVE,
    });
    expect(inactive.length).toBeGreaterThan(0);
    expect(await attempt(withInactive)).toEqual([]);
    const after = await server.em().find(Coupon, { id: { $in: inactive.map((c) => c.id) } });
    expect(after.map((c) => [c.status, c.balance])).toEqual(inactive.map(() => [CouponStatus.RECLAIMED, 0]));
    const unbound = await server.em().findOneOrFail(SubCustomer, withInactive.id);
    expect(unbound.unboundAt).toBeInstanceOf(Date);
    expect(unbound.accountManager).toBeNull();
    expect(await checkInvariants(server.orm)).toEqual([]);
  });

  it('is refused for a FROZEN or RESTRICTED partner', async () => {
    for (const [login, key, code] of [
      ['frozen-reseller-admin', 'frozen-reseller', 'PARTNER_FROZEN'],
      ['restricted-reseller-admin', 'restricted-reseller', 'PARTNER_RESTRICTED'],
    ] as const) {
      const customer = await freeCustomer({ partner: demoPartner(key).id });
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
    const coupons = await usableCouponsOf(DIST, customer.id);
    expect(coupons.length).toBeGreaterThan(0);
    const quotas = await quotaBalances(coupons.map((c) => c.quota.id));
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
    await expectReclaimed(coupons, quotas, CouponOperationType.SWITCH_RECLAIM);
    await expectBeunbind(payload.adjustRecord!.transId, DIST, customer.id, customer.balance);
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
    const customer = await freeCustomer({ partner: DIST, associationType: AssociationType.ADVISORY });
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
    const own = await freeCustomer({ partner: DIST, associationType: AssociationType.RESALE });
    const before = await rowCounts();
    for (const login of ['dist-ops', 'dist-am']) {
      const res = await server.execute(
        AssocSwitchAssociationTypeDocument,
        { input: { customerId: gid('SubCustomer', own.id), toType: 'ADVISORY' } },
        await server.signIn(login),
      );
      expect(errorCodes(res), login).toEqual(['FORBIDDEN']);
    }
    const foreign = await freeCustomer({ partner: OTHER_DIST, associationType: AssociationType.RESALE });
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
    const customer = await freeCustomer({ partner: DIST, associationType: AssociationType.ADVISORY });
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
  it('lets exactly one of several parallel unbinds and switches take effect; money and coupons move once', async () => {
    const customer = await freeCustomer(
      { partner: DIST, associationType: AssociationType.RESALE, balance: { $gt: 0 } },
      async (c) => (await usableCouponsOf(DIST, c.id)).length > 0,
    );
    const coupons = await usableCouponsOf(DIST, customer.id);
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
    for (const r of results.filter((x) => x!.userErrors.length > 0))
      expect(['ASSOCIATION_CHANGE_TOO_SOON', 'CUSTOMER_NOT_ASSOCIATED']).toContain(r!.userErrors[0].code);
    const after = await rowCounts();
    expect(after).toMatchObject({
      events: before.counts.events + 1,
      adjust: before.counts.adjust + 1,
      ledger: before.counts.ledger + 2,
      couponRecords: before.counts.couponRecords + coupons.length,
    });
    expect(await cash(server, DIST)).toBe(before.cash + customer.balance);
    expect(await checkInvariants(server.orm)).toEqual([]);
  });

  it('lets exactly one of a parallel approve and reject answer a request', async () => {
    const customer = await freeCustomer({ partner: DIST, associationType: AssociationType.RESALE });
    const e = server.em();
    const request = e.create(AssociationEvent, {
      partner: DIST,
      customer: customer.id,
      eventType: AssociationEventType.UNBIND,
      initiator: AssociationInitiator.CUSTOMER,
      status: AssociationEventStatus.PENDING,
      reason: '并发',
      fromType: AssociationType.RESALE,
      createdAt: new Date(Date.now() - DAY),
    } as never);
    await e.flush();
    const eventId = gid('AssociationEvent', request.id);
    const results = await Promise.all(
      [true, false, true, false].map((approve) =>
        server
          .execute(AssocHandleUnbindRequestDocument, { input: { eventId, approve } }, admin)
          .then((r) => r.data!.handleUnbindRequest),
      ),
    );
    expect(results.filter((r) => r.userErrors.length === 0)).toHaveLength(1);
    expect(results.filter((r) => r.userErrors.length > 0).map((r) => r.userErrors[0].code)).toEqual([
      'EVENT_NOT_PENDING',
      'EVENT_NOT_PENDING',
      'EVENT_NOT_PENDING',
    ]);
    expect(await checkInvariants(server.orm)).toEqual([]);
  });
});

describe('handleUnbindRequest (同意 / 驳回)', () => {
  async function pendingRequest(customer: SubCustomer, reason = '更换服务商'): Promise<AssociationEvent> {
    const e = server.em();
    const event = e.create(AssociationEvent, {
      partner: customer.partner.id,
      customer: customer.id,
      eventType: AssociationEventType.UNBIND,
      initiator: AssociationInitiator.CUSTOMER,
      status: AssociationEventStatus.PENDING,
      reason,
      fromType: customer.associationType,
      toType: null,
      createdAt: new Date(Date.now() - DAY),
      handledAt: null,
      handledBy: null,
    } as never);
    await e.flush();
    return event;
  }

  it('approves a pending request: APPROVED, coupons reclaimed (type 3), balance back (BEUNBIND), customer unbound', async () => {
    const customer = await freeCustomer(
      { partner: DIST, associationType: AssociationType.RESALE, balance: { $gt: 0 } },
      async (c) => (await usableCouponsOf(DIST, c.id)).length > 0,
    );
    const request = await pendingRequest(customer);
    const coupons = await usableCouponsOf(DIST, customer.id);
    const quotas = await quotaBalances(coupons.map((c) => c.quota.id));
    const before = { cash: await cash(server, DIST), ...(await rowCounts()) };
    const res = await server.execute(
      AssocHandleUnbindRequestDocument,
      { input: { eventId: gid('AssociationEvent', request.id), approve: true, reason: '已核实' } },
      admin,
    );
    expect(res.errors).toBeUndefined();
    const payload = res.data!.handleUnbindRequest;
    expect(payload.userErrors).toEqual([]);
    expect(payload.event).toMatchObject({
      id: gid('AssociationEvent', request.id),
      eventType: 'UNBIND',
      initiator: 'CUSTOMER',
      status: 'APPROVED',
      reason: '更换服务商（同意：已核实）',
      handledBy: { loginName: 'dist-admin' },
    });
    expect(payload.adjustRecord).toMatchObject({
      operationType: 'BEUNBIND',
      amount: { amount: yuan(customer.balance) },
    });
    await expectReclaimed(coupons, quotas, CouponOperationType.UNBIND_RECLAIM);
    await expectBeunbind(payload.adjustRecord!.transId, DIST, customer.id, customer.balance);
    expect(await cash(server, DIST)).toBe(before.cash + customer.balance);
    expect(await rowCounts()).toMatchObject({
      events: before.events,
      couponRecords: before.couponRecords + coupons.length,
      adjust: before.adjust + 1,
      ledger: before.ledger + 2,
      audit: before.audit + 1,
    });
    expect(await lastAudit(server, 'handleUnbindRequest')).toMatchObject({
      target: gid('AssociationEvent', request.id),
      memberId: demoMember('dist-admin').id,
    });
    expect(await checkInvariants(server.orm)).toEqual([]);

    // Answered: a second answer is EVENT_NOT_PENDING, and the customer is unbound.
    const again = await server.execute(
      AssocHandleUnbindRequestDocument,
      { input: { eventId: gid('AssociationEvent', request.id), approve: false } },
      admin,
    );
    expect(userErrorCodes(again.data!.handleUnbindRequest.userErrors)).toEqual(['EVENT_NOT_PENDING']);
    const switchIt = await server.execute(
      AssocSwitchAssociationTypeDocument,
      { input: { customerId: gid('SubCustomer', customer.id), toType: 'ADVISORY' } },
      admin,
    );
    expect(userErrorCodes(switchIt.data!.switchAssociationType.userErrors)).toEqual(['CUSTOMER_NOT_ASSOCIATED']);
  });

  it('rejects a pending request: REJECTED with the reason appended, nothing else changes', async () => {
    const customer = await freeCustomer({
      partner: DIST,
      associationType: AssociationType.RESALE,
      balance: { $gt: 0 },
    });
    const request = await pendingRequest(customer, '价格原因');
    const before = { cash: await cash(server, DIST), ...(await rowCounts()) };
    const res = await server.execute(
      AssocHandleUnbindRequestDocument,
      { input: { eventId: gid('AssociationEvent', request.id), approve: false, reason: '合同未到期' } },
      admin,
    );
    const payload = res.data!.handleUnbindRequest;
    expect(payload.userErrors).toEqual([]);
    expect(payload.event).toMatchObject({
      status: 'REJECTED',
      reason: '价格原因（驳回：合同未到期）',
      handledBy: { loginName: 'dist-admin' },
    });
    expect([payload.adjustRecord, payload.reclaimedCoupons]).toEqual([null, []]);
    expect(payload.customer!.balance!.amount.amount).toBe(yuan(customer.balance));
    expect({ cash: await cash(server, DIST), ...(await rowCounts()) }).toEqual({ ...before, audit: before.audit + 1 });
    // The request stays on record: the partner now has to wait 3 months to unbind or switch.
    const unbind = await server.execute(
      AssocUnbindCustomerDocument,
      { input: { customerId: gid('SubCustomer', customer.id) } },
      admin,
    );
    expect(userErrorCodes(unbind.data!.unbindCustomer.userErrors)).toEqual(['UNBIND_TOO_SOON']);
    expect(await checkInvariants(server.orm)).toEqual([]);
  });

  it('answers EVENT_NOT_FOUND for other partners’ events, EVENT_NOT_PENDING for settled ones, FORBIDDEN to non-administrators, BAD_USER_INPUT for a bad id', async () => {
    const foreignCustomer = await freeCustomer({ partner: OTHER_DIST });
    const foreign = await pendingRequest(foreignCustomer);
    const settled = await server
      .em()
      .findOneOrFail(
        AssociationEvent,
        { partner: DIST, status: AssociationEventStatus.COMPLETED, eventType: AssociationEventType.ASSOCIATE },
        { orderBy: { id: 'asc' } },
      );
    const ownCustomer = await freeCustomer({ partner: DIST, associationType: AssociationType.ADVISORY });
    const own = await pendingRequest(ownCustomer);
    const before = await rowCounts();
    const handle = (eventId: string, token = admin) =>
      server.execute(AssocHandleUnbindRequestDocument, { input: { eventId, approve: true } }, token);
    expect(
      (await handle(gid('AssociationEvent', foreign.id))).data!.handleUnbindRequest.userErrors.map((u) => [
        u.code,
        u.field,
      ]),
    ).toEqual([['EVENT_NOT_FOUND', 'input.eventId']]);
    expect(
      userErrorCodes((await handle(gid('AssociationEvent', 999_999))).data!.handleUnbindRequest.userErrors),
    ).toEqual(['EVENT_NOT_FOUND']);
    expect(
      userErrorCodes((await handle(gid('AssociationEvent', settled.id))).data!.handleUnbindRequest.userErrors),
    ).toEqual(['EVENT_NOT_PENDING']);
    expect(errorCodes(await handle(gid('AssociationEvent', own.id), await server.signIn('dist-ops')))).toEqual([
      'FORBIDDEN',
    ]);
    expect(errorCodes(await handle(gid('SubCustomer', ownCustomer.id)))).toEqual(['BAD_USER_INPUT']);
    const other = await handle(gid('AssociationEvent', own.id), await server.signIn('other-dist-admin'));
    expect(userErrorCodes(other.data!.handleUnbindRequest.userErrors)).toEqual(['EVENT_NOT_FOUND']);
    expect(await rowCounts()).toEqual(before);
    expect((await server.em().findOneOrFail(AssociationEvent, own.id)).status).toBe(AssociationEventStatus.PENDING);
  });

  it('refuses to approve for a customer in debt; rejecting stays possible', async () => {
    const debtor = await customerNamed(server, 'jinhua-retail');
    const request = await pendingRequest(debtor);
    const before = await rowCounts();
    const approve = await server.execute(
      AssocHandleUnbindRequestDocument,
      { input: { eventId: gid('AssociationEvent', request.id), approve: true } },
      admin,
    );
    expect(userErrorCodes(approve.data!.handleUnbindRequest.userErrors)).toEqual(['CUSTOMER_IN_DEBT']);
    expect(await rowCounts()).toEqual(before);
    const reject = await server.execute(
      AssocHandleUnbindRequestDocument,
      { input: { eventId: gid('AssociationEvent', request.id), approve: false } },
      admin,
    );
    expect(reject.data!.handleUnbindRequest.event!.status).toBe('REJECTED');
    expect(reject.data!.handleUnbindRequest.event!.reason).toBe('更换服务商');
  });
});

describe('grantOrderAuthorization / revokeOrderAuthorization (simulated customer actions)', () => {
  it('revokes a GRANTED authorization, refuses a second revoke, and grants again with a new row', async () => {
    const customer = await freeCustomer(
      { partner: DIST },
      async (c) =>
        (await server.em().count(OrderAuthorization, { customer: c.id, status: OrderAuthorizationStatus.GRANTED })) ===
        1,
    );
    const input = { customerId: gid('SubCustomer', customer.id) };
    const before = await rowCounts();
    const revoke = await server.execute(AssocRevokeOrderAuthorizationDocument, { input }, admin);
    expect(revoke.data!.revokeOrderAuthorization.userErrors).toEqual([]);
    const revoked = revoke.data!.revokeOrderAuthorization.orderAuthorization!;
    expect(revoked.status).toBe('REVOKED');
    expect(Date.now() - Date.parse(revoked.revokedAt!)).toBeLessThan(60_000);
    expect(await rowCounts()).toEqual({
      ...before,
      grantedAuthorizations: before.grantedAuthorizations - 1,
      audit: before.audit + 1,
    });
    expect((await lastAudit(server, 'revokeOrderAuthorization')).after).toMatchObject({
      status: 'REVOKED',
      simulatedCustomerAction: true,
    });

    const twice = await server.execute(AssocRevokeOrderAuthorizationDocument, { input }, admin);
    expect(twice.data!.revokeOrderAuthorization.userErrors.map((u) => [u.code, u.field])).toEqual([
      ['AUTHORIZATION_NOT_GRANTED', 'input.customerId'],
    ]);

    const grant = await server.execute(AssocGrantOrderAuthorizationDocument, { input }, admin);
    const granted = grant.data!.grantOrderAuthorization;
    expect(granted.userErrors).toEqual([]);
    expect(granted.orderAuthorization).toMatchObject({
      status: 'GRANTED',
      revokedAt: null,
      customer: { id: input.customerId },
    });
    expect(granted.orderAuthorization!.id).not.toBe(revoked.id);
    // Granting again while GRANTED changes nothing.
    const counts = await rowCounts();
    const again = await server.execute(AssocGrantOrderAuthorizationDocument, { input }, admin);
    expect(again.data!.grantOrderAuthorization.orderAuthorization!.id).toBe(granted.orderAuthorization!.id);
    expect(await rowCounts()).toEqual(counts);
    expect(counts).toMatchObject({
      authorizations: before.authorizations + 1,
      grantedAuthorizations: before.grantedAuthorizations,
    });
    expect(await checkInvariants(server.orm)).toEqual([]);
  });

  it('grants for a customer whose authorization was REVOKED (xinghe-edu)', async () => {
    const customer = await customerNamed(server, 'xinghe-edu');
    const res = await server.execute(
      AssocGrantOrderAuthorizationDocument,
      { input: { customerId: gid('SubCustomer', customer.id) } },
      admin,
    );
    expect(res.data!.grantOrderAuthorization.orderAuthorization!.status).toBe('GRANTED');
  });

  it('is refused to non-administrators and for other partners’ customers; bad ids are BAD_USER_INPUT', async () => {
    const own = await customerNamed(server, 'northwind-analytics');
    const foreign = await customerNamed(server, 'woodgrove-finance');
    const before = await rowCounts();
    for (const doc of [AssocGrantOrderAuthorizationDocument, AssocRevokeOrderAuthorizationDocument] as const) {
      expect(
        errorCodes(
          await server.execute(
            doc as never,
            { input: { customerId: gid('SubCustomer', own.id) } } as never,
            await server.signIn('dist-am'),
          ),
        ),
      ).toEqual(['FORBIDDEN']);
      expect(
        errorCodes(
          await server.execute(
            doc as never,
            { input: { customerId: gid('SubCustomer', own.id) } } as never,
            await server.signIn('dist-ops'),
          ),
        ),
      ).toEqual(['FORBIDDEN']);
      expect(errorCodes(await server.execute(doc as never, { input: { customerId: 'x' } } as never, admin))).toEqual([
        'BAD_USER_INPUT',
      ]);
    }
    const grant = await server.execute(
      AssocGrantOrderAuthorizationDocument,
      { input: { customerId: gid('SubCustomer', foreign.id) } },
      admin,
    );
    expect(userErrorCodes(grant.data!.grantOrderAuthorization.userErrors)).toEqual(['CUSTOMER_NOT_FOUND']);
    const revoke = await server.execute(
      AssocRevokeOrderAuthorizationDocument,
      { input: { customerId: gid('SubCustomer', foreign.id) } },
      admin,
    );
    expect(userErrorCodes(revoke.data!.revokeOrderAuthorization.userErrors)).toEqual(['CUSTOMER_NOT_FOUND']);
    expect(await rowCounts()).toEqual(before);
  });
});
