/** Words the generators draw from: company and person names, products, regions, memos. */
import { hash32 } from './random';

export const CITIES: readonly (readonly [string, string])[] = [
  ['杭州', 'hz'],
  ['上海', 'sh'],
  ['北京', 'bj'],
  ['深圳', 'sz'],
  ['广州', 'gz'],
  ['成都', 'cd'],
  ['武汉', 'wh'],
  ['南京', 'nj'],
  ['苏州', 'su'],
  ['西安', 'xa'],
  ['重庆', 'cq'],
  ['天津', 'tj'],
  ['长沙', 'cs'],
  ['合肥', 'hf'],
  ['厦门', 'xm'],
  ['青岛', 'qd'],
  ['宁波', 'nb'],
  ['郑州', 'zz'],
  ['济南', 'jn'],
  ['福州', 'fz'],
  ['无锡', 'wx'],
  ['东莞', 'dg'],
  ['佛山', 'fs'],
  ['昆明', 'km'],
];

export const BRANDS: readonly (readonly [string, string])[] = [
  ['云帆', 'yunfan'],
  ['星辰', 'xingchen'],
  ['智汇', 'zhihui'],
  ['青禾', 'qinghe'],
  ['远航', 'yuanhang'],
  ['博睿', 'borui'],
  ['鼎新', 'dingxin'],
  ['瀚海', 'hanhai'],
  ['启明', 'qiming'],
  ['天工', 'tiangong'],
  ['锦程', 'jincheng'],
  ['易联', 'yilian'],
  ['优品', 'youpin'],
  ['安和', 'anhe'],
  ['华信', 'huaxin'],
  ['恒达', 'hengda'],
  ['盛世', 'shengshi'],
  ['新元', 'xinyuan'],
  ['中科', 'zhongke'],
  ['宏图', 'hongtu'],
  ['卓越', 'zhuoyue'],
  ['明德', 'mingde'],
  ['嘉禾', 'jiahe'],
  ['凯瑞', 'kairui'],
  ['汇通', 'huitong'],
  ['蓝海', 'lanhai'],
  ['银河', 'yinhe'],
  ['极光', 'jiguang'],
  ['乐享', 'lexiang'],
  ['云栖', 'yunqi'],
  ['正和', 'zhenghe'],
  ['聚能', 'juneng'],
  ['德润', 'derun'],
  ['华创', 'huachuang'],
  ['九州', 'jiuzhou'],
];

export const INDUSTRIES: readonly string[] = [
  '科技',
  '网络科技',
  '信息技术',
  '电子商务',
  '文化传媒',
  '医疗科技',
  '教育科技',
  '物流',
  '智能制造',
  '软件',
  '数据服务',
  '金融信息服务',
  '游戏',
  '新能源科技',
  '生物科技',
  '餐饮管理',
  '旅游发展',
  '建筑设计',
];

export const EN_BRANDS: readonly string[] = [
  'Northwind',
  'Contoso',
  'Fabrikam',
  'Tailspin',
  'Wingtip',
  'Litware',
  'Proseware',
  'Alpine',
  'Coho',
  'Lucerne',
  'Trey',
  'Woodgrove',
  'Adatum',
  'Humongous',
  'Margie',
  'Blue Yonder',
  'Wide World',
  'Relecloud',
  'Bellows',
  'Lamna',
  'Munson',
  'Fourth Coffee',
  'VanArsdel',
  'Southridge',
];

export const EN_FIELDS: readonly string[] = [
  'Analytics',
  'Logistics',
  'Software',
  'Robotics',
  'Media',
  'Health',
  'Retail',
  'Games',
  'Labs',
  'Systems',
  'Foods',
  'Energy',
  'Travel',
  'Consulting',
  'Insurance',
  'Biotech',
];

export const EN_SUFFIXES: readonly string[] = ['Ltd.', 'Inc.', 'Pte. Ltd.', 'GmbH', 'LLC', 'Co., Ltd.'];

export const SURNAMES: readonly string[] = [
  '王',
  '李',
  '张',
  '刘',
  '陈',
  '杨',
  '黄',
  '赵',
  '吴',
  '周',
  '徐',
  '孙',
  '马',
  '朱',
  '胡',
  '郭',
  '何',
  '高',
  '林',
  '罗',
];
export const GIVEN_NAMES: readonly string[] = [
  '伟',
  '芳',
  '娜',
  '敏',
  '静',
  '丽',
  '强',
  '磊',
  '军',
  '洋',
  '勇',
  '艳',
  '杰',
  '娟',
  '涛',
  '明',
  '超',
  '秀英',
  '霞',
  '平',
  '刚',
  '建华',
  '晓东',
  '子涵',
  '一诺',
  '浩然',
  '欣怡',
  '思远',
  '雨桐',
];

export const LABELS: readonly string[] = [
  '重点客户',
  'KA',
  '教育行业',
  '医疗行业',
  '互联网',
  '制造业',
  '政企',
  '新签',
  '续约风险',
  '华东大区',
  'Q4 target',
  'SMB',
  'startup',
  'migration',
];

export const COUPON_MEMOS: readonly string[] = [
  '新客户首单激励',
  '续费返券',
  '618 大促补贴',
  '双11 活动返券',
  '技术验证 POC 支持',
  '迁移上云补贴',
  'Migration incentive',
  'Q3 partner campaign',
  'Renewal bonus',
];

export const ALLOCATE_MEMOS: readonly string[] = [
  '月度预拨款',
  '项目预付款',
  '补充余额',
  '年度框架合同拨款',
  'Monthly top-up',
  'Project budget',
];
export const RECLAIM_MEMOS: readonly string[] = [
  '项目结束回收余额',
  '客户申请退款',
  '预算调整回收',
  'Unused budget reclaimed',
];
export const RESELLER_ALLOCATE_MEMOS: readonly string[] = [
  '季度拨款',
  '渠道激励拨款',
  '补充经销商余额',
  'Quarterly funding',
];
export const QUOTA_REMARKS: readonly string[] = [
  '季度额度下发',
  '渠道活动额度',
  '补充额度',
  'Q1 allocation',
  'Campaign quota',
];

export const UNBIND_REASONS: readonly string[] = [
  '业务调整，申请解除关联',
  '更换服务商',
  '公司注销',
  'Moving to a direct contract',
];
export const SWITCH_REASONS: readonly string[] = [
  '客户要求改为代售',
  '客户改为自行付款',
  '合同续签调整模式',
  'Customer asked to pay the cloud directly',
];
export const REJECT_REASONS: readonly string[] = ['存在未结清款项', '合同期内不可解除', 'Contract still running'];
/** A partner's reasons for asking a customer to end the association (the customer answers). */
export const PARTNER_UNBIND_REASONS: readonly string[] = [
  '合作到期，申请解除关联',
  '客户转由其他伙伴服务',
  '客户长期未续费',
  'Contract ended',
];
/** A customer's reasons for rejecting its partner's unbind request. */
export const CUSTOMER_REJECT_REASONS: readonly string[] = ['继续合作', '服务期内不解除', 'We keep working together'];

export const REGIONS: readonly string[] = [
  'cn-north-4',
  'cn-east-3',
  'cn-south-1',
  'cn-southwest-2',
  'cn-north-9',
  'ap-southeast-1',
];

export const DISCOUNT_TYPES: readonly string[] = ['PARTNER_DISCOUNT', 'COMMERCIAL_DISCOUNT', 'PROMOTION'];

export interface Spec {
  productId: string;
  desc: string;
  /** Official monthly price in fen for one subscription. */
  monthly: number;
}

export interface Dependent {
  /** The dependent's own product (its price catalogue entry; renewals price it from there). */
  spec: Spec;
  serviceTypeCode: string;
  resourceTypeCode: string;
  namePrefix: string;
  probability: number;
}

export interface Product {
  serviceTypeCode: string;
  resourceTypeCode: string;
  namePrefix: string;
  weight: number;
  specs: readonly Spec[];
  dependents: readonly Dependent[];
}

/** Platform-like product ids: OFFI + 18 digits, stable per specification. */
function productId(desc: string): string {
  const a = hash32(`a:${desc}`).toString().padStart(10, '0');
  const b = hash32(`b:${desc}`).toString().padStart(10, '0');
  return `OFFI${(a + b).slice(0, 18)}`;
}

function specs(list: readonly (readonly [string, number])[]): Spec[] {
  return list.map(([desc, yuan]) => ({ productId: productId(desc), desc, monthly: yuan * 100 }));
}

const SYSTEM_DISK: Dependent = {
  spec: specs([['高IO | 40 GiB | 系统盘', 20]])[0],
  serviceTypeCode: 'hws.service.type.ebs',
  resourceTypeCode: 'hws.resource.type.volume',
  namePrefix: 'sysdisk',
  probability: 1,
};
const EIP: Dependent = {
  spec: specs([['全动态BGP | 5 Mbit/s | 按带宽', 115]])[0],
  serviceTypeCode: 'hws.service.type.vpc',
  resourceTypeCode: 'hws.resource.type.ip',
  namePrefix: 'eip',
  probability: 0.5,
};

export const PRODUCTS: readonly Product[] = [
  {
    serviceTypeCode: 'hws.service.type.ec2',
    resourceTypeCode: 'hws.resource.type.vm',
    namePrefix: 'ecs',
    weight: 40,
    specs: specs([
      ['s6.large.2 | 2vCPUs | 4GiB | linux', 180],
      ['s6.xlarge.2 | 4vCPUs | 8GiB | linux', 360],
      ['c7.xlarge.2 | 4vCPUs | 8GiB | linux', 520],
      ['c7.4xlarge.2 | 16vCPUs | 32GiB | linux', 2080],
      ['m7.2xlarge.8 | 8vCPUs | 64GiB | windows', 2350],
    ]),
    dependents: [SYSTEM_DISK, EIP],
  },
  {
    serviceTypeCode: 'hws.service.type.ebs',
    resourceTypeCode: 'hws.resource.type.volume',
    namePrefix: 'evs',
    weight: 12,
    specs: specs([
      ['SSD | 100 GiB', 100],
      ['GPSSD | 500 GiB', 350],
      ['ESSD | 1024 GiB', 2048],
    ]),
    dependents: [],
  },
  {
    serviceTypeCode: 'hws.service.type.rds',
    resourceTypeCode: 'hws.resource.type.rds.vm',
    namePrefix: 'rds',
    weight: 12,
    specs: specs([
      ['MySQL 8.0 | rds.mysql.x1.large.2.ha | 2vCPUs | 4GiB | 主备', 980],
      ['MySQL 8.0 | rds.mysql.x1.xlarge.4.ha | 4vCPUs | 16GiB | 主备', 2300],
      ['PostgreSQL 14 | rds.pg.c6.xlarge.4 | 4vCPUs | 16GiB | 单机', 1650],
    ]),
    dependents: [
      {
        spec: specs([['SSD云盘 | 100 GiB | 数据库存储', 70]])[0],
        serviceTypeCode: 'hws.service.type.rds',
        resourceTypeCode: 'hws.resource.type.rds.volume',
        namePrefix: 'rds-storage',
        probability: 1,
      },
    ],
  },
  {
    serviceTypeCode: 'hws.service.type.dcs',
    resourceTypeCode: 'hws.resource.type.dcs',
    namePrefix: 'redis',
    weight: 8,
    specs: specs([
      ['Redis 6.0 | 主备 | 4 GB', 560],
      ['Redis 6.0 | 主备 | 8 GB', 980],
    ]),
    dependents: [],
  },
  {
    serviceTypeCode: 'hws.service.type.cce',
    resourceTypeCode: 'hws.resource.type.cce.cluster',
    namePrefix: 'cce',
    weight: 6,
    specs: specs([
      ['CCE Turbo | 50 nodes | 3 masters', 1200],
      ['CCE Standard | 200 nodes | 3 masters', 2400],
    ]),
    dependents: [],
  },
  {
    serviceTypeCode: 'hws.service.type.waf',
    resourceTypeCode: 'hws.resource.type.waf',
    namePrefix: 'waf',
    weight: 5,
    specs: specs([
      ['WAF 标准版 | 2 domains', 1880],
      ['WAF 专业版 | 10 domains', 3880],
    ]),
    dependents: [],
  },
  {
    serviceTypeCode: 'hws.service.type.vpc',
    resourceTypeCode: 'hws.resource.type.bandwidth',
    namePrefix: 'bandwidth',
    weight: 10,
    specs: specs([
      ['独享带宽 | 10 Mbit/s | BGP', 460],
      ['独享带宽 | 100 Mbit/s | BGP', 5800],
    ]),
    dependents: [],
  },
  {
    serviceTypeCode: 'hws.service.type.obs',
    resourceTypeCode: 'hws.resource.type.obs.package',
    namePrefix: 'obs-pkg',
    weight: 7,
    specs: specs([
      ['OBS 标准存储包 | 1 TB', 99],
      ['OBS 标准存储包 | 10 TB', 890],
    ]),
    dependents: [],
  },
];

/** Services consumed on demand (usage records), with a typical monthly bill in fen. */
export const USAGE_SERVICES: readonly (readonly [string, number])[] = [
  ['hws.service.type.ec2', 45_000],
  ['hws.service.type.obs', 6_000],
  ['hws.service.type.cdn', 12_000],
  ['hws.service.type.vpc', 8_000],
  ['hws.service.type.functiongraph', 2_500],
  ['hws.service.type.modelarts', 60_000],
  ['hws.service.type.rds', 30_000],
];

export const RESOURCE_ENVS: readonly string[] = ['prod', 'test', 'dev', 'web', 'api', 'db', 'batch', 'ai'];
