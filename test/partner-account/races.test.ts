/**
 * Money under concurrency: a withdrawal racing an allocation or another withdrawal never overdraws
 * the cash account, and two requests with one idempotency key hold the amount once. Each case asserts
 * the invariant outcome, whatever order the requests ran in.
 */
import { describe, expect, it } from 'vitest';
import { checkInvariants } from '../../seeds';
import { PartnerAccountType } from '../../src/modules/partner/partner.entity';
import { AcctRequestWithdrawalDocument, AllocateFundsDocument } from '../generated/graphql';
import { DIST, RESELLER1, SP } from '../support/demo';
import { userErrorCodes } from '../support/graphql';
import { gid } from '../support/ids';
import { accountBalance, allocatable, invoicedNotReturned, withdrawCode } from '../support/partner-account';
import { countRows, resaleCustomers } from '../support/rows';
import { useTestServer } from '../support/server';

const server = useTestServer();
const BANK = { bankName: '中国银行', accountName: '北京云帆科技有限公司', accountNumber: '6217000011112222' };
const fen = (n: number) => (n / 100).toFixed(2);

async function withdraw(login: string, amount: number, code: string, idempotencyKey?: string) {
  const input = {
    account: 'CASH' as const,
    amount: fen(amount),
    bankAccount: BANK,
    verificationCode: code,
    idempotencyKey,
  };
  const res = await server.execute(AcctRequestWithdrawalDocument, { input }, await server.signIn(login));
  expect(res.errors).toBeUndefined();
  return res.data!.requestWithdrawal;
}

describe('withdrawals under concurrency', () => {
  it('a withdrawal and an allocation of the whole allocatable amount at once: one goes through, never overdrawn', async () => {
    const [customer] = await resaleCustomers(server, DIST, 1);
    const code = await withdrawCode(server, 'dist-admin');
    const all = await allocatable(server, DIST);
    // Cash that has been invoiced is not withdrawn (退票 first): the withdrawal takes all the rest.
    const invoiced = await invoicedNotReturned(server, DIST);
    expect(all).toBeGreaterThan(invoiced);
    const token = await server.signIn('dist-admin');
    const [w, a] = await Promise.all([
      withdraw('dist-admin', all - invoiced, code),
      server.execute(
        AllocateFundsDocument,
        { input: { allocations: [{ customerId: gid('SubCustomer', customer.id), amount: fen(all) }] } },
        token,
      ),
    ]);
    const withdrew = w.userErrors.length === 0;
    const allocated = a.data!.allocateFunds.succeeded.length === 1;
    expect([withdrew, allocated].filter(Boolean)).toHaveLength(1);
    if (!withdrew) expect(userErrorCodes(w.userErrors)).toEqual(['WITHDRAWAL_EXCEEDS_WITHDRAWABLE']);
    expect(await allocatable(server, DIST)).toBe(withdrew ? invoiced : 0);
    expect(await checkInvariants(server.orm)).toEqual([]);
  });

  it('two withdrawals of more than half the allocatable amount at once: exactly one holds its amount', async () => {
    const codes = [await withdrawCode(server, 'reseller-admin'), await withdrawCode(server, 'reseller-am')];
    const cashAvailable = await allocatable(server, RESELLER1);
    const available = cashAvailable - (await invoicedNotReturned(server, RESELLER1));
    expect(available).toBeGreaterThan(2);
    const amount = Math.floor(available / 2) + 1;
    // The second finds less than the amount left, either on the account or beyond the invoiced part.
    const secondRefusal =
      cashAvailable - amount < amount ? 'WITHDRAWAL_EXCEEDS_WITHDRAWABLE' : 'WITHDRAWAL_INVOICED_NOT_RETURNED';
    const rows = await countRows(server, 'withdrawal');
    const answers = await Promise.all([
      withdraw('reseller-admin', amount, codes[0]),
      withdraw('reseller-am', amount, codes[1]),
    ]);
    const ok = answers.filter((r) => r.userErrors.length === 0);
    expect(ok).toHaveLength(1);
    expect(answers.flatMap((r) => userErrorCodes(r.userErrors))).toEqual([secondRefusal]);
    expect(await countRows(server, 'withdrawal')).toBe(rows + 1);
    expect(await allocatable(server, RESELLER1)).toBe(cashAvailable - amount);
    expect(await checkInvariants(server.orm)).toEqual([]);
  });

  it('two requests with one idempotency key at once hold the amount once and answer the same withdrawal', async () => {
    const code = await withdrawCode(server, 'sp-admin');
    const before = await accountBalance(server, SP, PartnerAccountType.CASH);
    const answers = await Promise.all([
      withdraw('sp-admin', 1_000, code, 'acct-race-key'),
      withdraw('sp-admin', 1_000, code, 'acct-race-key'),
    ]);
    expect(answers.map((a) => a.userErrors)).toEqual([[], []]);
    expect(answers[0].withdrawal!.id).toBe(answers[1].withdrawal!.id);
    expect(await accountBalance(server, SP, PartnerAccountType.CASH)).toBe(before - 1_000);
    expect(await checkInvariants(server.orm)).toEqual([]);
  });
});
