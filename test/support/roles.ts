/** The API's view of roles: their order and how other objects refer to them. */
import type { Role } from '../../src/modules/role/role.entity';
import { PresetRole } from '../../src/modules/role/role.enums';
import { gid } from './ids';

/** The preset roles in the order the API lists them. */
export const PRESET_ORDER = Object.values(PresetRole) as string[];

/** The order the API promises for roles: preset roles in PresetRole order, then custom by name. */
export function byRoleOrder(a: Role, b: Role): number {
  const rank = (r: Role) => (r.presetKey ? PRESET_ORDER.indexOf(r.presetKey) : PRESET_ORDER.length);
  return rank(a) - rank(b) || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0) || a.id - b.id;
}

/** A role as other objects refer to it: { id, name, presetKey }. */
export const roleRef = (r: Role) => ({ id: gid('Role', r.id), name: r.name, presetKey: r.presetKey ?? null });
