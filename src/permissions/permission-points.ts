/**
 * Every permission point of the partner center (domain.md §3) with its zh/en names, the identities
 * it applies to and whether it is one of the default permissions (组织人员默认权限): the data of the
 * catalogue (catalogue.ts derives the codes, checks the data at load and answers questions about it).
 */
import { ALL_IDENTITIES, PartnerIdentity } from './identities';
import { INCENTIVE_POINTS } from './incentive-points';
import { FINANCE_POINTS } from './finance-points';
import { SELF_SERVICE_POINTS } from './self-service-points';
import { PROGRAM_POINTS } from './program-points';
import { SHOWCASE_POINTS } from './showcase-points';
import { MARKETING_POINTS } from './marketing-points';
import { LEAD_POINTS } from './lead-points';
import type { MenuKey } from './menu';

export interface PermissionPoint {
  /** `area:action`, e.g. `customer:list`. */
  code: string;
  /** Name as the partner center shows it, e.g. 查看客户列表. */
  nameZh: string;
  nameEn: string;
  /** One line on what the point allows. */
  description: string;
  /** Key of the menu node (see MENU_TREE) under which the role editor shows the point. */
  menu: string;
  /** Partner identities for which the point exists. */
  identities: readonly PartnerIdentity[];
  /** A default permission: every role of every identity holds it and it cannot be removed. */
  isDefault: boolean;
  /** Needs a verification code (验证码) when the partner has turned verification on. */
  sensitive?: boolean;
  /** Only the ADMIN preset role may hold it; custom roles may not (e.g. unbind / switch association). */
  adminOnly?: boolean;
}

const DISTRIBUTOR_ONLY = [PartnerIdentity.DISTRIBUTOR] as const satisfies readonly PartnerIdentity[];

/** The points in catalogue order (the order the role editor lists them in). */
export const POINTS = [
  // ── Default permissions (组织人员默认权限), identical for all three identities ──
  {
    code: 'home:view',
    nameZh: '查看主页',
    nameEn: 'View home',
    description: 'Open the partner center home page.',
    menu: 'home',
    identities: ALL_IDENTITIES,
    isDefault: true,
  },
  {
    code: 'account:view-balance',
    nameZh: '查看账户余额',
    nameEn: 'View account balance',
    description: "See the partner's own account balances.",
    menu: 'account.info',
    identities: ALL_IDENTITIES,
    isDefault: true,
  },
  {
    code: 'account:recharge',
    nameZh: '充值',
    nameEn: 'Recharge',
    description: "Top up the partner's account online or by bank transfer.",
    menu: 'account.info',
    identities: ALL_IDENTITIES,
    isDefault: true,
  },
  {
    code: 'account:withdraw',
    nameZh: '提现',
    nameEn: 'Withdraw',
    description: "Withdraw money from the partner's account.",
    menu: 'account.info',
    identities: ALL_IDENTITIES,
    isDefault: true,
    sensitive: true,
  },
  {
    code: 'account:balance-alert',
    nameZh: '设置余额预警',
    nameEn: 'Set balance alert',
    description: 'Set the threshold below which the partner is warned about its balance.',
    menu: 'account.info',
    identities: ALL_IDENTITIES,
    isDefault: true,
  },
  {
    code: 'partner-info:view-company',
    nameZh: '查看公司信息',
    nameEn: 'View company info',
    description: "See the partner company's registered information.",
    menu: 'partner-info.basic',
    identities: ALL_IDENTITIES,
    isDefault: true,
  },
  {
    code: 'partner-info:view-personal',
    nameZh: '查看个人信息',
    nameEn: 'View personal info',
    description: "See the signed-in member's own personal information.",
    menu: 'partner-info.basic',
    identities: ALL_IDENTITIES,
    isDefault: true,
  },
  {
    code: 'partner-info:view-account',
    nameZh: '查看账号信息',
    nameEn: 'View account info',
    description: "See the signed-in member's account (login name, mobile, email).",
    menu: 'partner-info.basic',
    identities: ALL_IDENTITIES,
    isDefault: true,
  },
  {
    code: 'partner-info:edit-account',
    nameZh: '修改账号信息',
    nameEn: 'Edit account info',
    description: "Change the signed-in member's own account information.",
    menu: 'partner-info.basic',
    identities: ALL_IDENTITIES,
    isDefault: true,
  },
  {
    code: 'partner-info:credentials',
    nameZh: '管理我的凭证',
    nameEn: 'Manage my credentials',
    description: "Manage the signed-in member's own access credentials.",
    menu: 'partner-info.basic',
    identities: ALL_IDENTITIES,
    isDefault: true,
  },
  {
    code: 'support:news',
    nameZh: '查看新闻动态',
    nameEn: 'View news',
    description: 'Read the news published to partners.',
    menu: 'support',
    identities: ALL_IDENTITIES,
    isDefault: true,
  },
  {
    code: 'support:real-name',
    nameZh: '查看实名认证信息',
    nameEn: 'View real-name verification info',
    description: "See the partner's real-name verification information.",
    menu: 'support',
    identities: ALL_IDENTITIES,
    isDefault: true,
  },

  // ── Customers (客户) ──
  {
    code: 'customer:list',
    nameZh: '查看客户列表',
    nameEn: 'View customer list',
    description: "List and search sub-customers (a distributor also sees its resellers' customers, basic info only).",
    menu: 'customer.management',
    identities: ALL_IDENTITIES,
    isDefault: false,
  },
  {
    code: 'customer:detail',
    nameZh: '查看客户详情',
    nameEn: 'View customer details',
    description: "See a sub-customer's details: contact, verification, level, balance of RESALE customers.",
    menu: 'customer.management',
    identities: ALL_IDENTITIES,
    isDefault: false,
  },
  {
    code: 'customer:create',
    nameZh: '创建客户',
    nameEn: 'Create customer',
    description: 'Register a new cloud account and associate it as a sub-customer.',
    menu: 'customer.management',
    identities: ALL_IDENTITIES,
    isDefault: false,
  },
  {
    code: 'customer:association',
    nameZh: '管理客户关联关系',
    nameEn: 'Manage customer association',
    description: "Unbind a customer, switch its association type and handle customers' unbind requests (ADMIN only).",
    menu: 'customer.association',
    identities: ALL_IDENTITIES,
    isDefault: false,
    sensitive: true,
    adminOnly: true,
  },
  {
    code: 'customer:assign-manager',
    nameZh: '分配客户经理',
    nameEn: 'Assign account manager',
    description: 'Assign or change the account manager of a sub-customer.',
    menu: 'customer.management',
    identities: ALL_IDENTITIES,
    isDefault: false,
  },
  {
    code: 'customer:consumption',
    nameZh: '查询客户消费记录',
    nameEn: 'View customer consumption',
    description: "Query sub-customers' consumption records (up to 18 months).",
    menu: 'customer.management',
    identities: ALL_IDENTITIES,
    isDefault: false,
  },

  // ── Funds (资金) ──
  {
    code: 'funds:allocate',
    nameZh: '拨款',
    nameEn: 'Allocate funds',
    description: 'Allocate funds to RESALE customers, one or in batch.',
    menu: 'funds',
    identities: ALL_IDENTITIES,
    isDefault: false,
    sensitive: true,
  },
  {
    code: 'funds:reclaim',
    nameZh: '回收',
    nameEn: 'Reclaim funds',
    description: "Reclaim balance from RESALE customers' accounts.",
    menu: 'funds',
    identities: ALL_IDENTITIES,
    isDefault: false,
    sensitive: true,
  },
  {
    code: 'funds:records',
    nameZh: '查看调账记录',
    nameEn: 'View fund records',
    description: "See adjustment (allocate/reclaim) records and the partner's account change records.",
    menu: 'funds',
    identities: ALL_IDENTITIES,
    isDefault: false,
  },

  {
    code: 'funds:payment-agreement',
    nameZh: '代付管理',
    nameEn: 'Payment on behalf',
    description:
      "See, propose and terminate payment-on-behalf agreements (代付协议): the partner's cash account pays the customer's orders (design).",
    menu: 'funds.payment-agreement',
    identities: ALL_IDENTITIES,
    isDefault: false,
  },

  // ── Coupons (代金券) ──
  {
    code: 'coupon:quota-view',
    nameZh: '查看代金券额度',
    nameEn: 'View coupon quotas',
    description: 'See the coupon quotas granted to the partner and what is left of them.',
    menu: 'coupon',
    identities: ALL_IDENTITIES,
    isDefault: false,
  },
  {
    code: 'coupon:issue',
    nameZh: '为客户下发代金券',
    nameEn: 'Issue coupons',
    description: 'Issue coupons to customers out of a quota.',
    menu: 'coupon',
    identities: ALL_IDENTITIES,
    isDefault: false,
    sensitive: true,
  },
  {
    code: 'coupon:reclaim',
    nameZh: '回收已下发代金券',
    nameEn: 'Reclaim coupons',
    description: 'Reclaim the remaining balance of issued coupons.',
    menu: 'coupon',
    identities: ALL_IDENTITIES,
    isDefault: false,
    sensitive: true,
  },
  {
    code: 'coupon:records',
    nameZh: '查看代金券使用记录',
    nameEn: 'View coupon records',
    description: 'See issued coupons, their usage and the issue/reclaim operation records.',
    menu: 'coupon',
    identities: ALL_IDENTITIES,
    isDefault: false,
  },

  // ── Cloud resellers (云经销商), distributors only ──
  {
    code: 'reseller:list',
    nameZh: '查看云经销商',
    nameEn: 'View cloud resellers',
    description: "List the distributor's cloud resellers and their balances.",
    menu: 'reseller',
    identities: DISTRIBUTOR_ONLY,
    isDefault: false,
  },
  {
    code: 'reseller:funds',
    nameZh: '云经销商拨款与回收',
    nameEn: 'Reseller funds',
    description: 'Allocate funds to and reclaim funds from cloud resellers.',
    menu: 'reseller',
    identities: DISTRIBUTOR_ONLY,
    isDefault: false,
    sensitive: true,
  },
  {
    code: 'reseller:quota',
    nameZh: '发放与回收代金券额度',
    nameEn: 'Reseller coupon quotas',
    description: 'Issue coupon quotas to and reclaim them from cloud resellers.',
    menu: 'reseller',
    identities: DISTRIBUTOR_ONLY,
    isDefault: false,
    sensitive: true,
  },

  // ── Orders (订单) ──
  {
    code: 'order:view',
    nameZh: '查看订单',
    nameEn: 'View orders',
    description: "See customers' orders and subscribed (yearly/monthly) resources.",
    menu: 'order',
    identities: ALL_IDENTITIES,
    isDefault: false,
  },
  {
    code: 'order:manage',
    nameZh: '管理订单',
    nameEn: 'Manage orders',
    description: 'Pay, cancel, renew, unsubscribe and set auto-renew on behalf of customers.',
    menu: 'order',
    identities: ALL_IDENTITIES,
    isDefault: false,
  },

  // ── Cloud-store orders (云商店订单) and invoices (发票管理): finance-points.ts ──
  ...FINANCE_POINTS,

  // ── Organisation (组织) ──
  {
    code: 'org:member-view',
    nameZh: '查看人员',
    nameEn: 'View members',
    description: "See the partner's members and their roles.",
    menu: 'org.members',
    identities: ALL_IDENTITIES,
    isDefault: false,
  },
  {
    code: 'org:member-manage',
    nameZh: '管理人员',
    nameEn: 'Manage members',
    description: 'Invite members, assign their roles and remove them.',
    menu: 'org.members',
    identities: ALL_IDENTITIES,
    isDefault: false,
  },
  {
    code: 'org:role-manage',
    nameZh: '管理角色',
    nameEn: 'Manage roles',
    description: 'Create, edit and delete custom roles.',
    menu: 'org.roles',
    identities: ALL_IDENTITIES,
    isDefault: false,
  },

  // ── Dashboard (运营看板) ──
  {
    code: 'dashboard:view',
    nameZh: '查看运营看板',
    nameEn: 'View dashboard',
    description: 'See consumption, performance and incentive statistics.',
    menu: 'dashboard',
    identities: ALL_IDENTITIES,
    isDefault: false,
  },

  // ── Incentives (激励管理, seeds 002/004): incentive-points.ts ──
  ...INCENTIVE_POINTS,

  // ── Growth (seeds 000/001/003/004): one file per area ──
  ...LEAD_POINTS,
  ...MARKETING_POINTS,
  ...PROGRAM_POINTS,
  ...SHOWCASE_POINTS,
  ...SELF_SERVICE_POINTS,
] as const satisfies readonly (PermissionPoint & { menu: MenuKey })[];
