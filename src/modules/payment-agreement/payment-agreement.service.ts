/**
 * 代付管理: the partner proposes a payment-on-behalf agreement to an associated customer
 * (createPaymentAgreement), the customer accepts or rejects it as itself within 7 days (design),
 * either side terminates it with a reason, and a pending one nobody answers expires (maintenance job
 * expire-payment-agreements). Every change is a conditional update of the status, taken after the
 * customer's row (db/locks.ts 3), so concurrent answers change an agreement once. Payments under an
 * ACTIVE agreement: payment-agreement.ledger.ts.
 */
import type { SqlEntityManager } from '@mikro-orm/knex';
import type { FilterQuery } from '@mikro-orm/core';
import type { Context } from '../../context';
import { type ConnectionArgs, toPageRequest } from '../../common/connection';
import { forbidden, UserError } from '../../common/errors';
import { fromGlobalId, idOfType } from '../../common/global-id';
import { formatFen } from '../../common/money';
import { firstRefusal, refusal, success } from '../../common/mutation-kit';
import { findPage } from '../../common/paging';
import { lockCustomers } from '../../db/locks';
import { assertPartnerRelation, ownCustomerFilter } from '../../permissions/scopes';
import { requireCustomer, requireViewer } from '../../permissions/viewer';
import { recordAudit } from '../audit/audit.service';
import { paymentAgreementChanged } from '../notification/finance.events';
import { SubCustomer } from '../customer/customer.entity';
import { idempotent } from '../idempotency/idempotency.service';
import { partnerActive } from '../partner/partner.guards';
import { PaymentAgreement } from './payment-agreement.entity';
import { AgreementParty, PaymentAgreementStatus } from './payment-agreement.enums';
import { AGREEMENT_ANSWER_MS, agreementReason, agreementStatusAt, checkLimits } from './payment-agreement.rules';
import type {
  AnswerPaymentAgreementInput,
  CreatePaymentAgreementInput,
  PaymentAgreementFilter,
  PaymentAgreementPayload,
  TerminatePaymentAgreementInput,
} from './payment-agreement.types';

export const MANAGE_POINT = 'funds:payment-agreement';

const refused = refusal<PaymentAgreementPayload>({ agreement: null });
const notFound = () =>
  new UserError('PAYMENT_AGREEMENT_NOT_FOUND', 'No payment agreement of yours has that id.', 'input.agreementId');

/** The condition of agreements in `status` at `now` (a pending one past its time counts as EXPIRED). */
export function statusCondition(status: PaymentAgreementStatus, now: Date): FilterQuery<PaymentAgreement> {
  if (status === PaymentAgreementStatus.PENDING_CUSTOMER) return { status, expiresAt: { $gt: now } };
  if (status === PaymentAgreementStatus.EXPIRED)
    return { $or: [{ status }, { status: PaymentAgreementStatus.PENDING_CUSTOMER, expiresAt: { $lte: now } }] };
  return { status };
}

/** An ACTIVE or still pending agreement of the customer blocks another (one at a time). */
async function openAgreement(tx: SqlEntityManager, customerId: number, now: Date, exceptId = 0) {
  const open = await tx.count(PaymentAgreement, {
    customer: customerId,
    id: { $ne: exceptId },
    $or: [{ status: PaymentAgreementStatus.ACTIVE }, statusCondition(PaymentAgreementStatus.PENDING_CUSTOMER, now)],
  });
  return open > 0
    ? new UserError(
        'PAYMENT_AGREEMENT_EXISTS',
        'The customer already has an ACTIVE or pending payment agreement; terminate it first.',
        'input',
      )
    : null;
}

/** createPaymentAgreement: a PENDING_CUSTOMER agreement with an associated customer of your own. */
export async function createPaymentAgreement(ctx: Context, input: CreatePaymentAgreementInput) {
  const viewer = requireViewer(ctx);
  const limits = checkLimits(input.agreementType, input.perOrderLimit, input.monthlyLimit);
  if (limits instanceof UserError) return refused(limits);
  return idempotent(ctx, {
    operation: 'createPaymentAgreement',
    input,
    refused,
    execute: async (tx) => {
      const problem = await firstRefusal(partnerActive(viewer));
      if (problem) return refused(problem);
      const parsed = fromGlobalId(input.customerId);
      const customerId = parsed?.type === 'SubCustomer' ? parsed.id : 0;
      await lockCustomers(tx, [customerId]);
      const customer = await tx.findOne(SubCustomer, {
        $and: [{ id: customerId, unboundAt: null }, ownCustomerFilter(viewer)],
      });
      if (!customer)
        return refused(
          new UserError('CUSTOMER_NOT_FOUND', 'No customer associated with you has that id.', 'input.customerId'),
        );
      const now = new Date();
      const exists = await openAgreement(tx, customer.id, now);
      if (exists) return refused(exists);
      const id = await tx.insert(PaymentAgreement, {
        partner: viewer.partner.id,
        customer: customer.id,
        agreementType: input.agreementType,
        status: PaymentAgreementStatus.PENDING_CUSTOMER,
        ...limits,
        usedMonth: null,
        usedAmount: 0,
        createdAt: now,
        createdBy: viewer.member.id,
        expiresAt: new Date(now.getTime() + AGREEMENT_ANSWER_MS),
      });
      const agreement = await tx.findOneOrFail(PaymentAgreement, id);
      await recordAudit(tx, ctx, {
        action: 'createPaymentAgreement',
        target: agreement.globalId,
        after: {
          customer: customer.globalId,
          type: input.agreementType,
          perOrderLimit: limits.perOrderLimit == null ? null : formatFen(limits.perOrderLimit),
          monthlyLimit: limits.monthlyLimit == null ? null : formatFen(limits.monthlyLimit),
          status: PaymentAgreementStatus.PENDING_CUSTOMER,
        },
      });
      return success<PaymentAgreementPayload>({ agreement });
    },
  });
}

/** The fresh row after a conditional move (`changed` rows), or null when it moved meanwhile. */
const moved = async (tx: SqlEntityManager, id: number, changed: number) =>
  changed === 1 ? tx.findOneOrFail(PaymentAgreement, id, { refresh: true }) : null;

/** The signed-in customer's accept or reject of its partner's pending agreement. */
export async function answerPaymentAgreement(ctx: Context, input: AnswerPaymentAgreementInput, accept: boolean) {
  const actor = requireCustomer(ctx);
  const reason = agreementReason(input.reason, false);
  if (reason instanceof UserError) return refused(reason);
  const parsed = fromGlobalId(input.agreementId);
  const customerId = actor.customer && !actor.customer.unboundAt ? actor.customer.id : 0;
  return ctx.em.transactional(async (tx) => {
    await lockCustomers(tx, [customerId]);
    const agreement =
      parsed?.type === 'PaymentAgreement'
        ? await tx.findOne(PaymentAgreement, { id: parsed.id, customer: customerId }, { refresh: true })
        : null;
    if (!agreement) return refused(notFound());
    const now = new Date();
    const status = agreementStatusAt(agreement, now);
    if (status === PaymentAgreementStatus.EXPIRED)
      return refused(
        new UserError(
          'PAYMENT_AGREEMENT_EXPIRED',
          'Nobody answered within 7 days; nothing changed.',
          'input.agreementId',
        ),
      );
    if (status !== PaymentAgreementStatus.PENDING_CUSTOMER)
      return refused(
        new UserError('PAYMENT_AGREEMENT_NOT_PENDING', `The agreement is ${status}, not pending.`, 'input.agreementId'),
      );
    const exists = accept ? await openAgreement(tx, customerId, now, agreement.id) : null;
    if (exists) return refused(exists);
    const to = accept ? PaymentAgreementStatus.ACTIVE : PaymentAgreementStatus.REJECTED;
    const changed = await tx.nativeUpdate(
      PaymentAgreement,
      { id: agreement.id, status: PaymentAgreementStatus.PENDING_CUSTOMER },
      { status: to, answeredAt: now, reason: accept ? null : reason },
    );
    const done = await moved(tx, agreement.id, changed);
    if (!done)
      return refused(
        new UserError('PAYMENT_AGREEMENT_NOT_PENDING', 'The agreement was answered meanwhile.', 'input.agreementId'),
      );
    await recordAudit(tx, ctx, {
      action: accept ? 'acceptPaymentAgreement' : 'rejectPaymentAgreement',
      partnerId: agreement.partner.id,
      target: agreement.globalId,
      before: { status: PaymentAgreementStatus.PENDING_CUSTOMER },
      after: { status: to, ...(reason ? { reason } : {}) },
    });
    await paymentAgreementChanged(tx, {
      partnerId: agreement.partner.id,
      agreementId: agreement.id,
      customerId,
      status: to,
      reason: accept ? null : reason,
    });
    return success<PaymentAgreementPayload>({ agreement: done });
  });
}

/** Either side ends an ACTIVE or pending agreement with a reason. */
export async function terminatePaymentAgreement(ctx: Context, input: TerminatePaymentAgreementInput) {
  const reason = agreementReason(input.reason, true);
  if (reason instanceof UserError) return refused(reason);
  const parsed = fromGlobalId(input.agreementId);
  const id = parsed?.type === 'PaymentAgreement' ? parsed.id : 0;
  let by: AgreementParty;
  let scope: FilterQuery<PaymentAgreement>;
  if (ctx.actor?.kind === 'CUSTOMER') {
    const actor = requireCustomer(ctx);
    by = AgreementParty.CUSTOMER;
    scope = { id, customer: actor.customer && !actor.customer.unboundAt ? actor.customer.id : 0 };
  } else {
    const viewer = requireViewer(ctx);
    if (!viewer.permissions.has(MANAGE_POINT))
      throw forbidden('terminatePaymentAgreement needs funds:payment-agreement.');
    by = AgreementParty.PARTNER;
    scope = { id, partner: viewer.partner.id };
  }
  return ctx.em.transactional(async (tx) => {
    const found = await tx.findOne(PaymentAgreement, scope, { refresh: true });
    if (!found) return refused(notFound());
    await lockCustomers(tx, [found.customer.id]);
    const now = new Date();
    const open = [PaymentAgreementStatus.ACTIVE, PaymentAgreementStatus.PENDING_CUSTOMER];
    const status = agreementStatusAt(found, now);
    const changed = open.includes(status)
      ? await tx.nativeUpdate(
          PaymentAgreement,
          { id: found.id, status: { $in: open } },
          { status: PaymentAgreementStatus.TERMINATED, terminatedAt: now, terminatedBy: by, reason },
        )
      : 0;
    const done = await moved(tx, found.id, changed);
    if (!done)
      return refused(
        new UserError(
          'PAYMENT_AGREEMENT_NOT_PENDING',
          `Only an ACTIVE or pending agreement ends; this one is ${status}.`,
          'input.agreementId',
        ),
      );
    await recordAudit(tx, ctx, {
      action: 'terminatePaymentAgreement',
      partnerId: found.partner.id,
      target: found.globalId,
      before: { status },
      after: { status: PaymentAgreementStatus.TERMINATED, terminatedBy: by, reason },
    });
    await paymentAgreementChanged(tx, {
      partnerId: found.partner.id,
      agreementId: found.id,
      customerId: found.customer.id,
      status: PaymentAgreementStatus.TERMINATED,
      reason,
    });
    return success<PaymentAgreementPayload>({ agreement: done });
  });
}

/** Partner.paymentAgreements: the partner's agreements, newest first. */
export function listPartnerAgreements(
  ctx: Context,
  partnerId: number,
  filter: PaymentAgreementFilter | null | undefined,
  args: ConnectionArgs,
) {
  const viewer = requireViewer(ctx);
  const page = toPageRequest(args);
  assertPartnerRelation(viewer, partnerId, ['SELF'], 'paymentAgreements');
  const conditions: FilterQuery<PaymentAgreement>[] = [{ partner: partnerId }];
  if (filter?.status != null) conditions.push(statusCondition(filter.status, ctx.now));
  if (filter?.customerId != null)
    conditions.push({ customer: idOfType(filter.customerId, 'SubCustomer', 'filter.customerId') });
  return findPage(ctx.em, PaymentAgreement, { $and: conditions }, page);
}

/** CustomerViewer.paymentAgreements: the signed-in customer's agreements with its current partner, newest first. */
export function listCustomerAgreements(ctx: Context, args: ConnectionArgs) {
  const actor = requireCustomer(ctx);
  const page = toPageRequest(args);
  const customerId = actor.customer && !actor.customer.unboundAt ? actor.customer.id : 0;
  return findPage(ctx.em, PaymentAgreement, { customer: customerId }, page);
}

/**
 * Marks PENDING_CUSTOMER agreements past their 7 days EXPIRED, in one conditional update per batch
 * (an answer racing the job wins). Returns how many it changed.
 */
export async function expirePaymentAgreements(em: SqlEntityManager, now: Date, limit: number): Promise<number> {
  const due = await em.find(
    PaymentAgreement,
    { status: PaymentAgreementStatus.PENDING_CUSTOMER, expiresAt: { $lte: now } },
    { orderBy: { id: 'asc' }, limit, fields: ['id'] },
  );
  if (due.length === 0) return 0;
  return em.nativeUpdate(
    PaymentAgreement,
    { id: { $in: due.map((a) => a.id) }, status: PaymentAgreementStatus.PENDING_CUSTOMER, expiresAt: { $lte: now } },
    { status: PaymentAgreementStatus.EXPIRED, answeredAt: now },
  );
}
