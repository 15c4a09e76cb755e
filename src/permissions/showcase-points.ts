/**
 * The catalogue's points of the growth showcase (伙伴计划 › 计划证书, 云实验, 解决方案), listed in
 * permission-points.ts right after the program points. Kept apart so the catalogue file stays within
 * its length and parallel work does not collide.
 */
import { ALL_IDENTITIES } from './identities';
import type { MenuKey } from './menu';
import type { PermissionPoint } from './permission-points';

export const SHOWCASE_POINTS = [
  {
    code: 'program:certificate',
    nameZh: '查看计划证书',
    nameEn: 'View program certificates',
    description:
      "See the certificates of the programs the partner joined (计划证书). Only the account that joined a program downloads its certificate as a PDF; the partner's other members see its details.",
    menu: 'program',
    identities: ALL_IDENTITIES,
    isDefault: false,
  },
  {
    code: 'cloud-lab:view',
    nameZh: '查看云实验',
    nameEn: 'View cloud labs',
    description:
      "See the lab catalogue, the partner's lab applications (申请记录), their usage and the overview (数据概览).",
    menu: 'cloud-lab',
    identities: ALL_IDENTITIES,
    isDefault: false,
  },
  {
    code: 'cloud-lab:apply',
    nameZh: '申请云实验',
    nameEn: 'Apply for cloud labs',
    description: 'Apply for a cloud lab of the catalogue; an operator approves or rejects the application.',
    menu: 'cloud-lab',
    identities: ALL_IDENTITIES,
    isDefault: false,
  },
  {
    code: 'solution:view',
    nameZh: '查看解决方案',
    nameEn: 'View solutions',
    description: "See the partner's solutions (方案列表), their lifecycle status and details.",
    menu: 'solution',
    identities: ALL_IDENTITIES,
    isDefault: false,
  },
  {
    code: 'solution:manage',
    nameZh: '管理解决方案',
    nameEn: 'Manage solutions',
    description:
      "Create solutions (立项) and take the partner's steps of their lifecycle (方案设计, 配置器开发); the cloud's operators take theirs.",
    menu: 'solution',
    identities: ALL_IDENTITIES,
    isDefault: false,
  },
] as const satisfies readonly (PermissionPoint & { menu: MenuKey })[];
