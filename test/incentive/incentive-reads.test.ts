/**
 * Incentive reads (issue 13, items 4 and 5): PCE eligibility computed and explained, the invoicing
 * list (查看开票清单), the statistics (查看激励统计信息) from one aggregate statement, the operators'
 * list, and statement counts that do not grow with the page.
 */
import { describe, expect, it } from 'vitest';
import {
  IncentiveInvoicingDocument,
  IncentiveListDocument,
  IncentiveOperatorListDocument,
  IncentivePceDocument,
  IncentiveStatsDocument,
} from '../generated/graphql';
import { PCE_CASH_CAP_FEN } from '../../src/modules/incentive/incentive.pce';
import { STAGES } from '../../src/modules/incentive/incentive.stages';
import { DIST } from '../support/demo';
import { errorCodes } from '../support/graphql';
import { partnerIncentives } from '../support/incentives';
import { sql } from '../support/rows';
import { useTestServer, useTokens } from '../support/server';

const server = useTestServer();
const members = useTokens(server, ['dist-admin', 'dist-am', 'other-dist-admin']);
const operators = useTokens(server, ['ops-admin', 'ops-eco'], 'OPERATOR');

const fen = (amount: string) => Math.round(Number(amount) * 100);

describe('PCE opportunity-sharing eligibility (seed 002)', () => {
  it('is computed and explained: first real-name account and cash before verification under the cap', async () => {
    const res = await server.execute(
      IncentivePceDocument,
      { filter: { type: 'PCE_OPPORTUNITY' } },
      members['dist-admin'],
    );
    expect(res.errors).toBeUndefined();
    const records = res.data!.viewer.partner.incentives!.nodes;
    expect(records.length).toBe(3);
    const verdicts = records.map((r) => r.pceEligibility!);
    // The enterprise's first account (no cash paid) qualifies; its later account is not a new customer.
    const first = verdicts.find((v) => v.enterprise?.startsWith('PCE演示企业') && v.newCloudCustomer)!;
    expect(first).toMatchObject({ eligible: true, cashPaidBeforeVerification: { amount: '0.00' } });
    expect(first.cashCap.amount).toBe((PCE_CASH_CAP_FEN / 100).toFixed(2));
    expect(first.reasons[0]).toMatch(/首个实名认证账号/);
    const later = verdicts.find((v) => v.enterprise?.startsWith('PCE演示企业') && !v.newCloudCustomer)!;
    expect(later.eligible).toBe(false);
    expect(later.reasons[0]).toMatch(/已有更早实名认证的账号/);
    // On a seeded customer's account: the verdict follows the cash its enterprise paid before verification.
    const customer = verdicts.find((v) => !v.enterprise?.startsWith('PCE演示企业'))!;
    const cash = fen(customer.cashPaidBeforeVerification.amount);
    expect(customer.eligible).toBe(customer.newCloudCustomer && cash <= PCE_CASH_CAP_FEN);
    expect(customer.reasons).toHaveLength(2);
    // Other incentive types have no PCE verdict.
    const other = await server.execute(
      IncentivePceDocument,
      { filter: { type: 'SALES_REBATE' } },
      members['dist-admin'],
    );
    expect(other.data!.viewer.partner.incentives!.nodes.every((r) => r.pceEligibility === null)).toBe(true);
  });

  it('matches the orders: the cash sum is recomputed from the rows', async () => {
    const [row] = await sql<{ id: number; cash: number }>(
      server,
      `select r.id, (select coalesce(sum(o.amount_after_discount - o.coupon_amount - o.cash_coupon_amount - o.credit_amount), 0)
          from customer_order o join sub_customer s on s.id = o.customer_id join cloud_account c on c.account_name = s.account_name
         where c.real_name_enterprise = ca.real_name_enterprise and o.payment_time is not null and o.payment_time < r.opportunity_verified_at) as cash
        from incentive_record r join cloud_account ca on ca.id = r.opportunity_account_id
       where r.partner_id = ? and ca.real_name_enterprise is not null and ca.account_name not like 'pce-%'`,
      [DIST],
    );
    expect(row).toBeDefined();
    const res = await server.execute(
      IncentivePceDocument,
      { filter: { type: 'PCE_OPPORTUNITY' } },
      members['dist-admin'],
    );
    const record = res.data!.viewer.partner.incentives!.nodes.find(
      (r) => !r.pceEligibility!.enterprise?.startsWith('PCE演示企业'),
    )!;
    expect(fen(record.pceEligibility!.cashPaidBeforeVerification.amount)).toBe(Number(row.cash));
  });
});

describe('查看开票清单 and 查看激励统计信息', () => {
  it('lists what to invoice per record for a period, invoiced or not', async () => {
    const all = await partnerIncentives(server, members['dist-admin']);
    const toInvoice = all.find((r) => r.stage === 'AWAITING_PARTNER_INVOICE')!;
    const res = await server.execute(IncentiveInvoicingDocument, { period: toInvoice.period }, members['dist-admin']);
    expect(res.errors).toBeUndefined();
    const list = res.data!.viewer.partner.incentiveInvoicingList!;
    expect(list.buyerName).toBe('华为云计算技术有限公司');
    const expected = all.filter(
      (r) =>
        r.period === toInvoice.period && ['AWAITING_PARTNER_INVOICE', 'AWAITING_PAYMENT', 'PAID'].includes(r.stage),
    );
    expect(list.items.map((i) => i.incentive.id).sort()).toEqual(expected.map((r) => r.id).sort());
    const line = list.items.find((i) => i.incentive.id === toInvoice.id)!;
    expect(line).toMatchObject({ invoiced: false, amount: { amount: toInvoice.amount.amount } });
    const total = expected.reduce((s, r) => s + fen(r.amount.amount), 0);
    expect(fen(list.totalAmount.amount)).toBe(total);
    const open = expected.filter((r) => r.invoiceNumber == null).reduce((s, r) => s + fen(r.amount.amount), 0);
    expect(fen(list.toInvoiceAmount.amount)).toBe(open);
    const bad = await server.execute(IncentiveInvoicingDocument, { period: '202613' }, members['dist-admin']);
    expect(errorCodes(bad)).toContain('BAD_USER_INPUT');
  });

  it('totals per stage and per period agree with the records, from one SQL statement', async () => {
    const all = await partnerIncentives(server, members['dist-admin']);
    const res = await server.execute(IncentiveStatsDocument, {}, members['dist-admin']);
    expect(res.errors).toBeUndefined();
    const stats = res.data!.viewer.partner.incentiveStatistics!;
    expect(stats.totalCount).toBe(all.length);
    expect(fen(stats.totalAmount.amount)).toBe(all.reduce((s, r) => s + fen(r.amount.amount), 0));
    expect(stats.byStage.map((s) => s.stage)).toEqual(Object.keys(STAGES));
    for (const s of stats.byStage) {
      const of = all.filter((r) => r.stage === s.stage);
      expect(s.count).toBe(of.length);
      expect(s.stageName).toBe(STAGES[s.stage].nameZh);
      expect(fen(s.amount.amount)).toBe(of.reduce((sum, r) => sum + fen(r.amount.amount), 0));
    }
    const paid = all.filter((r) => r.stage === 'PAID').reduce((s, r) => s + fen(r.amount.amount), 0);
    expect(fen(stats.paidAmount.amount)).toBe(paid);
    expect(stats.byPeriod.map((p) => p.period)).toEqual([...new Set(all.map((r) => r.period))].sort().reverse());

    // A range: only its periods.
    const period = stats.byPeriod[0].period;
    const one = await server.execute(
      IncentiveStatsDocument,
      { periodFrom: period, periodTo: period },
      members['dist-admin'],
    );
    expect(one.data!.viewer.partner.incentiveStatistics!.totalCount).toBe(
      all.filter((r) => r.period === period).length,
    );
    const backwards = await server.execute(
      IncentiveStatsDocument,
      { periodFrom: '202612', periodTo: '202601' },
      members['dist-admin'],
    );
    expect(errorCodes(backwards)).toContain('BAD_USER_INPUT');

    // One statement: the same request without the statistics runs exactly one fewer.
    const base = await server.execute('query { viewer { partner { id } } }', {}, members['dist-admin']);
    expect(res.sqlStatements).toBe(base.sqlStatements + 1);
  });

  it('needs incentive:statistics (an account manager has none)', async () => {
    const res = await server.execute(IncentiveStatsDocument, {}, members['dist-am']);
    expect(errorCodes(res)).toContain('FORBIDDEN');
  });
});

describe('the operators’ list and statement counts', () => {
  it('shows every partner’s records to ops:incentive, FORBIDDEN to ops-eco', async () => {
    const res = await server.execute(IncentiveOperatorListDocument, { first: 100 }, operators['ops-admin']);
    expect(res.errors).toBeUndefined();
    const partners = new Set(res.data!.operatorViewer.incentives!.nodes.map((r) => r.partner.name));
    expect(partners.size).toBeGreaterThan(1);
    const filtered = await server.execute(
      IncentiveOperatorListDocument,
      { filter: { stage: 'AWAITING_PAYMENT' } },
      operators['ops-admin'],
    );
    expect(filtered.data!.operatorViewer.incentives!.nodes.every((r) => r.stage === 'AWAITING_PAYMENT')).toBe(true);
    const eco = await server.execute(IncentiveOperatorListDocument, {}, operators['ops-eco']);
    expect(errorCodes(eco)).toContain('FORBIDDEN');
  });

  it('runs the same number of statements for a small and a large page', async () => {
    const small = await server.execute(IncentiveListDocument, { first: 2 }, members['dist-admin']);
    const large = await server.execute(IncentiveListDocument, { first: 100 }, members['dist-admin']);
    expect(large.data!.viewer.partner.incentives!.nodes.length).toBeGreaterThan(10);
    expect(large.sqlStatements).toBe(small.sqlStatements);
    const pceSmall = await server.execute(
      IncentivePceDocument,
      { filter: { type: 'PCE_OPPORTUNITY' } },
      members['dist-admin'],
    );
    const pceAll = await server.execute(IncentivePceDocument, {}, members['dist-admin']);
    expect(pceAll.sqlStatements).toBe(pceSmall.sqlStatements);
    const opSmall = await server.execute(IncentiveOperatorListDocument, { first: 2 }, operators['ops-admin']);
    const opLarge = await server.execute(IncentiveOperatorListDocument, { first: 60 }, operators['ops-admin']);
    expect(opLarge.sqlStatements).toBe(opSmall.sqlStatements);
  });
});
