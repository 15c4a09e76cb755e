/**
 * 代下单授权 as the customer gives and takes it (seed 004): the signed-in customer grants its partner
 * order-on-behalf authorization and cancels it with a reason and a verification code. Each change is
 * a row (GRANTED, then REVOKED with revokedAt), so the history stays.
 */
import type { SqlEntityManager } from '@mikro-orm/knex';
import type { Context } from '../../context';
import { UserError } from '../../common/errors';
import { toGlobalId } from '../../common/global-id';
import { firstRefusal, refusal, success } from '../../common/mutation-kit';
import { type CustomerActor, requireCustomer } from '../../permissions/viewer';
import { recordAudit } from '../audit/audit.service';
import { orderAuthorizationChanged } from '../notification/notification.events';
import type { SubCustomer } from '../customer/customer.entity';
import { SensitiveOperation } from '../verification/verification.enums';
import { customerVerified } from '../verification/verification.service';
import { OrderAuthorization } from './association.entity';
import { OrderAuthorizationStatus } from './association.enums';
import type { RevokeOrderAuthorizationInput } from './association.mutation-inputs';
import type { OrderAuthorizationPayload } from './association.payloads';
import { associationEnded, lockCustomerRow, MAX_REASON_LENGTH } from './association.rules';

const refused = refusal<OrderAuthorizationPayload>({ orderAuthorization: null });

/** The customer's latest authorization to its partner (what SubCustomer.orderAuthorization shows). */
async function latest(tx: SqlEntityManager, customer: SubCustomer): Promise<OrderAuthorization | null> {
  return tx.findOne(
    OrderAuthorization,
    { partner: customer.partner.id, customer: customer.id },
    { orderBy: { grantedAt: 'desc', id: 'desc' }, refresh: true },
  );
}

/** The customer's association in force, its row locked so grants and revokes of one customer queue. */
async function lockedAssociation(tx: SqlEntityManager, actor: CustomerActor): Promise<SubCustomer | UserError> {
  const customer = actor.customer;
  const none = () =>
    new UserError(
      'CUSTOMER_NOT_ASSOCIATED',
      'Your account is associated with no partner: there is nobody to authorize.',
      null,
    );
  if (!customer || customer.unboundAt) return none();
  await lockCustomerRow(tx, customer.id);
  // Read again under the lock: an approved unbind may have ended the association meanwhile.
  return (await associationEnded(tx, customer.partner.id, customer.id)) ? none() : customer;
}

/** The customer as notifications name it. */
const aboutCustomer = (customer: SubCustomer) => ({
  partnerId: customer.partner.id,
  customerId: customer.id,
  accountName: customer.accountName,
});

/** The customer grants its partner 代下单授权; granting while the latest is GRANTED changes nothing. */
export async function grantOrderAuthorization(ctx: Context): Promise<OrderAuthorizationPayload> {
  const actor = requireCustomer(ctx);
  return ctx.em.transactional(async (tx) => {
    const customer = await lockedAssociation(tx, actor);
    if (customer instanceof UserError) return refused(customer);
    const current = await latest(tx, customer);
    if (current?.status === OrderAuthorizationStatus.GRANTED)
      return success<OrderAuthorizationPayload>({ orderAuthorization: current });
    const id = await tx.insert(OrderAuthorization, {
      partner: customer.partner.id,
      customer: customer.id,
      status: OrderAuthorizationStatus.GRANTED,
      grantedAt: new Date(),
      revokedAt: null,
    });
    await recordAudit(tx, ctx, {
      action: 'grantOrderAuthorization',
      target: toGlobalId('SubCustomer', customer.id),
      before: { status: current?.status ?? null },
      after: { status: OrderAuthorizationStatus.GRANTED, orderAuthorization: toGlobalId('OrderAuthorization', id) },
    });
    await orderAuthorizationChanged(tx, { ...aboutCustomer(customer), granted: true });
    return success<OrderAuthorizationPayload>({ orderAuthorization: await tx.findOneOrFail(OrderAuthorization, id) });
  });
}

function reasonRequired(reason: string): UserError | null {
  const trimmed = reason.trim();
  if (!trimmed)
    return new UserError('REASON_REQUIRED', 'Give a reason for cancelling the authorization.', 'input.reason');
  return trimmed.length > MAX_REASON_LENGTH
    ? new UserError('REASON_TOO_LONG', `reason is longer than ${MAX_REASON_LENGTH} characters.`, 'input.reason')
    : null;
}

/** 取消授权: the customer cancels its authorization, with a reason and a verification code. */
export async function revokeOrderAuthorization(
  ctx: Context,
  input: RevokeOrderAuthorizationInput,
): Promise<OrderAuthorizationPayload> {
  const actor = requireCustomer(ctx);
  const badReason = reasonRequired(input.reason);
  if (badReason) return refused(badReason);
  return ctx.em.transactional(async (tx) => {
    const customer = await lockedAssociation(tx, actor);
    if (customer instanceof UserError) return refused(customer);
    const current = await latest(tx, customer);
    const problem = await firstRefusal(
      () =>
        current?.status === OrderAuthorizationStatus.GRANTED
          ? null
          : new UserError('AUTHORIZATION_NOT_GRANTED', 'You have no GRANTED order-on-behalf authorization.', null),
      customerVerified(tx, ctx, SensitiveOperation.CANCEL_ORDER_AUTHORIZATION, input.verificationCode),
    );
    if (problem || !current)
      return refused(problem ?? new UserError('AUTHORIZATION_NOT_GRANTED', 'None granted.', null));
    await tx.nativeUpdate(
      OrderAuthorization,
      { id: current.id, status: OrderAuthorizationStatus.GRANTED },
      { status: OrderAuthorizationStatus.REVOKED, revokedAt: new Date() },
    );
    await recordAudit(tx, ctx, {
      action: 'revokeOrderAuthorization',
      target: toGlobalId('SubCustomer', customer.id),
      before: { status: OrderAuthorizationStatus.GRANTED },
      after: {
        status: OrderAuthorizationStatus.REVOKED,
        orderAuthorization: toGlobalId('OrderAuthorization', current.id),
        reason: input.reason.trim(),
      },
    });
    await orderAuthorizationChanged(tx, { ...aboutCustomer(customer), granted: false });
    return success<OrderAuthorizationPayload>({ orderAuthorization: await latest(tx, customer) });
  });
}
