import type { Context } from '../context';
import { logger } from '../common/logger';

/**
 * A refused attempt (permission, partner boundary): a security event in the log, not a business
 * record, so refusals cannot be used to write into the database.
 */
export function logSecurityEvent(
  ctx: Pick<Context, 'viewer' | 'requestId'>,
  event: { kind: string; field?: string; reason: string },
): void {
  logger.warn(
    {
      event: 'security',
      kind: event.kind,
      field: event.field,
      reason: event.reason,
      partnerId: ctx.viewer?.partner.id ?? null,
      memberId: ctx.viewer?.member.id ?? null,
      requestId: ctx.requestId,
    },
    'access refused',
  );
}
