import { Arg, Ctx, Mutation, Resolver } from 'type-graphql';
import type { Context } from '../../context';
import { PlaceExclusiveOfferOrderInput, ShareExclusiveOfferInput } from './exclusive-offer.mutation-inputs';
import { PlaceExclusiveOfferOrderPayload, ShareExclusiveOfferPayload } from './exclusive-offer.payloads';
import { placeExclusiveOfferOrder, shareExclusiveOffer } from './exclusive-offer.service';

@Resolver()
export class ExclusiveOfferMutationResolver {
  @Mutation(() => ShareExclusiveOfferPayload, {
    description:
      '专属优惠: your partner’s shareable link for a cloud-store product (one per product: sharing it again answers the same link). Refused, with nothing changed: EXCLUSIVE_OFFER_NOT_IN_PLAN (your partner is not in the cloud-store customer-service-provider plan), EXCLUSIVE_OFFER_PRODUCT_NOT_FOUND. Idempotent with its key. Needs exclusive-offer:share.',
  })
  shareExclusiveOffer(
    @Arg('input', () => ShareExclusiveOfferInput, { description: 'The product.' }) input: ShareExclusiveOfferInput,
    @Ctx() ctx: Context,
  ) {
    return shareExclusiveOffer(ctx, input);
  }

  @Mutation(() => PlaceExclusiveOfferOrderPayload, {
    description:
      'Customers only: order a cloud-store product through a partner’s exclusive-offer link. (design) The order is placed and paid at the link’s price in one step and attributed to the link’s partner automatically (its cloudStoreOrders and performance offerAmount/offerOrders); it names your association only if you are associated with that partner. Refused, with nothing changed: EXCLUSIVE_OFFER_LINK_NOT_FOUND, EXCLUSIVE_OFFER_LINK_INACTIVE (the partner left the plan). Not idempotent: each call is a new order. FORBIDDEN for members and operators.',
  })
  placeExclusiveOfferOrder(
    @Arg('input', () => PlaceExclusiveOfferOrderInput, { description: 'The link token.' })
    input: PlaceExclusiveOfferOrderInput,
    @Ctx() ctx: Context,
  ) {
    return placeExclusiveOfferOrder(ctx, input);
  }
}
