/** 打印发票清单: the partner's invoices, filtered like Partner.invoices, as a printable PDF table. */
import type { Context } from '../../context';
import { formatFen } from '../../common/money';
import { renderTablePdf } from '../../common/pdf';
import { requireViewer } from '../../permissions/viewer';
import { Invoice } from './invoice.entity';
import { InvoiceKind, InvoiceMedium, InvoiceStatus, InvoiceType } from './invoice.enums';
import { invoiceConditions } from './invoice.service';
import type { InvoiceFilter } from './invoice.types';

/** (design) Most invoices one PDF lists, newest first; the footer says when there are more. */
export const MAX_PDF_INVOICES = 500;

const STATUS_ZH: Record<InvoiceStatus, string> = {
  SUBMITTED: '已提交',
  ISSUED: '已开票',
  SHIPPED: '已寄出',
  RECEIVED: '已签收',
  REJECTED: '已驳回',
  RETURN_REQUESTED: '退票中',
  RETURNED: '已退票',
};

const day = (d: Date) => d.toISOString().slice(0, 10);

function rowOf(i: Invoice): string[] {
  return [
    i.invoiceNo,
    i.kind === InvoiceKind.CLOUD ? '华为云' : '云商店',
    i.providerName ?? i.billCycle ?? '',
    i.titleName,
    i.invoiceType === InvoiceType.VAT_SPECIAL ? '增值税专用发票' : '增值税普通发票',
    i.medium === InvoiceMedium.PAPER ? '纸质' : '电子',
    formatFen(i.amount),
    formatFen(i.courierFee),
    STATUS_ZH[i.status],
    day(i.requestedAt),
  ];
}

function filterLine(filter: InvoiceFilter | null): string {
  const parts = [
    filter?.status && `status ${filter.status}`,
    filter?.kind && `kind ${filter.kind}`,
    filter?.medium && `medium ${filter.medium}`,
    filter?.requestedFrom && `from ${filter.requestedFrom.toISOString()}`,
    filter?.requestedTo && `to ${filter.requestedTo.toISOString()}`,
  ].filter(Boolean);
  return `筛选 Filters: ${parts.length ? parts.join(', ') : '无 none'}`;
}

/** The viewer's own partner's invoice list as a PDF (the caller checked invoice:view). */
export async function invoiceListPdf(ctx: Context, filter: InvoiceFilter | null): Promise<Buffer> {
  const viewer = requireViewer(ctx);
  const where = { $and: [{ partner: viewer.partner.id }, ...invoiceConditions(filter)] };
  const [invoices, total] = await ctx.em.findAndCount(Invoice, where, {
    orderBy: { id: 'desc' },
    limit: MAX_PDF_INVOICES,
  });
  const amount = invoices.reduce((s, i) => s + i.amount, 0);
  return renderTablePdf({
    title: `发票清单 Invoice list — ${viewer.partner.name}`,
    subtitle: [`打印时间 Printed ${ctx.now.toISOString()} · ${viewer.member.loginName}`, filterLine(filter)],
    columns: [
      { header: '发票号 No.', width: 13 },
      { header: '类别 Kind', width: 6 },
      { header: '服务商/账期 Issuer', width: 11 },
      { header: '抬头 Title', width: 14 },
      { header: '发票类型 Type', width: 11 },
      { header: '介质 Medium', width: 6 },
      { header: '金额 Amount', width: 9, align: 'right' },
      { header: '快递费 Courier', width: 7, align: 'right' },
      { header: '状态 Status', width: 7 },
      { header: '申请日期 Date', width: 9 },
    ],
    rows: invoices.map(rowOf),
    footer:
      `${invoices.length} 张发票 invoices, 合计 total ${formatFen(amount)} CNY` +
      (total > invoices.length
        ? ` — the newest ${invoices.length} of ${total}; narrow the filters to print the rest.`
        : ''),
  });
}
