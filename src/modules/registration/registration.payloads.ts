import { Field, ObjectType } from 'type-graphql';
import { MutationPayload } from '../../common/payload';
import { SubCustomer } from '../customer/customer.entity';
import { RegistrationCheckResult } from './registration.enums';

@ObjectType({
  simpleResolvers: true,
  description:
    'Result of checkCustomerRegistration: one answer per value given; null for a value not given or malformed (see userErrors).',
})
export class CustomerRegistrationCheckPayload extends MutationPayload {
  @Field(() => RegistrationCheckResult, { nullable: true, description: 'Whether the login name can be registered.' })
  accountName!: RegistrationCheckResult | null;

  @Field(() => RegistrationCheckResult, { nullable: true, description: 'Whether the email can be registered.' })
  email!: RegistrationCheckResult | null;

  @Field(() => RegistrationCheckResult, { nullable: true, description: 'Whether the mobile can be registered.' })
  mobile!: RegistrationCheckResult | null;
}

@ObjectType({ simpleResolvers: true, description: 'Result of createCustomer.' })
export class CreateCustomerPayload extends MutationPayload {
  @Field(() => SubCustomer, {
    nullable: true,
    description:
      'The new customer (verifiedStatus NOT_VERIFIED, customerType NONE, level V0, balance 0); null when refused. A customer created for one of your resellers shows basic info only.',
  })
  customer!: SubCustomer | null;
}
