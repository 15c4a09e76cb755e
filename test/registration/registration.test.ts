import { beforeAll, describe, expect, it } from 'vitest';
import {
  AssocCheckCustomerRegistrationDocument,
  AssocCreateCustomerDocument,
  AssocCreateCustomerInFullDocument,
  RegSendCustomerRegistrationCodeDocument,
} from '../generated/graphql';
import { checkInvariants, DEMO_CAPPED_MOBILE, demoMember, demoPartner } from '../../seeds';
import { MOBILE_REGISTRATION_CAP } from '../../src/modules/registration/registration.rules';
import { AuditLog } from '../../src/modules/audit/audit.entity';
import { AssociationEvent } from '../../src/modules/association/association.entity';
import {
  AssociationEventStatus,
  AssociationEventType,
  AssociationInitiator,
} from '../../src/modules/association/association.enums';
import { SubCustomer } from '../../src/modules/customer/customer.entity';
import {
  AssociationType,
  CustomerLevel,
  CustomerType,
  FrozenState,
  VerifiedStatus,
} from '../../src/modules/customer/customer.enums';
import { IdempotencyRecord } from '../../src/modules/idempotency/idempotency.entity';
import { CloudAccount } from '../../src/modules/cloud-account/cloud-account.entity';
import { useTestServer } from '../support/server';
import { gid } from '../support/ids';
import { DIST, RESELLER1 } from '../support/demo';
import { errorCodes, userErrorCodes } from '../support/graphql';
import { customerNamed, lastAudit, lastMessageTo } from '../support/rows';

const server = useTestServer();
let admin: string;
beforeAll(async () => {
  admin = await server.signIn('dist-admin');
});

async function rowCounts() {
  const e = server.em();
  return {
    accounts: await e.count(CloudAccount, {}),
    customers: await e.count(SubCustomer, {}),
    events: await e.count(AssociationEvent, {}),
    audit: await e.count(AuditLog, {}),
  };
}

let serial = 0;
/** A valid createCustomer input with fresh values (no mobile: a mobile needs its registration code). */
function newInput(overrides: Record<string, unknown> = {}) {
  serial += 1;
  const n = String(serial).padStart(3, '0');
  return {
    accountName: `acme-test-${n}`,
    email: `it${n}@acme-test.example.cn`,
    name: `测试客户 ${n}`,
    associationType: 'RESALE' as const,
    xaccountId: `CRM-${n}`,
    xaccountType: 'acme_crm',
    label: 'pilot',
    idempotencyKey: `create-${n}-${Date.now()}`,
    ...overrides,
  };
}

/** Sends a registration code to a mobile as dist-admin and reads it from the outbox (the SMS). */
async function registrationCode(mobile: string): Promise<string> {
  const res = await server.execute(RegSendCustomerRegistrationCodeDocument, { input: { mobile } }, admin);
  expect(res.data!.sendCustomerRegistrationCode.userErrors).toEqual([]);
  return /is (\d{6})\./.exec((await lastMessageTo(server, mobile))!.body)![1];
}

describe('checkCustomerRegistration (校验客户注册信息)', () => {
  it('answers USED_BY_USER for names and emails any cloud account uses (other partners too, names case-insensitive), for a mobile only whether it is over the registration cap', async () => {
    const foreign = await customerNamed(server, 'woodgrove-finance');
    expect(foreign.email).toBeTruthy();
    const check = (input: Record<string, unknown>) =>
      server.execute(AssocCheckCustomerRegistrationDocument, { input }, admin);
    const used = await check({
      accountName: 'WoodGrove-Finance',
      email: foreign.email!.toUpperCase(),
      mobile: `${foreign.countryCode}-${foreign.telephone}`,
    });
    expect(used.errors).toBeUndefined();
    // The platform checks a mobile for its number of registrations only (one here: under the cap).
    expect(used.data!.checkCustomerRegistration).toEqual({
      accountName: 'USED_BY_USER',
      email: 'USED_BY_USER',
      mobile: 'AVAILABLE',
      userErrors: [],
    });
    const capped = await check({ mobile: ` ${DEMO_CAPPED_MOBILE} ` });
    expect(capped.data!.checkCustomerRegistration).toEqual({
      accountName: null,
      email: null,
      mobile: 'REGISTRATION_LIMIT_REACHED',
      userErrors: [],
    });
    expect(await server.em().count(CloudAccount, { mobile: DEMO_CAPPED_MOBILE })).toBe(MOBILE_REGISTRATION_CAP);
    const free = await check({
      accountName: 'brand-new-account',
      email: 'nobody@nowhere.example',
      mobile: '0086-13000000000',
    });
    expect(free.data!.checkCustomerRegistration).toEqual({
      accountName: 'AVAILABLE',
      email: 'AVAILABLE',
      mobile: 'AVAILABLE',
      userErrors: [],
    });
    const one = await check({ email: 'nobody@nowhere.example' });
    expect(one.data!.checkCustomerRegistration).toEqual({
      accountName: null,
      email: 'AVAILABLE',
      mobile: null,
      userErrors: [],
    });

    // Accounts outside the partner center (e.g. on the international site) are in the registry only.
    const e = server.em();
    e.create(CloudAccount, {
      accountName: 'intl-only-account',
      email: 'intl@abroad.example',
      mobile: '001-5550001',
      international: true,
      isPartner: false,
      reportedByCloud: false,
      governmentSubsidy: false,
      createdAt: new Date(),
    });
    await e.flush();
    const registry = await check({
      accountName: 'Intl-Only-Account',
      email: 'intl@abroad.example',
      mobile: '001-5550001',
    });
    expect(registry.data!.checkCustomerRegistration).toEqual({
      accountName: 'USED_BY_USER',
      email: 'USED_BY_USER',
      mobile: 'AVAILABLE',
      userErrors: [],
    });
  });

  it('reports malformed values as user errors with null answers, and an empty input as NOTHING_TO_CHECK', async () => {
    const check = (input: Record<string, unknown>) =>
      server.execute(AssocCheckCustomerRegistrationDocument, { input }, admin);
    const bad = await check({ accountName: 'op_admin', email: 'not-an-email', mobile: '13912345678' });
    expect(bad.data!.checkCustomerRegistration).toMatchObject({ accountName: null, email: null, mobile: null });
    expect(bad.data!.checkCustomerRegistration.userErrors.map((u) => [u.code, u.field])).toEqual([
      ['INVALID_ACCOUNT_NAME', 'input.accountName'],
      ['INVALID_EMAIL', 'input.email'],
      ['INVALID_MOBILE', 'input.mobile'],
    ]);
    const mixed = await check({ accountName: '12345678', email: 'ok@fine.example' });
    expect(mixed.data!.checkCustomerRegistration).toMatchObject({ accountName: null, email: 'AVAILABLE' });
    expect(userErrorCodes(mixed.data!.checkCustomerRegistration.userErrors)).toEqual(['INVALID_ACCOUNT_NAME']);
    expect(userErrorCodes((await check({})).data!.checkCustomerRegistration.userErrors)).toEqual(['NOTHING_TO_CHECK']);
  });

  it('is refused to members without customer:create', async () => {
    for (const login of ['dist-ops', 'dist-am', 'dist-sa']) {
      const res = await server.execute(
        AssocCheckCustomerRegistrationDocument,
        { input: { accountName: 'whatever-name' } },
        await server.signIn(login),
      );
      expect(errorCodes(res), login).toEqual(['FORBIDDEN']);
    }
    const anonymous = await server.execute(AssocCheckCustomerRegistrationDocument, {
      input: { accountName: 'whatever-name' },
    });
    expect(errorCodes(anonymous)).toEqual(['UNAUTHENTICATED']);
  });
});

describe('createCustomer (创建客户)', () => {
  it('registers the account, creates the customer (32-hex id, NOT_VERIFIED, NONE, V0, balance 0) with an ASSOCIATE event and an audit row', async () => {
    const input = newInput({
      accountName: '  Acme-Robotics  ',
      email: 'IT@Acme-Robotics.Example.cn',
      mobile: '0086-13912345678',
      verificationCode: await registrationCode('0086-13912345678'),
      password: 'S3cret-pass!',
    });
    const before = await rowCounts();
    const res = await server.execute(AssocCreateCustomerInFullDocument, { input }, admin);
    expect(res.errors).toBeUndefined();
    const payload = res.data!.createCustomer;
    expect(payload.userErrors).toEqual([]);
    const stored = await customerNamed(server, 'Acme-Robotics');
    expect(stored.customerId).toMatch(/^[0-9a-f]{32}$/);
    expect(payload.customer).toEqual({
      id: gid('SubCustomer', stored.id),
      accountName: 'Acme-Robotics',
      associationType: 'RESALE',
      partner: { id: gid('Partner', DIST) },
      customerId: stored.customerId,
      name: input.name,
      label: 'pilot',
      email: 'it@acme-robotics.example.cn',
      telephone: '13912345678',
      countryCode: '0086',
      verifiedStatus: 'NOT_VERIFIED',
      customerType: 'NONE',
      customerLevel: 'V0',
      isFrozen: 'NOT_FROZEN',
      xaccountId: input.xaccountId,
      xaccountType: 'acme_crm',
      balance: { amount: { amount: '0.00' } },
      balanceUnavailableReason: null,
      associationEvents: {
        nodes: [
          {
            eventType: 'ASSOCIATE',
            initiator: 'PARTNER',
            status: 'COMPLETED',
            toType: 'RESALE',
            handledBy: { loginName: 'dist-admin' },
          },
        ],
      },
    });
    expect(stored).toMatchObject({
      verifiedStatus: VerifiedStatus.NOT_VERIFIED,
      customerType: CustomerType.NONE,
      customerLevel: CustomerLevel.V0,
      isFrozen: FrozenState.NOT_FROZEN,
      balance: 0,
      debtAmount: 0,
      accountManager: null,
    });
    const account = await server.em().findOneOrFail(CloudAccount, { accountName: 'Acme-Robotics' });
    expect(account).toMatchObject({
      email: 'it@acme-robotics.example.cn',
      mobile: '0086-13912345678',
      international: false,
      isPartner: false,
      reportedByCloud: false,
      governmentSubsidy: false,
    });
    const events = await server.em().find(AssociationEvent, { customer: stored.id });
    expect(events.map((e) => [e.partner.id, e.eventType, e.initiator, e.status, e.toType, e.handledBy?.id])).toEqual([
      [
        DIST,
        AssociationEventType.ASSOCIATE,
        AssociationInitiator.PARTNER,
        AssociationEventStatus.COMPLETED,
        AssociationType.RESALE,
        demoMember('dist-admin').id,
      ],
    ]);
    expect(await rowCounts()).toEqual({
      accounts: before.accounts + 1,
      customers: before.customers + 1,
      events: before.events + 1,
      audit: before.audit + 1,
    });
    const audit = await lastAudit(server, 'createCustomer');
    expect(audit).toMatchObject({
      partnerId: DIST,
      memberId: demoMember('dist-admin').id,
      target: gid('SubCustomer', stored.id),
    });
    // The password is checked and dropped: not in the audit row, not in the idempotency record.
    const key = await server.em().findOneOrFail(IdempotencyRecord, { partner: DIST, key: input.idempotencyKey });
    expect(JSON.stringify([audit.before, audit.after, key])).not.toContain('S3cret');
    expect(await checkInvariants(server.orm)).toEqual([]);

    // Now taken, whatever the case; a retry with the same key replays, another input with it is refused.
    const check = await server.execute(
      AssocCheckCustomerRegistrationDocument,
      { input: { accountName: 'acme-ROBOTICS', email: 'it@acme-robotics.example.cn', mobile: '0086-13912345678' } },
      admin,
    );
    expect(check.data!.checkCustomerRegistration).toMatchObject({
      accountName: 'USED_BY_USER',
      email: 'USED_BY_USER',
      mobile: 'AVAILABLE',
    });
    const counts = await rowCounts();
    const replay = await server.execute(AssocCreateCustomerInFullDocument, { input }, admin);
    expect(replay.data).toEqual(res.data);
    const reused = await server.execute(
      AssocCreateCustomerDocument,
      { input: { ...newInput(), idempotencyKey: input.idempotencyKey } },
      admin,
    );
    expect(userErrorCodes(reused.data!.createCustomer.userErrors)).toEqual(['IDEMPOTENCY_KEY_REUSED']);
    expect(await rowCounts()).toEqual(counts);
  });

  it('lets a distributor create a customer for one of its resellers (bound to the reseller, basic info for the distributor)', async () => {
    const input = newInput({ resellerId: gid('Partner', RESELLER1), associationType: 'ADVISORY' });
    const res = await server.execute(AssocCreateCustomerDocument, { input }, admin);
    expect(res.data!.createCustomer.userErrors).toEqual([]);
    expect(res.data!.createCustomer.customer).toMatchObject({
      accountName: input.accountName,
      associationType: 'ADVISORY',
      partner: { id: gid('Partner', RESELLER1) },
    });
    const stored = await customerNamed(server, input.accountName);
    expect(stored.partner.id).toBe(RESELLER1);
    const event = await server.em().findOneOrFail(AssociationEvent, { customer: stored.id });
    expect([event.partner.id, event.handledBy]).toEqual([RESELLER1, null]);
    // The distributor sees basic info only; the reseller sees it in full.
    const full = await server.execute(AssocCreateCustomerInFullDocument, { input }, admin);
    expect(errorCodes(full)).toContain('FORBIDDEN');
    const reseller = await server.execute(
      'query($id: ID!) { node(id: $id) { ... on SubCustomer { accountName xaccountId associationEvents(first: 1) { nodes { eventType handledBy { id } } } } } }',
      { id: gid('SubCustomer', stored.id) },
      await server.signIn('reseller-admin'),
    );
    expect(reseller.data).toEqual({
      node: {
        accountName: input.accountName,
        xaccountId: input.xaccountId,
        associationEvents: { nodes: [{ eventType: 'ASSOCIATE', handledBy: null }] },
      },
    });
    expect(await checkInvariants(server.orm)).toEqual([]);
  });

  it('refuses taken values with the right codes, all at once, and changes nothing', async () => {
    const yunfan = await customerNamed(server, 'yunfan-tech');
    const before = await rowCounts();
    const res = await server.execute(
      AssocCreateCustomerDocument,
      {
        input: newInput({
          accountName: 'YUNFAN-TECH',
          email: yunfan.email,
          mobile: `${yunfan.countryCode}-${yunfan.telephone}`,
          verificationCode: '123456',
        }),
      },
      admin,
    );
    expect(res.data!.createCustomer.customer).toBeNull();
    expect(res.data!.createCustomer.userErrors.map((u) => [u.code, u.field])).toEqual([
      ['ACCOUNT_NAME_TAKEN', 'input.accountName'],
      ['EMAIL_TAKEN', 'input.email'],
      ['MOBILE_TAKEN', 'input.mobile'],
    ]);
    expect(await rowCounts()).toEqual(before);
  });

  it('answers concurrent registrations of one name or one email with exactly one customer and TAKEN codes, never a 500', async () => {
    const before = await rowCounts();
    const sameName = await Promise.all(
      Array.from({ length: 6 }, () =>
        server.execute(AssocCreateCustomerDocument, { input: newInput({ accountName: 'race-name-01' }) }, admin),
      ),
    );
    expect(sameName.map((r) => r.status)).toEqual(Array(6).fill(200));
    expect(sameName.flatMap((r) => r.errors ?? [])).toEqual([]);
    const nameCodes = sameName.map((r) => userErrorCodes(r.data!.createCustomer.userErrors).join(','));
    expect(nameCodes.filter((c) => c === '')).toHaveLength(1);
    expect(nameCodes.filter((c) => c !== '')).toEqual(Array(5).fill('ACCOUNT_NAME_TAKEN'));

    const sameEmail = await Promise.all(
      Array.from({ length: 6 }, () =>
        server.execute(AssocCreateCustomerDocument, { input: newInput({ email: 'race@acme-test.example.cn' }) }, admin),
      ),
    );
    const emailCodes = sameEmail.map((r) => userErrorCodes(r.data!.createCustomer.userErrors).join(','));
    expect(emailCodes.filter((c) => c === '')).toHaveLength(1);
    expect(emailCodes.filter((c) => c !== '')).toEqual(Array(5).fill('EMAIL_TAKEN'));
    expect(await rowCounts()).toMatchObject({
      accounts: before.accounts + 2,
      customers: before.customers + 2,
      events: before.events + 2,
    });
    expect(await server.em().count(CloudAccount, { email: 'race@acme-test.example.cn' })).toBe(1);
    expect(await checkInvariants(server.orm)).toEqual([]);
  });

  it.each([
    [{ accountName: 'abcd' }, 'INVALID_ACCOUNT_NAME', 'input.accountName'],
    [{ accountName: '1abcdef' }, 'INVALID_ACCOUNT_NAME', 'input.accountName'],
    [{ accountName: '123456789' }, 'INVALID_ACCOUNT_NAME', 'input.accountName'],
    [{ accountName: 'op_customer' }, 'INVALID_ACCOUNT_NAME', 'input.accountName'],
    [{ accountName: 'Shadow_customer' }, 'INVALID_ACCOUNT_NAME', 'input.accountName'],
    [{ accountName: 'has space' }, 'INVALID_ACCOUNT_NAME', 'input.accountName'],
    [{ accountName: `a${'b'.repeat(32)}` }, 'INVALID_ACCOUNT_NAME', 'input.accountName'],
    [{ password: 'short1' }, 'PASSWORD_TOO_WEAK', 'input.password'],
    [{ password: 'alllowercase' }, 'PASSWORD_TOO_WEAK', 'input.password'],
    [{ email: 'no-at-sign.example' }, 'INVALID_EMAIL', 'input.email'],
    [{ mobile: '13912345678' }, 'INVALID_MOBILE', 'input.mobile'],
    [{ mobile: '86-13912345678' }, 'INVALID_MOBILE', 'input.mobile'],
    [{ mobile: '0086-12912345678' }, 'INVALID_MOBILE', 'input.mobile'],
    [{ mobile: '0086-1391234567' }, 'INVALID_MOBILE', 'input.mobile'],
    [{ mobile: '0044-20 7946 0000' }, 'INVALID_MOBILE', 'input.mobile'],
    [{ mobile: '' }, 'INVALID_MOBILE', 'input.mobile'],
    [{ mobile: `0086-${'1'.repeat(28)}` }, 'VALUE_TOO_LONG', 'input.mobile'],
    [{ mobile: '0086-13912340000' }, 'VERIFICATION_REQUIRED', 'input.verificationCode'],
    [{ mobile: DEMO_CAPPED_MOBILE, verificationCode: '123456' }, 'MOBILE_REGISTRATION_LIMIT', 'input.mobile'],
    [{ xaccountId: '   ' }, 'INVALID_XACCOUNT', 'input.xaccountId'],
    [{ xaccountType: 'x'.repeat(65) }, 'INVALID_XACCOUNT', 'input.xaccountType'],
    [{ label: 'x'.repeat(101) }, 'VALUE_TOO_LONG', 'input.label'],
    [{ resellerId: gid('Partner', demoPartner('other-reseller').id) }, 'RESELLER_NOT_FOUND', 'input.resellerId'],
    [{ resellerId: 'garbage' }, 'RESELLER_NOT_FOUND', 'input.resellerId'],
    [{ resellerId: gid('Partner', demoPartner('frozen-reseller').id) }, 'PARTNER_FROZEN', 'input.resellerId'],
  ])('refuses %j with %s and changes nothing', async (overrides, code, field) => {
    const before = await rowCounts();
    const res = await server.execute(AssocCreateCustomerDocument, { input: newInput(overrides) }, admin);
    expect(res.errors).toBeUndefined();
    expect(res.data!.createCustomer.userErrors.map((u) => [u.code, u.field])).toEqual([[code, field]]);
    expect(res.data!.createCustomer.customer).toBeNull();
    expect(await rowCounts()).toEqual(before);
  });

  it('reports every format problem at once; shape errors (a missing login name) are top-level', async () => {
    const res = await server.execute(
      AssocCreateCustomerDocument,
      { input: newInput({ accountName: 'op_x', email: 'bad', mobile: '123', xaccountId: '' }) },
      admin,
    );
    expect(userErrorCodes(res.data!.createCustomer.userErrors)).toEqual([
      'INVALID_ACCOUNT_NAME',
      'INVALID_EMAIL',
      'INVALID_MOBILE',
      'INVALID_XACCOUNT',
    ]);
    const { accountName: _a, ...noName } = newInput();
    const shape = await server.execute(AssocCreateCustomerDocument, { input: noName as never }, admin);
    expect(shape.errors?.length).toBeGreaterThan(0);
    expect(shape.data ?? null).toBeNull();
  });

  it('is refused to a FROZEN partner (PARTNER_FROZEN), a reseller acting for others (RESELLER_NOT_FOUND) and members without customer:create (FORBIDDEN)', async () => {
    const before = await rowCounts();
    const frozen = await server.execute(
      AssocCreateCustomerDocument,
      { input: newInput() },
      await server.signIn('frozen-reseller-admin'),
    );
    expect(frozen.data!.createCustomer.userErrors.map((u) => [u.code, u.field])).toEqual([['PARTNER_FROZEN', null]]);
    const sp = await server.execute(
      AssocCreateCustomerDocument,
      { input: newInput({ resellerId: gid('Partner', RESELLER1) }) },
      await server.signIn('sp-admin'),
    );
    expect(userErrorCodes(sp.data!.createCustomer.userErrors)).toEqual(['RESELLER_NOT_FOUND']);
    for (const login of ['dist-ops', 'dist-am', 'dist-ams']) {
      const res = await server.execute(AssocCreateCustomerDocument, { input: newInput() }, await server.signIn(login));
      expect(errorCodes(res), login).toEqual(['FORBIDDEN']);
    }
    expect(await rowCounts()).toEqual(before);
    // A RESTRICTED partner still acquires customers (only its money and coupon operations stop).
    const restricted = await server.execute(
      AssocCreateCustomerDocument,
      { input: newInput() },
      await server.signIn('restricted-reseller-admin'),
    );
    expect(restricted.data!.createCustomer.userErrors).toEqual([]);
  });
});
