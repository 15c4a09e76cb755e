import type { SqlEntityManager } from '@mikro-orm/knex';
import type { Context } from '../../context';
import { UserError } from '../../common/errors';
import { idOfType, toGlobalId } from '../../common/global-id';
import { formatFen } from '../../common/money';
import { refusal } from '../../common/mutation-kit';
import { ownCustomerRowsFilter } from '../../permissions/scopes';
import { requireViewer, type Viewer } from '../../permissions/viewer';
import { recordAudit } from '../audit/audit.service';
import { unbindRequestAnsweredToCustomer } from '../notification/notification.events';
import { CouponOperationType } from '../coupon/coupon.enums';
import { SubCustomer } from '../customer/customer.entity';
import { AssociationType } from '../customer/customer.enums';
import { idempotent } from '../idempotency/idempotency.service';
import { partnerStatusError } from '../partner/partner.guards';
import { SensitiveOperation } from '../verification/verification.enums';
import { consumeVerificationCode } from '../verification/verification.service';
import { associationChanged, endAssociation, type Release, release, releaseAudit } from './association-release';
import { requestExpired, requestUnbindByPartner, unbindPending } from './unbind-requests.service';
import { AssociationEvent } from './association.entity';
import { AssociationEventStatus, AssociationEventType, AssociationInitiator } from './association.enums';
import type {
  HandleUnbindRequestInput,
  SwitchAssociationTypeInput,
  UnbindCustomerInput,
} from './association.mutation-inputs';
import type { AssociationChangePayload } from './association.payloads';
import {
  associationEnded,
  blocked,
  customerNotFound,
  lockOwnCustomer,
  notAssociated,
  reasonOf,
  reasonWithAnswer,
  tooSoon,
} from './association.rules';
import { moveCustomers } from '../performance/consumption-rollup';

const refused = refusal<AssociationChangePayload>({
  event: null,
  customer: null,
  reclaimedCoupons: [],
  adjustRecord: null,
  partner: null,
});

// ── unbindCustomer, switchAssociationType ────────────────────────────────────────────────────────

type Change = { kind: 'unbind'; input: UnbindCustomerInput } | { kind: 'switch'; input: SwitchAssociationTypeInput };

/** The customer, locked, once every rule of the change passed (verification last), or why not. */
async function changeable(
  tx: SqlEntityManager,
  ctx: Context,
  viewer: Viewer,
  change: Change,
  customerId: number,
  now: Date,
): Promise<SubCustomer | UserError> {
  const status = partnerStatusError(viewer);
  if (status) return status;
  const customer = await lockOwnCustomer(tx, viewer, customerId);
  if (!customer) return customerNotFound('input.customerId');
  if (await associationEnded(tx, viewer.partner.id, customer.id)) return notAssociated('input.customerId');
  if (change.kind === 'switch' && change.input.toType === customer.associationType)
    return new UserError(
      'ALREADY_THIS_TYPE',
      `The customer is already ${AssociationType[customer.associationType]}.`,
      'input.toType',
    );
  // An open unbind request (either side's) holds the association: no second request, no switch.
  const problem =
    (await unbindPending(tx, customer.id, 'input.customerId')) ??
    (await tooSoon(tx, viewer.partner.id, customer.id, now)) ??
    blocked(customer, 'input.customerId');
  if (problem) return problem;
  const sensitive =
    change.kind === 'unbind' ? SensitiveOperation.UNBIND_CUSTOMER : SensitiveOperation.SWITCH_ASSOCIATION_TYPE;
  return (await consumeVerificationCode(tx, ctx, sensitive, change.input.verificationCode)) ?? customer;
}

/** The switch itself: money and coupons leave on a switch away from RESALE. */
async function applySwitch(tx: SqlEntityManager, viewer: Viewer, customer: SubCustomer, toType: AssociationType) {
  const fromType = customer.associationType;
  const done =
    fromType === AssociationType.RESALE
      ? await release(tx, releaserOf(viewer), customer, CouponOperationType.SWITCH_RECLAIM)
      : null;
  // resaleRevenue splits by the current association type: the customer's roll-up rows move with it.
  const updated = await moveCustomers(tx, [customer.id], () =>
    tx.nativeUpdate(SubCustomer, { id: customer.id, associationType: fromType }, { associationType: toType }),
  );
  if (updated !== 1) throw new Error(`association type of customer ${customer.id} changed under its row lock`);
  return done;
}

const releaserOf = (viewer: Viewer) => ({ partnerId: viewer.partner.id, operatorId: viewer.member.id });

async function changeAssociation(ctx: Context, change: Change): Promise<AssociationChangePayload> {
  const viewer = requireViewer(ctx);
  const { input } = change;
  const customerId = idOfType(input.customerId, 'SubCustomer', 'input.customerId');
  const reason = reasonOf(input);
  if (reason instanceof UserError) return refused(reason);
  const operation = change.kind === 'unbind' ? 'unbindCustomer' : 'switchAssociationType';
  return idempotent(ctx, {
    operation,
    input,
    refused,
    execute: async (tx) => {
      const now = new Date();
      const customer = await changeable(tx, ctx, viewer, change, customerId, now);
      if (customer instanceof UserError) return refused(customer);
      // An unbind is a request the customer answers (unbind-requests.service.ts); nothing moves yet.
      if (change.kind === 'unbind') return requestUnbindByPartner(tx, ctx, viewer, customer, reason.reason, now);
      const fromType = customer.associationType;
      const toType = change.input.toType;
      const done = await applySwitch(tx, viewer, customer, toType);
      const eventId = await tx.insert(AssociationEvent, {
        partner: viewer.partner.id,
        customer: customer.id,
        eventType: AssociationEventType.SWITCH_TYPE,
        initiator: AssociationInitiator.PARTNER,
        status: AssociationEventStatus.COMPLETED,
        reason: reason.reason,
        fromType,
        toType,
        createdAt: now,
        handledAt: now,
        handledBy: viewer.member.id,
      });
      await recordAudit(tx, ctx, {
        action: operation,
        target: toGlobalId('SubCustomer', customer.id),
        before: { associationType: AssociationType[fromType], balance: formatFen(customer.balance) },
        after: {
          associationType: AssociationType[toType],
          event: toGlobalId('AssociationEvent', eventId),
          ...releaseAudit(done),
        },
      });
      return associationChanged(tx, viewer.partner.id, eventId, customer.id, done);
    },
  });
}

/**
 * 解除关联: asks one of your customers to end the association (a PENDING UNBIND event the customer
 * answers with answerUnbindRequest within 7 days); coupons and balance move only on its approval.
 */
export const unbindCustomer = (ctx: Context, input: UnbindCustomerInput) =>
  changeAssociation(ctx, { kind: 'unbind', input });

/** 切换关联类型: ADVISORY ↔ RESALE; away from RESALE reclaims coupons (type 8) and returns the balance. */
export const switchAssociationType = (ctx: Context, input: SwitchAssociationTypeInput) =>
  changeAssociation(ctx, { kind: 'switch', input });

// ── handleUnbindRequest ─────────────────────────────────────────────────────────────────────────

const answeredMeanwhile = () =>
  new UserError('EVENT_NOT_PENDING', 'This unbind request was answered meanwhile.', 'input.eventId');

/** The customer's PENDING unbind request to the viewer's partner, or why not. */
async function pendingRequest(tx: SqlEntityManager, viewer: Viewer, eventId: number) {
  const event = await tx.findOne(
    AssociationEvent,
    { $and: [{ id: eventId }, ownCustomerRowsFilter<AssociationEvent>(viewer)] },
    { refresh: true },
  );
  if (!event)
    return new UserError('EVENT_NOT_FOUND', 'No association event of your partner has that id.', 'input.eventId');
  const expired = event.initiator === AssociationInitiator.CUSTOMER ? requestExpired(event) : null;
  if (expired) return expired;
  if (
    event.status !== AssociationEventStatus.PENDING ||
    event.eventType !== AssociationEventType.UNBIND ||
    event.initiator !== AssociationInitiator.CUSTOMER
  )
    return new UserError(
      'EVENT_NOT_PENDING',
      `Only a PENDING unbind request of a customer can be answered; this event is ${event.eventType} ${event.status}.`,
      'input.eventId',
    );
  return event;
}

/** Approving unbinds: the customer, locked, and the request still pending once we hold the lock. */
async function approvable(tx: SqlEntityManager, viewer: Viewer, event: AssociationEvent) {
  const status = partnerStatusError(viewer);
  if (status) return status;
  const customer = await lockOwnCustomer(tx, viewer, event.customer.id);
  if (!customer) return customerNotFound('input.eventId');
  // Another answer may have gone through while we waited for the lock: read the request again.
  const current = await tx.findOne(AssociationEvent, event.id, { fields: ['status'], disableIdentityMap: true });
  if (current?.status !== AssociationEventStatus.PENDING) return answeredMeanwhile();
  if (await associationEnded(tx, viewer.partner.id, customer.id)) return notAssociated('input.eventId');
  return blocked(customer, 'input.eventId') ?? customer;
}

/** Records the answer; conditional: of two answers racing, exactly one finds the request still PENDING. */
async function recordAnswer(
  tx: SqlEntityManager,
  viewer: Viewer,
  event: AssociationEvent,
  input: HandleUnbindRequestInput,
  reason: string | null,
  now: Date,
): Promise<boolean> {
  const answered = await tx.nativeUpdate(
    AssociationEvent,
    { id: event.id, status: AssociationEventStatus.PENDING },
    {
      status: input.approve ? AssociationEventStatus.APPROVED : AssociationEventStatus.REJECTED,
      handledAt: now,
      handledBy: viewer.member.id,
      reason: reasonWithAnswer(event.reason, { approve: input.approve, reason, byCustomer: false }),
    },
  );
  return answered === 1;
}

/** The customer hears the answer (in-app, and by SMS or e-mail). */
async function tellCustomer(tx: SqlEntityManager, viewer: Viewer, event: AssociationEvent, approved: boolean) {
  const customer = await tx.findOneOrFail(SubCustomer, event.customer.id, {
    fields: ['accountName'],
    disableIdentityMap: true,
  });
  await unbindRequestAnsweredToCustomer(tx, {
    partnerId: viewer.partner.id,
    partnerName: viewer.partner.name,
    customerId: event.customer.id,
    accountName: customer.accountName,
    approved,
    eventId: event.id,
  });
}

/** 同意 / 驳回 a customer's PENDING unbind request; approving has the effects of unbindCustomer. */
export async function handleUnbindRequest(
  ctx: Context,
  input: HandleUnbindRequestInput,
): Promise<AssociationChangePayload> {
  const viewer = requireViewer(ctx);
  const eventId = idOfType(input.eventId, 'AssociationEvent', 'input.eventId');
  const reason = reasonOf(input);
  if (reason instanceof UserError) return refused(reason);
  return idempotent(ctx, {
    operation: 'handleUnbindRequest',
    input,
    refused,
    execute: async (tx) => {
      const event = await pendingRequest(tx, viewer, eventId);
      if (event instanceof UserError) return refused(event);
      const customer = input.approve ? await approvable(tx, viewer, event) : null;
      if (customer instanceof UserError) return refused(customer);
      const code = await consumeVerificationCode(tx, ctx, SensitiveOperation.UNBIND_CUSTOMER, input.verificationCode);
      if (code) return refused(code);
      const now = new Date();
      if (!(await recordAnswer(tx, viewer, event, input, reason.reason, now))) return refused(answeredMeanwhile());
      let done: Release | null = null;
      let revoked = 0;
      if (customer) {
        done = await release(tx, releaserOf(viewer), customer, CouponOperationType.UNBIND_RECLAIM);
        revoked = await endAssociation(tx, viewer.partner.id, customer.id, now);
      }
      await recordAudit(tx, ctx, {
        action: 'handleUnbindRequest',
        target: toGlobalId('AssociationEvent', event.id),
        before: { status: AssociationEventStatus.PENDING },
        after: {
          status: input.approve ? AssociationEventStatus.APPROVED : AssociationEventStatus.REJECTED,
          customer: toGlobalId('SubCustomer', event.customer.id),
          ...releaseAudit(done),
          ...(customer ? { revokedOrderAuthorizations: revoked } : {}),
        },
      });
      await tellCustomer(tx, viewer, event, input.approve);
      return associationChanged(tx, viewer.partner.id, event.id, event.customer.id, done);
    },
  });
}
