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

  @Field(() => RegistrationCheckResult, {
    nullable: true,
    description:
      'Whether the mobile can register another cloud account: AVAILABLE or REGISTRATION_LIMIT_REACHED (its registrations are over the cap of 5).',
  })
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

@ObjectType({ simpleResolvers: true, description: 'Result of sendCustomerRegistrationCode.' })
export class SendCustomerRegistrationCodePayload extends MutationPayload {
  @Field(() => String, {
    nullable: true,
    description: 'Where the code went, masked (e.g. 0086-*******5678); null when refused.',
  })
  sentTo!: string | null;

  @Field(() => Date, { nullable: true, description: 'When the code stops working (5 minutes); null when refused.' })
  expiresAt!: Date | null;
}
