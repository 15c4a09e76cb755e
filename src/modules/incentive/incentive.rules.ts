/**
 * The incentive rules that read no rows: reasons, invoice details, periods; and the one rule that
 * reads another module's rows (the cloud-store bills, modules/cloud-store).
 */
import type { SqlEntityManager } from '@mikro-orm/knex';
import { UserError } from '../../common/errors';
import type { Check } from '../../common/mutation-kit';
import { uninvoicedCloudStoreOrders } from '../cloud-store/cloud-store.service';
import type { IncentiveAction } from './incentive.enums';
import { transitionOf } from './incentive.stages';

/** Longest reason of a rejection, closing or failed payment order, in characters. */
export const MAX_REASON_LENGTH = 500;

/** INCENTIVE_REASON_REQUIRED / INCENTIVE_REASON_TOO_LONG for an operator's reason. */
export function reasonCheck(action: IncentiveAction, reason: string | null | undefined): Check {
  return () => {
    const text = reason?.trim() ?? '';
    if (transitionOf(action).needsReason && text.length === 0)
      return new UserError('INCENTIVE_REASON_REQUIRED', `${action} needs a reason.`, 'input.reason');
    if (text.length > MAX_REASON_LENGTH)
      return new UserError(
        'INCENTIVE_REASON_TOO_LONG',
        `The reason has more than ${MAX_REASON_LENGTH} characters.`,
        'input.reason',
      );
    return null;
  };
}

/** (design) An invoice number: 8–32 letters, digits or hyphens (VAT invoice numbers and codes fit). */
export function invoiceNumberCheck(invoiceNumber: string): Check {
  return () =>
    /^[A-Za-z0-9-]{8,32}$/.test(invoiceNumber)
      ? null
      : new UserError(
          'INVALID_INVOICE_NUMBER',
          'The invoice number must be 8–32 letters, digits or hyphens.',
          'input.invoiceNumber',
        );
}

/** `YYYYMM` of a reconciliation period → its first instant and the next period's (UTC). */
export function periodRange(period: string): { from: Date; to: Date } {
  const year = Number(period.slice(0, 4));
  const month = Number(period.slice(4, 6));
  return { from: new Date(Date.UTC(year, month - 1, 1)), to: new Date(Date.UTC(year, month, 1)) };
}

/** Whether a text is a reconciliation period `YYYYMM` (month 01–12). */
export const isPeriod = (text: string): boolean => /^\d{4}(0[1-9]|1[0-2])$/.test(text);

/**
 * How many of the partner's cloud-store orders of the period are paid and not invoiced yet (发票审核:
 * 伙伴必须先为云商店商品账单开票): the cloud-store module's count over the period's month (UTC).
 */
export function uninvoicedCloudStoreBills(em: SqlEntityManager, partnerId: number, period: string): Promise<number> {
  const { from, to } = periodRange(period);
  return uninvoicedCloudStoreOrders(em, partnerId, from, to);
}
