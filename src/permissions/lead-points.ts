/**
 * The catalogue's points of Leads (线索管理) and opportunities shared with the cloud (共享给华为) (permission-points.ts lists them in its order). Kept apart so the
 * catalogue file stays within its length.
 */
import type { MenuKey } from './menu';
import type { PermissionPoint } from './permission-points';

export const LEAD_POINTS = [] as const satisfies readonly (PermissionPoint & { menu: MenuKey })[];
