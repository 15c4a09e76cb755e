/**
 * The catalogue's points of Programs and onboarding (伙伴计划, 发展路径, 云实验, 解决方案, inviting resellers) (permission-points.ts lists them in its order). Kept apart so the
 * catalogue file stays within its length.
 */
import { ALL_IDENTITIES, PartnerIdentity } from './identities';
import type { MenuKey } from './menu';
import type { PermissionPoint } from './permission-points';

export const PROGRAM_POINTS = [
  {
    code: 'program:view',
    nameZh: '查看伙伴计划',
    nameEn: 'View programs',
    description:
      'See the programs and development paths the partner joined, its path invitations, its distribution-program applications and the reseller invitations it received.',
    menu: 'program',
    identities: ALL_IDENTITIES,
    isDefault: false,
  },
  {
    code: 'program:join',
    nameZh: '加入伙伴计划',
    nameEn: 'Join programs',
    description:
      'Accept a development-path invitation (发展路径邀请), apply for the distribution program (分销计划申请) and accept a distributor’s reseller invitation (转云经销商).',
    menu: 'program',
    identities: ALL_IDENTITIES,
    isDefault: false,
  },
  {
    code: 'program:invite-reseller',
    nameZh: '邀请关联云经销商',
    nameEn: 'Invite cloud resellers',
    description:
      'Invite a partner to become one of the distributor’s cloud resellers (a 24-hour link; a code on the master account’s mail or phone), see and cancel the invitations sent.',
    menu: 'program',
    identities: [PartnerIdentity.DISTRIBUTOR],
    isDefault: false,
  },
] as const satisfies readonly (PermissionPoint & { menu: MenuKey })[];
