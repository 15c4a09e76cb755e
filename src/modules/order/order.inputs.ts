import { Field, ID, InputType } from 'type-graphql';
import { OrderStatus, OrderType, ResourceStatus } from './order.enums';

@InputType({
  description:
    "Filters for a partner's order list. All given filters must match; the creation-time range spans at most one year.",
})
export class OrderFilter {
  @Field(() => OrderStatus, { nullable: true, description: 'Only orders in this state.' })
  status?: OrderStatus | null;

  @Field(() => OrderType, { nullable: true, description: 'Only orders of this kind.' })
  orderType?: OrderType | null;

  @Field(() => ID, { nullable: true, description: 'Only orders of this customer (a SubCustomer id).' })
  customerId?: string | null;

  @Field(() => Date, {
    nullable: true,
    description:
      'Created at or after this time. Defaults to one year before createdTo. The range createdFrom…createdTo may not exceed one year (366 days).',
  })
  createdFrom?: Date | null;

  @Field(() => Date, {
    nullable: true,
    description:
      'Created at or before this time. Defaults to one year after createdFrom when only createdFrom is given, else to now.',
  })
  createdTo?: Date | null;
}

@InputType({
  description:
    "Filters for one customer's order list. All given filters must match; the creation-time range spans at most one year, as in Partner.orders.",
})
export class CustomerOrderFilter {
  @Field(() => OrderStatus, { nullable: true, description: 'Only orders in this state.' })
  status?: OrderStatus | null;

  @Field(() => OrderType, { nullable: true, description: 'Only orders of this kind.' })
  orderType?: OrderType | null;

  @Field(() => Date, {
    nullable: true,
    description:
      'Created at or after this time. Defaults to one year before createdTo. The range createdFrom…createdTo may not exceed one year (366 days).',
  })
  createdFrom?: Date | null;

  @Field(() => Date, {
    nullable: true,
    description:
      'Created at or before this time. Defaults to one year after createdFrom when only createdFrom is given, else to now.',
  })
  createdTo?: Date | null;
}

@InputType({ description: "Filters for a partner's subscribed resources. All given filters must match." })
export class ResourceFilter {
  @Field(() => ResourceStatus, { nullable: true, description: 'Only resources in this state.' })
  status?: ResourceStatus | null;

  @Field(() => String, {
    nullable: true,
    description: 'Only resources of this cloud service type code, e.g. hws.service.type.ec2.',
  })
  serviceTypeCode?: string | null;

  @Field(() => ID, { nullable: true, description: 'Only resources of this customer (a SubCustomer id).' })
  customerId?: string | null;

  @Field(() => Date, { nullable: true, description: 'Only resources whose subscription ends before this time.' })
  expiresBefore?: Date | null;
}

@InputType({ description: "Filters for one customer's subscribed resources. All given filters must match." })
export class CustomerResourceFilter {
  @Field(() => ResourceStatus, { nullable: true, description: 'Only resources in this state.' })
  status?: ResourceStatus | null;

  @Field(() => String, {
    nullable: true,
    description: 'Only resources of this cloud service type code, e.g. hws.service.type.ec2.',
  })
  serviceTypeCode?: string | null;

  @Field(() => Date, { nullable: true, description: 'Only resources whose subscription ends before this time.' })
  expiresBefore?: Date | null;
}
