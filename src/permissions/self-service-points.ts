/**
 * The catalogue's points of Members' self-service and the partner's own data (个人资质, 项目专员, company information, news, real-name) (permission-points.ts lists them in its order). Kept apart so the
 * catalogue file stays within its length. The account points (partner-info:edit-account,
 * partner-info:credentials) were in the catalogue already; these are the qualification menu's. A member
 * maintains its own qualifications under partner-info:edit-account (a default: seed 004 lists exactly
 * twelve defaults, so no new default point).
 */
import { ALL_IDENTITIES } from './identities';
import type { MenuKey } from './menu';
import type { PermissionPoint } from './permission-points';

export const SELF_SERVICE_POINTS = [
  {
    code: 'qualification:view',
    nameZh: '查看个人资质信息',
    nameEn: "View members' qualifications",
    description:
      "Read the qualifications and project-specialist applications of the partner's members while they are associated (seed 000: not after 取消关联).",
    menu: 'qualification',
    identities: ALL_IDENTITIES,
    isDefault: false,
  },
  {
    code: 'qualification:specialist-apply',
    nameZh: '申请项目专员',
    nameEn: 'Apply for project specialists',
    description:
      "Apply for one of the partner's members (an expert) to become a service-partner project specialist, with its résumé (seed 004).",
    menu: 'qualification',
    identities: ALL_IDENTITIES,
    isDefault: false,
  },
] as const satisfies readonly (PermissionPoint & { menu: MenuKey })[];
