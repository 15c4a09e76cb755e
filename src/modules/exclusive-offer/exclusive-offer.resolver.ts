import { Args, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { Context } from '../../context';
import { ConnectionArgs } from '../../common/connection';
import { Money, money } from '../../common/money';
import { CloudStoreOrder } from '../cloud-store/cloud-store.entity';
import { Partner } from '../partner/partner.entity';
import { ExclusiveOfferLink } from './exclusive-offer.entity';
import { exclusiveOfferLinkById } from './exclusive-offer.loaders';
import { exclusiveOfferProducts, listExclusiveOfferLinks } from './exclusive-offer.service';
import { CloudStoreProductView, ExclusiveOfferLinkConnection } from './exclusive-offer.types';

@Resolver(() => ExclusiveOfferLink)
export class ExclusiveOfferLinkResolver {
  @FieldResolver(() => Money, { description: 'What a customer pays when ordering through the link.' })
  price(@Root() link: ExclusiveOfferLink): Money {
    return money(link.price);
  }
}

@Resolver(() => CloudStoreOrder)
export class CloudStoreOrderOfferResolver {
  @FieldResolver(() => ExclusiveOfferLink, {
    nullable: true,
    description:
      '专属优惠: the exclusive-offer link the customer ordered through (the order was attributed to your partner by it); null for other orders. Needs exclusive-offer:view.',
  })
  async exclusiveOfferLink(@Root() order: CloudStoreOrder, @Ctx() ctx: Context): Promise<ExclusiveOfferLink | null> {
    return order.exclusiveOfferLinkId == null ? null : exclusiveOfferLinkById(ctx).load(order.exclusiveOfferLinkId);
  }
}

@Resolver(() => Partner)
export class PartnerExclusiveOfferResolver {
  @FieldResolver(() => Boolean, {
    description:
      '云商店客户服务商计划: your partner joined the cloud-store customer-service-provider plan, so it may share exclusive-offer links (shareExclusiveOffer); otherwise sharing is refused with EXCLUSIVE_OFFER_NOT_IN_PLAN.',
  })
  inCloudStoreServicePlan(@Root() partner: Partner): boolean {
    return partner.cloudStoreServicePlan;
  }

  @FieldResolver(() => ExclusiveOfferLinkConnection, {
    description: '专属优惠: the product links your partner shared, newest first (needs exclusive-offer:view).',
  })
  exclusiveOfferLinks(@Root() partner: Partner, @Args() args: ConnectionArgs, @Ctx() ctx: Context) {
    return listExclusiveOfferLinks(ctx, partner.id, args);
  }

  @FieldResolver(() => [CloudStoreProductView], {
    description: 'The cloud-store products a link may be shared for (needs exclusive-offer:view).',
  })
  exclusiveOfferProducts(): CloudStoreProductView[] {
    return exclusiveOfferProducts();
  }
}
