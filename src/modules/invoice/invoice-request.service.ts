/** 索取发票: the quote (invoiceQuote) and the request (requestInvoice) over cloud-store orders. */
import type { Context } from '../../context';
import { UserError } from '../../common/errors';
import { money } from '../../common/money';
import { type BatchSpec, batchSizeError, parseIds, refusal, success } from '../../common/mutation-kit';
import type { SqlEntityManager } from '../../common/paging';
import { requireViewer } from '../../permissions/viewer';
import { recordAudit } from '../audit/audit.service';
import { CloudStoreOrder } from '../cloud-store/cloud-store.entity';
import { CloudStoreOrderStatus } from '../cloud-store/cloud-store.enums';
import { idempotent } from '../idempotency/idempotency.service';
import { Invoice, InvoiceItem } from './invoice.entity';
import { InvoiceKind, InvoiceMedium, InvoiceStatus } from './invoice.enums';
import type { InvoiceQuoteInput, RequestInvoiceInput } from './invoice.mutation-inputs';
import type { InvoicePayload, InvoiceQuote } from './invoice.payloads';
import { courierOf, invoiceNumber, MAX_ORDERS_PER_INVOICE, requestFieldsError } from './invoice.rules';

const ORDERS: BatchSpec = {
  field: 'input.orderIds',
  type: 'CloudStoreOrder',
  noun: 'orders',
  max: MAX_ORDERS_PER_INVOICE,
  duplicate: { code: 'DUPLICATE_CLOUD_STORE_ORDER', message: 'This order is listed twice.' },
};

interface Checked {
  orders: CloudStoreOrder[];
  amount: number;
  providerName: string;
}

function orderError(order: CloudStoreOrder | undefined, field: string): UserError | null {
  if (!order) return new UserError('CLOUD_STORE_ORDER_NOT_FOUND', 'No cloud-store order of yours has this id.', field);
  if (order.status === CloudStoreOrderStatus.IN_ARREARS)
    return new UserError(
      'CLOUD_STORE_ORDER_IN_ARREARS',
      `Order ${order.orderNo} is in arrears (欠费): pay it first.`,
      field,
    );
  if (order.status === CloudStoreOrderStatus.REFUNDED)
    return new UserError('CLOUD_STORE_ORDER_NOT_INVOICEABLE', `Order ${order.orderNo} was refunded.`, field);
  if (order.liveInvoiceId != null)
    return new UserError(
      'CLOUD_STORE_ORDER_ALREADY_INVOICED',
      `Order ${order.orderNo} is already on a live invoice; return it first.`,
      field,
    );
  return null;
}

/** Every check of a request or a quote: its fields, then each order (all refusals, in input order). */
async function checkRequest(
  em: SqlEntityManager,
  partnerId: number,
  input: InvoiceQuoteInput,
): Promise<Checked | UserError[]> {
  const size = batchSizeError(input.orderIds, ORDERS);
  if (size) return [size];
  const fields = requestFieldsError(input);
  if (fields) return [fields];
  const batch = parseIds(input.orderIds, ORDERS);
  const rows = await em.find(CloudStoreOrder, { id: { $in: batch.ids() }, partner: partnerId });
  const byId = new Map(rows.map((r) => [r.id, r]));
  for (const item of batch.items) {
    const error = orderError(byId.get(item.id), item.idField);
    if (error) batch.fail(item, error);
  }
  if (batch.failed.length) return batch.failed;
  const orders = batch.items.map((item) => byId.get(item.id)!);
  if (new Set(orders.map((o) => o.providerName)).size > 1)
    return [new UserError('INVOICE_PROVIDERS_DIFFER', 'The orders are of several providers (服务商).', ORDERS.field)];
  return { orders, amount: orders.reduce((s, o) => s + o.amount, 0), providerName: orders[0].providerName };
}

/** invoiceQuote: what requestInvoice would record (amount, courier fee and payer), or its refusals. */
export async function quoteInvoice(ctx: Context, input: InvoiceQuoteInput): Promise<InvoiceQuote> {
  const viewer = requireViewer(ctx);
  const checked = await checkRequest(ctx.em, viewer.partner.id, input);
  if (Array.isArray(checked))
    return { amount: null, courierFee: null, courierPaidBy: null, orderCount: 0, userErrors: checked };
  const courier = courierOf(input.medium, checked.amount);
  return {
    amount: money(checked.amount),
    courierFee: money(courier.fee),
    courierPaidBy: courier.paidBy,
    orderCount: checked.orders.length,
    userErrors: [],
  };
}

/** Thrown inside the transaction when a concurrent request invoiced an order first: rolls everything back. */
class OrdersTakenMeanwhile extends Error {}

const refused = refusal<InvoicePayload>({ invoice: null });

async function createInvoice(tx: SqlEntityManager, ctx: Context, input: RequestInvoiceInput, checked: Checked) {
  const viewer = requireViewer(ctx);
  const now = new Date();
  const courier = courierOf(input.medium, checked.amount);
  const paper = input.medium === InvoiceMedium.PAPER;
  const invoice = tx.create(Invoice, {
    partner: viewer.partner.id,
    kind: InvoiceKind.CLOUD_STORE,
    invoiceNo: `pending-${ctx.requestId}`.slice(0, 32),
    providerName: checked.providerName,
    titleType: input.title.type,
    titleName: input.title.name.trim(),
    taxId: input.title.taxId ?? null,
    invoiceType: input.invoiceType,
    medium: input.medium,
    amount: checked.amount,
    courierFee: courier.fee,
    courierPaidBy: courier.paidBy,
    recipientName: paper ? input.mailingAddress!.recipientName.trim() : null,
    recipientPhone: paper ? input.mailingAddress!.phone.trim() : null,
    mailingAddress: paper ? input.mailingAddress!.address.trim() : null,
    status: InvoiceStatus.SUBMITTED,
    requestedBy: viewer.member.id,
    requestedAt: now,
    statusChangedAt: now,
  });
  await tx.flush();
  invoice.invoiceNo = invoiceNumber(invoice.id, now);
  for (const o of checked.orders) tx.create(InvoiceItem, { invoice: invoice.id, order: o.id, amount: o.amount });
  await tx.flush();
  // Conditional: an order a concurrent request invoiced meanwhile is not taken twice.
  const ids = checked.orders.map((o) => o.id);
  const taken = await tx.nativeUpdate(
    CloudStoreOrder,
    { id: { $in: ids }, partner: viewer.partner.id, status: CloudStoreOrderStatus.PAID, liveInvoiceId: null },
    { liveInvoiceId: invoice.id },
  );
  if (taken !== ids.length) throw new OrdersTakenMeanwhile();
  return invoice;
}

/** requestInvoice: one SUBMITTED cloud-store invoice over the orders, all or nothing. */
export async function requestInvoice(ctx: Context, input: RequestInvoiceInput): Promise<InvoicePayload> {
  const viewer = requireViewer(ctx);
  try {
    return await idempotent(ctx, {
      operation: 'requestInvoice',
      input,
      refused,
      execute: async (tx) => {
        const checked = await checkRequest(tx, viewer.partner.id, input);
        if (Array.isArray(checked)) return refused(...checked);
        const invoice = await createInvoice(tx, ctx, input, checked);
        await recordAudit(tx, ctx, {
          action: 'requestInvoice',
          target: invoice.globalId,
          before: null,
          after: {
            invoiceNo: invoice.invoiceNo,
            orders: checked.orders.map((o) => o.orderNo),
            amount: invoice.amount,
            courierFee: invoice.courierFee,
            status: invoice.status,
          },
        });
        return success<InvoicePayload>({ invoice });
      },
    });
  } catch (err) {
    if (!(err instanceof OrdersTakenMeanwhile)) throw err;
    return refused(
      new UserError(
        'CLOUD_STORE_ORDER_ALREADY_INVOICED',
        'A concurrent request invoiced one of these orders first; nothing was requested.',
        ORDERS.field,
      ),
    );
  }
}
