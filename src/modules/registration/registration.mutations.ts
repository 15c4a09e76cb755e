import { Arg, Ctx, Mutation, Query, Resolver } from 'type-graphql';
import type { Context } from '../../context';
import {
  CheckCustomerRegistrationInput,
  CreateCustomerInput,
  SendCustomerRegistrationCodeInput,
} from './registration.mutation-inputs';
import {
  CreateCustomerPayload,
  CustomerRegistrationCheckPayload,
  SendCustomerRegistrationCodePayload,
} from './registration.payloads';
import { sendCustomerRegistrationCode } from './registration-code.service';
import { checkCustomerRegistration, createCustomer } from './registration.service';

@Resolver()
export class RegistrationResolver {
  @Query(() => CustomerRegistrationCheckPayload, {
    description:
      '校验客户注册信息: whether a login name or email can be used by createCustomer (AVAILABLE) or a cloud account already uses it (USED_BY_USER); for a mobile, as the platform checks it, only whether its registrations are over the cap (AVAILABLE or REGISTRATION_LIMIT_REACHED: at most 5 cloud accounts per number). Read-only, so a query; malformed values come back as userErrors (INVALID_ACCOUNT_NAME, INVALID_EMAIL, INVALID_MOBILE, VALUE_TOO_LONG, NOTHING_TO_CHECK).',
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
      '创建客户: register a new cloud account and associate it with your partner (or, for a distributor, with one of its cloud resellers via resellerId), with an ASSOCIATE event. A mobile is optional; with one, first send its registration code (sendCustomerRegistrationCode) and give it as verificationCode, consumed here. Refusals, nothing created: INVALID_ACCOUNT_NAME, PASSWORD_TOO_WEAK, INVALID_EMAIL, INVALID_MOBILE, INVALID_XACCOUNT, VALUE_TOO_LONG, VERIFICATION_REQUIRED, ACCOUNT_NAME_TAKEN, EMAIL_TAKEN, MOBILE_TAKEN, MOBILE_REGISTRATION_LIMIT (also when a concurrent request took the value first), VERIFICATION_CODE_INVALID, RESELLER_NOT_FOUND, PARTNER_FROZEN. Idempotent with its key.',
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

  @Mutation(() => SendCustomerRegistrationCodePayload, {
    description:
      '发送验证码: sends a 6-digit registration code by SMS to the mobile a new customer will have, for createCustomer with that mobile: good for that number only, for you only, once, for 5 minutes. At most one a minute (VERIFICATION_CODE_TOO_SOON). Not sent for a number createCustomer would refuse: INVALID_MOBILE, VALUE_TOO_LONG, MOBILE_TAKEN, MOBILE_REGISTRATION_LIMIT; nor by a frozen partner (PARTNER_FROZEN). Needs customer:create.',
  })
  sendCustomerRegistrationCode(
    @Arg('input', () => SendCustomerRegistrationCodeInput, { description: 'The mobile to send the code to.' })
    input: SendCustomerRegistrationCodeInput,
    @Ctx() ctx: Context,
  ) {
    return sendCustomerRegistrationCode(ctx, input);
  }
}
