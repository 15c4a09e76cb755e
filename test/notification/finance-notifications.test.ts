/**
 * The finance notifications (issue 13) through the API: an operator settles a recharge, handles a
 * remittance claim or a withdrawal, moves an invoice; the member who started it reads the notification.
 */
import { describe, expect, it } from 'vitest';
import {
  AcctConfirmClaimDocument,
  AcctCreateRechargeDocument,
  AcctPayWithdrawalDocument,
  AcctRejectClaimDocument,
  AcctRejectWithdrawalDocument,
  AcctRequestWithdrawalDocument,
  AcctSettleRechargeDocument,
  AcctSubmitClaimDocument,
  InvoiceMoveDocument,
  InvoiceRequestDocument,
  NotifListDocument,
  PayAgrAcceptDocument,
  PayAgrCreateDocument,
  PayAgrTerminateDocument,
} from '../generated/graphql';
import { chinaDate } from '../../src/modules/partner-account/partner-account.rules';
import { DIST } from '../support/demo';
import { withdrawCode } from '../support/partner-account';
import { incentiveInStage, operatorStep } from '../support/incentives';
import { gid } from '../support/ids';
import { customerNamed } from '../support/rows';
import { useTestServer, useTokens } from '../support/server';
import { freeOrder, PAPER, requestInput } from '../invoice/support';

const server = useTestServer();
const members = useTokens(server, ['dist-admin', 'dist-am', 'dist-ops']);
const operators = useTokens(server, ['ops-finance', 'ops-admin'], 'OPERATOR');

/** The member's notifications about `subject`, newest first, as it reads them. */
async function noticesAbout(login: string, subject: string) {
  const res = await server.execute(NotifListDocument, { first: 100 }, members[login]);
  expect(res.errors).toBeUndefined();
  const nodes = res.data?.viewer?.member?.notifications?.nodes ?? [];
  return nodes.filter((n) => n.subject === subject).map((n) => ({ kind: n.kind, title: n.title, body: n.body }));
}

describe('finance notifications (the member who started it reads what the operator did)', () => {
  it('RECHARGE_SETTLED: completed and failed recharges, to the member who started them', async () => {
    const start = async () => {
      const res = await server.execute(
        AcctCreateRechargeDocument,
        { input: { amount: '88.00' } },
        members['dist-admin'],
      );
      return res.data!.createRecharge.rechargePayment!.id;
    };
    const settle = (paymentId: string, outcome: 'SUCCEEDED' | 'FAILED') =>
      server.execute(
        AcctSettleRechargeDocument,
        { input: { paymentId, outcome, providerReference: `PAY-N-${paymentId.slice(-6)}` } },
        operators['ops-finance'],
      );
    const ok = await start();
    expect((await settle(ok, 'SUCCEEDED')).data!.settleRechargePayment.userErrors).toEqual([]);
    expect(await noticesAbout('dist-admin', ok)).toEqual([
      expect.objectContaining({ kind: 'RECHARGE_SETTLED', title: 'Recharge of 88.00 CNY completed (充值成功)' }),
    ]);
    const failed = await start();
    expect((await settle(failed, 'FAILED')).data!.settleRechargePayment.userErrors).toEqual([]);
    expect(await noticesAbout('dist-admin', failed)).toEqual([
      expect.objectContaining({ kind: 'RECHARGE_SETTLED', title: 'Recharge of 88.00 CNY failed (充值失败)' }),
    ]);
    // A repeated settlement is refused and notifies nobody again.
    await settle(ok, 'SUCCEEDED');
    expect(await noticesAbout('dist-admin', ok)).toHaveLength(1);
  });

  it('REMITTANCE_HANDLED: a confirmed and a rejected claim, to the member who submitted them', async () => {
    const submit = async (ref: string) => {
      const input = {
        amount: '300.00',
        payerName: '北京云帆科技有限公司',
        bankReference: ref,
        remittedOn: chinaDate(new Date()),
      };
      const res = await server.execute(AcctSubmitClaimDocument, { input }, members['dist-admin']);
      return res.data!.submitRemittanceClaim.remittanceClaim!.id;
    };
    const good = await submit('NOTIF-RM-1');
    await server.execute(AcctConfirmClaimDocument, { input: { claimId: good } }, operators['ops-finance']);
    expect(await noticesAbout('dist-admin', good)).toEqual([
      {
        kind: 'REMITTANCE_HANDLED',
        title: 'Remittance claim confirmed (汇款认领成功)',
        body: 'Your remittance of 300.00 CNY (ref NOTIF-RM-1) was confirmed and credited to the cash account.',
      },
    ]);
    const bad = await submit('NOTIF-RM-2');
    await server.execute(
      AcctRejectClaimDocument,
      { input: { claimId: bad, reason: '未查到该笔汇款' } },
      operators['ops-finance'],
    );
    expect(await noticesAbout('dist-admin', bad)).toEqual([
      expect.objectContaining({ kind: 'REMITTANCE_HANDLED', body: expect.stringContaining('未查到该笔汇款') }),
    ]);
    // Another member of the partner is not told.
    expect(await noticesAbout('dist-ops', good)).toEqual([]);
  });

  it('WITHDRAWAL_HANDLED: a paid and a rejected withdrawal, to the member who requested them', async () => {
    // One verification code per member and minute: the second withdrawal is another member's.
    const request = async (login: string) => {
      const input = {
        account: 'CASH' as const,
        amount: '10.00',
        bankAccount: {
          bankName: '招商银行北京分行',
          accountName: '北京云帆科技有限公司',
          accountNumber: '6225 8801 2345 6789',
        },
        verificationCode: await withdrawCode(server, login),
      };
      const res = await server.execute(AcctRequestWithdrawalDocument, { input }, members[login]);
      expect(res.data!.requestWithdrawal.userErrors).toEqual([]);
      return res.data!.requestWithdrawal.withdrawal!.id;
    };
    const paid = await request('dist-admin');
    await server.execute(
      AcctPayWithdrawalDocument,
      { input: { withdrawalId: paid, payoutReference: 'NOTIF-PAY' } },
      operators['ops-finance'],
    );
    expect(await noticesAbout('dist-admin', paid)).toEqual([
      {
        kind: 'WITHDRAWAL_HANDLED',
        title: 'Withdrawal paid (提现已打款)',
        body: 'Your withdrawal of 10.00 CNY was paid out.',
      },
    ]);
    const rejected = await request('dist-am');
    await server.execute(
      AcctRejectWithdrawalDocument,
      { input: { withdrawalId: rejected, reason: '户名不符' } },
      operators['ops-finance'],
    );
    expect(await noticesAbout('dist-am', rejected)).toEqual([
      expect.objectContaining({ kind: 'WITHDRAWAL_HANDLED', title: 'Withdrawal rejected (提现被驳回)' }),
    ]);
  });

  it('INVOICE_STATUS: each move by the operator, to the member who requested the invoice', async () => {
    const order = await freeOrder(server, DIST, true);
    const req = await server.execute(
      InvoiceRequestDocument,
      { input: requestInput([order], PAPER) },
      members['dist-admin'],
    );
    const id = req.data!.requestInvoice.invoice!.id;
    const move = (status: 'ISSUED' | 'SHIPPED', extra: Record<string, string> = {}) =>
      server.execute(InvoiceMoveDocument, { input: { invoiceId: id, status, ...extra } }, operators['ops-finance']);
    expect((await move('ISSUED')).data!.moveInvoice.userErrors).toEqual([]);
    expect((await move('SHIPPED', { trackingNo: 'SF0001' })).data!.moveInvoice.userErrors).toEqual([]);
    const notices = await noticesAbout('dist-admin', id);
    expect(notices.map((n) => n.kind)).toEqual(['INVOICE_STATUS', 'INVOICE_STATUS']);
    expect(notices.map((n) => n.title).sort()).toEqual([
      expect.stringMatching(/ is ISSUED \(发票状态变更\)$/),
      expect.stringMatching(/ is SHIPPED \(发票状态变更\)$/),
    ]);
  });

  it('INCENTIVE_STATUS: an operator step, to the partner’s members who may apply for incentives', async () => {
    const id = await incentiveInStage(server, DIST, 'APPLYING');
    const step = await operatorStep(server, operators['ops-admin'], id, 'START_COSIGN');
    expect(step.userErrors).toEqual([]);
    expect(await noticesAbout('dist-admin', id)).toEqual([
      expect.objectContaining({
        kind: 'INCENTIVE_STATUS',
        title: expect.stringMatching(/ is COSIGNING \(激励状态变更\)$/),
      }),
    ]);
  });

  it('PAYMENT_AGREEMENT_CHANGED: the customer accepts, the partner terminates; the members with funds:payment-agreement read both', async () => {
    const customer = await customerNamed(server, 'xinghe-edu');
    const created = await server.execute(
      PayAgrCreateDocument,
      { input: { customerId: gid('SubCustomer', customer.id), agreementType: 'FULL' } },
      members['dist-admin'],
    );
    expect(created.data!.createPaymentAgreement.userErrors).toEqual([]);
    const agreementId = created.data!.createPaymentAgreement.agreement!.id;
    const accepted = await server.execute(
      PayAgrAcceptDocument,
      { input: { agreementId } },
      await server.signIn('xinghe-edu', undefined, 'CUSTOMER'),
    );
    expect(accepted.data!.acceptPaymentAgreement.userErrors).toEqual([]);
    await server.execute(
      PayAgrTerminateDocument,
      { input: { agreementId, reason: '合同到期' } },
      members['dist-admin'],
    );
    const titles = (await noticesAbout('dist-admin', agreementId)).map((n) => [n.kind, n.title]);
    expect(titles.sort()).toEqual([
      ['PAYMENT_AGREEMENT_CHANGED', 'Payment-on-behalf agreement ACTIVE (代付协议)'],
      ['PAYMENT_AGREEMENT_CHANGED', 'Payment-on-behalf agreement TERMINATED (代付协议)'],
    ]);
  });
});
