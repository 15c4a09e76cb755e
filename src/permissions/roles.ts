/**
 * Preset roles, role-assignment rules and limits (domain.md §3, §4) as pure data and functions.
 * Read by the role seeds, the role/member mutations and the shield rules.
 */
import { PartnerIdentity, PresetRole } from './identities';
import {
  PERMISSION_POINTS,
  PermissionCode,
  defaultPermissionCodes,
  isKnownPermission,
  isPermissionAllowedFor,
  permissionCodesFor,
  permissionPoint,
} from './catalogue';

/** A member holds at most this many roles. */
export const MAX_ROLES_PER_MEMBER = 3;
/** A member holds at least this many roles. */
export const MIN_ROLES_PER_MEMBER = 1;
/** Custom (non-preset) roles a partner may define. */
export const MAX_CUSTOM_ROLES_PER_PARTNER = 10;
/** Member invitations a partner may send per day (伙伴管理员一天最多可邀请100位成员). */
export const MAX_INVITATIONS_PER_PARTNER_PER_DAY = 100;

export interface RuleViolation {
  code: string;
  message: string;
}

/**
 * The identity's default permissions plus `codes`, minus the codes the identity does not allow;
 * deduplicated, in catalogue order. Every role's permission set goes through here, so the defaults
 * can never be missing and a reseller point can never reach a non-distributor.
 */
export function withDefaults(identity: PartnerIdentity, codes: readonly PermissionCode[]): PermissionCode[] {
  const wanted = new Set<PermissionCode>([...defaultPermissionCodes(identity), ...codes]);
  return PERMISSION_POINTS.filter((p) => wanted.has(p.code) && p.identities.includes(identity)).map((p) => p.code);
}

export interface PresetRoleDefinition {
  nameZh: string;
  nameEn: string;
  description: string;
  /** The role's permissions for a partner of this identity (defaults included), in catalogue order. */
  permissions(identity: PartnerIdentity): PermissionCode[];
}

const ACCOUNT_MANAGER_POINTS = [
  'customer:list',
  'customer:detail',
  'customer:consumption',
  'order:view',
  'order:manage',
  'dashboard:view',
  'lead:view',
  'lead:create',
  'lead:follow-up',
  'opportunity:view',
  'opportunity:share',
  // 营销任务: the cloud assigns them to the customer's account manager.
  'marketing-task:view',
  'marketing-task:detail',
  'marketing-task:handle',
] as const satisfies readonly PermissionCode[];

const ACCOUNT_MANAGER_SUPERVISOR_POINTS = [
  ...ACCOUNT_MANAGER_POINTS,
  'customer:assign-manager',
  'lead:assign',
  'org:member-view',
] as const satisfies readonly PermissionCode[];

const SA_SPECIALIST_POINTS = [
  'customer:list',
  'customer:detail',
  'order:view',
  'program:certificate',
  'cloud-lab:view',
  'solution:view',
] as const satisfies readonly PermissionCode[];

export const PRESET_ROLES: Readonly<Record<PresetRole, PresetRoleDefinition>> = {
  [PresetRole.ADMIN]: {
    nameZh: '伙伴管理员',
    nameEn: 'Administrator',
    description:
      "Everything the partner's identity allows; the only role that may unbind a customer or switch its association type. Cannot be combined with another role.",
    permissions: (identity) => withDefaults(identity, permissionCodesFor(identity)),
  },
  [PresetRole.ACCOUNT_MANAGER]: {
    nameZh: '客户经理',
    nameEn: 'Account manager',
    description:
      'Sees and manages only the customers assigned to them, their orders and consumption, and handles the marketing tasks assigned to them; no coupons, no funds, no partner bills, no resellers.',
    permissions: (identity) => withDefaults(identity, ACCOUNT_MANAGER_POINTS),
  },
  [PresetRole.ACCOUNT_MANAGER_SUPERVISOR]: {
    nameZh: '客户经理主管',
    nameEn: 'Account manager supervisor',
    description:
      'Supervises account managers: sees their customers, assigns account managers; consumption queries name one account manager at a time. Exclusive with account manager.',
    permissions: (identity) => withDefaults(identity, ACCOUNT_MANAGER_SUPERVISOR_POINTS),
  },
  [PresetRole.SA_SPECIALIST]: {
    nameZh: 'SA专人',
    nameEn: 'SA specialist',
    description:
      'Solution-architect specialist: read-only access to customers and orders; sees program certificates, cloud labs and solutions.',
    permissions: (identity) => withDefaults(identity, SA_SPECIALIST_POINTS),
  },
};

/** Permissions of a custom role as stored: the chosen codes plus the defaults, filtered for the identity. */
export function customRolePermissions(identity: PartnerIdentity, codes: readonly PermissionCode[]): PermissionCode[] {
  return withDefaults(identity, codes);
}

/**
 * Checks the roles a member is to hold. Each entry is the preset key of one role, `null` for a
 * custom role. Returns null when the combination is allowed.
 */
export function validateRoleCombination(presetKeysOfRoles: readonly (PresetRole | null)[]): RuleViolation | null {
  const n = presetKeysOfRoles.length;
  if (n < MIN_ROLES_PER_MEMBER || n > MAX_ROLES_PER_MEMBER) {
    return {
      code: 'ROLE_COUNT_OUT_OF_RANGE',
      message: `A member holds ${MIN_ROLES_PER_MEMBER} to ${MAX_ROLES_PER_MEMBER} roles; got ${n}.`,
    };
  }
  if (presetKeysOfRoles.includes(PresetRole.ADMIN) && n > 1) {
    return {
      code: 'ADMIN_ROLE_EXCLUSIVE',
      message: 'The administrator role cannot be combined with any other role.',
    };
  }
  if (
    presetKeysOfRoles.includes(PresetRole.ACCOUNT_MANAGER) &&
    presetKeysOfRoles.includes(PresetRole.ACCOUNT_MANAGER_SUPERVISOR)
  ) {
    return {
      code: 'ACCOUNT_MANAGER_ROLES_EXCLUSIVE',
      message: 'The account manager and account manager supervisor roles are mutually exclusive.',
    };
  }
  return null;
}

/**
 * Checks the permission codes chosen for a custom role of a partner of this identity (the defaults
 * may be included or not; they are added anyway). Returns the first problem, or null.
 */
export function validateCustomRolePermissions(
  identity: PartnerIdentity,
  codes: readonly string[],
): RuleViolation | null {
  for (const code of codes) {
    if (!isKnownPermission(code)) {
      return { code: 'UNKNOWN_PERMISSION', message: `"${code}" is not a permission of the catalogue.` };
    }
    if (!isPermissionAllowedFor(identity, code)) {
      return {
        code: 'PERMISSION_NOT_ALLOWED_FOR_IDENTITY',
        message: `Permission "${code}" does not exist for a ${identity} partner.`,
      };
    }
    if (permissionPoint(code)?.adminOnly) {
      return {
        code: 'PERMISSION_ADMIN_ONLY',
        message: `Permission "${code}" belongs to the administrator role only; a custom role cannot hold it.`,
      };
    }
  }
  return null;
}

export type CustomerScope = 'ALL' | 'ASSIGNED' | 'SUPERVISED';

/**
 * Which of the partner's customers a member's roles let it see (the rows; whether it may see
 * customers at all is the `customer:*` permissions' business). Entries are preset keys, `null` for
 * a custom role.
 *
 * Roles add up, so the scope is the widest of the roles' scopes:
 * - ACCOUNT_MANAGER alone → ASSIGNED (only the customers assigned to the member).
 * - ACCOUNT_MANAGER_SUPERVISOR alone → SUPERVISED (the customers of the managers it supervises,
 *   domain.md §4). It is not "all": seesAllCustomers is false for it too.
 * - ADMIN, SA_SPECIALIST or any custom role → ALL; so AM or AM-supervisor plus any such role → ALL,
 *   which is the domain's "account manager plus any other role sees all customers".
 * - Combinations that validateRoleCombination refuses and that no stored member should have fail
 *   closed to ASSIGNED (the narrowest scope): no roles at all, and ACCOUNT_MANAGER together with
 *   ACCOUNT_MANAGER_SUPERVISOR (read literally, "AM plus another role" would give ALL: we refuse to
 *   widen access on data that breaks the rules).
 */
export function customerScopeFor(presetKeys: readonly (PresetRole | null)[]): CustomerScope {
  const hasAm = presetKeys.includes(PresetRole.ACCOUNT_MANAGER);
  const hasSupervisor = presetKeys.includes(PresetRole.ACCOUNT_MANAGER_SUPERVISOR);
  if (presetKeys.length === 0 || (hasAm && hasSupervisor)) return 'ASSIGNED';
  const widensToAll = presetKeys.some(
    (k) => k !== PresetRole.ACCOUNT_MANAGER && k !== PresetRole.ACCOUNT_MANAGER_SUPERVISOR,
  );
  if (widensToAll) return 'ALL';
  return hasSupervisor ? 'SUPERVISED' : 'ASSIGNED';
}

/**
 * Whether the member sees every customer of its partner. False when it holds ACCOUNT_MANAGER alone
 * (and, consistently with customerScopeFor, for an ACCOUNT_MANAGER_SUPERVISOR alone or an invalid
 * combination): exactly `customerScopeFor(presetKeys) === 'ALL'`.
 */
export function seesAllCustomers(presetKeys: readonly (PresetRole | null)[]): boolean {
  return customerScopeFor(presetKeys) === 'ALL';
}
