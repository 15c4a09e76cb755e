/**
 * Unbinding as requests, as the seeds describe it (seed 003): either side asks, the other answers
 * within 7 days, and only an approval ends the association and moves coupons and balance. The
 * partner asks with unbindCustomer and answers with handleUnbindRequest; the customer asks with
 * requestUnbind and answers with answerUnbindRequest. A request nobody answers expires (EXPIRED,
 * maintenance job `expire-unbind-requests`, and refused at once when answered late).
 */
import type { SqlEntityManager } from '@mikro-orm/knex';
import type { Context } from '../../context';
import { UserError } from '../../common/errors';
import { idOfType, toGlobalId } from '../../common/global-id';
import { money } from '../../common/money';
import { firstRefusal, refusal, success } from '../../common/mutation-kit';
import { type CustomerActor, requireCustomer, type Viewer } from '../../permissions/viewer';
import { recordAudit } from '../audit/audit.service';
import {
  customerUnbindRequested,
  partnerUnbindRequested,
  unbindRequestAnsweredToPartner,
  unbindRequestExpired,
} from '../notification/notification.events';
import { CouponOperationType } from '../coupon/coupon.enums';
import { SubCustomer } from '../customer/customer.entity';
import { SensitiveOperation } from '../verification/verification.enums';
import { customerVerified } from '../verification/verification.service';
import { associationChanged, endAssociation, type Release, release, releaseAudit } from './association-release';
import { AssociationEvent } from './association.entity';
import { AssociationEventStatus, AssociationEventType, AssociationInitiator } from './association.enums';
import type { AnswerUnbindRequestInput, CustomerUnbindPayload, RequestUnbindInput } from './unbind-requests.inputs';
import { associationEnded, blocked, lockCustomerRow, reasonOf, reasonWithAnswer, tooSoon } from './association.rules';

/** How long the other side has to answer an unbind request (design; stated in the schema). */
export const UNBIND_REQUEST_TTL_DAYS = 7;
const UNBIND_REQUEST_TTL_MS = UNBIND_REQUEST_TTL_DAYS * 24 * 3600 * 1000;

/** UNBIND_REQUEST_PENDING when an unanswered, unexpired unbind request of the customer exists. */
export async function unbindPending(
  tx: SqlEntityManager,
  customerId: number,
  field: string,
): Promise<UserError | null> {
  const pending = await tx.count(AssociationEvent, {
    customer: customerId,
    eventType: AssociationEventType.UNBIND,
    status: AssociationEventStatus.PENDING,
    expiresAt: { $gt: new Date() },
  });
  return pending > 0
    ? new UserError(
        'UNBIND_REQUEST_PENDING',
        'An unbind request of this customer is waiting for an answer; answer it or wait until it expires.',
        field,
      )
    : null;
}

/**
 * UNBIND_REQUEST_EXPIRED for a request past its 7 days: marked EXPIRED by the maintenance job, or
 * not yet (the job runs every few hours).
 */
export function requestExpired(event: AssociationEvent, now = new Date()): UserError | null {
  const expired =
    event.eventType === AssociationEventType.UNBIND &&
    (event.status === AssociationEventStatus.EXPIRED ||
      (event.status === AssociationEventStatus.PENDING && event.expiresAt != null && event.expiresAt <= now));
  return expired && event.expiresAt
    ? new UserError(
        'UNBIND_REQUEST_EXPIRED',
        `This unbind request expired on ${event.expiresAt.toISOString()} unanswered; nothing changed. A new request may be made.`,
        'input.eventId',
      )
    : null;
}

/** unbindCustomer's effect once every rule passed: a PENDING request for the customer to answer. */
export async function requestUnbindByPartner(
  tx: SqlEntityManager,
  ctx: Context,
  viewer: Viewer,
  customer: SubCustomer,
  reason: string | null,
  now: Date,
) {
  const expiresAt = new Date(now.getTime() + UNBIND_REQUEST_TTL_MS);
  const eventId = await tx.insert(AssociationEvent, {
    partner: viewer.partner.id,
    customer: customer.id,
    eventType: AssociationEventType.UNBIND,
    initiator: AssociationInitiator.PARTNER,
    status: AssociationEventStatus.PENDING,
    reason,
    fromType: customer.associationType,
    toType: null,
    createdAt: now,
    expiresAt,
    handledAt: null,
    handledBy: null,
  });
  await partnerUnbindRequested(tx, {
    partnerId: viewer.partner.id,
    partnerName: viewer.partner.name,
    customerId: customer.id,
    accountName: customer.accountName,
    eventId,
    expiresAt,
  });
  await recordAudit(tx, ctx, {
    action: 'unbindCustomer',
    target: toGlobalId('SubCustomer', customer.id),
    before: { associated: true },
    after: { request: toGlobalId('AssociationEvent', eventId), status: AssociationEventStatus.PENDING },
  });
  return associationChanged(tx, viewer.partner.id, eventId, customer.id, null);
}

const customerRefused = refusal<CustomerUnbindPayload>({ event: null, reclaimedCouponCount: 0, returnedBalance: null });

const noSuchRequest = () =>
  new UserError('EVENT_NOT_FOUND', 'No association event of yours has that id.', 'input.eventId');

const endedMeanwhile = () =>
  new UserError('CUSTOMER_NOT_ASSOCIATED', 'Your association with your partner has ended.', null);

/** The signed-in customer's association, still in force, or CUSTOMER_NOT_ASSOCIATED. */
function currentAssociation(actor: CustomerActor): SubCustomer | UserError {
  return actor.customer && !actor.customer.unboundAt
    ? actor.customer
    : new UserError('CUSTOMER_NOT_ASSOCIATED', 'Your account is associated with no partner.', null);
}

/** The partner's PENDING, unexpired unbind request to this customer, or why not. */
async function partnerRequest(tx: SqlEntityManager, customerId: number, eventId: number) {
  const event = await tx.findOne(AssociationEvent, { id: eventId, customer: customerId }, { refresh: true });
  if (!event) return noSuchRequest();
  const expired = event.initiator === AssociationInitiator.PARTNER ? requestExpired(event) : null;
  if (expired) return expired;
  if (
    event.status !== AssociationEventStatus.PENDING ||
    event.eventType !== AssociationEventType.UNBIND ||
    event.initiator !== AssociationInitiator.PARTNER
  )
    return new UserError(
      'EVENT_NOT_PENDING',
      `Only a PENDING unbind request of your partner can be answered; this event is ${event.eventType} ${event.status}.`,
      'input.eventId',
    );
  return event;
}

/** Approving: the customer row locked, the request still pending under the lock, no debt or freeze. */
async function approvable(tx: SqlEntityManager, event: AssociationEvent): Promise<SubCustomer | UserError> {
  await lockCustomerRow(tx, event.customer.id);
  const current = await tx.findOne(AssociationEvent, event.id, { fields: ['status'], disableIdentityMap: true });
  if (current?.status !== AssociationEventStatus.PENDING)
    return new UserError('EVENT_NOT_PENDING', 'This unbind request was answered meanwhile.', 'input.eventId');
  const customer = await tx.findOneOrFail(SubCustomer, event.customer.id, { refresh: true });
  if (customer.unboundAt)
    return new UserError('CUSTOMER_NOT_ASSOCIATED', 'Your association has already ended.', 'input.eventId');
  return blocked(customer, 'input.eventId') ?? customer;
}

/**
 * The customer's 同意 / 驳回 of its partner's unbind request, with a verification code. Approving
 * reclaims the partner's coupons, returns the balance to the partner and ends the association, in
 * one transaction; rejecting changes nothing else. Safe to retry: a second answer finds the request
 * no longer PENDING (EVENT_NOT_PENDING) and changes nothing.
 */
export async function answerUnbindRequest(
  ctx: Context,
  input: AnswerUnbindRequestInput,
): Promise<CustomerUnbindPayload> {
  const actor = requireCustomer(ctx);
  const eventId = idOfType(input.eventId, 'AssociationEvent', 'input.eventId');
  const parsed = reasonOf(input);
  if (parsed instanceof UserError) return customerRefused(parsed);
  const { reason } = parsed;
  return ctx.em.transactional(async (tx) => {
    const event = actor.customer ? await partnerRequest(tx, actor.customer.id, eventId) : noSuchRequest();
    if (event instanceof UserError) return customerRefused(event);
    const customer = input.approve ? await approvable(tx, event) : null;
    if (customer instanceof UserError) return customerRefused(customer);
    const code = await customerVerified(tx, ctx, SensitiveOperation.ANSWER_UNBIND_REQUEST, input.verificationCode)();
    if (code) return customerRefused(code);
    const now = new Date();
    const status = input.approve ? AssociationEventStatus.APPROVED : AssociationEventStatus.REJECTED;
    const stored = reasonWithAnswer(event.reason, { approve: input.approve, reason, byCustomer: true });
    const answered = await tx.nativeUpdate(
      AssociationEvent,
      { id: event.id, status: AssociationEventStatus.PENDING },
      { status, handledAt: now, reason: stored },
    );
    if (answered !== 1)
      return customerRefused(
        new UserError('EVENT_NOT_PENDING', 'This unbind request was answered meanwhile.', 'input.eventId'),
      );
    let done: Release | null = null;
    let revoked = 0;
    if (customer) {
      done = await release(
        tx,
        { partnerId: event.partner.id, operatorId: null },
        customer,
        CouponOperationType.UNBIND_RECLAIM,
      );
      revoked = await endAssociation(tx, event.partner.id, customer.id, now);
    }
    await recordAudit(tx, ctx, {
      action: 'answerUnbindRequest',
      partnerId: event.partner.id,
      target: toGlobalId('AssociationEvent', event.id),
      before: { status: AssociationEventStatus.PENDING },
      after: {
        status,
        customer: toGlobalId('SubCustomer', event.customer.id),
        ...releaseAudit(done),
        ...(customer ? { revokedOrderAuthorizations: revoked } : {}),
      },
    });
    await unbindRequestAnsweredToPartner(tx, {
      partnerId: event.partner.id,
      customerId: event.customer.id,
      accountName: actor.account.accountName,
      approved: input.approve,
      eventId: event.id,
    });
    return success<CustomerUnbindPayload>({
      event: await tx.findOneOrFail(AssociationEvent, event.id, { refresh: true }),
      reclaimedCouponCount: done?.couponIds.length ?? 0,
      returnedBalance: done ? money(done.returnedFen) : null,
    });
  });
}

/**
 * The customer asks its partner to end the association (a PENDING UNBIND event the partner answers
 * with handleUnbindRequest within 7 days), with a verification code; the 3-month rule applies.
 */
export async function requestUnbind(ctx: Context, input: RequestUnbindInput): Promise<CustomerUnbindPayload> {
  const actor = requireCustomer(ctx);
  const parsed = reasonOf(input);
  if (parsed instanceof UserError) return customerRefused(parsed);
  const { reason } = parsed;
  return ctx.em.transactional(async (tx) => {
    const association = currentAssociation(actor);
    if (association instanceof UserError) return customerRefused(association);
    await lockCustomerRow(tx, association.id);
    const now = new Date();
    const problem = await firstRefusal(
      // Read again under the lock: an approval may have ended the association since the request began.
      async () => ((await associationEnded(tx, association.partner.id, association.id)) ? endedMeanwhile() : null),
      () => unbindPending(tx, association.id, 'input'),
      () => tooSoon(tx, association.partner.id, association.id, now, true),
      customerVerified(tx, ctx, SensitiveOperation.REQUEST_UNBIND, input.verificationCode),
    );
    if (problem) return customerRefused(problem);
    const eventId = await tx.insert(AssociationEvent, {
      partner: association.partner.id,
      customer: association.id,
      eventType: AssociationEventType.UNBIND,
      initiator: AssociationInitiator.CUSTOMER,
      status: AssociationEventStatus.PENDING,
      reason,
      fromType: association.associationType,
      toType: null,
      createdAt: now,
      expiresAt: new Date(now.getTime() + UNBIND_REQUEST_TTL_MS),
      handledAt: null,
      handledBy: null,
    });
    await recordAudit(tx, ctx, {
      action: 'requestUnbind',
      target: toGlobalId('SubCustomer', association.id),
      after: { request: toGlobalId('AssociationEvent', eventId), status: AssociationEventStatus.PENDING },
    });
    await customerUnbindRequested(tx, {
      partnerId: association.partner.id,
      customerId: association.id,
      accountName: association.accountName,
      eventId,
      reason,
    });
    return success<CustomerUnbindPayload>({
      event: await tx.findOneOrFail(AssociationEvent, eventId),
      reclaimedCouponCount: 0,
      returnedBalance: null,
    });
  });
}

/**
 * Marks unanswered unbind requests past their 7 days EXPIRED and tells both sides, one request per
 * transaction (conditional: an answer racing the job wins, and then nobody is told it expired).
 */
export async function expireUnbindRequests(em: SqlEntityManager, now: Date, limit: number): Promise<number> {
  const due = await em.find(
    AssociationEvent,
    { eventType: AssociationEventType.UNBIND, status: AssociationEventStatus.PENDING, expiresAt: { $lte: now } },
    { populate: ['customer'], orderBy: { id: 'asc' }, limit },
  );
  let expired = 0;
  for (const event of due) {
    expired += await em.transactional(async (tx) => {
      const changed = await tx.nativeUpdate(
        AssociationEvent,
        { id: event.id, status: AssociationEventStatus.PENDING },
        { status: AssociationEventStatus.EXPIRED, handledAt: event.expiresAt },
      );
      if (changed === 1)
        await unbindRequestExpired(tx, {
          partnerId: event.partner.id,
          customerId: event.customer.id,
          accountName: event.customer.getEntity().accountName,
          eventId: event.id,
        });
      return changed;
    });
  }
  return expired;
}
