import type { EntityManager, FilterQuery } from '@mikro-orm/core';
import type { Context } from '../../context';
import { requireViewer } from '../../permissions/viewer';
import { UserError } from '../../common/errors';
import { idOfType, toGlobalId } from '../../common/global-id';
import { formatFen } from '../../common/money';
import type { SqlEntityManager } from '../../common/paging';
import { lockCustomers } from '../../db/locks';
import { ownCustomerFilter, ownCustomerRowsFilter } from '../../permissions/scopes';
import type { Viewer } from '../../permissions/viewer';
import { recordAudit } from '../audit/audit.service';
import { Coupon } from '../coupon/coupon.entity';
import { CouponOperationType, CouponStatus } from '../coupon/coupon.enums';
import { lockCouponsAndQuotas, reclaimCouponInTx } from '../coupon/coupon.ledger';
import { SubCustomer } from '../customer/customer.entity';
import { AssociationType, FrozenState } from '../customer/customer.enums';
import { AdjustRecord } from '../funds/funds.entity';
import { moveBetweenPartnerAndCustomer } from '../funds/ledger';
import { idempotencyKeyOf, runIdempotent } from '../idempotency/idempotency.service';
import { Partner } from '../partner/partner.entity';
import { partnerStatusError } from '../partner/partner.guards';
import { SensitiveOperation } from '../verification/verification.enums';
import { consumeVerificationCode } from '../verification/verification.service';
import { AssociationEvent, OrderAuthorization } from './association.entity';
import {
  AssociationEventStatus,
  AssociationEventType,
  AssociationInitiator,
  OrderAuthorizationStatus,
} from './association.enums';
import type {
  AssociationChangeInput,
  HandleUnbindRequestInput,
  SwitchAssociationTypeInput,
  UnbindCustomerInput,
} from './association.mutation-inputs';
import type { AssociationChangePayload } from './association.payloads';

/** One unbind-or-switch per customer in this many months; a customer's own unbind request also counts. */
export const ASSOCIATION_CHANGE_INTERVAL_MONTHS = 3;
export const MAX_REASON_LENGTH = 200;
/** The reason column holds 500 characters: a customer's reason plus the partner's answer. */
const MAX_STORED_REASON_LENGTH = 500;

/** The same instant `months` calendar months earlier (UTC). */
export function monthsBefore(at: Date, months: number): Date {
  const d = new Date(at.getTime());
  d.setUTCMonth(d.getUTCMonth() - months);
  return d;
}

function monthsAfter(at: Date, months: number): Date {
  return monthsBefore(at, -months);
}

const day = (d: Date) => d.toISOString().slice(0, 10);

/**
 * Whether the customer's association with the partner has ended: its latest settled ASSOCIATE or
 * UNBIND event with that partner is an UNBIND (COMPLETED by the partner, or a customer's request
 * APPROVED). The sub_customer row keeps its partner_id so its history (orders, coupons, ledgers)
 * stays consistent and readable; this event is what marks it unbound.
 */
export async function associationEnded(em: EntityManager, partnerId: number, customerId: number): Promise<boolean> {
  const customer = await em.findOne(
    SubCustomer,
    { id: customerId, partner: partnerId },
    { fields: ['unboundAt'], disableIdentityMap: true },
  );
  return customer?.unboundAt != null;
}

const customerNotFound = (field: string) =>
  new UserError('CUSTOMER_NOT_FOUND', 'No customer with that id is visible to you.', field);
const notAssociated = (field: string) =>
  new UserError(
    'CUSTOMER_NOT_ASSOCIATED',
    "This customer's association with your partner has already ended (unbound); it can no longer be changed.",
    field,
  );

/**
 * The viewer's own customer, re-read after taking its row lock (PostgreSQL; SQLite runs one
 * transaction at a time), so concurrent changes of one customer run one after the other and every
 * check below sees the current balance, debt and type. Null for unknown and foreign ids alike.
 */
async function lockOwnCustomer(tx: SqlEntityManager, viewer: Viewer, id: number): Promise<SubCustomer | null> {
  const visible = await tx.findOne(
    SubCustomer,
    { $and: [{ id }, ownCustomerFilter(viewer)] } as FilterQuery<SubCustomer>,
    { fields: ['id'] },
  );
  if (!visible) return null;
  await lockCustomers(tx, [id]);
  return tx.findOne(SubCustomer, id, { refresh: true });
}

/** The 3-month rule (domain.md §2 Association events). */
async function tooSoon(tx: EntityManager, partnerId: number, customerId: number, now: Date): Promise<UserError | null> {
  const since = monthsBefore(now, ASSOCIATION_CHANGE_INTERVAL_MONTHS);
  const change = await tx.findOne(
    AssociationEvent,
    {
      partner: partnerId,
      customer: customerId,
      eventType: { $in: [AssociationEventType.SWITCH_TYPE, AssociationEventType.UNBIND] },
      status: { $in: [AssociationEventStatus.COMPLETED, AssociationEventStatus.APPROVED] },
      $or: [{ handledAt: { $gt: since } }, { handledAt: null, createdAt: { $gt: since } }],
    },
    { orderBy: { id: 'desc' } },
  );
  if (change) {
    const at = change.handledAt ?? change.createdAt;
    return new UserError(
      'ASSOCIATION_CHANGE_TOO_SOON',
      `This customer's association was changed on ${day(at)}; one unbind or switch per customer per ${ASSOCIATION_CHANGE_INTERVAL_MONTHS} months: possible again from ${day(monthsAfter(at, ASSOCIATION_CHANGE_INTERVAL_MONTHS))}.`,
      'input.customerId',
    );
  }
  const asked = await tx.findOne(
    AssociationEvent,
    {
      partner: partnerId,
      customer: customerId,
      eventType: AssociationEventType.UNBIND,
      initiator: AssociationInitiator.CUSTOMER,
      createdAt: { $gt: since },
    },
    { orderBy: { createdAt: 'desc', id: 'desc' } },
  );
  if (asked) {
    const pending =
      asked.status === AssociationEventStatus.PENDING
        ? ' Its request is still pending: answer it with handleUnbindRequest.'
        : '';
    return new UserError(
      'UNBIND_TOO_SOON',
      `The customer asked to unbind on ${day(asked.createdAt)}; you may unbind or switch it from ${day(monthsAfter(asked.createdAt, ASSOCIATION_CHANGE_INTERVAL_MONTHS))}.${pending}`,
      'input.customerId',
    );
  }
  return null;
}

/** Debt and manual freeze block every unbind and switch. */
function blocked(customer: SubCustomer, field: string): UserError | null {
  if (customer.debtAmount > 0) {
    return new UserError(
      'CUSTOMER_IN_DEBT',
      `The customer owes ${formatFen(customer.debtAmount)}; its association cannot change until the debt is paid.`,
      field,
    );
  }
  if (customer.isFrozen !== FrozenState.NOT_FROZEN)
    return new UserError(
      'CUSTOMER_FROZEN',
      'The customer is frozen; its association cannot change while frozen.',
      field,
    );
  return null;
}

/**
 * INACTIVE coupons cannot be reclaimed (reclaimCouponInTx takes USABLE ones only), and an
 * ADVISORY or unbound customer must not keep coupons of yours that become usable later.
 */
interface Release {
  couponIds: number[];
  reclaimedFen: number;
  adjustRecordId: number | null;
  returnedFen: number;
}

/**
 * The effects of an unbind or of a switch away from RESALE, in the caller's transaction: every
 * USABLE coupon the partner issued to the customer is reclaimed (record type 3 or 8) and the
 * remaining balance goes back to the partner (BEUNBIND adjust record and both ledger rows).
 */
async function release(
  tx: SqlEntityManager,
  viewer: Viewer,
  customer: SubCustomer,
  operationType: CouponOperationType.UNBIND_RECLAIM | CouponOperationType.SWITCH_RECLAIM,
): Promise<Release> {
  const unbind = operationType === CouponOperationType.UNBIND_RECLAIM;
  const ending = [CouponStatus.USABLE, CouponStatus.INACTIVE];
  const coupons = await tx.find(
    Coupon,
    { partner: viewer.partner.id, customer: customer.id, status: { $in: ending } },
    { fields: ['id', 'quota'], orderBy: { id: 'asc' } },
  );
  const result: Release = { couponIds: [], reclaimedFen: 0, adjustRecordId: null, returnedFen: 0 };
  // Lock order (see lockCouponsAndQuotas): the customer (locked above), its coupons, then their quotas.
  await lockCouponsAndQuotas(
    tx,
    coupons.map((c) => ({ couponId: c.id, quotaId: c.quota.id })),
  );
  for (const coupon of coupons) {
    const reclaimed = await reclaimCouponInTx(tx, {
      couponId: coupon.id,
      operationType,
      operatorId: viewer.member.id,
      memo: unbind ? '解除关联自动回收' : '切换关联类型自动回收',
      fromStatuses: ending,
    });
    if (!reclaimed) continue;
    result.couponIds.push(reclaimed.couponId);
    result.reclaimedFen += reclaimed.amount;
  }
  if (customer.associationType === AssociationType.RESALE && customer.balance > 0) {
    const moved = await moveBetweenPartnerAndCustomer(tx, {
      partnerId: viewer.partner.id,
      customerId: customer.id,
      amount: customer.balance,
      direction: 'toPartner',
      unbind: true,
      operatorId: viewer.member.id,
      memo: unbind ? '解除关联，余额退回' : '切换关联类型，余额退回',
    });
    // The row is locked and was just read: a refusal here means the data broke a rule.
    if (!moved.ok) throw new Error(`returning the balance of customer ${customer.id} was refused`);
    result.adjustRecordId = moved.record.id;
    result.returnedFen = customer.balance;
  }
  return result;
}

/** The association ends: the customer leaves lists and money operations, and its manager. */
async function markUnbound(tx: EntityManager, customerId: number, at: Date): Promise<void> {
  await tx.nativeUpdate(SubCustomer, { id: customerId, unboundAt: null }, { unboundAt: at, accountManager: null });
}

/** The order-on-behalf authorization ends with the association. */
async function revokeAuthorizations(
  tx: EntityManager,
  partnerId: number,
  customerId: number,
  at: Date,
): Promise<number> {
  return tx.nativeUpdate(
    OrderAuthorization,
    { partner: partnerId, customer: customerId, status: OrderAuthorizationStatus.GRANTED },
    { status: OrderAuthorizationStatus.REVOKED, revokedAt: at },
  );
}

const refused = (error: UserError): AssociationChangePayload => ({
  event: null,
  customer: null,
  reclaimedCoupons: [],
  adjustRecord: null,
  partner: null,
  userErrors: [error],
});

function reasonOf(
  input: AssociationChangeInput,
): { ok: true; reason: string | null } | { ok: false; error: UserError } {
  const reason = input.reason?.trim() ?? '';
  if (reason.length > MAX_REASON_LENGTH)
    return {
      ok: false,
      error: new UserError('REASON_TOO_LONG', `reason is longer than ${MAX_REASON_LENGTH} characters.`, 'input.reason'),
    };
  return { ok: true, reason: reason === '' ? null : reason };
}

async function payload(
  tx: EntityManager,
  viewer: Viewer,
  eventId: number,
  customerId: number,
  done: Release | null,
): Promise<AssociationChangePayload> {
  return {
    event: await tx.findOneOrFail(AssociationEvent, eventId, { refresh: true }),
    customer: await tx.findOneOrFail(SubCustomer, customerId, { refresh: true }),
    reclaimedCoupons: done?.couponIds.length
      ? await tx.find(Coupon, { id: { $in: done.couponIds } }, { orderBy: { id: 'asc' }, refresh: true })
      : [],
    adjustRecord: done?.adjustRecordId != null ? await tx.findOneOrFail(AdjustRecord, done.adjustRecordId) : null,
    partner: await tx.findOneOrFail(Partner, viewer.partner.id),
    userErrors: [],
  };
}

function releaseAudit(done: Release | null) {
  return done
    ? {
        reclaimedCoupons: done.couponIds.map((id) => toGlobalId('Coupon', id)),
        reclaimedCouponAmount: formatFen(done.reclaimedFen),
        returnedBalance: formatFen(done.returnedFen),
      }
    : {};
}

type Change = { kind: 'unbind'; input: UnbindCustomerInput } | { kind: 'switch'; input: SwitchAssociationTypeInput };

/** unbindCustomer and switchAssociationType: ADMIN only (shield), own customers only. */
async function changeAssociation(ctx: Context, change: Change): Promise<AssociationChangePayload> {
  const viewer = requireViewer(ctx);
  const { input } = change;
  const customerId = idOfType(input.customerId, 'SubCustomer', 'input.customerId');
  const reason = reasonOf(input);
  if (!reason.ok) return refused(reason.error);
  const operation = change.kind === 'unbind' ? 'unbindCustomer' : 'switchAssociationType';
  return runIdempotent({
    ctx,
    operation,
    key: idempotencyKeyOf(ctx, input.idempotencyKey),
    input: input as unknown as Record<string, unknown>,
    conflict: refused,
    execute: async (tx) => {
      const status = partnerStatusError(viewer);
      if (status) return refused(status);
      const customer = await lockOwnCustomer(tx, viewer, customerId);
      if (!customer) return refused(customerNotFound('input.customerId'));
      if (await associationEnded(tx, viewer.partner.id, customer.id)) return refused(notAssociated('input.customerId'));
      const fromType = customer.associationType;
      const toType = change.kind === 'switch' ? change.input.toType : null;
      if (toType === fromType) {
        return refused(
          new UserError('ALREADY_THIS_TYPE', `The customer is already ${AssociationType[fromType]}.`, 'input.toType'),
        );
      }
      const now = new Date();
      const problem = (await tooSoon(tx, viewer.partner.id, customer.id, now)) ?? blocked(customer, 'input.customerId');
      if (problem) return refused(problem);
      // Money and coupons leave the customer on an unbind and on a switch away from RESALE.
      const releases = change.kind === 'unbind' || fromType === AssociationType.RESALE;
      const sensitive =
        change.kind === 'unbind' ? SensitiveOperation.UNBIND_CUSTOMER : SensitiveOperation.SWITCH_ASSOCIATION_TYPE;
      const code = await consumeVerificationCode(tx, ctx, sensitive, input.verificationCode);
      if (code) return refused(code);

      const done = releases
        ? await release(
            tx,
            viewer,
            customer,
            change.kind === 'unbind' ? CouponOperationType.UNBIND_RECLAIM : CouponOperationType.SWITCH_RECLAIM,
          )
        : null;
      let revoked = 0;
      if (toType != null) {
        const updated = await tx.nativeUpdate(
          SubCustomer,
          { id: customer.id, associationType: fromType },
          { associationType: toType },
        );
        if (updated !== 1) throw new Error(`association type of customer ${customer.id} changed under its row lock`);
      } else {
        revoked = await revokeAuthorizations(tx, viewer.partner.id, customer.id, now);
        await markUnbound(tx, customer.id, now);
      }
      const eventId = (await tx.insert(AssociationEvent, {
        partner: viewer.partner.id,
        customer: customer.id,
        eventType: change.kind === 'unbind' ? AssociationEventType.UNBIND : AssociationEventType.SWITCH_TYPE,
        initiator: AssociationInitiator.PARTNER,
        status: AssociationEventStatus.COMPLETED,
        reason: reason.reason,
        fromType,
        toType,
        createdAt: now,
        handledAt: now,
        handledBy: viewer.member.id,
      } as never)) as number;
      await recordAudit(tx, ctx, {
        action: operation,
        target: toGlobalId('SubCustomer', customer.id),
        before: { associationType: AssociationType[fromType], associated: true, balance: formatFen(customer.balance) },
        after: {
          associationType: AssociationType[toType ?? fromType],
          associated: change.kind !== 'unbind',
          event: toGlobalId('AssociationEvent', eventId),
          ...releaseAudit(done),
          ...(change.kind === 'unbind' ? { revokedOrderAuthorizations: revoked } : {}),
        },
      });
      return payload(tx, viewer, eventId, customer.id, done);
    },
  });
}

/**
 * 解除关联: ends the association with one of your customers at once (COMPLETED UNBIND event),
 * reclaiming your USABLE coupons (type 3), returning its balance (BEUNBIND) and revoking its
 * order-on-behalf authorization, in one transaction.
 */
export const unbindCustomer = (ctx: Context, input: UnbindCustomerInput) =>
  changeAssociation(ctx, { kind: 'unbind', input });

/** 切换关联类型: ADVISORY ↔ RESALE; away from RESALE reclaims coupons (type 8) and returns the balance. */
export const switchAssociationType = (ctx: Context, input: SwitchAssociationTypeInput) =>
  changeAssociation(ctx, { kind: 'switch', input });

/** 同意 / 驳回 a customer's PENDING unbind request; approving has the effects of unbindCustomer. */
export async function handleUnbindRequest(
  ctx: Context,
  input: HandleUnbindRequestInput,
): Promise<AssociationChangePayload> {
  const viewer = requireViewer(ctx);
  const eventId = idOfType(input.eventId, 'AssociationEvent', 'input.eventId');
  const reason = reasonOf(input);
  if (!reason.ok) return refused(reason.error);
  return runIdempotent({
    ctx,
    operation: 'handleUnbindRequest',
    key: idempotencyKeyOf(ctx, input.idempotencyKey),
    input: input as unknown as Record<string, unknown>,
    conflict: refused,
    execute: async (tx) => {
      const event = await tx.findOne(
        AssociationEvent,
        { $and: [{ id: eventId }, ownCustomerRowsFilter<AssociationEvent>(viewer)] } as FilterQuery<AssociationEvent>,
        { refresh: true },
      );
      if (!event)
        return refused(
          new UserError('EVENT_NOT_FOUND', 'No association event of your partner has that id.', 'input.eventId'),
        );
      if (
        event.status !== AssociationEventStatus.PENDING ||
        event.eventType !== AssociationEventType.UNBIND ||
        event.initiator !== AssociationInitiator.CUSTOMER
      ) {
        return refused(
          new UserError(
            'EVENT_NOT_PENDING',
            `Only a PENDING unbind request of a customer can be answered; this event is ${event.eventType} ${event.status}.`,
            'input.eventId',
          ),
        );
      }
      let customer: SubCustomer | null = null;
      if (input.approve) {
        const status = partnerStatusError(viewer);
        if (status) return refused(status);
        customer = await lockOwnCustomer(tx, viewer, event.customer.id);
        if (!customer) return refused(customerNotFound('input.eventId'));
        // Another answer may have gone through while we waited for the lock: read the request again.
        const current = await tx.findOne(AssociationEvent, event.id, { fields: ['status'], disableIdentityMap: true });
        if (current?.status !== AssociationEventStatus.PENDING)
          return refused(
            new UserError('EVENT_NOT_PENDING', 'This unbind request was answered meanwhile.', 'input.eventId'),
          );
        if (await associationEnded(tx, viewer.partner.id, customer.id)) return refused(notAssociated('input.eventId'));
        const problem = blocked(customer, 'input.eventId');
        if (problem) return refused(problem);
      }
      const code = await consumeVerificationCode(tx, ctx, SensitiveOperation.UNBIND_CUSTOMER, input.verificationCode);
      if (code) return refused(code);

      const now = new Date();
      const answer = reason.reason ? `（${input.approve ? '同意' : '驳回'}：${reason.reason}）` : '';
      const stored = answer
        ? `${(event.reason ?? '').slice(0, MAX_STORED_REASON_LENGTH - answer.length)}${answer}`
        : (event.reason ?? null);
      // Conditional: of two answers racing, exactly one finds the request still PENDING.
      const answered = await tx.nativeUpdate(
        AssociationEvent,
        { id: event.id, status: AssociationEventStatus.PENDING },
        {
          status: input.approve ? AssociationEventStatus.APPROVED : AssociationEventStatus.REJECTED,
          handledAt: now,
          handledBy: viewer.member.id,
          reason: stored,
        },
      );
      if (answered !== 1)
        return refused(
          new UserError('EVENT_NOT_PENDING', 'This unbind request was answered meanwhile.', 'input.eventId'),
        );
      let done: Release | null = null;
      let revoked = 0;
      if (customer) {
        done = await release(tx, viewer, customer, CouponOperationType.UNBIND_RECLAIM);
        revoked = await revokeAuthorizations(tx, viewer.partner.id, customer.id, now);
        await markUnbound(tx, customer.id, now);
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
      return payload(tx, viewer, event.id, event.customer.id, done);
    },
  });
}
