/**
 * A customer's own unbind request (requestUnbind, seed 003), walked through HTTP as both parties:
 * the customer signs in and asks with its verification code, the partner's administrator approves
 * or rejects (handleUnbindRequest) within 7 days, and the 3-month rule keeps counting the request.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { AssocHandleUnbindRequestDocument, AssocSwitchAssociationTypeDocument } from '../generated/graphql';
import { checkInvariants, demoMember } from '../../seeds';
import { AssociationEvent } from '../../src/modules/association/association.entity';
import { AssociationEventStatus, AssociationEventType } from '../../src/modules/association/association.enums';
import { CouponOperationType } from '../../src/modules/coupon/coupon.enums';
import { SubCustomer } from '../../src/modules/customer/customer.entity';
import { AssociationType } from '../../src/modules/customer/customer.enums';
import {
  associationRows,
  customerActor,
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
import { DIST, OTHER_DIST } from '../support/demo';
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

const handle = (input: { eventId: string; approve: boolean; reason?: string }, token = admin) =>
  server.execute(AssocHandleUnbindRequestDocument, { input }, token);

describe('the customer asks (requestUnbind)', () => {
  it('makes a PENDING request for 7 days with a verification code; nothing else changes; a second one is UNBIND_REQUEST_PENDING', async () => {
    const customer = await freeCustomer(server, { partner: DIST, associationType: AssociationType.RESALE });
    const before = await associationRows(server);
    const asked = await customerAsksUnbind(server, customer.accountName, '  更换服务商  ');
    expect(asked.userErrors).toEqual([]);
    expect(asked.event).toMatchObject({
      eventType: 'UNBIND',
      initiator: 'CUSTOMER',
      status: 'PENDING',
      reason: '更换服务商',
    });
    const stored = await server
      .em()
      .findOneOrFail(AssociationEvent, { customer: customer.id }, { orderBy: { id: 'desc' } });
    expect(stored.expiresAt!.getTime() - stored.createdAt.getTime()).toBe(7 * DAY);
    expect(stored.partner.id).toBe(DIST);
    expect(await associationRows(server)).toEqual({ ...before, events: before.events + 1, audit: before.audit + 1 });
    expect(await lastAudit(server, 'requestUnbind')).toMatchObject({
      actor: await customerActor(server, customer.accountName),
      memberId: null,
      partnerId: DIST,
      target: gid('SubCustomer', customer.id),
    });
    // Pending: neither side may ask again, and the partner may not switch meanwhile.
    expect(userErrorCodes((await customerAsksUnbind(server, customer.accountName, 'x', '000000')).userErrors)).toEqual([
      'UNBIND_REQUEST_PENDING',
    ]);
    expect(userErrorCodes((await partnerAsksUnbind(server, admin, customer.id)).userErrors)).toEqual([
      'UNBIND_REQUEST_PENDING',
    ]);
    expect(await associationRows(server)).toEqual({ ...before, events: before.events + 1, audit: before.audit + 1 });
  });

  it('needs its code (VERIFICATION_REQUIRED, VERIFICATION_CODE_INVALID) and a reason of at most 200 characters; nothing changes', async () => {
    const customer = await freeCustomer(server, { partner: DIST, associationType: AssociationType.ADVISORY });
    const before = await associationRows(server);
    const codes = async (reason: string, code: string | null) =>
      (await customerAsksUnbind(server, customer.accountName, reason, code)).userErrors.map((u) => [u.code, u.field]);
    expect(await codes('更换服务商', null)).toEqual([['VERIFICATION_REQUIRED', 'input.verificationCode']]);
    expect(await codes('更换服务商', '000000')).toEqual([['VERIFICATION_CODE_INVALID', 'input.verificationCode']]);
    expect(await codes('x'.repeat(201), '000000')).toEqual([['REASON_TOO_LONG', 'input.reason']]);
    expect(await associationRows(server)).toEqual(before);
  });

  it('is refused to an account associated with no partner (CUSTOMER_NOT_ASSOCIATED)', async () => {
    const res = await customerAsksUnbind(server, 'qingyun-newco', 'x', '000000');
    expect(userErrorCodes(res.userErrors)).toEqual(['CUSTOMER_NOT_ASSOCIATED']);
  });
});

describe('the partner answers (handleUnbindRequest)', () => {
  it('approves: APPROVED, coupons reclaimed (type 3), balance back (BEUNBIND), customer unbound; a second answer is EVENT_NOT_PENDING', async () => {
    const customer = await freeCustomer(
      server,
      { partner: DIST, associationType: AssociationType.RESALE, balance: { $gt: 0 } },
      async (c) => (await usableCouponsOf(server, DIST, c.id)).length > 0,
    );
    const eventId = (await customerAsksUnbind(server, customer.accountName, '更换服务商')).event!.id;
    const coupons = await usableCouponsOf(server, DIST, customer.id);
    const quotas = await quotaBalances(
      server,
      coupons.map((c) => c.quota.id),
    );
    const before = { cash: await cash(server, DIST), ...(await associationRows(server)) };
    const res = await handle({ eventId, approve: true, reason: '已核实' });
    expect(res.errors).toBeUndefined();
    const payload = res.data!.handleUnbindRequest;
    expect(payload.userErrors).toEqual([]);
    expect(payload.event).toMatchObject({
      id: eventId,
      initiator: 'CUSTOMER',
      status: 'APPROVED',
      reason: '更换服务商（同意：已核实）',
      handledBy: { loginName: 'dist-admin' },
    });
    expect(payload.adjustRecord).toMatchObject({
      operationType: 'BEUNBIND',
      amount: { amount: yuan(customer.balance) },
    });
    expect(payload.customer).toMatchObject({ orderAuthorization: { status: 'REVOKED' } });
    await expectReclaimed(server, coupons, quotas, CouponOperationType.UNBIND_RECLAIM);
    await expectBeunbind(server, payload.adjustRecord!.transId, DIST, customer.id, customer.balance);
    expect(await cash(server, DIST)).toBe(before.cash + customer.balance);
    expect(await associationRows(server)).toMatchObject({
      events: before.events,
      couponRecords: before.couponRecords + coupons.length,
      adjust: before.adjust + 1,
      ledger: before.ledger + 2,
      audit: before.audit + 1,
      unbound: before.unbound + 1,
    });
    expect(await lastAudit(server, 'handleUnbindRequest')).toMatchObject({
      target: eventId,
      memberId: demoMember('dist-admin').id,
      actor: `member:${demoMember('dist-admin').id}`,
    });
    expect((await server.em().findOneOrFail(SubCustomer, customer.id)).unboundAt).toBeInstanceOf(Date);
    expect(await checkInvariants(server.orm)).toEqual([]);

    expect(userErrorCodes((await handle({ eventId, approve: false })).data!.handleUnbindRequest.userErrors)).toEqual([
      'EVENT_NOT_PENDING',
    ]);
    const switchIt = await server.execute(
      AssocSwitchAssociationTypeDocument,
      { input: { customerId: gid('SubCustomer', customer.id), toType: 'ADVISORY' } },
      admin,
    );
    expect(userErrorCodes(switchIt.data!.switchAssociationType.userErrors)).toEqual(['CUSTOMER_NOT_ASSOCIATED']);
  });

  it('rejects: REJECTED with the reason appended, nothing else; the 3-month rule then holds for both sides (UNBIND_TOO_SOON)', async () => {
    const customer = await freeCustomer(server, {
      partner: DIST,
      associationType: AssociationType.RESALE,
      balance: { $gt: 0 },
    });
    const eventId = (await customerAsksUnbind(server, customer.accountName, '价格原因')).event!.id;
    const before = { cash: await cash(server, DIST), ...(await associationRows(server)) };
    const payload = (await handle({ eventId, approve: false, reason: '合同未到期' })).data!.handleUnbindRequest;
    expect(payload.userErrors).toEqual([]);
    expect(payload.event).toMatchObject({ status: 'REJECTED', reason: '价格原因（驳回：合同未到期）' });
    expect([payload.adjustRecord, payload.reclaimedCoupons]).toEqual([null, []]);
    expect({ cash: await cash(server, DIST), ...(await associationRows(server)) }).toEqual({
      ...before,
      audit: before.audit + 1,
    });
    // The request stays on record: 3 months before the partner may unbind or switch, or the customer ask again.
    expect(userErrorCodes((await partnerAsksUnbind(server, admin, customer.id)).userErrors)).toEqual([
      'UNBIND_TOO_SOON',
    ]);
    const switchIt = await server.execute(
      AssocSwitchAssociationTypeDocument,
      { input: { customerId: gid('SubCustomer', customer.id), toType: 'ADVISORY' } },
      admin,
    );
    expect(userErrorCodes(switchIt.data!.switchAssociationType.userErrors)).toEqual(['UNBIND_TOO_SOON']);
    expect(userErrorCodes((await customerAsksUnbind(server, customer.accountName, 'x', '000000')).userErrors)).toEqual([
      'UNBIND_TOO_SOON',
    ]);
    expect(await checkInvariants(server.orm)).toEqual([]);
  });

  it('answers EVENT_NOT_FOUND for other partners’ events, EVENT_NOT_PENDING for settled ones and its own requests, FORBIDDEN to non-administrators and customers, BAD_USER_INPUT for a bad id', async () => {
    const foreignCustomer = await freeCustomer(server, { partner: OTHER_DIST });
    const foreign = (await customerAsksUnbind(server, foreignCustomer.accountName)).event!.id;
    const ownCustomer = await freeCustomer(server, { partner: DIST, associationType: AssociationType.ADVISORY });
    const own = (await customerAsksUnbind(server, ownCustomer.accountName)).event!.id;
    const askedCustomer = await freeCustomer(server, { partner: DIST, associationType: AssociationType.ADVISORY });
    const partnersOwn = (await partnerAsksUnbind(server, admin, askedCustomer.id)).event!.id;
    const settled = await server
      .em()
      .findOneOrFail(
        AssociationEvent,
        { partner: DIST, status: AssociationEventStatus.COMPLETED, eventType: AssociationEventType.ASSOCIATE },
        { orderBy: { id: 'asc' } },
      );
    const before = await associationRows(server);
    const codes = async (eventId: string, token = admin) =>
      (await handle({ eventId, approve: true }, token)).data!.handleUnbindRequest.userErrors.map((u) => [
        u.code,
        u.field,
      ]);
    expect(await codes(foreign)).toEqual([['EVENT_NOT_FOUND', 'input.eventId']]);
    expect(await codes(gid('AssociationEvent', 999_999))).toEqual([['EVENT_NOT_FOUND', 'input.eventId']]);
    expect(await codes(gid('AssociationEvent', settled.id))).toEqual([['EVENT_NOT_PENDING', 'input.eventId']]);
    // The partner's own request is the customer's to answer (answerUnbindRequest).
    expect(await codes(partnersOwn)).toEqual([['EVENT_NOT_PENDING', 'input.eventId']]);
    expect(await codes(own, await server.signIn('other-dist-admin'))).toEqual([['EVENT_NOT_FOUND', 'input.eventId']]);
    expect(errorCodes(await handle({ eventId: own, approve: true }, await server.signIn('dist-ops')))).toEqual([
      'FORBIDDEN',
    ]);
    const asCustomer = await server.signIn(ownCustomer.accountName, undefined, 'CUSTOMER');
    expect(errorCodes(await handle({ eventId: own, approve: true }, asCustomer))).toEqual(['FORBIDDEN']);
    expect(errorCodes(await handle({ eventId: gid('SubCustomer', ownCustomer.id), approve: true }))).toEqual([
      'BAD_USER_INPUT',
    ]);
    expect(await associationRows(server)).toEqual(before);
    expect(
      (await server.em().findOneOrFail(AssociationEvent, { customer: ownCustomer.id }, { orderBy: { id: 'desc' } }))
        .status,
    ).toBe(AssociationEventStatus.PENDING);
  });

  it('refuses to approve for a customer in debt (CUSTOMER_IN_DEBT); rejecting stays possible', async () => {
    const debtor = await customerNamed(server, 'jinhua-retail');
    expect(debtor.debtAmount).toBeGreaterThan(0);
    // The customer may ask while in debt; the partner may not let it go until the debt is paid.
    const eventId = (await customerAsksUnbind(server, 'jinhua-retail', '更换服务商')).event!.id;
    const before = await associationRows(server);
    const approve = await handle({ eventId, approve: true });
    expect(userErrorCodes(approve.data!.handleUnbindRequest.userErrors)).toEqual(['CUSTOMER_IN_DEBT']);
    expect(await associationRows(server)).toEqual(before);
    const reject = (await handle({ eventId, approve: false })).data!.handleUnbindRequest;
    expect(reject.event).toMatchObject({ status: 'REJECTED', reason: '更换服务商' });
  });

  it('lets exactly one of parallel approvals and rejections answer a request', async () => {
    const customer = await freeCustomer(server, { partner: DIST, associationType: AssociationType.RESALE });
    const eventId = (await customerAsksUnbind(server, customer.accountName, '并发')).event!.id;
    const results = await Promise.all(
      [true, false, true, false].map((approve) =>
        handle({ eventId, approve }).then((r) => r.data!.handleUnbindRequest),
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

  it('lets exactly one of a customer request and parallel partner requests be made', async () => {
    const customer = await freeCustomer(server, { partner: DIST, associationType: AssociationType.ADVISORY });
    const code = await customerCode(server, customer.accountName, 'REQUEST_UNBIND');
    const before = await associationRows(server);
    const results = await Promise.all([
      customerAsksUnbind(server, customer.accountName, '并发', code),
      ...[1, 2, 3].map(() => partnerAsksUnbind(server, admin, customer.id)),
    ]);
    const made = results.filter((r) => r.userErrors.length === 0);
    expect(made).toHaveLength(1);
    for (const r of results.filter((x) => x.userErrors.length > 0))
      expect(['UNBIND_REQUEST_PENDING', 'UNBIND_TOO_SOON']).toContain(r.userErrors[0].code);
    expect((await associationRows(server)).events).toBe(before.events + 1);
    expect(await checkInvariants(server.orm)).toEqual([]);
  });
});

// Last: the job expires every request due at its clock.
describe('nobody answers the customer', () => {
  it('expires after 7 days: the partner’s answer is UNBIND_REQUEST_EXPIRED; the customer may ask again, the partner must wait 3 months', async () => {
    const customer = await freeCustomer(server, { partner: DIST, associationType: AssociationType.ADVISORY });
    const asked = await customerAsksUnbind(server, customer.accountName, '更换服务商');
    const eventId = asked.event!.id;
    const expiresAt = new Date(asked.event!.expiresAt!);
    // Answered late, before the job ran: refused just the same.
    expect(await runUnbindExpiry(server, new Date(expiresAt.getTime() + 1))).toBeGreaterThanOrEqual(1);
    const before = await associationRows(server);
    const late = await handle({ eventId, approve: true });
    expect(late.data!.handleUnbindRequest.userErrors.map((u) => [u.code, u.field])).toEqual([
      ['UNBIND_REQUEST_EXPIRED', 'input.eventId'],
    ]);
    expect(await associationRows(server)).toEqual(before);
    // No request waits any more. The customer may ask again (only its code is missing here: one a
    // minute); the partner must wait, for the customer asked less than 3 months ago.
    expect(userErrorCodes((await customerAsksUnbind(server, customer.accountName, 'again', null)).userErrors)).toEqual([
      'VERIFICATION_REQUIRED',
    ]);
    expect(userErrorCodes((await partnerAsksUnbind(server, admin, customer.id)).userErrors)).toEqual([
      'UNBIND_TOO_SOON',
    ]);
    expect(await checkInvariants(server.orm)).toEqual([]);
  });
});
