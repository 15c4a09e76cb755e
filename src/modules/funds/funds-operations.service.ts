import type { EntityManager } from '@mikro-orm/core';
import type { Context } from '../../context';
import { requireViewer } from '../../permissions/viewer';
import { UserError } from '../../common/errors';
import { fromGlobalId, toGlobalId } from '../../common/global-id';
import { checkPositiveAmount, formatFen } from '../../common/money';
import { ownCustomerFilter } from '../../permissions/scopes';
import { recordAudit } from '../audit/audit.service';
import { idempotencyKeyOf, runIdempotent } from '../idempotency/idempotency.service';
import { consumeVerificationCode } from '../verification/verification.service';
import { SensitiveOperation } from '../verification/verification.enums';
import { partnerStatusError } from '../partner/partner.guards';
import { Partner } from '../partner/partner.entity';
import { SubCustomer } from '../customer/customer.entity';
import { AssociationType } from '../customer/customer.enums';
import type { Viewer } from '../../permissions/viewer';
import { holdResaleCustomer, moveBetweenPartnerAndCustomer, moveBetweenPartners } from './ledger';
import type {
  AllocateFundsInput,
  AllocateFundsToResellerInput,
  MoneyMutationInput,
  ReclaimFundsFromResellerInput,
  ReclaimFundsInput,
} from './funds.mutation-inputs';
import type { AllocateFundsPayload, FundMovementPayload } from './funds.payloads';

export const MAX_ALLOCATIONS_PER_CALL = 100;
/** 999,999,999.99 元: the platform's cap for one movement to a reseller; used for customers too. */
export const MAX_MOVEMENT_FEN = 99_999_999_999;
export const MAX_MEMO_LENGTH = 200;

const customerNotFound = (field: string) =>
  new UserError('CUSTOMER_NOT_FOUND', 'No customer with that id is visible to you.', field);
const notAssociated = (field: string) =>
  new UserError(
    'CUSTOMER_NOT_ASSOCIATED',
    "This customer's association with your partner has ended (unbound): no funds move to or from it.",
    field,
  );

/** Checks shared by every money mutation, before any money moves: status, memo, verification. */
async function preflight(
  tx: EntityManager,
  ctx: Context,
  viewer: Viewer,
  input: MoneyMutationInput,
  operation: SensitiveOperation,
): Promise<UserError | null> {
  const status = partnerStatusError(viewer);
  if (status) return status;
  if (input.memo != null && input.memo.length > MAX_MEMO_LENGTH) {
    return new UserError('MEMO_TOO_LONG', `memo is longer than ${MAX_MEMO_LENGTH} characters.`, 'input.memo');
  }
  return consumeVerificationCode(tx, ctx, operation, input.verificationCode);
}

/** The viewer's own customer in its row scope, or null (unknown and foreign ids alike). */
async function loadOwnCustomer(tx: EntityManager, viewer: Viewer, id: number): Promise<SubCustomer | null> {
  return tx.findOne(SubCustomer, { $and: [{ id }, ownCustomerFilter(viewer)] });
}

/** 拨款 to up to 100 RESALE customers in one transaction; each allocation succeeds or fails alone. */
export async function allocateFunds(ctx: Context, input: AllocateFundsInput): Promise<AllocateFundsPayload> {
  const viewer = requireViewer(ctx);
  const refused = (error: UserError): AllocateFundsPayload => ({
    succeeded: [],
    failed: [],
    partner: null,
    userErrors: [error],
  });
  if (input.allocations.length === 0)
    return refused(new UserError('BATCH_EMPTY', 'input.allocations is empty.', 'input.allocations'));
  if (input.allocations.length > MAX_ALLOCATIONS_PER_CALL) {
    return refused(
      new UserError(
        'BATCH_TOO_LARGE',
        `At most ${MAX_ALLOCATIONS_PER_CALL} allocations per call; got ${input.allocations.length}.`,
        'input.allocations',
      ),
    );
  }
  return runIdempotent({
    ctx,
    operation: 'allocateFunds',
    key: idempotencyKeyOf(ctx, input.idempotencyKey),
    input: input as unknown as Record<string, unknown>,
    conflict: refused,
    execute: async (tx) => {
      const problem = await preflight(tx, ctx, viewer, input, SensitiveOperation.ALLOCATE_FUNDS);
      if (problem) return refused(problem);
      const failed: UserError[] = [];
      const wanted: { index: number; customerId: number; fen: number }[] = [];
      const seen = new Set<number>();
      input.allocations.forEach((item, index) => {
        const field = `input.allocations[${index}]`;
        const id = fromGlobalId(item.customerId);
        const amount = checkPositiveAmount(item.amount, `${field}.amount`, MAX_MOVEMENT_FEN);
        if (id?.type !== 'SubCustomer')
          failed.push(
            new UserError('INVALID_ID', `${field}.customerId is not a SubCustomer id.`, `${field}.customerId`),
          );
        else if (!amount.ok) failed.push(new UserError(amount.code, amount.message, `${field}.amount`));
        else if (seen.has(id.id))
          failed.push(
            new UserError(
              'DUPLICATE_CUSTOMER',
              'This customer appears earlier in the same batch.',
              `${field}.customerId`,
            ),
          );
        else {
          seen.add(id.id);
          wanted.push({ index, customerId: id.id, fen: amount.fen });
        }
      });
      const customers = new Map(
        (
          await tx.find(SubCustomer, {
            $and: [{ id: { $in: wanted.map((w) => w.customerId) } }, ownCustomerFilter(viewer)],
          })
        ).map((c) => [c.id, c]),
      );
      // Hold the customers that are RESALE and associated (ascending ids) before the partner account is
      // touched: none is unbound or switched meanwhile, so a credit is never refused after the debit,
      // and rows are locked customer first, partner second, as reclaimFunds and unbindCustomer do.
      const held = new Set<number>();
      for (const id of [...customers.keys()].sort((a, b) => a - b))
        if (await holdResaleCustomer(tx, id, viewer.partner.id)) held.add(id);
      const done: { index: number; customerId: number; recordId: number; fen: number; balance: number }[] = [];
      for (const item of wanted) {
        const field = `input.allocations[${item.index}]`;
        const customer = customers.get(item.customerId);
        if (!customer) {
          failed.push(customerNotFound(`${field}.customerId`));
          continue;
        }
        if (!held.has(customer.id)) {
          const current = await tx.findOneOrFail(SubCustomer, customer.id, { refresh: true });
          failed.push(
            current.unboundAt != null
              ? notAssociated(`${field}.customerId`)
              : new UserError(
                  'NOT_RESALE_CUSTOMER',
                  'Funds can be allocated only to RESALE (代售) customers.',
                  `${field}.customerId`,
                ),
          );
          continue;
        }
        const moved = await moveBetweenPartnerAndCustomer(tx, {
          partnerId: viewer.partner.id,
          customerId: item.customerId,
          amount: item.fen,
          direction: 'toCustomer',
          operatorId: viewer.member.id,
          memo: input.memo,
        });
        if (!moved.ok) {
          failed.push(
            moved.refusedBy === 'partner'
              ? new UserError(
                  'INSUFFICIENT_BALANCE',
                  `Your allocatable balance is less than ${formatFen(item.fen)}.`,
                  `${field}.amount`,
                )
              : new UserError(
                  'NOT_RESALE_CUSTOMER',
                  'Funds can be allocated only to RESALE (代售) customers.',
                  `${field}.customerId`,
                ),
          );
          continue;
        }
        done.push({
          index: item.index,
          customerId: item.customerId,
          recordId: moved.record.id,
          fen: item.fen,
          balance: moved.customerBalance,
        });
      }
      failed.sort((a, b) => (a.field ?? '').localeCompare(b.field ?? '', undefined, { numeric: true }));
      await recordAudit(
        tx,
        ctx,
        done.map((d) => ({
          action: 'allocateFunds',
          target: toGlobalId('SubCustomer', d.customerId),
          before: { balance: formatFen(d.balance - d.fen) },
          after: { balance: formatFen(d.balance) },
        })),
      );
      const fresh = await freshRows(
        tx,
        done.map((d) => d.customerId),
        done.map((d) => d.recordId),
      );
      return {
        succeeded: done.map((d) => ({
          index: d.index,
          customer: fresh.customers.get(d.customerId)!,
          adjustRecord: fresh.records.get(d.recordId)!,
        })),
        failed,
        partner: await tx.findOneOrFail(Partner, viewer.partner.id),
        userErrors: [],
      };
    },
  });
}

async function freshRows(tx: EntityManager, customerIds: number[], recordIds: number[]) {
  const { AdjustRecord } = await import('./funds.entity');
  const customers = new Map(
    (await tx.find(SubCustomer, { id: { $in: customerIds } }, { refresh: true })).map((c) => [c.id, c]),
  );
  const records = new Map((await tx.find(AdjustRecord, { id: { $in: recordIds } })).map((r) => [r.id, r]));
  return { customers, records };
}

const emptyMovement = (error: UserError): FundMovementPayload => ({
  adjustRecord: null,
  customer: null,
  reseller: null,
  partner: null,
  userErrors: [error],
});

/** 回收 from one RESALE customer: at most its balance. */
export async function reclaimFunds(ctx: Context, input: ReclaimFundsInput): Promise<FundMovementPayload> {
  const viewer = requireViewer(ctx);
  return runIdempotent({
    ctx,
    operation: 'reclaimFunds',
    key: idempotencyKeyOf(ctx, input.idempotencyKey),
    input: input as unknown as Record<string, unknown>,
    conflict: emptyMovement,
    execute: async (tx) => {
      const problem = await preflight(tx, ctx, viewer, input, SensitiveOperation.RECLAIM_FUNDS);
      if (problem) return emptyMovement(problem);
      const amount = checkPositiveAmount(input.amount, 'input.amount', MAX_MOVEMENT_FEN);
      if (!amount.ok) return emptyMovement(new UserError(amount.code, amount.message, 'input.amount'));
      const id = fromGlobalId(input.customerId);
      const customer = id?.type === 'SubCustomer' ? await loadOwnCustomer(tx, viewer, id.id) : null;
      if (!customer) return emptyMovement(customerNotFound('input.customerId'));
      if (customer.unboundAt != null) return emptyMovement(notAssociated('input.customerId'));
      if (customer.associationType !== AssociationType.RESALE) {
        return emptyMovement(
          new UserError(
            'NOT_RESALE_CUSTOMER',
            'Funds can be reclaimed only from RESALE (代售) customers.',
            'input.customerId',
          ),
        );
      }
      const moved = await moveBetweenPartnerAndCustomer(tx, {
        partnerId: viewer.partner.id,
        customerId: customer.id,
        amount: amount.fen,
        direction: 'toPartner',
        operatorId: viewer.member.id,
        memo: input.memo,
      });
      if (!moved.ok) {
        // Refused: not enough balance, or unbound by a concurrent request meanwhile.
        if ((await tx.findOneOrFail(SubCustomer, customer.id, { refresh: true })).unboundAt != null)
          return emptyMovement(notAssociated('input.customerId'));
        return emptyMovement(
          new UserError(
            'CUSTOMER_BALANCE_INSUFFICIENT',
            `The customer's balance is less than ${formatFen(amount.fen)}.`,
            'input.amount',
          ),
        );
      }
      await recordAudit(tx, ctx, {
        action: 'reclaimFunds',
        target: toGlobalId('SubCustomer', customer.id),
        before: { balance: formatFen(moved.customerBalance + amount.fen) },
        after: { balance: formatFen(moved.customerBalance) },
      });
      const fresh = await freshRows(tx, [customer.id], [moved.record.id]);
      return {
        adjustRecord: fresh.records.get(moved.record.id)!,
        customer: fresh.customers.get(customer.id)!,
        reseller: null,
        partner: await tx.findOneOrFail(Partner, viewer.partner.id),
        userErrors: [],
      };
    },
  });
}

/** Distributor ↔ cloud reseller movements. */
async function moveWithReseller(
  ctx: Context,
  input: AllocateFundsToResellerInput | ReclaimFundsFromResellerInput,
  direction: 'toReseller' | 'toDistributor',
): Promise<FundMovementPayload> {
  const viewer = requireViewer(ctx);
  const operation = direction === 'toReseller' ? 'allocateFundsToReseller' : 'reclaimFundsFromReseller';
  return runIdempotent({
    ctx,
    operation,
    key: idempotencyKeyOf(ctx, input.idempotencyKey),
    input: input as unknown as Record<string, unknown>,
    conflict: emptyMovement,
    execute: async (tx) => {
      const sensitive =
        direction === 'toReseller'
          ? SensitiveOperation.ALLOCATE_FUNDS_TO_RESELLER
          : SensitiveOperation.RECLAIM_FUNDS_FROM_RESELLER;
      const problem = await preflight(tx, ctx, viewer, input, sensitive);
      if (problem) return emptyMovement(problem);
      const amount = checkPositiveAmount(input.amount, 'input.amount', MAX_MOVEMENT_FEN);
      if (!amount.ok) return emptyMovement(new UserError(amount.code, amount.message, 'input.amount'));
      const id = fromGlobalId(input.resellerId);
      if (id?.type !== 'Partner' || !viewer.resellerIds.includes(id.id)) {
        return emptyMovement(
          new UserError('RESELLER_NOT_FOUND', 'No cloud reseller of yours has that id.', 'input.resellerId'),
        );
      }
      // moveBetweenPartners locks both cash accounts in ascending partner id before either changes.
      const moved = await moveBetweenPartners(tx, {
        distributorId: viewer.partner.id,
        resellerId: id.id,
        amount: amount.fen,
        direction,
        operatorId: viewer.member.id,
        memo: input.memo,
      });
      if (!moved.ok) {
        return emptyMovement(
          moved.refusedBy === 'distributor'
            ? new UserError(
                'INSUFFICIENT_BALANCE',
                `Your allocatable balance is less than ${formatFen(amount.fen)}.`,
                'input.amount',
              )
            : new UserError(
                'RESELLER_BALANCE_INSUFFICIENT',
                `The reseller's allocatable balance is less than ${formatFen(amount.fen)}.`,
                'input.amount',
              ),
        );
      }
      await recordAudit(tx, ctx, {
        action: operation,
        target: toGlobalId('Partner', id.id),
        before: null,
        after: { moved: formatFen(amount.fen), transId: moved.record.transId },
      });
      const fresh = await freshRows(tx, [], [moved.record.id]);
      return {
        adjustRecord: fresh.records.get(moved.record.id)!,
        customer: null,
        reseller: await tx.findOneOrFail(Partner, id.id),
        partner: await tx.findOneOrFail(Partner, viewer.partner.id),
        userErrors: [],
      };
    },
  });
}

export const allocateFundsToReseller = (ctx: Context, input: AllocateFundsToResellerInput) =>
  moveWithReseller(ctx, input, 'toReseller');
export const reclaimFundsFromReseller = (ctx: Context, input: ReclaimFundsFromResellerInput) =>
  moveWithReseller(ctx, input, 'toDistributor');
