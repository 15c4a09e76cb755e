import { Field, ID, InputType } from 'type-graphql';
import { ChargingMode } from './consumption.enums';

@InputType({
  description: "Filters for a partner's consumption records. billCycle is required; all given filters must match.",
})
export class ConsumptionFilter {
  @Field(() => String, {
    description:
      'Bill cycle "YYYY-MM" (UTC months). Records are queryable for the last 18 months only, counting the current month; future months are refused.',
  })
  billCycle!: string;

  @Field(() => ID, { nullable: true, description: 'Only records of this customer (a SubCustomer id).' })
  customerId?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Only records of this cloud service type code, e.g. hws.service.type.ec2.',
  })
  serviceTypeCode?: string | null;

  @Field(() => ChargingMode, { nullable: true, description: 'Only records charged this way.' })
  chargingMode?: ChargingMode | null;

  @Field(() => ID, {
    nullable: true,
    description:
      'Only records attributed to this account manager (a Member id). Required for an account manager supervisor, who queries one account manager at a time.',
  })
  accountManagerId?: string | null;
}
