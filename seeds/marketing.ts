/**
 * Growth demo data (issue 14, seeds 001/004): marketing tasks (营销任务) of the distributor in every
 * kind and status, assigned to its account managers dist-am and dist-am2 (and one of the unrelated
 * distributor's, for the cross-partner cases), the big-deal renewal tasks linked to their customer's
 * resources; the cloud-store customer-service-provider plan (云商店客户服务商计划) for the distributor
 * and the solution provider, their exclusive-offer links (专属优惠) and cloud-store orders placed
 * through them. Written after the bulk seed, before the performance roll-ups are rebuilt (so the
 * offer orders are in offerAmount / offerOrders). Deterministic: fixed rows, dates relative to the
 * seed's day, tokens derived from the partner and product.
 */
import { createHash } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/core';
import { CloudStoreOrder } from '../src/modules/cloud-store/cloud-store.entity';
import { CloudStoreOrderStatus } from '../src/modules/cloud-store/cloud-store.enums';
import { ExclusiveOfferLink } from '../src/modules/exclusive-offer/exclusive-offer.entity';
import { cloudStoreProduct } from '../src/modules/exclusive-offer/exclusive-offer.products';
import { MarketingTask, MarketingTaskResource } from '../src/modules/marketing-task/marketing-task.entity';
import {
  MarketingTaskKind as Kind,
  MarketingTaskResult as Result,
  MarketingTaskStatus as Status,
} from '../src/modules/marketing-task/marketing-task.enums';
import { Partner } from '../src/modules/partner/partner.entity';
import { demoPartner, type DemoPartnerKey } from './demo-data';
import { DAY, HOUR } from './model';

type Row = Record<string, unknown>;
const rows = (em: EntityManager, sql: string, params: unknown[]): Promise<Row[]> =>
  em.getConnection().execute<Row[]>(sql, params, 'all', em.getTransactionContext());

/**
 * The partners in the customer-service-provider plan; the others are refused
 * EXCLUSIVE_OFFER_NOT_IN_PLAN. reseller1 left the plan: its link from before answers
 * EXCLUSIVE_OFFER_LINK_INACTIVE.
 */
const IN_PLAN: readonly DemoPartnerKey[] = ['dist', 'sp', 'reseller2', 'other-dist', 'other-reseller'];
/** Links per partner (product codes) and, per link, how many orders customers placed through it. */
const LINKS: readonly [DemoPartnerKey, string, string, number][] = [
  ['dist', 'dist-admin', 'OFFER-CRM-PRO', 2],
  ['dist', 'dist-admin', 'OFFER-ERP-STD', 1],
  ['sp', 'sp-admin', 'OFFER-MES', 1],
  ['reseller1', 'reseller-admin', 'OFFER-OA', 0],
  ['reseller2', 'reseller2-admin', 'OFFER-CRM-PRO', 0],
  ['other-dist', 'other-dist-admin', 'OFFER-ERP-STD', 0],
  ['other-reseller', 'other-reseller-admin', 'OFFER-MES', 0],
];

/** The seeded token of a link: stable per partner and product (32 hex). */
export function seededOfferToken(partnerId: number, productCode: string): string {
  return createHash('sha256').update(`exclusive-offer:${partnerId}:${productCode}`).digest('hex').slice(0, 32);
}

async function memberId(em: EntityManager, login: string): Promise<number> {
  const [row] = await rows(em, 'select id from member where login_name = ?', [login]);
  return Number(row.id);
}

async function seedOffers(em: EntityManager, today: number): Promise<void> {
  await em.nativeUpdate(
    Partner,
    { id: { $in: IN_PLAN.map((k) => demoPartner(k).id) } },
    { cloudStoreServicePlan: true },
  );
  let n = 0;
  for (const [key, admin, code, orders] of LINKS) {
    const partner = demoPartner(key).id;
    const product = cloudStoreProduct(code);
    if (!product) throw new Error(`seed: unknown cloud-store product ${code}`);
    const createdAt = new Date(today - 40 * DAY + 10 * HOUR);
    const link = Number(
      await em.insert(ExclusiveOfferLink, {
        partner,
        productCode: code,
        providerName: product.providerName,
        productName: product.productName,
        price: product.price,
        token: seededOfferToken(partner, code),
        createdAt,
        createdBy: await memberId(em, admin),
      }),
    );
    const [customer] = await rows(
      em,
      'select id from sub_customer where partner_id = ? and unbound_at is null order by id limit 1',
      [partner],
    );
    for (let i = 0; i < orders; i++) {
      n++;
      const placedAt = new Date(today - (30 - 7 * n) * DAY + 11 * HOUR);
      await em.insert(CloudStoreOrder, {
        partner,
        customer: i === 0 && customer ? Number(customer.id) : null,
        orderNo: `CSEO${String(n).padStart(8, '0')}`,
        providerName: product.providerName,
        productName: product.productName,
        amount: product.price,
        status: CloudStoreOrderStatus.PAID,
        placedAt,
        paidAt: placedAt,
        curated: false,
        exclusiveOfferLinkId: link,
      });
    }
  }
}

interface TaskPlan {
  kind: Kind;
  status: Status;
  title: string;
  result?: Result;
  note?: string;
  /** Linked resources (big-deal renewal: the customer's soonest-expiring ones). */
  resources: number;
}

/** Every kind in every status, for dist-am; one task per kind for dist-am2. */
const DIST_AM_TASKS: readonly TaskPlan[] = [
  { kind: Kind.SALES_EXPANSION, status: Status.PENDING, title: '扩容: 云服务器升级到 32 核', resources: 0 },
  {
    kind: Kind.SALES_EXPANSION,
    status: Status.IN_PROGRESS,
    title: '扩容: 数据库只读实例',
    note: '已电话沟通,客户评估中',
    resources: 1,
  },
  {
    kind: Kind.SALES_EXPANSION,
    status: Status.DONE,
    title: '销售拓展: 对象存储套餐',
    result: Result.SUCCEEDED,
    note: '客户已购买 50TB 对象存储套餐',
    resources: 0,
  },
  { kind: Kind.SALES_EXPANSION, status: Status.EXPIRED, title: '销售拓展: CDN 流量包', resources: 0 },
  { kind: Kind.BIG_DEAL_RENEWAL, status: Status.PENDING, title: '大单续订: 年度包即将到期', resources: 2 },
  {
    kind: Kind.BIG_DEAL_RENEWAL,
    status: Status.IN_PROGRESS,
    title: '大单续订: 三年期资源续费',
    note: '客户已同意续订,走采购流程',
    resources: 1,
  },
  {
    kind: Kind.BIG_DEAL_RENEWAL,
    status: Status.DONE,
    title: '大单续订: 数据库包年',
    result: Result.PARTIALLY_SUCCEEDED,
    note: '续订 1 台,另 1 台客户退订',
    resources: 2,
  },
  { kind: Kind.BIG_DEAL_RENEWAL, status: Status.EXPIRED, title: '大单续订: 存储包年', resources: 1 },
];

const OTHER_TASKS: readonly TaskPlan[] = [
  { kind: Kind.SALES_EXPANSION, status: Status.PENDING, title: '扩容: 弹性负载均衡', resources: 0 },
  { kind: Kind.BIG_DEAL_RENEWAL, status: Status.PENDING, title: '大单续订: 包年云硬盘', resources: 1 },
];

/**
 * Customers with resources, by id, and their account managers: of the manager, or (null) any of the
 * partner's.
 */
async function managedCustomers(
  em: EntityManager,
  partner: number,
  manager: number | null,
  n: number,
): Promise<{ id: number; manager: number | null }[]> {
  const found = await rows(
    em,
    `select c.id, c.account_manager_id from sub_customer c where c.partner_id = ? and c.unbound_at is null
      ${manager == null ? '' : 'and c.account_manager_id = ?'}
      and exists (select 1 from resource r where r.customer_id = c.id) order by c.id limit ?`,
    manager == null ? [partner, n] : [partner, manager, n],
  );
  return found.map((r) => ({
    id: Number(r.id),
    manager: r.account_manager_id == null ? null : Number(r.account_manager_id),
  }));
}

async function seedTasks(
  em: EntityManager,
  partnerKey: DemoPartnerKey,
  manager: string | null,
  plans: readonly TaskPlan[],
  today: number,
) {
  const partner = demoPartner(partnerKey).id;
  const customers = await managedCustomers(
    em,
    partner,
    manager == null ? null : await memberId(em, manager),
    plans.length,
  );
  if (customers.length === 0) throw new Error(`seed: no customers with resources for ${manager ?? partnerKey}`);
  for (const [i, plan] of plans.entries()) {
    const { id: customer, manager: managerId } = customers[i % customers.length];
    const dispatchedAt = today - (20 + i) * DAY + 9 * HOUR;
    const expired = plan.status === Status.EXPIRED;
    const dueAt = expired ? today - (3 + i) * DAY : today + (15 + i) * DAY;
    const started = plan.status === Status.IN_PROGRESS || plan.status === Status.DONE;
    const task = Number(
      await em.insert(MarketingTask, {
        partner,
        kind: plan.kind,
        title: plan.title,
        customer,
        accountManager: managerId,
        targetAmount: (i + 1) * 1_000_000,
        status: plan.status,
        dispatchedAt: new Date(dispatchedAt),
        dueAt: new Date(dueAt),
        startedAt: started ? new Date(dispatchedAt + 2 * DAY) : null,
        closedAt: plan.status === Status.DONE ? new Date(dispatchedAt + 5 * DAY) : expired ? new Date(dueAt) : null,
        result: plan.result ?? null,
        note: plan.note ?? null,
        handledBy: plan.status === Status.DONE ? managerId : null,
      }),
    );
    const resources = await rows(em, 'select id from resource where customer_id = ? order by expire_time, id limit ?', [
      customer,
      plan.resources,
    ]);
    for (const r of resources) await em.insert(MarketingTaskResource, { task, resource: Number(r.id) });
  }
}

/** The growth demo rows of marketing tasks and exclusive offers (see the file comment). */
export async function seedMarketing(em: EntityManager, now: Date): Promise<void> {
  const today = Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate());
  await em.transactional(async (tx) => {
    await seedOffers(tx, today);
    await seedTasks(tx, 'dist', 'dist-am', DIST_AM_TASKS, today);
    await seedTasks(tx, 'dist', 'dist-am2', OTHER_TASKS, today);
    await seedTasks(tx, 'other-dist', 'other-dist-am', OTHER_TASKS.slice(0, 1), today);
    // One open task at every other demo partner the access matrix reads (whoever manages the customer).
    for (const key of ['reseller1', 'reseller2', 'other-reseller', 'sp'] as const)
      await seedTasks(tx, key, null, OTHER_TASKS.slice(0, 1), today);
  });
}
