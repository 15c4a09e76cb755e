import { randomBytes } from 'node:crypto';
import { UniqueConstraintViolationException } from '@mikro-orm/core';
import type { SqlEntityManager } from '@mikro-orm/knex';
import type { Context } from '../../context';
import { UserError } from '../../common/errors';
import { toGlobalId } from '../../common/global-id';
import { refusal, success } from '../../common/mutation-kit';
import { requireViewer, type Viewer } from '../../permissions/viewer';
import { recordAudit } from '../audit/audit.service';
import { addPerformance } from '../performance/rollup';
import { idempotencyKeyOf, idempotent } from '../idempotency/idempotency.service';
import { AssociationEvent } from '../association/association.entity';
import { AssociationEventStatus, AssociationEventType, AssociationInitiator } from '../association/association.enums';
import { SubCustomer } from '../customer/customer.entity';
import { CustomerLevel, CustomerType, FrozenState, VerifiedStatus } from '../customer/customer.enums';
import { Partner } from '../partner/partner.entity';
import { PartnerStatus } from '../partner/partner.enums';
import { CloudAccount } from '../cloud-account/cloud-account.entity';
import { consumeCode } from '../verification/verification.service';
import { RegistrationCheckResult } from './registration.enums';
import {
  checkAccountName,
  checkEmail,
  checkMobile,
  MOBILE_REGISTRATION_CAP,
  type Mobile,
  REGISTRATION_CODE_PURPOSE,
  type NewCustomer,
  validateNewCustomer,
} from './registration.rules';
import type { CheckCustomerRegistrationInput, CreateCustomerInput } from './registration.mutation-inputs';
import type { CreateCustomerPayload, CustomerRegistrationCheckPayload } from './registration.payloads';
import { addNewCustomer } from '../performance/consumption-rollup';

const isSqlite = (em: SqlEntityManager) => /sqlite/i.test(em.getPlatform().constructor.name);

type Row = Record<string, unknown>;
const query = (em: SqlEntityManager, sql: string, params: unknown[]) => em.execute<Row[]>(sql, params);

interface Wanted {
  accountName?: string | null;
  email?: string | null;
  mobile?: Mobile | null;
}

/** What the registry and the customers already hold of the wanted values. */
export interface UsedValues {
  accountName: boolean;
  email: boolean;
  /** A customer (sub_customer row, of any partner) has this mobile: 客户间判重. */
  mobile: boolean;
  /** Cloud accounts registered with this mobile (the cap applies to these). */
  mobileRegistrations: number;
}

/**
 * Which of the values are taken: login names and emails by any cloud account (the cloud_account
 * registry: accounts created here and accounts that exist elsewhere on the cloud) or customer; a
 * mobile by any customer, and how many cloud accounts it registered. Login names compare
 * case-insensitively, emails lower-cased. Two or three statements.
 */
export async function usedValues(em: SqlEntityManager, wanted: Wanted): Promise<UsedValues> {
  const name = wanted.accountName?.toLowerCase() ?? null;
  const email = wanted.email ?? null;
  const mobile = wanted.mobile ?? null;
  const registry = await query(
    em,
    `select lower(account_name) as account_name, email from cloud_account where lower(account_name) = ? or email = ? limit 10`,
    [name, email],
  );
  const customers = await query(
    em,
    `select lower(account_name) as account_name, lower(email) as email, country_code, telephone from sub_customer
      where lower(account_name) = ? or lower(email) = ? or (country_code = ? and telephone = ?) limit 10`,
    [name, email, mobile?.countryCode ?? null, mobile?.telephone ?? null],
  );
  const registrations = mobile
    ? await query(em, 'select count(*) as n from cloud_account where mobile = ?', [mobile.mobile])
    : [{ n: 0 }];
  return {
    accountName: name != null && [...registry, ...customers].some((r) => r.account_name === name),
    email: email != null && [...registry, ...customers].some((r) => r.email === email),
    mobile:
      mobile != null &&
      customers.some((r) => r.country_code === mobile.countryCode && r.telephone === mobile.telephone),
    mobileRegistrations: Number(registrations[0]?.n ?? 0),
  };
}

/**
 * PostgreSQL: serializes registrations of the same name, email or mobile (across partners) until
 * commit, so a concurrent duplicate sees the first one's rows (emails have no unique index to fall
 * back on, and the mobile cap counts rows). SQLite runs one transaction at a time already.
 */
async function lockValues(em: SqlEntityManager, wanted: Wanted): Promise<void> {
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

export function takenErrors(used: UsedValues, prefix: string): UserError[] {
  const errors: UserError[] = [];
  if (used.accountName)
    errors.push(
      new UserError('ACCOUNT_NAME_TAKEN', 'A cloud account already uses this login name.', `${prefix}.accountName`),
    );
  if (used.email)
    errors.push(new UserError('EMAIL_TAKEN', 'A cloud account already uses this email.', `${prefix}.email`));
  if (used.mobile)
    errors.push(new UserError('MOBILE_TAKEN', 'Another customer already has this mobile.', `${prefix}.mobile`));
  if (used.mobileRegistrations >= MOBILE_REGISTRATION_CAP)
    errors.push(
      new UserError(
        'MOBILE_REGISTRATION_LIMIT',
        `This mobile has registered ${used.mobileRegistrations} cloud accounts, the most a number may (${MOBILE_REGISTRATION_CAP}).`,
        `${prefix}.mobile`,
      ),
    );
  return errors;
}

/**
 * 校验客户注册信息: AVAILABLE or USED_BY_USER for a login name or email, AVAILABLE or
 * REGISTRATION_LIMIT_REACHED for a mobile.
 */
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
  // The platform checks a mobile only for its number of registrations (seed 000), not its use.
  if (wanted.mobile != null)
    result.mobile =
      used.mobileRegistrations >= MOBILE_REGISTRATION_CAP
        ? RegistrationCheckResult.REGISTRATION_LIMIT_REACHED
        : RegistrationCheckResult.AVAILABLE;
  return result;
}

const refusedCreate = refusal<CreateCustomerPayload>({ customer: null });

/** A 32-hex cloud account id, like the platform's domain ids. */
const newCustomerId = () => randomBytes(16).toString('hex');

/** The partner the customer joins: the viewer's own, or one of its resellers; neither may be FROZEN. */
async function joiningPartner(
  tx: SqlEntityManager,
  viewer: Viewer,
  resellerId: number | null,
): Promise<number | UserError> {
  if (viewer.partner.status === PartnerStatus.FROZEN)
    return new UserError('PARTNER_FROZEN', 'Your partner is frozen (冻结): it cannot acquire customers.', null);
  if (resellerId == null) return viewer.partner.id;
  const reseller = viewer.resellerIds.includes(resellerId)
    ? await tx.findOne(Partner, { id: resellerId, parent: viewer.partner.id })
    : null;
  if (!reseller)
    return new UserError('RESELLER_NOT_FOUND', 'No cloud reseller of yours has that id.', 'input.resellerId');
  if (reseller.status === PartnerStatus.FROZEN)
    return new UserError(
      'PARTNER_FROZEN',
      'This cloud reseller is frozen (冻结): it cannot acquire customers.',
      'input.resellerId',
    );
  return reseller.id;
}

/** The cloud account, the sub_customer row and its ASSOCIATE event; answers the customer's primary key. */
async function register(
  tx: SqlEntityManager,
  viewer: Viewer,
  partnerId: number,
  value: NewCustomer,
  associationType: CreateCustomerInput['associationType'],
  now: Date,
): Promise<number> {
  await tx.insert(CloudAccount, {
    accountName: value.accountName,
    email: value.email,
    mobile: value.mobile?.mobile ?? null,
    createdAt: now,
  });
  const customerId = await tx.insert(SubCustomer, {
    partner: partnerId,
    customerId: newCustomerId(),
    accountName: value.accountName,
    name: value.name,
    associatedOn: now,
    associationType,
    label: value.label,
    telephone: value.mobile?.telephone ?? null,
    countryCode: value.mobile?.countryCode ?? null,
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
  });
  await tx.insert(AssociationEvent, {
    partner: partnerId,
    customer: customerId,
    eventType: AssociationEventType.ASSOCIATE,
    initiator: AssociationInitiator.PARTNER,
    status: AssociationEventStatus.COMPLETED,
    reason: null,
    fromType: null,
    toType: associationType,
    createdAt: now,
    handledAt: now,
    // A distributor acting for its reseller is not a member of the reseller: the audit row names it.
    handledBy: partnerId === viewer.partner.id ? viewer.member.id : null,
  });
  return customerId;
}

/**
 * 创建客户: registers the cloud account (cloud_account row), associates it with the viewer's
 * partner or one of its resellers (sub_customer row) and records the ASSOCIATE event, in one
 * transaction; a mobile needs the registration code sent to it, consumed in that transaction. A
 * FROZEN partner cannot acquire customers.
 */
export async function createCustomer(ctx: Context, input: CreateCustomerInput): Promise<CreateCustomerPayload> {
  const viewer = requireViewer(ctx);
  idempotencyKeyOf(ctx, input.idempotencyKey); // A malformed key is refused before the fields are checked.
  const { errors, value } = validateNewCustomer(input);
  if (!value) return refusedCreate(...errors);
  try {
    return await idempotent(ctx, {
      operation: 'createCustomer',
      input,
      unhashed: ['password'], // The password never enters the idempotency hash (nor anything else).
      refused: refusedCreate,
      execute: async (tx) => {
        const partnerId = await joiningPartner(tx, viewer, value.resellerId);
        if (partnerId instanceof UserError) return refusedCreate(partnerId);
        await lockValues(tx, value);
        const taken = takenErrors(await usedValues(tx, value), 'input');
        if (taken.length) return refusedCreate(...taken);
        // The code is consumed last, so a refusal above leaves it usable for the corrected input.
        const code = value.mobile
          ? await consumeCode(
              tx,
              { memberId: viewer.member.id },
              REGISTRATION_CODE_PURPOSE,
              input.verificationCode,
              value.mobile.mobile,
            )
          : null;
        if (code) return refusedCreate(code);
        const now = new Date();
        const customerId = await register(tx, viewer, partnerId, value, input.associationType, now);
        await addPerformance(tx, partnerId, now, { newCustomers: 1 });
        await addNewCustomer(tx, customerId);
        await recordAudit(tx, ctx, {
          action: 'createCustomer',
          target: toGlobalId('SubCustomer', customerId),
          before: null,
          after: {
            accountName: value.accountName,
            partnerId: toGlobalId('Partner', partnerId),
            associationType: input.associationType,
            email: value.email,
            mobile: value.mobile?.mobile ?? null,
            xaccountId: value.xaccountId,
            xaccountType: value.xaccountType,
          },
        });
        return success<CreateCustomerPayload>({ customer: await tx.findOneOrFail(SubCustomer, customerId) });
      },
    });
  } catch (err) {
    // A concurrent registration won a unique index (login name, a customer's mobile): answer it like the check would.
    if (!(err instanceof UniqueConstraintViolationException)) throw err;
    const taken = takenErrors(await usedValues(ctx.em.fork(), value), 'input');
    if (taken.length) return refusedCreate(...taken);
    throw err;
  }
}
