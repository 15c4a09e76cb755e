/**
 * Incentives (issue 13, item 4; seeds 002/004): the whole payout walked through the API, the
 * partner's steps with its member's token and the cloud's with operators' tokens, on the seeded
 * database. Every illegal transition is refused with nothing changed; two operators paying one
 * record at once credit the bonus account once.
 */
import { describe, expect, it } from 'vitest';
import {
  IncentiveApplyDocument,
  IncentiveInvoiceDocument,
  IncentiveListDocument,
  IncentiveProcessDocument,
} from '../generated/graphql';
import { periodRange } from '../../src/modules/incentive/incentive.rules';
import { STAGES } from '../../src/modules/incentive/incentive.stages';
import { DIST } from '../support/demo';
import { errorCodes, userErrorCodes } from '../support/graphql';
import { gid, pk } from '../support/ids';
import { bonusBalance, incentiveInStage, operatorStep, partnerIncentives } from '../support/incentives';
import { countRows, sql } from '../support/rows';
import { useTestServer, useTokens } from '../support/server';

const server = useTestServer();
const members = useTokens(server, ['dist-admin', 'dist-ops', 'other-dist-admin']);
const operators = useTokens(server, ['ops-admin', 'ops-finance', 'ops-eco'], 'OPERATOR');

const stageOf = async (id: string) =>
  (await sql<{ stage: string }>(server, 'select stage from incentive_record where id = ?', [pk(id)]))[0].stage;

describe('the partner’s records (激励申请记录)', () => {
  it('shows every stage with its Chinese name and the hint of seeds 002/004, and who moved it', async () => {
    const records = await partnerIncentives(server, members['dist-admin']);
    const stages = new Set(records.map((r) => r.stage));
    expect([...stages].sort()).toEqual(Object.keys(STAGES).sort());
    for (const r of records) {
      expect(r.stageName).toBe(STAGES[r.stage].nameZh);
      expect(r.hint).toBe(STAGES[r.stage].hint);
    }
    const pending = records.find((r) => r.stage === 'PENDING_APPLICATION')!;
    expect(pending.hint).toBe('请申请发放激励,或设置自动申请发放激励。');
    expect(pending.nextSteps).toEqual([
      { action: 'APPLY', toStage: 'APPLYING', takenBy: ['PARTNER', 'SYSTEM'], needsReason: false },
    ]);
    const cosigning = records.find((r) => r.stage === 'COSIGNING')!;
    expect(cosigning.nextSteps.map((s) => `${s.action}:${s.takenBy.join('+')}:${s.needsReason}`)).toEqual([
      'APPROVE_COSIGN:OPERATOR:false',
      'REJECT_COSIGN:OPERATOR:true',
    ]);
    expect(records.find((r) => r.stage === 'PAID')!.nextSteps).toEqual([]);
    expect(records.find((r) => r.stage === 'COSIGNING')!.hint).toBe('请等待运营人员完成会签。');
    const rejected = records.find((r) => r.stage === 'COSIGN_REJECTED')!;
    expect(rejected.rejectionReason).toMatch(/不一致/);
    const paid = records.find((r) => r.stage === 'PAID')!;
    expect(paid.transitions.map((t) => t.action)).toEqual([
      'APPLY',
      'START_COSIGN',
      'APPROVE_COSIGN',
      'CREATE_PAYMENT_ORDER',
      'SIGN_INVOICE',
      'INVOICE',
      'PAY',
    ]);
    expect(paid.transitions.map((t) => t.actorKind)).toEqual([
      'PARTNER',
      'OPERATOR',
      'OPERATOR',
      'OPERATOR',
      'OPERATOR',
      'PARTNER',
      'OPERATOR',
    ]);
    expect(paid.paidAt).not.toBeNull();
    expect(paid.invoiceNumber).not.toBeNull();
  });

  it('searches by reconciliation period (对账期次), stage and type; a malformed period is BAD_USER_INPUT', async () => {
    const all = await partnerIncentives(server, members['dist-admin']);
    const period = all[0].period;
    const res = await server.execute(IncentiveListDocument, { filter: { period }, first: 100 }, members['dist-admin']);
    const found = res.data!.viewer.partner.incentives!.nodes;
    expect(found.length).toBe(all.filter((r) => r.period === period).length);
    expect(found.every((r) => r.period === period)).toBe(true);
    const byStage = await server.execute(
      IncentiveListDocument,
      { filter: { stage: 'PAID', type: 'SALES_REBATE' }, first: 100 },
      members['dist-admin'],
    );
    for (const r of byStage.data!.viewer.partner.incentives!.nodes) {
      expect(r).toMatchObject({ stage: 'PAID', incentiveType: 'SALES_REBATE' });
    }
    const bad = await server.execute(IncentiveListDocument, { filter: { period: '2026-11' } }, members['dist-admin']);
    expect(errorCodes(bad)).toContain('BAD_USER_INPUT');
  });

  it('is the partner’s own: without incentive:view FORBIDDEN; another partner’s record is INCENTIVE_NOT_FOUND', async () => {
    const denied = await server.execute(IncentiveListDocument, {}, members['dist-ops']);
    expect(errorCodes(denied)).toContain('FORBIDDEN');
    const id = await incentiveInStage(server, DIST, 'PENDING_APPLICATION');
    const foreign = await server.execute(IncentiveApplyDocument, { input: { ids: [id] } }, members['other-dist-admin']);
    expect(foreign.data!.applyIncentives.failed.map((e) => e.code)).toEqual(['INCENTIVE_NOT_FOUND']);
    expect(await stageOf(id)).toBe('PENDING_APPLICATION');
    const noPoint = await server.execute(IncentiveApplyDocument, { input: { ids: [id] } }, members['dist-ops']);
    expect(errorCodes(noPoint)).toContain('FORBIDDEN');
    expect(await stageOf(id)).toBe('PENDING_APPLICATION');
  });
});

describe('the payout, end to end', () => {
  it('walks 待提交申请 → … → 已付款 with partner and operator tokens, detours included', async () => {
    const id = await incentiveInStage(server, DIST, 'PENDING_APPLICATION');
    const admin = operators['ops-admin'];
    const finance = operators['ops-finance'];

    // An operator may not take the partner's step before it, nor may the partner take the operators'.
    expect(userErrorCodes((await operatorStep(server, admin, id, 'START_COSIGN')).userErrors)).toEqual([
      'INCENTIVE_STAGE_INVALID',
    ]);
    const applied = await server.execute(
      IncentiveApplyDocument,
      { input: { ids: [id], idempotencyKey: 'incentive-apply-1' } },
      members['dist-admin'],
    );
    expect(applied.data!.applyIncentives.succeeded.map((r) => r.stage)).toEqual(['APPLYING']);
    expect(applied.data!.applyIncentives.succeeded[0].hint).toBe(STAGES.APPLYING.hint);
    // The same key replays the first answer; the record moved once.
    const replay = await server.execute(
      IncentiveApplyDocument,
      { input: { ids: [id], idempotencyKey: 'incentive-apply-1' } },
      members['dist-admin'],
    );
    expect(replay.data!.applyIncentives.succeeded.map((r) => r.id)).toEqual([id]);
    const again = await server.execute(IncentiveApplyDocument, { input: { ids: [id] } }, members['dist-admin']);
    expect(again.data!.applyIncentives.failed.map((e) => e.code)).toEqual(['INCENTIVE_STAGE_INVALID']);

    // ops-eco has no ops:incentive.
    const eco = await server.execute(
      IncentiveProcessDocument,
      { input: { id, action: 'START_COSIGN' } },
      operators['ops-eco'],
    );
    expect(errorCodes(eco)).toContain('FORBIDDEN');

    expect((await operatorStep(server, admin, id, 'START_COSIGN')).incentive!.stage).toBe('COSIGNING');
    expect(userErrorCodes((await operatorStep(server, admin, id, 'REJECT_COSIGN')).userErrors)).toEqual([
      'INCENTIVE_REASON_REQUIRED',
    ]);
    expect(
      userErrorCodes((await operatorStep(server, admin, id, 'REJECT_COSIGN', 'x'.repeat(501))).userErrors),
    ).toEqual(['INCENTIVE_REASON_TOO_LONG']);
    expect(await stageOf(id)).toBe('COSIGNING');
    const rejected = await operatorStep(server, admin, id, 'REJECT_COSIGN', '金额待核实');
    expect(rejected.incentive).toMatchObject({ stage: 'COSIGN_REJECTED', rejectionReason: '金额待核实' });
    expect((await operatorStep(server, admin, id, 'REOPEN')).incentive!.stage).toBe('APPLYING');
    await operatorStep(server, admin, id, 'START_COSIGN');
    expect((await operatorStep(server, admin, id, 'APPROVE_COSIGN')).incentive!.stage).toBe('AWAITING_PAYMENT_ORDER');
    const failed = await operatorStep(server, finance, id, 'FAIL_PAYMENT_ORDER', '银行账户缺失');
    expect(failed.incentive).toMatchObject({ stage: 'PAYMENT_ORDER_FAILED', hint: STAGES.PAYMENT_ORDER_FAILED.hint });
    expect((await operatorStep(server, finance, id, 'RETRY_PAYMENT_ORDER')).incentive!.stage).toBe(
      'AWAITING_PAYMENT_ORDER',
    );
    expect((await operatorStep(server, finance, id, 'CREATE_PAYMENT_ORDER')).incentive!.stage).toBe('INVOICE_REVIEW');

    // 发票审核: the partner cannot invoice before the invoice is signed for.
    const amount = (await partnerIncentives(server, members['dist-admin'])).find((r) => r.id === id)!.amount.amount;
    const early = await server.execute(
      IncentiveInvoiceDocument,
      { input: { id, invoiceNumber: 'FP20261101', amount } },
      members['dist-admin'],
    );
    expect(userErrorCodes(early.data!.invoiceIncentive.userErrors)).toEqual(['INCENTIVE_STAGE_INVALID']);
    expect((await operatorStep(server, admin, id, 'SIGN_INVOICE')).incentive!.stage).toBe('AWAITING_PARTNER_INVOICE');

    const invoice = (input: { invoiceNumber: string; amount: string }) =>
      server.execute(IncentiveInvoiceDocument, { input: { id, ...input } }, members['dist-admin']);
    expect(
      userErrorCodes((await invoice({ invoiceNumber: 'bad no', amount })).data!.invoiceIncentive.userErrors),
    ).toEqual(['INVALID_INVOICE_NUMBER']);
    expect(
      userErrorCodes(
        (await invoice({ invoiceNumber: 'FP20261101', amount: '0.01' })).data!.invoiceIncentive.userErrors,
      ),
    ).toEqual(['INVOICE_AMOUNT_MISMATCH']);
    expect(await stageOf(id)).toBe('AWAITING_PARTNER_INVOICE');
    const invoiced = (await invoice({ invoiceNumber: 'FP20261101', amount })).data!.invoiceIncentive;
    expect(invoiced.incentive).toMatchObject({ stage: 'AWAITING_PAYMENT', invoiceNumber: 'FP20261101' });

    // Two operators pay at once: one succeeds, the other finds it paid; the bonus is credited once.
    const bonusBefore = await bonusBalance(server, DIST);
    const payoutsBefore = await countRows(server, "account_change_record where trade_type = 'INCENTIVE_PAYOUT'");
    const [a, b] = await Promise.all([
      operatorStep(server, admin, id, 'PAY'),
      operatorStep(server, finance, id, 'PAY'),
    ]);
    const codes = [...userErrorCodes(a.userErrors), ...userErrorCodes(b.userErrors)];
    expect(codes).toEqual(['INCENTIVE_STAGE_INVALID']);
    const fen = Math.round(Number(amount) * 100);
    expect(await bonusBalance(server, DIST)).toBe(bonusBefore + fen);
    expect(await countRows(server, "account_change_record where trade_type = 'INCENTIVE_PAYOUT'")).toBe(
      payoutsBefore + 1,
    );
    const [ledger] = await sql<{ amount: number; trade_id: string }>(
      server,
      "select amount, trade_id from account_change_record where trade_type = 'INCENTIVE_PAYOUT' order by id desc limit 1",
    );
    expect(Number(ledger.amount)).toBe(fen);
    expect(ledger.trade_id).toBe(`incentive:${pk(id)}`);

    // The history the partner reads: every step, who took it and why.
    const record = (await partnerIncentives(server, members['dist-admin'])).find((r) => r.id === id)!;
    expect(record.stage).toBe('PAID');
    expect(record.transitions.map((t) => `${t.action}:${t.actorKind}`)).toEqual([
      'APPLY:PARTNER',
      'START_COSIGN:OPERATOR',
      'REJECT_COSIGN:OPERATOR',
      'REOPEN:OPERATOR',
      'START_COSIGN:OPERATOR',
      'APPROVE_COSIGN:OPERATOR',
      'FAIL_PAYMENT_ORDER:OPERATOR',
      'RETRY_PAYMENT_ORDER:OPERATOR',
      'CREATE_PAYMENT_ORDER:OPERATOR',
      'SIGN_INVOICE:OPERATOR',
      'INVOICE:PARTNER',
      'PAY:OPERATOR',
    ]);
    expect(record.transitions[2].reason).toBe('金额待核实');
    const audits = await sql<{ action: string; partner_id: number }>(
      server,
      "select action, partner_id from audit_log where target = ? and action in ('applyIncentives', 'processIncentive', 'invoiceIncentive')",
      [id],
    );
    expect(audits.length).toBe(12);
    expect(audits.every((row) => Number(row.partner_id) === DIST)).toBe(true);
  });

  it('refuses a transition the stage table does not list, changing nothing', async () => {
    const id = await incentiveInStage(server, DIST, 'COSIGN_REJECTED');
    const bonus = await bonusBalance(server, DIST);
    const transitions = await countRows(server, 'incentive_transition');
    for (const action of ['PAY', 'APPROVE_COSIGN', 'SIGN_INVOICE', 'CREATE_PAYMENT_ORDER'] as const) {
      const res = await operatorStep(server, operators['ops-admin'], id, action);
      expect(userErrorCodes(res.userErrors)).toEqual(['INCENTIVE_STAGE_INVALID']);
      expect(res.incentive).toBeNull();
    }
    expect(await stageOf(id)).toBe('COSIGN_REJECTED');
    expect(await bonusBalance(server, DIST)).toBe(bonus);
    expect(await countRows(server, 'incentive_transition')).toBe(transitions);
    const closed = await operatorStep(server, operators['ops-admin'], id, 'CLOSE', '线下已结算');
    expect(closed.incentive).toMatchObject({ stage: 'CLOSED', rejectionReason: '线下已结算' });
    expect(userErrorCodes((await operatorStep(server, operators['ops-admin'], id, 'REOPEN')).userErrors)).toEqual([
      'INCENTIVE_STAGE_INVALID',
    ]);
  });

  it('refuses to invoice while the cloud-store bills of the period are not invoiced (发票审核)', async () => {
    // The seeded records waiting for the partner's invoice: one whose period still has PAID
    // cloud-store orders without an invoice (the seed leaves such a period open).
    const waiting = await sql<{ id: number; period: string; amount: number }>(
      server,
      "select id, period, amount from incentive_record where partner_id = ? and stage = 'AWAITING_PARTNER_INVOICE' order by period desc, id",
      [DIST],
    );
    const withOpenBills = [];
    for (const record of waiting) {
      const { from, to } = periodRange(String(record.period));
      const [count] = await sql<{ n: number }>(
        server,
        "select count(*) as n from cloud_store_order where partner_id = ? and status = 'PAID' and live_invoice_id is null and placed_at >= ? and placed_at < ?",
        [DIST, from, to],
      );
      if (Number(count.n) > 0) withOpenBills.push({ row: record, open: count });
    }
    expect(withOpenBills.length).toBeGreaterThan(0);
    const [{ row, open }] = withOpenBills;
    const id = gid('IncentiveRecord', Number(row.id));
    const res = await server.execute(
      IncentiveInvoiceDocument,
      { input: { id, invoiceNumber: 'FP20261102', amount: (Number(row.amount) / 100).toFixed(2) } },
      members['dist-admin'],
    );
    expect(userErrorCodes(res.data!.invoiceIncentive.userErrors)).toEqual(['INCENTIVE_BILLS_NOT_INVOICED']);
    expect(res.data!.invoiceIncentive.userErrors[0].message).toContain(`${Number(open.n)} cloud-store order`);
    expect(await stageOf(id)).toBe('AWAITING_PARTNER_INVOICE');
  });

  it('answers each bad item of applyIncentives on its own', async () => {
    const paid = await incentiveInStage(server, DIST, 'PAID');
    const ids = [paid, paid, gid('Coupon', 1)];
    const res = await server.execute(IncentiveApplyDocument, { input: { ids } }, members['dist-admin']);
    expect(res.data!.applyIncentives.failed.map((e) => `${e.code}@${e.field}`)).toEqual([
      'INCENTIVE_STAGE_INVALID@input.ids[0]',
      'DUPLICATE_INCENTIVE@input.ids[1]',
      'INVALID_ID@input.ids[2]',
    ]);
    const empty = await server.execute(IncentiveApplyDocument, { input: { ids: [] } }, members['dist-admin']);
    expect(userErrorCodes(empty.data!.applyIncentives.userErrors)).toEqual(['BATCH_EMPTY']);
  });
});
