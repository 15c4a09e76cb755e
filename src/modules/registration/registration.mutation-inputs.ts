import { Field, ID, InputType } from 'type-graphql';
import { AssociationType } from '../customer/customer.enums';

@InputType({
  description:
    'Login name, email and/or mobile to check before createCustomer; give at least one. Each given value is answered separately.',
})
export class CheckCustomerRegistrationInput {
  @Field(() => String, {
    nullable: true,
    description:
      'Login name to check (same rule as createCustomer; INVALID_ACCOUNT_NAME otherwise). Compared case-insensitively.',
  })
  accountName?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Email to check (INVALID_EMAIL when not an address). Compared case-insensitively.',
  })
  email?: string | null;

  @Field(() => String, {
    nullable: true,
    description:
      'Mobile 国家码-手机号码: 00 and the country code (1–4 digits), a dash, 4–14 digits; for 0086 an 11-digit mainland mobile (1[3-9] and 9 digits), e.g. 0086-13912345678; at most 32 characters (VALUE_TOO_LONG, else INVALID_MOBILE). Answered by how many cloud accounts the number has registered (the platform checks only that), not by whether a customer uses it.',
  })
  mobile?: string | null;
}

@InputType({
  description:
    '创建客户: register a new cloud account and associate it with your partner (or, for a distributor, with one of its cloud resellers).',
})
export class CreateCustomerInput {
  @Field(() => String, {
    description:
      'Login name of the new cloud account: 5–32 characters of letters, digits, _ and -, not starting with a digit (so never all digits), not starting with op_ or shadow_ (INVALID_ACCOUNT_NAME). Surrounding spaces are dropped. ACCOUNT_NAME_TAKEN when any cloud account uses it (case-insensitive).',
  })
  accountName!: string;

  @Field(() => String, {
    nullable: true,
    description:
      'Initial password of the cloud account: 8–32 characters without spaces, at least two of lower-case, upper-case, digits and symbols, not the login name or the login name reversed (PASSWORD_TOO_WEAK). Checked against that rule and then dropped: this graph models the partner center, not the cloud sign-in system, so the password is never stored, logged, hashed into the idempotency record or echoed.',
  })
  password?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Contact email, stored lower-case (INVALID_EMAIL, EMAIL_TAKEN).',
  })
  email?: string | null;

  @Field(() => String, {
    nullable: true,
    description:
      "Optional. Mobile 国家码-手机号码: 00 and the country code (1–4 digits), a dash, 4–14 digits; for 0086 an 11-digit mainland mobile (1[3-9] and 9 digits), e.g. 0086-13912345678; at most 32 characters (VALUE_TOO_LONG, else INVALID_MOBILE). Unique across customers (客户间判重: MOBILE_TAKEN when any partner's customer has it) and at most 5 cloud accounts per number (MOBILE_REGISTRATION_LIMIT). Needs verificationCode. Stored as countryCode + telephone.",
  })
  mobile?: string | null;

  @Field(() => String, {
    nullable: true,
    description:
      'The registration code sendCustomerRegistrationCode sent to this mobile: required with a mobile (VERIFICATION_REQUIRED), good for that number only, for the member who asked for it, once, for 5 minutes (VERIFICATION_CODE_INVALID otherwise; nothing is created). Ignored without a mobile.',
  })
  verificationCode?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Name of the customer (≤ 200 characters); replaced by the real-name-verified name once verified.',
  })
  name?: string | null;

  @Field(() => AssociationType, { description: 'ADVISORY (顾问销售) or RESALE (代售).' })
  associationType!: AssociationType;

  @Field(() => String, {
    description: "Your platform's own user id for this customer: 1–64 characters, required (INVALID_XACCOUNT).",
  })
  xaccountId!: string;

  @Field(() => String, {
    description: 'Your platform tag for xaccountId: 1–64 characters, required (INVALID_XACCOUNT).',
  })
  xaccountType!: string;

  @Field(() => String, {
    nullable: true,
    description: 'Your tag for the customer (≤ 100 characters), fuzzy-searchable in the customer list.',
  })
  label?: string | null;

  @Field(() => ID, {
    nullable: true,
    description:
      'Distributors only: one of your cloud resellers (a Partner id); the customer is then associated with that reseller, not with you, and you see its basic info only. RESELLER_NOT_FOUND otherwise; PARTNER_FROZEN when that reseller is frozen.',
  })
  resellerId?: string | null;

  @Field(() => String, {
    description:
      'Idempotency key (or the Idempotency-Key header), unique per partner: a retry with the same key replays the first answer and never creates a second account; the same key with a different input is refused (IDEMPOTENCY_KEY_REUSED). Kept 7 days. The password is not part of the comparison.',
  })
  idempotencyKey!: string;
}

@InputType({
  description: 'The mobile a registration code goes to (发送验证码), before createCustomer with that mobile.',
})
export class SendCustomerRegistrationCodeInput {
  @Field(() => String, {
    description:
      'Mobile 国家码-手机号码: 00 and the country code (1–4 digits), a dash, 4–14 digits; for 0086 an 11-digit mainland mobile (1[3-9] and 9 digits), e.g. 0086-13912345678; at most 32 characters (VALUE_TOO_LONG, else INVALID_MOBILE).',
  })
  mobile!: string;
}
