import { randomBytes } from 'node:crypto';
import { UniqueConstraintViolationException, type EntityManager } from '@mikro-orm/core';
import type { Context } from '../../context';
import { requireViewer } from '../../permissions/viewer';
import { UserError } from '../../common/errors';
import { fromGlobalId, toGlobalId } from '../../common/global-id';
import type { SqlEntityManager } from '../../common/paging';
import { recordAudit } from '../audit/audit.service';
import { idempotencyKeyOf, runIdempotent } from '../idempotency/idempotency.service';
import { AssociationEvent } from '../association/association.entity';
import { AssociationEventStatus, AssociationEventType, AssociationInitiator } from '../association/association.enums';
import { SubCustomer } from '../customer/customer.entity';
import { CustomerLevel, CustomerType, FrozenState, VerifiedStatus } from '../customer/customer.enums';
import { Partner } from '../partner/partner.entity';
import { PartnerStatus } from '../partner/partner.enums';
import { CloudAccount } from './cloud-account.entity';
import { RegistrationCheckResult } from './registration.enums';
import type { CheckCustomerRegistrationInput, CreateCustomerInput } from './registration.mutation-inputs';
import type { CreateCustomerPayload, CustomerRegistrationCheckPayload } from './registration.payloads';

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

const isSqlite = (em: EntityManager) => /sqlite/i.test(em.getPlatform().constructor.name);

type Row = Record<string, unknown>;
const query = (em: EntityManager, sql: string, params: unknown[]) =>
  (em as SqlEntityManager).execute(sql, params) as Promise<Row[]>;

interface Wanted {
  accountName?: string | null;
  email?: string | null;
  mobile?: Mobile | null;
}

/**
 * Which of the values a cloud account already uses: the cloud_account registry (accounts created
 * here and accounts that exist elsewhere on the cloud) and the sub_customer rows of every partner.
 * Login names compare case-insensitively, emails lower-cased. Two statements.
 */
async function usedValues(
  em: EntityManager,
  wanted: Wanted,
): Promise<{ accountName: boolean; email: boolean; mobile: boolean }> {
  const name = wanted.accountName?.toLowerCase() ?? null;
  const email = wanted.email ?? null;
  const mobile = wanted.mobile ?? null;
  const registry = await query(
    em,
    `select lower(account_name) as account_name, email, mobile from cloud_account where lower(account_name) = ? or email = ? or mobile = ? limit 10`,
    [name, email, mobile?.mobile ?? null],
  );
  const customers = await query(
    em,
    `select lower(account_name) as account_name, lower(email) as email, country_code, telephone from sub_customer
      where lower(account_name) = ? or lower(email) = ? or (country_code = ? and telephone = ?) limit 10`,
    [name, email, mobile?.countryCode ?? null, mobile?.telephone ?? null],
  );
  return {
    accountName: name != null && [...registry, ...customers].some((r) => r.account_name === name),
    email: email != null && [...registry, ...customers].some((r) => r.email === email),
    mobile:
      mobile != null &&
      (registry.some((r) => r.mobile === mobile.mobile) ||
        customers.some((r) => r.country_code === mobile.countryCode && r.telephone === mobile.telephone)),
  };
}

/**
 * PostgreSQL: serializes registrations of the same name, email or mobile (across partners) until
 * commit, so a concurrent duplicate sees the first one's rows. Emails and mobiles have no unique
 * index to fall back on. SQLite runs one transaction at a time already.
 */
async function lockValues(em: EntityManager, wanted: Wanted): Promise<void> {
  if (isSqlite(em)) return;
  const keys = [
    wanted.accountName ? `registration:name:${wanted.accountName.toLowerCase()}` : null,
    wanted.email ? `registration:email:${wanted.email}` : null,
    wanted.mobile ? `registration:mobile:${wanted.mobile.mobile}` : null,
  ]
    .filter((k): k is string => k != null)
    .sort();
  for (const key of keys) await query(em, 'select pg_advisory_xact_lock(hashtext(?))', [key]);
}

function takenErrors(used: { accountName: boolean; email: boolean; mobile: boolean }, prefix: string): UserError[] {
  const errors: UserError[] = [];
  if (used.accountName)
    errors.push(
      new UserError('ACCOUNT_NAME_TAKEN', 'A cloud account already uses this login name.', `${prefix}.accountName`),
    );
  if (used.email)
    errors.push(new UserError('EMAIL_TAKEN', 'A cloud account already uses this email.', `${prefix}.email`));
  if (used.mobile)
    errors.push(new UserError('MOBILE_TAKEN', 'A cloud account already uses this mobile.', `${prefix}.mobile`));
  return errors;
}

/** 校验客户注册信息: AVAILABLE or USED_BY_USER for each login name, email or mobile given. */
export async function checkCustomerRegistration(
  ctx: Context,
  input: CheckCustomerRegistrationInput,
): Promise<CustomerRegistrationCheckPayload> {
  requireViewer(ctx);
  const result: CustomerRegistrationCheckPayload = { accountName: null, email: null, mobile: null, userErrors: [] };
  if (input.accountName == null && input.email == null && input.mobile == null) {
    result.userErrors.push(
      new UserError('NOTHING_TO_CHECK', 'Give at least one of accountName, email and mobile.', 'input'),
    );
    return result;
  }
  const wanted: Wanted = {};
  if (input.accountName != null) {
    const name = checkAccountName(input.accountName, 'input.accountName');
    if (name.ok) wanted.accountName = name.value;
    else result.userErrors.push(name.error);
  }
  if (input.email != null) {
    const email = checkEmail(input.email, 'input.email');
    if (email.ok) wanted.email = email.value;
    else result.userErrors.push(email.error);
  }
  if (input.mobile != null) {
    const mobile = checkMobile(input.mobile, 'input.mobile');
    if (mobile.ok) wanted.mobile = mobile.value;
    else result.userErrors.push(mobile.error);
  }
  if (wanted.accountName == null && wanted.email == null && wanted.mobile == null) return result;
  const used = await usedValues(ctx.em, wanted);
  const answer = (given: unknown, isUsed: boolean) =>
    given == null ? null : isUsed ? RegistrationCheckResult.USED_BY_USER : RegistrationCheckResult.AVAILABLE;
  result.accountName = answer(wanted.accountName, used.accountName);
  result.email = answer(wanted.email, used.email);
  result.mobile = answer(wanted.mobile, used.mobile);
  return result;
}

interface NewCustomer {
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
function validateNewCustomer(input: CreateCustomerInput): { errors: UserError[]; value: NewCustomer | null } {
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

const refusedCreate = (...userErrors: UserError[]): CreateCustomerPayload => ({ customer: null, userErrors });

/** A 32-hex cloud account id, like the platform's domain ids. */
const newCustomerId = () => randomBytes(16).toString('hex');

/**
 * 创建客户: registers the cloud account (cloud_account row), associates it with the viewer's
 * partner or one of its resellers (sub_customer row) and records the ASSOCIATE event, in one
 * transaction. A FROZEN partner cannot acquire customers.
 */
export async function createCustomer(ctx: Context, input: CreateCustomerInput): Promise<CreateCustomerPayload> {
  const viewer = requireViewer(ctx);
  const key = idempotencyKeyOf(ctx, input.idempotencyKey);
  const { errors, value } = validateNewCustomer(input);
  if (!value) return refusedCreate(...errors);
  // The password never enters the idempotency hash (nor anything else).
  const { password: _password, ...hashed } = input;
  try {
    return await runIdempotent({
      ctx,
      operation: 'createCustomer',
      key,
      input: hashed as unknown as Record<string, unknown>,
      conflict: (error) => refusedCreate(error),
      execute: async (tx) => {
        if (viewer.partner.status === PartnerStatus.FROZEN) {
          return refusedCreate(
            new UserError('PARTNER_FROZEN', 'Your partner is frozen (冻结): it cannot acquire customers.', null),
          );
        }
        let partnerId = viewer.partner.id;
        if (value.resellerId != null) {
          const reseller = viewer.resellerIds.includes(value.resellerId)
            ? await tx.findOne(Partner, { id: value.resellerId, parent: viewer.partner.id })
            : null;
          if (!reseller)
            return refusedCreate(
              new UserError('RESELLER_NOT_FOUND', 'No cloud reseller of yours has that id.', 'input.resellerId'),
            );
          if (reseller.status === PartnerStatus.FROZEN) {
            return refusedCreate(
              new UserError(
                'PARTNER_FROZEN',
                'This cloud reseller is frozen (冻结): it cannot acquire customers.',
                'input.resellerId',
              ),
            );
          }
          partnerId = reseller.id;
        }
        await lockValues(tx, value);
        const taken = takenErrors(await usedValues(tx, value), 'input');
        if (taken.length) return refusedCreate(...taken);

        const now = new Date();
        await tx.insert(CloudAccount, {
          accountName: value.accountName,
          email: value.email,
          mobile: value.mobile.mobile,
          createdAt: now,
        } as never);
        const customerId = (await tx.insert(SubCustomer, {
          partner: partnerId,
          customerId: newCustomerId(),
          accountName: value.accountName,
          name: value.name,
          associatedOn: now,
          associationType: input.associationType,
          label: value.label,
          telephone: value.mobile.telephone,
          countryCode: value.mobile.countryCode,
          email: value.email,
          verifiedStatus: VerifiedStatus.NOT_VERIFIED,
          customerType: CustomerType.NONE,
          isFrozen: FrozenState.NOT_FROZEN,
          customerLevel: CustomerLevel.V0,
          accountManager: null,
          xaccountId: value.xaccountId,
          xaccountType: value.xaccountType,
          balance: 0,
          debtAmount: 0,
          version: 1,
        } as never)) as number;
        await tx.insert(AssociationEvent, {
          partner: partnerId,
          customer: customerId,
          eventType: AssociationEventType.ASSOCIATE,
          initiator: AssociationInitiator.PARTNER,
          status: AssociationEventStatus.COMPLETED,
          reason: null,
          fromType: null,
          toType: input.associationType,
          createdAt: now,
          handledAt: now,
          // A distributor acting for its reseller is not a member of the reseller: the audit row names it.
          handledBy: partnerId === viewer.partner.id ? viewer.member.id : null,
        } as never);
        await recordAudit(tx, ctx, {
          action: 'createCustomer',
          target: toGlobalId('SubCustomer', customerId),
          before: null,
          after: {
            accountName: value.accountName,
            partnerId: toGlobalId('Partner', partnerId),
            associationType: input.associationType,
            email: value.email,
            mobile: value.mobile.mobile,
            xaccountId: value.xaccountId,
            xaccountType: value.xaccountType,
          },
        });
        return { customer: await tx.findOneOrFail(SubCustomer, customerId), userErrors: [] };
      },
    });
  } catch (err) {
    // A concurrent registration won the unique index (login name): answer it like the check would.
    if (!(err instanceof UniqueConstraintViolationException)) throw err;
    const taken = takenErrors(await usedValues(ctx.em.fork(), value), 'input');
    if (taken.length) return refusedCreate(...taken);
    throw err;
  }
}
