/** The invoice rules that read no rows: title, type, medium and address; the courier fee; the status moves. */
import { UserError } from '../../common/errors';
import { CourierPayer, InvoiceMedium, InvoiceStatus, InvoiceTitleType, InvoiceType } from './invoice.enums';
import type { InvoiceQuoteInput, MailingAddressInput } from './invoice.mutation-inputs';

/** 开票金额小于100元 (fen): a PAPER invoice under it costs the partner the courier. */
export const PAPER_COURIER_THRESHOLD = 10_000;
/** (design) The courier fee a partner pays for such an invoice, fen (a flat domestic rate). */
export const PAPER_COURIER_FEE = 1_200;
/** Most orders on one invoice. */
export const MAX_ORDERS_PER_INVOICE = 50;
export const MAX_REASON_LENGTH = 200;

const TAX_ID = /^[0-9A-Z]{15,20}$/;

const textOk = (text: string | null | undefined, max: number) =>
  text != null && text.trim().length > 0 && text.length <= max;

function addressError(address: MailingAddressInput | null | undefined): UserError | null {
  if (!address || !textOk(address.recipientName, 50) || !textOk(address.phone, 32) || !textOk(address.address, 200)) {
    return new UserError(
      'INVOICE_ADDRESS_REQUIRED',
      'A paper invoice needs a mailing address: recipient (1–50), phone (1–32) and address (1–200 characters).',
      'input.mailingAddress',
    );
  }
  return null;
}

/** The first problem of the request's own fields (before any order is read), or null. */
export function requestFieldsError(input: InvoiceQuoteInput): UserError | null {
  const { title } = input;
  if (!textOk(title.name, 100))
    return new UserError('INVOICE_TITLE_INVALID', 'The title must have 1–100 characters.', 'input.title.name');
  const enterprise = title.type === InvoiceTitleType.ENTERPRISE;
  if (enterprise ? !TAX_ID.test(title.taxId ?? '') : title.taxId != null)
    return new UserError(
      'INVOICE_TAX_ID_INVALID',
      enterprise
        ? 'An enterprise title needs its tax id: 15–20 digits or capital letters.'
        : 'A personal title has no tax id.',
      'input.title.taxId',
    );
  if (input.invoiceType === InvoiceType.VAT_SPECIAL && !enterprise)
    return new UserError(
      'INVOICE_SPECIAL_NEEDS_ENTERPRISE',
      'A VAT special invoice (增值税专用发票) can only be made out to an enterprise title.',
      'input.invoiceType',
    );
  return input.medium === InvoiceMedium.PAPER ? addressError(input.mailingAddress) : null;
}

/** Who pays the courier of the delivery and what the partner pays (fen). */
export function courierOf(medium: InvoiceMedium, amount: number): { fee: number; paidBy: CourierPayer | null } {
  if (medium === InvoiceMedium.ELECTRONIC) return { fee: 0, paidBy: null };
  return amount < PAPER_COURIER_THRESHOLD
    ? { fee: PAPER_COURIER_FEE, paidBy: CourierPayer.PARTNER }
    : { fee: 0, paidBy: CourierPayer.ISSUER };
}

/** A reason of 1–200 characters, or the refusal. */
export function reasonError(reason: string | null | undefined, field: string): UserError | null {
  if (reason == null || reason.trim().length === 0)
    return new UserError('INVOICE_REASON_REQUIRED', 'A reason is required (1–200 characters).', field);
  if (reason.length > MAX_REASON_LENGTH)
    return new UserError(
      'INVOICE_REASON_REQUIRED',
      `The reason is longer than ${MAX_REASON_LENGTH} characters.`,
      field,
    );
  return null;
}

/** The statuses an operator may move an invoice to, by its current status and medium. */
export function operatorMoves(status: InvoiceStatus, medium: InvoiceMedium): InvoiceStatus[] {
  const paper = medium === InvoiceMedium.PAPER;
  switch (status) {
    case InvoiceStatus.SUBMITTED:
      return [InvoiceStatus.ISSUED, InvoiceStatus.REJECTED];
    case InvoiceStatus.ISSUED:
      return paper ? [InvoiceStatus.SHIPPED] : [];
    case InvoiceStatus.SHIPPED:
      return paper ? [InvoiceStatus.RECEIVED] : [];
    case InvoiceStatus.RETURN_REQUESTED:
      return [InvoiceStatus.RETURNED];
    default:
      return [];
  }
}

/** Whether the partner may return it: delivered (electronic ISSUED, paper RECEIVED). */
export function returnable(status: InvoiceStatus, medium: InvoiceMedium): boolean {
  return medium === InvoiceMedium.PAPER ? status === InvoiceStatus.RECEIVED : status === InvoiceStatus.ISSUED;
}

/** Statuses in which an invoice covers its orders (they cannot be invoiced again). */
export const LIVE_STATUSES: readonly InvoiceStatus[] = [
  InvoiceStatus.SUBMITTED,
  InvoiceStatus.ISSUED,
  InvoiceStatus.SHIPPED,
  InvoiceStatus.RECEIVED,
  InvoiceStatus.RETURN_REQUESTED,
];

/** Statuses whose amount counts as invoiced and not returned (invoicedAmountNotReturned). */
export const INVOICED_STATUSES: readonly InvoiceStatus[] = [
  InvoiceStatus.ISSUED,
  InvoiceStatus.SHIPPED,
  InvoiceStatus.RECEIVED,
  InvoiceStatus.RETURN_REQUESTED,
];

/** The request number of an invoice. */
export function invoiceNumber(id: number, at: Date): string {
  return `FP${at.toISOString().slice(2, 10).replace(/-/g, '')}${String(id).padStart(6, '0')}`;
}
