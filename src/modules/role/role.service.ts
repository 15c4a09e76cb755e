import type { PartnerIdentity } from '../partner/partner.enums';
import {
  PERMISSION_POINTS,
  permissionTreeFor,
  type CataloguePoint,
  type PermissionTreeNode,
} from '../../permissions/catalogue';
import { PresetRole } from './role.enums';
import type { Role } from './role.entity';

const PRESET_ORDER: readonly PresetRole[] = Object.values(PresetRole);

/** Preset roles first (in PresetRole order), then custom roles by name (code-point order), then by id. */
export function compareRoles(a: Role, b: Role): number {
  const rank = (r: Role) => (r.presetKey != null ? PRESET_ORDER.indexOf(r.presetKey) : PRESET_ORDER.length);
  if (rank(a) !== rank(b)) return rank(a) - rank(b);
  if (a.name !== b.name) return a.name < b.name ? -1 : 1;
  return a.id - b.id;
}

export function sortRoles(roles: readonly Role[]): Role[] {
  return [...roles].sort(compareRoles);
}

/** A catalogue point as the API shows it. */
export interface PermissionView {
  code: string;
  nameZh: string;
  nameEn: string;
  description: string;
  isDefault: boolean;
  adminOnly: boolean;
  sensitive: boolean;
}

export interface PermissionTreePointView extends PermissionView {
  granted: boolean;
}

export interface PermissionTreeNodeView {
  key: string;
  nameZh: string;
  nameEn: string;
  permissions: PermissionTreePointView[];
  children: PermissionTreeNodeView[];
}

function toView(p: CataloguePoint): PermissionView {
  return {
    code: p.code,
    nameZh: p.nameZh,
    nameEn: p.nameEn,
    description: p.description,
    isDefault: p.isDefault,
    adminOnly: p.adminOnly ?? false,
    sensitive: p.sensitive ?? false,
  };
}

/** The role's permission points, in catalogue order (stored codes the catalogue no longer has are left out). */
export function rolePermissions(role: Role): PermissionView[] {
  const codes = new Set(role.permissionCodes);
  return PERMISSION_POINTS.filter((p) => codes.has(p.code)).map(toView);
}

/**
 * The role editor's menu tree for a partner identity, each point marked granted when `granted`
 * holds its code. Default points are always granted: every role holds them (domain.md §3).
 */
export function grantedPermissionTree(
  identity: PartnerIdentity,
  granted: ReadonlySet<string>,
): PermissionTreeNodeView[] {
  const convert = (nodes: readonly PermissionTreeNode[]): PermissionTreeNodeView[] =>
    nodes.map((node) => ({
      key: node.key,
      nameZh: node.nameZh,
      nameEn: node.nameEn,
      permissions: node.permissions.map((p) => ({ ...toView(p), granted: p.isDefault || granted.has(p.code) })),
      children: convert(node.children),
    }));
  return convert(permissionTreeFor(identity));
}
