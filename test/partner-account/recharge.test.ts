/**
 * 在线充值 through the API: a partner member starts a recharge, the payment provider's outcome comes
 * back through an operator (ops-finance), the cash account is credited once; failed and expired
 * recharges credit nothing; the contracting-entity rule (seed 003) refuses with its own code.
 */
import { describe, expect, it } from 'vitest';
import { checkInvariants } from '../../seeds';
import { RechargePayment } from '../../src/modules/partner-account/partner-account.entity';
import { PartnerAccountType } from '../../src/modules/partner/partner.entity';
import { AcctCreateRechargeDocument, AcctPartnerListsDocument, AcctSettleRechargeDocument } from '../generated/graphql';
import { customerToken } from '../support/customers';
import { DIST, OTHER_RESELLER } from '../support/demo';
import { firstErrorCode, userErrorCodes } from '../support/graphql';
import { gid, pk } from '../support/ids';
import { accountBalance, ledgerRows, runRechargeExpiry } from '../support/partner-account';
import { auditOf, countRows } from '../support/rows';
import { useTestServer, useTokens } from '../support/server';

const server = useTestServer();
const members = useTokens(server, ['dist-admin', 'dist-am', 'other-reseller-admin']);
const operators = useTokens(server, ['ops-finance', 'ops-admin', 'ops-eco'], 'OPERATOR');

const cash = () => accountBalance(server, DIST, PartnerAccountType.CASH);

async function create(amount: string, token = members['dist-admin'], idempotencyKey?: string) {
  const res = await server.execute(AcctCreateRechargeDocument, { input: { amount, idempotencyKey } }, token);
  expect(res.errors).toBeUndefined();
  return res.data!.createRecharge;
}

async function settle(paymentId: string, outcome: 'SUCCEEDED' | 'FAILED', token = operators['ops-finance']) {
  return server.execute(
    AcctSettleRechargeDocument,
    { input: { paymentId, outcome, providerReference: `PAY-${paymentId.slice(0, 12)}` } },
    token,
  );
}

describe('createRecharge and settleRechargePayment', () => {
  it('opens a PENDING payment for 30 minutes and credits nothing until the provider answers', async () => {
    const before = { cash: await cash(), ledger: await countRows(server, 'account_change_record') };
    const payload = await create('1234.56');
    expect(payload.userErrors).toEqual([]);
    const payment = payload.rechargePayment!;
    expect(payment).toMatchObject({ amount: { amount: '1234.56' }, status: 'PENDING', settledAt: null });
    expect(payment.paymentReference).toMatch(/^RP\d{8}[0-9A-F]{10}$/);
    expect(new Date(payment.expiresAt).getTime() - new Date(payment.createdAt).getTime()).toBe(30 * 60 * 1000);
    expect({ cash: await cash(), ledger: await countRows(server, 'account_change_record') }).toEqual(before);
    expect(await auditOf(server, 'createRecharge', payment.id)).toHaveLength(1);
  });

  it('SUCCEEDED credits the cash account once with a RECHARGE record; a repeated callback changes nothing', async () => {
    const payment = (await create('500'))!.rechargePayment!;
    const before = await cash();
    const res = await settle(payment.id, 'SUCCEEDED');
    expect(res.errors).toBeUndefined();
    expect(res.data!.settleRechargePayment.userErrors).toEqual([]);
    expect(res.data!.settleRechargePayment.rechargePayment).toMatchObject({
      status: 'SUCCEEDED',
      partner: { id: gid('Partner', DIST) },
    });
    expect(await cash()).toBe(before + 50_000);
    expect(await ledgerRows(server, payment.paymentReference)).toEqual([['RECHARGE', 50_000, 1, DIST]]);
    const again = await settle(payment.id, 'SUCCEEDED');
    expect(userErrorCodes(again.data!.settleRechargePayment.userErrors)).toEqual(['RECHARGE_PAYMENT_NOT_PENDING']);
    expect(await cash()).toBe(before + 50_000);
    const [audit] = await auditOf(server, 'settleRechargePayment', payment.id);
    expect(audit).toMatchObject({ partnerId: DIST, memberId: null });
    expect(audit.actor).toMatch(/^operator:/);
  });

  it('two callbacks at once credit once', async () => {
    const payment = (await create('77.70'))!.rechargePayment!;
    const before = await cash();
    const answers = await Promise.all([settle(payment.id, 'SUCCEEDED'), settle(payment.id, 'SUCCEEDED')]);
    const codes = answers.map((a) => userErrorCodes(a.data!.settleRechargePayment.userErrors).join()).sort();
    expect(codes).toEqual(['', 'RECHARGE_PAYMENT_NOT_PENDING']);
    expect(await cash()).toBe(before + 7_770);
    expect(await ledgerRows(server, payment.paymentReference)).toHaveLength(1);
  });

  it('FAILED credits nothing, and a failed recharge cannot succeed later', async () => {
    const payment = (await create('300'))!.rechargePayment!;
    const before = await cash();
    const res = await settle(payment.id, 'FAILED');
    expect(res.data!.settleRechargePayment.rechargePayment).toMatchObject({ status: 'FAILED' });
    expect(userErrorCodes((await settle(payment.id, 'SUCCEEDED')).data!.settleRechargePayment.userErrors)).toEqual([
      'RECHARGE_PAYMENT_NOT_PENDING',
    ]);
    expect(await cash()).toBe(before);
    expect(await ledgerRows(server, payment.paymentReference)).toEqual([]);
  });

  it('expires after 30 minutes unpaid (maintenance job), and a late callback credits nothing', async () => {
    const payment = (await create('88'))!.rechargePayment!;
    const before = await cash();
    const expiresAt = new Date(payment.expiresAt);
    const status = async () =>
      (await server.em().findOneOrFail(RechargePayment, pk(payment.id), { fields: ['status'] })).status;
    await runRechargeExpiry(server, new Date(expiresAt.getTime() - 1000));
    expect(await status()).toBe('PENDING');
    expect(await runRechargeExpiry(server, new Date(expiresAt.getTime() + 1000))).toBeGreaterThanOrEqual(1);
    expect(await status()).toBe('EXPIRED');
    const late = await settle(payment.id, 'SUCCEEDED');
    expect(userErrorCodes(late.data!.settleRechargePayment.userErrors)).toEqual(['RECHARGE_PAYMENT_NOT_PENDING']);
    const lists = await server.execute(
      AcctPartnerListsDocument,
      { first: 100, rechargeFilter: { status: 'EXPIRED' } },
      members['dist-admin'],
    );
    expect(lists.data!.viewer.partner!.rechargePayments!.nodes.map((n) => n.id)).toContain(payment.id);
    expect(await cash()).toBe(before);
  });

  it('past its expiresAt but not yet swept, a callback answers RECHARGE_PAYMENT_EXPIRED', async () => {
    const payment = (await create('66'))!.rechargePayment!;
    // The clock moves on: the payment's 30 minutes are over (its status is left to the rule under test).
    await server.em().nativeUpdate(RechargePayment, { id: pk(payment.id) }, { expiresAt: new Date(Date.now() - 1000) });
    const before = await cash();
    const res = await settle(payment.id, 'SUCCEEDED');
    expect(userErrorCodes(res.data!.settleRechargePayment.userErrors)).toEqual(['RECHARGE_PAYMENT_EXPIRED']);
    expect(await cash()).toBe(before);
  });

  it('refuses a partner whose contracting entity is not one of the two named, pointing to its ecosystem manager', async () => {
    const before = await countRows(server, 'recharge_payment');
    const payload = await create('100', members['other-reseller-admin']);
    expect(userErrorCodes(payload.userErrors)).toEqual(['RECHARGE_ENTITY_NOT_SUPPORTED']);
    expect(payload.userErrors[0].message).toContain('生态经理');
    expect(payload.rechargePayment).toBeNull();
    expect(await countRows(server, 'recharge_payment')).toBe(before);
    const lists = await server.execute(AcctPartnerListsDocument, { first: 1 }, members['other-reseller-admin']);
    expect(lists.data!.viewer.partner!.contractingEntity).toBe('华为技术有限公司');
    expect(lists.data!.viewer.partner!.id).toBe(gid('Partner', OTHER_RESELLER));
  });

  it('refuses amounts outside 1.00 … 10000000.00 and malformed ones, each with its code', async () => {
    const before = await countRows(server, 'recharge_payment');
    for (const [amount, code] of [
      ['0.99', 'AMOUNT_TOO_SMALL'],
      ['10000000.01', 'AMOUNT_TOO_LARGE'],
      ['12.345', 'INVALID_AMOUNT'],
      ['-5', 'INVALID_AMOUNT'],
    ]) {
      expect(userErrorCodes((await create(amount)).userErrors)).toEqual([code]);
    }
    expect(await countRows(server, 'recharge_payment')).toBe(before);
  });

  it('replays a retried key (one payment) and refuses the key with another amount', async () => {
    const before = await countRows(server, 'recharge_payment');
    const first = await create('200', members['dist-am'], 'acct-recharge-1');
    const again = await create('200', members['dist-am'], 'acct-recharge-1');
    expect(again.rechargePayment!.id).toBe(first.rechargePayment!.id);
    expect(userErrorCodes((await create('201', members['dist-am'], 'acct-recharge-1')).userErrors)).toEqual([
      'IDEMPOTENCY_KEY_REUSED',
    ]);
    expect(await countRows(server, 'recharge_payment')).toBe(before + 1);
  });

  it('is the partner’s act and the finance operator’s answer: others are FORBIDDEN and change nothing', async () => {
    const payment = (await create('10'))!.rechargePayment!;
    const before = { payments: await countRows(server, 'recharge_payment'), cash: await cash() };
    const customer = await customerToken(server, 'yunfan-tech');
    for (const token of [customer, operators['ops-finance']]) {
      const res = await server.execute(AcctCreateRechargeDocument, { input: { amount: '10' } }, token);
      expect(firstErrorCode(res)).toBe('FORBIDDEN');
    }
    for (const token of [members['dist-admin'], customer, operators['ops-admin'], operators['ops-eco']]) {
      expect(firstErrorCode(await settle(payment.id, 'SUCCEEDED', token))).toBe('FORBIDDEN');
    }
    expect({ payments: await countRows(server, 'recharge_payment'), cash: await cash() }).toEqual(before);
    expect(await checkInvariants(server.orm)).toEqual([]);
  });
});
