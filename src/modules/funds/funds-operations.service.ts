import type { SqlEntityManager } from '@mikro-orm/knex';
import type { Context } from '../../context';
import { UserError } from '../../common/errors';
import { fromGlobalId, toGlobalId } from '../../common/global-id';
import { checkPositiveAmount, formatFen } from '../../common/money';
import {
  type Batch,
  type BatchSpec,
  batchSizeError,
  firstRefusal,
  MAX_BATCH_SIZE,
  memoLength,
  parseItems,
  refusal,
  success,
} from '../../common/mutation-kit';
import { ownCustomerFilter } from '../../permissions/scopes';
import { requireViewer, type Viewer } from '../../permissions/viewer';
import { recordAudit } from '../audit/audit.service';
import { SubCustomer } from '../customer/customer.entity';
import { AssociationType } from '../customer/customer.enums';
import { idempotent } from '../idempotency/idempotency.service';
import { Partner } from '../partner/partner.entity';
import { partnerActive } from '../partner/partner.guards';
import { SensitiveOperation } from '../verification/verification.enums';
import { verified } from '../verification/verification.service';
import { AdjustRecord } from './funds.entity';
import type {
  AllocateFundsInput,
  AllocateFundsToResellerInput,
  FundAllocationInput,
  MoneyMutationInput,
  ReclaimFundsFromResellerInput,
  ReclaimFundsInput,
} from './funds.mutation-inputs';
import type { AllocateFundsPayload, FundMovementPayload } from './funds.payloads';
import { runFullWithdrawal } from './full-withdrawal';
import { holdResaleCustomers, moveBetweenPartnerAndCustomer, moveBetweenPartners } from './ledger';

export const MAX_ALLOCATIONS_PER_CALL = MAX_BATCH_SIZE;
/** 999,999,999.99 元: the platform's cap for one movement to a reseller; used for customers too. */
export const MAX_MOVEMENT_FEN = 99_999_999_999;

const ALLOCATIONS: BatchSpec = {
  field: 'input.allocations',
  type: 'SubCustomer',
  noun: 'allocations',
  max: MAX_ALLOCATIONS_PER_CALL,
  duplicate: { code: 'DUPLICATE_CUSTOMER', message: 'This customer appears earlier in the same batch.' },
};

const customerNotFound = (field: string) =>
  new UserError('CUSTOMER_NOT_FOUND', 'No customer with that id is visible to you.', field);
const notAssociated = (field: string) =>
  new UserError(
    'CUSTOMER_NOT_ASSOCIATED',
    "This customer's association with your partner has ended (unbound): no funds move to or from it.",
    field,
  );
const notResale = (field: string, verb: 'allocated only to' | 'reclaimed only from') =>
  new UserError('NOT_RESALE_CUSTOMER', `Funds can be ${verb} RESALE (代售) customers.`, field);

/** Checks shared by every money mutation, before any money moves: status, memo, verification. */
function moneyPreChecks(
  tx: SqlEntityManager,
  ctx: Context,
  viewer: Viewer,
  input: MoneyMutationInput,
  operation: SensitiveOperation,
): Promise<UserError | null> {
  return firstRefusal(
    partnerActive(viewer),
    memoLength(input.memo),
    verified(tx, ctx, operation, input.verificationCode),
  );
}

/** Customers and adjust records as they are now, by primary key. */
async function freshRows(tx: SqlEntityManager, customerIds: number[], recordIds: number[]) {
  const customers = new Map(
    (await tx.find(SubCustomer, { id: { $in: customerIds } }, { refresh: true })).map((c) => [c.id, c]),
  );
  const records = new Map((await tx.find(AdjustRecord, { id: { $in: recordIds } })).map((r) => [r.id, r]));
  return { customers, records };
}

// ── allocateFunds ───────────────────────────────────────────────────────────────────────────────

/** Each allocation's amount, checked after its customer id (INVALID_AMOUNT, AMOUNT_TOO_LARGE). */
const allocationReader = {
  id: (item: FundAllocationInput) => item.customerId,
  idPath: '.customerId',
  value: (item: FundAllocationInput, field: string): number | UserError => {
    const amount = checkPositiveAmount(item.amount, `${field}.amount`, MAX_MOVEMENT_FEN);
    return amount.ok ? amount.fen : new UserError(amount.code, amount.message, `${field}.amount`);
  },
};

interface Allocated {
  index: number;
  customerId: number;
  recordId: number;
  fen: number;
  balance: number;
}

/**
 * Holds the customers that are RESALE and associated (ascending ids) before the partner account is
 * touched: none is unbound or switched meanwhile, so a credit is never refused after the debit, and
 * rows are locked customer first, partner second, as reclaimFunds and unbindCustomer do.
 */
async function holdCustomers(tx: SqlEntityManager, viewer: Viewer, ids: number[]): Promise<Set<number>> {
  return holdResaleCustomers(tx, viewer.partner.id, ids);
}

/** Moves each allocation from the partner to its customer; each succeeds or fails alone. */
async function allocateEach(
  tx: SqlEntityManager,
  viewer: Viewer,
  batch: Batch<number>,
  memo: string | null | undefined,
): Promise<Allocated[]> {
  const customers = new Map(
    (await tx.find(SubCustomer, { $and: [{ id: { $in: batch.ids() } }, ownCustomerFilter(viewer)] })).map((c) => [
      c.id,
      c,
    ]),
  );
  const held = await holdCustomers(tx, viewer, [...customers.keys()]);
  const done: Allocated[] = [];
  for (const item of batch.items) {
    if (!customers.has(item.id)) {
      batch.fail(item, customerNotFound(item.idField));
      continue;
    }
    if (!held.has(item.id)) {
      const current = await tx.findOneOrFail(SubCustomer, item.id, { refresh: true });
      batch.fail(
        item,
        current.unboundAt != null ? notAssociated(item.idField) : notResale(item.idField, 'allocated only to'),
      );
      continue;
    }
    const moved = await moveBetweenPartnerAndCustomer(tx, {
      partnerId: viewer.partner.id,
      customerId: item.id,
      amount: item.value,
      direction: 'toCustomer',
      operatorId: viewer.member.id,
      memo,
    });
    if (!moved.ok) {
      const insufficient = new UserError(
        'INSUFFICIENT_BALANCE',
        `Your allocatable balance is less than ${formatFen(item.value)}.`,
        `${item.field}.amount`,
      );
      batch.fail(item, moved.refusedBy === 'partner' ? insufficient : notResale(item.idField, 'allocated only to'));
      continue;
    }
    const balance = moved.customerBalance;
    done.push({ index: item.index, customerId: item.id, recordId: moved.record.id, fen: item.value, balance });
  }
  return done;
}

const refusedAllocation = refusal<AllocateFundsPayload>({ succeeded: [], failed: [], partner: null });

/** 拨款 to up to 100 RESALE customers in one transaction; each allocation succeeds or fails alone. */
export async function allocateFunds(ctx: Context, input: AllocateFundsInput): Promise<AllocateFundsPayload> {
  const viewer = requireViewer(ctx);
  const size = batchSizeError(input.allocations, ALLOCATIONS);
  if (size) return refusedAllocation(size);
  return idempotent(ctx, {
    operation: 'allocateFunds',
    input,
    refused: refusedAllocation,
    execute: async (tx) => {
      const problem = await moneyPreChecks(tx, ctx, viewer, input, SensitiveOperation.ALLOCATE_FUNDS);
      if (problem) return refusedAllocation(problem);
      const batch = parseItems(input.allocations, ALLOCATIONS, allocationReader);
      const done = await allocateEach(tx, viewer, batch, input.memo);
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
      return success<AllocateFundsPayload>({
        succeeded: done.map((d) => ({
          index: d.index,
          customer: fresh.customers.get(d.customerId)!,
          adjustRecord: fresh.records.get(d.recordId)!,
        })),
        failed: batch.failed,
        partner: await tx.findOneOrFail(Partner, viewer.partner.id),
      });
    },
  });
}

// ── One movement: reclaimFunds, allocateFundsToReseller, reclaimFundsFromReseller ─────────────────

const refusedMovement = refusal<FundMovementPayload>({
  adjustRecord: null,
  customer: null,
  reseller: null,
  partner: null,
});

/** The viewer's own RESALE customer, still associated, or why not. */
async function reclaimableCustomer(tx: SqlEntityManager, viewer: Viewer, globalId: string) {
  const id = fromGlobalId(globalId);
  const customer =
    id?.type === 'SubCustomer'
      ? await tx.findOne(SubCustomer, { $and: [{ id: id.id }, ownCustomerFilter(viewer)] })
      : null;
  if (!customer) return customerNotFound('input.customerId');
  if (customer.unboundAt != null) return notAssociated('input.customerId');
  if (customer.associationType !== AssociationType.RESALE) return notResale('input.customerId', 'reclaimed only from');
  return customer;
}

/**
 * A full withdrawal (全额提现) is a reclaim of the customer's whole balance: the customer is held
 * first (db/locks.ts) so its balance is the one withdrawn, then the registered effects run (the
 * coupon module returns CASH and PICKUP coupon balances to their quotas). The reclaimed coupon ids.
 */
async function fullWithdrawal(tx: SqlEntityManager, viewer: Viewer, customerId: number, fen: number) {
  if (!(await holdResaleCustomers(tx, viewer.partner.id, [customerId])).has(customerId)) return [];
  const held = await tx.findOneOrFail(SubCustomer, customerId, { refresh: true });
  if (held.balance !== fen) return [];
  return runFullWithdrawal(tx, { partnerId: viewer.partner.id, customerId, operatorId: viewer.member.id });
}

/** 回收 from one RESALE customer: at most its balance; all of it is a full withdrawal (全额提现). */
export async function reclaimFunds(ctx: Context, input: ReclaimFundsInput): Promise<FundMovementPayload> {
  const viewer = requireViewer(ctx);
  return idempotent(ctx, {
    operation: 'reclaimFunds',
    input,
    refused: refusedMovement,
    execute: async (tx) => {
      const problem = await moneyPreChecks(tx, ctx, viewer, input, SensitiveOperation.RECLAIM_FUNDS);
      if (problem) return refusedMovement(problem);
      const amount = checkPositiveAmount(input.amount, 'input.amount', MAX_MOVEMENT_FEN);
      if (!amount.ok) return refusedMovement(new UserError(amount.code, amount.message, 'input.amount'));
      const customer = await reclaimableCustomer(tx, viewer, input.customerId);
      if (customer instanceof UserError) return refusedMovement(customer);
      const reclaimedCouponIds = await fullWithdrawal(tx, viewer, customer.id, amount.fen);
      const moved = await moveBetweenPartnerAndCustomer(tx, {
        partnerId: viewer.partner.id,
        customerId: customer.id,
        amount: amount.fen,
        direction: 'toPartner',
        operatorId: viewer.member.id,
        memo: input.memo,
      });
      // The customer is held with exactly this balance: a refusal after coupons moved means broken data.
      if (!moved.ok && reclaimedCouponIds.length) throw new Error(`full withdrawal of customer ${customer.id} refused`);
      if (!moved.ok) {
        // Refused: not enough balance, or unbound by a concurrent request meanwhile.
        if ((await tx.findOneOrFail(SubCustomer, customer.id, { refresh: true })).unboundAt != null)
          return refusedMovement(notAssociated('input.customerId'));
        const message = `The customer's balance is less than ${formatFen(amount.fen)}.`;
        return refusedMovement(new UserError('CUSTOMER_BALANCE_INSUFFICIENT', message, 'input.amount'));
      }
      await recordAudit(tx, ctx, {
        action: 'reclaimFunds',
        target: toGlobalId('SubCustomer', customer.id),
        before: { balance: formatFen(moved.customerBalance + amount.fen) },
        after: {
          balance: formatFen(moved.customerBalance),
          reclaimedCoupons: reclaimedCouponIds.map((id) => toGlobalId('Coupon', id)),
        },
      });
      const fresh = await freshRows(tx, [customer.id], [moved.record.id]);
      return success<FundMovementPayload>({
        adjustRecord: fresh.records.get(moved.record.id)!,
        customer: fresh.customers.get(customer.id)!,
        reseller: null,
        partner: await tx.findOneOrFail(Partner, viewer.partner.id),
        reclaimedCouponIds,
      });
    },
  });
}

const movementRefusal = (refusedBy: 'distributor' | 'reseller', fen: number) =>
  refusedBy === 'distributor'
    ? new UserError('INSUFFICIENT_BALANCE', `Your allocatable balance is less than ${formatFen(fen)}.`, 'input.amount')
    : new UserError(
        'RESELLER_BALANCE_INSUFFICIENT',
        `The reseller's allocatable balance is less than ${formatFen(fen)}.`,
        'input.amount',
      );

/** Distributor ↔ cloud reseller movements. */
async function moveWithReseller(
  ctx: Context,
  input: AllocateFundsToResellerInput | ReclaimFundsFromResellerInput,
  direction: 'toReseller' | 'toDistributor',
): Promise<FundMovementPayload> {
  const viewer = requireViewer(ctx);
  const toReseller = direction === 'toReseller';
  const operation = toReseller ? 'allocateFundsToReseller' : 'reclaimFundsFromReseller';
  return idempotent(ctx, {
    operation,
    input,
    refused: refusedMovement,
    execute: async (tx) => {
      const sensitive = toReseller
        ? SensitiveOperation.ALLOCATE_FUNDS_TO_RESELLER
        : SensitiveOperation.RECLAIM_FUNDS_FROM_RESELLER;
      const problem = await moneyPreChecks(tx, ctx, viewer, input, sensitive);
      if (problem) return refusedMovement(problem);
      const amount = checkPositiveAmount(input.amount, 'input.amount', MAX_MOVEMENT_FEN);
      if (!amount.ok) return refusedMovement(new UserError(amount.code, amount.message, 'input.amount'));
      const id = fromGlobalId(input.resellerId);
      if (id?.type !== 'Partner' || !viewer.resellerIds.includes(id.id))
        return refusedMovement(
          new UserError('RESELLER_NOT_FOUND', 'No cloud reseller of yours has that id.', 'input.resellerId'),
        );
      // moveBetweenPartners locks both cash accounts in ascending partner id before either changes.
      const moved = await moveBetweenPartners(tx, {
        distributorId: viewer.partner.id,
        resellerId: id.id,
        amount: amount.fen,
        direction,
        operatorId: viewer.member.id,
        memo: input.memo,
      });
      if (!moved.ok) return refusedMovement(movementRefusal(moved.refusedBy, amount.fen));
      await recordAudit(tx, ctx, {
        action: operation,
        target: toGlobalId('Partner', id.id),
        before: null,
        after: { moved: formatFen(amount.fen), transId: moved.record.transId },
      });
      const fresh = await freshRows(tx, [], [moved.record.id]);
      return success<FundMovementPayload>({
        adjustRecord: fresh.records.get(moved.record.id)!,
        customer: null,
        reseller: await tx.findOneOrFail(Partner, id.id),
        partner: await tx.findOneOrFail(Partner, viewer.partner.id),
      });
    },
  });
}

export const allocateFundsToReseller = (ctx: Context, input: AllocateFundsToResellerInput) =>
  moveWithReseller(ctx, input, 'toReseller');
export const reclaimFundsFromReseller = (ctx: Context, input: ReclaimFundsFromResellerInput) =>
  moveWithReseller(ctx, input, 'toDistributor');
