import type { SqlEntityManager } from '@mikro-orm/knex';
import type { Context } from '../../context';
import { knownErrorCode } from '../../common/error-codes';
import { badInput, UserError } from '../../common/errors';
import { idOfType, toGlobalId } from '../../common/global-id';
import { distinctIds, refusal, success } from '../../common/mutation-kit';
import { validateRoleCombination } from '../../permissions';
import { requireViewer, type Viewer } from '../../permissions/viewer';
import { type AuditEntry, recordAudit } from '../audit/audit.service';
import { lockOrganisation } from '../partner/partner.guards';
import { Role } from '../role/role.entity';
import { PresetRole } from '../role/role.enums';
import { escalationError, permissionsBeyondViewer } from '../role/role-admin.service';
import { Member, MemberRole } from './member.entity';
import { MemberStatus } from './member.enums';
import { moveCustomers } from '../performance/consumption-rollup';

/** Shape limit of a role id list in one input; 1–3 is the rule (ROLE_COUNT_OUT_OF_RANGE). */
const MAX_ROLE_IDS_PER_INPUT = 20;

export interface MemberResult {
  member: Member | null;
  /** Customers whose account manager was cleared as a consequence. */
  unassignedCustomerCount: number;
  /** Account managers who lost this member as their supervisor as a consequence. */
  detachedManagerCount: number;
  userErrors: UserError[];
}

const refusedMember = refusal<MemberResult>({ member: null, unassignedCustomerCount: 0, detachedManagerCount: 0 });

const memberNotFound = () =>
  new UserError('MEMBER_NOT_FOUND', 'No member with that id exists in your partner.', 'input.memberId');
const memberNotActive = () =>
  new UserError(
    'MEMBER_NOT_ACTIVE',
    "This member's association is cancelled; it cannot be changed any more.",
    'input.memberId',
  );

/** Primary keys of a role id list; duplicates and oversized lists are shape errors. */
export function parseRoleIds(ids: readonly string[], field: string): number[] {
  if (ids.length > MAX_ROLE_IDS_PER_INPUT)
    throw badInput(`${field} lists ${ids.length} roles; a member holds 1–3.`, field);
  return distinctIds(ids, { field, type: 'Role', singular: 'role' });
}

/**
 * Roles a member is to hold, checked: each a role of the partner (ROLE_NOT_FOUND), an allowed
 * combination (validateRoleCombination), nothing the viewer does not hold (PERMISSION_ESCALATION).
 */
export async function checkRoles(
  tx: SqlEntityManager,
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
async function rolesOf(tx: SqlEntityManager, memberId: number): Promise<Role[]> {
  const links = await tx.find(MemberRole, { member: memberId }, { populate: ['role'], refresh: true });
  return links.map((l) => l.role.getEntity());
}

/** Active members of the partner other than `memberId` holding the ADMIN role. */
function otherActiveAdmins(tx: SqlEntityManager, partnerId: number, memberId: number): Promise<number> {
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
function findMember(tx: SqlEntityManager, partnerId: number, memberId: number): Promise<Member | null> {
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
  tx: SqlEntityManager,
  action: string,
  partnerId: number,
  member: Member,
  keeps: { am: boolean; supervisor: boolean },
): Promise<{ unassigned: number[]; detached: number[]; audit: AuditEntry[] }> {
  const unassigned = !keeps.am && !keeps.supervisor ? await unassignCustomers(tx, partnerId, member.id) : [];
  const detached = !keeps.supervisor ? await detachManagers(tx, partnerId, member.id) : [];
  if (!keeps.am && member.supervisor) member.supervisor = null;
  const memberGid = member.globalId;
  const audit: AuditEntry[] = [
    ...unassigned.map((id) => ({
      action,
      target: toGlobalId('SubCustomer', id),
      before: { accountManagerId: memberGid },
      after: { accountManagerId: null },
    })),
    ...detached.map((id) => ({
      action,
      target: toGlobalId('Member', id),
      before: { supervisorId: memberGid },
      after: { supervisorId: null },
    })),
  ];
  return { unassigned, detached, audit };
}

/**
 * Clears the member as account manager of its customers; answers their ids. In SQL, as nativeUpdate
 * would write it (the version column too): member/ does not import customer/, which imports member/.
 */
async function unassignCustomers(tx: SqlEntityManager, partnerId: number, memberId: number): Promise<number[]> {
  const rows = await tx.execute<{ id: number }[]>(
    'select id from sub_customer where partner_id = ? and account_manager_id = ? order by id',
    [partnerId, memberId],
  );
  const ids = rows.map((r) => Number(r.id));
  // One statement; money columns are untouched (balances move by conditional updates elsewhere).
  // The dashboard roll-ups split by the current manager: the customers' rows move to "no manager".
  if (ids.length)
    await moveCustomers(tx, ids, () =>
      tx.execute(
        'update sub_customer set account_manager_id = null, version = version + 1 where partner_id = ? and account_manager_id = ?',
        [partnerId, memberId],
        'run',
      ),
    );
  return ids;
}

/** The managers the member supervised have no supervisor any more; answers their ids. */
async function detachManagers(tx: SqlEntityManager, partnerId: number, memberId: number): Promise<number[]> {
  const rows = await tx.execute<{ id: number }[]>(
    'select id from member where partner_id = ? and supervisor_id = ? order by id',
    [partnerId, memberId],
  );
  const ids = rows.map((r) => Number(r.id));
  if (ids.length) await tx.nativeUpdate(Member, { partner: partnerId, supervisor: memberId }, { supervisor: null });
  return ids;
}

export const roleIdsOf = (roles: Role[]) => roles.map((r) => toGlobalId('Role', r.id));
const has = (roles: Role[], key: PresetRole) => roles.some((r) => r.presetKey === key);

/** Why the member's roles cannot become `roleIds`: not found, cancelled, escalation, combination, last admin. */
async function roleChange(
  tx: SqlEntityManager,
  viewer: Viewer,
  memberId: number,
  roleIds: number[],
): Promise<{ member: Member; current: Role[]; next: Role[] } | UserError[]> {
  const member = await findMember(tx, viewer.partner.id, memberId);
  if (!member) return [memberNotFound()];
  if (member.status !== MemberStatus.ACTIVE) return [memberNotActive()];
  const current = await rolesOf(tx, member.id);
  const beyond = permissionsBeyondViewer(
    viewer,
    current.flatMap((r) => r.permissionCodes),
  );
  if (beyond.length) return [escalationError(beyond, 'input.memberId', 'This member')];
  const checked = await checkRoles(tx, viewer, roleIds, 'input.roleIds');
  if ('errors' in checked) return checked.errors;
  const next = checked.roles;
  if (
    has(current, PresetRole.ADMIN) &&
    !has(next, PresetRole.ADMIN) &&
    (await otherActiveAdmins(tx, viewer.partner.id, member.id)) === 0
  )
    return [lastAdmin('input.roleIds')];
  return { member, current, next };
}

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
  return ctx.em.transactional(async (tx) => {
    await lockOrganisation(tx, partnerId);
    const change = await roleChange(tx, viewer, memberId, roleIds);
    if (Array.isArray(change)) return refusedMember(...change);
    const { member, current, next } = change;
    const currentIds = new Set(current.map((r) => r.id));
    const nextIds = new Set(next.map((r) => r.id));
    const removed = [...currentIds].filter((id) => !nextIds.has(id));
    const added = [...nextIds].filter((id) => !currentIds.has(id));
    if (removed.length === 0 && added.length === 0)
      return success<MemberResult>({ member, unassignedCustomerCount: 0, detachedManagerCount: 0 });

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
    const supervisorId = member.supervisor ? toGlobalId('Member', member.supervisor.id) : null;
    await recordAudit(tx, ctx, [
      {
        action: 'assignMemberRoles',
        target: member.globalId,
        before: { roleIds: roleIdsOf(current), supervisorId: supervisorBefore },
        after: { roleIds: roleIdsOf(next), supervisorId },
      },
      ...links.audit,
    ]);
    return success<MemberResult>({
      member,
      unassignedCustomerCount: links.unassigned.length,
      detachedManagerCount: links.detached.length,
    });
  });
}

/** Why the member's association cannot be cancelled: not found, cancelled, escalation, last admin. */
async function cancellable(tx: SqlEntityManager, viewer: Viewer, memberId: number): Promise<Member | UserError> {
  const member = await findMember(tx, viewer.partner.id, memberId);
  if (!member) return memberNotFound();
  if (member.status !== MemberStatus.ACTIVE) return memberNotActive();
  const roles = await rolesOf(tx, member.id);
  const beyond = permissionsBeyondViewer(
    viewer,
    roles.flatMap((r) => r.permissionCodes),
  );
  if (beyond.length) return escalationError(beyond, 'input.memberId', 'This member');
  if (has(roles, PresetRole.ADMIN) && (await otherActiveAdmins(tx, viewer.partner.id, member.id)) === 0)
    return lastAdmin('input.memberId');
  return member;
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
  return ctx.em.transactional(async (tx) => {
    await lockOrganisation(tx, partnerId);
    const member = await cancellable(tx, viewer, memberId);
    if (member instanceof UserError) return refusedMember(member);
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
    return success<MemberResult>({
      member,
      unassignedCustomerCount: links.unassigned.length,
      detachedManagerCount: links.detached.length,
    });
  });
}
