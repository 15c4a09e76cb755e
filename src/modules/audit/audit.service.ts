import type { EntityManager } from '@mikro-orm/core';
import type { Context } from '../../context';
import { AuditLog } from './audit.entity';

export interface AuditEntry {
  /** The mutation, e.g. allocateFunds, createRole. */
  action: string;
  /** What changed: a global id or `table:id`. */
  target: string;
  before?: unknown;
  after?: unknown;
  /**
   * The partner whose data changed. Defaults to the member's partner, or the customer's; an
   * operator's entries must name it.
   */
  partnerId?: number;
  /**
   * For a request without a signed-in actor that creates the member it acts as (acceptMemberInvitation:
   * the invited person): that member. Ignored when someone is signed in.
   */
  actingMemberId?: number;
}

/** The acting partner default and the actor's label and member id, for audit rows. */
function auditActor(
  ctx: Context,
  actingMemberId?: number,
): { partnerId: number | null; memberId: number | null; actor: string } {
  const actor = ctx.actor ?? (ctx.viewer ? { kind: 'MEMBER' as const, viewer: ctx.viewer } : null);
  switch (actor?.kind) {
    case 'MEMBER':
      return {
        partnerId: actor.viewer.partner.id,
        memberId: actor.viewer.member.id,
        actor: `member:${actor.viewer.member.id}`,
      };
    case 'CUSTOMER':
      return { partnerId: actor.customer?.partner.id ?? null, memberId: null, actor: `customer:${actor.account.id}` };
    case 'OPERATOR':
      return { partnerId: null, memberId: null, actor: `operator:${actor.operator.id}` };
    default:
      if (actingMemberId != null)
        return { partnerId: null, memberId: actingMemberId, actor: `member:${actingMemberId}` };
      throw new Error('audit without a signed-in actor');
  }
}

/**
 * Writes who changed money or permissions, in the transaction of the change (`tx`), so the audit
 * row exists exactly when the change does.
 */
export async function recordAudit(tx: EntityManager, ctx: Context, entries: AuditEntry | AuditEntry[]): Promise<void> {
  const list = Array.isArray(entries) ? entries : [entries];
  const who = auditActor(ctx, list[0]?.actingMemberId);
  const now = new Date();
  const rows = list.map((e) => ({
    partnerId: e.partnerId ?? who.partnerId ?? missingPartner(e.action),
    memberId: who.memberId,
    actor: who.actor,
    action: e.action,
    target: e.target,
    before: e.before ?? null,
    after: e.after ?? null,
    requestId: ctx.requestId,
    createdAt: now,
  }));
  if (rows.length) await tx.insertMany(AuditLog, rows);
}

function missingPartner(action: string): never {
  throw new Error(`audit of ${action}: the entry must name the partner whose data changed`);
}
