import { Entity, Enum, Index, ManyToOne, OptionalProps, PrimaryKey, Property, type Ref } from '@mikro-orm/core';
import { Field, ID, ObjectType } from 'type-graphql';
import { toGlobalId } from '../../common/global-id';
import { MoneyColumn, Node } from '../../common/node';
import { CloudStoreOrder } from '../cloud-store/cloud-store.entity';
import { Member } from '../member/member.entity';
import { Partner } from '../partner/partner.entity';
import {
  CourierPayer,
  InvoiceKind,
  InvoiceMedium,
  InvoiceStatus,
  InvoiceTitleType,
  InvoiceType,
} from './invoice.enums';

@Entity({ tableName: 'invoice' })
@Index({ properties: ['partner', 'status'] })
@ObjectType('Invoice', {
  implements: Node,
  description:
    '发票: a cloud-store invoice (索取发票, over cloud-store orders of one provider) or a cloud invoice (over the partner’s cloud bills of a bill cycle). (design) Amount, title and medium are fixed at the request; the status is moved by the cloud operator, the return is asked for by the partner (returnInvoice).',
})
export class Invoice {
  [OptionalProps]?: 'globalId';

  @PrimaryKey()
  id!: number;

  @ManyToOne(() => Partner, { ref: true })
  partner!: Ref<Partner>;

  @Field(() => InvoiceKind, { description: 'CLOUD_STORE (云商店发票) or CLOUD (华为云发票).' })
  @Enum({ items: () => InvoiceKind })
  kind!: InvoiceKind;

  @Field(() => String, { description: '(design) The request number, FP + yyMMdd + 6 digits, unique.' })
  @Property({ length: 32, unique: true })
  invoiceNo!: string;

  @Field(() => String, {
    nullable: true,
    description: 'CLOUD_STORE: the provider (服务商) who issues it; null for a CLOUD invoice (the cloud issues it).',
  })
  @Property({ type: 'string', length: 128, nullable: true })
  providerName?: string | null;

  @Field(() => String, { nullable: true, description: 'CLOUD: the bill cycle (YYYY-MM) it covers; null otherwise.' })
  @Property({ type: 'string', length: 7, nullable: true })
  billCycle?: string | null;

  @Field(() => InvoiceTitleType, { description: '抬头类型.' })
  @Enum({ items: () => InvoiceTitleType })
  titleType!: InvoiceTitleType;

  @Field(() => String, { description: '发票抬头: the name the invoice is made out to.' })
  @Property({ length: 100 })
  titleName!: string;

  @Field(() => String, {
    nullable: true,
    description: 'ENTERPRISE titles: the tax id (纳税人识别号); null for PERSONAL.',
  })
  @Property({ type: 'string', length: 20, nullable: true })
  taxId?: string | null;

  @Field(() => InvoiceType, { description: 'VAT_GENERAL or VAT_SPECIAL.' })
  @Enum({ items: () => InvoiceType })
  invoiceType!: InvoiceType;

  @Field(() => InvoiceMedium, { description: 'ELECTRONIC or PAPER.' })
  @Enum({ items: () => InvoiceMedium })
  medium!: InvoiceMedium;

  /** Invoiced amount, fen: the sum of its orders (CLOUD_STORE) or the bills (CLOUD). */
  @MoneyColumn()
  amount!: number;

  /** The courier fee the partner pays, fen (0 unless PAPER under 100 元). */
  @MoneyColumn()
  courierFee!: number;

  @Field(() => CourierPayer, {
    nullable: true,
    description:
      'PAPER: who pays the courier of the delivery (PARTNER under 100 元, ISSUER otherwise); null for ELECTRONIC.',
  })
  @Enum({ items: () => CourierPayer, nullable: true })
  courierPaidBy?: CourierPayer | null;

  @Field(() => String, { nullable: true, description: 'PAPER: the recipient (收件人).' })
  @Property({ type: 'string', length: 50, nullable: true })
  recipientName?: string | null;

  @Field(() => String, { nullable: true, description: 'PAPER: the recipient’s phone.' })
  @Property({ type: 'string', length: 32, nullable: true })
  recipientPhone?: string | null;

  @Field(() => String, { nullable: true, description: 'PAPER: the mailing address (邮寄地址).' })
  @Property({ type: 'string', length: 200, nullable: true })
  mailingAddress?: string | null;

  @Field(() => InvoiceStatus, { description: 'Where it stands (see InvoiceStatus).' })
  @Enum({ items: () => InvoiceStatus })
  status!: InvoiceStatus;

  @Field(() => String, { nullable: true, description: 'REJECTED: the operator’s reason (驳回原因); null otherwise.' })
  @Property({ type: 'string', length: 200, nullable: true })
  statusReason?: string | null;

  @Field(() => String, { nullable: true, description: 'SHIPPED / RECEIVED: the courier tracking number, if given.' })
  @Property({ type: 'string', length: 40, nullable: true })
  trackingNo?: string | null;

  @Field(() => String, { nullable: true, description: 'RETURN_REQUESTED / RETURNED: why the partner returns it.' })
  @Property({ type: 'string', length: 200, nullable: true })
  returnReason?: string | null;

  @Field(() => CourierPayer, {
    nullable: true,
    description:
      'A returned PAPER invoice: who pays sending it back — always CUSTOMER (退回纸质发票时,由客户自行承担快递费用); null otherwise.',
  })
  @Enum({ items: () => CourierPayer, nullable: true })
  returnCourierPaidBy?: CourierPayer | null;

  /** The member who requested it (null for seeded cloud invoices). */
  @ManyToOne(() => Member, { ref: true, nullable: true })
  requestedBy?: Ref<Member> | null;

  @Field(() => Date, { description: 'When it was requested.' })
  @Property()
  requestedAt!: Date;

  @Field(() => Date, { description: 'When its status last changed.' })
  @Property()
  statusChangedAt!: Date;

  @Field(() => ID, { name: 'id', description: 'Opaque global id.' })
  get globalId(): string {
    return toGlobalId('Invoice', this.id);
  }
}

/** One cloud-store order on a cloud-store invoice (history: kept after the invoice is returned). */
@Entity({ tableName: 'invoice_item' })
export class InvoiceItem {
  @PrimaryKey()
  id!: number;

  @ManyToOne(() => Invoice, { ref: true, index: true })
  invoice!: Ref<Invoice>;

  @ManyToOne(() => CloudStoreOrder, { ref: true, index: true })
  order!: Ref<CloudStoreOrder>;

  /** The order's amount when invoiced, fen. */
  @MoneyColumn()
  amount!: number;
}
