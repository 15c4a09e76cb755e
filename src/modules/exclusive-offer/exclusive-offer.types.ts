import { Field, ObjectType } from 'type-graphql';
import { ConnectionType } from '../../common/connection';
import { Money } from '../../common/money';
import { ExclusiveOfferLink } from './exclusive-offer.entity';

@ObjectType('ExclusiveOfferLinkConnection', {
  simpleResolvers: true,
  description: 'A page of your partner’s exclusive-offer links (专属优惠), newest first.',
})
export class ExclusiveOfferLinkConnection extends ConnectionType(
  ExclusiveOfferLink,
  'ExclusiveOfferLink',
  'exclusive-offer link',
) {}

@ObjectType('CloudStoreProduct', {
  simpleResolvers: true,
  description: '(design) A cloud-store product a partner in the customer-service-provider plan may share a link for.',
})
export class CloudStoreProductView {
  @Field(() => String, { description: 'Product code: what shareExclusiveOffer takes.' })
  code!: string;

  @Field(() => String, { description: 'The provider (服务商).' })
  providerName!: string;

  @Field(() => String, { description: 'The product.' })
  productName!: string;

  @Field(() => Money, { description: 'What a customer pays when ordering through a link.' })
  price!: Money;
}
