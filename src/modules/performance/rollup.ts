import type { SqlEntityManager } from '@mikro-orm/knex';
import { rows } from '../../db/sql';

/**
 * THE writer of `partner_performance_month` during requests (业绩 roll-up). The owners of the facts
 * call `addPerformance` in the transaction that records the fact, as the LAST row they lock
 * (db/locks.ts: after partner_account), so a rolled-back fact leaves no trace here:
 *
 *   measure             column               recorded by (same transaction)          raw rows it equals
 *   paidAmount          paid_amount          payOrder, renewResources(autoPay)       customer_order.amount_after_discount, payment_time in the month, type ≠ UNSUBSCRIBE
 *   paidOrders          paid_orders          (same)                                  count of those orders
 *   refundAmount        refund_amount        unsubscribeResources                    customer_order.official_amount, type UNSUBSCRIBE, status COMPLETED, create_time in the month
 *   couponAmount        coupon_amount        payOrder (its USE coupon records)       coupon_record.amount, operation USE, result SUCCESS, time in the month
 *   consumptionAmount   consumption_amount   the consumption importer (seeds)        consumption_record.payment_amount of the bill cycle
 *   newCustomers        new_customers        createCustomer, acceptCustomerInvitation  sub_customer rows, associated_on in the month
 *   offerAmount         offer_amount         placeExclusiveOfferOrder                cloud_store_order.amount, exclusive_offer_link_id set, paid_at in the month
 *   offerOrders         offer_orders         (same)                                  count of those orders
 *
 * Revenue (业绩) = paidAmount − refundAmount. Only `customer_order` rows count: curated (严选)
 * cloud-store resale orders are not a distributor's performance and must not be passed here; a
 * cloud-store revenue measure would be a new column with its own writer and raw sum
 * (maintenance/performance-rollups.ts). Months are calendar months in UTC. test/money/ledger-ownership
 * fails when a third place writes the table (this upsert and the rebuild are its only writers).
 */

export interface PerformanceDelta {
  paidAmount?: number;
  paidOrders?: number;
  refundAmount?: number;
  couponAmount?: number;
  consumptionAmount?: number;
  newCustomers?: number;
  offerAmount?: number;
  offerOrders?: number;
}

/** Measure → column, in the table's column order. */
export const MEASURE_COLUMNS = {
  paidAmount: 'paid_amount',
  paidOrders: 'paid_orders',
  refundAmount: 'refund_amount',
  couponAmount: 'coupon_amount',
  consumptionAmount: 'consumption_amount',
  newCustomers: 'new_customers',
  offerAmount: 'offer_amount',
  offerOrders: 'offer_orders',
} as const satisfies Record<keyof PerformanceDelta, string>;

export type Measure = keyof typeof MEASURE_COLUMNS;
/** Every measure, in the table's column order (the same keys as MEASURE_COLUMNS). */
export const MEASURES: readonly Measure[] = [
  'paidAmount',
  'paidOrders',
  'refundAmount',
  'couponAmount',
  'consumptionAmount',
  'newCustomers',
  'offerAmount',
  'offerOrders',
];

/** The UTC calendar month of an instant as YYYYMM (2026-12-03 → 202612). */
export function monthKey(at: Date): number {
  return at.getUTCFullYear() * 100 + at.getUTCMonth() + 1;
}

/** 'YYYY-MM' (a bill cycle) → YYYYMM. */
export function monthKeyOfCycle(billCycle: string): number {
  return Number(billCycle.replace('-', ''));
}

const COLUMNS = MEASURES.map((m) => MEASURE_COLUMNS[m]);
const UPSERT = `insert into partner_performance_month (partner_id, month, ${COLUMNS.join(', ')})
  values (?, ?, ${COLUMNS.map(() => '?').join(', ')})
  on conflict (partner_id, month) do update set ${COLUMNS.map((c) => `${c} = partner_performance_month.${c} + excluded.${c}`).join(', ')}`;

/**
 * Adds `delta` to the partner's row of the month of `at` (created when missing), one upsert. A
 * delta of zeros writes nothing.
 */
export async function addPerformance(
  tx: SqlEntityManager,
  partnerId: number,
  at: Date,
  delta: PerformanceDelta,
): Promise<void> {
  const values = MEASURES.map((m) => delta[m] ?? 0);
  if (values.every((v) => v === 0)) return;
  await rows(tx, `${UPSERT} returning partner_id`, [partnerId, monthKey(at), ...values]);
}
