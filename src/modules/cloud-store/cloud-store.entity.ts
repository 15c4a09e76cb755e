import {
  DateTimeType,
  Entity,
  Enum,
  Index,
  ManyToOne,
  OptionalProps,
  PrimaryKey,
  Property,
  type Ref,
} from '@mikro-orm/core';
import { Field, ID, ObjectType } from 'type-graphql';
import { toGlobalId } from '../../common/global-id';
import { MoneyColumn, Node } from '../../common/node';
import { SubCustomer } from '../customer/customer.entity';
import { Partner } from '../partner/partner.entity';
import { CloudStoreOrderStatus } from './cloud-store.enums';

@Entity({ tableName: 'cloud_store_order' })
@Index({ properties: ['partner', 'placedAt'] })
@ObjectType('CloudStoreOrder', {
  implements: Node,
  description:
    '云商店订单: an order placed with a cloud-store (云商店) provider (服务商), by the partner itself or by one of its customers through the partner. (design) The partner invoices these orders with requestInvoice; a curated (严选) order of a solution provider earns only the price difference.',
})
export class CloudStoreOrder {
  [OptionalProps]?: 'globalId';

  @PrimaryKey()
  id!: number;

  @ManyToOne(() => Partner, { ref: true })
  partner!: Ref<Partner>;

  /** The customer who placed it through the partner; null for the partner's own purchase. */
  @ManyToOne(() => SubCustomer, { ref: true, nullable: true, index: true })
  customer?: Ref<SubCustomer> | null;

  @Field(() => String, { description: 'The marketplace order number, e.g. CS2611030001 (unique).' })
  @Property({ length: 32, unique: true })
  orderNo!: string;

  @Field(() => String, { description: 'The cloud-store provider (服务商) who sold the product.' })
  @Property({ length: 128 })
  providerName!: string;

  @Field(() => String, { description: 'The product bought.' })
  @Property({ length: 128 })
  productName!: string;

  /** What the order costs, fen. */
  @MoneyColumn()
  amount!: number;

  @Field(() => CloudStoreOrderStatus, { description: 'PAID, IN_ARREARS (欠费) or REFUNDED.' })
  @Enum({ items: () => CloudStoreOrderStatus })
  status!: CloudStoreOrderStatus;

  @Field(() => Date, { description: 'When the order was placed.' })
  @Property()
  placedAt!: Date;

  @Field(() => Date, { nullable: true, description: 'When it was paid; null while IN_ARREARS.' })
  @Property({ type: DateTimeType, nullable: true })
  paidAt?: Date | null;

  @Field(() => Boolean, {
    description:
      '严选: a curated product resold by a solution provider; visible here, not counted as a distributor’s performance.',
  })
  @Property({ default: false })
  curated!: boolean;

  /** Curated only: the provider's list price, fen. */
  @MoneyColumn({ nullable: true })
  listPrice?: number | null;

  /** Curated only: what the partner resold it for, fen. */
  @MoneyColumn({ nullable: true })
  resalePrice?: number | null;

  /**
   * (design) The invoice that covers the order now, while it is live (not REJECTED or RETURNED);
   * set and cleared only by the invoice workflow, with a conditional UPDATE, so an order is on one
   * live invoice at most, also under concurrency.
   */
  @Property({ type: 'integer', nullable: true, index: true })
  liveInvoiceId?: number | null;

  /**
   * (design) The exclusive-offer link (专属优惠, exclusive_offer_link) the customer ordered through;
   * null for other orders. Set once, when the order is placed (placeExclusiveOfferOrder).
   */
  @Property({ type: 'integer', nullable: true, index: true })
  exclusiveOfferLinkId?: number | null;

  @Field(() => ID, { name: 'id', description: 'Opaque global id.' })
  get globalId(): string {
    return toGlobalId('CloudStoreOrder', this.id);
  }
}
