import type { SqlEntityManager } from '@mikro-orm/knex';
import { currentRequestScope } from '../../common/request-scope';
import { toGlobalId } from '../../common/global-id';
import { formatFen } from '../../common/money';
import { AuditLog } from '../audit/audit.entity';
import { balanceAlert } from '../notification/notification.events';

/**
 * The partner's own low-balance alert (设置余额预警, `Partner.balanceAlertThreshold`): a debit of its
 * cash account that takes the balance from the threshold or more to under it has *crossed* it. The
 * cash owner (ledger.ts, changePartnerCash) detects the crossing in the statement that debits and
 * calls raiseBalanceAlert in the same transaction, so an alert exists exactly when the debit does,
 * once per crossing (a further debit under the threshold does not cross again; a credit back over
 * it re-arms the alert).
 */
export interface BalanceAlertCrossing {
  partnerId: number;
  /** The partner's threshold, fen. */
  threshold: number;
  /** Cash balance before and after the debit, fen. */
  before: number;
  after: number;
}

/** The crossing of a change from `before` to `after`, or null (no threshold, a credit, or no crossing). */
export function balanceAlertCrossing(
  partnerId: number,
  threshold: number | null,
  before: number,
  after: number,
): BalanceAlertCrossing | null {
  if (threshold == null || after >= before) return null;
  return before >= threshold && after < threshold ? { partnerId, threshold, before, after } : null;
}

/** The audit action a raised balance alert is recorded under. */
export const BALANCE_ALERT_ACTION = 'balanceAlert';

/**
 * THE ONE CALL SITE for a crossed balance alert: records the crossing in the audit log of the partner
 * whose balance crossed (action `balanceAlert`, no member: the system raised it) and notifies the
 * partner's members who may see the balance (in-app, and by SMS or e-mail through the outbox).
 */
export async function raiseBalanceAlert(tx: SqlEntityManager, crossing: BalanceAlertCrossing): Promise<void> {
  await tx.insert(AuditLog, {
    partnerId: crossing.partnerId,
    memberId: null,
    action: BALANCE_ALERT_ACTION,
    target: toGlobalId('Partner', crossing.partnerId),
    before: { balance: formatFen(crossing.before) },
    after: { balance: formatFen(crossing.after), threshold: formatFen(crossing.threshold) },
    requestId: currentRequestScope()?.requestId ?? 'system',
    createdAt: new Date(),
  });
  await balanceAlert(tx, {
    partnerId: crossing.partnerId,
    balanceFen: crossing.after,
    thresholdFen: crossing.threshold,
  });
}
