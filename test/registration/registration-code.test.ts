import { describe, expect, it } from 'vitest';
import { AssocCreateCustomerDocument, RegSendCustomerRegistrationCodeDocument } from '../generated/graphql';
import { checkInvariants, DEMO_CAPPED_MOBILE, demoMember } from '../../seeds';
import { SubCustomer } from '../../src/modules/customer/customer.entity';
import { CloudAccount } from '../../src/modules/cloud-account/cloud-account.entity';
import { OutboxMessage } from '../../src/modules/outbox/outbox.entity';
import { VerificationCode } from '../../src/modules/verification/verification.entity';
import { REGISTRATION_CODE_PURPOSE } from '../../src/modules/registration/registration.rules';
import { useTestServer } from '../support/server';
import { errorCodes, userErrorCodes } from '../support/graphql';
import { countRows, customerNamed, lastMessageTo } from '../support/rows';
import { atTime } from '../support/time';

const server = useTestServer();

const send = async (login: string, mobile: string) =>
  server.execute(RegSendCustomerRegistrationCodeDocument, { input: { mobile } }, await server.signIn(login));

/** The code in the latest SMS to a mobile (the outbox stands in for the SMS gateway). */
async function smsCode(mobile: string): Promise<string> {
  return /is (\d{6})\./.exec((await lastMessageTo(server, mobile))!.body)![1];
}

let serial = 0;
function newInput(overrides: Record<string, unknown>) {
  serial += 1;
  return {
    accountName: `sms-test-${serial}`,
    associationType: 'RESALE' as const,
    xaccountId: `SMS-${serial}`,
    xaccountType: 'sms_crm',
    idempotencyKey: `sms-${serial}-${Date.now()}`,
    ...overrides,
  };
}
const create = async (login: string, input: Record<string, unknown>) =>
  server.execute(AssocCreateCustomerDocument, { input: newInput(input) }, await server.signIn(login));

async function rowCounts() {
  return {
    customers: await countRows(server, 'sub_customer'),
    accounts: await countRows(server, 'cloud_account'),
    events: await countRows(server, 'association_event'),
  };
}

describe('sendCustomerRegistrationCode (发送验证码)', () => {
  it('sends a 6-digit code by SMS through the outbox, bound to the mobile and the member; one a minute', async () => {
    const mobile = '0086-13512340001';
    const res = await send('sp-admin', ` ${mobile} `);
    expect(res.errors).toBeUndefined();
    const payload = res.data!.sendCustomerRegistrationCode;
    expect(payload.userErrors).toEqual([]);
    expect(payload.sentTo).toBe('****-*******0001');
    const expiresIn = new Date(payload.expiresAt!).getTime() - Date.now();
    expect(expiresIn).toBeGreaterThan(4 * 60_000);
    expect(expiresIn).toBeLessThanOrEqual(5 * 60_000);
    const sms = (await lastMessageTo(server, mobile))!;
    expect(sms).toMatchObject({ channel: 'SMS', purpose: `VERIFICATION:${REGISTRATION_CODE_PURPOSE}` });
    expect(sms.body).toMatch(/is \d{6}\./);
    const [row] = await server
      .em()
      .find(VerificationCode, { member: demoMember('sp-admin').id, purpose: REGISTRATION_CODE_PURPOSE });
    expect(row).toMatchObject({ destination: mobile, usedAt: null, failedAttempts: 0 });

    // A second one within the minute (to any number) is refused, and nothing is sent.
    const messages = await countRows(server, 'outbox_message');
    const again = await send('sp-admin', '0086-13512340002');
    expect(again.data!.sendCustomerRegistrationCode).toMatchObject({
      sentTo: null,
      expiresAt: null,
      userErrors: [{ code: 'VERIFICATION_CODE_TOO_SOON', field: null }],
    });
    expect(await countRows(server, 'outbox_message')).toBe(messages);
  });

  it('sends nothing for a number createCustomer would refuse, nor for a frozen partner or a member without customer:create', async () => {
    const yunfan = await customerNamed(server, 'yunfan-tech');
    const messages = await countRows(server, 'outbox_message');
    const refused = async (mobile: string) =>
      (await send('reseller-admin', mobile)).data!.sendCustomerRegistrationCode.userErrors.map((u) => [
        u.code,
        u.field,
      ]);
    expect(await refused('13912345678')).toEqual([['INVALID_MOBILE', 'input.mobile']]);
    expect(await refused('0086-02912345678')).toEqual([['INVALID_MOBILE', 'input.mobile']]);
    expect(await refused(`0086-${'9'.repeat(30)}`)).toEqual([['VALUE_TOO_LONG', 'input.mobile']]);
    expect(await refused(`${yunfan.countryCode}-${yunfan.telephone}`)).toEqual([['MOBILE_TAKEN', 'input.mobile']]);
    expect(await refused(DEMO_CAPPED_MOBILE)).toEqual([['MOBILE_REGISTRATION_LIMIT', 'input.mobile']]);
    const frozen = await send('frozen-reseller-admin', '0086-13512340003');
    expect(userErrorCodes(frozen.data!.sendCustomerRegistrationCode.userErrors)).toEqual(['PARTNER_FROZEN']);
    for (const login of ['dist-ops', 'dist-am', 'dist-sa']) {
      expect(errorCodes(await send(login, '0086-13512340003')), login).toEqual(['FORBIDDEN']);
    }
    const anonymous = await server.execute(RegSendCustomerRegistrationCodeDocument, {
      input: { mobile: '0086-13512340003' },
    });
    expect(errorCodes(anonymous)).toEqual(['UNAUTHENTICATED']);
    expect(await countRows(server, 'outbox_message')).toBe(messages);
  });
});

describe('createCustomer with a mobile needs its registration code', () => {
  it('refuses a wrong, expired, other-number or other-member code with VERIFICATION_CODE_INVALID and creates nothing; the right one once', async () => {
    const mobile = '0086-15012340005';
    expect(
      userErrorCodes((await send('other-dist-admin', mobile)).data!.sendCustomerRegistrationCode.userErrors),
    ).toEqual([]);
    const code = await smsCode(mobile);
    const before = await rowCounts();
    const invalid = (res: Awaited<ReturnType<typeof create>>) =>
      res.data!.createCustomer.userErrors.map((u) => [u.code, u.field]);
    const INVALID = [['VERIFICATION_CODE_INVALID', 'input.verificationCode']];
    expect(
      invalid(await create('other-dist-admin', { mobile, verificationCode: code === '000000' ? '111111' : '000000' })),
    ).toEqual(INVALID);
    expect(invalid(await create('other-dist-admin', { mobile: '0086-15012340006', verificationCode: code }))).toEqual(
      INVALID,
    );
    expect(invalid(await create('restricted-reseller-admin', { mobile, verificationCode: code }))).toEqual(INVALID);
    await atTime(new Date(Date.now() + 6 * 60_000), async () => {
      expect(invalid(await create('other-dist-admin', { mobile, verificationCode: code }))).toEqual(INVALID);
    });
    expect(await rowCounts()).toEqual(before);
    const stored = await server.em().findOneOrFail(VerificationCode, {
      member: demoMember('other-dist-admin').id,
      purpose: REGISTRATION_CODE_PURPOSE,
      destination: mobile,
    });
    expect([stored.usedAt, stored.failedAttempts]).toEqual([null, 1]);

    const ok = await create('other-dist-admin', { mobile, verificationCode: code });
    expect(ok.data!.createCustomer.userErrors).toEqual([]);
    const customer = await customerNamed(server, ok.data!.createCustomer.customer!.accountName);
    expect([customer.countryCode, customer.telephone]).toEqual(['0086', '15012340005']);
    const used = await server.em().findOneOrFail(VerificationCode, stored.id);
    expect(used.usedAt).not.toBeNull();
    expect(await server.em().count(CloudAccount, { mobile })).toBe(1);
    // The number is now a customer's: MOBILE_TAKEN comes before the (spent) code is looked at.
    const twice = await create('other-dist-admin', { mobile, verificationCode: code });
    expect(invalid(twice)).toEqual([['MOBILE_TAKEN', 'input.mobile']]);
  });

  it('registers a customer without a mobile, with no code', async () => {
    const res = await create('reseller2-admin', {});
    expect(res.data!.createCustomer.userErrors).toEqual([]);
    const customer = await server
      .em()
      .findOneOrFail(SubCustomer, { accountName: res.data!.createCustomer.customer!.accountName });
    expect([customer.countryCode, customer.telephone]).toEqual([null, null]);
    const account = await server.em().findOneOrFail(CloudAccount, { accountName: customer.accountName });
    expect(account.mobile).toBeNull();
  });

  it('gives one mobile to exactly one customer when partners register it at once, on both databases', async () => {
    const mobile = '0086-18812340007';
    const logins = ['dist-admin', 'reseller-admin', 'restricted-reseller-admin', 'other-reseller-admin'];
    const codes: string[] = [];
    for (const login of logins) {
      const sent = await send(login, mobile);
      expect(sent.data!.sendCustomerRegistrationCode.userErrors, login).toEqual([]);
      codes.push(await smsCode(mobile));
    }
    const before = await rowCounts();
    const results = await Promise.all(logins.map((login, i) => create(login, { mobile, verificationCode: codes[i] })));
    expect(results.map((r) => r.status)).toEqual(Array(logins.length).fill(200));
    expect(results.flatMap((r) => r.errors ?? [])).toEqual([]);
    const outcomes = results.map((r) => userErrorCodes(r.data!.createCustomer.userErrors).join(','));
    expect(outcomes.filter((c) => c === '')).toHaveLength(1);
    expect(outcomes.filter((c) => c !== '')).toEqual(Array(logins.length - 1).fill('MOBILE_TAKEN'));
    expect(await server.em().count(SubCustomer, { countryCode: '0086', telephone: '18812340007' })).toBe(1);
    expect(await server.em().count(CloudAccount, { mobile })).toBe(1);
    expect(await rowCounts()).toEqual({
      customers: before.customers + 1,
      accounts: before.accounts + 1,
      events: before.events + 1,
    });
    expect(await server.em().count(OutboxMessage, { destination: mobile })).toBe(logins.length);
    expect(await checkInvariants(server.orm)).toEqual([]);
  });
});
