/**
 * The menu of the partner center as the role editor groups permission points (the catalogue in
 * catalogue.ts attaches each point to one of these nodes).
 */
export interface MenuNode {
  key: string;
  nameZh: string;
  nameEn: string;
  children: readonly MenuNode[];
}

/**
 * Menu of the partner center as the role editor groups permission points. The default-permission
 * menus (主页, 账号 › 账户信息, 伙伴信息 › 基本信息, 支持) follow the platform's table of default
 * permissions; the others follow the catalogue areas of domain.md §3.
 */
export const MENU_TREE = [
  { key: 'home', nameZh: '主页', nameEn: 'Home', children: [] },
  {
    key: 'account',
    nameZh: '账号',
    nameEn: 'Account',
    children: [{ key: 'account.info', nameZh: '账户信息', nameEn: 'Account info', children: [] }],
  },
  {
    key: 'partner-info',
    nameZh: '伙伴信息',
    nameEn: 'Partner info',
    children: [{ key: 'partner-info.basic', nameZh: '基本信息', nameEn: 'Basic info', children: [] }],
  },
  { key: 'support', nameZh: '支持', nameEn: 'Support', children: [] },
  {
    key: 'customer',
    nameZh: '客户',
    nameEn: 'Customers',
    children: [
      { key: 'customer.management', nameZh: '客户管理', nameEn: 'Customer management', children: [] },
      { key: 'customer.association', nameZh: '关联与解除关联', nameEn: 'Association', children: [] },
    ],
  },
  {
    key: 'funds',
    nameZh: '资金',
    nameEn: 'Funds',
    children: [{ key: 'funds.payment-agreement', nameZh: '代付管理', nameEn: 'Payment on behalf', children: [] }],
  },
  { key: 'coupon', nameZh: '代金券', nameEn: 'Coupons', children: [] },
  { key: 'reseller', nameZh: '云经销商', nameEn: 'Cloud resellers', children: [] },
  { key: 'order', nameZh: '订单', nameEn: 'Orders', children: [] },
  { key: 'cloud-store', nameZh: '云商店订单', nameEn: 'Cloud-store orders', children: [] },
  { key: 'invoice', nameZh: '发票管理', nameEn: 'Invoices', children: [] },
  {
    key: 'org',
    nameZh: '组织',
    nameEn: 'Organisation',
    children: [
      { key: 'org.members', nameZh: '人员管理', nameEn: 'Members', children: [] },
      { key: 'org.roles', nameZh: '角色管理', nameEn: 'Roles', children: [] },
    ],
  },
  { key: 'incentive', nameZh: '激励管理', nameEn: 'Incentives', children: [] },
  { key: 'dashboard', nameZh: '运营看板', nameEn: 'Dashboard', children: [] },
  { key: 'lead', nameZh: '线索管理', nameEn: 'Leads', children: [] },
  { key: 'opportunity', nameZh: '商机(共享给华为)', nameEn: 'Opportunities shared with the cloud', children: [] },
  { key: 'marketing-task', nameZh: '营销任务', nameEn: 'Marketing tasks', children: [] },
  { key: 'exclusive-offer', nameZh: '专属优惠', nameEn: 'Exclusive offers', children: [] },
  { key: 'program', nameZh: '伙伴计划', nameEn: 'Programs', children: [] },
  { key: 'cloud-lab', nameZh: '云实验', nameEn: 'Cloud lab', children: [] },
  { key: 'solution', nameZh: '解决方案', nameEn: 'Solutions', children: [] },
  { key: 'qualification', nameZh: '个人资质', nameEn: 'Personal qualifications', children: [] },
] as const satisfies readonly MenuNode[];

type KeysOf<T> = T extends readonly (infer N)[]
  ? N extends { readonly key: infer K; readonly children: infer C }
    ? K | KeysOf<C>
    : never
  : never;

/** Key of a node of MENU_TREE; a misspelled `menu` of a point fails the type check. */
export type MenuKey = KeysOf<typeof MENU_TREE>;
