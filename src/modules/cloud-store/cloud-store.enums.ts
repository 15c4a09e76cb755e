import { registerEnumType } from 'type-graphql';

/** Where a cloud-store (云商店) order stands, as the provider's marketplace reports it. */
export enum CloudStoreOrderStatus {
  PAID = 'PAID',
  IN_ARREARS = 'IN_ARREARS',
  REFUNDED = 'REFUNDED',
}

registerEnumType(CloudStoreOrderStatus, {
  name: 'CloudStoreOrderStatus',
  description: 'State of a cloud-store (云商店) order.',
  valuesConfig: {
    PAID: { description: '已支付: paid in full; it may be invoiced (requestInvoice).' },
    IN_ARREARS: {
      description: '欠费: not (fully) paid; requestInvoice answers CLOUD_STORE_ORDER_IN_ARREARS until it is paid.',
    },
    REFUNDED: { description: '已退款: refunded; never invoiced (CLOUD_STORE_ORDER_NOT_INVOICEABLE).' },
  },
});
