/** Fixtures of the performance tests: seeded rows picked by what the test needs. */
import { SubCustomer } from '../../src/modules/customer/customer.entity';
import { Resource } from '../../src/modules/order/order.entity';
import { OrderStatus, ResourceStatus } from '../../src/modules/order/order.enums';
import type { TestServer } from '../support/server';
import { sql } from '../support/rows';

/**
 * The reseller's RESALE customer with the largest balance among those that granted order-on-behalf
 * authorization and have at least `count` paid, in-use main resources on no pending order; with them.
 */
export async function resellerCustomerWithResources(server: TestServer, partnerId: number, count: number) {
  const candidates = await sql<{ id: number }>(
    server,
    `select c.id from sub_customer c
      where c.partner_id = ? and c.association_type = 2 and c.unbound_at is null
        and (select a.status from order_authorization a where a.customer_id = c.id and a.partner_id = c.partner_id
             order by a.granted_at desc, a.id desc limit 1) = 'GRANTED'
        and not exists (select 1 from customer_order p where p.customer_id = c.id and p.status = ?)
      order by c.balance desc, c.id`,
    [partnerId, OrderStatus.PENDING_PAYMENT],
  );
  for (const { id } of candidates) {
    const resources = await server.em().find(
      Resource,
      {
        customer: Number(id),
        isMainResource: true,
        status: ResourceStatus.IN_USE,
        order: { paymentTime: { $ne: null } },
      },
      { orderBy: { id: 'asc' } },
    );
    if (resources.length >= count)
      return {
        customer: await server.em().findOneOrFail(SubCustomer, Number(id)),
        resources: resources.slice(0, count),
      };
  }
  throw new Error(`no customer of partner ${partnerId} with ${count} paid main resources`);
}
