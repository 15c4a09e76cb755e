/**
 * What the role module reads about the members holding a role, without importing the member
 * module (member imports role): member rows are joined through the `member_role` pivot and their
 * states are written as the enums' string values, checked against the enums by type-only imports.
 */
import { raw } from '@mikro-orm/core';
import type { SqlEntityManager } from '@mikro-orm/knex';
import type { MemberInvitation } from '../member/member.entity';
import type { InvitationStatus, MemberStatus } from '../member/member.enums';
import { MemberRole } from './member-role.entity';

const ACTIVE: `${MemberStatus}` = 'ACTIVE';
const PENDING: `${InvitationStatus}` = 'PENDING';

/** Active members holding each of the roles, in one GROUP BY statement. */
export async function activeHolderCounts(
  em: SqlEntityManager,
  roleIds: readonly number[],
): Promise<Map<number, number>> {
  const rows = await em
    .createQueryBuilder(MemberRole, 'e')
    .select([raw('e.role_id as parent_id'), raw('count(*) as row_count')])
    .leftJoin('e.member', 'm')
    .where({ role: { $in: [...roleIds] }, 'm.status': ACTIVE })
    .groupBy('e.role_id')
    .execute<Record<string, unknown>[]>('all', false);
  return new Map(rows.map((r) => [Number(r.parent_id), Number(r.row_count)]));
}

/** How many active members hold the role. */
export async function activeHolderCount(em: SqlEntityManager, roleId: number): Promise<number> {
  return (await activeHolderCounts(em, [roleId])).get(roleId) ?? 0;
}

/** The partner's pending invitations not yet expired at `now`, read afresh from the database. */
export async function pendingInvitations(
  em: SqlEntityManager,
  partnerId: number,
  now: Date,
): Promise<MemberInvitation[]> {
  return em
    .createQueryBuilder<MemberInvitation>('MemberInvitation')
    .where({ partner: partnerId, status: PENDING, expiresAt: { $gt: now } })
    .getResultList();
}
