/**
 * The incentive points (激励管理, seeds 002/004) of the catalogue (permission-points.ts lists them
 * last): viewing records and invoicing lists, applying (and automatic application),
 * invoicing, statistics. Kept apart so permission-points.ts stays within its length.
 */
import { ALL_IDENTITIES } from './identities';
import type { MenuKey } from './menu';
import type { PermissionPoint } from './permission-points';

export const INCENTIVE_POINTS = [
  {
    code: 'incentive:view',
    nameZh: '查看激励申请记录',
    nameEn: 'View incentives',
    description:
      'See incentive records by reconciliation period, their payout stage, hints, rejection reasons and invoicing lists (查看开票清单).',
    menu: 'incentive',
    identities: ALL_IDENTITIES,
    isDefault: false,
  },
  {
    code: 'incentive:apply',
    nameZh: '申请发放激励',
    nameEn: 'Apply for incentives',
    description: 'Apply for incentive payouts, or turn automatic application on or off (设置自动申请发放激励).',
    menu: 'incentive',
    identities: ALL_IDENTITIES,
    isDefault: false,
  },
  {
    code: 'incentive:invoice',
    nameZh: '为激励开票',
    nameEn: 'Invoice incentives',
    description: "Submit the partner's invoice for an incentive waiting for it (待伙伴开票).",
    menu: 'incentive',
    identities: ALL_IDENTITIES,
    isDefault: false,
  },
  {
    code: 'incentive:rebate-withdraw',
    nameZh: '激励返点提现',
    nameEn: 'Withdraw incentive rebates',
    description:
      'Withdraw from the bonus (rebate) account (激励返点提现). Not a default permission: unlike 提现 of the cash account, which every role holds, the partner chooses who may take its incentive money out.',
    menu: 'incentive',
    identities: ALL_IDENTITIES,
    isDefault: false,
  },
  {
    code: 'incentive:statistics',
    nameZh: '查看激励统计信息',
    nameEn: 'View incentive statistics',
    description: 'See incentive totals per stage and per reconciliation period.',
    menu: 'incentive',
    identities: ALL_IDENTITIES,
    isDefault: false,
  },
] as const satisfies readonly (PermissionPoint & { menu: MenuKey })[];
