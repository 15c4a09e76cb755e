import { registerEnumType } from 'type-graphql';

/** Answer of the registration check for one login name, email or mobile (platform wording). */
export enum RegistrationCheckResult {
  AVAILABLE = 'AVAILABLE',
  USED_BY_USER = 'USED_BY_USER',
  REGISTRATION_LIMIT_REACHED = 'REGISTRATION_LIMIT_REACHED',
}

registerEnumType(RegistrationCheckResult, {
  name: 'RegistrationCheckResult',
  description:
    'Whether a login name, email or mobile can be used to register a new cloud account (a mobile: whether its registrations are over the cap).',
  valuesConfig: {
    AVAILABLE: {
      description:
        'A login name or email no cloud account uses; a mobile whose registrations are under the cap. createCustomer may use it (a mobile must also be unused by other customers: MOBILE_TAKEN).',
    },
    USED_BY_USER: {
      description:
        'A login name or email already used by a cloud account (of any partner, or of none): createCustomer would refuse it. Never the answer for a mobile.',
    },
    REGISTRATION_LIMIT_REACHED: {
      description:
        '注册数量超过上限: the mobile has already registered the most cloud accounts a number may (5); createCustomer would refuse it (MOBILE_REGISTRATION_LIMIT). Only a mobile gets this answer.',
    },
  },
});
