import { registerEnumType } from 'type-graphql';

/** Answer of the registration check for one login name, email or mobile (platform wording). */
export enum RegistrationCheckResult {
  AVAILABLE = 'AVAILABLE',
  USED_BY_USER = 'USED_BY_USER',
}

registerEnumType(RegistrationCheckResult, {
  name: 'RegistrationCheckResult',
  description: 'Whether a login name, email or mobile can be used to register a new cloud account.',
  valuesConfig: {
    AVAILABLE: { description: 'Not used by any cloud account: createCustomer may use it.' },
    USED_BY_USER: {
      description: 'Already used by a cloud account (of any partner, or of none): createCustomer would refuse it.',
    },
  },
});
