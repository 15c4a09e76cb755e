/**
 * The catalogue's points of Marketing tasks (营销任务) and exclusive offers (专属优惠) (permission-points.ts lists them in its order). Kept apart so the
 * catalogue file stays within its length.
 *
 * Seed 004 names five operations of 营销任务: 查看销售拓展任务 and 查看大单续订任务 (marketing-task:view),
 * 查看销售拓展任务明细 (marketing-task:detail: the resources a task is about), 处理销售拓展任务 and
 * 处理大单续订任务 (marketing-task:handle). (design) One point serves both kinds of task: a partner
 * that lets a member see or handle one kind lets it see or handle the other.
 */
import { ALL_IDENTITIES } from './identities';
import type { MenuKey } from './menu';
import type { PermissionPoint } from './permission-points';

export const MARKETING_POINTS = [
  {
    code: 'marketing-task:view',
    nameZh: '查看营销任务',
    nameEn: 'View marketing tasks',
    description:
      'See the sales-expansion (查看销售拓展任务) and big-deal renewal (查看大单续订任务) tasks the cloud dispatched, within the customer row scope (an account manager: its own).',
    menu: 'marketing-task',
    identities: ALL_IDENTITIES,
    isDefault: false,
  },
  {
    code: 'marketing-task:detail',
    nameZh: '查看营销任务明细',
    nameEn: 'View marketing task details',
    description: 'See the details of a task (查看销售拓展任务明细): the customer’s resources it is about.',
    menu: 'marketing-task',
    identities: ALL_IDENTITIES,
    isDefault: false,
  },
  {
    code: 'marketing-task:handle',
    nameZh: '处理营销任务',
    nameEn: 'Handle marketing tasks',
    description:
      'Start and complete sales-expansion and big-deal renewal tasks (处理销售拓展任务, 处理大单续订任务), recording the result and a note.',
    menu: 'marketing-task',
    identities: ALL_IDENTITIES,
    isDefault: false,
  },
  {
    code: 'exclusive-offer:view',
    nameZh: '查看专属优惠',
    nameEn: 'View exclusive offers',
    description:
      'See whether the partner is in the cloud-store customer-service-provider plan, its shared product links and the products that can be shared.',
    menu: 'exclusive-offer',
    identities: ALL_IDENTITIES,
    isDefault: false,
  },
  {
    code: 'exclusive-offer:share',
    nameZh: '分享专属优惠',
    nameEn: 'Share exclusive offers',
    description:
      'Share a cloud-store product link (专属优惠) whose orders are attributed to the partner (partners in the customer-service-provider plan only).',
    menu: 'exclusive-offer',
    identities: ALL_IDENTITIES,
    isDefault: false,
  },
] as const satisfies readonly (PermissionPoint & { menu: MenuKey })[];
