import type { EntityManager } from '@mikro-orm/core';
import type { Context } from '../../context';
import { requireViewer } from '../../permissions/viewer';
import { knownErrorCode } from '../../common/error-codes';
import { UserError, badInput } from '../../common/errors';
import { idOfType, toGlobalId } from '../../common/global-id';
import type { SqlEntityManager } from '../../common/paging';
import { MAX_INVITATIONS_PER_PARTNER_PER_DAY, validateRoleCombination } from '../../permissions';
import type { Viewer } from '../../permissions/viewer';
import { recordAudit, type AuditEntry } from '../audit/audit.service';
import { SubCustomer } from '../customer/customer.entity';
import { PartnerStatus } from '../partner/partner.enums';
import { Role } from '../role/role.entity';
import { PresetRole } from '../role/role.enums';
import { escalationError, permissionsBeyondViewer } from '../role/role-admin.service';
import { lockOrganisation } from '../partner/partner.guards';
import { Member, MemberInvitation, MemberRole } from './member.entity';
import { InvitationChannel, InvitationStatus, MemberStatus } from './member.enums';

/** An invitation lapses this long after it was sent. */
export const INVITATION_TTL_MS = 7 * 24 * 3600 * 1000;
/** Shape limit of a role id list in one input; 1–3 is the rule (ROLE_COUNT_OUT_OF_RANGE). */
const MAX_ROLE_IDS_PER_INPUT = 20;
const MAX_TARGET_LENGTH = 200;

/** mobile `00XX-XXXXXXX`: country code after 00, a dash, the number. */
export const MOBILE_FORMAT = /^00\d{1,4}-\d{4,14}$/;
const EMAIL_FORMAT = /^[^\s@]+@[^\s@.]+(\.[^\s@.]+)+$/;
/** Login-name rule of cloud accounts (domain.md §2). */
const ACCOUNT_NAME_FORMAT = /^[a-zA-Z_-][a-zA-Z0-9_-]{4,31}$/;

export interface MemberResult {
  member: Member | null;
  /** Customers whose account manager was cleared as a consequence. */
  unassignedCustomerCount: number;
  /** Account managers who lost this member as their supervisor as a consequence. */
  detachedManagerCount: number;
  userErrors: UserError[];
}

const refusedMember = (...userErrors: UserError[]): MemberResult => ({
  member: null,
  unassignedCustomerCount: 0,
  detachedManagerCount: 0,
  userErrors,
});

const memberNotFound = () =>
  new UserError('MEMBER_NOT_FOUND', 'No member with that id exists in your partner.', 'input.memberId');
const memberNotActive = () =>
  new UserError(
    'MEMBER_NOT_ACTIVE',
    "This member's association is cancelled; it cannot be changed any more.",
    'input.memberId',
  );

/** Primary keys of a role id list; duplicates and oversized lists are shape errors. */
function parseRoleIds(ids: readonly string[], field: string): number[] {
  if (ids.length > MAX_ROLE_IDS_PER_INPUT)
    throw badInput(`${field} lists ${ids.length} roles; a member holds 1–3.`, field);
  const parsed = ids.map((id, i) => idOfType(id, 'Role', `${field}[${i}]`));
  const dup = parsed.findIndex((id, i) => parsed.indexOf(id) !== i);
  if (dup >= 0) throw badInput(`${field}[${dup}] repeats a role listed before.`, `${field}[${dup}]`);
  return parsed;
}

/**
 * Roles a member is to hold, checked: each a role of the partner (ROLE_NOT_FOUND), an allowed
 * combination (validateRoleCombination), nothing the viewer does not hold (PERMISSION_ESCALATION).
 */
async function checkRoles(
  tx: EntityManager,
  viewer: Viewer,
  roleIds: readonly number[],
  field: string,
): Promise<{ roles: Role[] } | { errors: UserError[] }> {
  const found = roleIds.length
    ? await tx.find(Role, { id: { $in: [...roleIds] }, partner: viewer.partner.id }, { refresh: true })
    : [];
  const byId = new Map(found.map((r) => [r.id, r]));
  const errors: UserError[] = [];
  roleIds.forEach((id, i) => {
    if (!byId.has(id))
      errors.push(new UserError('ROLE_NOT_FOUND', 'No role with that id exists in your partner.', `${field}[${i}]`));
  });
  if (errors.length) return { errors };
  const roles = roleIds.map((id) => byId.get(id)!);
  const violation = validateRoleCombination(roles.map((r) => r.presetKey ?? null));
  if (violation) return { errors: [new UserError(knownErrorCode(violation.code), violation.message, field)] };
  const missing = permissionsBeyondViewer(
    viewer,
    roles.flatMap((r) => r.permissionCodes),
  );
  if (missing.length) return { errors: [escalationError(missing, field, 'A role you chose')] };
  return { roles };
}

/** Current roles of a member (fresh from the database). */
async function rolesOf(tx: EntityManager, memberId: number): Promise<Role[]> {
  const links = await tx.find(MemberRole, { member: memberId }, { populate: ['role'], refresh: true });
  return links.map((l) => l.role.getEntity());
}

/** Active members of the partner other than `memberId` holding the ADMIN role. */
function otherActiveAdmins(tx: EntityManager, partnerId: number, memberId: number): Promise<number> {
  return tx.count(MemberRole, {
    role: { partner: partnerId, presetKey: PresetRole.ADMIN },
    member: { partner: partnerId, status: MemberStatus.ACTIVE, id: { $ne: memberId } },
  });
}

const lastAdmin = (field: string) =>
  new UserError(
    'LAST_ADMIN',
    'This member is the last active administrator of your partner; make another member administrator first.',
    field,
  );

/** A member of the partner (fresh), for changes. */
function findMember(tx: EntityManager, partnerId: number, memberId: number): Promise<Member | null> {
  return tx.findOne(Member, { id: memberId, partner: partnerId }, { refresh: true });
}

/**
 * Keeps the account-manager links pointing at members who can carry them, after `member` loses
 * roles or is cancelled:
 * - no ACCOUNT_MANAGER nor ACCOUNT_MANAGER_SUPERVISOR role left → its customers are unassigned;
 * - no ACCOUNT_MANAGER_SUPERVISOR role left → the managers it supervised have no supervisor;
 * - no ACCOUNT_MANAGER role left → it has no supervisor itself.
 * Returns an audit entry per changed customer or manager.
 */
async function detachOrgLinks(
  tx: EntityManager,
  action: string,
  partnerId: number,
  member: Member,
  keeps: { am: boolean; supervisor: boolean },
): Promise<{ unassigned: number[]; detached: number[]; audit: AuditEntry[] }> {
  const sql = tx as SqlEntityManager;
  const memberGid = member.globalId;
  const audit: AuditEntry[] = [];
  let unassigned: number[] = [];
  let detached: number[] = [];
  if (!keeps.am && !keeps.supervisor) {
    const rows = (await sql.execute(
      'select id from sub_customer where partner_id = ? and account_manager_id = ? order by id',
      [partnerId, member.id],
    )) as { id: number }[];
    unassigned = rows.map((r) => Number(r.id));
    if (unassigned.length) {
      // One statement; money columns are untouched (balances move by conditional updates elsewhere).
      await tx.nativeUpdate(SubCustomer, { partner: partnerId, accountManager: member.id }, { accountManager: null });
      for (const id of unassigned) {
        audit.push({
          action,
          target: toGlobalId('SubCustomer', id),
          before: { accountManagerId: memberGid },
          after: { accountManagerId: null },
        });
      }
    }
  }
  if (!keeps.supervisor) {
    const rows = (await sql.execute('select id from member where partner_id = ? and supervisor_id = ? order by id', [
      partnerId,
      member.id,
    ])) as { id: number }[];
    detached = rows.map((r) => Number(r.id));
    if (detached.length) {
      await tx.nativeUpdate(Member, { partner: partnerId, supervisor: member.id }, { supervisor: null });
      for (const id of detached) {
        audit.push({
          action,
          target: toGlobalId('Member', id),
          before: { supervisorId: memberGid },
          after: { supervisorId: null },
        });
      }
    }
  }
  if (!keeps.am && member.supervisor) member.supervisor = null;
  return { unassigned, detached, audit };
}

const roleIdsOf = (roles: Role[]) => roles.map((r) => toGlobalId('Role', r.id));

/**
 * assignMemberRoles: replaces the member's roles (1–3, allowed combination, the partner's own),
 * never leaving the partner without an active administrator. Effective on the member's next
 * request (the viewer is loaded per request).
 */
export async function assignMemberRoles(
  ctx: Context,
  input: { memberId: string; roleIds: string[] },
): Promise<MemberResult> {
  const viewer = requireViewer(ctx);
  const partnerId = viewer.partner.id;
  const memberId = idOfType(input.memberId, 'Member', 'input.memberId');
  const roleIds = parseRoleIds(input.roleIds, 'input.roleIds');
  return ctx.em.transactional(async (tx): Promise<MemberResult> => {
    await lockOrganisation(tx, partnerId);
    const member = await findMember(tx, partnerId, memberId);
    if (!member) return refusedMember(memberNotFound());
    if (member.status !== MemberStatus.ACTIVE) return refusedMember(memberNotActive());
    const current = await rolesOf(tx, member.id);
    const beyond = permissionsBeyondViewer(
      viewer,
      current.flatMap((r) => r.permissionCodes),
    );
    if (beyond.length) return refusedMember(escalationError(beyond, 'input.memberId', 'This member'));
    const checked = await checkRoles(tx, viewer, roleIds, 'input.roleIds');
    if ('errors' in checked) return refusedMember(...checked.errors);
    const next = checked.roles;
    const has = (roles: Role[], key: PresetRole) => roles.some((r) => r.presetKey === key);
    if (
      has(current, PresetRole.ADMIN) &&
      !has(next, PresetRole.ADMIN) &&
      (await otherActiveAdmins(tx, partnerId, member.id)) === 0
    ) {
      return refusedMember(lastAdmin('input.roleIds'));
    }
    const currentIds = new Set(current.map((r) => r.id));
    const nextIds = new Set(next.map((r) => r.id));
    const removed = [...currentIds].filter((id) => !nextIds.has(id));
    const added = [...nextIds].filter((id) => !currentIds.has(id));
    if (removed.length === 0 && added.length === 0)
      return { member, unassignedCustomerCount: 0, detachedManagerCount: 0, userErrors: [] };

    const supervisorBefore = member.supervisor ? toGlobalId('Member', member.supervisor.id) : null;
    if (removed.length) await tx.nativeDelete(MemberRole, { member: member.id, role: { $in: removed } });
    if (added.length)
      await tx.insertMany(
        MemberRole,
        added.map((role) => ({ member: member.id, role })),
      );
    const links = await detachOrgLinks(tx, 'assignMemberRoles', partnerId, member, {
      am: has(next, PresetRole.ACCOUNT_MANAGER),
      supervisor: has(next, PresetRole.ACCOUNT_MANAGER_SUPERVISOR),
    });
    await tx.flush();
    await recordAudit(tx, ctx, [
      {
        action: 'assignMemberRoles',
        target: member.globalId,
        before: { roleIds: roleIdsOf(current), supervisorId: supervisorBefore },
        after: {
          roleIds: roleIdsOf(next),
          supervisorId: member.supervisor ? toGlobalId('Member', member.supervisor.id) : null,
        },
      },
      ...links.audit,
    ]);
    return {
      member,
      unassignedCustomerCount: links.unassigned.length,
      detachedManagerCount: links.detached.length,
      userErrors: [],
    };
  });
}

/**
 * cancelMemberAssociation: the member can no longer sign in (its tokens stop working on the next
 * request); its customers are unassigned and the managers it supervised detached, in the same
 * transaction, so no customer or manager points at a cancelled member.
 */
export async function cancelMemberAssociation(ctx: Context, input: { memberId: string }): Promise<MemberResult> {
  const viewer = requireViewer(ctx);
  const partnerId = viewer.partner.id;
  const memberId = idOfType(input.memberId, 'Member', 'input.memberId');
  if (memberId === viewer.member.id) {
    return refusedMember(
      new UserError(
        'CANNOT_CANCEL_SELF',
        'You cannot cancel your own association; ask another member who manages members.',
        'input.memberId',
      ),
    );
  }
  return ctx.em.transactional(async (tx): Promise<MemberResult> => {
    await lockOrganisation(tx, partnerId);
    const member = await findMember(tx, partnerId, memberId);
    if (!member) return refusedMember(memberNotFound());
    if (member.status !== MemberStatus.ACTIVE) return refusedMember(memberNotActive());
    const roles = await rolesOf(tx, member.id);
    const beyond = permissionsBeyondViewer(
      viewer,
      roles.flatMap((r) => r.permissionCodes),
    );
    if (beyond.length) return refusedMember(escalationError(beyond, 'input.memberId', 'This member'));
    if (
      roles.some((r) => r.presetKey === PresetRole.ADMIN) &&
      (await otherActiveAdmins(tx, partnerId, member.id)) === 0
    ) {
      return refusedMember(lastAdmin('input.memberId'));
    }
    const supervisorBefore = member.supervisor ? toGlobalId('Member', member.supervisor.id) : null;
    member.status = MemberStatus.CANCELLED;
    const links = await detachOrgLinks(tx, 'cancelMemberAssociation', partnerId, member, {
      am: false,
      supervisor: false,
    });
    await tx.flush();
    await recordAudit(tx, ctx, [
      {
        action: 'cancelMemberAssociation',
        target: member.globalId,
        before: { status: MemberStatus.ACTIVE, supervisorId: supervisorBefore },
        after: {
          status: MemberStatus.CANCELLED,
          supervisorId: null,
          unassignedCustomers: links.unassigned.length,
          detachedManagers: links.detached.length,
        },
      },
      ...links.audit,
    ]);
    return {
      member,
      unassignedCustomerCount: links.unassigned.length,
      detachedManagerCount: links.detached.length,
      userErrors: [],
    };
  });
}

export interface InvitationResult {
  invitation: MemberInvitation | null;
  userErrors: UserError[];
}

const refusedInvitation = (...userErrors: UserError[]): InvitationResult => ({ invitation: null, userErrors });

/** The target as stored (emails lower-cased), or null when it does not fit the channel. */
export function normalizeTarget(channel: InvitationChannel, target: string): string | null {
  const t = target.trim();
  if (t.length === 0 || t.length > MAX_TARGET_LENGTH) return null;
  switch (channel) {
    case InvitationChannel.MOBILE:
      return MOBILE_FORMAT.test(t) ? t : null;
    case InvitationChannel.EMAIL:
      return EMAIL_FORMAT.test(t) ? t.toLowerCase() : null;
    case InvitationChannel.ACCOUNT_NAME:
      return ACCOUNT_NAME_FORMAT.test(t) && !/^(op_|shadow_)/i.test(t) && !/^\d+$/.test(t) ? t : null;
  }
  return null;
}

const TARGET_RULES: Record<InvitationChannel, string> = {
  [InvitationChannel.MOBILE]:
    'a mobile number 00XX-XXXXXXX (00, country code, dash, 4–14 digits), e.g. 0086-13912345678',
  [InvitationChannel.EMAIL]: 'an email address',
  [InvitationChannel.ACCOUNT_NAME]:
    'an account name of 5–32 letters, digits, _ or -, not starting with a digit, op_ or shadow_',
};

const startOfUtcDay = (now: Date) => new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate()));

/**
 * inviteMember: ≤ 100 invitations per partner per UTC day (exact under concurrency: counted after
 * lockOrganisation), one pending invitation per target, valid roles, not while the partner is
 * frozen. Lapses after 7 days.
 */
export async function inviteMember(
  ctx: Context,
  input: { channel: InvitationChannel; target: string; roleIds: string[] },
): Promise<InvitationResult> {
  const viewer = requireViewer(ctx);
  const partnerId = viewer.partner.id;
  const roleIds = parseRoleIds(input.roleIds, 'input.roleIds');
  const target = normalizeTarget(input.channel, input.target);
  if (target == null) {
    return refusedInvitation(
      new UserError(
        'INVALID_TARGET',
        `For ${input.channel} the target must be ${TARGET_RULES[input.channel]}.`,
        'input.target',
      ),
    );
  }
  return ctx.em.transactional(async (tx): Promise<InvitationResult> => {
    const { status } = await lockOrganisation(tx, partnerId);
    if (status === PartnerStatus.FROZEN) {
      return refusedInvitation(
        new UserError(
          'PARTNER_FROZEN',
          'Your partner is frozen (冻结): it cannot invite members until the cloud lifts the freeze.',
          null,
        ),
      );
    }
    const checked = await checkRoles(tx, viewer, roleIds, 'input.roleIds');
    if ('errors' in checked) return refusedInvitation(...checked.errors);
    const now = new Date();
    const pending = await tx.count(MemberInvitation, {
      partner: partnerId,
      channel: input.channel,
      target,
      status: InvitationStatus.PENDING,
      expiresAt: { $gt: now },
    });
    if (pending > 0) {
      return refusedInvitation(
        new UserError(
          'INVITATION_PENDING',
          'An invitation to this target is still pending; cancel it or wait until it lapses.',
          'input.target',
        ),
      );
    }
    const dayStart = startOfUtcDay(now);
    const today = await tx.count(MemberInvitation, {
      partner: partnerId,
      createdAt: { $gte: dayStart, $lt: new Date(dayStart.getTime() + 24 * 3600 * 1000) },
    });
    if (today >= MAX_INVITATIONS_PER_PARTNER_PER_DAY) {
      return refusedInvitation(
        new UserError(
          'INVITATION_DAILY_LIMIT',
          `Your partner has sent ${today} invitations today (UTC); at most ${MAX_INVITATIONS_PER_PARTNER_PER_DAY} a day.`,
          null,
        ),
      );
    }
    const invitation = tx.create(MemberInvitation, {
      partner: partnerId,
      channel: input.channel,
      target,
      roleIds: checked.roles.map((r) => r.id),
      status: InvitationStatus.PENDING,
      invitedBy: viewer.member.id,
      createdAt: now,
      expiresAt: new Date(now.getTime() + INVITATION_TTL_MS),
    });
    await tx.flush();
    await recordAudit(tx, ctx, {
      action: 'inviteMember',
      target: invitation.globalId,
      before: null,
      after: {
        channel: invitation.channel,
        target,
        roleIds: roleIdsOf(checked.roles),
        expiresAt: invitation.expiresAt.toISOString(),
      },
    });
    return { invitation, userErrors: [] };
  });
}

/** cancelInvitation: withdraws a PENDING invitation of the viewer's partner. */
export async function cancelInvitation(ctx: Context, input: { invitationId: string }): Promise<InvitationResult> {
  const viewer = requireViewer(ctx);
  const partnerId = viewer.partner.id;
  const id = idOfType(input.invitationId, 'MemberInvitation', 'input.invitationId');
  return ctx.em.transactional(async (tx): Promise<InvitationResult> => {
    await lockOrganisation(tx, partnerId);
    const invitation = await tx.findOne(MemberInvitation, { id, partner: partnerId }, { refresh: true });
    if (!invitation)
      return refusedInvitation(
        new UserError(
          'INVITATION_NOT_FOUND',
          'No invitation with that id exists in your partner.',
          'input.invitationId',
        ),
      );
    if (invitation.status !== InvitationStatus.PENDING) {
      return refusedInvitation(
        new UserError(
          'INVITATION_NOT_PENDING',
          `The invitation is ${invitation.status}; only a PENDING invitation can be cancelled.`,
          'input.invitationId',
        ),
      );
    }
    invitation.status = InvitationStatus.CANCELLED;
    await tx.flush();
    await recordAudit(tx, ctx, {
      action: 'cancelInvitation',
      target: invitation.globalId,
      before: { status: InvitationStatus.PENDING },
      after: { status: InvitationStatus.CANCELLED },
    });
    return { invitation, userErrors: [] };
  });
}
