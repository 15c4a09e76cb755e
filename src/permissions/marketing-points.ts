/**
 * The catalogue's points of Marketing tasks (营销任务) and exclusive offers (专属优惠) (permission-points.ts lists them in its order). Kept apart so the
 * catalogue file stays within its length.
 */
import type { MenuKey } from './menu';
import type { PermissionPoint } from './permission-points';

export const MARKETING_POINTS = [] as const satisfies readonly (PermissionPoint & { menu: MenuKey })[];
