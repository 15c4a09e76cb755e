/**
 * The catalogue's points of Programs and onboarding (伙伴计划, 发展路径, 云实验, 解决方案, inviting resellers) (permission-points.ts lists them in its order). Kept apart so the
 * catalogue file stays within its length.
 */
import type { MenuKey } from './menu';
import type { PermissionPoint } from './permission-points';

export const PROGRAM_POINTS = [] as const satisfies readonly (PermissionPoint & { menu: MenuKey })[];
