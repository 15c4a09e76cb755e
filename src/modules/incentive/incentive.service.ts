/** The incentive reads: lists by reconciliation period, the invoicing list and the statistics. */
import type { FilterQuery } from '@mikro-orm/core';
import type { Context } from '../../context';
import { type ConnectionArgs, toPageRequest } from '../../common/connection';
import { badInput } from '../../common/errors';
import { money } from '../../common/money';
import { findPage } from '../../common/paging';
import { rows } from '../../db/sql';
import { assertPartnerRelation } from '../../permissions/scopes';
import { requireOperator, requireViewer } from '../../permissions/viewer';
import { IncentiveRecord } from './incentive.entity';
import { IncentiveStage, IncentiveType } from './incentive.enums';
import { isPeriod } from './incentive.rules';
import { STAGE_ORDER, STAGES } from './incentive.stages';
import type { IncentiveFilter, IncentiveInvoicingList, IncentiveStatistics } from './incentive.types';

/** A period argument: `YYYYMM` or BAD_USER_INPUT naming it. */
function period(value: string, field: string): string {
  if (!isPeriod(value)) throw badInput(`${field} must be a reconciliation period YYYYMM (month 01–12).`, field);
  return value;
}

function conditions(filter: IncentiveFilter | null | undefined): FilterQuery<IncentiveRecord>[] {
  const where: FilterQuery<IncentiveRecord>[] = [];
  if (filter?.period != null) where.push({ period: period(filter.period, 'filter.period') });
  if (filter?.stage != null) where.push({ stage: filter.stage });
  if (filter?.type != null) where.push({ incentiveType: filter.type });
  return where;
}

/** Partner.incentives: the viewer's own partner's records, newest first. */
export function listIncentives(
  ctx: Context,
  partnerId: number,
  filter: IncentiveFilter | null | undefined,
  args: ConnectionArgs,
) {
  const viewer = requireViewer(ctx);
  const page = toPageRequest(args);
  assertPartnerRelation(viewer, partnerId, ['SELF'], 'incentives');
  return findPage(ctx.em, IncentiveRecord, { $and: [{ partner: partnerId }, ...conditions(filter)] }, page);
}

/** OperatorViewer.incentives: every partner's records, newest first. */
export function listIncentivesForOperator(
  ctx: Context,
  filter: IncentiveFilter | null | undefined,
  args: ConnectionArgs,
) {
  requireOperator(ctx);
  const page = toPageRequest(args);
  const where = conditions(filter);
  return findPage(ctx.em, IncentiveRecord, where.length ? { $and: where } : {}, page);
}

/** (design) The cloud entity incentive invoices are made out to. */
export const INVOICE_BUYER = '华为云计算技术有限公司';

const INVOICING_STAGES = [
  IncentiveStage.AWAITING_PARTNER_INVOICE,
  IncentiveStage.AWAITING_PAYMENT,
  IncentiveStage.PAID,
];

const TYPE_NAMES: Record<IncentiveType, string> = {
  PCE_OPPORTUNITY: 'PCE机会点共享专项激励',
  SALES_REBATE: '销售返点',
  MARKETING_TASK: '营销任务激励',
};

/** Partner.incentiveInvoicingList (查看开票清单): one statement. */
export async function incentiveInvoicingList(
  ctx: Context,
  partnerId: number,
  periodArg: string,
): Promise<IncentiveInvoicingList> {
  const viewer = requireViewer(ctx);
  assertPartnerRelation(viewer, partnerId, ['SELF'], 'incentiveInvoicingList');
  const p = period(periodArg, 'period');
  const records = await ctx.em.find(
    IncentiveRecord,
    { partner: partnerId, period: p, stage: { $in: INVOICING_STAGES } },
    { orderBy: { id: 'asc' }, disableIdentityMap: true },
  );
  const items = records.map((r) => ({
    incentive: r,
    content: `*现代服务*${TYPE_NAMES[r.incentiveType]} ${p}`,
    amount: money(r.amount),
    invoiced: r.invoiceNumber != null,
  }));
  const sum = (list: IncentiveRecord[]) => list.reduce((s, r) => s + r.amount, 0);
  return {
    period: p,
    buyerName: INVOICE_BUYER,
    items,
    totalAmount: money(sum(records)),
    toInvoiceAmount: money(sum(records.filter((r) => r.invoiceNumber == null))),
  };
}

/** A stage read back from SQL. */
function stageOf(value: unknown): IncentiveStage {
  const stage = STAGE_ORDER.find((s) => s === value);
  if (!stage) throw new Error(`unknown incentive stage ${String(value)}`);
  return stage;
}

interface StatRow {
  period: string;
  stage: IncentiveStage;
  count: number;
  amount: number;
}

/** Partner.incentiveStatistics (查看激励统计信息): one GROUP BY statement, folded two ways. */
export async function incentiveStatistics(
  ctx: Context,
  partnerId: number,
  from: string | null,
  to: string | null,
): Promise<IncentiveStatistics> {
  const viewer = requireViewer(ctx);
  assertPartnerRelation(viewer, partnerId, ['SELF'], 'incentiveStatistics');
  const periodFrom = from == null ? null : period(from, 'periodFrom');
  const periodTo = to == null ? null : period(to, 'periodTo');
  if (periodFrom && periodTo && periodFrom > periodTo) throw badInput('periodFrom is after periodTo.', 'periodFrom');
  const params: unknown[] = [partnerId];
  let range = '';
  if (periodFrom) {
    range += ' and period >= ?';
    params.push(periodFrom);
  }
  if (periodTo) {
    range += ' and period <= ?';
    params.push(periodTo);
  }
  const found = await rows(
    ctx.em,
    `select period, stage, count(*) as n, coalesce(sum(amount), 0) as total from incentive_record
      where partner_id = ?${range} group by period, stage`,
    params,
  );
  const stats: StatRow[] = found.map((r) => ({
    period: String(r.period),
    stage: stageOf(r.stage),
    count: Number(r.n),
    amount: Number(r.total),
  }));
  return foldStatistics(stats, periodFrom, periodTo);
}

function foldStatistics(stats: StatRow[], periodFrom: string | null, periodTo: string | null): IncentiveStatistics {
  const total = (list: StatRow[]) => list.reduce((s, r) => s + r.amount, 0);
  const count = (list: StatRow[]) => list.reduce((s, r) => s + r.count, 0);
  const paid = (list: StatRow[]) => total(list.filter((r) => r.stage === IncentiveStage.PAID));
  const periods = [...new Set(stats.map((r) => r.period))].sort().reverse();
  return {
    periodFrom,
    periodTo,
    totalCount: count(stats),
    totalAmount: money(total(stats)),
    paidAmount: money(paid(stats)),
    byStage: STAGE_ORDER.map((stage) => {
      const of = stats.filter((r) => r.stage === stage);
      return { stage, stageName: STAGES[stage].nameZh, count: count(of), amount: money(total(of)) };
    }),
    byPeriod: periods.map((p) => {
      const of = stats.filter((r) => r.period === p);
      return { period: p, count: count(of), amount: money(total(of)), paidAmount: money(paid(of)) };
    }),
  };
}
