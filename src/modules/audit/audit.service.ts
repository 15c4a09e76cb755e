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
}

/**
 * Writes who changed money or permissions, in the transaction of the change (`tx`), so the audit
 * row exists exactly when the change does.
 */
export async function recordAudit(tx: EntityManager, ctx: Context, entries: AuditEntry | AuditEntry[]): Promise<void> {
  const viewer = ctx.viewer;
  if (!viewer) throw new Error('audit without a viewer');
  const now = new Date();
  const rows = (Array.isArray(entries) ? entries : [entries]).map((e) => ({
    partnerId: viewer.partner.id,
    memberId: viewer.member.id,
    action: e.action,
    target: e.target,
    before: e.before ?? null,
    after: e.after ?? null,
    requestId: ctx.requestId,
    createdAt: now,
  }));
  if (rows.length) await tx.insertMany(AuditLog, rows);
}
