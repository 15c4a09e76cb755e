import { Field, Int, ObjectType } from 'type-graphql';
import { UserError } from '../../common/errors';
import { Money } from '../../common/money';
import { MutationPayload } from '../../common/payload';
import { Invoice } from './invoice.entity';
import { CourierPayer } from './invoice.enums';

@ObjectType({ simpleResolvers: true, description: 'Result of requestInvoice, returnInvoice and moveInvoice.' })
export class InvoicePayload extends MutationPayload {
  @Field(() => Invoice, {
    nullable: true,
    description: 'The invoice as it is now; null when refused (nothing changed).',
  })
  invoice!: Invoice | null;
}

@ObjectType('InvoiceQuote', {
  simpleResolvers: true,
  description:
    'What requestInvoice would record for the same input, shown before submitting: the amount and the courier fee the partner pays (a PAPER invoice under 100 元), or the refusals it would answer. Nothing is reserved.',
})
export class InvoiceQuote {
  @Field(() => Money, { nullable: true, description: 'The invoiced amount: the sum of the orders; null when refused.' })
  amount!: Money | null;

  @Field(() => Money, {
    nullable: true,
    description:
      '(design) The courier fee the partner pays: a flat 12.00 for a PAPER invoice under 100 元, 0.00 otherwise; null when refused.',
  })
  courierFee!: Money | null;

  @Field(() => CourierPayer, {
    nullable: true,
    description:
      'PAPER: who pays the courier (PARTNER under 100 元, ISSUER otherwise); null for ELECTRONIC or when refused.',
  })
  courierPaidBy!: CourierPayer | null;

  @Field(() => Int, { description: 'How many orders the invoice would cover (0 when refused).' })
  orderCount!: number;

  @Field(() => [UserError], {
    description: 'What requestInvoice would refuse the same input with; empty when it would go through.',
  })
  userErrors!: UserError[];
}
