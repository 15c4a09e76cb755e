// The seeders are what every other test and the demo stand on: these tests pin the demo facts,
// the coverage of every enum value at the small scale, the money invariants and determinism.
import {
  IncentiveAction,
  IncentiveActorKind,
  IncentiveStage,
  IncentiveType,
} from '../../src/modules/incentive/incentive.enums';
import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase, type Orm } from '../../src/db/orm';
import { parseDatabaseUrl } from '../../src/config';
import { PresetRole } from '../../src/modules/role/role.enums';
import { CertifiedProgramKind } from '../../src/modules/program-certificate/program-certificate.enums';
import { CloudLabApplicationStatus } from '../../src/modules/cloud-lab/cloud-lab.enums';
import { SolutionStatus } from '../../src/modules/solution/solution.enums';
import { QualificationKind, SpecialistApplicationStatus } from '../../src/modules/qualification/qualification.enums';
import { PaymentAgreementStatus } from '../../src/modules/payment-agreement/payment-agreement.enums';
import { NotificationKind } from '../../src/modules/notification/notification.enums';
import { PartnerIdentity, PartnerStatus } from '../../src/modules/partner/partner.enums';
import { PartnerAccountType } from '../../src/modules/partner/partner.entity';
import { CloudStoreOrderStatus } from '../../src/modules/cloud-store/cloud-store.enums';
import {
  InvoiceKind,
  InvoiceMedium,
  InvoiceStatus,
  InvoiceTitleType,
  InvoiceType,
} from '../../src/modules/invoice/invoice.enums';
import {
  AssociationType,
  CustomerLevel,
  CustomerType,
  FrozenState,
  VerifiedStatus,
} from '../../src/modules/customer/customer.enums';
import {
  AssociationEventStatus,
  AssociationEventType,
  AssociationInitiator,
  OrderAuthorizationStatus,
} from '../../src/modules/association/association.enums';
import { CouponKind, CouponStatus, QuotaStatus } from '../../src/modules/coupon/coupon.enums';
import { ExpirePolicy, OrderStatus, OrderType, ResourceStatus } from '../../src/modules/order/order.enums';
import { BillDetailType, ChargingMode } from '../../src/modules/consumption/consumption.enums';
import { AdjustOperationType, TradeType } from '../../src/modules/funds/funds.enums';
import { PRESET_ROLES } from '../../src/permissions';
import { verifyPassword } from '../../src/modules/auth/password';
import {
  DEMO_CLOUD_ACCOUNTS,
  DEMO_CUSTOMERS,
  DEMO_MEMBERS,
  DEMO_PARTNERS,
  DEMO_PASSWORD,
  OPERATIONS_ROLE,
  checkInvariants,
  presetRoleName,
  seedDatabase,
} from '../../seeds';
import { sql } from '../support/rows';
import {
  RechargePaymentStatus,
  RemittanceClaimStatus,
  WithdrawalAccount,
  WithdrawalStatus,
} from '../../src/modules/partner-account/partner-account.enums';

// A fixed instant, so two seeds compare equal even across a month boundary.
const NOW = new Date(Date.UTC(2026, 10, 21, 12, 0, 0));

type Rows = Record<string, unknown>[];

async function open(): Promise<Orm> {
  return openDatabase(parseDatabaseUrl('sqlite::memory:'));
}

function query(orm: Orm, text: string, params: unknown[] = []): Promise<Rows> {
  return sql({ orm }, text, params);
}

/**
 * The rows of the tables, but for what depends on the seeding day rather than the month: the deadline
 * of the one pending order due two days after it (seeds/customers.ts).
 */
async function tableHash(orm: Orm, tables: string[]): Promise<string> {
  const hash = createHash('sha256');
  for (const t of tables) {
    const rows = await query(orm, `select * from "${t}" order by id`);
    if (t === 'customer_order')
      for (const row of rows)
        if (row.status === 6 && Number(row.pending_payment_end_time) < Date.UTC(2026, 11, 1))
          row.pending_payment_end_time = 'two days after the seeding day';
    hash.update(t).update(JSON.stringify(rows));
  }
  return hash.digest('hex');
}

function values(e: object): (string | number)[] {
  const all = Object.values(e) as (string | number)[];
  return all.some((v) => typeof v === 'number') ? all.filter((v) => typeof v === 'number') : all;
}

describe('seedDatabase (small)', () => {
  let orm: Orm;
  let summary: Record<string, number>;

  beforeAll(async () => {
    orm = await open();
    summary = await seedDatabase(orm, { scale: 'small', now: NOW });
  });
  afterAll(async () => {
    await orm?.close(true);
  });

  it('reports the rows it wrote, matching the tables', async () => {
    for (const [table, n] of Object.entries(summary)) {
      const [{ c }] = await query(orm, `select count(*) c from "${table}"`);
      expect(Number(c), table).toBe(n);
    }
    expect(summary.partner).toBe(DEMO_PARTNERS.length);
    expect(summary.member).toBe(DEMO_MEMBERS.length);
    expect(summary.sub_customer).toBeGreaterThanOrEqual(250);
    expect(summary.customer_order).toBeGreaterThanOrEqual(300);
    expect(summary.consumption_record).toBeGreaterThanOrEqual(1000);
  });

  it('holds every money and consistency invariant', async () => {
    expect(await checkInvariants(orm, NOW)).toEqual([]);
  });

  it('creates the demo partners with their fixed ids', async () => {
    const rows = await query(orm, 'select id, name, identity, status, parent_id from partner order by id');
    expect(rows).toEqual(
      DEMO_PARTNERS.map((p) => ({
        id: p.id,
        name: p.name,
        identity: p.identity,
        status: p.status,
        parent_id: p.parentKey ? DEMO_PARTNERS.find((d) => d.key === p.parentKey)!.id : null,
      })),
    );
  });

  it('creates the demo members with their roles, supervisor and password', async () => {
    for (const m of DEMO_MEMBERS) {
      const partner = DEMO_PARTNERS.find((p) => p.key === m.partnerKey)!;
      const [row] = await query(
        orm,
        'select id, partner_id, display_name, status, supervisor_id, password_hash from member where login_name = ?',
        [m.loginName],
      );
      expect(row, m.loginName).toMatchObject({
        id: m.id,
        partner_id: partner.id,
        display_name: m.displayName,
        status: m.cancelled ? 'CANCELLED' : 'ACTIVE',
      });
      expect(row.supervisor_id).toBe(m.supervisor ? DEMO_MEMBERS.find((s) => s.loginName === m.supervisor)!.id : null);
      const roles = await query(
        orm,
        'select r.name, r.preset_key, r.partner_id from member_role mr join role r on r.id = mr.role_id where mr.member_id = ? order by r.id',
        [m.id],
      );
      const expected = m.roles.map((key) =>
        key === OPERATIONS_ROLE.key
          ? { name: OPERATIONS_ROLE.name, preset_key: null, partner_id: partner.id }
          : {
              name: presetRoleName(PRESET_ROLES[key].nameZh, PRESET_ROLES[key].nameEn),
              preset_key: key,
              partner_id: partner.id,
            },
      );
      expect(roles, m.loginName).toEqual(expect.arrayContaining(expected));
      expect(roles).toHaveLength(expected.length);
    }
    const [admin] = await query(orm, "select password_hash from member where login_name = 'dist-admin'");
    expect(await verifyPassword(DEMO_PASSWORD, String(admin.password_hash))).toBe(true);
    expect(await verifyPassword('wrong', String(admin.password_hash))).toBe(false);
  });

  it('gives every partner the four preset roles with the preset permissions, and dist-ops no funds', async () => {
    for (const p of DEMO_PARTNERS) {
      const roles = await query(
        orm,
        'select preset_key, permission_codes from role where partner_id = ? and preset_key is not null order by preset_key',
        [p.id],
      );
      expect(roles.map((r) => r.preset_key).sort()).toEqual(Object.values(PresetRole).sort());
      for (const r of roles)
        expect(JSON.parse(String(r.permission_codes))).toEqual(
          PRESET_ROLES[r.preset_key as PresetRole].permissions(p.identity),
        );
    }
    const [ops] = await query(orm, 'select permission_codes from role where partner_id = 1 and name = ?', [
      OPERATIONS_ROLE.name,
    ]);
    const codes: string[] = JSON.parse(String(ops.permission_codes));
    expect(codes).toEqual(expect.arrayContaining([...OPERATIONS_ROLE.permissions]));
    expect(codes.filter((c) => c.startsWith('funds:') || c.startsWith('reseller:'))).toEqual([]);
  });

  it('assigns about a third of the distributor customers to dist-am and a few to dist-ams', async () => {
    const [{ total }] = await query(orm, 'select count(*) total from sub_customer where partner_id = 1');
    const [{ am }] = await query(
      orm,
      "select count(*) am from sub_customer c join member m on m.id = c.account_manager_id where c.partner_id = 1 and m.login_name = 'dist-am'",
    );
    const [{ ams }] = await query(
      orm,
      "select count(*) ams from sub_customer c join member m on m.id = c.account_manager_id where c.partner_id = 1 and m.login_name = 'dist-ams'",
    );
    expect(Number(total)).toBeGreaterThanOrEqual(60);
    expect(Number(total)).toBeLessThanOrEqual(120);
    expect(Number(am) / Number(total)).toBeGreaterThan(0.2);
    expect(Number(am) / Number(total)).toBeLessThan(0.5);
    expect(Number(ams)).toBeGreaterThan(0);
    expect(Number(ams)).toBeLessThan(Number(am));
  });

  it('lets every value of every seeded enum occur', async () => {
    const columns: [string, string, object][] = [
      ['cloud_store_order', 'status', CloudStoreOrderStatus],
      ['invoice', 'kind', InvoiceKind],
      ['invoice', 'status', InvoiceStatus],
      ['invoice', 'title_type', InvoiceTitleType],
      ['invoice', 'invoice_type', InvoiceType],
      ['invoice', 'medium', InvoiceMedium],
      ['sub_customer', 'association_type', AssociationType],
      ['incentive_record', 'stage', IncentiveStage],
      ['incentive_record', 'incentive_type', IncentiveType],
      ['incentive_transition', 'action', IncentiveAction],
      ['incentive_transition', 'actor_kind', IncentiveActorKind],
      ['sub_customer', 'verified_status', VerifiedStatus],
      ['sub_customer', 'customer_type', CustomerType],
      ['sub_customer', 'is_frozen', FrozenState],
      ['sub_customer', 'customer_level', CustomerLevel],
      ['association_event', 'event_type', AssociationEventType],
      ['association_event', 'initiator', AssociationInitiator],
      ['association_event', 'status', AssociationEventStatus],
      ['order_authorization', 'status', OrderAuthorizationStatus],
      ['coupon', 'status', CouponStatus],
      ['coupon', 'kind', CouponKind],
      ['coupon_quota', 'status', QuotaStatus],
      ['coupon_quota', 'kind', CouponKind],
      ['customer_order', 'status', OrderStatus],
      ['customer_order', 'order_type', OrderType],
      ['resource', 'status', ResourceStatus],
      ['resource', 'expire_policy', ExpirePolicy],
      ['consumption_record', 'charging_mode', ChargingMode],
      ['consumption_record', 'bill_detail_type', BillDetailType],
      ['adjust_record', 'operation_type', AdjustOperationType],
      ['account_change_record', 'trade_type', TradeType],
      ['partner', 'identity', PartnerIdentity],
      ['partner', 'status', PartnerStatus],
      ['partner_account', 'account_type', PartnerAccountType],
      ['account_change_record', 'account_type', PartnerAccountType],
      ['recharge_payment', 'status', RechargePaymentStatus],
      ['remittance_claim', 'status', RemittanceClaimStatus],
      ['withdrawal', 'status', WithdrawalStatus],
      ['withdrawal', 'account', WithdrawalAccount],
      ['program_certificate', 'program_kind', CertifiedProgramKind],
      ['cloud_lab_application', 'status', CloudLabApplicationStatus],
      ['solution', 'status', SolutionStatus],
      ['member_qualification', 'kind', QualificationKind],
      ['specialist_application', 'status', SpecialistApplicationStatus],
      ['payment_agreement', 'status', PaymentAgreementStatus],
      ['notification', 'kind', NotificationKind],
    ];
    for (const [table, column, e] of columns) {
      const rows = await query(orm, `select distinct "${column}" v from "${table}"`);
      const seen = rows.map((r) => r.v);
      expect(seen, `${table}.${column}`).toEqual(expect.arrayContaining(values(e)));
    }
    const [{ subs }] = await query(
      orm,
      'select count(distinct q.partner_id) subs from coupon_quota q where q.parent_quota_id is not null and q.partner_id in (2, 3)',
    );
    expect(Number(subs)).toBe(2);
  });

  it('keeps the showcase customers as DEMO_CUSTOMERS describes them', async () => {
    for (const c of DEMO_CUSTOMERS) {
      const partner = DEMO_PARTNERS.find((p) => p.key === c.partnerKey)!;
      const [row] = await query(
        orm,
        'select c.*, m.login_name manager from sub_customer c left join member m on m.id = c.account_manager_id where c.account_name = ?',
        [c.accountName],
      );
      expect(row, c.accountName).toMatchObject({
        name: c.name,
        partner_id: partner.id,
        association_type: c.associationType,
        manager: c.accountManager ?? null,
      });
      const [{ n: pending }] = await query(
        orm,
        'select count(*) n from customer_order where customer_id = ? and status = 6',
        [row.id],
      );
      const [{ n: inUse }] = await query(
        orm,
        'select count(*) n from resource m where m.customer_id = ? and m.is_main_resource = 1 and m.status = 2 and exists (select 1 from resource d where d.parent_resource_id = m.id)',
        [row.id],
      );
      expect(Number(inUse), c.accountName).toBeGreaterThan(0);
      expect(Number(pending), c.accountName).toBeGreaterThan(0);
      const [{ n: events }] = await query(
        orm,
        "select count(*) n from association_event where customer_id = ? and event_type <> 'ASSOCIATE'",
        [row.id],
      );
      expect(Number(events), c.accountName).toBe(0);
      if (c.associationType !== AssociationType.RESALE) continue;
      const [{ n: usable }] = await query(orm, 'select count(*) n from coupon where customer_id = ? and status = 2', [
        row.id,
      ]);
      expect(Number(usable), c.accountName).toBeGreaterThan(0);
      const [auth] = await query(orm, 'select status from order_authorization where customer_id = ?', [row.id]);
      expect(auth?.status, c.accountName).toBe(c.accountName === 'xinghe-edu' ? 'REVOKED' : 'GRANTED');
      if (c.accountName === 'jinhua-retail') {
        expect(row).toMatchObject({ balance: 0, is_frozen: FrozenState.ACCOUNT });
        expect(Number(row.debt_amount)).toBeGreaterThan(0);
      } else {
        expect(Number(row.balance), c.accountName).toBeGreaterThan(0);
        expect(row).toMatchObject({ debt_amount: 0, is_frozen: FrozenState.NOT_FROZEN });
      }
    }
  });

  it('has the shape the README promises (line items, consumption, authorizations, history)', async () => {
    const items = await query(
      orm,
      'select order_id, count(*) n from order_line_item group by order_id having count(*) < 1 or count(*) > 3',
    );
    expect(items).toEqual([]);
    const consumption = await query(
      orm,
      `select cr.id from consumption_record cr join sub_customer c on c.id = cr.customer_id
       where (cr.partner_id = c.partner_id and coalesce(cr.account_manager_id, 0) <> coalesce(c.account_manager_id, 0))
          or cr.payment_amount <> cr.cash_amount + cr.coupon_amount + cr.debt_amount`,
    );
    expect(consumption).toEqual([]);
    const cycles = await query(orm, 'select bill_cycle, trade_time from consumption_record');
    for (const r of cycles) expect(r.bill_cycle).toBe(new Date(Number(r.trade_time)).toISOString().slice(0, 7));
    const months = new Set(cycles.map((r) => r.bill_cycle));
    expect(months.size).toBeGreaterThanOrEqual(20);
    const [{ n: future }] = await query(orm, 'select count(*) n from consumption_record where trade_time >= ?', [
      Date.UTC(2026, 10, 1),
    ]);
    expect(Number(future)).toBe(0);
    const auth = await query(
      orm,
      'select a.id from order_authorization a join sub_customer c on c.id = a.customer_id where a.partner_id <> c.partner_id',
    );
    expect(auth).toEqual([]);
    // Customers moved from the distributor to reseller #1 keep the distributor's consumption from before.
    const moved = await query(
      orm,
      'select distinct cr.customer_id from consumption_record cr join sub_customer c on c.id = cr.customer_id where cr.partner_id = 1 and c.partner_id = 2',
    );
    expect(moved.length).toBeGreaterThan(0);
    // Pending orders can still be paid all month, but for the distributor's one due two days after the
    // seeding day (Dashboard.expiringPendingOrders).
    const [{ n: open }] = await query(
      orm,
      'select count(*) n from customer_order where status = 6 and pending_payment_end_time > ?',
      [Date.UTC(2026, 11, 2)],
    );
    const [{ n: pending }] = await query(orm, 'select count(*) n from customer_order where status = 6');
    expect(Number(open)).toBe(Number(pending) - 1);
    const due = await query(
      orm,
      'select partner_id, pending_payment_end_time t from customer_order where status = 6 and pending_payment_end_time <= ?',
      [Date.UTC(2026, 11, 2)],
    );
    expect(due).toEqual([{ partner_id: 1, t: Date.UTC(2026, 10, 23, 10) }]);
  });

  it('gives every demo partner its four accounts (funded, but no credit for dist and reseller1), both alert thresholds, and some orders paid partly by credit', async () => {
    const accounts = await query(
      orm,
      'select partner_id, account_type, amount from partner_account where partner_id in (select id from partner) order by partner_id, account_type',
    );
    for (const d of DEMO_PARTNERS) {
      const own = accounts.filter((a) => Number(a.partner_id) === d.id);
      expect(
        own.map((a) => Number(a.account_type)),
        d.key,
      ).toEqual([1, 2, 5, 7]);
      for (const a of own) {
        const none = Number(a.account_type) === PartnerAccountType.CREDIT && ['dist', 'reseller1'].includes(d.key);
        if (none) expect(Number(a.amount), `${d.key} has no credit`).toBe(0);
        else expect(Number(a.amount), `${d.key} account ${a.account_type}`).toBeGreaterThan(0);
      }
    }
    const thresholds = await query(
      orm,
      'select balance_alert_threshold o, customer_balance_alert_threshold c from partner',
    );
    expect(thresholds.some((t) => t.o == null)).toBe(true);
    expect(thresholds.some((t) => t.o != null && Number(t.o) > 0)).toBe(true);
    expect(thresholds.every((t) => t.c == null || Number(t.c) > 0)).toBe(true);
    const [{ n: byCredit }] = await query(orm, 'select count(*) n from customer_order where credit_amount > 0');
    expect(Number(byCredit)).toBeGreaterThan(0);
  });

  it('registers every customer and the free demo accounts in the cloud account registry', async () => {
    const missing = await query(
      orm,
      'select c.account_name from sub_customer c left join cloud_account a on a.account_name = c.account_name where a.id is null',
    );
    expect(missing).toEqual([]);
    for (const a of DEMO_CLOUD_ACCOUNTS) {
      const [row] = await query(
        orm,
        'select email, mobile, international, is_partner, reported_by_cloud, government_subsidy from cloud_account where account_name = ?',
        [a.accountName],
      );
      expect(row, a.accountName).toEqual({
        email: a.email,
        mobile: a.mobile,
        international: a.international ? 1 : 0,
        is_partner: a.isPartner ? 1 : 0,
        reported_by_cloud: a.reportedByCloud ? 1 : 0,
        government_subsidy: a.governmentSubsidy ? 1 : 0,
      });
      const [customer] = await query(orm, 'select id from sub_customer where account_name = ?', [a.accountName]);
      expect(customer).toBeUndefined();
    }
    const mobiles = await query(orm, "select mobile from cloud_account where mobile not like '00%-%'");
    expect(mobiles).toEqual([]);
  });

  it("gives dist-admin an active and a revoked access key, and yunfan-tech's account its notifications and only ended agreements", async () => {
    const keys = await query(
      orm,
      "select k.access_key_id, k.revoked_at from access_key k join member m on m.id = k.member_id where m.login_name = 'dist-admin' order by k.id",
    );
    expect(keys.map((k) => [k.access_key_id, k.revoked_at == null])).toEqual([
      ['DEMOAKDISTADMIN00001', true],
      ['DEMOAKDISTADMIN00002', false],
    ]);
    const notices = await query(
      orm,
      "select n.kind, n.read_at from notification n join cloud_account a on a.id = n.cloud_account_id where a.account_name = 'yunfan-tech' order by n.id",
    );
    expect(notices.map((n) => n.kind)).toEqual([
      'PARTNER_UNBIND_REQUESTED',
      'UNBIND_REQUEST_EXPIRED',
      'UNBIND_REQUEST_ANSWERED',
    ]);
    expect(notices.filter((n) => n.read_at == null)).toHaveLength(1);
    const agreements = await query(
      orm,
      "select p.status from payment_agreement p join sub_customer c on c.id = p.customer_id where c.account_name = 'yunfan-tech' order by p.id",
    );
    expect(agreements.map((a) => a.status)).toEqual(['REJECTED', 'TERMINATED', 'EXPIRED']);
  });

  it('refuses to seed a database that already holds partners', async () => {
    await expect(seedDatabase(orm, { scale: 'small', now: NOW })).rejects.toThrow(/already holds partners/);
  });

  it('is deterministic: the same seed and month give identical rows, another seed different ones', async () => {
    const tables = [
      'cloud_account',
      'partner',
      'member',
      'role',
      'sub_customer',
      'customer_order',
      'coupon',
      'coupon_quota',
      'account_change_record',
      'consumption_record',
    ];
    const again = await open();
    const other = await open();
    try {
      await seedDatabase(again, { scale: 'small', now: new Date(Date.UTC(2026, 10, 3)) });
      await seedDatabase(other, { scale: 'small', now: NOW, seed: 7 });
      const first = await tableHash(orm, tables);
      expect(await tableHash(again, tables)).toBe(first);
      expect(await tableHash(other, tables)).not.toBe(first);
    } finally {
      await again.close(true);
      await other.close(true);
    }
  });
});
