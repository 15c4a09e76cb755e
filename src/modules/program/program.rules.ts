/** Shared rules of the program workflows: membership lookups, the master account, identity switches. */
import { randomBytes } from 'node:crypto';
import type { SqlEntityManager } from '@mikro-orm/knex';
import { UserError } from '../../common/errors';
import { isKnownPermission } from '../../permissions/catalogue';
import { PresetRole } from '../../permissions/identities';
import { customRolePermissions, PRESET_ROLES } from '../../permissions/roles';
import { Member, MemberRole } from '../member/member.entity';
import { MemberStatus } from '../member/member.enums';
import { Partner } from '../partner/partner.entity';
import type { PartnerIdentity } from '../partner/partner.enums';
import { Role } from '../role/role.entity';
import { membershipStatusAt, ProgramMembership } from './program.entity';
import { type ProgramKind, ProgramMembershipStatus } from './program.enums';

/** Most characters of a reason or of business information. */
export const MAX_PROGRAM_TEXT = 500;

/** The partner's memberships of `kind` that are ACTIVE at `now` (stored ACTIVE and not past expiry). */
export async function activeMemberships(
  tx: SqlEntityManager,
  partnerId: number,
  kind: ProgramKind,
  now: Date,
): Promise<ProgramMembership[]> {
  const rows = await tx.find(
    ProgramMembership,
    { partner: partnerId, kind, status: ProgramMembershipStatus.ACTIVE },
    { refresh: true },
  );
  return rows.filter((m) => membershipStatusAt(m, now) === ProgramMembershipStatus.ACTIVE);
}

export const alreadyJoined = (field: string | null) =>
  new UserError('PROGRAM_ALREADY_JOINED', 'Your partner already holds an active membership of this program.', field);

/** A new ACTIVE membership, joined now by `memberId`. */
export async function join(
  tx: SqlEntityManager,
  partnerId: number,
  kind: ProgramKind,
  memberId: number | null,
  now: Date,
): Promise<ProgramMembership> {
  const membership = tx.create(ProgramMembership, {
    partner: partnerId,
    kind,
    joinedBy: memberId,
    joinedAt: now,
    expiresAt: null,
    status: ProgramMembershipStatus.ACTIVE,
    endedAt: null,
  });
  await tx.flush();
  return membership;
}

/** Ends the partner's stored-ACTIVE memberships of `kind`: ENDED if still running, EXPIRED if past expiry. */
export async function closeMemberships(tx: SqlEntityManager, partnerId: number, kind: ProgramKind, now: Date) {
  const where = { partner: partnerId, kind, status: ProgramMembershipStatus.ACTIVE };
  await tx.nativeUpdate(
    ProgramMembership,
    { ...where, expiresAt: { $ne: null, $lte: now } },
    { status: ProgramMembershipStatus.EXPIRED },
  );
  await tx.nativeUpdate(ProgramMembership, where, { status: ProgramMembershipStatus.ENDED, endedAt: now });
}

/**
 * The partner becomes `identity` (with `parentId` as its distributor, or none), and every role's
 * permissions are recomputed for it: preset roles get the preset's set for the new identity, custom
 * roles keep the codes the new identity allows (defaults added), so no role keeps a point its
 * identity does not have.
 */
export async function switchIdentity(
  tx: SqlEntityManager,
  partnerId: number,
  identity: PartnerIdentity,
  parentId: number | null,
): Promise<void> {
  await tx.nativeUpdate(Partner, { id: partnerId }, { identity, parent: parentId });
  const roles = await tx.find(Role, { partner: partnerId }, { refresh: true });
  for (const role of roles) {
    const codes = role.presetKey
      ? PRESET_ROLES[role.presetKey].permissions(identity)
      : customRolePermissions(identity, role.permissionCodes.filter(isKnownPermission));
    role.permissionCodes = [...codes];
  }
  await tx.flush();
}

/** 主账号: (design) the partner's master account is its first (lowest id) active administrator. */
export async function masterAccount(tx: SqlEntityManager, partnerId: number): Promise<Member | null> {
  const link = await tx.findOne(
    MemberRole,
    {
      role: { partner: partnerId, presetKey: PresetRole.ADMIN },
      member: { partner: partnerId, status: MemberStatus.ACTIVE },
    },
    { orderBy: { member: 'asc' }, populate: ['member'] },
  );
  return link ? link.member.getEntity() : null;
}

/** The destination of the master account's codes: its mobile, else its e-mail; null with neither. */
export const masterDestination = (master: Member | null): string | null => master?.mobile ?? master?.email ?? null;

/** An unguessable link token: 256 random bits, 43 base64url characters. */
export const newLinkToken = (): string => randomBytes(32).toString('base64url');

export const isLinkToken = (token: string): boolean => /^[A-Za-z0-9_-]{43}$/.test(token);

/** A reason of an operator (reject needs one): null when fine. */
export function reasonError(required: boolean, reason: string | null): UserError | null {
  if (required && !reason)
    return new UserError('PROGRAM_REASON_REQUIRED', 'A rejection needs a reason (1–500 characters).', 'input.reason');
  if (reason && reason.length > MAX_PROGRAM_TEXT)
    return new UserError('PROGRAM_REASON_TOO_LONG', 'The reason has more than 500 characters.', 'input.reason');
  return null;
}
