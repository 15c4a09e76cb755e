import { Field, ID, InputType } from 'type-graphql';
import { InvoiceMedium, InvoiceStatus, InvoiceTitleType, InvoiceType } from './invoice.enums';

const IDEMPOTENCY_KEY =
  'Idempotency key (or the Idempotency-Key header), unique per partner: a retry with the same key replays the first answer and never acts twice; the same key with a different input is refused (IDEMPOTENCY_KEY_REUSED). Kept 7 days.';

@InputType({ description: '发票抬头: whom the invoice is made out to.' })
export class InvoiceTitleInput {
  @Field(() => InvoiceTitleType, { description: 'PERSONAL (个人) or ENTERPRISE (企业).' })
  type!: InvoiceTitleType;

  @Field(() => String, {
    description: 'The title: a person’s or company’s name, 1–100 characters (INVOICE_TITLE_INVALID).',
  })
  name!: string;

  @Field(() => String, {
    nullable: true,
    description:
      'ENTERPRISE: the tax id (纳税人识别号 / 统一社会信用代码), 15–20 digits or capital letters; PERSONAL: leave it out (INVOICE_TAX_ID_INVALID).',
  })
  taxId?: string | null;
}

@InputType({ description: 'Where a PAPER invoice is mailed.' })
export class MailingAddressInput {
  @Field(() => String, { description: 'Recipient (收件人), 1–50 characters.' })
  recipientName!: string;

  @Field(() => String, { description: 'Recipient’s phone, 1–32 characters.' })
  phone!: string;

  @Field(() => String, { description: 'Mailing address (邮寄地址), 1–200 characters.' })
  address!: string;
}

@InputType({ description: 'An invoice to quote (invoiceQuote): the same fields as requestInvoice, without the key.' })
export class InvoiceQuoteInput {
  @Field(() => [ID], {
    description:
      'CloudStoreOrder ids of your partner, 1–50, all of one provider (服务商): each PAID and on no live invoice.',
  })
  orderIds!: string[];

  @Field(() => InvoiceTitleInput, { description: 'The title (抬头).' })
  title!: InvoiceTitleInput;

  @Field(() => InvoiceType, { description: 'VAT_GENERAL, or VAT_SPECIAL for an ENTERPRISE title only.' })
  invoiceType!: InvoiceType;

  @Field(() => InvoiceMedium, { description: 'ELECTRONIC or PAPER.' })
  medium!: InvoiceMedium;

  @Field(() => MailingAddressInput, {
    nullable: true,
    description: 'PAPER: where to mail it (required: INVOICE_ADDRESS_REQUIRED); ignored for ELECTRONIC.',
  })
  mailingAddress?: MailingAddressInput | null;
}

@InputType({ description: '索取发票: ask the provider of cloud-store orders for an invoice over them.' })
export class RequestInvoiceInput extends InvoiceQuoteInput {
  @Field(() => String, { nullable: true, description: IDEMPOTENCY_KEY })
  idempotencyKey?: string | null;
}

@InputType({ description: '退票: return a delivered invoice.' })
export class ReturnInvoiceInput {
  @Field(() => ID, {
    description: 'An Invoice id of your partner: ISSUED (electronic) or RECEIVED (paper), cloud-store or cloud.',
  })
  invoiceId!: string;

  @Field(() => String, { description: 'Why it is returned, 1–200 characters (INVOICE_REASON_REQUIRED).' })
  reason!: string;

  @Field(() => String, { nullable: true, description: IDEMPOTENCY_KEY })
  idempotencyKey?: string | null;
}

@InputType({ description: '(operators) The next status of an invoice.' })
export class MoveInvoiceInput {
  @Field(() => ID, { description: 'The Invoice id (of any partner).' })
  invoiceId!: string;

  @Field(() => InvoiceStatus, {
    description:
      'ISSUED or REJECTED (from SUBMITTED), SHIPPED (paper, from ISSUED), RECEIVED (paper, from SHIPPED), RETURNED (from RETURN_REQUESTED).',
  })
  status!: InvoiceStatus;

  @Field(() => String, {
    nullable: true,
    description:
      'REJECTED: the reason the partner reads, 1–200 characters (INVOICE_REASON_REQUIRED); ignored otherwise.',
  })
  reason?: string | null;

  @Field(() => String, { nullable: true, description: 'SHIPPED: the courier tracking number (≤ 40 characters).' })
  trackingNo?: string | null;
}
