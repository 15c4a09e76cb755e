/**
 * A PENDING_PAYMENT yearly/monthly order the customer placed itself on the cloud platform (the
 * platform creates orders; no operation of this graph does), one line item, for payment tests.
 */
import { SubCustomer } from '../../src/modules/customer/customer.entity';
import { Order, OrderLineItem } from '../../src/modules/order/order.entity';
import { OrderSource, OrderStatus, OrderType, PeriodType } from '../../src/modules/order/order.enums';
import type { TestServer } from './server';
import { DAY } from './time';

let placed = 0;

export async function placePendingOrder(
  server: Pick<TestServer, 'em'>,
  customerId: number,
  amount: number,
  prefix = 'CSTEST',
): Promise<Order> {
  const fork = server.em();
  const customer = await fork.findOneOrFail(SubCustomer, customerId);
  const order = fork.create(Order, {
    partner: customer.partner.id,
    customer: customerId,
    orderId: `${prefix}${String(++placed).padStart(8, '0')}`,
    status: OrderStatus.PENDING_PAYMENT,
    orderType: OrderType.NEW,
    sourceType: OrderSource.CUSTOMER,
    serviceTypeCode: 'hws.service.type.ec2',
    officialAmount: amount,
    amountAfterDiscount: amount,
    discounts: [],
    couponAmount: 0,
    cashCouponAmount: 0,
    createTime: new Date(),
    paymentTime: null,
    pendingPaymentEndTime: new Date(Date.now() + 30 * DAY),
    version: 1,
  });
  fork.create(OrderLineItem, {
    order,
    productId: 'OFFI-TEST-0001',
    serviceTypeCode: 'hws.service.type.ec2',
    productSpecDesc: 'c7.large.2 | 2vCPUs | 4GiB | linux',
    periodType: PeriodType.MONTH,
    periodNum: 1,
    subscriptionNum: 1,
    amount,
    effectiveTime: null,
    expireTime: null,
  });
  await fork.flush();
  return order;
}
