/**
 * 在线充值 (seed 003): createRecharge opens a PENDING payment for the external payment page;
 * settleRechargePayment brings the provider's outcome back (design: an operator act standing for the
 * payment callback, point ops:remittance); only SUCCEEDED credits the cash account, once. A payment
 * still PENDING after 30 minutes becomes EXPIRED (maintenance job `expire-recharge-payments`).
 */
import type { SqlEntityManager } from '@mikro-orm/knex';
import type { Context } from '../../context';
import { UserError } from '../../common/errors';
import { idOfType, toGlobalId } from '../../common/global-id';
import { firstRefusal, refusal, success } from '../../common/mutation-kit';
import { lockRows } from '../../db/locks';
import { requireOperator, requireViewer } from '../../permissions/viewer';
import { recordAudit } from '../audit/audit.service';
import { rechargeSettled } from '../notification/finance.events';
import { TradeType } from '../funds/funds.enums';
import { idempotent } from '../idempotency/idempotency.service';
import { bookPartnerMoney } from './partner-account.booking';
import { RechargePayment } from './partner-account.entity';
import { RechargeOutcome, RechargePaymentStatus, WithdrawalAccount } from './partner-account.enums';
import type { CreateRechargeInput, SettleRechargePaymentInput } from './partner-account.mutation-inputs';
import type { RechargePaymentPayload } from './partner-account.payloads';
import {
  newReference,
  RECHARGE_TTL_MS,
  rechargeAmount,
  rechargeEntityAllowed,
  requiredText,
} from './partner-account.rules';

const refused = refusal<RechargePaymentPayload>({ rechargePayment: null });

/** createRecharge: a PENDING payment of `amount` for the partner's cash account, open 30 minutes. */
export async function createRecharge(ctx: Context, input: CreateRechargeInput): Promise<RechargePaymentPayload> {
  const viewer = requireViewer(ctx);
  const amount = rechargeAmount(input.amount);
  if (amount instanceof UserError) return refused(amount);
  return idempotent(ctx, {
    operation: 'createRecharge',
    input,
    refused,
    execute: async (tx) => {
      const problem = await firstRefusal(rechargeEntityAllowed(tx, viewer.partner.id));
      if (problem) return refused(problem);
      const now = new Date();
      const id = await tx.insert(RechargePayment, {
        partner: viewer.partner.id,
        amount,
        status: RechargePaymentStatus.PENDING,
        paymentReference: newReference('RP', now),
        providerReference: null,
        createdBy: viewer.member.id,
        createdAt: now,
        expiresAt: new Date(now.getTime() + RECHARGE_TTL_MS),
        settledAt: null,
        settledBy: null,
      });
      await recordAudit(tx, ctx, {
        action: 'createRecharge',
        target: toGlobalId('RechargePayment', id),
        after: { status: RechargePaymentStatus.PENDING, amount },
      });
      return success<RechargePaymentPayload>({ rechargePayment: await tx.findOneOrFail(RechargePayment, id) });
    },
  });
}

const notFound = () =>
  new UserError('RECHARGE_PAYMENT_NOT_FOUND', 'No online recharge has that id.', 'input.paymentId');

/** The payment, locked, if it can still be settled at `now`; why not otherwise. */
async function settleable(tx: SqlEntityManager, id: number, now: Date): Promise<RechargePayment | UserError> {
  await lockRows(tx, 'recharge_payment', [id]);
  const payment = await tx.findOne(RechargePayment, id, { refresh: true });
  if (!payment) return notFound();
  if (payment.status !== RechargePaymentStatus.PENDING)
    return new UserError(
      'RECHARGE_PAYMENT_NOT_PENDING',
      `This recharge is ${payment.status} already; only a PENDING one is settled (a repeated callback changes nothing).`,
      'input.paymentId',
    );
  if (payment.expiresAt.getTime() <= now.getTime())
    return new UserError(
      'RECHARGE_PAYMENT_EXPIRED',
      `This recharge expired at ${payment.expiresAt.toISOString()} unpaid; nothing was credited. The partner starts a new one.`,
      'input.paymentId',
    );
  return payment;
}

/**
 * settleRechargePayment: the provider's outcome. SUCCEEDED credits the cash account (a RECHARGE
 * record whose tradeId is the paymentReference) in the transaction that marks it, under the
 * payment's row lock, so a repeated or concurrent callback credits nothing more.
 */
export async function settleRechargePayment(
  ctx: Context,
  input: SettleRechargePaymentInput,
): Promise<RechargePaymentPayload> {
  const actor = requireOperator(ctx);
  const id = idOfType(input.paymentId, 'RechargePayment', 'input.paymentId');
  const reference = requiredText(input.providerReference, 64, 'PROVIDER_REFERENCE_INVALID', 'input.providerReference');
  if (reference instanceof UserError) return refused(reference);
  return ctx.em.transactional(async (tx) => {
    const now = new Date();
    const payment = await settleable(tx, id, now);
    if (payment instanceof UserError) return refused(payment);
    const succeeded = input.outcome === RechargeOutcome.SUCCEEDED;
    const status = succeeded ? RechargePaymentStatus.SUCCEEDED : RechargePaymentStatus.FAILED;
    await tx.nativeUpdate(
      RechargePayment,
      { id, status: RechargePaymentStatus.PENDING },
      { status, providerReference: reference, settledAt: now, settledBy: actor.operator.id },
    );
    const partnerId = payment.partner.id;
    const balance = succeeded
      ? await bookPartnerMoney(tx, {
          account: WithdrawalAccount.CASH,
          partnerId,
          amount: payment.amount,
          tradeType: TradeType.RECHARGE,
          tradeId: payment.paymentReference,
          at: now,
        })
      : null;
    if (succeeded && balance == null) throw new Error(`partner ${partnerId} has no cash account`);
    await recordAudit(tx, ctx, {
      action: 'settleRechargePayment',
      partnerId,
      target: toGlobalId('RechargePayment', id),
      before: { status: RechargePaymentStatus.PENDING },
      after: { status, providerReference: reference, ...(succeeded ? { credited: payment.amount, balance } : {}) },
    });
    await rechargeSettled(tx, { memberId: payment.createdBy.id, paymentId: id, amount: payment.amount, succeeded });
    return success<RechargePaymentPayload>({
      rechargePayment: await tx.findOneOrFail(RechargePayment, id, { refresh: true }),
    });
  });
}

/** Marks PENDING recharges past their expiresAt EXPIRED (conditional: a settlement racing the job wins). */
export async function expireRechargePayments(em: SqlEntityManager, now: Date, limit: number): Promise<number> {
  const due = await em.find(
    RechargePayment,
    { status: RechargePaymentStatus.PENDING, expiresAt: { $lte: now } },
    { fields: ['id', 'expiresAt'], orderBy: { id: 'asc' }, limit },
  );
  let expired = 0;
  for (const payment of due)
    expired += await em.nativeUpdate(
      RechargePayment,
      { id: payment.id, status: RechargePaymentStatus.PENDING },
      { status: RechargePaymentStatus.EXPIRED, settledAt: payment.expiresAt },
    );
  return expired;
}
