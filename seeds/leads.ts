/**
 * Leads (线索管理) and opportunities shared with the cloud (共享给华为), seeded after the rest (the
 * members, operators, cloud accounts and PCE incentives exist): the marketing plan 2.0 flag of the
 * demo distributor and its first reseller, the representative offices by region, leads in every
 * status with follow-ups and outbound calls in every status, and opportunities in every status,
 * one VERIFIED per PCE incentive record's account (verified when the incentive says, so the PCE
 * eligibility reads the same). Fixed data relative to the seeding time: deterministic.
 */
import type { EntityManager } from '@mikro-orm/core';
import { IncentiveRecord } from '../src/modules/incentive/incentive.entity';
import { IncentiveType } from '../src/modules/incentive/incentive.enums';
import { Lead, LeadCallRequest, LeadFollowUp } from '../src/modules/lead/lead.entity';
import { LeadCallStatus, LeadCloseReason, LeadSource, LeadStatus } from '../src/modules/lead/lead.enums';
import { Member } from '../src/modules/member/member.entity';
import { CloudOperator } from '../src/modules/operator/operator.entity';
import { Opportunity, RepresentativeOffice } from '../src/modules/opportunity/opportunity.entity';
import { OpportunityStatus } from '../src/modules/opportunity/opportunity.enums';
import { Partner } from '../src/modules/partner/partner.entity';
import { type DemoPartnerKey, demoPartner } from './demo-data';

const MATRIX_KEYS: readonly DemoPartnerKey[] = ['reseller1', 'reseller2', 'sp', 'other-dist', 'other-reseller'];

/** Demo partners in marketing plan 2.0 (营销计划2.0): their members read lead contacts anonymised. */
export const MARKETING_PLAN2_PARTNERS: readonly DemoPartnerKey[] = ['dist', 'reseller1'];

/** The phone of the demo distributor's dispatched lead (test/lead searches every response for it). */
export const ANONYMISED_DEMO_PHONE = '13912345678';
export const ANONYMISED_DEMO_EMAIL = 'wang.jun@qianhai-zhizao.example.cn';

export const REPRESENTATIVE_OFFICES = [
  { region: '广东', name: '广东代表处', psmName: '黄海涛', psmEmail: 'huang.haitao@psm.cloud.example.cn' },
  { region: '北京', name: '北京代表处', psmName: '孙悦', psmEmail: 'sun.yue@psm.cloud.example.cn' },
  { region: '上海', name: '上海代表处', psmName: '周婷', psmEmail: 'zhou.ting@psm.cloud.example.cn' },
  { region: '浙江', name: '浙江代表处', psmName: '吴斌', psmEmail: 'wu.bin@psm.cloud.example.cn' },
  { region: '江苏', name: '江苏代表处', psmName: '郑凯', psmEmail: 'zheng.kai@psm.cloud.example.cn' },
  { region: '四川', name: '四川代表处', psmName: '冯雪', psmEmail: 'feng.xue@psm.cloud.example.cn' },
] as const;

const DAY = 86_400_000;

interface LeadPlan {
  partner: DemoPartnerKey;
  source: LeadSource;
  status: LeadStatus;
  company: string;
  contact: string;
  phone: string | null;
  email: string | null;
  region: string;
  manager: string | null;
  daysAgo: number;
  followUps?: string[];
  calls?: LeadCallStatus[];
  closeReason?: LeadCloseReason;
}

const LEADS: readonly LeadPlan[] = [
  {
    partner: 'dist',
    source: LeadSource.CLOUD,
    status: LeadStatus.NEW,
    company: '深圳前海智造科技有限公司',
    contact: '王军',
    phone: ANONYMISED_DEMO_PHONE,
    email: ANONYMISED_DEMO_EMAIL,
    region: '广东',
    manager: null,
    daysAgo: 1,
  },
  {
    partner: 'dist',
    source: LeadSource.PARTNER,
    status: LeadStatus.NEW,
    company: '杭州云栖数据有限公司',
    contact: '陈晨',
    phone: '13700001111',
    email: null,
    region: '浙江',
    manager: 'dist-am',
    daysAgo: 3,
  },
  {
    partner: 'dist',
    source: LeadSource.CLOUD,
    status: LeadStatus.FOLLOWING_UP,
    company: '广州天河物流集团',
    contact: '林峰',
    phone: '13622223333',
    email: 'lin.feng@thwl.example.cn',
    region: '广东',
    manager: 'dist-am',
    daysAgo: 12,
    followUps: ['首次电话沟通,客户有容器化改造需求。', '已发送方案资料,约定下周演示。'],
    calls: [LeadCallStatus.NOT_CONNECTED, LeadCallStatus.CONNECTED],
  },
  {
    partner: 'dist',
    source: LeadSource.PARTNER,
    status: LeadStatus.FOLLOWING_UP,
    company: '成都蓉城教育科技有限公司',
    contact: '何静',
    phone: '13544445555',
    email: null,
    region: '四川',
    manager: 'dist-am2',
    daysAgo: 8,
    followUps: ['客户关注在线课堂的并发能力。'],
    calls: [LeadCallStatus.REQUESTED],
  },
  {
    partner: 'dist',
    source: LeadSource.CLOUD,
    status: LeadStatus.CONVERTED,
    company: '南京紫金制药有限公司',
    contact: '高磊',
    phone: '13366667777',
    email: 'gao.lei@zjzy.example.cn',
    region: '江苏',
    manager: 'dist-am',
    daysAgo: 30,
    followUps: ['客户已完成注册并下单。'],
    calls: [LeadCallStatus.CONNECTED],
  },
  {
    partner: 'dist',
    source: LeadSource.PARTNER,
    status: LeadStatus.CLOSED,
    company: '北京朝阳文创工作室',
    contact: '马丽',
    phone: '13288889999',
    email: null,
    region: '北京',
    manager: 'dist-ams',
    daysAgo: 40,
    followUps: ['多次联系未果。'],
    calls: [LeadCallStatus.NOT_CONNECTED],
    closeReason: LeadCloseReason.UNREACHABLE,
  },
  {
    partner: 'reseller1',
    source: LeadSource.CLOUD,
    status: LeadStatus.NEW,
    company: '上海浦江电子商务有限公司',
    contact: '赵雷',
    phone: '13155556666',
    email: 'zhao.lei@pjds.example.cn',
    region: '上海',
    manager: null,
    daysAgo: 2,
  },
  {
    partner: 'reseller2',
    source: LeadSource.PARTNER,
    status: LeadStatus.NEW,
    company: '武汉光谷生物科技有限公司',
    contact: '罗敏',
    phone: '13977778888',
    email: null,
    region: '北京',
    manager: null,
    daysAgo: 4,
  },
  {
    partner: 'sp',
    source: LeadSource.CLOUD,
    status: LeadStatus.NEW,
    company: '厦门鹭岛软件园',
    contact: '许强',
    phone: null,
    email: 'xu.qiang@ldrj.example.cn',
    region: '上海',
    manager: null,
    daysAgo: 5,
  },
  {
    partner: 'other-reseller',
    source: LeadSource.CLOUD,
    status: LeadStatus.NEW,
    company: '温州瓯江鞋业',
    contact: '陈刚',
    phone: '13866665555',
    email: null,
    region: '浙江',
    manager: null,
    daysAgo: 6,
  },
  {
    partner: 'other-dist',
    source: LeadSource.CLOUD,
    status: LeadStatus.NEW,
    company: '苏州工业园区精密机械厂',
    contact: '钱伟',
    phone: '13011112222',
    email: 'qian.wei@szjm.example.cn',
    region: '江苏',
    manager: null,
    daysAgo: 2,
  },
  {
    partner: 'other-dist',
    source: LeadSource.PARTNER,
    status: LeadStatus.FOLLOWING_UP,
    company: '宁波港航信息服务公司',
    contact: '孙鹏',
    phone: '15833334444',
    email: null,
    region: '浙江',
    manager: 'other-dist-am',
    daysAgo: 9,
    followUps: ['客户在评估数据库迁移。'],
  },
];

const ADMIN_OF: Partial<Record<DemoPartnerKey, string>> = {
  dist: 'dist-admin',
  reseller1: 'reseller-admin',
  reseller2: 'reseller2-admin',
  sp: 'sp-admin',
  'other-dist': 'other-dist-admin',
  'other-reseller': 'other-reseller-admin',
};

async function memberIds(em: EntityManager): Promise<Map<string, number>> {
  const logins = [...new Set(LEADS.flatMap((l) => (l.manager ? [l.manager] : [])))];
  const admins = Object.values(ADMIN_OF);
  const rows = await em.find(Member, { loginName: { $in: [...logins, ...admins] } }, { disableIdentityMap: true });
  return new Map(rows.map((r) => [r.loginName, r.id]));
}

function need<T>(value: T | undefined, what: string): T {
  if (value === undefined) throw new Error(`seed leads: ${what} is missing`);
  return value;
}

/**
 * Older leads of the demo distributor for a full list page (large scale, bench/operations): its
 * own, new or followed up, every other one assigned to its account manager.
 */
function listPageLeads(count: number): LeadPlan[] {
  return Array.from({ length: count }, (_, i) => {
    const following = i % 3 === 2;
    return {
      partner: 'dist',
      source: LeadSource.PARTNER,
      status: following ? LeadStatus.FOLLOWING_UP : LeadStatus.NEW,
      company: `列表线索公司 ${i + 1}`,
      contact: '李明',
      phone: `1370000${String(i).padStart(4, '0')}`,
      email: null,
      region: REPRESENTATIVE_OFFICES[i % REPRESENTATIVE_OFFICES.length].region,
      manager: following || i % 2 === 1 ? 'dist-am' : null,
      daysAgo: 30 + i,
      followUps: following ? ['客户在比较报价。'] : [],
    };
  });
}

async function seedLeadRows(
  em: EntityManager,
  now: number,
  members: Map<string, number>,
  operatorId: number,
  extra: number,
) {
  for (const plan of [...LEADS, ...listPageLeads(extra)]) {
    const createdAt = new Date(now - plan.daysAgo * DAY);
    const admin = need(members.get(need(ADMIN_OF[plan.partner], plan.partner)), plan.partner);
    const manager = plan.manager ? need(members.get(plan.manager), plan.manager) : null;
    const followUps = plan.followUps ?? [];
    const final = plan.status === LeadStatus.CONVERTED || plan.status === LeadStatus.CLOSED;
    const id = Number(
      await em.insert(Lead, {
        partner: demoPartner(plan.partner).id,
        source: plan.source,
        status: plan.status,
        closeReason: plan.closeReason ?? null,
        outcomeNote: final ? (followUps.at(-1) ?? null) : null,
        companyName: plan.company,
        contactName: plan.contact,
        phone: plan.phone,
        email: plan.email,
        region: plan.region,
        requirement: `${plan.company}的上云需求。`,
        assignedManager: manager,
        createdBy: plan.source === LeadSource.PARTNER ? admin : null,
        dispatchedBy: plan.source === LeadSource.CLOUD ? operatorId : null,
        createdAt,
        statusChangedAt: new Date(createdAt.getTime() + followUps.length * DAY),
      }),
    );
    for (const [i, content] of followUps.entries())
      await em.insert(LeadFollowUp, {
        lead: id,
        member: manager ?? admin,
        content,
        createdAt: new Date(createdAt.getTime() + (i + 1) * DAY),
      });
    for (const [i, status] of (plan.calls ?? []).entries()) {
      const requestedAt = new Date(createdAt.getTime() + (i + 1) * DAY + 3_600_000);
      const done = status !== LeadCallStatus.REQUESTED;
      await em.insert(LeadCallRequest, {
        lead: id,
        partner: demoPartner(plan.partner).id,
        requestedBy: manager ?? admin,
        status,
        resultNote: done ? (status === LeadCallStatus.CONNECTED ? '已接通,通话 6 分钟。' : '无人接听。') : null,
        requestedAt,
        completedAt: done ? new Date(requestedAt.getTime() + 600_000) : null,
        completedBy: done ? operatorId : null,
      });
    }
  }
}

async function seedOpportunities(em: EntityManager, now: number, members: Map<string, number>) {
  const offices = new Map<string, number>();
  for (const office of REPRESENTATIVE_OFFICES)
    offices.set(office.region, Number(await em.insert(RepresentativeOffice, { ...office })));
  const dist = demoPartner('dist').id;
  const createdBy = need(members.get('dist-admin'), 'dist-admin');
  const base = {
    partner: dist,
    createdBy,
    cloudAccount: null,
    newCustomer: true,
    description: '客户计划将线下机房迁移上云。',
  };
  const planned = [
    { status: OpportunityStatus.SUBMITTED, customerName: '佛山南海家具制造有限公司', region: '广东', daysAgo: 2 },
    { status: OpportunityStatus.VERIFYING, customerName: '杭州西溪文旅发展有限公司', region: '浙江', daysAgo: 6 },
    { status: OpportunityStatus.REJECTED, customerName: '成都锦江餐饮连锁', region: '四川', daysAgo: 20 },
  ];
  for (const o of planned) {
    const createdAt = new Date(now - o.daysAgo * DAY);
    await em.insert(Opportunity, {
      ...base,
      customerName: o.customerName,
      region: o.region,
      office: need(offices.get(o.region), o.region),
      status: o.status,
      rejectReason: o.status === OpportunityStatus.REJECTED ? '客户已由其他伙伴报备。' : null,
      createdAt,
      verifiedAt: null,
      statusChangedAt: new Date(createdAt.getTime() + DAY),
    });
  }
  // One SUBMITTED opportunity of each other demo partner (the access matrix reads one of each).
  for (const [key, login] of Object.entries(ADMIN_OF)) {
    if (key === 'dist') continue;
    const createdAt = new Date(now - 3 * DAY);
    await em.insert(Opportunity, {
      ...base,
      partner: demoPartner(
        need(
          MATRIX_KEYS.find((k) => k === key),
          key,
        ),
      ).id,
      createdBy: need(members.get(login), login),
      customerName: `${key} 的机会点客户`,
      region: '北京',
      office: need(offices.get('北京'), '北京'),
      status: OpportunityStatus.SUBMITTED,
      createdAt,
      statusChangedAt: createdAt,
    });
  }
  // One VERIFIED opportunity per PCE incentive's account, verified when the incentive records it.
  const pce = await em.find(
    IncentiveRecord,
    {
      incentiveType: IncentiveType.PCE_OPPORTUNITY,
      opportunityAccount: { $ne: null },
      opportunityVerifiedAt: { $ne: null },
    },
    { orderBy: { id: 'asc' }, disableIdentityMap: true, populate: ['opportunityAccount'] },
  );
  for (const record of pce) {
    const verifiedAt = need(record.opportunityVerifiedAt ?? undefined, 'verifiedAt');
    const account = need(record.opportunityAccount?.getEntity(), 'opportunity account');
    const admin = await em.findOne(
      Member,
      { partner: record.partner.id },
      { orderBy: { id: 'asc' }, disableIdentityMap: true },
    );
    await em.insert(Opportunity, {
      partner: record.partner.id,
      createdBy: need(admin?.id, 'partner member'),
      customerName: account.realNameEnterprise ?? account.accountName,
      cloudAccount: account.id,
      region: '广东',
      description: 'PCE机会点共享。',
      newCustomer: true,
      office: need(offices.get('广东'), '广东'),
      status: OpportunityStatus.VERIFIED,
      createdAt: new Date(verifiedAt.getTime() - 7 * DAY),
      verifiedAt,
      statusChangedAt: verifiedAt,
    });
  }
}

/** Seeds the leads and opportunities (seeds/seed.ts calls it once the rest is written); listPageRows: extra leads of the demo distributor. */
export async function seedLeads(em: EntityManager, now: Date, listPageRows = 0): Promise<void> {
  const ref = now.getTime();
  await em.transactional(async (tx) => {
    await tx.nativeUpdate(
      Partner,
      { id: { $in: MARKETING_PLAN2_PARTNERS.map((k) => demoPartner(k).id) } },
      { marketingPlan2: true },
    );
    const members = await memberIds(tx);
    const operator = need((await tx.findOne(CloudOperator, { loginName: 'ops-admin' }))?.id, 'ops-admin');
    await seedLeadRows(tx, ref, members, operator, listPageRows);
    await seedOpportunities(tx, ref, members);
  });
}
