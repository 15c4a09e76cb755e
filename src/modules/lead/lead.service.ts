/** The lead reads: a partner's leads in the member's row scope, and the operators' lists. */
import type { FilterQuery } from '@mikro-orm/core';
import type { Context } from '../../context';
import { type ConnectionArgs, toPageRequest } from '../../common/connection';
import { containsText } from '../../common/filters';
import { idOfType } from '../../common/global-id';
import { findPage } from '../../common/paging';
import { assertPartnerRelation, ownLeadFilter } from '../../permissions/scopes';
import { requireOperator, requireViewer } from '../../permissions/viewer';
import { Lead, LeadCallRequest } from './lead.entity';
import type { LeadCallFilter, LeadFilter, OperatorLeadFilter } from './lead.types';

/** The columns a search compares with: never the contacts of an anonymised (plan 2.0) partner's leads. */
const SEARCHED = ['company_name', 'contact_name'];
const SEARCHED_WITH_CONTACTS = [...SEARCHED, 'phone', 'email'];

/**
 * The filter's conditions. `contactsSearchable`: whether the search may compare with phone and
 * e-mail (false for marketing plan 2.0 partners: the search must not reveal them).
 */
function conditions(filter: LeadFilter | null | undefined, contactsSearchable: boolean): FilterQuery<Lead>[] {
  const where: FilterQuery<Lead>[] = [];
  if (filter?.status != null) where.push({ status: filter.status });
  if (filter?.source != null) where.push({ source: filter.source });
  if (filter?.assignedManagerId != null)
    where.push({ assignedManager: idOfType(filter.assignedManagerId, 'Member', 'filter.assignedManagerId') });
  if (filter?.unassigned != null) where.push({ assignedManager: filter.unassigned ? null : { $ne: null } });
  if (filter?.search != null) {
    const columns = contactsSearchable ? SEARCHED_WITH_CONTACTS : SEARCHED;
    where.push({ $or: columns.map((c) => containsText(c, filter.search ?? '', 'filter.search')) });
  }
  return where;
}

/** Partner.leads: the viewer's own partner's leads in its row scope, newest first. */
export function listLeads(
  ctx: Context,
  partnerId: number,
  filter: LeadFilter | null | undefined,
  args: ConnectionArgs,
) {
  const viewer = requireViewer(ctx);
  const page = toPageRequest(args);
  assertPartnerRelation(viewer, partnerId, ['SELF'], 'leads');
  // Built per query: the search is raw SQL fragments, which MikroORM uses up once.
  const where = () => ({ $and: [ownLeadFilter(viewer), ...conditions(filter, !viewer.partner.marketingPlan2)] });
  return findPage(ctx.em, Lead, where, page);
}

/** OperatorViewer.leads: every partner's leads, newest first; searches match contacts in full. */
export function listLeadsForOperator(
  ctx: Context,
  filter: OperatorLeadFilter | null | undefined,
  args: ConnectionArgs,
) {
  requireOperator(ctx);
  const page = toPageRequest(args);
  const partner = filter?.partnerId == null ? null : idOfType(filter.partnerId, 'Partner', 'filter.partnerId');
  const where = (): FilterQuery<Lead> => {
    const all = [...(partner == null ? [] : [{ partner }]), ...conditions(filter, true)];
    return all.length ? { $and: all } : {};
  };
  return findPage(ctx.em, Lead, where, page);
}

/** OperatorViewer.leadCallRequests: the platform's outbound-call work list, newest first. */
export function listLeadCallRequests(ctx: Context, filter: LeadCallFilter | null | undefined, args: ConnectionArgs) {
  requireOperator(ctx);
  const page = toPageRequest(args);
  return findPage(ctx.em, LeadCallRequest, filter?.status != null ? { status: filter.status } : {}, page);
}
