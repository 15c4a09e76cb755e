/**
 * 提现 and 激励返点提现 (seed 003): requestWithdrawal takes the amount off the cash or bonus account
 * at once (WITHDRAWAL / REBATE_WITHDRAWAL record), so a PENDING withdrawal holds it: it can be neither
 * spent nor withdrawn twice (the ledger's conditional debit is exact under concurrency). A cloud
 * operator (ops:withdrawal) pays it (PAID: the money is gone) or rejects it (REJECTED: the amount
 * comes back, WITHDRAWAL_RETURNED / REBATE_WITHDRAWAL_RETURNED, same tradeId).
 */
import type { SqlEntityManager } from '@mikro-orm/knex';
import type { Context } from '../../context';
import { UserError } from '../../common/errors';
import { idOfType, toGlobalId } from '../../common/global-id';
import { formatFen } from '../../common/money';
import { type Check, firstRefusal, refusal, success } from '../../common/mutation-kit';
import { lockPartnerAccounts, lockRows } from '../../db/locks';
import { requireOperator, requireViewer, type Viewer } from '../../permissions/viewer';
import { recordAudit } from '../audit/audit.service';
import { withdrawalHandled } from '../notification/finance.events';
import { TradeType } from '../funds/funds.enums';
import { idempotent } from '../idempotency/idempotency.service';
import { invoicedAmountNotReturned } from '../invoice/invoice.service';
import { partnerActive } from '../partner/partner.guards';
import { SensitiveOperation } from '../verification/verification.enums';
import { consumeCode } from '../verification/verification.service';
import { bookPartnerMoney, refusalRollsBack, withdrawable } from './partner-account.booking';
import { Withdrawal } from './partner-account.entity';
import { WithdrawalAccount, WithdrawalStatus } from './partner-account.enums';
import type {
  PayWithdrawalInput,
  RejectWithdrawalInput,
  RequestWithdrawalInput,
} from './partner-account.mutation-inputs';
import type { WithdrawalPayload } from './partner-account.payloads';
import {
  bankAccountNumber,
  newReference,
  rejectionReason,
  requiredText,
  withdrawalAmount,
} from './partner-account.rules';

const refused = refusal<WithdrawalPayload>({ withdrawal: null });

const TRADE_TYPES = {
  [WithdrawalAccount.CASH]: { out: TradeType.WITHDRAWAL, back: TradeType.WITHDRAWAL_RETURNED },
  [WithdrawalAccount.BONUS]: { out: TradeType.REBATE_WITHDRAWAL, back: TradeType.REBATE_WITHDRAWAL_RETURNED },
};

/** The request's amount and bank account, checked before any transaction, or the first refusal. */
function parseRequest(input: RequestWithdrawalInput) {
  const amount = withdrawalAmount(input.amount);
  if (amount instanceof UserError) return amount;
  const bankName = requiredText(input.bankAccount.bankName, 100, 'BANK_DETAILS_INVALID', 'input.bankAccount.bankName');
  if (bankName instanceof UserError) return bankName;
  const accountName = requiredText(
    input.bankAccount.accountName,
    100,
    'BANK_DETAILS_INVALID',
    'input.bankAccount.accountName',
  );
  if (accountName instanceof UserError) return accountName;
  const accountNumber = bankAccountNumber(input.bankAccount.accountNumber);
  if (accountNumber instanceof UserError) return accountNumber;
  return { amount, bankName, accountName, accountNumber };
}

const exceeds = (account: WithdrawalAccount, available: number) =>
  new UserError(
    'WITHDRAWAL_EXCEEDS_WITHDRAWABLE',
    `The amount is more than you can withdraw from your ${account === WithdrawalAccount.CASH ? 'cash account (balance − designated amount)' : 'bonus account'}: ${formatFen(Math.max(available, 0))}.`,
    'input.amount',
  );

const invoicedFirst = (available: number, invoiced: number) =>
  new UserError(
    'WITHDRAWAL_INVOICED_NOT_RETURNED',
    `${formatFen(invoiced)} of your cash has been invoiced and the invoices are not returned: return them first (退票), or withdraw at most ${formatFen(Math.max(available - invoiced, 0))}.`,
    'input.amount',
  );

/**
 * WITHDRAWAL_EXCEEDS_WITHDRAWABLE when the account holds less than `amount` to withdraw now; for the
 * cash account, WITHDRAWAL_INVOICED_NOT_RETURNED when the amount reaches into what has been invoiced
 * and not returned (已开票的金额提现前需先退票, seeds 000/002).
 */
function enoughToWithdraw(tx: SqlEntityManager, partnerId: number, account: WithdrawalAccount, amount: number): Check {
  return async () => {
    // Held from the read on: the invoiced part is a rule of the balance, not of one conditional
    // UPDATE, so two withdrawals must not both read the balance before either takes from it.
    await lockPartnerAccounts(tx, [partnerId]);
    const available = await withdrawable(tx, partnerId, account);
    if (available < amount) return exceeds(account, available);
    if (account !== WithdrawalAccount.CASH) return null;
    const invoiced = await invoicedAmountNotReturned(tx, partnerId);
    return available - invoiced >= amount ? null : invoicedFirst(available, invoiced);
  };
}

/** The member's code for WITHDRAW: always required, whatever the partner's verification setting. */
function alwaysVerified(tx: SqlEntityManager, viewer: Viewer, code: string | null | undefined): Check {
  return () => consumeCode(tx, { memberId: viewer.member.id }, SensitiveOperation.WITHDRAW, code);
}

/** requestWithdrawal: holds the amount (it leaves the account now) in a PENDING withdrawal. */
export async function requestWithdrawal(ctx: Context, input: RequestWithdrawalInput): Promise<WithdrawalPayload> {
  const viewer = requireViewer(ctx);
  const request = parseRequest(input);
  if (request instanceof UserError) return refused(request);
  // 提现 (cash) is a default permission of every role; 激励返点提现 (bonus) is a point of its own.
  if (input.account === WithdrawalAccount.BONUS && !viewer.permissions.has('incentive:rebate-withdraw'))
    return refused(
      new UserError(
        'REBATE_WITHDRAWAL_NOT_PERMITTED',
        'Withdrawing incentive rebates (激励返点提现) needs the incentive:rebate-withdraw permission.',
        'input.account',
      ),
    );
  const partnerId = viewer.partner.id;
  return refusalRollsBack((rollBack) =>
    idempotent(ctx, {
      operation: 'requestWithdrawal',
      input,
      unhashed: ['verificationCode'],
      refused,
      execute: async (tx) => {
        const problem = await firstRefusal(
          partnerActive(viewer),
          enoughToWithdraw(tx, partnerId, input.account, request.amount),
          alwaysVerified(tx, viewer, input.verificationCode),
        );
        if (problem) return refused(problem);
        const now = new Date();
        const tradeId = newReference('WD', now);
        const balance = await bookPartnerMoney(tx, {
          account: input.account,
          partnerId,
          amount: -request.amount,
          tradeType: TRADE_TYPES[input.account].out,
          tradeId,
          at: now,
        });
        // Spent or withdrawn meanwhile by a concurrent request: undo everything, the code included.
        if (balance == null) rollBack(refused(exceeds(input.account, 0)));
        const id = await tx.insert(Withdrawal, {
          partner: partnerId,
          account: input.account,
          ...request,
          status: WithdrawalStatus.PENDING,
          tradeId,
          reason: null,
          payoutReference: null,
          requestedBy: viewer.member.id,
          createdAt: now,
          handledAt: null,
          handledBy: null,
        });
        await recordAudit(tx, ctx, {
          action: 'requestWithdrawal',
          target: toGlobalId('Withdrawal', id),
          after: { status: WithdrawalStatus.PENDING, account: input.account, amount: request.amount, balance, tradeId },
        });
        return success<WithdrawalPayload>({ withdrawal: await tx.findOneOrFail(Withdrawal, id) });
      },
    }),
  );
}

/** The withdrawal, its row locked, if it is PENDING; why not otherwise. */
async function pendingWithdrawal(tx: SqlEntityManager, id: number): Promise<Withdrawal | UserError> {
  await lockRows(tx, 'withdrawal', [id]);
  const withdrawal = await tx.findOne(Withdrawal, id, { refresh: true });
  if (!withdrawal) return new UserError('WITHDRAWAL_NOT_FOUND', 'No withdrawal has that id.', 'input.withdrawalId');
  if (withdrawal.status !== WithdrawalStatus.PENDING)
    return new UserError(
      'WITHDRAWAL_NOT_PENDING',
      `This withdrawal is ${withdrawal.status} already; only a PENDING one can be paid or rejected.`,
      'input.withdrawalId',
    );
  return withdrawal;
}

/** payWithdrawal: the cloud transferred the held amount; no balance changes (it left at the request). */
export async function payWithdrawal(ctx: Context, input: PayWithdrawalInput): Promise<WithdrawalPayload> {
  const actor = requireOperator(ctx);
  const id = idOfType(input.withdrawalId, 'Withdrawal', 'input.withdrawalId');
  const payoutReference =
    input.payoutReference == null
      ? null
      : requiredText(input.payoutReference, 64, 'PROVIDER_REFERENCE_INVALID', 'input.payoutReference');
  if (payoutReference instanceof UserError) return refused(payoutReference);
  return ctx.em.transactional(async (tx) => {
    const withdrawal = await pendingWithdrawal(tx, id);
    if (withdrawal instanceof UserError) return refused(withdrawal);
    await tx.nativeUpdate(
      Withdrawal,
      { id, status: WithdrawalStatus.PENDING },
      { status: WithdrawalStatus.PAID, payoutReference, handledAt: new Date(), handledBy: actor.operator.id },
    );
    await recordAudit(tx, ctx, {
      action: 'payWithdrawal',
      partnerId: withdrawal.partner.id,
      target: toGlobalId('Withdrawal', id),
      before: { status: WithdrawalStatus.PENDING },
      after: { status: WithdrawalStatus.PAID, payoutReference },
    });
    const handled = { memberId: withdrawal.requestedBy.id, withdrawalId: id, amount: withdrawal.amount };
    await withdrawalHandled(tx, { ...handled, reason: null });
    return success<WithdrawalPayload>({ withdrawal: await tx.findOneOrFail(Withdrawal, id, { refresh: true }) });
  });
}

/** rejectWithdrawal: the held amount returns to its account (…_RETURNED record, the request's tradeId). */
export async function rejectWithdrawal(ctx: Context, input: RejectWithdrawalInput): Promise<WithdrawalPayload> {
  const actor = requireOperator(ctx);
  const id = idOfType(input.withdrawalId, 'Withdrawal', 'input.withdrawalId');
  const reason = rejectionReason(input.reason);
  if (reason instanceof UserError) return refused(reason);
  return ctx.em.transactional(async (tx) => {
    const withdrawal = await pendingWithdrawal(tx, id);
    if (withdrawal instanceof UserError) return refused(withdrawal);
    const partnerId = withdrawal.partner.id;
    await lockPartnerAccounts(tx, [partnerId]);
    const now = new Date();
    await tx.nativeUpdate(
      Withdrawal,
      { id, status: WithdrawalStatus.PENDING },
      { status: WithdrawalStatus.REJECTED, reason, handledAt: now, handledBy: actor.operator.id },
    );
    const balance = await bookPartnerMoney(tx, {
      account: withdrawal.account,
      partnerId,
      amount: withdrawal.amount,
      tradeType: TRADE_TYPES[withdrawal.account].back,
      tradeId: withdrawal.tradeId,
      at: now,
    });
    if (balance == null) throw new Error(`partner ${partnerId} has no ${withdrawal.account} account`);
    await recordAudit(tx, ctx, {
      action: 'rejectWithdrawal',
      partnerId,
      target: toGlobalId('Withdrawal', id),
      before: { status: WithdrawalStatus.PENDING },
      after: { status: WithdrawalStatus.REJECTED, reason, returned: withdrawal.amount, balance },
    });
    await withdrawalHandled(tx, {
      memberId: withdrawal.requestedBy.id,
      withdrawalId: id,
      amount: withdrawal.amount,
      reason,
    });
    return success<WithdrawalPayload>({ withdrawal: await tx.findOneOrFail(Withdrawal, id, { refresh: true }) });
  });
}
