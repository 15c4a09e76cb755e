/**
 * 汇款认领 (seed 000): the partner claims an offline remittance (submitRemittanceClaim) and may
 * cancel it while PENDING; a cloud operator (ops:remittance) confirms it, crediting the cash account
 * once (a REMITTANCE record), or rejects it with a reason. Confirming holds the claim's row, then the
 * partner's accounts (db/locks.ts), and reads status and bank reference under those locks: two
 * operators confirming at once, or a retry, credit once; the second answers REMITTANCE_CLAIM_NOT_PENDING.
 */
import type { SqlEntityManager } from '@mikro-orm/knex';
import type { Context } from '../../context';
import { UserError } from '../../common/errors';
import { idOfType, toGlobalId } from '../../common/global-id';
import { firstRefusal, memoLength, refusal, success } from '../../common/mutation-kit';
import { lockPartnerAccounts, lockRows } from '../../db/locks';
import { requireOperator, requireViewer } from '../../permissions/viewer';
import { recordAudit } from '../audit/audit.service';
import { remittanceHandled } from '../notification/finance.events';
import { TradeType } from '../funds/funds.enums';
import { idempotent } from '../idempotency/idempotency.service';
import { bookPartnerMoney } from './partner-account.booking';
import { RemittanceClaim } from './partner-account.entity';
import { RemittanceClaimStatus, WithdrawalAccount } from './partner-account.enums';
import type {
  RejectRemittanceClaimInput,
  RemittanceClaimActionInput,
  SubmitRemittanceClaimInput,
} from './partner-account.mutation-inputs';
import type { RemittanceClaimPayload } from './partner-account.payloads';
import {
  newReference,
  rechargeAmount,
  rechargeEntityAllowed,
  rejectionReason,
  remittanceDay,
  requiredText,
} from './partner-account.rules';

const refused = refusal<RemittanceClaimPayload>({ remittanceClaim: null });

/** The claim's fields checked before any transaction, or the first refusal. */
function parseClaim(input: SubmitRemittanceClaimInput, now: Date) {
  const amount = rechargeAmount(input.amount);
  if (amount instanceof UserError) return amount;
  const payerName = requiredText(input.payerName, 100, 'PAYER_NAME_INVALID', 'input.payerName');
  if (payerName instanceof UserError) return payerName;
  const bankReference = requiredText(input.bankReference, 64, 'BANK_REFERENCE_INVALID', 'input.bankReference');
  if (bankReference instanceof UserError) return bankReference;
  const remittedOn = remittanceDay(input.remittedOn.trim(), now);
  if (remittedOn instanceof UserError) return remittedOn;
  return { amount, payerName, bankReference, remittedOn, memo: input.memo?.trim() || null };
}

/**
 * REMITTANCE_DUPLICATE_REFERENCE when another claim of the partner with this bank reference is
 * CONFIRMED (or, `pendingToo`, still PENDING).
 */
function referenceFree(
  tx: SqlEntityManager,
  partnerId: number,
  bankReference: string,
  exceptId: number | null,
  pendingToo: boolean,
) {
  return async () => {
    const statuses = pendingToo
      ? [RemittanceClaimStatus.CONFIRMED, RemittanceClaimStatus.PENDING]
      : [RemittanceClaimStatus.CONFIRMED];
    const taken = await tx.count(RemittanceClaim, {
      partner: partnerId,
      bankReference,
      status: { $in: statuses },
      ...(exceptId ? { id: { $ne: exceptId } } : {}),
    });
    return taken > 0
      ? new UserError(
          'REMITTANCE_DUPLICATE_REFERENCE',
          `A claim of this partner with bank reference ${bankReference} is already ${pendingToo ? 'pending or confirmed' : 'confirmed'}; one remittance is credited once.`,
          'input.bankReference',
        )
      : null;
  };
}

/** submitRemittanceClaim: a PENDING claim for the cloud to check. */
export async function submitRemittanceClaim(
  ctx: Context,
  input: SubmitRemittanceClaimInput,
): Promise<RemittanceClaimPayload> {
  const viewer = requireViewer(ctx);
  const claim = parseClaim(input, new Date());
  if (claim instanceof UserError) return refused(claim);
  const memo = await memoLength(claim.memo)();
  if (memo) return refused(memo);
  return idempotent(ctx, {
    operation: 'submitRemittanceClaim',
    input,
    refused,
    execute: async (tx) => {
      const partnerId = viewer.partner.id;
      const problem = await firstRefusal(
        rechargeEntityAllowed(tx, partnerId),
        referenceFree(tx, partnerId, claim.bankReference, null, true),
      );
      if (problem) return refused(problem);
      const id = await tx.insert(RemittanceClaim, {
        partner: partnerId,
        ...claim,
        status: RemittanceClaimStatus.PENDING,
        reason: null,
        tradeId: null,
        submittedBy: viewer.member.id,
        createdAt: new Date(),
        handledAt: null,
        handledBy: null,
      });
      await recordAudit(tx, ctx, {
        action: 'submitRemittanceClaim',
        target: toGlobalId('RemittanceClaim', id),
        after: { status: RemittanceClaimStatus.PENDING, amount: claim.amount, bankReference: claim.bankReference },
      });
      return success<RemittanceClaimPayload>({ remittanceClaim: await tx.findOneOrFail(RemittanceClaim, id) });
    },
  });
}

/** The claim, its row locked, if it is PENDING (and, for a member, its own partner's); why not otherwise. */
async function pendingClaim(
  tx: SqlEntityManager,
  id: number,
  ownPartnerId: number | null,
): Promise<RemittanceClaim | UserError> {
  await lockRows(tx, 'remittance_claim', [id]);
  const claim = await tx.findOne(RemittanceClaim, id, { refresh: true });
  if (!claim || (ownPartnerId != null && claim.partner.id !== ownPartnerId))
    return new UserError('REMITTANCE_CLAIM_NOT_FOUND', 'No remittance claim has that id.', 'input.claimId');
  if (claim.status !== RemittanceClaimStatus.PENDING)
    return new UserError(
      'REMITTANCE_CLAIM_NOT_PENDING',
      `This claim is ${claim.status} already; only a PENDING claim can be confirmed, rejected or cancelled.`,
      'input.claimId',
    );
  return claim;
}

/** Ends a PENDING claim without money (CANCELLED by the partner, REJECTED by an operator). */
async function closeClaim(
  tx: SqlEntityManager,
  ctx: Context,
  claim: RemittanceClaim,
  change: { status: RemittanceClaimStatus; reason: string | null; operatorId: number | null; action: string },
) {
  await tx.nativeUpdate(
    RemittanceClaim,
    { id: claim.id, status: RemittanceClaimStatus.PENDING },
    { status: change.status, reason: change.reason, handledAt: new Date(), handledBy: change.operatorId },
  );
  await recordAudit(tx, ctx, {
    action: change.action,
    partnerId: claim.partner.id,
    target: toGlobalId('RemittanceClaim', claim.id),
    before: { status: RemittanceClaimStatus.PENDING },
    after: { status: change.status, ...(change.reason ? { reason: change.reason } : {}) },
  });
  if (change.status === RemittanceClaimStatus.REJECTED)
    await remittanceHandled(tx, {
      memberId: claim.submittedBy.id,
      claimId: claim.id,
      amount: claim.amount,
      bankReference: claim.bankReference,
      reason: change.reason ?? '',
    });
  return success<RemittanceClaimPayload>({
    remittanceClaim: await tx.findOneOrFail(RemittanceClaim, claim.id, { refresh: true }),
  });
}

/** cancelRemittanceClaim: the partner withdraws its own PENDING claim. */
export async function cancelRemittanceClaim(
  ctx: Context,
  input: RemittanceClaimActionInput,
): Promise<RemittanceClaimPayload> {
  const viewer = requireViewer(ctx);
  const id = idOfType(input.claimId, 'RemittanceClaim', 'input.claimId');
  return ctx.em.transactional(async (tx) => {
    const claim = await pendingClaim(tx, id, viewer.partner.id);
    if (claim instanceof UserError) return refused(claim);
    return closeClaim(tx, ctx, claim, {
      status: RemittanceClaimStatus.CANCELLED,
      reason: null,
      operatorId: null,
      action: 'cancelRemittanceClaim',
    });
  });
}

/** rejectRemittanceClaim: an operator refuses a PENDING claim, with the reason the partner reads. */
export async function rejectRemittanceClaim(
  ctx: Context,
  input: RejectRemittanceClaimInput,
): Promise<RemittanceClaimPayload> {
  const actor = requireOperator(ctx);
  const id = idOfType(input.claimId, 'RemittanceClaim', 'input.claimId');
  const reason = rejectionReason(input.reason);
  if (reason instanceof UserError) return refused(reason);
  return ctx.em.transactional(async (tx) => {
    const claim = await pendingClaim(tx, id, null);
    if (claim instanceof UserError) return refused(claim);
    return closeClaim(tx, ctx, claim, {
      status: RemittanceClaimStatus.REJECTED,
      reason,
      operatorId: actor.operator.id,
      action: 'rejectRemittanceClaim',
    });
  });
}

/** confirmRemittanceClaim: an operator found the remittance; the cash account is credited once. */
export async function confirmRemittanceClaim(
  ctx: Context,
  input: RemittanceClaimActionInput,
): Promise<RemittanceClaimPayload> {
  const actor = requireOperator(ctx);
  const id = idOfType(input.claimId, 'RemittanceClaim', 'input.claimId');
  return ctx.em.transactional(async (tx) => {
    const claim = await pendingClaim(tx, id, null);
    if (claim instanceof UserError) return refused(claim);
    const partnerId = claim.partner.id;
    // The partner's accounts next (db/locks.ts): confirmations of one partner's claims run one at a time.
    await lockPartnerAccounts(tx, [partnerId]);
    const duplicate = await referenceFree(tx, partnerId, claim.bankReference, claim.id, false)();
    if (duplicate) return refused(duplicate);
    const now = new Date();
    const tradeId = newReference('RM', now);
    await tx.nativeUpdate(
      RemittanceClaim,
      { id, status: RemittanceClaimStatus.PENDING },
      { status: RemittanceClaimStatus.CONFIRMED, tradeId, handledAt: now, handledBy: actor.operator.id },
    );
    const balance = await bookPartnerMoney(tx, {
      account: WithdrawalAccount.CASH,
      partnerId,
      amount: claim.amount,
      tradeType: TradeType.REMITTANCE,
      tradeId,
      at: now,
    });
    if (balance == null) throw new Error(`partner ${partnerId} has no cash account`);
    await recordAudit(tx, ctx, {
      action: 'confirmRemittanceClaim',
      partnerId,
      target: toGlobalId('RemittanceClaim', id),
      before: { status: RemittanceClaimStatus.PENDING },
      after: { status: RemittanceClaimStatus.CONFIRMED, credited: claim.amount, balance, tradeId },
    });
    await remittanceHandled(tx, {
      memberId: claim.submittedBy.id,
      claimId: id,
      amount: claim.amount,
      bankReference: claim.bankReference,
      reason: null,
    });
    return success<RemittanceClaimPayload>({
      remittanceClaim: await tx.findOneOrFail(RemittanceClaim, id, { refresh: true }),
    });
  });
}
