/**
 * The rules the partner account operations share: who may recharge (签约主体), amounts, the
 * texts of a claim or a bank account, references, masking. Pure functions and small reads.
 */
import { randomBytes } from 'node:crypto';
import type { SqlEntityManager } from '@mikro-orm/knex';
import { UserError } from '../../common/errors';
import { checkPositiveAmount, formatFen } from '../../common/money';
import type { Check } from '../../common/mutation-kit';
import { CHINA_UTC_OFFSET_MS } from '../../common/china-day';
import { Partner } from '../partner/partner.entity';

/** The contracting entities (签约主体) with which online recharge and remittance claims are possible (seed 003). */
export const RECHARGE_ENTITIES: readonly string[] = ['华为软件技术有限公司', '华为云计算技术有限公司'];

/** (design) Recharge and remittance amounts: 1 元 … 10,000,000 元. */
export const MIN_RECHARGE_FEN = 100;
export const MAX_RECHARGE_FEN = 1_000_000_000;
/** (design) Largest single withdrawal, as for fund movements: 999,999,999.99 元. */
export const MAX_WITHDRAWAL_FEN = 99_999_999_999;
/** (design) An online recharge not paid within 30 minutes expires. */
export const RECHARGE_TTL_MS = 30 * 60 * 1000;
/** (design) A remittance can be claimed up to a year after it was made. */
export const REMITTANCE_CLAIM_WINDOW_DAYS = 365;
/** Longest rejection reason. */
export const MAX_REASON_LENGTH = 500;

/** RECHARGE_ENTITY_NOT_SUPPORTED unless the partner (read in the transaction) contracted with a named entity. */
export function rechargeEntityAllowed(tx: SqlEntityManager, partnerId: number): Check {
  return async () => {
    const partner = await tx.findOneOrFail(Partner, partnerId, { fields: ['contractingEntity'], refresh: true });
    if (partner.contractingEntity && RECHARGE_ENTITIES.includes(partner.contractingEntity)) return null;
    return new UserError(
      'RECHARGE_ENTITY_NOT_SUPPORTED',
      `Online recharge and remittance claims are available only when your contracting entity (签约主体) is ${RECHARGE_ENTITIES.join(' or ')}; yours is ${partner.contractingEntity ?? 'not recorded'}. To recharge, please consult your ecosystem manager (请咨询您当地的华为生态经理).`,
      null,
    );
  };
}

/** A recharge or remittance amount: INVALID_AMOUNT, AMOUNT_TOO_SMALL (< 1 元), AMOUNT_TOO_LARGE (> 10,000,000 元). */
export function rechargeAmount(text: string, field = 'input.amount'): number | UserError {
  const checked = checkPositiveAmount(text, field, MAX_RECHARGE_FEN);
  if (!checked.ok) return new UserError(checked.code, checked.message, field);
  if (checked.fen < MIN_RECHARGE_FEN)
    return new UserError('AMOUNT_TOO_SMALL', `${field} must be at least ${formatFen(MIN_RECHARGE_FEN)}.`, field);
  return checked.fen;
}

/** A withdrawal amount: > 0, ≤ 2 decimals, ≤ 999,999,999.99 (the balance is checked in the transaction). */
export function withdrawalAmount(text: string, field = 'input.amount'): number | UserError {
  const checked = checkPositiveAmount(text, field, MAX_WITHDRAWAL_FEN);
  return checked.ok ? checked.fen : new UserError(checked.code, checked.message, field);
}

/** A required one-line text of 1–`max` characters after trimming, or `code`. */
export function requiredText(
  value: string | null | undefined,
  max: number,
  code: 'PAYER_NAME_INVALID' | 'BANK_REFERENCE_INVALID' | 'BANK_DETAILS_INVALID' | 'PROVIDER_REFERENCE_INVALID',
  field: string,
): string | UserError {
  const text = (value ?? '').trim();
  if (text.length === 0 || text.length > max)
    return new UserError(code, `${field} must have 1–${max} characters.`, field);
  return text;
}

/** A rejection reason: REASON_REQUIRED when blank, REASON_TOO_LONG over 500 characters. */
export function rejectionReason(value: string | null | undefined, field = 'input.reason'): string | UserError {
  const text = (value ?? '').trim();
  if (!text) return new UserError('REASON_REQUIRED', `${field} is required: tell the partner why.`, field);
  if (text.length > MAX_REASON_LENGTH)
    return new UserError('REASON_TOO_LONG', `${field} is longer than ${MAX_REASON_LENGTH} characters.`, field);
  return text;
}

/** A bank account number: 8–32 digits (spaces allowed between groups), or BANK_ACCOUNT_NUMBER_INVALID. */
export function bankAccountNumber(value: string, field = 'input.bankAccount.accountNumber'): string | UserError {
  const digits = value.replace(/ /g, '');
  return /^\d{8,32}$/.test(digits)
    ? digits
    : new UserError('BANK_ACCOUNT_NUMBER_INVALID', `${field} must be 8–32 digits.`, field);
}

/** (design) Only the last 4 digits of an account number are ever shown: "**** **** 1234". */
export function maskAccountNumber(digits: string): string {
  return `**** **** ${digits.slice(-4)}`;
}

/**
 * The day of a remittance, YYYY-MM-DD: a real date, not after today and not more than a year ago
 * (China days), or REMITTANCE_DATE_INVALID.
 */
export function remittanceDay(value: string, now: Date, field = 'input.remittedOn'): string | UserError {
  const refuse = (why: string) => new UserError('REMITTANCE_DATE_INVALID', `${field} ${why}.`, field);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return refuse('must be a date YYYY-MM-DD');
  const at = new Date(`${value}T00:00:00Z`);
  if (Number.isNaN(at.getTime()) || at.toISOString().slice(0, 10) !== value) return refuse('is not a real date');
  const today = chinaDate(now);
  const earliest = chinaDate(new Date(now.getTime() - REMITTANCE_CLAIM_WINDOW_DAYS * 24 * 3600 * 1000));
  if (value > today) return refuse('lies in the future');
  if (value < earliest) return refuse(`is more than ${REMITTANCE_CLAIM_WINDOW_DAYS} days ago`);
  return value;
}

/** The China calendar date (YYYY-MM-DD) of an instant. */
export function chinaDate(at: Date): string {
  return new Date(at.getTime() + CHINA_UTC_OFFSET_MS).toISOString().slice(0, 10);
}

/** A reference like RP20261203A1B2C3D4E5: prefix, the UTC day, 10 random hex digits. */
export function newReference(prefix: 'RP' | 'RM' | 'WD', now: Date): string {
  return `${prefix}${now.toISOString().slice(0, 10).replace(/-/g, '')}${randomBytes(5).toString('hex').toUpperCase()}`;
}
