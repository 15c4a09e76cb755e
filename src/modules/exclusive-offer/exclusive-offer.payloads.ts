import { Field, ObjectType } from 'type-graphql';
import { MutationPayload } from '../../common/payload';
import { CloudStoreOrder } from '../cloud-store/cloud-store.entity';
import { ExclusiveOfferLink } from './exclusive-offer.entity';

@ObjectType({ simpleResolvers: true, description: 'Result of shareExclusiveOffer.' })
export class ShareExclusiveOfferPayload extends MutationPayload {
  @Field(() => ExclusiveOfferLink, {
    nullable: true,
    description: 'Your partner’s link for the product (the existing one if it was shared before); null when refused.',
  })
  link!: ExclusiveOfferLink | null;
}

@ObjectType({ simpleResolvers: true, description: 'Result of placeExclusiveOfferOrder.' })
export class PlaceExclusiveOfferOrderPayload extends MutationPayload {
  @Field(() => CloudStoreOrder, {
    nullable: true,
    description: 'The paid order, attributed to the link’s partner; null when refused, and then nothing changed.',
  })
  order!: CloudStoreOrder | null;
}
