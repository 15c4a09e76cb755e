/** 退票 (returnInvoice, the partner) and the operator's status moves (moveInvoice). */
import type { Context } from '../../context';
import { UserError } from '../../common/errors';
import { idOfType } from '../../common/global-id';
import { refusal, success } from '../../common/mutation-kit';
import type { SqlEntityManager } from '../../common/paging';
import { requireOperator, requireViewer } from '../../permissions/viewer';
import { recordAudit } from '../audit/audit.service';
import { invoiceMoved } from '../notification/finance.events';
import { CloudStoreOrder } from '../cloud-store/cloud-store.entity';
import { idempotent } from '../idempotency/idempotency.service';
import { Invoice } from './invoice.entity';
import { CourierPayer, InvoiceMedium, InvoiceStatus } from './invoice.enums';
import type { MoveInvoiceInput, ReturnInvoiceInput } from './invoice.mutation-inputs';
import type { InvoicePayload } from './invoice.payloads';
import { operatorMoves, reasonError, returnable } from './invoice.rules';

const refused = refusal<InvoicePayload>({ invoice: null });

const notFound = (field: string) => new UserError('INVOICE_NOT_FOUND', 'No invoice has this id.', field);

/** Changes the invoice only if it is still in `from`; false when a concurrent change came first. */
async function moveIf(tx: SqlEntityManager, invoice: Invoice, from: InvoiceStatus, changes: Partial<Invoice>) {
  const changed = await tx.nativeUpdate(Invoice, { id: invoice.id, status: from }, changes);
  if (changed) Object.assign(invoice, changes);
  return changed === 1;
}

/** Frees the orders of a REJECTED or RETURNED invoice: they may be invoiced again. */
async function releaseOrders(tx: SqlEntityManager, invoiceId: number): Promise<void> {
  await tx.nativeUpdate(CloudStoreOrder, { liveInvoiceId: invoiceId }, { liveInvoiceId: null });
}

/** returnInvoice: a delivered invoice of the viewer's partner goes to RETURN_REQUESTED (paper: at the holder's cost). */
export async function returnInvoice(ctx: Context, input: ReturnInvoiceInput): Promise<InvoicePayload> {
  const viewer = requireViewer(ctx);
  const id = idOfType(input.invoiceId, 'Invoice', 'input.invoiceId');
  const reason = reasonError(input.reason, 'input.reason');
  if (reason) return refused(reason);
  return idempotent(ctx, {
    operation: 'returnInvoice',
    input,
    refused,
    execute: async (tx) => {
      const invoice = await tx.findOne(Invoice, { id, partner: viewer.partner.id });
      if (!invoice) return refused(notFound('input.invoiceId'));
      const before = invoice.status;
      const notReturnable = new UserError(
        'INVOICE_NOT_RETURNABLE',
        `Invoice ${invoice.invoiceNo} is ${before}: only a delivered invoice (electronic ISSUED, paper RECEIVED) is returned.`,
        'input.invoiceId',
      );
      if (!returnable(before, invoice.medium)) return refused(notReturnable);
      const moved = await moveIf(tx, invoice, before, {
        status: InvoiceStatus.RETURN_REQUESTED,
        returnReason: input.reason.trim(),
        returnCourierPaidBy: invoice.medium === InvoiceMedium.PAPER ? CourierPayer.CUSTOMER : null,
        statusChangedAt: new Date(),
      });
      if (!moved) return refused(notReturnable);
      await recordAudit(tx, ctx, {
        action: 'returnInvoice',
        target: invoice.globalId,
        before: { status: before },
        after: { status: invoice.status, reason: invoice.returnReason, courierPaidBy: invoice.returnCourierPaidBy },
      });
      return success<InvoicePayload>({ invoice });
    },
  });
}

/** The changes a move to `to` makes besides the status. */
function moveChanges(to: InvoiceStatus, input: MoveInvoiceInput): Partial<Invoice> {
  const changes: Partial<Invoice> = { status: to, statusChangedAt: new Date() };
  if (to === InvoiceStatus.REJECTED) changes.statusReason = input.reason!.trim();
  if (to === InvoiceStatus.SHIPPED && input.trackingNo) changes.trackingNo = input.trackingNo.trim().slice(0, 40);
  return changes;
}

/** moveInvoice (operators, ops:invoice): the next status of any partner's invoice, as the status table allows. */
export async function moveInvoice(ctx: Context, input: MoveInvoiceInput): Promise<InvoicePayload> {
  requireOperator(ctx);
  const id = idOfType(input.invoiceId, 'Invoice', 'input.invoiceId');
  const to = input.status;
  if (to === InvoiceStatus.REJECTED) {
    const reason = reasonError(input.reason, 'input.reason');
    if (reason) return refused(reason);
  }
  return ctx.em.transactional(async (tx) => {
    const invoice = await tx.findOne(Invoice, { id });
    if (!invoice) return refused(notFound('input.invoiceId'));
    const before = invoice.status;
    const conflict = new UserError(
      'INVOICE_STATUS_CONFLICT',
      `Invoice ${invoice.invoiceNo} is ${before} (${invoice.medium}): it cannot move to ${to}.`,
      'input.status',
    );
    if (!operatorMoves(before, invoice.medium).includes(to)) return refused(conflict);
    if (!(await moveIf(tx, invoice, before, moveChanges(to, input)))) return refused(conflict);
    if (to === InvoiceStatus.REJECTED || to === InvoiceStatus.RETURNED) await releaseOrders(tx, invoice.id);
    await recordAudit(tx, ctx, {
      action: 'moveInvoice',
      target: invoice.globalId,
      partnerId: invoice.partner.id,
      before: { status: before },
      after: { status: to, reason: invoice.statusReason ?? null, trackingNo: invoice.trackingNo ?? null },
    });
    await invoiceMoved(tx, {
      memberId: invoice.requestedBy?.id ?? null,
      invoiceId: invoice.id,
      invoiceNo: invoice.invoiceNo,
      status: to,
      reason: invoice.statusReason ?? null,
    });
    return success<InvoicePayload>({ invoice });
  });
}
