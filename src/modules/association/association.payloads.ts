import { Field, ObjectType } from 'type-graphql';
import { MutationPayload } from '../../common/payload';
import { Coupon } from '../coupon/coupon.entity';
import { SubCustomer } from '../customer/customer.entity';
import { AdjustRecord } from '../funds/funds.entity';
import { Partner } from '../partner/partner.entity';
import { AssociationEvent, OrderAuthorization } from './association.entity';

@ObjectType({
  simpleResolvers: true,
  description:
    'Result of unbindCustomer, switchAssociationType and handleUnbindRequest. An unbind (or a switch away from RESALE) reclaims the USABLE coupons your partner issued to the customer and returns its balance to you (BEUNBIND) in the same transaction.',
})
export class AssociationChangePayload extends MutationPayload {
  @Field(() => AssociationEvent, {
    nullable: true,
    description: 'The association event written (COMPLETED) or answered (APPROVED / REJECTED); null when refused.',
  })
  event!: AssociationEvent | null;

  @Field(() => SubCustomer, {
    nullable: true,
    description:
      'The customer after the change; null when refused. After an unbind it is still returned (and still listed under your partner with its history: orders, coupons, ledger), but its association has ended: the latest settled event is the UNBIND, its balance is 0, no coupon of yours is usable, its order authorization is revoked, and association changes answer CUSTOMER_NOT_ASSOCIATED.',
  })
  customer!: SubCustomer | null;

  @Field(() => [Coupon], {
    description:
      'Coupons reclaimed automatically (coupon records of operation type 3 on unbind, 8 on a switch away from RESALE); empty otherwise.',
  })
  reclaimedCoupons!: Coupon[];

  @Field(() => AdjustRecord, {
    nullable: true,
    description:
      "The BEUNBIND (解绑回收) adjust record that returned the customer's balance to you; null when there was no balance to return.",
  })
  adjustRecord!: AdjustRecord | null;

  @Field(() => Partner, { nullable: true, description: 'Your partner, with its new balance.' })
  partner!: Partner | null;
}

@ObjectType({ simpleResolvers: true, description: 'Result of grantOrderAuthorization and revokeOrderAuthorization.' })
export class OrderAuthorizationPayload extends MutationPayload {
  @Field(() => OrderAuthorization, {
    nullable: true,
    description:
      "The customer's latest order-on-behalf authorization to your partner after the change; null when refused.",
  })
  orderAuthorization!: OrderAuthorization | null;
}
