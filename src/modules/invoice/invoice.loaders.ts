import type { Context } from '../../context';
import { findByIds } from '../../common/paging';
import { registerNodeType } from '../../common/node-registry';
import { requireViewer } from '../../permissions/viewer';
import { CloudStoreOrder } from '../cloud-store/cloud-store.entity';
import { Partner } from '../partner/partner.entity';
import { Invoice, InvoiceItem } from './invoice.entity';

/** Invoices of the viewer's own partner by primary key. */
export function invoiceById(ctx: Context) {
  const viewer = requireViewer(ctx);
  return ctx.loaders.get<number, Invoice | null>('invoiceById', '', (ids) =>
    findByIds(ctx.em, Invoice, ids, { partner: viewer.partner.id }),
  );
}

/** The orders of each invoice (the invoice was already admitted): two statements for a whole page. */
export function ordersByInvoiceId(ctx: Context) {
  return ctx.loaders.get<number, CloudStoreOrder[]>('ordersByInvoiceId', '', async (ids) => {
    const items = await ctx.em.find(InvoiceItem, { invoice: { $in: [...ids] } }, { orderBy: { id: 'asc' } });
    const orders = await findByIds(ctx.em, CloudStoreOrder, [...new Set(items.map((i) => i.order.id))], {});
    const byId = new Map(orders.filter((o) => o != null).map((o) => [o.id, o]));
    return ids.map((id) =>
      items.filter((i) => i.invoice.id === id).flatMap((i) => (byId.has(i.order.id) ? [byId.get(i.order.id)!] : [])),
    );
  });
}

/** The partner an invoice belongs to (its name is what an operator's review list shows). */
export function invoicePartnerById(ctx: Context) {
  return ctx.loaders.get<number, Partner | null>('invoicePartnerById', '', (ids) =>
    findByIds(ctx.em, Partner, ids, {}),
  );
}

registerNodeType('Invoice', (ctx, ids) => invoiceById(ctx).loadMany(ids));
