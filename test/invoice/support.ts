/** Fixtures of the invoice tests: seeded orders by state, and the request input. */
import { CloudStoreOrder } from '../../src/modules/cloud-store/cloud-store.entity';
import { CloudStoreOrderStatus } from '../../src/modules/cloud-store/cloud-store.enums';
import type { RequestInvoiceInput } from '../generated/graphql';
import { gid } from '../support/ids';
import type { TestServer } from '../support/server';

/** Orders of the partner in a status, oldest first; `free`: on no live invoice. */
export function ordersOf(server: TestServer, partner: number, status: CloudStoreOrderStatus, free?: boolean) {
  return server
    .em()
    .find(
      CloudStoreOrder,
      { partner, status, ...(free == null ? {} : { liveInvoiceId: free ? null : { $ne: null } }) },
      { orderBy: { id: 'asc' } },
    );
}

/** A free PAID order of the partner under (small) or at least 100 元. */
export async function freeOrder(server: TestServer, partner: number, small: boolean): Promise<CloudStoreOrder> {
  const orders = await ordersOf(server, partner, CloudStoreOrderStatus.PAID, true);
  const order = orders.find((o) => o.amount < 10_000 === small);
  if (!order) throw new Error(`no free ${small ? 'small' : 'large'} order of partner ${partner}`);
  return order;
}

/** An electronic VAT general invoice for a personal title over the orders (override what a test needs). */
export function requestInput(orders: CloudStoreOrder[], over: Partial<RequestInvoiceInput> = {}): RequestInvoiceInput {
  return {
    orderIds: orders.map((o) => gid('CloudStoreOrder', o.id)),
    title: { type: 'PERSONAL', name: '王小明' },
    invoiceType: 'VAT_GENERAL',
    medium: 'ELECTRONIC',
    ...over,
  };
}

export const PAPER: Partial<RequestInvoiceInput> = {
  medium: 'PAPER',
  title: { type: 'ENTERPRISE', name: '云汇科技有限公司', taxId: '91110108MA01234567' },
  invoiceType: 'VAT_SPECIAL',
  mailingAddress: { recipientName: '李娜', phone: '0086-13900000000', address: '北京市海淀区中关村大街 1 号' },
};
