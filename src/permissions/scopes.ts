import type { FilterQuery } from '@mikro-orm/core';
import type { Viewer } from './viewer';
import type { SubCustomer } from '../modules/customer/customer.entity';
import { forbidden } from '../common/errors';

/**
 * Row scopes: which rows a member may see, as ORM filters. Services apply them to every query
 * (lists, totals, node(id:)), so the same rule holds on every path.
 */

/** The customers of the viewer's own partner that its roles let it see in full. */
export function ownCustomerFilter(viewer: Viewer): FilterQuery<SubCustomer> {
  const own = { partner: viewer.partner.id };
  if (viewer.customerScope === 'ALL') return own;
  return { ...own, accountManager: { $in: viewer.accountManagerIds } };
}

/**
 * Own customers (in full) plus, for a distributor member who may list the resellers
 * (reseller:list, the permission of Partner.customers on a reseller), its resellers' customers
 * (basic info only). Without it they stay invisible on every path, node(id:) included; an account
 * manager or supervisor (scope not ALL) sees only its own partner's customers in its scope.
 */
export function visibleCustomerFilter(viewer: Viewer): FilterQuery<SubCustomer> {
  if (viewer.resellerIds.length === 0 || viewer.customerScope !== 'ALL' || !viewer.permissions.has('reseller:list'))
    return ownCustomerFilter(viewer);
  return { $or: [ownCustomerFilter(viewer), { partner: { $in: viewer.resellerIds } }] };
}

/** The rows of the viewer's partner, or only those of the customers assigned to the viewer's account managers. */
export type OwnCustomerRows = { partner: number; customer?: { accountManager: { $in: number[] } } };

/** Filter for rows hanging off a customer (orders, coupons, consumption…) of the viewer's partner. */
export function ownCustomerRowsFilter<T>(viewer: Viewer): FilterQuery<T> {
  const own: OwnCustomerRows = { partner: viewer.partner.id };
  if (viewer.customerScope !== 'ALL') own.customer = { accountManager: { $in: viewer.accountManagerIds } };
  // FilterQuery<T> cannot check property names while T is a type parameter; every T here has partner and customer.
  return own as FilterQuery<T>;
}

/** Whether the viewer sees this customer in full (not only a reseller customer's basic info). */
export function seesCustomerInFull(viewer: Viewer, customer: SubCustomer): boolean {
  if (customer.partner.id !== viewer.partner.id) return false;
  if (viewer.customerScope === 'ALL') return true;
  return customer.accountManager != null && viewer.accountManagerIds.includes(customer.accountManager.id);
}

/** Refuses fields beyond basic info on a customer the viewer sees only as its reseller's customer. */
export function assertCustomerInFull(viewer: Viewer, customer: SubCustomer, field: string): void {
  if (!seesCustomerInFull(viewer, customer)) {
    throw forbidden(`${field} of a cloud reseller's customer is not visible to its distributor; contact the reseller.`);
  }
}

/** How the viewer relates to a partner row it can reach. */
export type PartnerRelation = 'SELF' | 'RESELLER' | 'PARENT' | 'NONE';

export function partnerRelation(viewer: Viewer, partnerId: number): PartnerRelation {
  if (partnerId === viewer.partner.id) return 'SELF';
  if (viewer.resellerIds.includes(partnerId)) return 'RESELLER';
  if (viewer.partner.parent?.id === partnerId) return 'PARENT';
  return 'NONE';
}

export function assertPartnerRelation(
  viewer: Viewer,
  partnerId: number,
  allowed: PartnerRelation[],
  field: string,
): PartnerRelation {
  const relation = partnerRelation(viewer, partnerId);
  if (!allowed.includes(relation)) throw forbidden(`${field} of this partner is not visible to you.`);
  return relation;
}

/** The rows of a lead's kind the viewer sees: its partner's, or (scope not ALL) those assigned to its account managers. */
export type OwnLeadRows = { partner: number; assignedManager?: { $in: number[] } };

/** Leads (线索管理) like customers: an account manager sees only the leads assigned to it (or its managers). */
export function ownLeadFilter(viewer: Viewer): OwnLeadRows {
  const own: OwnLeadRows = { partner: viewer.partner.id };
  if (viewer.customerScope !== 'ALL') own.assignedManager = { $in: viewer.accountManagerIds };
  return own;
}
