import { Field, ObjectType } from 'type-graphql';
import { MutationPayload } from '../../common/payload';
import { UserError } from '../../common/errors';
import { SubCustomer } from './customer.entity';

@ObjectType('AssignAccountManagerPayload', {
  simpleResolvers: true,
  description:
    'Result of assignAccountManager: succeeded customers and failed items side by side; userErrors when the whole call was refused.',
})
export class AssignAccountManagerPayload extends MutationPayload {
  @Field(() => [SubCustomer], {
    description:
      'Customers that now have the requested account manager (also those that already had it), in input order.',
  })
  customers!: SubCustomer[];

  @Field(() => [UserError], {
    description:
      'One entry per customer id that was not changed, with `field` "input.customerIds[i]" (CUSTOMER_NOT_FOUND).',
  })
  failed!: UserError[];
}
