import { Field, ID, InputType } from 'type-graphql';
import { AssociationEventStatus, AssociationEventType, AssociationInitiator } from './association.enums';

@InputType({ description: 'Filters for association events (关联关系操作记录). All given filters must match.' })
export class AssociationEventFilter {
  @Field(() => AssociationEventType, { nullable: true, description: 'Only events of this kind.' })
  eventType?: AssociationEventType | null;

  @Field(() => AssociationEventStatus, {
    nullable: true,
    description: 'Only events in this state (e.g. PENDING: unbind requests waiting for you).',
  })
  status?: AssociationEventStatus | null;

  @Field(() => AssociationInitiator, {
    nullable: true,
    description: 'Only events started by the partner or by the customer.',
  })
  initiator?: AssociationInitiator | null;

  @Field(() => ID, { nullable: true, description: 'Only events of this sub-customer (a SubCustomer id).' })
  customerId?: string | null;
}
