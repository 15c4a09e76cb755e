import { UserError } from '../../common/errors';
import { fromGlobalId } from '../../common/global-id';
import type { CreateCustomerInput } from './registration.mutation-inputs';

/** Login-name rule of cloud accounts (domain.md §2); a leading letter, _ or - also rules out all digits. */
export const ACCOUNT_NAME_FORMAT = /^[a-zA-Z_-][a-zA-Z0-9_-]{4,31}$/;
const RESERVED_PREFIX = /^(op_|shadow_)/i;
/** mobile `00XX-XXXXXXX`: 00, country code, a dash, the number (same rule as member invitations). */
export const MOBILE_FORMAT = /^(00\d{1,4})-(\d{4,14})$/;
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
  const match = MOBILE_FORMAT.exec(mobile);
  if (!match) {
    return {
      ok: false,
      error: new UserError(
        'INVALID_MOBILE',
        'A mobile is 00, the country code, a dash and 4–14 digits, e.g. 0086-13912345678.',
        field,
      ),
    };
  }
  return { ok: true, value: { mobile, countryCode: match[1], telephone: match[2] } };
}

/** Rule for the initial password; the password itself goes nowhere. */
function checkPassword(password: string, accountName: string): UserError | null {
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
  mobile: Mobile;
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
  const mobile = checkMobile(input.mobile, 'input.mobile');
  if (!mobile.ok) errors.push(mobile.error);
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
  if (errors.length || !name.ok || !mobile.ok || (email && !email.ok)) return { errors, value: null };
  return {
    errors,
    value: {
      accountName: name.value,
      email: email?.ok ? email.value : null,
      mobile: mobile.value,
      name: customerName,
      label,
      xaccountId,
      xaccountType,
      resellerId,
    },
  };
}
