/**
 * Money and consistency rules that hold after seeding and after any sequence of valid operations.
 * The seeder runs them at the end; tests run them after mutations (also concurrent ones).
 *
 * Cash ledgers (收支明细). Every partner has a CASH account (account_type 1); the account change
 * records with owner PARTNER of a partner are its ledger, those with owner CUSTOMER of a customer
 * are the customer's (across the partners it had). Each ledger sums to its balance, every running
 * balance (balanceAfter) is ≥ 0 and chains (previous balanceAfter + amount, by id), and the last
 * one equals the balance. Opening balances are RECHARGE / ALLOCATE_IN rows, not bare balances.
 * RESALE customers: balance ≥ 0, debt ≥ 0. ADVISORY customers: balance 0, debt 0, and their ledger
 * (if they were RESALE once) sums to 0. Every adjust record (调账) has exactly two ledger rows with
 * its transId, one per side, summing to 0, the positive one equal to its amount.
 *
 * Coupon quotas. For every quota q:
 *
 *   q.quotaValue + returned(q) + takenBack(children of q)
 *     = q.balance + Σ faceValue(coupons of q) + Σ quotaValue(sub-quotas of q) + takenBack(q)
 *
 * returned(q): Σ amount of the SUCCESS coupon records that return a balance (reclaims 2/3/5/6/7/8/9
 * and 101 on a full withdrawal; not 1 ISSUE, 4 EXPIRY_RECLAIM or 100 USE) of coupons of q: a
 * reclaim gives the coupon's remaining balance back to its quota. A used coupon spent its value (one
 * USE record per payment); an expired coupon's unused balance is not returned (its type 4 record
 * names the lapsed balance). takenBack(s): Σ amount of
 * SUCCESS quota records RECLAIM (11) of sub-quota s: the distributor took s's unused balance back
 * into s's parent. So: issuing a coupon moves faceValue out of q.balance, reclaiming it moves the
 * remainder back, carving a sub-quota moves its value out of the parent, reclaiming the sub-quota
 * moves its unused balance back. Also 0 ≤ balance ≤ quotaValue; a sub-quota belongs to a reseller
 * of the parent's distributor, has the parent's kind, a value ≤ the parent's and validity inside it.
 *
 * Coupons. 0 ≤ balance ≤ faceValue; exactly one SUCCESS ISSUE record of faceValue; issued by the
 * quota's partner to a customer of that partner; kind of its quota; validity inside the quota's;
 * USABLE ⇒ effective ≤ now < expire; USABLE and INACTIVE only on RESALE customers; INACTIVE ⇒ full
 * balance, not yet effective; USED and RECLAIMED ⇒ balance 0; RECLAIMED ⇒ a SUCCESS reclaim record;
 * used on an order of the same customer, with a USE record of that order; faceValue = balance +
 * Σ USE + Σ returned (its whole history adds up).
 *
 * Orders: ≥ 1 line item, Σ line amounts = officialAmount, amountAfterDiscount ≤ officialAmount,
 * coupon parts ≥ 0 and ≤ amountAfterDiscount, same partner as the customer; PENDING_PAYMENT orders
 * have a payment deadline. Resources: a main resource has no parent; a dependent's parent is a
 * main resource of the same customer. Members: 1–3 roles of their own partner in an allowed
 * combination; a supervisor is a member of the same partner holding ACCOUNT_MANAGER_SUPERVISOR;
 * an account manager of a customer is a member of the customer's partner; ≤ 10 custom roles per
 * partner; every role holds its identity's default permissions and only permissions it allows.
 *
 * Partner account operations: a SUCCEEDED online recharge has exactly one RECHARGE record of its
 * amount (tradeId = paymentReference) and no other recharge has one; a CONFIRMED remittance claim has
 * its tradeId and exactly one REMITTANCE record; every withdrawal has exactly one hold record
 * (WITHDRAWAL or REBATE_WITHDRAWAL, −amount on its account) and a return record exactly when REJECTED.
 *
 * Association: at most one PENDING unbind request per customer; every PENDING or EXPIRED unbind
 * request has its expiry (7 days); a customer's association with its partner has ended
 * (unboundAt) exactly when an unbind of that partner was approved (or carried out, before unbinds
 * became requests), and an ended association keeps no GRANTED order-on-behalf authorization.
 */
import type { MikroORM } from '@mikro-orm/core';
import { PartnerIdentity } from '../src/modules/partner/partner.enums';
import { PresetRole } from '../src/modules/role/role.enums';
import { performanceRollupDifferences } from '../src/maintenance/performance-rollups';
import { dashboardRollupDifferences } from '../src/maintenance/dashboard-rollups';
import {
  MAX_CUSTOM_ROLES_PER_PARTNER,
  defaultPermissionCodes,
  isPermissionAllowedFor,
  validateRoleCombination,
} from '../src/permissions';

type Query = (sql: string, params?: unknown[]) => Promise<Record<string, unknown>[]>;

interface Check {
  name: string;
  sql: string;
  /** Parameters; the string 'now' is replaced by the current time in the database's date format. */
  params?: unknown[];
}

const CHECKS: readonly Check[] = [
  {
    name: 'partner without a CASH account',
    sql: `select p.id from partner p where not exists (select 1 from partner_account a where a.partner_id = p.id and a.account_type = 1)`,
  },
  {
    name: 'partner CASH balance ≠ Σ its ledger, negative, or designated amount out of range',
    sql: `select a.partner_id, a.amount, a.designated_amount, l.s, l.m from partner_account a
      left join (select partner_id, sum(amount) s, min(balance_after) m from account_change_record where owner_type = 'PARTNER' and account_type = 1 group by partner_id) l on l.partner_id = a.partner_id
      where a.account_type = 1 and (a.amount <> coalesce(l.s, 0) or a.amount < 0 or coalesce(l.m, 0) < 0 or a.designated_amount < 0 or a.designated_amount > a.amount)`,
  },
  {
    name: "partner ledger's last balanceAfter ≠ its balance",
    sql: `select r.partner_id, r.balance_after, a.amount from account_change_record r
      join (select partner_id, max(id) id from account_change_record where owner_type = 'PARTNER' and account_type = 1 group by partner_id) last on last.id = r.id
      join partner_account a on a.partner_id = r.partner_id and a.account_type = 1
      where r.balance_after <> a.amount`,
  },
  {
    name: 'partner without all four accounts (cash, credit, bonus, deposit)',
    sql: `select p.id from partner p where (select count(distinct a.account_type) from partner_account a where a.partner_id = p.id and a.account_type in (1, 2, 5, 7)) <> 4`,
  },
  {
    name: 'partner credit/bonus/deposit balance ≠ Σ its ledger, or negative',
    sql: `select a.partner_id, a.account_type, a.amount, l.s from partner_account a
      left join (select partner_id, account_type, sum(amount) s, min(balance_after) m from account_change_record where owner_type = 'PARTNER' group by partner_id, account_type) l
        on l.partner_id = a.partner_id and l.account_type = a.account_type
      where a.account_type <> 1 and (a.amount <> coalesce(l.s, 0) or a.amount < 0 or coalesce(l.m, 0) < 0)`,
  },
  {
    name: "customer ledger row on another account than CASH, or an order's credit part without its CREDIT ledger row",
    sql: `select id from account_change_record where owner_type = 'CUSTOMER' and account_type <> 1
      union all select o.id from customer_order o where o.credit_amount > 0 and not exists (
        select 1 from account_change_record r where r.trade_id = o.order_id and r.owner_type = 'PARTNER' and r.account_type = 2 and r.amount = -o.credit_amount)`,
  },
  {
    name: 'ledger row owner inconsistent (PARTNER rows name no customer, CUSTOMER rows name one)',
    sql: `select id from account_change_record where (owner_type = 'PARTNER' and customer_id is not null) or (owner_type = 'CUSTOMER' and customer_id is null)`,
  },
  {
    name: 'partner ledger balanceAfter does not chain',
    sql: `select id, partner_id from (select id, partner_id, amount, balance_after, lag(balance_after) over (partition by partner_id, account_type order by id) prev
      from account_change_record where owner_type = 'PARTNER') x where balance_after <> coalesce(prev, 0) + amount`,
  },
  {
    name: 'customer ledger balanceAfter does not chain or is negative',
    sql: `select id, customer_id from (select id, customer_id, amount, balance_after, lag(balance_after) over (partition by customer_id order by id) prev
      from account_change_record where owner_type = 'CUSTOMER') x where balance_after <> coalesce(prev, 0) + amount or balance_after < 0`,
  },
  {
    name: 'customer balance ≠ Σ its ledger, negative, or non-zero while ADVISORY',
    sql: `select c.id, c.association_type, c.balance, c.debt_amount, l.s from sub_customer c
      left join (select customer_id, sum(amount) s from account_change_record where owner_type = 'CUSTOMER' group by customer_id) l on l.customer_id = c.id
      where c.balance <> coalesce(l.s, 0) or c.balance < 0 or c.debt_amount < 0 or (c.association_type = 1 and (c.balance <> 0 or c.debt_amount <> 0))`,
  },
  {
    name: 'adjust record without exactly two balancing ledger rows',
    sql: `select a.id, a.trans_id, l.n, l.s, l.mx from adjust_record a
      left join (select trade_id, count(*) n, sum(amount) s, max(amount) mx from account_change_record group by trade_id) l on l.trade_id = a.trans_id
      where a.amount <= 0 or l.n is null or l.n <> 2 or l.s <> 0 or l.mx <> a.amount`,
  },
  {
    name: 'quota does not balance (quotaValue + returned + taken back from sub-quotas = balance + issued + sub-quotas + taken back)',
    sql: `select q.id, q.quota_value, q.balance, coalesce(c.face, 0) face, coalesce(r.ret, 0) ret, coalesce(s.subs, 0) subs, coalesce(back.amount, 0) back, coalesce(taken.amount, 0) taken
      from coupon_quota q
      left join (select quota_id, sum(face_value) face from coupon group by quota_id) c on c.quota_id = q.id
      left join (select cp.quota_id, sum(cr.amount) ret from coupon_record cr join coupon cp on cp.id = cr.coupon_id
                 where cr.operation_type not in (1, 4, 100) and cr.result = 'SUCCESS' group by cp.quota_id) r on r.quota_id = q.id
      left join (select parent_quota_id, sum(quota_value) subs from coupon_quota where parent_quota_id is not null group by parent_quota_id) s on s.parent_quota_id = q.id
      left join (select parent_quota_id, sum(amount) amount from quota_record where operation_type = 11 and result = 'SUCCESS' group by parent_quota_id) back on back.parent_quota_id = q.id
      left join (select quota_id, sum(amount) amount from quota_record where operation_type = 11 and result = 'SUCCESS' group by quota_id) taken on taken.quota_id = q.id
      where q.balance < 0 or q.balance > q.quota_value
         or q.quota_value + coalesce(r.ret, 0) + coalesce(back.amount, 0) <> q.balance + coalesce(c.face, 0) + coalesce(s.subs, 0) + coalesce(taken.amount, 0)`,
  },
  {
    name: 'sub-quota not within its parent (value, kind, validity, owner a reseller of the parent’s distributor)',
    sql: `select s.id from coupon_quota s join coupon_quota p on p.id = s.parent_quota_id join partner sp on sp.id = s.partner_id
      where s.quota_value > p.quota_value or s.kind <> p.kind or s.effective_time < p.effective_time or s.expire_time > p.expire_time
         or sp.parent_id is null or sp.parent_id <> p.partner_id`,
  },
  {
    name: 'NORMAL quota past its validity',
    sql: `select id from coupon_quota where status = 0 and expire_time <= ?`,
    params: ['now'],
  },
  {
    name: 'coupon out of rule (balance, owner, kind, validity, status)',
    sql: `select cp.id, cp.status from coupon cp join coupon_quota q on q.id = cp.quota_id join sub_customer c on c.id = cp.customer_id
      left join customer_order o on o.id = cp.used_on_order_id
      where cp.face_value <= 0 or cp.balance < 0 or cp.balance > cp.face_value
         or cp.partner_id <> q.partner_id or cp.kind <> q.kind or c.partner_id <> cp.partner_id
         or cp.effective_time < q.effective_time or cp.expire_time > q.expire_time or cp.expire_time <= cp.effective_time
         or (cp.status = 2 and (cp.effective_time > ? or cp.expire_time <= ?))
         or (cp.status in (1, 2) and c.association_type <> 2)
         or (cp.status = 1 and (cp.balance <> cp.face_value or cp.effective_time <= ?))
         or (cp.status in (3, 5) and cp.balance <> 0)
         or (cp.used_on_order_id is not null and (o.id is null or o.customer_id <> cp.customer_id))`,
    params: ['now', 'now', 'now'],
  },
  {
    name: 'coupon without exactly one SUCCESS issue record of its face value',
    sql: `select cp.id from coupon cp left join (select coupon_id, count(*) n, sum(amount) a from coupon_record where operation_type = 1 and result = 'SUCCESS' group by coupon_id) r on r.coupon_id = cp.id
      where r.n is null or r.n <> 1 or r.a <> cp.face_value`,
  },
  {
    name: 'RECLAIMED coupon without a SUCCESS reclaim record',
    sql: `select cp.id from coupon cp where cp.status = 5 and not exists (select 1 from coupon_record r where r.coupon_id = cp.id and r.operation_type not in (1, 4, 100) and r.result = 'SUCCESS')`,
  },
  {
    name: 'coupon history does not add up (faceValue = balance + Σ USE + Σ returned to the quota) or its last order has no USE record',
    sql: `select cp.id, cp.face_value, cp.balance, coalesce(u.used, 0) used, coalesce(r.ret, 0) ret from coupon cp
      left join (select coupon_id, sum(amount) used from coupon_record where operation_type = 100 and result = 'SUCCESS' group by coupon_id) u on u.coupon_id = cp.id
      left join (select coupon_id, sum(amount) ret from coupon_record where operation_type not in (1, 4, 100) and result = 'SUCCESS' group by coupon_id) r on r.coupon_id = cp.id
      where cp.face_value <> cp.balance + coalesce(u.used, 0) + coalesce(r.ret, 0)
         or (cp.used_on_order_id is not null and not exists (select 1 from coupon_record x where x.coupon_id = cp.id and x.operation_type = 100 and x.order_id = cp.used_on_order_id))`,
  },
  {
    name: 'coupon record of another partner or customer than its coupon',
    sql: `select r.id from coupon_record r join coupon cp on cp.id = r.coupon_id where r.partner_id <> cp.partner_id or r.customer_id <> cp.customer_id or r.amount < 0`,
  },
  {
    name: 'order amounts or line items inconsistent',
    sql: `select o.id from customer_order o join sub_customer c on c.id = o.customer_id
      left join (select order_id, count(*) n, sum(amount) s from order_line_item group by order_id) li on li.order_id = o.id
      where o.partner_id <> c.partner_id or li.n is null or li.s <> o.official_amount or o.amount_after_discount > o.official_amount
         or o.coupon_amount < 0 or o.cash_coupon_amount < 0 or o.credit_amount < 0
         or o.coupon_amount + o.cash_coupon_amount + o.credit_amount > o.amount_after_discount
         or (o.status = 6 and o.pending_payment_end_time is null)`,
  },
  {
    name: 'resource parent inconsistent',
    sql: `select r.id from resource r left join resource m on m.id = r.parent_resource_id
      where (r.is_main_resource = true and r.parent_resource_id is not null)
         or (r.is_main_resource = false and (m.id is null or m.is_main_resource = false or m.customer_id <> r.customer_id))`,
  },
  {
    name: 'member role of another partner',
    sql: `select mr.id from member_role mr join member m on m.id = mr.member_id join role r on r.id = mr.role_id where r.partner_id <> m.partner_id`,
  },
  {
    name: 'supervisor not an ACCOUNT_MANAGER_SUPERVISOR of the same partner',
    sql: `select m.id from member m join member s on s.id = m.supervisor_id
      where s.partner_id <> m.partner_id or not exists (select 1 from member_role mr join role r on r.id = mr.role_id where mr.member_id = s.id and r.preset_key = 'ACCOUNT_MANAGER_SUPERVISOR')`,
  },
  {
    name: "customer's account manager not a member of the customer's partner",
    sql: `select c.id from sub_customer c join member m on m.id = c.account_manager_id where m.partner_id <> c.partner_id`,
  },
  {
    name: 'customer with more than one PENDING unbind request',
    sql: `select customer_id, count(*) n from association_event where event_type = 'UNBIND' and status = 'PENDING' group by customer_id having count(*) > 1`,
  },
  {
    name: 'unbind request out of rule (PENDING or EXPIRED without expiresAt, PENDING answered, answered without handledAt, EXPIRED with a member)',
    sql: `select id, status from association_event where event_type = 'UNBIND' and (
        (status in ('PENDING', 'EXPIRED') and expires_at is null)
        or (status = 'PENDING' and handled_at is not null)
        or (status <> 'PENDING' and handled_at is null)
        or (status = 'EXPIRED' and handled_by_id is not null))`,
  },
  {
    name: 'association ended without an approved unbind, or an approved unbind of the current partner without the end (unboundAt), or a GRANTED authorization after it',
    sql: `select c.id from sub_customer c where
        (c.unbound_at is null) = exists (select 1 from association_event e where e.customer_id = c.id and e.partner_id = c.partner_id and e.event_type = 'UNBIND' and e.status in ('APPROVED', 'COMPLETED'))
        or (c.unbound_at is not null and exists (select 1 from order_authorization a where a.customer_id = c.id and a.partner_id = c.partner_id and a.status = 'GRANTED'))`,
  },
  {
    name: 'online recharge SUCCEEDED without exactly one RECHARGE record of its amount (tradeId = paymentReference), or another status with one',
    sql: `select r.id from recharge_payment r where
        (select count(*) from account_change_record l where l.trade_id = r.payment_reference and l.partner_id = r.partner_id
          and l.owner_type = 'PARTNER' and l.account_type = 1 and l.trade_type = 'RECHARGE' and l.amount = r.amount)
        <> case when r.status = 'SUCCEEDED' then 1 else 0 end`,
  },
  {
    name: 'remittance claim CONFIRMED without its tradeId and exactly one REMITTANCE record of its amount, or another status with one',
    sql: `select c.id from remittance_claim c where
        (case when c.status = 'CONFIRMED' then 1 else 0 end) <> (case when c.trade_id is null then 0 else 1 end)
        or (select count(*) from account_change_record l where l.trade_id = c.trade_id and l.partner_id = c.partner_id
          and l.owner_type = 'PARTNER' and l.account_type = 1 and l.trade_type = 'REMITTANCE' and l.amount = c.amount)
        <> case when c.status = 'CONFIRMED' then 1 else 0 end`,
  },
  {
    name: 'withdrawal without exactly one hold record (−amount on its account), or a return record unless REJECTED (exactly one then)',
    sql: `select w.id from withdrawal w where
        (select count(*) from account_change_record l where l.trade_id = w.trade_id and l.partner_id = w.partner_id
          and l.owner_type = 'PARTNER' and l.account_type = case when w.account = 'BONUS' then 5 else 1 end
          and l.trade_type = case when w.account = 'BONUS' then 'REBATE_WITHDRAWAL' else 'WITHDRAWAL' end and l.amount = -w.amount) <> 1
        or (select count(*) from account_change_record l where l.trade_id = w.trade_id and l.partner_id = w.partner_id
          and l.trade_type in ('WITHDRAWAL_RETURNED', 'REBATE_WITHDRAWAL_RETURNED') and l.amount = w.amount)
        <> case when w.status = 'REJECTED' then 1 else 0 end`,
  },
];

function queryFor(orm: MikroORM): Query {
  const conn = orm.em.fork().getConnection();
  return (sql, params = []) => conn.execute(sql, params as unknown[], 'all') as Promise<Record<string, unknown>[]>;
}

/** Every violated rule with up to 5 offending rows each; [] when the data is consistent. */
export async function checkInvariants(orm: MikroORM, now: Date = new Date()): Promise<string[]> {
  const query = queryFor(orm);
  const sqlite = /sqlite/i.test(orm.em.getPlatform().constructor.name);
  const nowParam = sqlite ? now.getTime() : now;
  const violations: string[] = [];
  const report = (name: string, rows: Record<string, unknown>[]) => {
    if (rows.length)
      violations.push(
        `${name}: ${rows.length}${rows.length >= 20 ? '+' : ''} row(s), e.g. ${rows
          .slice(0, 5)
          .map((r) => JSON.stringify(r))
          .join(' ')}`,
      );
  };

  for (const check of CHECKS) {
    const params = (check.params ?? []).map((p) => (p === 'now' ? nowParam : p));
    report(check.name, await query(`${check.sql} limit 20`, params));
  }
  // 业绩 roll-ups equal the raw sums they are maintained from (modules/performance/rollup.ts).
  const rollups = await performanceRollupDifferences(orm.em.fork());
  if (rollups.length) violations.push(`performance roll-up differs from raw sums: ${rollups.slice(0, 5).join('; ')}`);
  const dashboard = await dashboardRollupDifferences(orm.em.fork());
  if (dashboard.length) violations.push(`dashboard roll-up differs from raw rows: ${dashboard.slice(0, 5).join('; ')}`);

  // Role rules, checked with the permission model itself.
  const memberRoles = await query(
    `select m.id member_id, r.preset_key from member m left join member_role mr on mr.member_id = m.id left join role r on r.id = mr.role_id order by m.id`,
  );
  const byMember = new Map<number, (PresetRole | null)[]>();
  for (const row of memberRoles) {
    const list = byMember.get(Number(row.member_id)) ?? [];
    list.push((row.preset_key as PresetRole | null) ?? null);
    byMember.set(Number(row.member_id), list);
  }
  const roleCounts = await query(
    `select m.id member_id, count(mr.id) n from member m left join member_role mr on mr.member_id = m.id group by m.id`,
  );
  const badMembers: Record<string, unknown>[] = [];
  for (const row of roleCounts) {
    const id = Number(row.member_id);
    const n = Number(row.n);
    const keys = n === 0 ? [] : (byMember.get(id) ?? []);
    const problem = validateRoleCombination(keys);
    if (problem) badMembers.push({ member: id, code: problem.code });
  }
  report('member roles not an allowed combination (1–3 roles, ADMIN alone, AM and supervisor exclusive)', badMembers);

  const roles = await query(
    `select r.id, r.partner_id, r.preset_key, r.permission_codes, p.identity from role r join partner p on p.id = r.partner_id`,
  );
  const badRoles: Record<string, unknown>[] = [];
  const customPerPartner = new Map<number, number>();
  for (const role of roles) {
    const identity = role.identity as PartnerIdentity;
    const codes: string[] =
      typeof role.permission_codes === 'string'
        ? JSON.parse(role.permission_codes)
        : (role.permission_codes as string[]);
    const missing = defaultPermissionCodes(identity).filter((c) => !codes.includes(c));
    const foreign = codes.filter((c) => !isPermissionAllowedFor(identity, c));
    if (missing.length || foreign.length) badRoles.push({ role: role.id, missing, foreign });
    if (role.preset_key === null)
      customPerPartner.set(Number(role.partner_id), (customPerPartner.get(Number(role.partner_id)) ?? 0) + 1);
  }
  report('role lacks default permissions or holds permissions its identity does not allow', badRoles);
  report(
    `partner with more than ${MAX_CUSTOM_ROLES_PER_PARTNER} custom roles`,
    [...customPerPartner].filter(([, n]) => n > MAX_CUSTOM_ROLES_PER_PARTNER).map(([partner, n]) => ({ partner, n })),
  );
  return violations;
}
