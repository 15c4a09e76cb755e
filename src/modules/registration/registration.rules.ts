import { UserError } from '../../common/errors';
import { fromGlobalId } from '../../common/global-id';
import type { CreateCustomerInput } from './registration.mutation-inputs';

/** Login-name rule of cloud accounts (domain.md §2); a leading letter, _ or - also rules out all digits. */
export const ACCOUNT_NAME_FORMAT = /^[a-zA-Z_-][a-zA-Z0-9_-]{4,31}$/;
const RESERVED_PREFIX = /^(op_|shadow_)/i;
/**
 * A customer's mobile, 国家码-手机号码 (seed 003: 1–32 characters, country code and number all
 * digits, e.g. 0086-139xxxxxxxx): the international prefix 00 with the country code (1–4 digits), a
 * dash, and the number (4–14 digits, E.164's limit); for 0086 a mainland mobile number (11 digits,
 * 13…–19…). So at most 21 characters, inside the platform's 32.
 */
export const MOBILE_FORMAT = /^(00\d{1,4})-(\d{4,14})$/;
const MAINLAND_MOBILE = /^1[3-9]\d{9}$/;
export const MAX_MOBILE_LENGTH = 32;
/**
 * How many cloud accounts one mobile number may register (seed 000: the registration check tells
 * whether a number's registrations are over the cap; the seeds do not give its value: design).
 */
export const MOBILE_REGISTRATION_CAP = 5;
/** The verification-code purpose of sendCustomerRegistrationCode → createCustomer. */
export const REGISTRATION_CODE_PURPOSE = 'CUSTOMER_REGISTRATION';
const EMAIL_FORMAT = /^[^\s@]+@[^\s@.]+(\.[^\s@.]+)+$/;
const MAX_EMAIL_LENGTH = 200;
const MAX_NAME_LENGTH = 200;
const MAX_LABEL_LENGTH = 100;
const MAX_XACCOUNT_LENGTH = 64;

type Checked<T> = { ok: true; value: T } | { ok: false; error: UserError };

export function checkAccountName(raw: string, field: string): Checked<string> {
  const name = raw.trim();
  if (!ACCOUNT_NAME_FORMAT.test(name) || RESERVED_PREFIX.test(name) || /^\d+$/.test(name)) {
    return {
      ok: false,
      error: new UserError(
        'INVALID_ACCOUNT_NAME',
        'A login name has 5–32 letters, digits, _ or -, does not start with a digit, op_ or shadow_, and is not all digits.',
        field,
      ),
    };
  }
  return { ok: true, value: name };
}

export function checkEmail(raw: string, field: string): Checked<string> {
  const email = raw.trim().toLowerCase();
  if (email.length > MAX_EMAIL_LENGTH || !EMAIL_FORMAT.test(email)) {
    return {
      ok: false,
      error: new UserError('INVALID_EMAIL', `Not an email address of at most ${MAX_EMAIL_LENGTH} characters.`, field),
    };
  }
  return { ok: true, value: email };
}

export interface Mobile {
  /** As the registry stores it: `0086-13912345678`. */
  mobile: string;
  countryCode: string;
  telephone: string;
}

export function checkMobile(raw: string, field: string): Checked<Mobile> {
  const mobile = raw.trim();
  if (mobile.length > MAX_MOBILE_LENGTH)
    return {
      ok: false,
      error: new UserError('VALUE_TOO_LONG', `A mobile has at most ${MAX_MOBILE_LENGTH} characters.`, field),
    };
  const match = MOBILE_FORMAT.exec(mobile);
  if (!match || (match[1] === '0086' && !MAINLAND_MOBILE.test(match[2]))) {
    return {
      ok: false,
      error: new UserError(
        'INVALID_MOBILE',
        'A mobile is 00 and the country code, a dash and 4–14 digits (for 0086 an 11-digit mainland mobile), e.g. 0086-13912345678.',
        field,
      ),
    };
  }
  return { ok: true, value: { mobile, countryCode: match[1], telephone: match[2] } };
}

/** Rule for the initial password; the password itself goes nowhere. */
export function checkPassword(password: string, accountName: string): UserError | null {
  const classes = [/[a-z]/, /[A-Z]/, /\d/, /[^a-zA-Z\d]/].filter((re) => re.test(password)).length;
  const lower = password.toLowerCase();
  const name = accountName.toLowerCase();
  if (
    password.length < 8 ||
    password.length > 32 ||
    /\s/.test(password) ||
    classes < 2 ||
    lower === name ||
    lower === [...name].reverse().join('')
  ) {
    return new UserError(
      'PASSWORD_TOO_WEAK',
      'A password has 8–32 characters without spaces, at least two of lower-case, upper-case, digits and symbols, and is not the login name or the login name reversed.',
      'input.password',
    );
  }
  return null;
}

export interface NewCustomer {
  accountName: string;
  email: string | null;
  /** Null: registered without a mobile. */
  mobile: Mobile | null;
  name: string | null;
  label: string | null;
  xaccountId: string;
  xaccountType: string;
  resellerId: number | null;
}

/** Format rules of createCustomer: every problem at once, each naming its field. */
export function validateNewCustomer(input: CreateCustomerInput): { errors: UserError[]; value: NewCustomer | null } {
  const errors: UserError[] = [];
  const name = checkAccountName(input.accountName, 'input.accountName');
  if (!name.ok) errors.push(name.error);
  if (input.password != null) {
    const weak = checkPassword(input.password, name.ok ? name.value : input.accountName.trim());
    if (weak) errors.push(weak);
  }
  const email = input.email != null && input.email.trim() !== '' ? checkEmail(input.email, 'input.email') : null;
  if (email && !email.ok) errors.push(email.error);
  const mobile = input.mobile != null ? checkMobile(input.mobile, 'input.mobile') : null;
  if (mobile && !mobile.ok) errors.push(mobile.error);
  if (mobile?.ok && !input.verificationCode?.trim())
    errors.push(
      new UserError(
        'VERIFICATION_REQUIRED',
        'A mobile needs its registration code: send one with sendCustomerRegistrationCode and give it as input.verificationCode.',
        'input.verificationCode',
      ),
    );
  const optional = (value: string | null | undefined, max: number, field: string): string | null => {
    const text = value?.trim() ?? '';
    if (text.length > max)
      errors.push(new UserError('VALUE_TOO_LONG', `${field} is longer than ${max} characters.`, field));
    return text === '' ? null : text;
  };
  const customerName = optional(input.name, MAX_NAME_LENGTH, 'input.name');
  const label = optional(input.label, MAX_LABEL_LENGTH, 'input.label');
  const xaccount = (value: string, field: string): string => {
    const text = value.trim();
    if (text.length === 0 || text.length > MAX_XACCOUNT_LENGTH) {
      errors.push(
        new UserError('INVALID_XACCOUNT', `${field} is required: 1–${MAX_XACCOUNT_LENGTH} characters.`, field),
      );
    }
    return text;
  };
  const xaccountId = xaccount(input.xaccountId, 'input.xaccountId');
  const xaccountType = xaccount(input.xaccountType, 'input.xaccountType');
  let resellerId: number | null = null;
  if (input.resellerId != null) {
    const parsed = fromGlobalId(input.resellerId);
    // Checked against the viewer's resellers in the transaction; a malformed id is simply not one.
    resellerId = parsed?.type === 'Partner' ? parsed.id : -1;
  }
  if (errors.length || !name.ok || (mobile && !mobile.ok) || (email && !email.ok)) return { errors, value: null };
  return {
    errors,
    value: {
      accountName: name.value,
      email: email?.ok ? email.value : null,
      mobile: mobile?.ok ? mobile.value : null,
      name: customerName,
      label,
      xaccountId,
      xaccountType,
      resellerId,
    },
  };
}
