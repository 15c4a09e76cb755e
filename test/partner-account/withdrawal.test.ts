/**
 * 提现 and 激励返点提现 through the API: the amount leaves the cash or bonus account at once and is
 * held while PENDING; the finance operator pays it (PAID) or rejects it (REJECTED, the amount comes
 * back); a verification code is always required; a frozen partner is refused.
 */
import { describe, expect, it } from 'vitest';
import { checkInvariants } from '../../seeds';
import { PartnerAccountType } from '../../src/modules/partner/partner.entity';
import {
  AcctNodeDocument,
  AcctPartnerListsDocument,
  AcctPayWithdrawalDocument,
  AcctRejectWithdrawalDocument,
  AcctRequestWithdrawalDocument,
  type RequestWithdrawalInput,
} from '../generated/graphql';
import { customerToken } from '../support/customers';
import { DIST, RESELLER1, RESELLER2, SP } from '../support/demo';
import { firstErrorCode, userErrorCodes } from '../support/graphql';
import { accountBalance, allocatable, invoicedNotReturned, ledgerRows, withdrawCode } from '../support/partner-account';
import { auditOf, countRows } from '../support/rows';
import { useTestServer, useTokens } from '../support/server';

const server = useTestServer();
const operators = useTokens(server, ['ops-finance', 'ops-admin'], 'OPERATOR');

const cash = () => accountBalance(server, DIST, PartnerAccountType.CASH);
const bonus = () => accountBalance(server, DIST, PartnerAccountType.BONUS);
const BANK = {
  bankName: '招商银行北京分行',
  accountName: '北京云帆科技有限公司',
  accountNumber: '6225 8801 2345 6789',
};

async function request(login: string, fields: Partial<RequestWithdrawalInput>, code?: string | null) {
  const verificationCode = code === undefined ? await withdrawCode(server, login) : code;
  const input = { account: 'CASH' as const, amount: '100.00', bankAccount: BANK, verificationCode, ...fields };
  const res = await server.execute(AcctRequestWithdrawalDocument, { input }, await server.signIn(login));
  expect(res.errors).toBeUndefined();
  return res.data!.requestWithdrawal;
}

const pay = (withdrawalId: string, token = operators['ops-finance']) =>
  server.execute(AcctPayWithdrawalDocument, { input: { withdrawalId, payoutReference: 'ICBC-0001' } }, token);
const reject = (withdrawalId: string, token = operators['ops-finance']) =>
  server.execute(AcctRejectWithdrawalDocument, { input: { withdrawalId, reason: '户名不符' } }, token);

describe('withdrawals (提现) from the cash account', () => {
  it('holds the amount at once (WITHDRAWAL record); paying it moves no balance again', async () => {
    const before = await cash();
    const payload = await request('dist-admin', { amount: '1500.25' });
    expect(payload.userErrors).toEqual([]);
    const w = payload.withdrawal!;
    expect(w).toMatchObject({ account: 'CASH', status: 'PENDING', amount: { amount: '1500.25' } });
    expect(w.bankAccountNumber).toBe('**** **** 6789');
    expect(await cash()).toBe(before - 150_025);
    expect(await ledgerRows(server, w.tradeId)).toEqual([['WITHDRAWAL', -150_025, 1, DIST]]);
    const paid = await pay(w.id);
    expect(paid.data!.payWithdrawal.withdrawal).toMatchObject({ status: 'PAID', payoutReference: 'ICBC-0001' });
    expect(userErrorCodes((await pay(w.id)).data!.payWithdrawal.userErrors)).toEqual(['WITHDRAWAL_NOT_PENDING']);
    expect(userErrorCodes((await reject(w.id)).data!.rejectWithdrawal.userErrors)).toEqual(['WITHDRAWAL_NOT_PENDING']);
    expect(await cash()).toBe(before - 150_025);
    expect(await auditOf(server, 'payWithdrawal', w.id)).toMatchObject([{ partnerId: DIST, memberId: null }]);
    expect(await checkInvariants(server.orm)).toEqual([]);
  });

  it('a rejection returns the held amount (WITHDRAWAL_RETURNED, same tradeId)', async () => {
    const before = await cash();
    const w = (await request('dist-am', { amount: '20' })).withdrawal!;
    expect(await cash()).toBe(before - 2_000);
    const res = await reject(w.id);
    expect(res.data!.rejectWithdrawal.withdrawal).toMatchObject({ status: 'REJECTED', reason: '户名不符' });
    expect(await cash()).toBe(before);
    expect(await ledgerRows(server, w.tradeId)).toEqual([
      ['WITHDRAWAL', -2_000, 1, DIST],
      ['WITHDRAWAL_RETURNED', 2_000, 1, DIST],
    ]);
    expect(userErrorCodes((await pay(w.id)).data!.payWithdrawal.userErrors)).toEqual(['WITHDRAWAL_NOT_PENDING']);
    expect(await checkInvariants(server.orm)).toEqual([]);
  });

  it('refuses more than the allocatable part (balance − designated) and leaves the code unused', async () => {
    const available = await allocatable(server, DIST);
    const code = await withdrawCode(server, 'dist-ams');
    const over = await request('dist-ams', { amount: ((available + 1) / 100).toFixed(2) }, code);
    expect(userErrorCodes(over.userErrors)).toEqual(['WITHDRAWAL_EXCEEDS_WITHDRAWABLE']);
    // The code was not spent on the refusal: the next request uses it.
    expect((await request('dist-ams', { amount: '1' }, code)).userErrors).toEqual([]);
  });

  it('withdraws invoiced cash only after its invoices are returned (退票 before 提现), up to the rest at once', async () => {
    const available = await allocatable(server, SP);
    const invoiced = await invoicedNotReturned(server, SP);
    expect(invoiced).toBeGreaterThan(0);
    const limit = available - invoiced;
    const spCash = () => accountBalance(server, SP, PartnerAccountType.CASH);
    const before = { cash: await spCash(), rows: await countRows(server, 'withdrawal') };
    // One code serves both: a refusal leaves it unused.
    const code = await withdrawCode(server, 'sp-admin');
    const over = await request('sp-admin', { amount: ((limit + 1) / 100).toFixed(2) }, code);
    expect(userErrorCodes(over.userErrors)).toEqual(['WITHDRAWAL_INVOICED_NOT_RETURNED']);
    expect(over.userErrors[0].message).toContain('退票');
    expect({ cash: await spCash(), rows: await countRows(server, 'withdrawal') }).toEqual(before);
    // Exactly what is not invoiced goes through; the invoiced part stays on the account.
    const all = await request('sp-admin', { amount: (limit / 100).toFixed(2) }, code);
    expect(all.userErrors).toEqual([]);
    expect(await allocatable(server, SP)).toBe(invoiced);
    // Rejected by the cloud: the held amount comes back, for the other tests of this file.
    expect((await reject(all.withdrawal!.id)).errors).toBeUndefined();
    expect(await allocatable(server, SP)).toBe(available);
  });

  it('always needs a verification code, whatever the partner setting', async () => {
    const before = { cash: await cash(), rows: await countRows(server, 'withdrawal') };
    expect(userErrorCodes((await request('dist-ops', {}, null)).userErrors)).toEqual(['VERIFICATION_REQUIRED']);
    expect(userErrorCodes((await request('dist-ops', {}, '000000')).userErrors)).toEqual(['VERIFICATION_CODE_INVALID']);
    expect({ cash: await cash(), rows: await countRows(server, 'withdrawal') }).toEqual(before);
  });

  it('refuses bad amounts and bank details with their codes, and a frozen partner', async () => {
    const before = await countRows(server, 'withdrawal');
    for (const [fields, code] of [
      [{ amount: '0' }, 'INVALID_AMOUNT'],
      [{ amount: '1000000000.00' }, 'AMOUNT_TOO_LARGE'],
      [{ bankAccount: { ...BANK, bankName: ' ' } }, 'BANK_DETAILS_INVALID'],
      [{ bankAccount: { ...BANK, accountName: 'n'.repeat(101) } }, 'BANK_DETAILS_INVALID'],
      [{ bankAccount: { ...BANK, accountNumber: '1234-5678' } }, 'BANK_ACCOUNT_NUMBER_INVALID'],
    ] as const) {
      expect(userErrorCodes((await request('dist-am2', fields, 'unused')).userErrors), code).toEqual([code]);
    }
    expect(userErrorCodes((await request('frozen-reseller-admin', {}, 'unused')).userErrors)).toEqual([
      'PARTNER_FROZEN',
    ]);
    expect(await countRows(server, 'withdrawal')).toBe(before);
  });

  it('a retried key holds the amount once', async () => {
    const before = await cash();
    const code = await withdrawCode(server, 'dist-sa');
    const fields = { amount: '12.34', idempotencyKey: 'acct-withdraw-1' };
    const [a, b] = [await request('dist-sa', fields, code), await request('dist-sa', fields, code)];
    expect(b.withdrawal!.id).toBe(a.withdrawal!.id);
    expect(await cash()).toBe(before - 1_234);
    expect(userErrorCodes((await request('dist-sa', { ...fields, amount: '12.35' }, code)).userErrors)).toEqual([
      'IDEMPOTENCY_KEY_REUSED',
    ]);
  });
});

describe('rebate withdrawals (激励返点提现) from the bonus account', () => {
  it('hold the amount on the bonus account (REBATE_WITHDRAWAL), are paid or rejected (REBATE_WITHDRAWAL_RETURNED)', async () => {
    // Admins hold incentive:rebate-withdraw; each partner's admin withdraws its own rebates.
    const resellerBonus = () => accountBalance(server, RESELLER1, PartnerAccountType.BONUS);
    const resellerCash = () => accountBalance(server, RESELLER1, PartnerAccountType.CASH);
    const before = { cash: await resellerCash(), bonus: await resellerBonus() };
    const kept = (await request('reseller-admin', { account: 'BONUS', amount: '300' })).withdrawal!;
    expect(kept).toMatchObject({ account: 'BONUS', status: 'PENDING' });
    expect(await resellerBonus()).toBe(before.bonus - 30_000);
    expect(await ledgerRows(server, kept.tradeId)).toEqual([['REBATE_WITHDRAWAL', -30_000, 5, RESELLER1]]);
    await pay(kept.id);
    const back = (await request('reseller2-admin', { account: 'BONUS', amount: '50' })).withdrawal!;
    await reject(back.id);
    expect(await ledgerRows(server, back.tradeId)).toEqual([
      ['REBATE_WITHDRAWAL', -5_000, 5, RESELLER2],
      ['REBATE_WITHDRAWAL_RETURNED', 5_000, 5, RESELLER2],
    ]);
    expect({ cash: await resellerCash(), bonus: await resellerBonus() }).toEqual({
      cash: before.cash,
      bonus: before.bonus - 30_000,
    });
    const over = await request('other-dist-admin', { account: 'BONUS', amount: '99999999' });
    expect(userErrorCodes(over.userErrors)).toEqual(['WITHDRAWAL_EXCEEDS_WITHDRAWABLE']);
    expect(await checkInvariants(server.orm)).toEqual([]);
  });
});

describe('who may withdraw rebates', () => {
  it('a member whose roles lack incentive:rebate-withdraw is refused a BONUS withdrawal and nothing changes (cash withdrawals stay a default permission: the CASH cases above use account managers)', async () => {
    const before = { bonus: await bonus(), rows: await countRows(server, 'withdrawal') };
    const refused = await request('dist-am-ops', { account: 'BONUS', amount: '10' });
    expect(userErrorCodes(refused.userErrors)).toEqual(['REBATE_WITHDRAWAL_NOT_PERMITTED']);
    expect(refused.withdrawal).toBeNull();
    expect({ bonus: await bonus(), rows: await countRows(server, 'withdrawal') }).toEqual(before);
  });
});

describe('who may withdraw and process withdrawals', () => {
  it('lists and node(id:) show the partner its own withdrawals, masked; customers and operators may not request', async () => {
    const token = await server.signIn('dist-admin');
    const lists = await server.execute(
      AcctPartnerListsDocument,
      { first: 50, withdrawalFilter: { status: 'PENDING', account: 'CASH' } },
      token,
    );
    const nodes = lists.data!.viewer.partner!.withdrawals!.nodes;
    expect(nodes.length).toBeGreaterThan(0);
    expect(nodes.every((n) => n.status === 'PENDING' && n.account === 'CASH')).toBe(true);
    expect(nodes.every((n) => /^\*\*\*\* \*\*\*\* \d{4}$/.test(n.bankAccountNumber))).toBe(true);
    const node = await server.execute(AcctNodeDocument, { id: nodes[0].id }, token);
    expect(node.data!.node).toMatchObject({ id: nodes[0].id, withdrawalStatus: 'PENDING' });
    const foreign = await server.execute(
      AcctNodeDocument,
      { id: nodes[0].id },
      await server.signIn('other-dist-admin'),
    );
    expect(firstErrorCode(foreign)).toBe('NOT_FOUND');
    const input = { account: 'CASH' as const, amount: '1', bankAccount: BANK, verificationCode: '000000' };
    for (const t of [await customerToken(server, 'yunfan-tech'), operators['ops-finance']]) {
      expect(firstErrorCode(await server.execute(AcctRequestWithdrawalDocument, { input }, t))).toBe('FORBIDDEN');
    }
    for (const t of [token, operators['ops-admin']]) {
      expect(firstErrorCode(await pay(nodes[0].id, t))).toBe('FORBIDDEN');
      expect(firstErrorCode(await reject(nodes[0].id, t))).toBe('FORBIDDEN');
    }
  });
});
