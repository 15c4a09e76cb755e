/**
 * 设置自动申请发放激励: for the partners that turned it on, the records waiting for an application
 * (待提交申请) are applied by the system (actor SYSTEM), one short transaction per record, each with
 * an audit row. Run by the maintenance job `auto-apply-incentives`; idempotent (a record applied
 * meanwhile by the partner is left as it is).
 */
import type { SqlEntityManager } from '@mikro-orm/knex';
import { UserError } from '../../common/errors';
import { AuditLog } from '../audit/audit.entity';
import { IncentiveRecord } from './incentive.entity';
import { IncentiveAction, IncentiveActorKind, IncentiveStage } from './incentive.enums';
import { moveIncentive } from './incentive.transition';
import { incentivesMoved } from './incentive-rollup';

/** Applies up to `limit` due records at `now`; answers how many moved. */
export async function autoApplyIncentives(
  em: SqlEntityManager,
  now: Date,
  limit: number,
  runId: string,
): Promise<number> {
  const due = await em.find(
    IncentiveRecord,
    { stage: IncentiveStage.PENDING_APPLICATION, partner: { incentiveAutoApply: true } },
    { fields: ['id', 'partner'], orderBy: { id: 'asc' }, limit },
  );
  let applied = 0;
  for (const record of due) {
    applied += await em.transactional(async (tx) => {
      const moved = await moveIncentive(tx, {
        recordId: record.id,
        action: IncentiveAction.APPLY,
        actor: { kind: IncentiveActorKind.SYSTEM, label: 'maintenance:auto-apply-incentives' },
        at: now,
        field: 'id',
      });
      if (moved instanceof UserError) return 0;
      await incentivesMoved(tx, [moved]);
      await tx.insert(AuditLog, {
        partnerId: moved.record.partner.id,
        memberId: null,
        action: 'autoApplyIncentive',
        target: moved.record.globalId,
        before: { stage: moved.from },
        after: { stage: moved.record.stage },
        requestId: runId,
        createdAt: now,
      });
      return 1;
    });
  }
  return applied;
}
