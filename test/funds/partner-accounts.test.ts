// Partner accounts as the seeds list them (cash, credit, bonus, deposit), the partner's own
// low-balance alert (设置余额预警) and who may change which partner setting.
import { describe, expect, it } from 'vitest';
import {
  AllocateFundsDocument,
  AllocateFundsToResellerDocument,
  FundsPartnerAccountsDocument,
  FundsResellerAccountsDocument,
  UpdatePartnerSettingsDocument,
} from '../generated/graphql';
import { checkInvariants } from '../../seeds';
import { Partner, PartnerAccount, PartnerAccountType } from '../../src/modules/partner/partner.entity';
import { AuditLog } from '../../src/modules/audit/audit.entity';
import { BALANCE_ALERT_ACTION, balanceAlertCrossing } from '../../src/modules/funds/balance-alert';
import { useTestServer } from '../support/server';
import { gid, pk } from '../support/ids';
import { DIST, RESELLER1, RESELLER2, SP } from '../support/demo';
import { firstErrorCode } from '../support/graphql';
import { cash, resaleCustomers } from '../support/rows';
import { yuan } from '../support/money';

const server = useTestServer();

async function accountsOf(partnerId: number): Promise<Record<string, number>> {
  const rows = await server.em().find(PartnerAccount, { partner: partnerId });
  return Object.fromEntries(rows.map((r) => [PartnerAccountType[r.accountType], r.amount]));
}

const partnerRow = (id: number) => server.em().findOneOrFail(Partner, id);

describe('Partner.accounts', () => {
  it('shows the four accounts of your own partner, as stored', async () => {
    for (const login of ['sp-admin', 'sp-am']) {
      const res = await server.execute(FundsPartnerAccountsDocument, {}, await server.signIn(login));
      expect(res.errors).toBeUndefined();
      const stored = await accountsOf(SP);
      expect(Object.keys(stored).sort()).toEqual(['BONUS', 'CASH', 'CREDIT', 'DEPOSIT']);
      const accounts = res.data!.viewer.partner.accounts!;
      expect({
        CASH: accounts.cash.amount.amount,
        CREDIT: accounts.credit.amount,
        BONUS: accounts.bonus.amount,
        DEPOSIT: accounts.deposit.amount,
      }).toEqual(Object.fromEntries(Object.entries(stored).map(([k, v]) => [k, yuan(v)])));
      expect(accounts.credit.currency).toBe('CNY');
      expect(Number(accounts.credit.amount)).toBeGreaterThan(0);
    }
  });

  it("a distributor reads its resellers' accounts (reseller:funds); a reseller not its parent's", async () => {
    const res = await server.execute(FundsResellerAccountsDocument, { first: 10 }, await server.signIn('dist-admin'));
    expect(res.errors).toBeUndefined();
    const nodes = res.data!.viewer.partner.resellers!.nodes;
    expect(nodes.map((n) => n.id)).toEqual(
      expect.arrayContaining([gid('Partner', RESELLER1), gid('Partner', RESELLER2)]),
    );
    for (const n of nodes) {
      const stored = await accountsOf(pk(n.id));
      expect(Object.keys(stored).sort()).toEqual(['BONUS', 'CASH', 'CREDIT', 'DEPOSIT']);
      expect([
        n.accounts!.cash.amount.amount,
        n.accounts!.credit.amount,
        n.accounts!.bonus.amount,
        n.accounts!.deposit.amount,
      ]).toEqual([stored.CASH, stored.CREDIT, stored.BONUS, stored.DEPOSIT].map(yuan));
    }
    // dist-ops holds no reseller:funds; a reseller reading its parent's accounts is refused.
    const ops = await server.execute(FundsResellerAccountsDocument, { first: 10 }, await server.signIn('dist-ops'));
    expect(firstErrorCode(ops)).toBe('FORBIDDEN');
    const up = await server.execute(
      `query { viewer { partner { parent { accounts { credit { amount } } } } } }`,
      {},
      await server.signIn('reseller-admin'),
    );
    expect(firstErrorCode(up)).toBe('FORBIDDEN');
    const foreign = await server.execute(
      `query ($id: ID!) { node(id: $id) { ... on Partner { accounts { credit { amount } } } } }`,
      { id: gid('Partner', SP) },
      await server.signIn('dist-admin'),
    );
    expect(JSON.stringify(foreign.data ?? {})).not.toContain('credit');
  });
});

describe('updatePartnerSettings: each setting with its own right', () => {
  it('an account manager sets its own balance alert (a default permission) but not the customers’ threshold nor verification; nothing changes when any field is refused', async () => {
    const am = await server.signIn('dist-am');
    const before = await partnerRow(DIST);
    const audits = await server.em().count(AuditLog, { action: 'updatePartnerSettings' });
    const refused = await server.execute(
      UpdatePartnerSettingsDocument,
      { input: { verificationEnabled: true, balanceAlertThreshold: '123.00', customerBalanceAlertThreshold: '1.00' } },
      am,
    );
    expect(refused.errors).toBeUndefined();
    expect(refused.data!.updatePartnerSettings.partner).toBeNull();
    expect(refused.data!.updatePartnerSettings.userErrors.map(({ code, field }) => ({ code, field }))).toEqual([
      { code: 'ADMIN_ONLY_SETTING', field: 'input.verificationEnabled' },
      { code: 'SETTING_NOT_PERMITTED', field: 'input.customerBalanceAlertThreshold' },
    ]);
    const clearing = await server.execute(
      UpdatePartnerSettingsDocument,
      { input: { balanceAlertThreshold: '123.00', customerBalanceAlertThreshold: '' } },
      am,
    );
    expect(clearing.data!.updatePartnerSettings.userErrors.map((e) => [e.code, e.field])).toEqual([
      ['SETTING_NOT_PERMITTED', 'input.customerBalanceAlertThreshold'],
    ]);
    const after = await partnerRow(DIST);
    expect([after.verificationEnabled, after.balanceAlertThreshold, after.customerBalanceAlertThreshold]).toEqual([
      before.verificationEnabled,
      before.balanceAlertThreshold,
      before.customerBalanceAlertThreshold,
    ]);
    expect(await server.em().count(AuditLog, { action: 'updatePartnerSettings' })).toBe(audits);

    const own = await server.execute(UpdatePartnerSettingsDocument, { input: { balanceAlertThreshold: '123.00' } }, am);
    expect(own.data!.updatePartnerSettings.userErrors).toEqual([]);
    expect(own.data!.updatePartnerSettings.partner!.balanceAlertThreshold).toEqual({ amount: '123.00' });
    expect((await partnerRow(DIST)).customerBalanceAlertThreshold).toBe(before.customerBalanceAlertThreshold);
  });

  it('the administrator changes all three; a bad amount is INVALID_AMOUNT per field and changes nothing', async () => {
    const admin = await server.signIn('dist-admin');
    const bad = await server.execute(
      UpdatePartnerSettingsDocument,
      { input: { balanceAlertThreshold: '-1', customerBalanceAlertThreshold: '1.005' } },
      admin,
    );
    expect(bad.data!.updatePartnerSettings.userErrors.map((e) => [e.code, e.field])).toEqual([
      ['INVALID_AMOUNT', 'input.balanceAlertThreshold'],
      ['INVALID_AMOUNT', 'input.customerBalanceAlertThreshold'],
    ]);
    const ok = await server.execute(
      UpdatePartnerSettingsDocument,
      { input: { verificationEnabled: false, balanceAlertThreshold: '', customerBalanceAlertThreshold: '800.00' } },
      admin,
    );
    expect(ok.data!.updatePartnerSettings).toMatchObject({
      userErrors: [],
      partner: {
        verificationEnabled: false,
        balanceAlertThreshold: null,
        customerBalanceAlertThreshold: { amount: '800.00' },
      },
    });
    const [audit] = await server
      .em()
      .find(AuditLog, { action: 'updatePartnerSettings' }, { orderBy: { id: 'desc' }, limit: 1 });
    expect(audit.after).toMatchObject({ balanceAlertThreshold: null, customerBalanceAlertThreshold: '800.00' });
  });
});

describe("the partner's own balance alert (设置余额预警)", () => {
  it.each([
    // threshold, before, after, crossed
    [null, 1_000, 0, false],
    [500, 1_000, 600, false],
    [500, 1_000, 500, false],
    [500, 1_000, 499, true],
    [500, 500, 100, true],
    [500, 499, 100, false],
    [500, 100, 1_000, false],
    [0, 100, 0, false],
  ])('threshold %s: %s → %s crosses: %s', (threshold, before, after, crossed) => {
    expect(balanceAlertCrossing(7, threshold, before, after) !== null).toBe(crossed);
  });

  it('a debit that takes the cash balance under the threshold raises one alert; a further debit under it none', async () => {
    const admin = await server.signIn('dist-admin');
    const [customer] = await resaleCustomers(server, DIST, 1);
    const start = await cash(server, DIST);
    // Threshold 100.00 under the current balance: the first allocation crosses it, the second stays under.
    const threshold = start - 10_000;
    const set = await server.execute(
      UpdatePartnerSettingsDocument,
      { input: { balanceAlertThreshold: yuan(threshold) } },
      admin,
    );
    expect(set.data!.updatePartnerSettings.userErrors).toEqual([]);
    const alerts = () =>
      server.em().find(AuditLog, { action: BALANCE_ALERT_ACTION, partnerId: DIST }, { orderBy: { id: 'asc' } });
    const already = (await alerts()).length;
    const allocate = (fen: number) =>
      server.execute(
        AllocateFundsDocument,
        { input: { allocations: [{ customerId: gid('SubCustomer', customer.id), amount: yuan(fen) }] } },
        admin,
      );
    expect((await allocate(9_999)).data!.allocateFunds.failed).toEqual([]);
    expect((await alerts()).length).toBe(already);
    expect((await allocate(2)).data!.allocateFunds.failed).toEqual([]);
    const raised = await alerts();
    expect(raised.length).toBe(already + 1);
    expect(raised.at(-1)).toMatchObject({
      partnerId: DIST,
      memberId: null,
      target: gid('Partner', DIST),
      before: { balance: yuan(start - 9_999) },
      after: { balance: yuan(start - 10_001), threshold: yuan(threshold) },
    });
    expect((await allocate(1)).data!.allocateFunds.failed).toEqual([]);
    expect((await alerts()).length).toBe(already + 1);
    expect(await checkInvariants(server.orm)).toEqual([]);
  });

  it("a distributor's allocation to a reseller alerts the distributor, with the reseller's own threshold untouched", async () => {
    const admin = await server.signIn('dist-admin');
    const start = await cash(server, DIST);
    await server.execute(UpdatePartnerSettingsDocument, { input: { balanceAlertThreshold: yuan(start - 50) } }, admin);
    const count = () => server.em().count(AuditLog, { action: BALANCE_ALERT_ACTION, partnerId: DIST });
    const before = await count();
    const res = await server.execute(
      AllocateFundsToResellerDocument,
      { input: { resellerId: gid('Partner', RESELLER1), amount: '1.00' } },
      admin,
    );
    expect(res.data!.allocateFundsToReseller.userErrors).toEqual([]);
    expect(await count()).toBe(before + 1);
  });
});
