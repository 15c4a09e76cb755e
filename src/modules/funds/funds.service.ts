import type { FilterQuery } from '@mikro-orm/core';
import type { Context } from '../../context';
import { requireViewer } from '../../permissions/viewer';
import { toPageRequest, type ConnectionArgs } from '../../common/connection';
import { checkDateRange } from '../../common/filters';
import { findPage } from '../../common/paging';
import { assertPartnerRelation, ownCustomerRowsFilter } from '../../permissions/scopes';
import { idOfType } from '../../common/global-id';
import { AccountChangeRecord, AdjustRecord } from './funds.entity';
import { accountChangeScope } from './funds.loaders';
import type { AccountChangeRecordFilter, AdjustRecordFilter } from './funds.inputs';

function adjustConditions(filter: AdjustRecordFilter | null | undefined): FilterQuery<AdjustRecord>[] {
  if (!filter) return [];
  const conditions: FilterQuery<AdjustRecord>[] = [];
  if (filter.operationType != null) conditions.push({ operationType: filter.operationType });
  if (filter.customerId != null)
    conditions.push({ customer: idOfType(filter.customerId, 'SubCustomer', 'filter.customerId') });
  if (filter.resellerId != null)
    conditions.push({ reseller: idOfType(filter.resellerId, 'Partner', 'filter.resellerId') });
  checkDateRange(filter.from, filter.to, ['filter.from', 'filter.to']);
  if (filter.from) conditions.push({ operationTime: { $gte: filter.from } });
  if (filter.to) conditions.push({ operationTime: { $lte: filter.to } });
  return conditions;
}

function accountChangeConditions(
  filter: AccountChangeRecordFilter | null | undefined,
): FilterQuery<AccountChangeRecord>[] {
  if (!filter) return [];
  const conditions: FilterQuery<AccountChangeRecord>[] = [];
  if (filter.ownerType != null) conditions.push({ ownerType: filter.ownerType });
  if (filter.customerId != null)
    conditions.push({ customer: idOfType(filter.customerId, 'SubCustomer', 'filter.customerId') });
  if (filter.tradeType != null) conditions.push({ tradeType: filter.tradeType });
  if (filter.accountType != null) conditions.push({ accountType: filter.accountType });
  checkDateRange(filter.from, filter.to, ['filter.from', 'filter.to']);
  if (filter.from) conditions.push({ tradeTime: { $gte: filter.from } });
  if (filter.to) conditions.push({ tradeTime: { $lte: filter.to } });
  return conditions;
}

/**
 * 调账记录 of the viewer's own partner, newest first. A member whose customer scope is not ALL
 * (account manager, supervisor) sees only the records with the customers in its scope.
 */
export async function listAdjustRecords(
  ctx: Context,
  partnerId: number,
  filter: AdjustRecordFilter | null | undefined,
  args: ConnectionArgs,
) {
  const viewer = requireViewer(ctx);
  const page = toPageRequest(args);
  assertPartnerRelation(viewer, partnerId, ['SELF'], 'adjustRecords');
  const where = {
    $and: [ownCustomerRowsFilter<AdjustRecord>(viewer), ...adjustConditions(filter)],
  };
  return findPage(ctx.em, AdjustRecord, where, page);
}

/**
 * 收支明细 kept by the viewer's own partner: its own ledger and its customers' ledgers, newest
 * first. A member whose customer scope is not ALL sees only its customers' ledger rows
 * (accountChangeScope).
 */
export async function listAccountChangeRecords(
  ctx: Context,
  partnerId: number,
  filter: AccountChangeRecordFilter | null | undefined,
  args: ConnectionArgs,
) {
  const viewer = requireViewer(ctx);
  const page = toPageRequest(args);
  assertPartnerRelation(viewer, partnerId, ['SELF'], 'accountChangeRecords');
  const where = {
    $and: [accountChangeScope(viewer), ...accountChangeConditions(filter)],
  };
  return findPage(ctx.em, AccountChangeRecord, where, page);
}
