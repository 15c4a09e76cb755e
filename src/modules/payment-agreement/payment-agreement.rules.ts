import { UserError } from '../../common/errors';
import { CHINA_UTC_OFFSET_MS } from '../../common/china-day';
import { checkPositiveAmount, formatFen } from '../../common/money';
import { PaymentAgreementStatus, PaymentAgreementType } from './payment-agreement.enums';

/** The pure rules of payment on behalf (代付): limits, the month they count in, states. */

/** How long the customer has to accept a proposed agreement (design). */
export const AGREEMENT_ANSWER_DAYS = 7;
export const AGREEMENT_ANSWER_MS = AGREEMENT_ANSWER_DAYS * 24 * 3600 * 1000;
/** Largest limit (design): 99,999,999.99 元. */
export const MAX_AGREEMENT_LIMIT_FEN = 9_999_999_999;
export const MAX_AGREEMENT_REASON_LENGTH = 200;

/** The calendar month (YYYY-MM) of `at` in China time: monthly limits reset at 00:00 Beijing on the 1st. */
export function chinaMonth(at: Date): string {
  return new Date(at.getTime() + CHINA_UTC_OFFSET_MS).toISOString().slice(0, 7);
}

/** What was paid under the agreement in the month of `now`. */
export const usedInMonth = (a: { usedMonth?: string | null; usedAmount: number }, now: Date): number =>
  a.usedMonth === chinaMonth(now) ? a.usedAmount : 0;

export interface AgreementLimits {
  perOrderLimit: number | null;
  monthlyLimit: number | null;
}

/** The limits of a new agreement: FULL takes none, LIMITED both, the per-order one not above the monthly one. */
export function checkLimits(
  type: PaymentAgreementType,
  perOrder: string | null | undefined,
  monthly: string | null | undefined,
): AgreementLimits | UserError {
  if (type === PaymentAgreementType.FULL) {
    if (perOrder != null || monthly != null)
      return new UserError('INVALID_AGREEMENT_LIMITS', 'A FULL agreement has no limits; leave them out.', 'input');
    return { perOrderLimit: null, monthlyLimit: null };
  }
  if (perOrder == null || monthly == null)
    return new UserError(
      'INVALID_AGREEMENT_LIMITS',
      'A LIMITED agreement needs perOrderLimit and monthlyLimit.',
      perOrder == null ? 'input.perOrderLimit' : 'input.monthlyLimit',
    );
  const one = checkPositiveAmount(perOrder, 'input.perOrderLimit', MAX_AGREEMENT_LIMIT_FEN);
  if (!one.ok) return new UserError(one.code, one.message, 'input.perOrderLimit');
  const month = checkPositiveAmount(monthly, 'input.monthlyLimit', MAX_AGREEMENT_LIMIT_FEN);
  if (!month.ok) return new UserError(month.code, month.message, 'input.monthlyLimit');
  if (one.fen > month.fen)
    return new UserError(
      'INVALID_AGREEMENT_LIMITS',
      'perOrderLimit must not be above monthlyLimit.',
      'input.perOrderLimit',
    );
  return { perOrderLimit: one.fen, monthlyLimit: month.fen };
}

/** Why an ACTIVE agreement cannot pay `due` fen now, or null. Nothing is paid on a refusal. */
export function onBehalfRefusal(
  a: AgreementLimits & { usedMonth?: string | null; usedAmount: number },
  due: number,
  now: Date,
  field: string,
): UserError | null {
  if (a.perOrderLimit != null && due > a.perOrderLimit)
    return new UserError(
      'AGREEMENT_ORDER_LIMIT_EXCEEDED',
      `The order needs ${formatFen(due)} and the payment agreement pays at most ${formatFen(a.perOrderLimit)} per order. Nothing was paid.`,
      field,
    );
  const used = usedInMonth(a, now);
  if (a.monthlyLimit != null && used + due > a.monthlyLimit)
    return new UserError(
      'AGREEMENT_MONTHLY_LIMIT_EXCEEDED',
      `The payment agreement has ${formatFen(Math.max(0, a.monthlyLimit - used))} left this month and the order needs ${formatFen(due)}. Nothing was paid.`,
      field,
    );
  return null;
}

/** The reason given, trimmed; null when empty; PAYMENT_AGREEMENT_REASON_TOO_LONG over 200 characters. */
export function agreementReason(text: string | null | undefined, required: boolean): string | null | UserError {
  const reason = text?.trim() || null;
  if (required && !reason) return new UserError('REASON_REQUIRED', 'Give a reason.', 'input.reason');
  if (reason && reason.length > MAX_AGREEMENT_REASON_LENGTH)
    return new UserError(
      'REASON_TOO_LONG',
      `The reason is longer than ${MAX_AGREEMENT_REASON_LENGTH} characters.`,
      'input.reason',
    );
  return reason;
}

/** The status an agreement shows at `now`: a PENDING_CUSTOMER past its answer time is EXPIRED before the job marks it. */
export function agreementStatusAt(
  a: { status: PaymentAgreementStatus; expiresAt: Date },
  now: Date,
): PaymentAgreementStatus {
  return a.status === PaymentAgreementStatus.PENDING_CUSTOMER && a.expiresAt.getTime() <= now.getTime()
    ? PaymentAgreementStatus.EXPIRED
    : a.status;
}
