/**
 * Invoices (发票) of the demo partners, in every status: cloud-store invoices over their seeded
 * cloud-store orders (one order each; REJECTED and RETURNED ones left their order free again) and
 * a few cloud invoices over past bill cycles. Paper ones show both courier rules: under 100 元 the
 * partner pays the courier, and a returned paper invoice goes back at the customer's cost.
 */
import {
  CourierPayer,
  InvoiceKind,
  InvoiceMedium,
  InvoiceStatus,
  InvoiceTitleType,
  InvoiceType,
} from '../src/modules/invoice/invoice.enums';
import { courierOf, invoiceNumber, LIVE_STATUSES } from '../src/modules/invoice/invoice.rules';
import type { Row } from './bulk';
import type { Sink } from './customers';
import type { CloudStoreOrderRow } from './finance-cloud-store';
import { addMonths, billCycleOf, DAY, HOUR, type PartnerPlan } from './model';
import { Rng } from './random';

interface Plan {
  status: InvoiceStatus;
  medium: InvoiceMedium;
  title: InvoiceTitleType;
  type: InvoiceType;
}

const { ELECTRONIC, PAPER } = InvoiceMedium;
const { PERSONAL, ENTERPRISE } = InvoiceTitleType;
const { VAT_GENERAL, VAT_SPECIAL } = InvoiceType;

/** Cloud-store invoices by the index of their order in the partner's plan (finance-cloud-store.ts). */
const STORE_PLAN: ReadonlyMap<number, Plan> = new Map([
  [0, { status: InvoiceStatus.SUBMITTED, medium: ELECTRONIC, title: ENTERPRISE, type: VAT_SPECIAL }],
  [3, { status: InvoiceStatus.ISSUED, medium: ELECTRONIC, title: PERSONAL, type: VAT_GENERAL }],
  [5, { status: InvoiceStatus.SHIPPED, medium: PAPER, title: ENTERPRISE, type: VAT_GENERAL }],
  [1, { status: InvoiceStatus.RECEIVED, medium: PAPER, title: ENTERPRISE, type: VAT_SPECIAL }],
  [7, { status: InvoiceStatus.REJECTED, medium: ELECTRONIC, title: PERSONAL, type: VAT_GENERAL }],
  [6, { status: InvoiceStatus.RETURN_REQUESTED, medium: PAPER, title: ENTERPRISE, type: VAT_GENERAL }],
  [9, { status: InvoiceStatus.RETURNED, medium: ELECTRONIC, title: ENTERPRISE, type: VAT_GENERAL }],
]);

/** Cloud invoices (华为云发票): months back and plan. */
const CLOUD_PLAN: readonly (readonly [number, Plan])[] = [
  [1, { status: InvoiceStatus.ISSUED, medium: ELECTRONIC, title: ENTERPRISE, type: VAT_SPECIAL }],
  [2, { status: InvoiceStatus.RECEIVED, medium: PAPER, title: ENTERPRISE, type: VAT_SPECIAL }],
  [3, { status: InvoiceStatus.RETURNED, medium: PAPER, title: ENTERPRISE, type: VAT_GENERAL }],
];

export interface InvoiceRows {
  invoices: Row[];
  items: Row[];
}

function invoiceRow(sink: Sink, p: PartnerPlan, rng: Rng, plan: Plan, amount: number, at: number): Row {
  const id = sink.nextId('invoice');
  const paper = plan.medium === PAPER;
  const courier = courierOf(plan.medium, amount);
  const returned = plan.status === InvoiceStatus.RETURN_REQUESTED || plan.status === InvoiceStatus.RETURNED;
  const enterprise = plan.title === ENTERPRISE;
  return {
    id,
    partner: p.id,
    invoiceNo: invoiceNumber(id, new Date(at)),
    titleType: plan.title,
    titleName: enterprise ? p.name : '王小明',
    taxId: enterprise ? `91${rng.digits(16)}` : null,
    invoiceType: plan.type,
    medium: plan.medium,
    amount,
    courierFee: courier.fee,
    courierPaidBy: courier.paidBy,
    recipientName: paper ? '财务部 李娜' : null,
    recipientPhone: paper ? `0086-139${rng.digits(8)}` : null,
    mailingAddress: paper ? '北京市海淀区中关村大街 1 号' : null,
    status: plan.status,
    statusReason: plan.status === InvoiceStatus.REJECTED ? '抬头与付款方不一致' : null,
    trackingNo: paper && !returned && plan.status !== InvoiceStatus.ISSUED ? `SF${rng.digits(12)}` : null,
    returnReason: returned ? '开票信息有误,需重新开票' : null,
    returnCourierPaidBy: returned && paper ? CourierPayer.CUSTOMER : null,
    requestedBy: p.adminId,
    requestedAt: at,
    statusChangedAt: at + rng.int(1, 72) * HOUR,
  };
}

/** The invoices of the demo partners; sets liveInvoiceId on the orders a live invoice covers. */
export function seedInvoices(
  sink: Sink,
  seed: number,
  partners: readonly PartnerPlan[],
  orders: CloudStoreOrderRow[],
): InvoiceRows {
  const out: InvoiceRows = { invoices: [], items: [] };
  for (const p of partners) {
    if (!p.key) continue;
    const rng = Rng.derive(seed, `invoices:${p.id}`);
    const own = orders.filter((o) => o.partner === p.id);
    for (const [n, plan] of STORE_PLAN) {
      const order = own[n];
      const row = invoiceRow(sink, p, rng, plan, order.amount, Number(order.placedAt) + 2 * DAY);
      row.kind = InvoiceKind.CLOUD_STORE;
      row.providerName = order.providerName;
      row.billCycle = null;
      out.invoices.push(row);
      out.items.push({ id: sink.nextId('invoiceItem'), invoice: row.id, order: order.id, amount: order.amount });
      if (LIVE_STATUSES.includes(plan.status)) order.liveInvoiceId = Number(row.id);
    }
    for (const [monthsBack, plan] of CLOUD_PLAN) {
      const cycleStart = addMonths(sink.ref, -monthsBack);
      const row = invoiceRow(sink, p, rng, plan, rng.int(200, 9000) * 100, addMonths(cycleStart, 1) + 3 * DAY);
      row.kind = InvoiceKind.CLOUD;
      row.providerName = null;
      row.billCycle = billCycleOf(cycleStart);
      out.invoices.push(row);
    }
    if (p.key === 'dist') out.invoices.push(...listPageInvoices(sink, p, rng));
  }
  return out;
}

/**
 * Older cloud invoices of the demo distributor for a full list page (large scale,
 * bench/operations): in the twelve months before the seeded ones, issued or received, no order items.
 */
function listPageInvoices(sink: Sink, p: PartnerPlan, rng: Rng): Row[] {
  const plans = [CLOUD_PLAN[0][1], CLOUD_PLAN[1][1]];
  return Array.from({ length: sink.cfg.listPageRows }, (_, i) => {
    const cycleStart = addMonths(sink.ref, -(CLOUD_PLAN.length + 1 + (i % 12)));
    const row = invoiceRow(sink, p, rng, plans[i % 2], rng.int(200, 9000) * 100, addMonths(cycleStart, 1) + 3 * DAY);
    row.kind = InvoiceKind.CLOUD;
    row.providerName = null;
    row.billCycle = billCycleOf(cycleStart);
    return row;
  });
}
