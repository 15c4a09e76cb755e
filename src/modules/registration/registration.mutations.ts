import { Arg, Ctx, Mutation, Query, Resolver } from 'type-graphql';
import type { Context } from '../../context';
import { CheckCustomerRegistrationInput, CreateCustomerInput } from './registration.mutation-inputs';
import { CreateCustomerPayload, CustomerRegistrationCheckPayload } from './registration.payloads';
import { checkCustomerRegistration, createCustomer } from './registration.service';

@Resolver()
export class RegistrationResolver {
  @Query(() => CustomerRegistrationCheckPayload, {
    description:
      '校验客户注册信息: whether a login name, email or mobile can be used by createCustomer (AVAILABLE) or a cloud account already uses it (USED_BY_USER). Read-only, so a query; malformed values come back as userErrors (INVALID_ACCOUNT_NAME, INVALID_EMAIL, INVALID_MOBILE, NOTHING_TO_CHECK).',
  })
  checkCustomerRegistration(
    @Arg('input', () => CheckCustomerRegistrationInput, {
      description: 'The login name, email and/or mobile to check (at least one).',
    })
    input: CheckCustomerRegistrationInput,
    @Ctx() ctx: Context,
  ) {
    return checkCustomerRegistration(ctx, input);
  }

  @Mutation(() => CustomerRegistrationCheckPayload, {
    name: 'checkCustomerRegistration',
    description:
      "The same check as Query.checkCustomerRegistration, as a mutation for clients that call the platform's registration check from a form submit. Changes nothing.",
  })
  checkCustomerRegistrationMutation(
    @Arg('input', () => CheckCustomerRegistrationInput, {
      description: 'The login name, email and/or mobile to check (at least one).',
    })
    input: CheckCustomerRegistrationInput,
    @Ctx() ctx: Context,
  ) {
    return checkCustomerRegistration(ctx, input);
  }

  @Mutation(() => CreateCustomerPayload, {
    description:
      '创建客户: register a new cloud account and associate it with your partner (or, for a distributor, with one of its cloud resellers via resellerId), with an ASSOCIATE event. Refusals: INVALID_ACCOUNT_NAME, PASSWORD_TOO_WEAK, INVALID_EMAIL, INVALID_MOBILE, INVALID_XACCOUNT, VALUE_TOO_LONG, ACCOUNT_NAME_TAKEN, EMAIL_TAKEN, MOBILE_TAKEN (also when a concurrent request took the value first), RESELLER_NOT_FOUND, PARTNER_FROZEN. Idempotent with its key.',
  })
  createCustomer(
    @Arg('input', () => CreateCustomerInput, {
      description:
        'The new cloud account: login name, password, contact details, xaccount, association type, optional label, reseller and idempotency key.',
    })
    input: CreateCustomerInput,
    @Ctx() ctx: Context,
  ) {
    return createCustomer(ctx, input);
  }
}
