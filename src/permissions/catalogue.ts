/**
 * The permission model of the partner center (domain.md §3): the menu tree of the role editor
 * (menu.ts) and every permission point (permission-points.ts) as pure data; here the codes derived
 * from them, the consistency check run at load, and the questions asked of the catalogue.
 *
 * This is the single source that the shield rules, the role seeds and the role editor read.
 * Changing it changes who may do what: test/permissions/__snapshots__/permission-model.snap.txt
 * records the whole model so such a change shows up in review.
 */
import { PartnerIdentity } from './identities';
import { MENU_TREE, type MenuNode } from './menu';
import { type PermissionPoint, POINTS } from './permission-points';

export { MENU_TREE, type MenuKey, type MenuNode } from './menu';
export type { PermissionPoint } from './permission-points';

/** Every permission code of the catalogue; a misspelled code fails the type check. */
export type PermissionCode = (typeof POINTS)[number]['code'];

/** A point of the catalogue (its code narrowed to PermissionCode). */
export type CataloguePoint = Omit<PermissionPoint, 'code'> & { readonly code: PermissionCode };

export const PERMISSION_POINTS: readonly CataloguePoint[] = POINTS;

const POINTS_BY_CODE: ReadonlyMap<string, CataloguePoint> = new Map(PERMISSION_POINTS.map((p) => [p.code, p]));

const CODE_FORMAT = /^[a-z-]+:[a-z-]+$/;

/** Every key of a menu tree, depth first. */
export function menuKeys(tree: readonly MenuNode[] = MENU_TREE): string[] {
  return tree.flatMap((node) => [node.key, ...menuKeys(node.children)]);
}

/**
 * Checks the catalogue is complete and coherent; throws on the first problem with a message naming
 * it. Called at module load, so a broken catalogue stops the server (and every test) at once.
 */
export function assertCatalogueConsistent(
  points: readonly PermissionPoint[] = PERMISSION_POINTS,
  tree: readonly MenuNode[] = MENU_TREE,
): void {
  const fail = (msg: string): never => {
    throw new Error(`Permission catalogue is inconsistent: ${msg}`);
  };
  const keys = menuKeys(tree);
  const keySet = new Set<string>();
  for (const key of keys) {
    if (keySet.has(key)) fail(`menu key "${key}" appears more than once in the menu tree`);
    keySet.add(key);
  }
  const identities = Object.values(PartnerIdentity);
  const codes = new Set<string>();
  for (const p of points) {
    if (!CODE_FORMAT.test(p.code)) fail(`code "${p.code}" does not match ${CODE_FORMAT} (area:action)`);
    if (codes.has(p.code)) fail(`code "${p.code}" is declared more than once`);
    codes.add(p.code);
    if (!keySet.has(p.menu)) fail(`point "${p.code}" names menu "${p.menu}", which is not a key of the menu tree`);
    if (!p.nameZh.trim() || !p.nameEn.trim() || !p.description.trim()) {
      fail(`point "${p.code}" needs a Chinese name, an English name and a description`);
    }
    if (p.identities.length === 0) fail(`point "${p.code}" applies to no identity`);
    for (const i of p.identities) {
      if (!identities.includes(i)) fail(`point "${p.code}" names unknown identity "${String(i)}"`);
    }
    if (new Set(p.identities).size !== p.identities.length) fail(`point "${p.code}" lists an identity twice`);
    if (p.isDefault) {
      const missing = identities.filter((i) => !p.identities.includes(i));
      if (missing.length) fail(`default point "${p.code}" must apply to every identity; missing ${missing.join(', ')}`);
      if (p.adminOnly) fail(`default point "${p.code}" cannot be ADMIN-only`);
    }
  }
}

assertCatalogueConsistent();

/** Every permission code the identity allows, in catalogue order. */
export function permissionCodesFor(identity: PartnerIdentity): PermissionCode[] {
  return PERMISSION_POINTS.filter((p) => p.identities.includes(identity)).map((p) => p.code);
}

/** The default permissions of the identity (held by every role), in catalogue order. */
export function defaultPermissionCodes(identity: PartnerIdentity): PermissionCode[] {
  return PERMISSION_POINTS.filter((p) => p.isDefault && p.identities.includes(identity)).map((p) => p.code);
}

/** Whether `code` is a permission of the catalogue (for any identity). */
export function isKnownPermission(code: string): code is PermissionCode {
  return POINTS_BY_CODE.has(code);
}

/** Whether the identity allows the permission; false for unknown codes. */
export function isPermissionAllowedFor(identity: PartnerIdentity, code: string): code is PermissionCode {
  return POINTS_BY_CODE.get(code)?.identities.includes(identity) ?? false;
}

/** The catalogue entry of a code, or undefined when unknown. */
export function permissionPoint(code: string): CataloguePoint | undefined {
  return POINTS_BY_CODE.get(code);
}

/** A menu node with the permission points of one identity attached: what the role editor renders. */
export interface PermissionTreeNode {
  key: string;
  nameZh: string;
  nameEn: string;
  permissions: readonly CataloguePoint[];
  children: readonly PermissionTreeNode[];
}

/**
 * The menu tree with the points the identity allows attached to their nodes; nodes with neither
 * points nor non-empty children are dropped (e.g. 云经销商 for a cloud reseller).
 */
export function permissionTreeFor(identity: PartnerIdentity): PermissionTreeNode[] {
  const build = (nodes: readonly MenuNode[]): PermissionTreeNode[] =>
    nodes.flatMap((node) => {
      const permissions = PERMISSION_POINTS.filter((p) => p.menu === node.key && p.identities.includes(identity));
      const children = build(node.children);
      if (permissions.length === 0 && children.length === 0) return [];
      return [{ key: node.key, nameZh: node.nameZh, nameEn: node.nameEn, permissions, children }];
    });
  return build(MENU_TREE);
}
