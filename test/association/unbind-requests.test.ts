/**
 * 解除关联 as a request (seed 003), walked through HTTP as both parties: the partner's administrator
 * asks (unbindCustomer), the customer signs in and approves, rejects or lets it expire
 * (answerUnbindRequest with its own verification code). Only an approval moves coupons and balance
 * and ends the association.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import {
  AssocCustomerViewerDocument,
  AssocPartnerSeesCustomerDocument,
  AssocSwitchAssociationTypeDocument,
} from '../generated/graphql';
import { checkInvariants, demoMember } from '../../seeds';
import { AssociationEvent, OrderAuthorization } from '../../src/modules/association/association.entity';
import {
  AssociationEventStatus,
  AssociationEventType,
  AssociationInitiator,
  OrderAuthorizationStatus,
} from '../../src/modules/association/association.enums';
import { Coupon } from '../../src/modules/coupon/coupon.entity';
import { CouponOperationType, CouponStatus } from '../../src/modules/coupon/coupon.enums';
import { SubCustomer } from '../../src/modules/customer/customer.entity';
import { AssociationType, FrozenState } from '../../src/modules/customer/customer.enums';
import { AdjustRecord } from '../../src/modules/funds/funds.entity';
import {
  associationRows,
  customerActor,
  customerAnswers,
  customerAsksUnbind,
  expectBeunbind,
  expectReclaimed,
  freeCustomer,
  partnerAsksUnbind,
  quotaBalances,
  runUnbindExpiry,
  usableCouponsOf,
} from '../support/association';
import { customerCode } from '../support/customers';
import { DIST } from '../support/demo';
import { errorCodes, userErrorCodes } from '../support/graphql';
import { gid } from '../support/ids';
import { yuan } from '../support/money';
import { cash, customerNamed, lastAudit } from '../support/rows';
import { useTestServer } from '../support/server';
import { DAY } from '../support/time';

const server = useTestServer();
let admin: string;
beforeAll(async () => {
  admin = await server.signIn('dist-admin');
});

const asCustomer = (accountName: string) => server.signIn(accountName, undefined, 'CUSTOMER');

describe('the partner asks, the customer approves (同意)', () => {
  it('moves nothing on the request; on approval reclaims coupons (type 3), returns the balance (BEUNBIND), revokes the authorization and ends the association', async () => {
    const customer = await customerNamed(server, 'tianyi-logistics');
    expect([customer.associationType, customer.balance > 0]).toEqual([AssociationType.RESALE, true]);
    const coupons = await usableCouponsOf(server, DIST, customer.id);
    expect(coupons.length).toBeGreaterThan(0);
    const quotas = await quotaBalances(
      server,
      coupons.map((c) => c.quota.id),
    );
    const cashBefore = await cash(server, DIST);
    const before = await associationRows(server);

    // The partner's request: a PENDING event for 7 days, nothing else but its audit row.
    const asked = await partnerAsksUnbind(server, admin, customer.id, '  合作到期  ');
    expect(asked.userErrors).toEqual([]);
    const event = asked.event!;
    expect(event).toMatchObject({
      eventType: 'UNBIND',
      initiator: 'PARTNER',
      status: 'PENDING',
      reason: '合作到期',
      fromType: 'RESALE',
      handledAt: null,
      handledBy: null,
      customer: { id: gid('SubCustomer', customer.id) },
    });
    expect(Date.parse(event.expiresAt!) - Date.parse(event.createdAt)).toBe(7 * DAY);
    expect(asked.customer).toMatchObject({
      balance: { amount: { amount: yuan(customer.balance) } },
      orderAuthorization: { status: 'GRANTED' },
    });
    expect([asked.adjustRecord, asked.reclaimedCoupons]).toEqual([null, []]);
    expect(await associationRows(server)).toEqual({ ...before, events: before.events + 1, audit: before.audit + 1 });
    expect(await cash(server, DIST)).toBe(cashBefore);
    expect(await lastAudit(server, 'unbindCustomer')).toMatchObject({
      actor: `member:${demoMember('dist-admin').id}`,
      target: gid('SubCustomer', customer.id),
    });

    // The customer sees the request waiting for it.
    const token = await asCustomer('tianyi-logistics');
    const seen = await server.execute(AssocCustomerViewerDocument, {}, token);
    expect(seen.data!.customerViewer.associationEvents.nodes[0]).toMatchObject({
      id: event.id,
      initiator: 'PARTNER',
      status: 'PENDING',
      expiresAt: event.expiresAt,
    });

    const answer = await customerAnswers(server, 'tianyi-logistics', {
      eventId: event.id,
      approve: true,
      reason: '同意解除',
      verificationCode: 'fresh',
    });
    expect(answer.userErrors).toEqual([]);
    expect(answer.event).toMatchObject({ id: event.id, status: 'APPROVED', reason: '合作到期（客户同意：同意解除）' });
    expect(answer.reclaimedCouponCount).toBe(coupons.length);
    expect(answer.returnedBalance).toEqual({ amount: yuan(customer.balance) });

    await expectReclaimed(server, coupons, quotas, CouponOperationType.UNBIND_RECLAIM);
    const adjust = await server
      .em()
      .findOneOrFail(AdjustRecord, { customer: customer.id }, { orderBy: { id: 'desc' } });
    expect([adjust.operationType, adjust.amount, adjust.memo]).toEqual([
      'BEUNBIND',
      customer.balance,
      '解除关联，余额退回',
    ]);
    await expectBeunbind(server, adjust.transId, DIST, customer.id, customer.balance);
    expect(await cash(server, DIST)).toBe(cashBefore + customer.balance);
    const stored = await server.em().findOneOrFail(SubCustomer, customer.id);
    expect([stored.partner.id, stored.balance, stored.accountManager]).toEqual([DIST, 0, null]);
    expect(stored.unboundAt).toBeInstanceOf(Date);
    const auth = await server.em().find(OrderAuthorization, { customer: customer.id });
    expect(auth.every((a) => a.status === OrderAuthorizationStatus.REVOKED && a.revokedAt != null)).toBe(true);
    expect(await associationRows(server)).toEqual({
      ...before,
      events: before.events + 1,
      couponRecords: before.couponRecords + coupons.length,
      usableCoupons: before.usableCoupons - coupons.length,
      adjust: before.adjust + 1,
      ledger: before.ledger + 2,
      audit: before.audit + 2,
      grantedAuthorizations: before.grantedAuthorizations - 1,
      unbound: before.unbound + 1,
    });
    const audit = await lastAudit(server, 'answerUnbindRequest');
    expect(audit).toMatchObject({
      actor: await customerActor(server, 'tianyi-logistics'),
      memberId: null,
      partnerId: DIST,
      target: event.id,
    });
    expect(audit.after).toMatchObject({
      status: 'APPROVED',
      returnedBalance: yuan(customer.balance),
      revokedOrderAuthorizations: 1,
    });
    expect(await checkInvariants(server.orm)).toEqual([]);

    // Both sides see the end; nothing more can change.
    const mine = (await server.execute(AssocCustomerViewerDocument, {}, token)).data!.customerViewer;
    expect(mine.association).toMatchObject({ endedAt: stored.unboundAt!.toISOString() });
    expect(mine.orderAuthorization).toMatchObject({ status: 'REVOKED' });
    const partnerView = await server.execute(
      AssocPartnerSeesCustomerDocument,
      { id: gid('SubCustomer', customer.id) },
      admin,
    );
    // The partner keeps the customer's history: the answer (by the customer, no member) and the revocation.
    expect(partnerView.data!.node).toMatchObject({
      orderAuthorization: { status: 'REVOKED', revokedAt: stored.unboundAt!.toISOString() },
      associationEvents: { nodes: [{ id: event.id, status: 'APPROVED', handledBy: null }, { eventType: 'ASSOCIATE' }] },
    });
    const counts = await associationRows(server);
    expect(userErrorCodes((await partnerAsksUnbind(server, admin, customer.id)).userErrors)).toEqual([
      'CUSTOMER_NOT_ASSOCIATED',
    ]);
    const again = await customerAnswers(server, 'tianyi-logistics', {
      eventId: event.id,
      approve: false,
      verificationCode: '000000',
    });
    expect(userErrorCodes(again.userErrors)).toEqual(['EVENT_NOT_PENDING']);
    expect(userErrorCodes((await customerAsksUnbind(server, 'tianyi-logistics', 'x', '000000')).userErrors)).toEqual([
      'CUSTOMER_NOT_ASSOCIATED',
    ]);
    expect(await associationRows(server)).toEqual(counts);
  });

  it('ends an ADVISORY association without moving money; INACTIVE coupons of a RESALE customer end with the association', async () => {
    const advisory = await freeCustomer(server, { partner: DIST, associationType: AssociationType.ADVISORY });
    const withInactive = await freeCustomer(server, { partner: DIST }, () => true, { inactive: true });
    const inactive = await server.em().find(Coupon, {
      partner: DIST,
      customer: withInactive.id,
      status: { $in: [CouponStatus.INACTIVE, CouponStatus.USABLE] },
    });
    expect(inactive.some((c) => c.status === CouponStatus.INACTIVE)).toBe(true);

    const before = await associationRows(server);
    const a = await partnerAsksUnbind(server, admin, advisory.id);
    const approved = await customerAnswers(server, advisory.accountName, {
      eventId: a.event!.id,
      approve: true,
      verificationCode: 'fresh',
    });
    expect(approved.userErrors).toEqual([]);
    expect([approved.reclaimedCouponCount, approved.returnedBalance]).toEqual([0, { amount: '0.00' }]);
    expect(await associationRows(server)).toMatchObject({
      adjust: before.adjust,
      ledger: before.ledger,
      couponRecords: before.couponRecords,
      unbound: before.unbound + 1,
    });

    const b = await partnerAsksUnbind(server, admin, withInactive.id);
    const done = await customerAnswers(server, withInactive.accountName, {
      eventId: b.event!.id,
      approve: true,
      verificationCode: 'fresh',
    });
    expect(done.reclaimedCouponCount).toBe(inactive.length);
    const after = await server.em().find(Coupon, { id: { $in: inactive.map((c) => c.id) } });
    expect(after.map((c) => [c.status, c.balance])).toEqual(inactive.map(() => [CouponStatus.RECLAIMED, 0]));
    expect(await checkInvariants(server.orm)).toEqual([]);
  });
});

describe('the partner asks, the customer rejects (驳回)', () => {
  it('rejecting changes nothing but the request; the partner may ask again at once', async () => {
    const customer = await freeCustomer(
      server,
      { partner: DIST, associationType: AssociationType.RESALE, balance: { $gt: 0 } },
      async (c) => (await usableCouponsOf(server, DIST, c.id)).length > 0,
    );
    const asked = await partnerAsksUnbind(server, admin, customer.id, '合作到期');
    const before = { cash: await cash(server, DIST), ...(await associationRows(server)) };
    const answer = await customerAnswers(server, customer.accountName, {
      eventId: asked.event!.id,
      approve: false,
      reason: '继续合作',
      verificationCode: 'fresh',
    });
    expect(answer.userErrors).toEqual([]);
    expect(answer.event).toMatchObject({ status: 'REJECTED', reason: '合作到期（客户驳回：继续合作）' });
    expect([answer.reclaimedCouponCount, answer.returnedBalance]).toEqual([0, null]);
    expect({ cash: await cash(server, DIST), ...(await associationRows(server)) }).toEqual({
      ...before,
      audit: before.audit + 1,
    });
    const row = await server.em().findOneOrFail(SubCustomer, customer.id);
    expect([row.balance, row.unboundAt]).toEqual([customer.balance, null]);
    expect(await lastAudit(server, 'answerUnbindRequest')).toMatchObject({
      actor: await customerActor(server, customer.accountName),
      after: { status: 'REJECTED' },
    });
    // The partner sees the answer, by the customer (no member handled it).
    const view = await server.execute(AssocPartnerSeesCustomerDocument, { id: gid('SubCustomer', customer.id) }, admin);
    const node = view.data!.node as {
      associationEvents: { nodes: { id: string; status: string; handledBy: unknown }[] };
    };
    expect(node.associationEvents.nodes.find((e) => e.id === asked.event!.id)).toMatchObject({
      status: 'REJECTED',
      handledBy: null,
    });

    const second = await partnerAsksUnbind(server, admin, customer.id);
    expect(second.userErrors).toEqual([]);
    expect(second.event!.status).toBe('PENDING');
    expect(await checkInvariants(server.orm)).toEqual([]);
  });
});

describe('refusals of answerUnbindRequest (nothing changes)', () => {
  it('needs the right code (VERIFICATION_REQUIRED, VERIFICATION_CODE_INVALID, a code of another operation); the right one then works', async () => {
    const customer = await freeCustomer(server, { partner: DIST, associationType: AssociationType.RESALE });
    const asked = await partnerAsksUnbind(server, admin, customer.id);
    const eventId = asked.event!.id;
    const before = await associationRows(server);
    const answer = (verificationCode?: string | null) =>
      customerAnswers(server, customer.accountName, { eventId, approve: true, verificationCode });
    expect((await answer()).userErrors.map((u) => [u.code, u.field])).toEqual([
      ['VERIFICATION_REQUIRED', 'input.verificationCode'],
    ]);
    // A code for another of the customer's operations is no code for this one.
    const other = await customerCode(server, customer.accountName, 'REQUEST_UNBIND');
    expect(userErrorCodes((await answer(other)).userErrors)).toEqual(['VERIFICATION_CODE_INVALID']);
    const code = await customerCode(server, customer.accountName, 'ANSWER_UNBIND_REQUEST');
    const wrong = String((Number(code) + 1) % 1_000_000).padStart(6, '0');
    expect(userErrorCodes((await answer(wrong)).userErrors)).toEqual(['VERIFICATION_CODE_INVALID']);
    expect(await associationRows(server)).toEqual(before);
    const status = await server
      .em()
      .findOneOrFail(AssociationEvent, { customer: customer.id }, { orderBy: { id: 'desc' } });
    expect(status.status).toBe(AssociationEventStatus.PENDING);

    const ok = await answer(code);
    expect(ok.userErrors).toEqual([]);
    expect(ok.event!.status).toBe('APPROVED');
    // The code is single-use.
    expect(userErrorCodes((await answer(code)).userErrors)).toEqual(['EVENT_NOT_PENDING']);
  });

  it("answers EVENT_NOT_FOUND for another customer's request, EVENT_NOT_PENDING for settled events and its own request, BAD_USER_INPUT for a bad id, REASON_TOO_LONG", async () => {
    const owner = await freeCustomer(server, { partner: DIST, associationType: AssociationType.ADVISORY });
    const stranger = await freeCustomer(server, { partner: DIST, associationType: AssociationType.ADVISORY });
    const asker = await freeCustomer(server, { partner: DIST, associationType: AssociationType.ADVISORY });
    const request = (await partnerAsksUnbind(server, admin, owner.id)).event!.id;
    const own = (await customerAsksUnbind(server, asker.accountName, '更换服务商')).event!.id;
    const settled = await server.em().findOneOrFail(AssociationEvent, {
      customer: stranger.id,
      eventType: AssociationEventType.ASSOCIATE,
    });
    const before = await associationRows(server);
    const codes = async (accountName: string, eventId: string, reason?: string) =>
      (
        await customerAnswers(server, accountName, { eventId, approve: true, reason, verificationCode: '000000' })
      ).userErrors.map((u) => [u.code, u.field]);
    expect(await codes(stranger.accountName, request)).toEqual([['EVENT_NOT_FOUND', 'input.eventId']]);
    expect(await codes(stranger.accountName, gid('AssociationEvent', 999_999))).toEqual([
      ['EVENT_NOT_FOUND', 'input.eventId'],
    ]);
    expect(await codes(stranger.accountName, gid('AssociationEvent', settled.id))).toEqual([
      ['EVENT_NOT_PENDING', 'input.eventId'],
    ]);
    // A customer answers its partner's requests, not its own (the partner does: handleUnbindRequest).
    expect(await codes(asker.accountName, own)).toEqual([['EVENT_NOT_PENDING', 'input.eventId']]);
    expect(await codes(owner.accountName, request, 'x'.repeat(201))).toEqual([['REASON_TOO_LONG', 'input.reason']]);
    const bad = await server.execute(
      'mutation { answerUnbindRequest(input: { eventId: "x", approve: true }) { userErrors { code } } }',
      {},
      await asCustomer(owner.accountName),
    );
    expect(errorCodes(bad)).toEqual(['BAD_USER_INPUT']);
    expect(await associationRows(server)).toEqual(before);
  });

  it('refuses an approval for a customer in debt or frozen since the request (rejecting stays possible)', async () => {
    const e = server.em();
    const waiting = await e.find(
      AssociationEvent,
      { partner: DIST, initiator: AssociationInitiator.PARTNER, status: AssociationEventStatus.PENDING },
      { populate: ['customer'], orderBy: { id: 'asc' } },
    );
    const debtor = waiting.find((w) => w.customer.getEntity().debtAmount > 0)!;
    const frozen = waiting.find(
      (w) => w.customer.getEntity().debtAmount === 0 && w.customer.getEntity().isFrozen !== FrozenState.NOT_FROZEN,
    )!;
    expect([debtor, frozen].every(Boolean)).toBe(true);
    for (const [event, code] of [
      [debtor, 'CUSTOMER_IN_DEBT'],
      [frozen, 'CUSTOMER_FROZEN'],
    ] as const) {
      const name = event.customer.getEntity().accountName;
      const eventId = gid('AssociationEvent', event.id);
      const verificationCode = await customerCode(server, name, 'ANSWER_UNBIND_REQUEST');
      const before = await associationRows(server);
      const approve = await customerAnswers(server, name, { eventId, approve: true, verificationCode });
      expect(approve.userErrors.map((u) => [u.code, u.field])).toEqual([[code, 'input.eventId']]);
      expect(await associationRows(server)).toEqual(before);
      // The refusal came before the code was checked: the customer rejects with the same code.
      const reject = await customerAnswers(server, name, { eventId, approve: false, verificationCode });
      expect(reject.userErrors).toEqual([]);
      expect(reject.event!.status).toBe('REJECTED');
      expect(await associationRows(server)).toEqual({ ...before, audit: before.audit + 1 });
    }
    expect(await checkInvariants(server.orm)).toEqual([]);
  });
});

describe('concurrent answers', () => {
  it("lets exactly one of the customer's parallel approvals and rejections answer a request (one code, sent twice each way)", async () => {
    const customer = await freeCustomer(
      server,
      { partner: DIST, associationType: AssociationType.RESALE, balance: { $gt: 0 } },
      async (c) => (await usableCouponsOf(server, DIST, c.id)).length > 0,
    );
    const coupons = await usableCouponsOf(server, DIST, customer.id);
    const eventId = (await partnerAsksUnbind(server, admin, customer.id)).event!.id;
    const verificationCode = await customerCode(server, customer.accountName, 'ANSWER_UNBIND_REQUEST');
    const before = { cash: await cash(server, DIST), ...(await associationRows(server)) };
    const results = await Promise.all(
      [true, false, true, false].map((approve) =>
        customerAnswers(server, customer.accountName, { eventId, approve, verificationCode }),
      ),
    );
    const winners = results.filter((r) => r.userErrors.length === 0);
    expect(winners).toHaveLength(1);
    // The losers find the request answered or the code spent, depending on where they waited.
    for (const r of results.filter((x) => x.userErrors.length > 0))
      expect(['EVENT_NOT_PENDING', 'VERIFICATION_CODE_INVALID']).toContain(r.userErrors[0].code);
    const approved = winners[0].event!.status === 'APPROVED';
    const moved = approved ? customer.balance : 0;
    expect(await cash(server, DIST)).toBe(before.cash + moved);
    expect(await associationRows(server)).toMatchObject({
      adjust: before.adjust + (approved ? 1 : 0),
      couponRecords: before.couponRecords + (approved ? coupons.length : 0),
      audit: before.audit + 1,
      unbound: before.unbound + (approved ? 1 : 0),
    });
    expect(await checkInvariants(server.orm)).toEqual([]);
  });

  it("lets a customer's approval and the partner's switchAssociationType race: the balance and coupons move once", async () => {
    const customer = await freeCustomer(
      server,
      { partner: DIST, associationType: AssociationType.RESALE, balance: { $gt: 0 } },
      async (c) => (await usableCouponsOf(server, DIST, c.id)).length > 0,
    );
    const coupons = await usableCouponsOf(server, DIST, customer.id);
    const eventId = (await partnerAsksUnbind(server, admin, customer.id)).event!.id;
    const verificationCode = await customerCode(server, customer.accountName, 'ANSWER_UNBIND_REQUEST');
    const before = { cash: await cash(server, DIST), ...(await associationRows(server)) };
    const [answer, ...switches] = await Promise.all([
      customerAnswers(server, customer.accountName, { eventId, approve: true, verificationCode }),
      ...[1, 2].map(() =>
        server
          .execute(
            AssocSwitchAssociationTypeDocument,
            { input: { customerId: gid('SubCustomer', customer.id), toType: 'ADVISORY' } },
            admin,
          )
          .then((r) => r.data!.switchAssociationType),
      ),
    ]);
    expect(answer.userErrors).toEqual([]);
    // While the request waits, or once it ended the association, a switch is refused.
    for (const s of switches)
      expect(['UNBIND_REQUEST_PENDING', 'CUSTOMER_NOT_ASSOCIATED']).toContain(s.userErrors[0]?.code);
    expect(await cash(server, DIST)).toBe(before.cash + customer.balance);
    expect(await associationRows(server)).toMatchObject({
      adjust: before.adjust + 1,
      ledger: before.ledger + 2,
      couponRecords: before.couponRecords + coupons.length,
      events: before.events,
      unbound: before.unbound + 1,
    });
    expect(await checkInvariants(server.orm)).toEqual([]);
  });
});

// Last: the job expires every request due at its clock, the seeded ones too.
describe('the partner asks, nobody answers', () => {
  it('expires unanswered after 7 days (maintenance job): answering is UNBIND_REQUEST_EXPIRED, nothing moved, and a new request is possible', async () => {
    const customer = await freeCustomer(server, {
      partner: DIST,
      associationType: AssociationType.RESALE,
      balance: { $gt: 0 },
    });
    const asked = await partnerAsksUnbind(server, admin, customer.id);
    const eventId = asked.event!.id;
    const expiresAt = new Date(asked.event!.expiresAt!);
    const before = { cash: await cash(server, DIST), ...(await associationRows(server)) };

    // Run just before the deadline: nothing of ours expires; just after: it does.
    await runUnbindExpiry(server, new Date(expiresAt.getTime() - 60_000));
    const pending = await server
      .em()
      .findOneOrFail(AssociationEvent, { customer: customer.id }, { orderBy: { id: 'desc' } });
    expect(pending.status).toBe(AssociationEventStatus.PENDING);
    expect(await runUnbindExpiry(server, new Date(expiresAt.getTime() + 1))).toBeGreaterThanOrEqual(1);
    const expired = await server.em().findOneOrFail(AssociationEvent, pending.id);
    expect([expired.status, expired.handledAt?.getTime(), expired.handledBy]).toEqual([
      AssociationEventStatus.EXPIRED,
      expiresAt.getTime(),
      null,
    ]);
    // Running again changes nothing more.
    expect(await runUnbindExpiry(server, new Date(expiresAt.getTime() + 1))).toBe(0);

    const late = await customerAnswers(server, customer.accountName, {
      eventId,
      approve: true,
      verificationCode: '123456',
    });
    expect(late.userErrors.map((u) => [u.code, u.field])).toEqual([['UNBIND_REQUEST_EXPIRED', 'input.eventId']]);
    expect({ cash: await cash(server, DIST), ...(await associationRows(server)) }).toEqual(before);
    const view = (await server.execute(AssocCustomerViewerDocument, {}, await asCustomer(customer.accountName))).data!
      .customerViewer;
    expect(view.associationEvents.nodes.find((e) => e.id === eventId)).toMatchObject({ status: 'EXPIRED' });

    // A new request, answered in time, takes effect.
    const again = await partnerAsksUnbind(server, admin, customer.id);
    expect(again.userErrors).toEqual([]);
    const approved = await customerAnswers(server, customer.accountName, {
      eventId: again.event!.id,
      approve: true,
      verificationCode: 'fresh',
    });
    expect(approved.userErrors).toEqual([]);
    expect(approved.returnedBalance).toEqual({ amount: yuan(customer.balance) });
    expect(await checkInvariants(server.orm)).toEqual([]);
  });
});
