import { Field, ID, InputType } from 'type-graphql';
import { AssociationType } from './customer.enums';

@InputType({
  description: 'Filters for a customer list, as the partner center offers them. All given filters must match.',
})
export class CustomerFilter {
  @Field(() => String, { nullable: true, description: 'Part of the account name (case-insensitive).' })
  accountName?: string | null;

  @Field(() => String, { nullable: true, description: 'Part of the label (case-insensitive).' })
  label?: string | null;

  @Field(() => AssociationType, { nullable: true, description: 'Only customers of this association type.' })
  associationType?: AssociationType | null;

  @Field(() => Date, { nullable: true, description: 'Associated on or after this time.' })
  associatedFrom?: Date | null;

  @Field(() => Date, { nullable: true, description: 'Associated on or before this time.' })
  associatedTo?: Date | null;

  @Field(() => ID, { nullable: true, description: 'Only customers assigned to this account manager (a Member id).' })
  accountManagerId?: string | null;

  @Field(() => Boolean, {
    nullable: true,
    defaultValue: false,
    description: 'Also list customers whose association has ended (unboundAt set). Default false.',
  })
  includeUnbound?: boolean | null;
}
