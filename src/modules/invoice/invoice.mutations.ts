import { Arg, Ctx, Mutation, Resolver } from 'type-graphql';
import type { Context } from '../../context';
import { requestInvoice } from './invoice-request.service';
import { moveInvoice, returnInvoice } from './invoice-status.service';
import { MoveInvoiceInput, RequestInvoiceInput, ReturnInvoiceInput } from './invoice.mutation-inputs';
import { InvoicePayload } from './invoice.payloads';

@Resolver()
export class InvoiceMutationResolver {
  @Mutation(() => InvoicePayload, {
    description:
      '索取发票: ask the provider (服务商) of cloud-store orders of your partner for one invoice over them (SUBMITTED), all or nothing. VAT special only for an ENTERPRISE title; an order in arrears must be paid first; a PAPER invoice under 100 元 costs the partner the courier (courierFee, shown first by invoiceQuote). Refusals: BATCH_EMPTY, BATCH_TOO_LARGE (50), INVALID_ID, DUPLICATE_CLOUD_STORE_ORDER, INVOICE_TITLE_INVALID, INVOICE_TAX_ID_INVALID, INVOICE_SPECIAL_NEEDS_ENTERPRISE, INVOICE_ADDRESS_REQUIRED, CLOUD_STORE_ORDER_NOT_FOUND, CLOUD_STORE_ORDER_IN_ARREARS, CLOUD_STORE_ORDER_NOT_INVOICEABLE, CLOUD_STORE_ORDER_ALREADY_INVOICED, INVOICE_PROVIDERS_DIFFER. Idempotent with its key. Needs invoice:manage.',
  })
  requestInvoice(
    @Arg('input', () => RequestInvoiceInput, { description: 'The orders, title, type, medium, address and key.' })
    input: RequestInvoiceInput,
    @Ctx() ctx: Context,
  ) {
    return requestInvoice(ctx, input);
  }

  @Mutation(() => InvoicePayload, {
    description:
      '退票: return a delivered invoice of your partner — a cloud-store invoice or a cloud invoice — before withdrawing its invoiced amount or invoicing its orders again (RETURN_REQUESTED; RETURNED once the issuer takes it back). A paper invoice is sent back at the holder’s cost (returnCourierPaidBy CUSTOMER). Refusals: INVOICE_NOT_FOUND, INVOICE_NOT_RETURNABLE, INVOICE_REASON_REQUIRED. Idempotent with its key. Needs invoice:manage.',
  })
  returnInvoice(
    @Arg('input', () => ReturnInvoiceInput, { description: 'The invoice, the reason and the key.' })
    input: ReturnInvoiceInput,
    @Ctx() ctx: Context,
  ) {
    return returnInvoice(ctx, input);
  }

  @Mutation(() => InvoicePayload, {
    description:
      '(operators, ops:invoice) Move any partner’s invoice to its next status: ISSUED or REJECTED (with a reason) from SUBMITTED, SHIPPED then RECEIVED for paper, RETURNED from RETURN_REQUESTED. REJECTED and RETURNED free its orders for a new request. Refusals: INVOICE_NOT_FOUND, INVOICE_STATUS_CONFLICT, INVOICE_REASON_REQUIRED. FORBIDDEN for members and customers.',
  })
  moveInvoice(
    @Arg('input', () => MoveInvoiceInput, { description: 'The invoice, its next status and the reason.' })
    input: MoveInvoiceInput,
    @Ctx() ctx: Context,
  ) {
    return moveInvoice(ctx, input);
  }
}
