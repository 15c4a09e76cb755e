/**
 * The cloud operators' side of the payout (ops:incentive): co-signing, payment orders, the invoice
 * signed for, and the payment that credits the partner's bonus account (奖励账户) once.
 */
import type { SqlEntityManager } from '@mikro-orm/knex';
import type { Context } from '../../context';
import { UserError } from '../../common/errors';
import { idOfType } from '../../common/global-id';
import { firstRefusal, refusal, success } from '../../common/mutation-kit';
import { requireOperator } from '../../permissions/viewer';
import { recordAudit } from '../audit/audit.service';
import { incentiveMoved } from '../notification/finance.events';
import { TradeType } from '../funds/funds.enums';
import { changePartnerBonus } from '../funds/ledger';
import type { IncentiveRecord } from './incentive.entity';
import { IncentiveAction, IncentiveActorKind } from './incentive.enums';
import type { ProcessIncentiveInput } from './incentive.mutation-inputs';
import type { IncentivePayload } from './incentive.payloads';
import { reasonCheck } from './incentive.rules';
import { moveIncentive } from './incentive.transition';
import { incentivesMoved } from './incentive-rollup';

const refused = refusal<IncentivePayload>({ incentive: null });

/** 付款: the paid record's amount onto the partner's bonus account, with its INCENTIVE_PAYOUT record. */
async function creditBonus(tx: SqlEntityManager, record: IncentiveRecord, at: Date): Promise<void> {
  const balance = await changePartnerBonus(tx, {
    partnerId: record.partner.id,
    amount: record.amount,
    tradeType: TradeType.INCENTIVE_PAYOUT,
    tradeId: `incentive:${record.id}`,
    at,
  });
  // Every partner has a bonus account (seeds, registration); a credit is never refused otherwise.
  if (balance == null) throw new Error(`partner ${record.partner.id} has no bonus account`);
}

/**
 * One operator step (processIncentive): the action's transition from the record's current stage,
 * under the record's row lock; PAY also credits the bonus account in the same transaction. A step
 * repeated (two operators, or a retry) finds the record already moved and is refused with
 * INCENTIVE_STAGE_INVALID: the money moves once.
 */
export async function processIncentive(ctx: Context, input: ProcessIncentiveInput): Promise<IncentivePayload> {
  const operator = requireOperator(ctx);
  const id = idOfType(input.id, 'IncentiveRecord', 'input.id');
  const action = IncentiveAction[input.action];
  const problem = await firstRefusal(reasonCheck(action, input.reason));
  if (problem) return refused(problem);
  const reason = input.reason?.trim() || null;
  return ctx.em.transactional(async (tx) => {
    const at = new Date();
    const moved = await moveIncentive(tx, {
      recordId: id,
      action,
      actor: { kind: IncentiveActorKind.OPERATOR, label: `operator:${operator.operator.id}` },
      at,
      field: 'input.id',
      reason,
    });
    if (moved instanceof UserError) return refused(moved);
    if (action === IncentiveAction.PAY) await creditBonus(tx, moved.record, at);
    // incentive_month: a roll-up row is the last a transaction locks (after the bonus account).
    await incentivesMoved(tx, [moved]);
    await recordAudit(tx, ctx, {
      action: 'processIncentive',
      target: moved.record.globalId,
      partnerId: moved.record.partner.id,
      before: { stage: moved.from },
      after: { stage: moved.record.stage, action, reason },
    });
    await incentiveMoved(tx, {
      partnerId: moved.record.partner.id,
      recordId: moved.record.id,
      period: moved.record.period,
      stage: String(moved.record.stage),
      reason,
    });
    return success<IncentivePayload>({ incentive: moved.record });
  });
}
