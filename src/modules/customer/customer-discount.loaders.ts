import type { FilterQuery } from '@mikro-orm/core';
import type { Context } from '../../context';
import { ownCustomerRowsFilter } from '../../permissions/scopes';
import { requireViewer } from '../../permissions/viewer';
import { CustomerDiscount } from './customer-discount.entity';

/** Every-service discounts first, then by service type, then by start. */
function discountOrder(a: CustomerDiscount, b: CustomerDiscount): number {
  const sa = a.serviceTypeCode ?? '';
  const sb = b.serviceTypeCode ?? '';
  if (sa !== sb) return sa < sb ? -1 : 1;
  return a.effectiveTime.getTime() - b.effectiveTime.getTime() || a.id - b.id;
}

/**
 * The discounts of many customers with the viewer's partner, in one statement: those not yet
 * expired at the request's time, or all of them. Callers pass customers the viewer sees in full.
 */
export function discountsByCustomerId(ctx: Context, includeExpired: boolean) {
  const viewer = requireViewer(ctx);
  const now = ctx.now;
  return ctx.loaders.get<number, CustomerDiscount[]>(
    'discountsByCustomerId',
    includeExpired ? 'all' : 'current',
    async (customerIds) => {
      const conditions: FilterQuery<CustomerDiscount>[] = [
        ownCustomerRowsFilter<CustomerDiscount>(viewer),
        { customer: { $in: [...customerIds] } },
      ];
      if (!includeExpired) conditions.push({ $or: [{ expireTime: null }, { expireTime: { $gt: now } }] });
      const rows = await ctx.em.find(CustomerDiscount, { $and: conditions });
      const byCustomer = new Map<number, CustomerDiscount[]>();
      for (const row of rows) {
        const list = byCustomer.get(row.customer.id) ?? [];
        list.push(row);
        byCustomer.set(row.customer.id, list);
      }
      return customerIds.map((id) => (byCustomer.get(id) ?? []).sort(discountOrder));
    },
  );
}
