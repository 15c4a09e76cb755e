import { Field, InputType, ObjectType } from 'type-graphql';
import { ConnectionType } from '../../common/connection';
import { Invoice } from './invoice.entity';
import { InvoiceKind, InvoiceMedium, InvoiceStatus } from './invoice.enums';

@ObjectType('InvoiceConnection', { simpleResolvers: true, description: 'A page of invoices (发票), newest first.' })
export class InvoiceConnection extends ConnectionType(Invoice, 'Invoice', 'invoice') {}

@InputType({ description: 'Filters for invoices. All given filters must match.' })
export class InvoiceFilter {
  @Field(() => InvoiceStatus, { nullable: true, description: 'Only invoices in this status.' })
  status?: InvoiceStatus | null;

  @Field(() => InvoiceKind, { nullable: true, description: 'Only cloud-store or only cloud invoices.' })
  kind?: InvoiceKind | null;

  @Field(() => InvoiceMedium, { nullable: true, description: 'Only electronic or only paper invoices.' })
  medium?: InvoiceMedium | null;

  @Field(() => Date, { nullable: true, description: 'Requested at or after this instant.' })
  requestedFrom?: Date | null;

  @Field(() => Date, { nullable: true, description: 'Requested before this instant.' })
  requestedTo?: Date | null;
}
