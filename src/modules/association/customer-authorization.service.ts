import type { SqlEntityManager } from '@mikro-orm/knex';
import type { Context } from '../../context';
import { UserError } from '../../common/errors';
import { idOfType, toGlobalId } from '../../common/global-id';
import { refusal, success } from '../../common/mutation-kit';
import { ownCustomerFilter } from '../../permissions/scopes';
import { requireViewer } from '../../permissions/viewer';
import { recordAudit } from '../audit/audit.service';
import { orderAuthorizationChanged } from '../notification/notification.events';
import { SubCustomer } from '../customer/customer.entity';
import { OrderAuthorization } from './association.entity';
import { OrderAuthorizationStatus } from './association.enums';
import type { OrderAuthorizationInput } from './association.mutation-inputs';
import type { OrderAuthorizationPayload } from './association.payloads';
import { associationEnded, lockCustomerRow } from './association.rules';

const refused = refusal<OrderAuthorizationPayload>({ orderAuthorization: null });

/** The customer's latest authorization to the partner (what SubCustomer.orderAuthorization shows). */
async function latest(tx: SqlEntityManager, partnerId: number, customerId: number): Promise<OrderAuthorization | null> {
  return tx.findOne(
    OrderAuthorization,
    { partner: partnerId, customer: customerId },
    { orderBy: { grantedAt: 'desc', id: 'desc' }, refresh: true },
  );
}

/** Own customer in the viewer's row scope, its row locked (PostgreSQL) so grants and revokes of one customer queue. */
async function lockedCustomer(tx: SqlEntityManager, ctx: Context, customerId: number): Promise<SubCustomer | null> {
  const viewer = requireViewer(ctx);
  const customer = await tx.findOne(SubCustomer, { $and: [{ id: customerId }, ownCustomerFilter(viewer)] });
  if (customer) await lockCustomerRow(tx, customerId);
  return customer;
}

/** The customer as a notification names it. */
const aboutCustomer = (customer: SubCustomer) => ({
  partnerId: customer.partner.id,
  customerId: customer.id,
  accountName: customer.accountName,
});

const notFound = () =>
  new UserError('CUSTOMER_NOT_FOUND', 'No customer with that id is visible to you.', 'input.customerId');

/**
 * Simulates the customer granting 代下单授权 to the partner in the customer console (this graph has
 * no customer sign-in). A new GRANTED row, so the history of grants and revokes stays; granting
 * while the latest is GRANTED changes nothing.
 */
export async function grantOrderAuthorization(
  ctx: Context,
  input: OrderAuthorizationInput,
): Promise<OrderAuthorizationPayload> {
  const viewer = requireViewer(ctx);
  const customerId = idOfType(input.customerId, 'SubCustomer', 'input.customerId');
  return ctx.em.transactional(async (tx) => {
    const customer = await lockedCustomer(tx, ctx, customerId);
    if (!customer) return refused(notFound());
    if (await associationEnded(tx, viewer.partner.id, customerId)) {
      return refused(
        new UserError(
          'CUSTOMER_NOT_ASSOCIATED',
          "This customer's association with your partner has ended (unbound): it cannot authorize you.",
          'input.customerId',
        ),
      );
    }
    const current = await latest(tx, viewer.partner.id, customerId);
    if (current?.status === OrderAuthorizationStatus.GRANTED)
      return success<OrderAuthorizationPayload>({ orderAuthorization: current });
    const now = new Date();
    const id = await tx.insert(OrderAuthorization, {
      partner: viewer.partner.id,
      customer: customerId,
      status: OrderAuthorizationStatus.GRANTED,
      grantedAt: now,
      revokedAt: null,
    });
    await recordAudit(tx, ctx, {
      action: 'grantOrderAuthorization',
      target: toGlobalId('SubCustomer', customerId),
      before: { status: current?.status ?? null },
      after: {
        status: OrderAuthorizationStatus.GRANTED,
        orderAuthorization: toGlobalId('OrderAuthorization', id),
        simulatedCustomerAction: true,
      },
    });
    await orderAuthorizationChanged(tx, { ...aboutCustomer(customer), granted: true });
    return success<OrderAuthorizationPayload>({ orderAuthorization: await tx.findOneOrFail(OrderAuthorization, id) });
  });
}

/** Simulates the customer revoking (取消授权) its order-on-behalf authorization. */
export async function revokeOrderAuthorization(
  ctx: Context,
  input: OrderAuthorizationInput,
): Promise<OrderAuthorizationPayload> {
  const viewer = requireViewer(ctx);
  const customerId = idOfType(input.customerId, 'SubCustomer', 'input.customerId');
  return ctx.em.transactional(async (tx) => {
    const customer = await lockedCustomer(tx, ctx, customerId);
    if (!customer) return refused(notFound());
    const now = new Date();
    const revoked = await tx.nativeUpdate(
      OrderAuthorization,
      { partner: viewer.partner.id, customer: customerId, status: OrderAuthorizationStatus.GRANTED },
      { status: OrderAuthorizationStatus.REVOKED, revokedAt: now },
    );
    if (revoked === 0)
      return refused(
        new UserError(
          'AUTHORIZATION_NOT_GRANTED',
          'The customer has no GRANTED order-on-behalf authorization to your partner.',
          'input.customerId',
        ),
      );
    const current = await latest(tx, viewer.partner.id, customerId);
    await recordAudit(tx, ctx, {
      action: 'revokeOrderAuthorization',
      target: toGlobalId('SubCustomer', customerId),
      before: { status: OrderAuthorizationStatus.GRANTED },
      after: {
        status: OrderAuthorizationStatus.REVOKED,
        orderAuthorization: current ? toGlobalId('OrderAuthorization', current.id) : null,
        simulatedCustomerAction: true,
      },
    });
    await orderAuthorizationChanged(tx, { ...aboutCustomer(customer), granted: false });
    return success<OrderAuthorizationPayload>({ orderAuthorization: current });
  });
}
