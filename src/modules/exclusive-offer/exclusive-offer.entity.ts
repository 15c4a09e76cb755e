import { Entity, ManyToOne, OptionalProps, PrimaryKey, Property, type Ref, Unique } from '@mikro-orm/core';
import { Field, ID, ObjectType } from 'type-graphql';
import { toGlobalId } from '../../common/global-id';
import { MoneyColumn, Node } from '../../common/node';
import { Member } from '../member/member.entity';
import { Partner } from '../partner/partner.entity';
import { offerUrl } from './exclusive-offer.products';

@Entity({ tableName: 'exclusive_offer_link' })
@Unique({ properties: ['partner', 'productCode'] })
@ObjectType('ExclusiveOfferLink', {
  implements: Node,
  description:
    '专属优惠: a shareable cloud-store product link of your partner (one per product). A customer who orders through it (placeExclusiveOfferOrder with its token) is attributed to your partner automatically: the order shows in your cloudStoreOrders and your performance (offerAmount, offerOrders).',
})
export class ExclusiveOfferLink {
  [OptionalProps]?: 'globalId' | 'url';

  @PrimaryKey()
  id!: number;

  @ManyToOne(() => Partner, { ref: true })
  partner!: Ref<Partner>;

  @Field(() => String, { description: 'The cloud-store product code, e.g. OFFER-CRM-PRO.' })
  @Property({ length: 32 })
  productCode!: string;

  @Field(() => String, { description: 'The product’s provider (服务商).' })
  @Property({ length: 128 })
  providerName!: string;

  @Field(() => String, { description: 'The product.' })
  @Property({ length: 128 })
  productName!: string;

  /** What a customer pays when ordering through the link, fen. */
  @MoneyColumn()
  price!: number;

  @Field(() => String, {
    description: 'The link’s token (unguessable, 32 hex characters): what placeExclusiveOfferOrder takes.',
  })
  @Property({ length: 64, unique: true })
  token!: string;

  @Field(() => Date, { description: 'When the link was first shared.' })
  @Property()
  createdAt!: Date;

  /** The member who first shared it. */
  @ManyToOne(() => Member, { ref: true, nullable: true })
  createdBy?: Ref<Member> | null;

  @Field(() => String, { description: 'The product detail page to share with customers (carries the token).' })
  get url(): string {
    return offerUrl(this.productCode, this.token);
  }

  @Field(() => ID, { name: 'id', description: 'Opaque global id.' })
  get globalId(): string {
    return toGlobalId('ExclusiveOfferLink', this.id);
  }
}
