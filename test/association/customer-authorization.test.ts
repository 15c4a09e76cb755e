/**
 * 代下单授权 given and taken by the customer itself (seed 004), through HTTP: the signed-in customer
 * grants its partner order-on-behalf authorization and cancels it with a reason and a verification
 * code; the partner sees SubCustomer.orderAuthorization change. Members and operators cannot.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import {
  AssocCustomerViewerDocument,
  AssocGrantOrderAuthorizationDocument,
  AssocPartnerSeesCustomerDocument,
  AssocRevokeOrderAuthorizationDocument,
} from '../generated/graphql';
import { checkInvariants } from '../../seeds';
import { OrderAuthorization } from '../../src/modules/association/association.entity';
import { OrderAuthorizationStatus } from '../../src/modules/association/association.enums';
import { AssociationType } from '../../src/modules/customer/customer.enums';
import {
  associationRows,
  customerActor,
  customerAnswers,
  freeCustomer,
  partnerAsksUnbind,
} from '../support/association';
import { customerCode } from '../support/customers';
import { DIST } from '../support/demo';
import { errorCodes, userErrorCodes } from '../support/graphql';
import { gid } from '../support/ids';
import { auditOf, customerNamed } from '../support/rows';
import { useTestServer } from '../support/server';

const server = useTestServer();
let admin: string;
beforeAll(async () => {
  admin = await server.signIn('dist-admin');
});

const asCustomer = (accountName: string) => server.signIn(accountName, undefined, 'CUSTOMER');
const grant = async (accountName: string) =>
  (await server.execute(AssocGrantOrderAuthorizationDocument, {}, await asCustomer(accountName))).data!
    .grantOrderAuthorization;
const revoke = async (accountName: string, reason: string, verificationCode?: string | null) =>
  (
    await server.execute(
      AssocRevokeOrderAuthorizationDocument,
      { input: { reason, verificationCode } },
      await asCustomer(accountName),
    )
  ).data!.revokeOrderAuthorization;

/** SubCustomer.orderAuthorization as the partner's administrator reads it. */
async function partnerSees(customerId: number) {
  const res = await server.execute(AssocPartnerSeesCustomerDocument, { id: gid('SubCustomer', customerId) }, admin);
  return (res.data!.node as { orderAuthorization: { id: string; status: string } | null }).orderAuthorization;
}

describe('the customer cancels and grants its authorization', () => {
  it('cancels with a reason and a code (REVOKED, audit as the customer), refuses a second cancel, grants again with a new row', async () => {
    const customer = await freeCustomer(
      server,
      { partner: DIST, associationType: AssociationType.RESALE },
      async (c) =>
        (await server.em().count(OrderAuthorization, { customer: c.id, status: OrderAuthorizationStatus.GRANTED })) ===
        1,
    );
    const name = customer.accountName;
    expect(await partnerSees(customer.id)).toMatchObject({ status: 'GRANTED' });
    const before = await associationRows(server);
    const code = await customerCode(server, name, 'CANCEL_ORDER_AUTHORIZATION');
    const cancelled = await revoke(name, '  不再需要代下单  ', code);
    expect(cancelled.userErrors).toEqual([]);
    expect(cancelled.orderAuthorization!.status).toBe('REVOKED');
    expect(Date.now() - Date.parse(cancelled.orderAuthorization!.revokedAt!)).toBeLessThan(60_000);
    expect(await associationRows(server)).toEqual({
      ...before,
      grantedAuthorizations: before.grantedAuthorizations - 1,
      audit: before.audit + 1,
    });
    const [audit] = await auditOf(server, 'revokeOrderAuthorization', gid('SubCustomer', customer.id));
    expect(audit).toMatchObject({ actor: await customerActor(server, name), memberId: null, partnerId: DIST });
    expect(audit.after).toMatchObject({ status: 'REVOKED', reason: '不再需要代下单' });
    // The partner and the customer see it.
    expect(await partnerSees(customer.id)).toMatchObject({ status: 'REVOKED' });
    const mine = (await server.execute(AssocCustomerViewerDocument, {}, await asCustomer(name))).data!.customerViewer;
    expect(mine.orderAuthorization).toMatchObject({ id: cancelled.orderAuthorization!.id, status: 'REVOKED' });

    // Nothing GRANTED any more: refused before the code is asked for.
    const twice = await revoke(name, 'again', '000000');
    expect(twice.userErrors.map((u) => u.code)).toEqual(['AUTHORIZATION_NOT_GRANTED']);

    const granted = await grant(name);
    expect(granted.userErrors).toEqual([]);
    // The customer reads its authorization, not the partner's SubCustomer row behind it.
    expect(granted.orderAuthorization).toMatchObject({ status: 'GRANTED', revokedAt: null, customer: null });
    expect(granted.orderAuthorization!.id).not.toBe(cancelled.orderAuthorization!.id);
    expect(await partnerSees(customer.id)).toEqual({
      id: granted.orderAuthorization!.id,
      status: 'GRANTED',
      revokedAt: null,
    });
    // Granting while GRANTED changes nothing.
    const counts = await associationRows(server);
    expect((await grant(name)).orderAuthorization!.id).toBe(granted.orderAuthorization!.id);
    expect(await associationRows(server)).toEqual(counts);
    expect(counts).toMatchObject({
      authorizations: before.authorizations + 1,
      grantedAuthorizations: before.grantedAuthorizations,
    });
    expect(await checkInvariants(server.orm)).toEqual([]);
  });

  it('grants for a customer whose authorization was REVOKED (xinghe-edu)', async () => {
    const xinghe = await customerNamed(server, 'xinghe-edu');
    expect(await partnerSees(xinghe.id)).toMatchObject({ status: 'REVOKED' });
    expect((await grant('xinghe-edu')).orderAuthorization!.status).toBe('GRANTED');
    expect(await partnerSees(xinghe.id)).toMatchObject({ status: 'GRANTED' });
  });

  it('needs a reason (REASON_REQUIRED, REASON_TOO_LONG) and the right code (VERIFICATION_REQUIRED, VERIFICATION_CODE_INVALID); nothing changes', async () => {
    const name = 'yunfan-tech';
    const before = await associationRows(server);
    const codes = async (reason: string, code?: string | null) =>
      (await revoke(name, reason, code)).userErrors.map((u) => [u.code, u.field]);
    expect(await codes('   ', '000000')).toEqual([['REASON_REQUIRED', 'input.reason']]);
    expect(await codes('x'.repeat(201), '000000')).toEqual([['REASON_TOO_LONG', 'input.reason']]);
    expect(await codes('不再需要')).toEqual([['VERIFICATION_REQUIRED', 'input.verificationCode']]);
    expect(await codes('不再需要', '000000')).toEqual([['VERIFICATION_CODE_INVALID', 'input.verificationCode']]);
    // A code for another of the customer's operations does not do.
    const other = await customerCode(server, name, 'REQUEST_UNBIND');
    expect(await codes('不再需要', other)).toEqual([['VERIFICATION_CODE_INVALID', 'input.verificationCode']]);
    const missing = await server.execute(
      'mutation { revokeOrderAuthorization(input: { verificationCode: "1" }) { userErrors { code } } }',
      {},
      await asCustomer(name),
    );
    expect(missing.errors?.length).toBeGreaterThan(0);
    expect(await associationRows(server)).toEqual(before);
    expect(await partnerSees((await customerNamed(server, name)).id)).toMatchObject({ status: 'GRANTED' });
  });

  it('is CUSTOMER_NOT_ASSOCIATED once the association ended (and for an account never associated)', async () => {
    const customer = await freeCustomer(
      server,
      { partner: DIST, associationType: AssociationType.RESALE },
      async (c) =>
        (await server.em().count(OrderAuthorization, { customer: c.id, status: OrderAuthorizationStatus.GRANTED })) ===
        1,
    );
    const eventId = (await partnerAsksUnbind(server, admin, customer.id)).event!.id;
    const approved = await customerAnswers(server, customer.accountName, {
      eventId,
      approve: true,
      verificationCode: 'fresh',
    });
    expect(approved.userErrors).toEqual([]);
    // The approval revoked the authorization; the partner sees REVOKED.
    expect(await partnerSees(customer.id)).toMatchObject({ status: 'REVOKED' });
    const before = await associationRows(server);
    for (const name of [customer.accountName, 'qingyun-newco']) {
      expect(userErrorCodes((await grant(name)).userErrors)).toEqual(['CUSTOMER_NOT_ASSOCIATED']);
      expect(userErrorCodes((await revoke(name, '不再需要', '000000')).userErrors)).toEqual([
        'CUSTOMER_NOT_ASSOCIATED',
      ]);
    }
    expect(await associationRows(server)).toEqual(before);
  });

  it('is FORBIDDEN to members (even administrators) and operators, UNAUTHENTICATED anonymously', async () => {
    const before = await associationRows(server);
    const tokens = [
      admin,
      await server.signIn('dist-ops'),
      await server.signIn('other-dist-admin'),
      await server.signIn('ops-admin', undefined, 'OPERATOR'),
    ];
    for (const token of tokens) {
      expect(errorCodes(await server.execute(AssocGrantOrderAuthorizationDocument, {}, token))).toEqual(['FORBIDDEN']);
      expect(
        errorCodes(
          await server.execute(
            AssocRevokeOrderAuthorizationDocument,
            { input: { reason: 'x', verificationCode: '000000' } },
            token,
          ),
        ),
      ).toEqual(['FORBIDDEN']);
    }
    expect(errorCodes(await server.execute(AssocGrantOrderAuthorizationDocument, {}))).toEqual(['UNAUTHENTICATED']);
    expect(await associationRows(server)).toEqual(before);
  });
});
