import type { FilterQuery } from '@mikro-orm/core';
import type { Context } from '../../context';
import { requireViewer } from '../../permissions/viewer';
import { toPageRequest, type ConnectionArgs } from '../../common/connection';
import { checkDateRange, containsText } from '../../common/filters';
import { findPage } from '../../common/paging';
import { idOfType } from '../../common/global-id';
import { forbidden } from '../../common/errors';
import { assertPartnerRelation, ownCustomerFilter } from '../../permissions/scopes';
import { SubCustomer } from './customer.entity';
import type { CustomerFilter } from './customer.inputs';

function filterConditions(filter: CustomerFilter | null | undefined): FilterQuery<SubCustomer>[] {
  const conditions: FilterQuery<SubCustomer>[] = [];
  if (!filter?.includeUnbound) conditions.push({ unboundAt: null });
  if (!filter) return conditions;
  if (filter.accountName != null)
    conditions.push(containsText('account_name', filter.accountName, 'filter.accountName'));
  if (filter.label != null) conditions.push(containsText('label', filter.label, 'filter.label'));
  if (filter.associationType != null) conditions.push({ associationType: filter.associationType });
  checkDateRange(filter.associatedFrom, filter.associatedTo, ['filter.associatedFrom', 'filter.associatedTo']);
  if (filter.associatedFrom) conditions.push({ associatedOn: { $gte: filter.associatedFrom } });
  if (filter.associatedTo) conditions.push({ associatedOn: { $lte: filter.associatedTo } });
  if (filter.accountManagerId != null) {
    conditions.push({ accountManager: idOfType(filter.accountManagerId, 'Member', 'filter.accountManagerId') });
  }
  return conditions;
}

/** Customers of a partner the viewer can reach: its own (in its row scope) or a reseller's (basic info). */
export async function listCustomers(
  ctx: Context,
  partnerId: number,
  filter: CustomerFilter | null | undefined,
  args: ConnectionArgs,
) {
  const viewer = requireViewer(ctx);
  const page = toPageRequest(args);
  const relation = assertPartnerRelation(viewer, partnerId, ['SELF', 'RESELLER'], 'customers');
  // A reseller's customers show basic info only; filtering on another field would reveal it.
  if (relation === 'RESELLER' && (filter?.label != null || filter?.accountManagerId != null)) {
    throw forbidden(
      `filter.${filter.label != null ? 'label' : 'accountManagerId'} is not available for a cloud reseller's customers (basic info only); contact the reseller.`,
    );
  }
  const scope: FilterQuery<SubCustomer> = relation === 'SELF' ? ownCustomerFilter(viewer) : { partner: partnerId };
  // Built per query: the fuzzy filters are raw SQL fragments, which MikroORM uses up once.
  const where = () => ({ $and: [scope, ...filterConditions(filter)] });
  return findPage(ctx.em, SubCustomer, where, page);
}
