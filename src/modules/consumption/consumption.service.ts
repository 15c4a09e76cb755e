import type { FilterQuery } from '@mikro-orm/core';
import type { Context } from '../../context';
import { requireViewer } from '../../permissions/viewer';
import { toPageRequest, type ConnectionArgs, type ConnectionResult } from '../../common/connection';
import { connectionFromBatch, findPage } from '../../common/paging';
import { badInput, forbidden, notFound } from '../../common/errors';
import { idOfType } from '../../common/global-id';
import { assertCustomerInFull, assertPartnerRelation, ownCustomerRowsFilter } from '../../permissions/scopes';
import type { SubCustomer } from '../customer/customer.entity';
import { customerById } from '../customer/customer.loaders';
import { ConsumptionRecord } from './consumption.entity';
import type { ConsumptionFilter } from './consumption.inputs';
import { consumptionRecordCountByCustomerId, consumptionRecordsByCustomerId } from './consumption.loaders';

/** Consumption is queryable for this many months, the current (UTC) month included (domain.md §2). */
export const BILL_CYCLE_MONTHS = 18;

const BILL_CYCLE = /^(\d{4})-(0[1-9]|1[0-2])$/;

const monthIndex = (year: number, month0: number) => year * 12 + month0;
const formatMonth = (index: number) => `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`;

/** The oldest and newest bill cycles queryable at `now`: the current UTC month and the 17 before it. */
export function queryableBillCycles(now: Date): { oldest: string; newest: string } {
  const current = monthIndex(now.getUTCFullYear(), now.getUTCMonth());
  return { oldest: formatMonth(current - (BILL_CYCLE_MONTHS - 1)), newest: formatMonth(current) };
}

/**
 * Why `billCycle` cannot be queried at `now`, or null when it can: it must be "YYYY-MM", not after
 * the current UTC month and not before the 18-month window that ends with it.
 */
export function billCycleProblem(billCycle: string, now: Date): string | null {
  const match = BILL_CYCLE.exec(billCycle);
  if (!match) return `"${billCycle}" is not a bill cycle in the form YYYY-MM.`;
  const asked = monthIndex(Number(match[1]), Number(match[2]) - 1);
  const current = monthIndex(now.getUTCFullYear(), now.getUTCMonth());
  const { oldest, newest } = queryableBillCycles(now);
  if (asked > current) return `Bill cycle ${billCycle} is in the future; the newest is ${newest}.`;
  if (asked < current - (BILL_CYCLE_MONTHS - 1)) {
    return `Bill cycle ${billCycle} is older than ${BILL_CYCLE_MONTHS} months; the oldest queryable is ${oldest}.`;
  }
  return null;
}

function checkBillCycle(billCycle: string, argName: string): void {
  const problem = billCycleProblem(billCycle, new Date());
  if (problem) throw badInput(problem, argName);
}

/**
 * 消费记录: a partner's consumption records of one bill cycle, in the viewer's row scope. Records
 * carry the partner the customer was associated with when it consumed, so a partner sees only
 * consumption made while the customer was its own. A supervisor names one account manager at a time.
 */
export async function listConsumptionRecords(
  ctx: Context,
  partnerId: number,
  filter: ConsumptionFilter,
  args: ConnectionArgs,
) {
  const viewer = requireViewer(ctx);
  const page = toPageRequest(args);
  assertPartnerRelation(viewer, partnerId, ['SELF'], 'consumptionRecords');
  checkBillCycle(filter.billCycle, 'filter.billCycle');
  const conditions: FilterQuery<ConsumptionRecord>[] = [
    ownCustomerRowsFilter<ConsumptionRecord>(viewer),
    { billCycle: filter.billCycle },
  ];
  if (filter.customerId != null)
    conditions.push({ customer: idOfType(filter.customerId, 'SubCustomer', 'filter.customerId') });
  if (filter.serviceTypeCode != null) conditions.push({ serviceTypeCode: filter.serviceTypeCode });
  if (filter.chargingMode != null) conditions.push({ chargingMode: filter.chargingMode });
  if (filter.accountManagerId != null) {
    const managerId = idOfType(filter.accountManagerId, 'Member', 'filter.accountManagerId');
    if (viewer.customerScope !== 'ALL' && !viewer.accountManagerIds.includes(managerId)) {
      throw forbidden('You may query the consumption of your own or your supervised account managers only.');
    }
    conditions.push({ accountManager: managerId });
  } else if (viewer.customerScope === 'SUPERVISED') {
    throw badInput(
      'An account manager supervisor queries one account manager at a time: give filter.accountManagerId.',
      'filter.accountManagerId',
    );
  }
  return findPage(ctx.em, ConsumptionRecord, { $and: conditions }, page);
}

/** One customer's consumption records of one bill cycle, batched with the other customers of the request. */
export async function customerConsumptionRecords(
  ctx: Context,
  customer: SubCustomer,
  billCycle: string,
  args: ConnectionArgs,
): Promise<ConnectionResult<ConsumptionRecord>> {
  const viewer = requireViewer(ctx);
  assertCustomerInFull(viewer, customer, 'consumptionRecords');
  const page = toPageRequest(args);
  checkBillCycle(billCycle, 'billCycle');
  const where: FilterQuery<ConsumptionRecord> = {
    $and: [ownCustomerRowsFilter<ConsumptionRecord>(viewer), { billCycle }],
  };
  const rows = await consumptionRecordsByCustomerId(ctx, page, where).load(customer.id);
  return connectionFromBatch(rows, page, () => consumptionRecordCountByCustomerId(ctx, where).load(customer.id));
}

/** The customer of a record the viewer sees; NOT_FOUND when the customer has since moved to another partner. */
export async function customerOfRecord(ctx: Context, customerId: number): Promise<SubCustomer> {
  const customer = await customerById(ctx).load(customerId);
  if (!customer) throw notFound('SubCustomer');
  return customer;
}
