/**
 * 汇款认领 through the API: the partner claims an offline remittance, the cloud's finance operator
 * confirms it (the cash account is credited exactly once, also when confirmed twice at once) or
 * rejects it; the partner may cancel a pending claim; a bank reference is credited once.
 */
import { describe, expect, it } from 'vitest';
import { checkInvariants } from '../../seeds';
import { PartnerAccountType } from '../../src/modules/partner/partner.entity';
import { chinaDate } from '../../src/modules/partner-account/partner-account.rules';
import {
  AcctCancelClaimDocument,
  AcctConfirmClaimDocument,
  AcctOperatorQueuesDocument,
  AcctPartnerListsDocument,
  AcctRejectClaimDocument,
  AcctSubmitClaimDocument,
} from '../generated/graphql';
import { customerToken } from '../support/customers';
import { DIST } from '../support/demo';
import { firstErrorCode, userErrorCodes } from '../support/graphql';
import { gid } from '../support/ids';
import { accountBalance, ledgerRows } from '../support/partner-account';
import { auditOf, countRows } from '../support/rows';
import { useTestServer, useTokens } from '../support/server';

const server = useTestServer();
const members = useTokens(server, ['dist-admin', 'other-dist-admin', 'other-reseller-admin']);
const operators = useTokens(server, ['ops-finance', 'ops-eco'], 'OPERATOR');

const cash = () => accountBalance(server, DIST, PartnerAccountType.CASH);
const today = () => chinaDate(new Date());
let refs = 0;

async function submit(fields: Record<string, string | null> = {}, token = members['dist-admin']) {
  refs++;
  const input = {
    amount: '2500.00',
    payerName: '北京云帆科技有限公司',
    bankReference: `ACCT-BANK-${refs}`,
    remittedOn: today(),
    ...fields,
  };
  const res = await server.execute(AcctSubmitClaimDocument, { input }, token);
  expect(res.errors).toBeUndefined();
  return res.data!.submitRemittanceClaim;
}

const confirm = (claimId: string, token = operators['ops-finance']) =>
  server.execute(AcctConfirmClaimDocument, { input: { claimId } }, token);
const reject = (claimId: string, reason: string, token = operators['ops-finance']) =>
  server.execute(AcctRejectClaimDocument, { input: { claimId, reason } }, token);
const cancel = (claimId: string, token = members['dist-admin']) =>
  server.execute(AcctCancelClaimDocument, { input: { claimId } }, token);

describe('remittance claims (汇款认领)', () => {
  it('a confirmed claim credits the cash account once (REMITTANCE record); a retried confirmation changes nothing', async () => {
    const claim = (await submit({ memo: 'Q4 备付金' })).remittanceClaim!;
    expect(claim).toMatchObject({ status: 'PENDING', amount: { amount: '2500.00' }, memo: 'Q4 备付金', tradeId: null });
    const before = await cash();
    const queue = await server.execute(
      AcctOperatorQueuesDocument,
      { first: 100, claimFilter: { status: 'PENDING', partnerId: gid('Partner', DIST) } },
      operators['ops-finance'],
    );
    const queued = queue.data!.operatorViewer.remittanceClaims!.nodes.find((n) => n.id === claim.id);
    expect(queued?.partner).toEqual({ id: gid('Partner', DIST), name: expect.any(String) });
    const res = await confirm(claim.id);
    expect(res.data!.confirmRemittanceClaim.userErrors).toEqual([]);
    const confirmed = res.data!.confirmRemittanceClaim.remittanceClaim!;
    expect(confirmed.status).toBe('CONFIRMED');
    expect(await cash()).toBe(before + 250_000);
    expect(await ledgerRows(server, confirmed.tradeId!)).toEqual([['REMITTANCE', 250_000, 1, DIST]]);
    expect(userErrorCodes((await confirm(claim.id)).data!.confirmRemittanceClaim.userErrors)).toEqual([
      'REMITTANCE_CLAIM_NOT_PENDING',
    ]);
    expect(await cash()).toBe(before + 250_000);
    const [audit] = await auditOf(server, 'confirmRemittanceClaim', claim.id);
    expect(audit).toMatchObject({ partnerId: DIST, memberId: null });
    expect(await checkInvariants(server.orm)).toEqual([]);
  });

  it('two operators confirming at once credit once; the other answers REMITTANCE_CLAIM_NOT_PENDING', async () => {
    const claim = (await submit({ amount: '999.99' })).remittanceClaim!;
    const before = await cash();
    const answers = await Promise.all([confirm(claim.id), confirm(claim.id), confirm(claim.id)]);
    const codes = answers.map((a) => userErrorCodes(a.data!.confirmRemittanceClaim.userErrors).join()).sort();
    expect(codes).toEqual(['', 'REMITTANCE_CLAIM_NOT_PENDING', 'REMITTANCE_CLAIM_NOT_PENDING']);
    expect(await cash()).toBe(before + 99_999);
    expect(await checkInvariants(server.orm)).toEqual([]);
  });

  it('a bank reference pending or confirmed already is refused (one remittance is credited once)', async () => {
    const claim = (await submit({ bankReference: 'ACCT-DUP-1' })).remittanceClaim!;
    expect(userErrorCodes((await submit({ bankReference: 'ACCT-DUP-1' })).userErrors)).toEqual([
      'REMITTANCE_DUPLICATE_REFERENCE',
    ]);
    await confirm(claim.id);
    expect(userErrorCodes((await submit({ bankReference: 'ACCT-DUP-1', amount: '1' })).userErrors)).toEqual([
      'REMITTANCE_DUPLICATE_REFERENCE',
    ]);
    // Another partner may have a remittance with the same bank reference of its own bank.
    expect((await submit({ bankReference: 'ACCT-DUP-1' }, members['other-dist-admin'])).userErrors).toEqual([]);
  });

  it('a rejected claim credits nothing and carries the reason; a reason is required', async () => {
    const claim = (await submit()).remittanceClaim!;
    const before = await cash();
    expect(userErrorCodes((await reject(claim.id, '  ')).data!.rejectRemittanceClaim.userErrors)).toEqual([
      'REASON_REQUIRED',
    ]);
    expect(userErrorCodes((await reject(claim.id, 'x'.repeat(501))).data!.rejectRemittanceClaim.userErrors)).toEqual([
      'REASON_TOO_LONG',
    ]);
    const res = await reject(claim.id, '未查询到该笔汇款');
    expect(res.data!.rejectRemittanceClaim.remittanceClaim).toMatchObject({
      status: 'REJECTED',
      reason: '未查询到该笔汇款',
    });
    expect(userErrorCodes((await confirm(claim.id)).data!.confirmRemittanceClaim.userErrors)).toEqual([
      'REMITTANCE_CLAIM_NOT_PENDING',
    ]);
    expect(await cash()).toBe(before);
    const mine = await server.execute(
      AcctPartnerListsDocument,
      { first: 100, claimFilter: { status: 'REJECTED' } },
      members['dist-admin'],
    );
    expect(mine.data!.viewer.partner!.remittanceClaims!.nodes.find((n) => n.id === claim.id)?.reason).toBe(
      '未查询到该笔汇款',
    );
  });

  it('the partner cancels its own pending claim; another partner cannot, nor can anyone confirm it then', async () => {
    const claim = (await submit()).remittanceClaim!;
    expect(
      userErrorCodes((await cancel(claim.id, members['other-dist-admin'])).data!.cancelRemittanceClaim.userErrors),
    ).toEqual(['REMITTANCE_CLAIM_NOT_FOUND']);
    const res = await cancel(claim.id);
    expect(res.data!.cancelRemittanceClaim.remittanceClaim!.status).toBe('CANCELLED');
    expect(userErrorCodes((await cancel(claim.id)).data!.cancelRemittanceClaim.userErrors)).toEqual([
      'REMITTANCE_CLAIM_NOT_PENDING',
    ]);
    expect(userErrorCodes((await confirm(claim.id)).data!.confirmRemittanceClaim.userErrors)).toEqual([
      'REMITTANCE_CLAIM_NOT_PENDING',
    ]);
    expect(await auditOf(server, 'cancelRemittanceClaim', claim.id)).toHaveLength(1);
  });

  it('refuses each bad field with its code and writes nothing', async () => {
    const before = await countRows(server, 'remittance_claim');
    const future = chinaDate(new Date(Date.now() + 2 * 24 * 3600 * 1000));
    for (const [fields, code] of [
      [{ payerName: '  ' }, 'PAYER_NAME_INVALID'],
      [{ bankReference: 'x'.repeat(65) }, 'BANK_REFERENCE_INVALID'],
      [{ remittedOn: future }, 'REMITTANCE_DATE_INVALID'],
      [{ remittedOn: '2026-02-30' }, 'REMITTANCE_DATE_INVALID'],
      [{ remittedOn: '2020-01-01' }, 'REMITTANCE_DATE_INVALID'],
      [{ amount: '0.50' }, 'AMOUNT_TOO_SMALL'],
      [{ amount: '1,000' }, 'INVALID_AMOUNT'],
      [{ memo: 'm'.repeat(201) }, 'MEMO_TOO_LONG'],
    ] as const) {
      expect(userErrorCodes((await submit(fields)).userErrors), code).toEqual([code]);
    }
    expect(userErrorCodes((await submit({}, members['other-reseller-admin'])).userErrors)).toEqual([
      'RECHARGE_ENTITY_NOT_SUPPORTED',
    ]);
    expect(await countRows(server, 'remittance_claim')).toBe(before);
  });

  it('only members submit and cancel, only finance operators confirm and reject: the rest are FORBIDDEN', async () => {
    const claim = (await submit()).remittanceClaim!;
    const customer = await customerToken(server, 'yunfan-tech');
    const before = { claims: await countRows(server, 'remittance_claim'), cash: await cash() };
    for (const token of [customer, operators['ops-finance']]) {
      const res = await server.execute(
        AcctSubmitClaimDocument,
        { input: { amount: '1', payerName: 'x', bankReference: 'y', remittedOn: today() } },
        token,
      );
      expect(firstErrorCode(res)).toBe('FORBIDDEN');
      expect(firstErrorCode(await cancel(claim.id, token))).toBe('FORBIDDEN');
    }
    for (const token of [members['dist-admin'], customer, operators['ops-eco']]) {
      expect(firstErrorCode(await confirm(claim.id, token))).toBe('FORBIDDEN');
      expect(firstErrorCode(await reject(claim.id, 'no', token))).toBe('FORBIDDEN');
    }
    const queue = await server.execute(AcctOperatorQueuesDocument, { first: 5 }, operators['ops-eco']);
    expect(firstErrorCode(queue)).toBe('FORBIDDEN');
    expect({ claims: await countRows(server, 'remittance_claim'), cash: await cash() }).toEqual(before);
  });
});
