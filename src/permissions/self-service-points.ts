/**
 * The catalogue's points of Members' self-service and the partner's own data (个人资质, 项目专员, company information, news, real-name) (permission-points.ts lists them in its order). Kept apart so the
 * catalogue file stays within its length.
 */
import type { MenuKey } from './menu';
import type { PermissionPoint } from './permission-points';

export const SELF_SERVICE_POINTS = [] as const satisfies readonly (PermissionPoint & { menu: MenuKey })[];
