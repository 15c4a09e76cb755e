import { UniqueConstraintViolationException } from '@mikro-orm/core';
import type { SqlEntityManager } from '@mikro-orm/knex';
import type { Context } from '../../context';
import { requireViewer } from '../../permissions/viewer';
import { knownErrorCode } from '../../common/error-codes';
import { UserError, badInput } from '../../common/errors';
import { idOfType, toGlobalId } from '../../common/global-id';
import {
  MAX_CUSTOM_ROLES_PER_PARTNER,
  customRolePermissions,
  isKnownPermission,
  validateCustomRolePermissions,
  type PermissionCode,
} from '../../permissions';
import { refusal, success } from '../../common/mutation-kit';
import type { Viewer } from '../../permissions/viewer';
import { recordAudit } from '../audit/audit.service';
import { lockOrganisation } from '../partner/partner.guards';
import { MemberRole } from './member-role.entity';
import { activeHolderCount, pendingInvitations } from './member-role.queries';
import { Role } from './role.entity';

export const MAX_ROLE_NAME_LENGTH = 64;
export const MAX_ROLE_DESCRIPTION_LENGTH = 500;
/** Shape limit of `permissionCodes` in one input (the catalogue has far fewer points). */
export const MAX_PERMISSION_CODES_PER_INPUT = 100;

/**
 * Codes the viewer does not hold itself: nobody can hand out (through a role they create, edit,
 * assign or invite with) a permission they do not have. ADMIN holds every point, so this only
 * limits members who manage the organisation through a custom role.
 */
export function permissionsBeyondViewer(viewer: Viewer, codes: Iterable<string>): string[] {
  return [...new Set(codes)].filter((c) => !viewer.permissions.has(c));
}

export const escalationError = (missing: string[], field: string, what: string) =>
  new UserError(
    'PERMISSION_ESCALATION',
    `${what} holds permissions you do not hold yourself (${missing.join(', ')}); only a member holding them may do this.`,
    field,
  );

/** What the audit log records of a role. */
const roleSnapshot = (role: Role) => ({
  name: role.name,
  presetKey: role.presetKey ?? null,
  description: role.description ?? null,
  permissionCodes: [...role.permissionCodes],
});

const roleNotFound = (field = 'input.roleId') =>
  new UserError('ROLE_NOT_FOUND', 'No role with that id exists in your partner.', field);

/** Trimmed name, or the reason it is refused. */
function checkName(name: string, field: string): { name: string } | { error: UserError } {
  const trimmed = name.trim();
  const length = [...trimmed].length;
  // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what this rule refuses.
  if (length === 0 || length > MAX_ROLE_NAME_LENGTH || /[\u0000-\u001f\u007f]/.test(trimmed)) {
    return {
      error: new UserError(
        'ROLE_NAME_INVALID',
        `A role name has 1–${MAX_ROLE_NAME_LENGTH} characters (surrounding spaces are dropped) and no control characters.`,
        field,
      ),
    };
  }
  return { name: trimmed };
}

/** Trimmed description (null when blank), or the reason it is refused. */
function checkDescription(description: string, field: string): { description: string | null } | { error: UserError } {
  const trimmed = description.trim();
  if ([...trimmed].length > MAX_ROLE_DESCRIPTION_LENGTH) {
    return {
      error: new UserError(
        'ROLE_DESCRIPTION_TOO_LONG',
        `A role description has at most ${MAX_ROLE_DESCRIPTION_LENGTH} characters.`,
        field,
      ),
    };
  }
  return { description: trimmed || null };
}

/**
 * The permission set to store for the chosen codes (defaults added, catalogue order), or the
 * problems: unknown codes, codes the identity lacks, ADMIN-only codes, codes the viewer lacks.
 */
function checkPermissionCodes(
  viewer: Viewer,
  codes: readonly string[],
  field: string,
): { codes: PermissionCode[] } | { errors: UserError[] } {
  if (codes.length > MAX_PERMISSION_CODES_PER_INPUT) {
    throw badInput(`${field} lists ${codes.length} codes; at most ${MAX_PERMISSION_CODES_PER_INPUT}.`, field);
  }
  const errors: UserError[] = [];
  codes.forEach((code, i) => {
    const violation = validateCustomRolePermissions(viewer.partner.identity, [code]);
    if (violation) errors.push(new UserError(knownErrorCode(violation.code), violation.message, `${field}[${i}]`));
  });
  if (errors.length) return { errors };
  // Every code passed validateCustomRolePermissions, so the guard keeps them all and types them.
  const stored = customRolePermissions(viewer.partner.identity, codes.filter(isKnownPermission));
  const missing = permissionsBeyondViewer(viewer, stored);
  if (missing.length) return { errors: [escalationError(missing, field, 'The role')] };
  return { codes: stored };
}

export interface RoleResult {
  role: Role | null;
  userErrors: UserError[];
}

const refusedRole = refusal<RoleResult>({ role: null });

export interface CreateRoleArgs {
  name: string;
  description?: string | null;
  permissionCodes: string[];
}

/** createRole: a custom role of the viewer's partner (≤ 10), defaults included. */
export async function createRole(ctx: Context, input: CreateRoleArgs): Promise<RoleResult> {
  const viewer = requireViewer(ctx);
  const partnerId = viewer.partner.id;
  const errors: UserError[] = [];
  const name = checkName(input.name, 'input.name');
  if ('error' in name) errors.push(name.error);
  const description = checkDescription(input.description ?? '', 'input.description');
  if ('error' in description) errors.push(description.error);
  const codes = checkPermissionCodes(viewer, input.permissionCodes, 'input.permissionCodes');
  if ('errors' in codes) errors.push(...codes.errors);
  if ('error' in name || 'error' in description || 'errors' in codes) return refusedRole(...errors);

  try {
    return await ctx.em.transactional(async (tx) => {
      await lockOrganisation(tx, partnerId);
      const custom = await tx.count(Role, { partner: partnerId, presetKey: null });
      if (custom >= MAX_CUSTOM_ROLES_PER_PARTNER) {
        return refusedRole(
          new UserError(
            'CUSTOM_ROLE_LIMIT_REACHED',
            `Your partner already has ${custom} custom roles; at most ${MAX_CUSTOM_ROLES_PER_PARTNER}. Delete one first.`,
            null,
          ),
        );
      }
      if (await tx.count(Role, { partner: partnerId, name: name.name })) return refusedRole(nameTaken());
      const role = tx.create(Role, {
        partner: partnerId,
        name: name.name,
        presetKey: null,
        description: description.description,
        permissionCodes: codes.codes,
        createdAt: new Date(),
      });
      await tx.flush();
      await recordAudit(tx, ctx, {
        action: 'createRole',
        target: role.globalId,
        before: null,
        after: roleSnapshot(role),
      });
      return success<RoleResult>({ role });
    });
  } catch (err) {
    // The lock makes this unreachable in practice; the unique index is the last word on names.
    if (err instanceof UniqueConstraintViolationException) return refusedRole(nameTaken());
    throw err;
  }
}

const nameTaken = () =>
  new UserError('ROLE_NAME_TAKEN', 'Another role of your partner already has this name.', 'input.name');

export interface UpdateRoleArgs {
  roleId: string;
  name?: string | null;
  description?: string | null;
  permissionCodes?: string[] | null;
}

/** updateRole: name, description and/or permissions of a custom role; defaults are always kept. */
export async function updateRole(ctx: Context, input: UpdateRoleArgs): Promise<RoleResult> {
  const viewer = requireViewer(ctx);
  const partnerId = viewer.partner.id;
  const roleId = idOfType(input.roleId, 'Role', 'input.roleId');
  const errors: UserError[] = [];
  const name = input.name != null ? checkName(input.name, 'input.name') : null;
  if (name && 'error' in name) errors.push(name.error);
  const description = input.description != null ? checkDescription(input.description, 'input.description') : null;
  if (description && 'error' in description) errors.push(description.error);
  const codes =
    input.permissionCodes != null ? checkPermissionCodes(viewer, input.permissionCodes, 'input.permissionCodes') : null;
  if (codes && 'errors' in codes) errors.push(...codes.errors);
  if (errors.length) return refusedRole(...errors);

  try {
    return await ctx.em.transactional(async (tx) => {
      await lockOrganisation(tx, partnerId);
      const role = await tx.findOne(Role, { id: roleId, partner: partnerId }, { refresh: true });
      if (!role) return refusedRole(roleNotFound());
      if (role.presetKey != null) return refusedRole(presetReadOnly());
      const before = roleSnapshot(role);
      if (name && 'name' in name && name.name !== role.name) {
        if (await tx.count(Role, { partner: partnerId, name: name.name, id: { $ne: role.id } }))
          return refusedRole(nameTaken());
        role.name = name.name;
      }
      if (description && 'description' in description) role.description = description.description;
      if (codes && 'codes' in codes) role.permissionCodes = codes.codes;
      const after = roleSnapshot(role);
      if (JSON.stringify(before) !== JSON.stringify(after)) {
        await tx.flush();
        await recordAudit(tx, ctx, { action: 'updateRole', target: role.globalId, before, after });
      }
      return success<RoleResult>({ role });
    });
  } catch (err) {
    if (err instanceof UniqueConstraintViolationException) return refusedRole(nameTaken());
    throw err;
  }
}

const presetReadOnly = () =>
  new UserError(
    'PRESET_ROLE_READ_ONLY',
    'Preset roles cannot be edited or deleted; create a custom role instead.',
    'input.roleId',
  );

export interface DeleteRoleResult {
  deletedRoleId: string | null;
  userErrors: UserError[];
}

const refusedDelete = refusal<DeleteRoleResult>({ deletedRoleId: null });

/** ROLE_IN_USE while an active member holds the role or a pending invitation would give it. */
async function roleInUse(tx: SqlEntityManager, partnerId: number, roleId: number): Promise<UserError | null> {
  const holders = await activeHolderCount(tx, roleId);
  if (holders > 0)
    return new UserError(
      'ROLE_IN_USE',
      `${holders} active member(s) hold this role; give them other roles first (a member keeps at least one role).`,
      'input.roleId',
    );
  const pending = await pendingInvitations(tx, partnerId, new Date());
  const naming = pending.filter((inv) => (inv.roleIds ?? []).includes(roleId));
  if (naming.length > 0)
    return new UserError(
      'ROLE_IN_USE',
      `${naming.length} pending invitation(s) would give this role; cancel them first.`,
      'input.roleId',
    );
  return null;
}

/**
 * deleteRole: a custom role no active member holds and no open invitation names. Links of
 * cancelled members to the role go with it (they cannot sign in; the role list counts active
 * members only).
 */
export async function deleteRole(ctx: Context, input: { roleId: string }): Promise<DeleteRoleResult> {
  const viewer = requireViewer(ctx);
  const partnerId = viewer.partner.id;
  const roleId = idOfType(input.roleId, 'Role', 'input.roleId');
  return ctx.em.transactional(async (tx) => {
    await lockOrganisation(tx, partnerId);
    const role = await tx.findOne(Role, { id: roleId, partner: partnerId }, { refresh: true });
    if (!role) return refusedDelete(roleNotFound());
    if (role.presetKey != null) return refusedDelete(presetReadOnly());
    const inUse = await roleInUse(tx, partnerId, role.id);
    if (inUse) return refusedDelete(inUse);
    const cancelledLinks = await tx.find(MemberRole, { role: role.id }, { refresh: true });
    const before = {
      ...roleSnapshot(role),
      cancelledMemberIds: cancelledLinks.map((l) => toGlobalId('Member', l.member.id)),
    };
    const globalId = role.globalId;
    await tx.nativeDelete(MemberRole, { role: role.id });
    await tx.nativeDelete(Role, { id: role.id, partner: partnerId });
    for (const link of cancelledLinks) tx.getUnitOfWork().unsetIdentity(link);
    tx.getUnitOfWork().unsetIdentity(role);
    await recordAudit(tx, ctx, { action: 'deleteRole', target: globalId, before, after: null });
    return success<DeleteRoleResult>({ deletedRoleId: globalId });
  });
}
