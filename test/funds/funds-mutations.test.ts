import { describe, expect, it } from 'vitest';
import {
  AllocateFundsDocument,
  AllocateFundsToResellerDocument,
  ReclaimFundsDocument,
  ReclaimFundsFromResellerDocument,
  RequestVerificationCodeDocument,
  UpdatePartnerSettingsDocument,
} from '../generated/graphql';
import { checkInvariants, demoMember } from '../../seeds';
import { SubCustomer } from '../../src/modules/customer/customer.entity';
import { AssociationType } from '../../src/modules/customer/customer.enums';
import { AccountChangeRecord, AdjustRecord } from '../../src/modules/funds/funds.entity';
import { AuditLog } from '../../src/modules/audit/audit.entity';
import { useTestServer } from '../support/server';
import { gid } from '../support/ids';
import { DIST, RESELLER1 } from '../support/demo';
import { userErrorCodes } from '../support/graphql';
import { cash, cashAccount, lastAudit, resaleCustomers, sentVerificationCode } from '../support/rows';

const server = useTestServer();

async function rowCounts() {
  const e = server.em();
  return {
    adjust: await e.count(AdjustRecord, {}),
    ledger: await e.count(AccountChangeRecord, {}),
    audit: await e.count(AuditLog, {}),
  };
}

describe('allocateFunds (拨款)', () => {
  it('moves money to RESALE customers with an adjust record, both ledger rows and an audit row', async () => {
    const [a, b] = await resaleCustomers(server, DIST, 2);
    const before = { partner: await cash(server, DIST), a: a.balance, b: b.balance, ...(await rowCounts()) };
    const res = await server.execute(
      AllocateFundsDocument,
      {
        input: {
          allocations: [
            { customerId: gid('SubCustomer', a.id), amount: '100.50' },
            { customerId: gid('SubCustomer', b.id), amount: '7' },
          ],
          memo: 'Q4 top-up',
        },
      },
      await server.signIn('dist-admin'),
    );
    expect(res.errors).toBeUndefined();
    const payload = res.data!.allocateFunds;
    expect(payload.userErrors).toEqual([]);
    expect(payload.failed).toEqual([]);
    expect(
      payload.succeeded.map((s) => [
        s.index,
        s.customer.id,
        s.customer.balance?.amount.amount,
        s.adjustRecord.operationType,
        s.adjustRecord.amount.amount,
        s.adjustRecord.memo,
      ]),
    ).toEqual([
      [0, gid('SubCustomer', a.id), ((a.balance + 10050) / 100).toFixed(2), 'BEADJUST', '100.50', 'Q4 top-up'],
      [1, gid('SubCustomer', b.id), ((b.balance + 700) / 100).toFixed(2), 'BEADJUST', '7.00', 'Q4 top-up'],
    ]);
    expect(await cash(server, DIST)).toBe(before.partner - 10750);
    expect(payload.partner!.balance!.amount.amount).toBe(((before.partner - 10750) / 100).toFixed(2));
    const after = await rowCounts();
    expect(after).toEqual({ adjust: before.adjust + 2, ledger: before.ledger + 4, audit: before.audit + 2 });
    const ledger = await server
      .em()
      .find(AccountChangeRecord, { tradeId: payload.succeeded[0].adjustRecord.transId }, { orderBy: { id: 'asc' } });
    expect(ledger.map((l) => [l.ownerType, l.tradeType, l.amount])).toEqual([
      ['PARTNER', 'ALLOCATE_OUT', -10050],
      ['CUSTOMER', 'ALLOCATE_IN', 10050],
    ]);
    expect(await lastAudit(server, 'allocateFunds')).toMatchObject({
      partnerId: DIST,
      memberId: demoMember('dist-admin').id,
      target: gid('SubCustomer', b.id),
    });
    expect(await checkInvariants(server.orm)).toEqual([]);
  });

  it('reports each refused allocation beside the ones that took effect', async () => {
    const [ok] = await resaleCustomers(server, DIST, 1);
    const advisory = await server.em().findOneOrFail(SubCustomer, {
      partner: DIST,
      associationType: AssociationType.ADVISORY,
    });
    const foreign = await server.em().findOneOrFail(SubCustomer, { partner: 5 });
    const res = await server.execute(
      AllocateFundsDocument,
      {
        input: {
          allocations: [
            { customerId: gid('SubCustomer', ok.id), amount: '1.00' },
            { customerId: gid('SubCustomer', advisory.id), amount: '1.00' },
            { customerId: gid('SubCustomer', foreign.id), amount: '1.00' },
            { customerId: gid('SubCustomer', ok.id), amount: '1.00' },
            { customerId: 'nonsense', amount: '1.00' },
            { customerId: gid('SubCustomer', ok.id), amount: '0' },
          ],
        },
      },
      await server.signIn('dist-admin'),
    );
    const payload = res.data!.allocateFunds;
    expect(payload.succeeded.map((s) => s.index)).toEqual([0]);
    expect(payload.failed.map((f) => [f.code, f.field])).toEqual([
      ['NOT_RESALE_CUSTOMER', 'input.allocations[1].customerId'],
      ['CUSTOMER_NOT_FOUND', 'input.allocations[2].customerId'],
      ['DUPLICATE_CUSTOMER', 'input.allocations[3].customerId'],
      ['INVALID_ID', 'input.allocations[4].customerId'],
      ['INVALID_AMOUNT', 'input.allocations[5].amount'],
    ]);
  });

  it.each([
    ['0', 'INVALID_AMOUNT'],
    ['-1', 'INVALID_AMOUNT'],
    ['1.005', 'INVALID_AMOUNT'],
    ['abc', 'INVALID_AMOUNT'],
    ['', 'INVALID_AMOUNT'],
    ['1e3', 'INVALID_AMOUNT'],
    ['1000000000.00', 'AMOUNT_TOO_LARGE'],
  ])('refuses the amount %j with %s and changes nothing', async (amount, code) => {
    const [c] = await resaleCustomers(server, DIST, 1);
    const before = await rowCounts();
    const res = await server.execute(
      AllocateFundsDocument,
      { input: { allocations: [{ customerId: gid('SubCustomer', c.id), amount }] } },
      await server.signIn('dist-admin'),
    );
    expect(userErrorCodes(res.data!.allocateFunds.failed)).toEqual([code]);
    expect(await rowCounts()).toEqual(before);
  });

  it('refuses empty and over-long batches', async () => {
    const token = await server.signIn('dist-admin');
    const [c] = await resaleCustomers(server, DIST, 1);
    const empty = await server.execute(AllocateFundsDocument, { input: { allocations: [] } }, token);
    expect(userErrorCodes(empty.data!.allocateFunds.userErrors)).toEqual(['BATCH_EMPTY']);
    const long = await server.execute(
      AllocateFundsDocument,
      {
        input: {
          allocations: Array.from({ length: 101 }, () => ({ customerId: gid('SubCustomer', c.id), amount: '1' })),
        },
      },
      token,
    );
    expect(userErrorCodes(long.data!.allocateFunds.userErrors)).toEqual(['BATCH_TOO_LARGE']);
  });

  it('refuses more than the allocatable balance and leaves everything as it was', async () => {
    const [c] = await resaleCustomers(server, DIST, 1);
    const available = await cash(server, DIST);
    const before = await rowCounts();
    const res = await server.execute(
      AllocateFundsDocument,
      {
        input: { allocations: [{ customerId: gid('SubCustomer', c.id), amount: ((available + 1) / 100).toFixed(2) }] },
      },
      await server.signIn('dist-admin'),
    );
    expect(userErrorCodes(res.data!.allocateFunds.failed)).toEqual(['INSUFFICIENT_BALANCE']);
    expect(await cash(server, DIST)).toBe(available);
    expect(await rowCounts()).toEqual(before);
  });

  it('is refused to a member without funds:allocate (FORBIDDEN) and to a restricted partner', async () => {
    const [c] = await resaleCustomers(server, DIST, 1);
    const before = await rowCounts();
    for (const login of ['dist-ops', 'dist-am']) {
      const res = await server.execute(
        AllocateFundsDocument,
        { input: { allocations: [{ customerId: gid('SubCustomer', c.id), amount: '1' }] } },
        await server.signIn(login),
      );
      expect(res.data?.allocateFunds ?? null).toBeNull();
      expect(res.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    }
    const restricted = await server.execute(
      AllocateFundsDocument,
      { input: { allocations: [{ customerId: gid('SubCustomer', c.id), amount: '1' }] } },
      await server.signIn('restricted-reseller-admin'),
    );
    expect(userErrorCodes(restricted.data!.allocateFunds.userErrors)).toEqual(['PARTNER_RESTRICTED']);
    expect(await rowCounts()).toEqual(before);
  });
});

describe('reclaimFunds (回收)', () => {
  it('takes money back, at most the balance', async () => {
    const customer = (
      await server
        .em()
        .find(
          SubCustomer,
          { partner: DIST, associationType: AssociationType.RESALE, balance: { $gt: 1000 } },
          { limit: 1 },
        )
    )[0];
    const token = await server.signIn('dist-admin');
    const partnerBefore = await cash(server, DIST);
    const ok = await server.execute(
      ReclaimFundsDocument,
      { input: { customerId: gid('SubCustomer', customer.id), amount: '10.00' } },
      token,
    );
    expect(ok.data!.reclaimFunds.userErrors).toEqual([]);
    expect(ok.data!.reclaimFunds.adjustRecord).toEqual({ operationType: 'BERETRIEVE', amount: { amount: '10.00' } });
    expect(ok.data!.reclaimFunds.customer!.balance!.amount.amount).toBe(((customer.balance - 1000) / 100).toFixed(2));
    expect(await cash(server, DIST)).toBe(partnerBefore + 1000);
    const before = await rowCounts();
    const tooMuch = await server.execute(
      ReclaimFundsDocument,
      { input: { customerId: gid('SubCustomer', customer.id), amount: '99999999.00' } },
      token,
    );
    expect(userErrorCodes(tooMuch.data!.reclaimFunds.userErrors)).toEqual(['CUSTOMER_BALANCE_INSUFFICIENT']);
    const foreign = await server.em().findOneOrFail(SubCustomer, { partner: RESELLER1 });
    const notMine = await server.execute(
      ReclaimFundsDocument,
      { input: { customerId: gid('SubCustomer', foreign.id), amount: '1.00' } },
      token,
    );
    expect(userErrorCodes(notMine.data!.reclaimFunds.userErrors)).toEqual(['CUSTOMER_NOT_FOUND']);
    expect(await rowCounts()).toEqual(before);
    expect(await checkInvariants(server.orm)).toEqual([]);
  });
});

describe('funds between a distributor and its resellers', () => {
  it('allocates to and reclaims from a reseller; others are refused', async () => {
    const token = await server.signIn('dist-admin');
    const resellerBefore = await cash(server, RESELLER1);
    const give = await server.execute(
      AllocateFundsToResellerDocument,
      { input: { resellerId: gid('Partner', RESELLER1), amount: '500.00' } },
      token,
    );
    expect(give.data!.allocateFundsToReseller.userErrors).toEqual([]);
    expect(give.data!.allocateFundsToReseller.reseller!.balance!.amount.amount).toBe(
      ((resellerBefore + 50000) / 100).toFixed(2),
    );
    const take = await server.execute(
      ReclaimFundsFromResellerDocument,
      { input: { resellerId: gid('Partner', RESELLER1), amount: '200.00' } },
      token,
    );
    expect(take.data!.reclaimFundsFromReseller.adjustRecord).toEqual({
      operationType: 'BERETRIEVE',
      amount: { amount: '200.00' },
    });
    expect(await cash(server, RESELLER1)).toBe(resellerBefore + 30000);
    const before = await rowCounts();
    const notMine = await server.execute(
      AllocateFundsToResellerDocument,
      { input: { resellerId: gid('Partner', 6), amount: '1.00' } },
      token,
    );
    expect(userErrorCodes(notMine.data!.allocateFundsToReseller.userErrors)).toEqual(['RESELLER_NOT_FOUND']);
    const tooLarge = await server.execute(
      AllocateFundsToResellerDocument,
      { input: { resellerId: gid('Partner', RESELLER1), amount: '1000000000' } },
      token,
    );
    expect(userErrorCodes(tooLarge.data!.allocateFundsToReseller.userErrors)).toEqual(['AMOUNT_TOO_LARGE']);
    const overdraw = await server.execute(
      ReclaimFundsFromResellerDocument,
      { input: { resellerId: gid('Partner', RESELLER1), amount: '99999999.99' } },
      token,
    );
    expect(userErrorCodes(overdraw.data!.reclaimFundsFromReseller.userErrors)).toEqual([
      'RESELLER_BALANCE_INSUFFICIENT',
    ]);
    for (const login of ['reseller-admin', 'sp-admin']) {
      const res = await server.execute(
        AllocateFundsToResellerDocument,
        { input: { resellerId: gid('Partner', RESELLER1), amount: '1.00' } },
        await server.signIn(login),
      );
      expect(res.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    }
    expect(await rowCounts()).toEqual(before);
    expect(await checkInvariants(server.orm)).toEqual([]);
  });
});

describe('idempotency keys', () => {
  it('replays the first answer for a retry, refuses the key with another input, and honours the header', async () => {
    const [c] = await resaleCustomers(server, DIST, 1);
    const token = await server.signIn('dist-admin');
    const input = {
      allocations: [{ customerId: gid('SubCustomer', c.id), amount: '3.00' }],
      idempotencyKey: 'retry-key-1',
    };
    const before = await rowCounts();
    const first = await server.execute(AllocateFundsDocument, { input }, token);
    const second = await server.execute(AllocateFundsDocument, { input }, token);
    expect(first.data!.allocateFunds.succeeded).toHaveLength(1);
    expect(second.data!.allocateFunds.succeeded.map((s) => s.adjustRecord)).toEqual(
      first.data!.allocateFunds.succeeded.map((s) => s.adjustRecord),
    );
    expect((await rowCounts()).adjust).toBe(before.adjust + 1);
    const other = await server.execute(
      AllocateFundsDocument,
      { input: { ...input, allocations: [{ customerId: gid('SubCustomer', c.id), amount: '4.00' }] } },
      token,
    );
    expect(userErrorCodes(other.data!.allocateFunds.userErrors)).toEqual(['IDEMPOTENCY_KEY_REUSED']);
    expect((await rowCounts()).adjust).toBe(before.adjust + 1);
  });

  it('50 concurrent calls with one key move the money once and all answer the same', async () => {
    const [c] = await resaleCustomers(server, DIST, 1);
    const token = await server.signIn('dist-admin');
    const balanceBefore = (await server.em().findOneOrFail(SubCustomer, c.id)).balance;
    const before = await rowCounts();
    const input = {
      allocations: [{ customerId: gid('SubCustomer', c.id), amount: '2.00' }],
      idempotencyKey: 'burst-key-1',
    };
    const answers = await Promise.all(
      Array.from({ length: 50 }, () => server.execute(AllocateFundsDocument, { input }, token)),
    );
    const records = new Set(answers.map((a) => a.data!.allocateFunds.succeeded[0]?.adjustRecord.transId));
    expect(records.size).toBe(1);
    expect((await server.em().findOneOrFail(SubCustomer, c.id)).balance).toBe(balanceBefore + 200);
    expect((await rowCounts()).adjust).toBe(before.adjust + 1);
    expect(await checkInvariants(server.orm)).toEqual([]);
  });
});

describe('exactness under concurrency', () => {
  it('100 concurrent allocations of 1.00 against 50.00 allocatable: exactly 50 succeed, nothing negative', async () => {
    const customers = await resaleCustomers(server, DIST, 100);
    expect(customers.length).toBeGreaterThanOrEqual(20);
    // Bring the distributor to exactly 50.00 allocatable through the API, so the ledger stays exact.
    const token = await server.signIn('dist-admin');
    const account = await cashAccount(server, DIST);
    const excess = account.amount - account.designatedAmount - 5000;
    const sink = await server.execute(
      AllocateFundsDocument,
      {
        input: {
          allocations: [{ customerId: gid('SubCustomer', customers[0].id), amount: (excess / 100).toFixed(2) }],
        },
      },
      token,
    );
    expect(sink.data!.allocateFunds.failed).toEqual([]);
    const calls = Array.from({ length: 100 }, (_, i) => customers[i % customers.length]);
    const answers = await Promise.all(
      calls.map((c) =>
        server.execute(
          AllocateFundsDocument,
          { input: { allocations: [{ customerId: gid('SubCustomer', c.id), amount: '1.00' }] } },
          token,
        ),
      ),
    );
    const succeeded = answers.filter((a) => a.data!.allocateFunds.succeeded.length === 1).length;
    const refused = answers.filter(
      (a) => userErrorCodes(a.data!.allocateFunds.failed)[0] === 'INSUFFICIENT_BALANCE',
    ).length;
    expect([succeeded, refused]).toEqual([50, 50]);
    const after = await cashAccount(server, DIST);
    expect(after.amount - after.designatedAmount).toBe(0);
    expect(await checkInvariants(server.orm)).toEqual([]);
  });
});

describe('verification codes', () => {
  it('with verification on, a sensitive operation needs a fresh single-use code from the outbox', async () => {
    const token = await server.signIn('dist-admin');
    // Earlier tests may have spent the allocatable balance: take some back first (verification still off).
    const rich = (
      await server
        .em()
        .find(
          SubCustomer,
          { partner: DIST, associationType: AssociationType.RESALE, balance: { $gt: 1000 } },
          { limit: 1 },
        )
    )[0];
    await server.execute(
      ReclaimFundsDocument,
      { input: { customerId: gid('SubCustomer', rich.id), amount: '10.00' } },
      token,
    );
    const on = await server.execute(UpdatePartnerSettingsDocument, { input: { verificationEnabled: true } }, token);
    expect(on.data!.updatePartnerSettings.partner!.verificationEnabled).toBe(true);
    const [c] = await resaleCustomers(server, DIST, 1);
    const allocate = (verificationCode?: string) =>
      server.execute(
        AllocateFundsDocument,
        { input: { allocations: [{ customerId: gid('SubCustomer', c.id), amount: '1.00' }], verificationCode } },
        token,
      );
    expect(userErrorCodes((await allocate()).data!.allocateFunds.userErrors)).toEqual(['VERIFICATION_REQUIRED']);
    const sent = await server.execute(
      RequestVerificationCodeDocument,
      { input: { operation: 'ALLOCATE_FUNDS' } },
      token,
    );
    expect(sent.data!.requestVerificationCode.userErrors).toEqual([]);
    expect(sent.data!.requestVerificationCode.sentTo).toMatch(/\*/);
    const again = await server.execute(
      RequestVerificationCodeDocument,
      { input: { operation: 'ALLOCATE_FUNDS' } },
      token,
    );
    expect(userErrorCodes(again.data!.requestVerificationCode.userErrors)).toEqual(['VERIFICATION_CODE_TOO_SOON']);
    const code = await sentVerificationCode(server, 'dist-admin', /code for ALLOCATE_FUNDS is (\d{6})/);
    const wrong = code === '000000' ? '111111' : '000000';
    expect(userErrorCodes((await allocate(wrong)).data!.allocateFunds.userErrors)).toEqual([
      'VERIFICATION_CODE_INVALID',
    ]);
    const ok = await allocate(code);
    expect(ok.data!.allocateFunds.userErrors).toEqual([]);
    expect(ok.data!.allocateFunds.succeeded).toHaveLength(1);
    expect(userErrorCodes((await allocate(code)).data!.allocateFunds.userErrors)).toEqual([
      'VERIFICATION_CODE_INVALID',
    ]);
    // Only an administrator may switch verification off again.
    const ops = await server.execute(
      UpdatePartnerSettingsDocument,
      { input: { verificationEnabled: false } },
      await server.signIn('dist-ops'),
    );
    expect(ops.errors?.[0]?.extensions?.code ?? userErrorCodes(ops.data?.updatePartnerSettings.userErrors)[0]).toMatch(
      /FORBIDDEN|ADMIN_ONLY_SETTING/,
    );
    const off = await server.execute(
      UpdatePartnerSettingsDocument,
      { input: { verificationEnabled: false, balanceAlertThreshold: '500.00' } },
      token,
    );
    expect(off.data!.updatePartnerSettings.partner).toMatchObject({
      verificationEnabled: false,
      balanceAlertThreshold: { amount: '500.00' },
    });
  });
});
