/**
 * The one way an incentive record changes stage: lock the record (db/locks.ts order), check the
 * transition of incentive.stages.ts against its current stage, a conditional UPDATE on that stage,
 * and the transition row, all in the caller's transaction. Two operators paying one record at once:
 * the second waits on the lock, then finds it PAID and is refused (INCENTIVE_STAGE_INVALID).
 * Each caller then passes what moved to incentivesMoved (incentive-rollup.ts), after its last lock.
 */
import type { SqlEntityManager } from '@mikro-orm/knex';
import { UserError } from '../../common/errors';
import { lockRows } from '../../db/locks';
import { IncentiveRecord, IncentiveTransition } from './incentive.entity';
import { IncentiveAction, type IncentiveActorKind, IncentiveStage } from './incentive.enums';
import { STAGES, transitionOf } from './incentive.stages';

export interface IncentiveActor {
  kind: IncentiveActorKind;
  /** `member:<id>`, `operator:<id>` or `maintenance:<job>`. */
  label: string;
}

export interface Move {
  recordId: number;
  action: IncentiveAction;
  actor: IncentiveActor;
  at: Date;
  /** Input path of the record's id, for the refusals. */
  field: string;
  /** A member's partner: other partners' records answer INCENTIVE_NOT_FOUND. */
  partnerId?: number;
  reason?: string | null;
  invoiceNumber?: string | null;
}

export interface Moved {
  record: IncentiveRecord;
  from: IncentiveStage;
}

/** The actions whose reason becomes the record's rejectionReason (驳回原因). */
const REJECTIONS: readonly IncentiveAction[] = [
  IncentiveAction.REJECT_COSIGN,
  IncentiveAction.CLOSE,
  IncentiveAction.FAIL_PAYMENT_ORDER,
];

export function stageInvalid(stage: IncentiveStage, action: IncentiveAction, field: string): UserError {
  const t = transitionOf(action);
  return new UserError(
    'INCENTIVE_STAGE_INVALID',
    `The incentive is ${stage} (${STAGES[stage].nameZh}); ${action} starts from ${t.from} (${STAGES[t.from].nameZh}). Nothing changed.`,
    field,
  );
}

/** The columns a transition sets besides the stage. */
function stampsOf(move: Move): Partial<IncentiveRecord> {
  const at = move.at;
  switch (move.action) {
    case IncentiveAction.APPLY:
      return { appliedAt: at };
    case IncentiveAction.INVOICE:
      return { invoicedAt: at, invoiceNumber: move.invoiceNumber ?? null };
    case IncentiveAction.PAY:
      return { paidAt: at };
    default:
      return REJECTIONS.includes(move.action) ? { rejectionReason: move.reason ?? null } : {};
  }
}

/** Takes one transition under the record's row lock; the moved record, or the refusal (nothing changed). */
export async function moveIncentive(tx: SqlEntityManager, move: Move): Promise<Moved | UserError> {
  const t = transitionOf(move.action);
  if (!t.by.includes(move.actor.kind)) throw new Error(`${move.actor.kind} may not take ${move.action}`);
  await lockRows(tx, 'incentive_record', [move.recordId]);
  const where = move.partnerId == null ? { id: move.recordId } : { id: move.recordId, partner: move.partnerId };
  const current = await tx.findOne(IncentiveRecord, where, { refresh: true });
  if (!current)
    return new UserError('INCENTIVE_NOT_FOUND', 'No incentive record with that id is visible to you.', move.field);
  if (current.stage !== t.from) return stageInvalid(current.stage, move.action, move.field);
  const changed = await tx.nativeUpdate(
    IncentiveRecord,
    { id: move.recordId, stage: t.from },
    { stage: t.to, stageChangedAt: move.at, version: current.version + 1, ...stampsOf(move) },
  );
  if (changed !== 1) return stageInvalid(current.stage, move.action, move.field);
  await tx.insert(IncentiveTransition, {
    record: move.recordId,
    action: move.action,
    fromStage: t.from,
    toStage: t.to,
    actorKind: move.actor.kind,
    actor: move.actor.label,
    reason: move.reason ?? null,
    at: move.at,
  });
  const record = await tx.findOneOrFail(IncentiveRecord, { id: move.recordId }, { refresh: true });
  return { record, from: t.from };
}
