/**
 * Member invitations nobody answered in time: PENDING → EXPIRED once `expiresAt` has passed, each
 * with an audit row (no member did it: memberId null, the job as the request). Run by the
 * maintenance job `expire-invitations` (src/maintenance).
 */
import type { EntityManager } from '@mikro-orm/core';
import { toGlobalId } from '../../common/global-id';
import { AuditLog } from '../audit/audit.entity';
import { MemberInvitation } from './member.entity';
import { InvitationStatus } from './member.enums';

/** Expires up to `limit` pending invitations past their expiry at `now`; returns how many. */
export async function expireInvitations(
  em: EntityManager,
  now: Date,
  limit: number,
  requestId: string,
): Promise<number> {
  const due = await em.find(
    MemberInvitation,
    { status: InvitationStatus.PENDING, expiresAt: { $lte: now } },
    { fields: ['id', 'partner'], orderBy: { id: 'asc' }, limit },
  );
  if (!due.length) return 0;
  return em.transactional(async (tx) => {
    let expired = 0;
    for (const invitation of due) {
      // Conditional: an invitation cancelled (or answered) meanwhile stays as it is.
      const changed = await tx.nativeUpdate(
        MemberInvitation,
        { id: invitation.id, status: InvitationStatus.PENDING, expiresAt: { $lte: now } },
        { status: InvitationStatus.EXPIRED },
      );
      if (!changed) continue;
      expired++;
      await tx.insert(AuditLog, {
        partnerId: invitation.partner.id,
        memberId: null,
        action: 'expireInvitation',
        target: toGlobalId('MemberInvitation', invitation.id),
        before: { status: InvitationStatus.PENDING },
        after: { status: InvitationStatus.EXPIRED },
        requestId,
        createdAt: now,
      });
    }
    return expired;
  });
}
