import { Field, InputType, ObjectType } from 'type-graphql';
import { ConnectionType } from '../../common/connection';
import { CloudStoreOrder } from './cloud-store.entity';
import { CloudStoreOrderStatus } from './cloud-store.enums';

@ObjectType('CloudStoreOrderConnection', {
  simpleResolvers: true,
  description: 'A page of cloud-store (云商店) orders, newest first.',
})
export class CloudStoreOrderConnection extends ConnectionType(
  CloudStoreOrder,
  'CloudStoreOrder',
  'cloud-store order',
) {}

@InputType({ description: 'Filters for cloud-store orders. All given filters must match.' })
export class CloudStoreOrderFilter {
  @Field(() => CloudStoreOrderStatus, { nullable: true, description: 'Only orders in this state.' })
  status?: CloudStoreOrderStatus | null;

  @Field(() => Boolean, { nullable: true, description: 'true: only curated (严选) orders; false: only the others.' })
  curated?: boolean | null;

  @Field(() => Boolean, {
    nullable: true,
    description:
      'true: only orders on a live invoice (not REJECTED or RETURNED); false: only orders no live invoice covers.',
  })
  invoiced?: boolean | null;

  @Field(() => Date, { nullable: true, description: 'Placed at or after this instant.' })
  placedFrom?: Date | null;

  @Field(() => Date, { nullable: true, description: 'Placed before this instant.' })
  placedTo?: Date | null;

  @Field(() => String, { nullable: true, description: 'Provider (服务商) name contains this text (case-insensitive).' })
  providerNameContains?: string | null;

  @Field(() => Boolean, {
    nullable: true,
    description: 'true: only orders placed through your exclusive-offer links (专属优惠); false: only the others.',
  })
  viaExclusiveOffer?: boolean | null;
}
