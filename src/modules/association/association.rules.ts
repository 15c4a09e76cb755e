import type { SqlEntityManager } from '@mikro-orm/knex';
import { UserError } from '../../common/errors';
import { formatFen } from '../../common/money';
import { lockCustomers } from '../../db/locks';
import { ownCustomerFilter } from '../../permissions/scopes';
import type { Viewer } from '../../permissions/viewer';
import { SubCustomer } from '../customer/customer.entity';
import { FrozenState } from '../customer/customer.enums';
import { AssociationEvent } from './association.entity';
import { AssociationEventStatus, AssociationEventType, AssociationInitiator } from './association.enums';
import type { AssociationChangeInput } from './association.mutation-inputs';

/** One unbind-or-switch per customer in this many months; a customer's own unbind request also counts. */
export const ASSOCIATION_CHANGE_INTERVAL_MONTHS = 3;
export const MAX_REASON_LENGTH = 200;

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
export async function associationEnded(em: SqlEntityManager, partnerId: number, customerId: number): Promise<boolean> {
  const customer = await em.findOne(
    SubCustomer,
    { id: customerId, partner: partnerId },
    { fields: ['unboundAt'], disableIdentityMap: true },
  );
  return customer?.unboundAt != null;
}

export const customerNotFound = (field: string) =>
  new UserError('CUSTOMER_NOT_FOUND', 'No customer with that id is visible to you.', field);
export const notAssociated = (field: string) =>
  new UserError(
    'CUSTOMER_NOT_ASSOCIATED',
    "This customer's association with your partner has already ended (unbound); it can no longer be changed.",
    field,
  );

/** Takes the customer's row lock (db/locks.ts: customers come first, FOR NO KEY UPDATE on PostgreSQL). */
export async function lockCustomerRow(tx: SqlEntityManager, id: number): Promise<void> {
  await lockCustomers(tx, [id]);
}

/**
 * The viewer's own customer, re-read after taking its row lock, so concurrent changes of one
 * customer run one after the other and every check sees the current balance, debt and type. Null
 * for unknown and foreign ids alike.
 */
export async function lockOwnCustomer(tx: SqlEntityManager, viewer: Viewer, id: number): Promise<SubCustomer | null> {
  const visible = await tx.findOne(SubCustomer, { $and: [{ id }, ownCustomerFilter(viewer)] }, { fields: ['id'] });
  if (!visible) return null;
  await lockCustomerRow(tx, id);
  return tx.findOne(SubCustomer, id, { refresh: true });
}

/** The customer's last unbind or switch within the interval (ASSOCIATION_CHANGE_TOO_SOON), or null. */
async function changedRecently(tx: SqlEntityManager, partnerId: number, customerId: number, since: Date) {
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
  if (!change) return null;
  const at = change.handledAt ?? change.createdAt;
  return new UserError(
    'ASSOCIATION_CHANGE_TOO_SOON',
    `This customer's association was changed on ${day(at)}; one unbind or switch per customer per ${ASSOCIATION_CHANGE_INTERVAL_MONTHS} months: possible again from ${day(monthsAfter(at, ASSOCIATION_CHANGE_INTERVAL_MONTHS))}.`,
    'input.customerId',
  );
}

/**
 * The customer's own unbind request within the interval (UNBIND_TOO_SOON), or null. For the
 * customer asking again, a request of its that expired unanswered does not count.
 */
async function askedRecently(
  tx: SqlEntityManager,
  partnerId: number,
  customerId: number,
  since: Date,
  forCustomer: boolean,
) {
  const asked = await tx.findOne(
    AssociationEvent,
    {
      partner: partnerId,
      customer: customerId,
      eventType: AssociationEventType.UNBIND,
      initiator: AssociationInitiator.CUSTOMER,
      createdAt: { $gt: since },
      ...(forCustomer ? { status: { $ne: AssociationEventStatus.EXPIRED } } : {}),
    },
    { orderBy: { createdAt: 'desc', id: 'desc' } },
  );
  if (!asked) return null;
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

/**
 * The 3-month rule (domain.md §2 Association events), for the partner's unbind or switch, or (with
 * `forCustomer`) for the customer's own request, which an expired request of its does not block.
 */
export async function tooSoon(
  tx: SqlEntityManager,
  partnerId: number,
  customerId: number,
  now: Date,
  forCustomer = false,
): Promise<UserError | null> {
  const since = monthsBefore(now, ASSOCIATION_CHANGE_INTERVAL_MONTHS);
  return (
    (await changedRecently(tx, partnerId, customerId, since)) ??
    (await askedRecently(tx, partnerId, customerId, since, forCustomer))
  );
}

/** Debt and manual freeze block every unbind and switch. */
export function blocked(customer: SubCustomer, field: string): UserError | null {
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

/** The trimmed reason (null when blank), or REASON_TOO_LONG. */
export function reasonOf(input: Pick<AssociationChangeInput, 'reason'>): { reason: string | null } | UserError {
  const reason = input.reason?.trim() ?? '';
  if (reason.length > MAX_REASON_LENGTH)
    return new UserError('REASON_TOO_LONG', `reason is longer than ${MAX_REASON_LENGTH} characters.`, 'input.reason');
  return { reason: reason === '' ? null : reason };
}

/** The reason column holds 500 characters: the request's reason plus the answer's. */
const MAX_STORED_REASON_LENGTH = 500;

/**
 * The request's stored reason with the answer's reason appended (（同意：…） by the partner,
 * （客户驳回：…） by the customer), the request's text cut to make room; unchanged without one.
 */
export function reasonWithAnswer(
  requestReason: string | null | undefined,
  answer: { approve: boolean; reason: string | null; byCustomer: boolean },
): string | null {
  if (!answer.reason) return requestReason ?? null;
  const note = `（${answer.byCustomer ? '客户' : ''}${answer.approve ? '同意' : '驳回'}：${answer.reason}）`;
  return `${(requestReason ?? '').slice(0, MAX_STORED_REASON_LENGTH - note.length)}${note}`;
}
