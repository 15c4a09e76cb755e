import { type FilterQuery, raw } from '@mikro-orm/core';
import type { Context } from '../../context';
import { toPageRequest, type ConnectionArgs } from '../../common/connection';
import { checkDateRange } from '../../common/filters';
import { findPage, type SqlEntityManager } from '../../common/paging';
import { assertPartnerRelation } from '../../permissions/scopes';
import { requireOperator, requireViewer } from '../../permissions/viewer';
import { Invoice } from './invoice.entity';
import { INVOICED_STATUSES } from './invoice.rules';
import type { InvoiceFilter } from './invoice.types';

/** The filter's conditions (dates checked: from ≤ to). */
export function invoiceConditions(filter: InvoiceFilter | null | undefined): FilterQuery<Invoice>[] {
  if (!filter) return [];
  checkDateRange(filter.requestedFrom, filter.requestedTo, ['filter.requestedFrom', 'filter.requestedTo']);
  const c: FilterQuery<Invoice>[] = [];
  if (filter.status != null) c.push({ status: filter.status });
  if (filter.kind != null) c.push({ kind: filter.kind });
  if (filter.medium != null) c.push({ medium: filter.medium });
  if (filter.requestedFrom) c.push({ requestedAt: { $gte: filter.requestedFrom } });
  if (filter.requestedTo) c.push({ requestedAt: { $lt: filter.requestedTo } });
  return c;
}

/** Partner.invoices: the viewer's own partner's invoices, newest first. */
export function listInvoices(
  ctx: Context,
  partnerId: number,
  filter: InvoiceFilter | null | undefined,
  args: ConnectionArgs,
) {
  const viewer = requireViewer(ctx);
  const page = toPageRequest(args);
  assertPartnerRelation(viewer, partnerId, ['SELF'], 'invoices');
  return findPage(ctx.em, Invoice, { $and: [{ partner: partnerId }, ...invoiceConditions(filter)] }, page);
}

/** OperatorViewer.invoices: every partner's invoices, newest first (the review queue: filter SUBMITTED). */
export function listAllInvoices(ctx: Context, filter: InvoiceFilter | null | undefined, args: ConnectionArgs) {
  requireOperator(ctx);
  const page = toPageRequest(args);
  return findPage(ctx.em, Invoice, { $and: invoiceConditions(filter) }, page);
}

/**
 * What the partner has been invoiced and not returned, fen: the invoices (cloud-store and cloud)
 * ISSUED, SHIPPED, RECEIVED or RETURN_REQUESTED. The withdrawal workflow may refuse to withdraw an
 * invoiced amount until its invoices are returned (已开票的金额提现前需先退票).
 */
export async function invoicedAmountNotReturned(em: SqlEntityManager, partnerId: number): Promise<number> {
  const row = await em
    .createQueryBuilder(Invoice, 'i')
    .select([raw('coalesce(sum(i.amount), 0) as total')])
    .where({ partner: partnerId, status: { $in: [...INVOICED_STATUSES] } })
    .execute<{ total: number | string | null }>('get', false);
  return Number(row?.total ?? 0);
}
