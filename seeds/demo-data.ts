import { OperatorDuty } from '../src/permissions/operator-duties';
/**
 * Every fixed fact of the demo data in one place: partners and members with fixed ids, the demo
 * password, the custom role and a few showcase customers with fixed account names. The same facts
 * hold at every scale; tests, the README and the seed CLI import them from here.
 */
import { PartnerIdentity, PartnerStatus } from '../src/modules/partner/partner.enums';
import { PresetRole } from '../src/modules/role/role.enums';
import { AssociationType } from '../src/modules/customer/customer.enums';
import type { PermissionCode } from '../src/permissions';

/** Password of every seeded member (demo data only). */
export const DEMO_PASSWORD = 'Partner@2026';

export type DemoPartnerKey =
  | 'dist'
  | 'reseller1'
  | 'reseller2'
  | 'sp'
  | 'other-dist'
  | 'other-reseller'
  | 'restricted-reseller'
  | 'frozen-reseller';

export interface DemoPartner {
  key: DemoPartnerKey;
  /** Fixed primary key of the partner row. */
  id: number;
  name: string;
  identity: PartnerIdentity;
  status: PartnerStatus;
  /** Key of the distributor a cloud reseller belongs to. */
  parentKey?: DemoPartnerKey;
  description: string;
}

export const DEMO_PARTNERS: readonly DemoPartner[] = [
  {
    key: 'dist',
    id: 1,
    name: '上海云汇信息技术有限公司',
    identity: PartnerIdentity.DISTRIBUTOR,
    status: PartnerStatus.NORMAL,
    description: 'The demo distributor (T1): most customers, four resellers, quotas with sub-quotas, account managers.',
  },
  {
    key: 'reseller1',
    id: 2,
    name: '杭州数澜网络科技有限公司',
    identity: PartnerIdentity.CLOUD_RESELLER,
    status: PartnerStatus.NORMAL,
    parentKey: 'dist',
    description: 'Cloud reseller #1 of the demo distributor.',
  },
  {
    key: 'reseller2',
    id: 3,
    name: 'Northwind Cloud Services Ltd.',
    identity: PartnerIdentity.CLOUD_RESELLER,
    status: PartnerStatus.NORMAL,
    parentKey: 'dist',
    description: 'Cloud reseller #2 of the demo distributor.',
  },
  {
    key: 'sp',
    id: 4,
    name: '深圳智算解决方案有限公司',
    identity: PartnerIdentity.SOLUTION_PROVIDER,
    status: PartnerStatus.NORMAL,
    description: 'A solution provider (direct partner, no resellers); also holds a PICKUP (提货券) quota.',
  },
  {
    key: 'other-dist',
    id: 5,
    name: '北京星河云计算有限公司',
    identity: PartnerIdentity.DISTRIBUTOR,
    status: PartnerStatus.NORMAL,
    description: 'An unrelated second distributor: nothing of it may be visible to the demo distributor.',
  },
  {
    key: 'other-reseller',
    id: 6,
    name: 'Contoso Cloud Partners Ltd.',
    identity: PartnerIdentity.CLOUD_RESELLER,
    status: PartnerStatus.NORMAL,
    parentKey: 'other-dist',
    description: 'The cloud reseller of the second distributor.',
  },
  {
    key: 'restricted-reseller',
    id: 7,
    name: '宁波海纳网络科技有限公司',
    identity: PartnerIdentity.CLOUD_RESELLER,
    status: PartnerStatus.RESTRICTED,
    parentKey: 'dist',
    description: 'A RESTRICTED (受限) reseller of the demo distributor: money and coupon mutations are refused.',
  },
  {
    key: 'frozen-reseller',
    id: 8,
    name: 'Tailspin Cloud Ltd.',
    identity: PartnerIdentity.CLOUD_RESELLER,
    status: PartnerStatus.FROZEN,
    parentKey: 'dist',
    description: 'A FROZEN (冻结) reseller of the demo distributor.',
  },
];

/** The custom role of the demo distributor (运营专员): customers and coupons, no funds. */
export const OPERATIONS_ROLE = {
  key: 'OPERATIONS',
  name: '运营专员 Operations',
  description:
    'Operations staff: customer list and details, coupon quotas, issue and reclaim coupons, coupon records; no funds.',
  permissions: [
    'customer:list',
    'customer:detail',
    'coupon:quota-view',
    'coupon:issue',
    'coupon:reclaim',
    'coupon:records',
  ] as const satisfies readonly PermissionCode[],
} as const;

/** A role of a demo member: a preset role, or the distributor's custom operations role. */
export type DemoRoleKey = PresetRole | typeof OPERATIONS_ROLE.key;

/** The name a preset role gets in every partner: "中文名 English name". */
export function presetRoleName(nameZh: string, nameEn: string): string {
  return `${nameZh} ${nameEn}`;
}

export interface DemoMember {
  /** Fixed primary key of the member row. */
  id: number;
  loginName: string;
  displayName: string;
  partnerKey: DemoPartnerKey;
  roles: readonly DemoRoleKey[];
  /** loginName of the ACCOUNT_MANAGER_SUPERVISOR over this account manager. */
  supervisor?: string;
  /** CANCELLED members exist but cannot sign in. */
  cancelled?: boolean;
  email: string;
  mobile: string;
  description: string;
}

export const DEMO_MEMBERS: readonly DemoMember[] = [
  {
    id: 1,
    loginName: 'dist-admin',
    displayName: '陈立新',
    partnerKey: 'dist',
    roles: [PresetRole.ADMIN],
    email: 'chen.lixin@yunhui-dist.example.cn',
    mobile: '0086-13800000001',
    description: 'Administrator of the demo distributor: everything a distributor may do.',
  },
  {
    id: 2,
    loginName: 'dist-am',
    displayName: '李娜',
    partnerKey: 'dist',
    roles: [PresetRole.ACCOUNT_MANAGER],
    supervisor: 'dist-ams',
    email: 'li.na@yunhui-dist.example.cn',
    mobile: '0086-13800000002',
    description:
      'Account manager of the demo distributor: sees only the ≈ one third of its customers assigned to them.',
  },
  {
    id: 3,
    loginName: 'dist-ams',
    displayName: '张伟',
    partnerKey: 'dist',
    roles: [PresetRole.ACCOUNT_MANAGER_SUPERVISOR],
    email: 'zhang.wei@yunhui-dist.example.cn',
    mobile: '0086-13800000003',
    description: 'Account manager supervisor over dist-am and dist-am2; a few customers are assigned to them directly.',
  },
  {
    id: 4,
    loginName: 'dist-ops',
    displayName: '刘洋',
    partnerKey: 'dist',
    roles: [OPERATIONS_ROLE.key],
    email: 'liu.yang@yunhui-dist.example.cn',
    mobile: '0086-13800000004',
    description: 'Custom role 运营专员 Operations: customers and coupons, no funds.',
  },
  {
    id: 5,
    loginName: 'reseller-admin',
    displayName: '赵敏',
    partnerKey: 'reseller1',
    roles: [PresetRole.ADMIN],
    email: 'zhao.min@shulan.example.cn',
    mobile: '0086-13800000005',
    description: 'Administrator of cloud reseller #1 of the demo distributor.',
  },
  {
    id: 6,
    loginName: 'reseller2-admin',
    displayName: 'Emily Chen',
    partnerKey: 'reseller2',
    roles: [PresetRole.ADMIN],
    email: 'emily.chen@northwind-cloud.example.com',
    mobile: '0086-13800000006',
    description: 'Administrator of cloud reseller #2 of the demo distributor.',
  },
  {
    id: 7,
    loginName: 'sp-admin',
    displayName: '孙浩',
    partnerKey: 'sp',
    roles: [PresetRole.ADMIN],
    email: 'sun.hao@zhisuan.example.cn',
    mobile: '0086-13800000007',
    description: 'Administrator of the solution provider.',
  },
  {
    id: 8,
    loginName: 'other-dist-admin',
    displayName: '周静',
    partnerKey: 'other-dist',
    roles: [PresetRole.ADMIN],
    email: 'zhou.jing@xinghe-cloud.example.cn',
    mobile: '0086-13800000008',
    description: 'Administrator of the unrelated second distributor.',
  },
  {
    id: 9,
    loginName: 'dist-am2',
    displayName: '王芳',
    partnerKey: 'dist',
    roles: [PresetRole.ACCOUNT_MANAGER],
    supervisor: 'dist-ams',
    email: 'wang.fang@yunhui-dist.example.cn',
    mobile: '0086-13800000009',
    description: 'Second account manager of the demo distributor, also supervised by dist-ams.',
  },
  {
    id: 10,
    loginName: 'dist-sa',
    displayName: '黄磊',
    partnerKey: 'dist',
    roles: [PresetRole.SA_SPECIALIST],
    email: 'huang.lei@yunhui-dist.example.cn',
    mobile: '0086-13800000010',
    description: 'SA specialist of the demo distributor: read-only customers and orders.',
  },
  {
    id: 11,
    loginName: 'dist-am-ops',
    displayName: '吴静怡',
    partnerKey: 'dist',
    roles: [PresetRole.ACCOUNT_MANAGER, OPERATIONS_ROLE.key],
    email: 'wu.jingyi@yunhui-dist.example.cn',
    mobile: '0086-13800000011',
    description: 'Account manager plus the operations role: sees all customers (AM plus any other role).',
  },
  {
    id: 12,
    loginName: 'dist-former',
    displayName: '郑凯',
    partnerKey: 'dist',
    roles: [PresetRole.ACCOUNT_MANAGER],
    cancelled: true,
    email: 'zheng.kai@yunhui-dist.example.cn',
    mobile: '0086-13800000012',
    description: 'A former account manager whose association was cancelled: cannot sign in.',
  },
  {
    id: 13,
    loginName: 'reseller-am',
    displayName: '钱晓峰',
    partnerKey: 'reseller1',
    roles: [PresetRole.ACCOUNT_MANAGER],
    email: 'qian.xiaofeng@shulan.example.cn',
    mobile: '0086-13800000013',
    description: 'Account manager of cloud reseller #1.',
  },
  {
    id: 14,
    loginName: 'reseller2-am',
    displayName: 'David Liu',
    partnerKey: 'reseller2',
    roles: [PresetRole.ACCOUNT_MANAGER],
    email: 'david.liu@northwind-cloud.example.com',
    mobile: '0086-13800000014',
    description: 'Account manager of cloud reseller #2.',
  },
  {
    id: 15,
    loginName: 'sp-am',
    displayName: '许静',
    partnerKey: 'sp',
    roles: [PresetRole.ACCOUNT_MANAGER],
    email: 'xu.jing@zhisuan.example.cn',
    mobile: '0086-13800000015',
    description: 'Account manager of the solution provider.',
  },
  {
    id: 16,
    loginName: 'other-dist-am',
    displayName: '冯涛',
    partnerKey: 'other-dist',
    roles: [PresetRole.ACCOUNT_MANAGER],
    email: 'feng.tao@xinghe-cloud.example.cn',
    mobile: '0086-13800000016',
    description: 'Account manager of the second distributor.',
  },
  {
    id: 17,
    loginName: 'other-reseller-admin',
    displayName: 'Grace Wang',
    partnerKey: 'other-reseller',
    roles: [PresetRole.ADMIN],
    email: 'grace.wang@contoso-cloud.example.com',
    mobile: '0086-13800000017',
    description: 'Administrator of the reseller of the second distributor.',
  },
  {
    id: 18,
    loginName: 'restricted-reseller-admin',
    displayName: '蒋明',
    partnerKey: 'restricted-reseller',
    roles: [PresetRole.ADMIN],
    email: 'jiang.ming@haina.example.cn',
    mobile: '0086-13800000018',
    description: 'Administrator of the RESTRICTED reseller.',
  },
  {
    id: 19,
    loginName: 'frozen-reseller-admin',
    displayName: 'Oliver Zhang',
    partnerKey: 'frozen-reseller',
    roles: [PresetRole.ADMIN],
    email: 'oliver.zhang@tailspin.example.com',
    mobile: '0086-13800000019',
    description: 'Administrator of the FROZEN reseller.',
  },
];

export interface DemoCustomer {
  /** Fixed login name (unique); look the customer up by it. */
  accountName: string;
  name: string;
  partnerKey: DemoPartnerKey;
  associationType: AssociationType;
  /** loginName of the account manager, if any. */
  accountManager?: string;
  /** What the seed guarantees about the customer. */
  description: string;
}

/**
 * Showcase customers with fixed account names. Unless the description says otherwise a RESALE
 * showcase customer has a positive balance, no debt, is not frozen, has no unbind/switch request in
 * the last 3 months, a GRANTED order-on-behalf authorization, at least one USABLE coupon, a
 * PENDING_PAYMENT order and an IN_USE main resource with dependents. Each also holds a VOUCHER
 * issued with its quota's default validity (memo 默认有效期（额度有效期）), which expires more than 12
 * months from now: outside the coupon lists' default window, found with `filter: { all: true }`.
 * Seeded coupon payments have USE records (some coupons paid two orders).
 */
export const DEMO_CUSTOMERS: readonly DemoCustomer[] = [
  {
    accountName: 'yunfan-tech',
    name: '杭州云帆科技有限公司',
    partnerKey: 'dist',
    associationType: AssociationType.RESALE,
    accountManager: 'dist-am',
    description: 'RESALE customer of the distributor assigned to dist-am; the showcase guarantees above.',
  },
  {
    accountName: 'northwind-analytics',
    name: 'Northwind Analytics Ltd.',
    partnerKey: 'dist',
    associationType: AssociationType.ADVISORY,
    accountManager: 'dist-am',
    description: 'ADVISORY customer of the distributor assigned to dist-am: balance 0, no ledger, no coupons.',
  },
  {
    accountName: 'tianyi-logistics',
    name: '天津天翼物流有限公司',
    partnerKey: 'dist',
    associationType: AssociationType.RESALE,
    accountManager: 'dist-ams',
    description: 'RESALE customer of the distributor assigned to the supervisor dist-ams directly.',
  },
  {
    accountName: 'xinghe-edu',
    name: '成都星河教育科技有限公司',
    partnerKey: 'dist',
    associationType: AssociationType.RESALE,
    description:
      'RESALE customer of the distributor with no account manager whose order-on-behalf authorization is REVOKED.',
  },
  {
    accountName: 'jinhua-retail',
    name: '金华优品电子商务有限公司',
    partnerKey: 'dist',
    associationType: AssociationType.RESALE,
    accountManager: 'dist-am2',
    description:
      'RESALE customer of the distributor in debt (balance 0, debtAmount > 0) and frozen (account): unbind and switch are blocked. Its balance was reclaimed in full (全额提现), so its CASH coupons went back to the quota (FULL_WITHDRAWAL_RECLAIM records).',
  },
  {
    accountName: 'qinghe-health',
    name: '苏州青禾医疗科技有限公司',
    partnerKey: 'reseller1',
    associationType: AssociationType.RESALE,
    accountManager: 'reseller-am',
    description: 'RESALE customer of reseller #1 (the distributor sees its basic info only).',
  },
  {
    accountName: 'fabrikam-robotics',
    name: 'Fabrikam Robotics GmbH',
    partnerKey: 'reseller2',
    associationType: AssociationType.RESALE,
    description: 'RESALE customer of reseller #2.',
  },
  {
    accountName: 'borui-soft',
    name: '南京博睿软件有限公司',
    partnerKey: 'sp',
    associationType: AssociationType.RESALE,
    accountManager: 'sp-am',
    description: 'RESALE customer of the solution provider.',
  },
  {
    accountName: 'woodgrove-finance',
    name: 'Woodgrove Financial Services Ltd.',
    partnerKey: 'other-dist',
    associationType: AssociationType.RESALE,
    description: 'RESALE customer of the unrelated second distributor.',
  },
  {
    accountName: 'lucerne-publishing',
    name: 'Lucerne Publishing LLC',
    partnerKey: 'other-reseller',
    associationType: AssociationType.RESALE,
    description: "RESALE customer of the second distributor's reseller.",
  },
];

export function demoPartner(key: DemoPartnerKey): DemoPartner {
  const partner = DEMO_PARTNERS.find((p) => p.key === key);
  if (!partner) throw new Error(`unknown demo partner "${key}"`);
  return partner;
}

export function demoMember(loginName: string): DemoMember {
  const member = DEMO_MEMBERS.find((m) => m.loginName === loginName);
  if (!member) throw new Error(`unknown demo member "${loginName}"`);
  return member;
}

export interface DemoCloudAccount {
  accountName: string;
  email: string;
  mobile: string;
  international?: boolean;
  isPartner?: boolean;
  reportedByCloud?: boolean;
  governmentSubsidy?: boolean;
  description: string;
}

/**
 * Cloud accounts that no partner has associated (every seeded customer also has its cloud account,
 * under the same login name, email and mobile): two that may be associated, one for each reason
 * an account cannot be.
 */
export const DEMO_CLOUD_ACCOUNTS: readonly DemoCloudAccount[] = [
  {
    accountName: 'qingyun-newco',
    email: 'it@qingyun-newco.example.cn',
    mobile: '0086-13700000001',
    description: 'Free: may be associated.',
  },
  {
    accountName: 'litware-labs',
    email: 'cloud@litware-labs.example.com',
    mobile: '0086-13700000002',
    description: 'Free: may be associated.',
  },
  {
    accountName: 'globex-intl',
    email: 'ops@globex-intl.example.com',
    mobile: '0065-81234567',
    international: true,
    description: 'Registered on the international site.',
  },
  {
    accountName: 'initech-partner',
    email: 'partner@initech.example.cn',
    mobile: '0086-13700000004',
    isPartner: true,
    description: 'Itself a solution provider or cloud reseller.',
  },
  {
    accountName: 'umbrella-reported',
    email: 'it@umbrella.example.cn',
    mobile: '0086-13700000005',
    reportedByCloud: true,
    description: 'Already reported (报备) by the cloud.',
  },
  {
    accountName: 'xinan-edu-subsidy',
    email: 'it@xinan-edu.example.cn',
    mobile: '0086-13700000006',
    governmentSubsidy: true,
    description: 'In a government-subsidy program.',
  },
];

/**
 * A mobile number at the registration cap: as many cloud accounts registered with it as a number
 * may have (MOBILE_REGISTRATION_CAP), none of them a customer. checkCustomerRegistration answers
 * REGISTRATION_LIMIT_REACHED for it; createCustomer and sendCustomerRegistrationCode refuse it
 * (MOBILE_REGISTRATION_LIMIT). Its accounts are named family-phone-1…
 */
export const DEMO_CAPPED_MOBILE = '0086-13600000000';

export interface DemoOperator {
  loginName: string;
  displayName: string;
  duty: OperatorDuty;
  email: string;
  /** A disabled operator: its sign-in and tokens are refused. */
  disabled?: boolean;
  description: string;
}

/** The cloud's operators (password DEMO_PASSWORD), in every seed size. */
export const DEMO_OPERATORS: readonly DemoOperator[] = [
  {
    loginName: 'ops-admin',
    displayName: '伙伴运营 王敏',
    duty: OperatorDuty.PARTNER_OPERATIONS,
    email: 'wangmin@ops.cloud.example.cn',
    description: 'Partner operations (华为运营人员): reads every partner; co-signs incentives, leads, programs.',
  },
  {
    loginName: 'ops-eco',
    displayName: '生态经理 李强',
    duty: OperatorDuty.ECOSYSTEM_MANAGER,
    email: 'liqiang@ops.cloud.example.cn',
    description: 'Ecosystem manager (生态经理): reads every partner; leads and programs.',
  },
  {
    loginName: 'ops-finance',
    displayName: '财经 陈静',
    duty: OperatorDuty.FINANCE,
    email: 'chenjing@finance.cloud.example.cn',
    description:
      'Cloud finance (华为财经): reads every partner; remittances, withdrawals, incentive payment, invoices.',
  },
  {
    loginName: 'ops-former',
    displayName: '离职 赵磊',
    duty: OperatorDuty.PARTNER_OPERATIONS,
    email: 'zhaolei@ops.cloud.example.cn',
    disabled: true,
    description: 'A disabled operator: sign-in answers INVALID_CREDENTIALS and its old tokens stop working.',
  },
];

/**
 * Customers who sign in (input.as: CUSTOMER, password DEMO_PASSWORD): every seeded cloud account has
 * the demo password; these are the ones the README and the tests use.
 */
export const DEMO_CUSTOMER_LOGINS = {
  /** RESALE customer of the distributor (dist-am's): balance, orders, coupons, authorization. */
  resale: 'yunfan-tech',
  /** ADVISORY customer of the distributor. */
  advisory: 'northwind-analytics',
  /** Associated with no partner: may accept an invitation. */
  free: 'qingyun-newco',
} as const;
