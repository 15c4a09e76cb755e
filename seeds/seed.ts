/**
 * Deterministic demo data for the partner center: the same seed in the same month gives the same
 * rows. Dates are relative to a reference date, the first day of the current UTC month, and spread
 * over the 24 months before it (the server accepts bill cycles of the last 18 months by the real
 * clock, so fixed dates would age out).
 *
 *   small: the demo partners only, a few hundred customers; seeds in about a second (tests).
 *   large: the same demo partners and members plus generated partners: ≥ 100k customers,
 *          ≥ 1M orders and consumption records (benchmarks).
 *
 * Rows are written in bulk below the unit of work (bulk.ts); checkInvariants runs at the end.
 */
import { customerNotifications, demoNotifications, olderNotifications } from './notifications';
import { createHash } from 'node:crypto';
import type { MikroORM } from '@mikro-orm/core';
import { PartnerAccountType } from '../src/modules/partner/partner.entity';
import { PartnerIdentity, PartnerStatus } from '../src/modules/partner/partner.enums';
import { PresetRole } from '../src/modules/role/role.enums';
import { MemberStatus, InvitationChannel, InvitationStatus } from '../src/modules/member/member.enums';
import { CouponKind, OperationResult, QuotaOperationType, QuotaStatus } from '../src/modules/coupon/coupon.enums';
import { AdjustOperationType, LedgerOwner, TradeType } from '../src/modules/funds/funds.enums';
import { CustomerType, FrozenState, VerifiedStatus } from '../src/modules/customer/customer.enums';
import { PRESET_ROLES, customRolePermissions, type PermissionCode } from '../src/permissions';
import { hashPassword } from '../src/modules/auth/password';
import { MOBILE_REGISTRATION_CAP } from '../src/modules/registration/registration.rules';
import {
  DEMO_CAPPED_MOBILE,
  DEMO_CLOUD_ACCOUNTS,
  DEMO_CUSTOMER_LOGINS,
  DEMO_CUSTOMERS,
  DEMO_MEMBERS,
  DEMO_PARTNERS,
  DEMO_PASSWORD,
  DEMO_OPERATORS,
  OPERATIONS_ROLE,
  presetRoleName,
  type DemoPartnerKey,
} from './demo-data';
import { openWriter, type BulkWriter, type Row } from './bulk';
import { Rng } from './random';
import { CustomerGenerator, type ScaleConfig, type Sink, type Trait } from './customers';
import { checkInvariants } from './invariants';
import { CustomerInvitationSeeder } from './customer-invitations';
import { IncentiveSeeder } from './incentives';
import { seedLeads } from './leads';
import { seedPrograms } from './programs';
import { invitationAcceptance, pushSelfService } from './self-service';
import { pushCompanyInfo } from './company-info';
import { CloudStoreSeeder } from './finance-cloud-store';
import { rebuildPerformanceRollups } from '../src/maintenance/performance-rollups';
import { rebuildDashboardRollups } from '../src/maintenance/dashboard-rollups';
import { seedMarketing } from './marketing';
import { priceCatalogueRows } from './finance-price-catalogue';
import { PaymentAgreementSeeder } from './finance-payment-agreements';
import { FinanceAccountSeeder } from './finance-account';
import { seedShowcase } from './showcase';
import {
  DAY,
  HOUR,
  MINUTE,
  addMonths,
  b36,
  buildSpecs,
  roundUp,
  yymmdd,
  type MemberPlan,
  type PartnerPlan,
  type QuotaPlan,
  type Specs,
  type TableKey,
} from './model';
import {
  BRANDS,
  CITIES,
  EN_BRANDS,
  GIVEN_NAMES,
  PRODUCTS,
  QUOTA_REMARKS,
  RESELLER_ALLOCATE_MEMOS,
  SURNAMES,
} from './vocabulary';

export { checkInvariants } from './invariants';

export type SeedScale = 'small' | 'large';

export interface SeedOptions {
  scale: SeedScale;
  /** PRNG seed; the same seed in the same month gives the same rows. */
  seed?: number;
  /** Any instant of the month to seed for; default now. Dates are relative to its month's first day. */
  now?: Date;
  onProgress?: (done: number, total: number, phase: string) => void;
  /** Run checkInvariants at the end and throw on a violation (default true). */
  check?: boolean;
}

/** Rows inserted per table (table name → count). */
export type SeedSummary = Record<string, number>;

export const DEFAULT_SEED = 2026;

/** The first day (00:00 UTC) of the month of `now`: every seeded date is relative to it. */
export function referenceDate(now: Date = new Date()): Date {
  return new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), 1));
}

export const SCALES: Record<SeedScale, ScaleConfig> = {
  small: {
    customers: {
      dist: 96,
      reseller1: 40,
      reseller2: 28,
      sp: 36,
      'other-dist': 60,
      'other-reseller': 18,
      'restricted-reseller': 8,
      'frozen-reseller': 6,
    },
    generated: null,
    ordersPerYear: 1.6,
    couponsPerResaleCustomer: 1.6,
    usagePerMonth: 0.2,
    resourceProbability: 0.5,
    pendingOrderShare: 0.08,
    listPageRows: 0,
  },
  large: {
    customers: {
      dist: 20_000,
      reseller1: 3_000,
      reseller2: 2_000,
      sp: 3_000,
      'other-dist': 4_000,
      'other-reseller': 1_500,
      'restricted-reseller': 600,
      'frozen-reseller': 400,
    },
    generated: { distributors: 24, resellers: [2, 5], solutionProviders: 18, customers: 66_000 },
    ordersPerYear: 8.2,
    couponsPerResaleCustomer: 3.2,
    usagePerMonth: 0.22,
    resourceProbability: 0.25,
    pendingOrderShare: 0.05,
    // bench/operations: incentives, invoices, leads and notifications read pages of 100.
    listPageRows: 120,
  },
};

/** Traits forced on the first non-showcase customers so every enum value occurs at every scale. */
const FORCED_TRAITS: Partial<Record<DemoPartnerKey, Trait[]>> = {
  dist: [
    { kind: 'C' },
    { kind: 'D' },
    { kind: 'D' },
    { kind: 'A', unbind: 'PENDING' },
    { kind: 'A', unbind: 'REJECTED' },
    { kind: 'A', frozen: FrozenState.ACCOUNT_AND_RESOURCES, debtor: true },
    { kind: 'B', frozen: FrozenState.ACCOUNT },
    { verified: VerifiedStatus.NOT_VERIFIED },
    { verified: VerifiedStatus.UNDER_REVIEW },
    { verified: VerifiedStatus.REJECTED },
    { customerType: CustomerType.INDIVIDUAL },
    { customerType: CustomerType.NONE },
    { kind: 'A', unbind: 'PARTNER_PENDING' },
    // Asked to unbind before the freeze or the debt came: the customer may reject, not approve.
    { kind: 'B', frozen: FrozenState.ACCOUNT, unbind: 'PARTNER_PENDING' },
    { kind: 'A', debtor: true, unbind: 'PARTNER_PENDING' },
    { kind: 'A', unbind: 'PARTNER_REJECTED' },
    { kind: 'A', unbind: 'PARTNER_EXPIRED' },
    { kind: 'B', unbind: 'EXPIRED' },
  ],
  reseller1: [{ kind: 'E', eApproved: true }, { kind: 'E', eApproved: false }, { kind: 'C' }, { kind: 'D' }],
  reseller2: [{ kind: 'E', eApproved: false }],
};

const DEMO_SLUGS: Record<DemoPartnerKey, string> = {
  dist: 'yunhui',
  reseller1: 'shulan',
  reseller2: 'northwind',
  sp: 'zhisuan',
  'other-dist': 'xinghe',
  'other-reseller': 'contoso',
  'restricted-reseller': 'haina',
  'frozen-reseller': 'tailspin',
};
const DEMO_CREATED_MONTHS_AGO: Record<DemoPartnerKey, number> = {
  dist: 48,
  reseller1: 40,
  reseller2: 36,
  sp: 44,
  'other-dist': 50,
  'other-reseller': 38,
  'restricted-reseller': 34,
  'frozen-reseller': 32,
};

/** Tables in foreign-key order: a flush writes them in this order. */
const TABLE_ORDER: readonly TableKey[] = [
  'priceCatalogue',
  'cloudAccount',
  'cloudOperator',
  'partner',
  'partnerAccount',
  'role',
  'member',
  'memberRole',
  'memberInvitation',
  'memberQualification',
  'specialistApplication',
  'accessKey',
  'partnerNews',
  'partnerCompany',
  'couponQuota',
  'subCustomer',
  'customerDiscount',
  'associationEvent',
  'customerInvitation',
  'customerInvitationAcceptance',
  'paymentAgreement',
  'incentiveRecord',
  'incentiveTransition',
  'orderAuthorization',
  'order',
  'orderLineItem',
  'resource',
  'coupon',
  'couponRecord',
  'adjustRecord',
  'accountChangeRecord',
  'consumptionRecord',
  'quotaRecord',
  'notification',
  'cloudStoreOrder',
  'invoice',
  'invoiceItem',
  'rechargePayment',
  'remittanceClaim',
  'withdrawal',
];

// scrypt at today's parameters costs ~0.5 s and 128 MiB: every seeded member has the same demo
// password, so it is hashed once per process (a fixed salt keeps seeding deterministic) and the one
// hash is reused. Each member's hash is replaced by its own salted one only if the password changes.
let demoHashPromise: Promise<string> | undefined;
function demoHash(): Promise<string> {
  demoHashPromise ??= hashPassword(
    DEMO_PASSWORD,
    createHash('sha256').update('partner-graph-demo-salt').digest().subarray(0, 16),
  );
  return demoHashPromise;
}

/** A time of day in office hours, for events people did. */
/** Demo partners seeded without credit: the distributor and reseller #1 (the money model test's two partners). */
export const NO_CREDIT_DEMO_PARTNERS: readonly DemoPartnerKey[] = ['dist', 'reseller1'];

function officeHours(rng: Rng): number {
  return rng.int(9 * 60, 18 * 60) * MINUTE + rng.int(0, MINUTE - 1);
}

class Seeder implements Sink {
  readonly ref: number;
  readonly today: number;
  readonly cfg: ScaleConfig;
  private readonly ids = new Map<TableKey, number>();
  private readonly buffers = new Map<TableKey, Row[]>();
  private buffered = 0;
  /** The demo password's hash (set before any row is pushed). */
  private passwordHash: string | null = null;
  private inflight: Promise<void> = Promise.resolve();
  private seq = 0;
  readonly partners: PartnerPlan[] = [];
  private readonly membersByLogin = new Map<string, MemberPlan>();
  /** The demo RESALE customer's cloud account (its notifications' recipient), once pushed. */
  private resaleDemoAccount: number | null = null;
  private readonly customerInvitations: CustomerInvitationSeeder;
  private readonly incentives: IncentiveSeeder;
  private readonly cloudStore: CloudStoreSeeder;
  private readonly paymentAgreements: PaymentAgreementSeeder;
  private readonly finance: FinanceAccountSeeder;

  constructor(
    private readonly writer: BulkWriter,
    private readonly specs: Specs,
    readonly seed: number,
    readonly scale: SeedScale,
    now: Date,
    private readonly onProgress: SeedOptions['onProgress'],
  ) {
    this.ref = referenceDate(now).getTime();
    this.today = Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate());
    this.cfg = SCALES[scale];
    this.customerInvitations = new CustomerInvitationSeeder(this, seed);
    this.incentives = new IncentiveSeeder(this, seed);
    this.cloudStore = new CloudStoreSeeder(this, seed);
    this.paymentAgreements = new PaymentAgreementSeeder(this);
    this.finance = new FinanceAccountSeeder(this, seed);
  }

  nextId(table: TableKey): number {
    const id = (this.ids.get(table) ?? 0) + 1;
    this.ids.set(table, id);
    return id;
  }

  nextSeq(): number {
    return ++this.seq;
  }

  push(table: TableKey, row: Row): void {
    // Every cloud account's holder can sign in as a customer with the demo password.
    if (table === 'cloudAccount' && row.passwordHash === undefined) row.passwordHash = this.passwordHash;
    if (table === 'cloudAccount' && row.accountName === DEMO_CUSTOMER_LOGINS.resale)
      this.resaleDemoAccount = Number(row.id);
    this.customerInvitations.observe(table, row);
    this.incentives.observe(table, row);
    this.cloudStore.observe(table, row);
    this.paymentAgreements.observe(table, row);
    let buffer = this.buffers.get(table);
    if (!buffer) {
      buffer = [];
      this.buffers.set(table, buffer);
    }
    buffer.push(row);
    this.buffered++;
  }

  memberId(loginName: string): number {
    const m = this.membersByLogin.get(loginName);
    if (!m) throw new Error(`seed: unknown member ${loginName}`);
    return m.id;
  }

  /**
   * Writes the buffered rows in one transaction. With `wait` false the write runs in the background
   * while the next rows are generated (SQLite works on its own thread); writes stay in order.
   */
  async flush(wait = true): Promise<void> {
    if (this.buffered > 0) {
      const batch = TABLE_ORDER.map((table) => [table, this.buffers.get(table) ?? []] as const).filter(
        ([, rows]) => rows.length > 0,
      );
      this.buffers.clear();
      this.buffered = 0;
      this.inflight = this.inflight.then(() => this.write(batch));
      // Kept for the next await; a failure surfaces there, not as an unhandled rejection.
      this.inflight.catch(() => undefined);
    }
    if (wait) await this.inflight;
  }

  private async write(batch: (readonly [TableKey, Row[]])[]): Promise<void> {
    await this.writer.begin();
    try {
      for (const [table, rows] of batch) await this.writer.insert(this.specs[table], rows);
      await this.writer.commit();
    } catch (err) {
      await this.writer.rollback();
      throw err;
    }
  }

  /** Hands a full buffer to the writer (after the previous write finished) and lets the writer run. */
  private async maybeFlush(): Promise<void> {
    if (this.buffered >= 50_000) {
      await this.inflight;
      await this.flush(false);
    }
    await new Promise((resolve) => setImmediate(resolve));
  }

  progress(done: number, total: number, phase: string): void {
    this.onProgress?.(done, total, phase);
  }

  // ── Phase 0: partners, accounts, roles, members, quotas ──────────────────────────────────────

  planPartners(): void {
    const rng = Rng.derive(this.seed, 'partners');
    const byKey = new Map<DemoPartnerKey, PartnerPlan>();
    for (const d of DEMO_PARTNERS) {
      const plan = this.newPartner(
        d.id,
        d.key,
        d.name,
        d.identity,
        d.status,
        d.parentKey ? byKey.get(d.parentKey)! : null,
        addMonths(this.ref, -DEMO_CREATED_MONTHS_AGO[d.key]) + officeHours(rng),
        this.cfg.customers[d.key] ?? 0,
        DEMO_SLUGS[d.key],
      );
      plan.verificationEnabled = false;
      // Own alert (设置余额预警) well under the cash the demo keeps; reseller2 has none set.
      plan.balanceAlertThreshold = d.key === 'dist' ? 5_000_000 : d.key === 'reseller2' ? null : 1_000_000;
      plan.customerBalanceAlertThreshold = d.identity === PartnerIdentity.CLOUD_RESELLER ? 50_000 : 100_000;
      byKey.set(d.key, plan);
    }
    const gen = this.cfg.generated;
    if (!gen) return;
    // Generated partners: distributors with resellers, and solution providers.
    const names = new Set(this.partners.map((p) => p.name));
    const name = (identity: PartnerIdentity): string => {
      for (;;) {
        let candidate: string;
        if (rng.chance(0.3)) {
          candidate = `${rng.pick(EN_BRANDS)} ${rng.pick(['Cloud', 'Digital', 'Data', 'IT'])} ${rng.pick(identity === PartnerIdentity.DISTRIBUTOR ? ['Distribution', 'Group'] : ['Partners', 'Solutions', 'Services'])} ${rng.pick(['Ltd.', 'Inc.', 'Pte. Ltd.'])}`;
        } else {
          candidate = `${rng.pick(CITIES)[0]}${rng.pick(BRANDS)[0]}${rng.pick(identity === PartnerIdentity.DISTRIBUTOR ? ['云计算', '信息技术', '数字科技'] : ['网络科技', '软件', '信息系统', '云服务'])}有限公司`;
        }
        if (!names.has(candidate)) {
          names.add(candidate);
          return candidate;
        }
      }
    };
    const status = (): PartnerStatus =>
      rng.weighted([
        [PartnerStatus.NORMAL, 92],
        [PartnerStatus.RESTRICTED, 5],
        [PartnerStatus.FROZEN, 3],
      ]);
    const weights: [PartnerPlan, number][] = [];
    let id = Math.max(...DEMO_PARTNERS.map((p) => p.id));
    for (let d = 0; d < gen.distributors; d++) {
      const dist = this.newPartner(
        ++id,
        null,
        name(PartnerIdentity.DISTRIBUTOR),
        PartnerIdentity.DISTRIBUTOR,
        status(),
        null,
        addMonths(this.ref, -rng.int(30, 72)) + officeHours(rng),
        0,
        `p${id}`,
      );
      weights.push([dist, 3 * (0.5 + rng.next())]);
      const n = rng.int(gen.resellers[0], gen.resellers[1]);
      for (let r = 0; r < n; r++) {
        const res = this.newPartner(
          ++id,
          null,
          name(PartnerIdentity.CLOUD_RESELLER),
          PartnerIdentity.CLOUD_RESELLER,
          status(),
          dist,
          addMonths(dist.createdAt, rng.int(2, 18)),
          0,
          `p${id}`,
        );
        weights.push([res, 0.5 + rng.next()]);
      }
    }
    for (let s = 0; s < gen.solutionProviders; s++) {
      const sp = this.newPartner(
        ++id,
        null,
        name(PartnerIdentity.SOLUTION_PROVIDER),
        PartnerIdentity.SOLUTION_PROVIDER,
        status(),
        null,
        addMonths(this.ref, -rng.int(30, 72)) + officeHours(rng),
        0,
        `p${id}`,
      );
      weights.push([sp, 1.5 * (0.5 + rng.next())]);
    }
    const total = weights.reduce((s, [, w]) => s + w, 0);
    let assigned = 0;
    weights.forEach(([p, w], i) => {
      p.customers = i === weights.length - 1 ? gen.customers - assigned : Math.round((gen.customers * w) / total);
      assigned += p.customers;
    });
    for (const p of this.partners) {
      if (p.key) continue;
      p.verificationEnabled = rng.chance(0.3);
      p.customerBalanceAlertThreshold = rng.chance(0.6) ? rng.pick([20_000, 50_000, 100_000, 500_000]) : null;
      // Its own stream, so the draws above stay as they were.
      const own = Rng.derive(this.seed, `alert:${p.id}`);
      p.balanceAlertThreshold = own.chance(0.5) ? own.pick([500_000, 1_000_000, 5_000_000]) : null;
    }
  }

  private newPartner(
    id: number,
    key: DemoPartnerKey | null,
    name: string,
    identity: PartnerIdentity,
    status: PartnerStatus,
    parent: PartnerPlan | null,
    createdAt: number,
    customers: number,
    slug: string,
  ): PartnerPlan {
    const plan: PartnerPlan = {
      id,
      key,
      name,
      identity,
      status,
      parent,
      resellers: [],
      createdAt,
      verificationEnabled: false,
      balanceAlertThreshold: null,
      customerBalanceAlertThreshold: null,
      customers,
      slug,
      members: [],
      roleIds: new Map(),
      adminId: 0,
      couponOperators: [],
      managers: [[null, 1]],
      quotas: [],
      events: [],
      cash: 0,
      grants: { credit: 0, bonus: 0, deposit: 0 },
      creditEvents: [],
      credit: 0,
    };
    parent?.resellers.push(plan);
    this.partners.push(plan);
    return plan;
  }

  planMembers(): void {
    const rng = Rng.derive(this.seed, 'members');
    const demoIds = DEMO_MEMBERS.map((m) => m.id);
    if (demoIds.some((id, i) => id !== i + 1)) throw new Error('seed: DEMO_MEMBERS ids must be 1..n in order');
    const byId = new Map(this.partners.map((p) => [p.id, p]));
    DEMO_MEMBERS.forEach((m, i) => {
      const partner = byId.get(DEMO_PARTNERS.find((d) => d.key === m.partnerKey)!.id)!;
      const plan: MemberPlan = {
        id: m.id,
        partnerId: partner.id,
        loginName: m.loginName,
        displayName: m.displayName,
        email: m.email,
        mobile: m.mobile,
        roleKeys: [...m.roles],
        supervisorLogin: m.supervisor,
        cancelled: !!m.cancelled,
        createdAt: partner.createdAt + (3 + i * 11) * DAY,
        demo: true,
      };
      partner.members.push(plan);
      this.membersByLogin.set(m.loginName, plan);
    });
    let nextId = DEMO_MEMBERS.length;
    for (const p of this.partners) {
      if (p.key) continue;
      const person = () => rng.pick(SURNAMES) + rng.pick(GIVEN_NAMES);
      for (const [suffix, role] of [
        ['admin', PresetRole.ADMIN],
        ['am', PresetRole.ACCOUNT_MANAGER],
      ] as const) {
        const plan: MemberPlan = {
          id: ++nextId,
          partnerId: p.id,
          loginName: `p${p.id}-${suffix}`,
          displayName: person(),
          email: `${suffix}@${p.slug}.example.cn`,
          mobile: `0086-139${String(nextId).padStart(8, '0')}`,
          roleKeys: [role],
          cancelled: false,
          createdAt: p.createdAt + rng.int(1, 60) * DAY,
          demo: false,
        };
        p.members.push(plan);
        this.membersByLogin.set(plan.loginName, plan);
      }
    }
    for (const p of this.partners) {
      const admin = p.members.find((m) => m.roleKeys.includes(PresetRole.ADMIN) && !m.cancelled);
      if (!admin) throw new Error(`seed: partner ${p.id} has no administrator`);
      p.adminId = admin.id;
      p.couponOperators = [admin.id];
      const ams = p.members.filter((m) => m.roleKeys.includes(PresetRole.ACCOUNT_MANAGER) && !m.cancelled);
      p.managers = ams.length
        ? [[null, 60], ...ams.map((m): [number, number] => [m.id, 40 / ams.length])]
        : [[null, 1]];
    }
    // The demo distributor: dist-am carries about a third of the customers, dist-ops issues coupons.
    const dist = this.partners.find((p) => p.key === 'dist')!;
    dist.managers = [
      [this.memberId('dist-am'), 33],
      [this.memberId('dist-am2'), 10],
      [this.memberId('dist-ams'), 4],
      [this.memberId('dist-am-ops'), 5],
      [null, 48],
    ];
    dist.couponOperators = [this.memberId('dist-ops'), this.memberId('dist-ops'), dist.adminId];
  }

  async writeOrganisation(): Promise<void> {
    // Hash before rows are built: one hash of the demo password for every member, customer and operator.
    const hash = await demoHash();
    this.passwordHash = hash;
    for (const o of DEMO_OPERATORS) {
      this.push('cloudOperator', {
        id: this.nextId('cloudOperator'),
        loginName: o.loginName,
        displayName: o.displayName,
        duty: o.duty,
        passwordHash: hash,
        email: o.email,
        createdAt: this.ref - 700 * DAY,
        disabledAt: o.disabled ? this.ref - 30 * DAY : null,
      });
    }

    const rng = Rng.derive(this.seed, 'organisation');
    for (const p of this.partners) {
      this.push('partner', {
        id: p.id,
        name: p.name,
        identity: p.identity,
        status: p.status,
        parent: p.parent?.id ?? null,
        verificationEnabled: p.verificationEnabled,
        balanceAlertThreshold: p.balanceAlertThreshold,
        customerBalanceAlertThreshold: p.customerBalanceAlertThreshold,
        contractingEntity: this.finance.contractingEntity(p),
        incentiveAutoApply: IncentiveSeeder.autoApplies(p),
        createdAt: p.createdAt,
      });
    }
    for (const p of this.partners) {
      this.push('partnerAccount', {
        id: this.nextId('partnerAccount'),
        partner: p.id,
        accountType: PartnerAccountType.CASH,
        amount: 0,
        designatedAmount: 0,
        version: 1,
      });
      p.grants = this.accountGrants(p, rng);
      // Credit, bonus and deposit: every partner has all four accounts. Bonus and deposit are granted
      // once (a RECHARGE on their ledger); credit is spent by orders, so its amount is set in finish().
      // Paid incentives (seeds/incentives.ts) are on the bonus account's ledger after its grant.
      const payouts = this.incentives.payouts(p);
      const paid = payouts.reduce((sum, x) => sum + x.amount, 0);
      for (const [accountType, amount] of [
        [PartnerAccountType.CREDIT, 0],
        [PartnerAccountType.BONUS, p.grants.bonus + paid],
        [PartnerAccountType.DEPOSIT, p.grants.deposit],
      ] as const) {
        this.push('partnerAccount', {
          id: this.nextId('partnerAccount'),
          partner: p.id,
          accountType,
          amount,
          designatedAmount: 0,
          version: 1,
        });
        const granted = accountType === PartnerAccountType.BONUS ? p.grants.bonus : amount;
        const at = Rng.derive(this.seed, `grant:${p.id}:${accountType}`);
        // The bonus grant also covers what the seeded rebate withdrawals keep (seeds/finance-account.ts);
        // the paid incentives follow it, and the rebate withdrawals come after both.
        const held = accountType === PartnerAccountType.BONUS ? this.finance.rebateHeld(p) : 0;
        if (granted + held > 0)
          this.grantLedger(p, accountType, granted + held, p.createdAt + at.int(1, 10) * DAY + officeHours(at));
        if (accountType === PartnerAccountType.BONUS) this.incentiveLedger(p, granted + held, payouts);
      }
      // Roles: the four presets for every partner, and a custom role or two.
      for (const key of [
        PresetRole.ADMIN,
        PresetRole.ACCOUNT_MANAGER,
        PresetRole.ACCOUNT_MANAGER_SUPERVISOR,
        PresetRole.SA_SPECIALIST,
      ]) {
        const def = PRESET_ROLES[key];
        const id = this.nextId('role');
        p.roleIds.set(key, id);
        this.push('role', {
          id,
          partner: p.id,
          name: presetRoleName(def.nameZh, def.nameEn),
          presetKey: key,
          description: def.description,
          permissionCodes: def.permissions(p.identity),
          createdAt: p.createdAt + DAY,
        });
      }
      const custom: { key: string; name: string; description: string; permissions: readonly PermissionCode[] }[] = [];
      if (p.key === 'dist') custom.push(OPERATIONS_ROLE);
      if (p.key === 'other-dist' || (!p.key && p.identity === PartnerIdentity.DISTRIBUTOR && rng.chance(0.5))) {
        custom.push({
          key: 'FINANCE',
          name: '财务专员 Finance',
          description: 'Funds of the partner and its resellers; no coupons.',
          permissions: ['funds:allocate', 'funds:reclaim', 'funds:records', 'reseller:list', 'reseller:funds'],
        });
      }
      for (const c of custom) {
        const id = this.nextId('role');
        p.roleIds.set(c.key, id);
        this.push('role', {
          id,
          partner: p.id,
          name: c.name,
          presetKey: null,
          description: c.description,
          permissionCodes: customRolePermissions(p.identity, c.permissions),
          createdAt: p.createdAt + 90 * DAY,
        });
      }
    }
    for (const p of this.partners) {
      for (const m of p.members) {
        this.push('member', {
          id: m.id,
          partner: p.id,
          loginName: m.loginName,
          displayName: m.displayName,
          email: m.email,
          mobile: m.mobile,
          passwordHash: hash,
          status: m.cancelled ? MemberStatus.CANCELLED : MemberStatus.ACTIVE,
          supervisor: m.supervisorLogin ? this.memberId(m.supervisorLogin) : null,
          createdAt: m.createdAt,
        });
        for (const key of m.roleKeys) {
          const role = p.roleIds.get(key);
          if (!role) throw new Error(`seed: partner ${p.id} has no role ${key}`);
          this.push('memberRole', { id: this.nextId('memberRole'), member: m.id, role });
        }
      }
    }
    this.invitations();
    this.notifications();
  }

  /** Each demo member who can sign in: one notification of each kind, read and unread (seeds/notifications.ts). */
  private notifications(): void {
    for (const p of this.partners) {
      for (const m of p.members) {
        if (!m.demo || m.cancelled) continue;
        for (const row of demoNotifications(m.id, p.id, this.ref))
          this.push('notification', { id: this.nextId('notification'), ...row });
        if (p.key === 'dist')
          for (const row of olderNotifications(m.id, p.id, this.ref, this.cfg.listPageRows))
            this.push('notification', { id: this.nextId('notification'), ...row });
      }
    }
  }

  private invitations(): void {
    const ref = this.ref;
    const dist = this.partners.find((p) => p.key === 'dist')!;
    const other = this.partners.find((p) => p.key === 'other-dist')!;
    const am = dist.roleIds.get(PresetRole.ACCOUNT_MANAGER)!;
    const list: [PartnerPlan, InvitationChannel, string, number[], InvitationStatus, number, number][] = [
      [dist, InvitationChannel.MOBILE, '0086-13900000021', [am], InvitationStatus.PENDING, ref - DAY, ref + 35 * DAY],
      [
        dist,
        InvitationChannel.EMAIL,
        'wang.fang@yunhui-dist.example.cn',
        [am],
        InvitationStatus.ACCEPTED,
        this.membersByLogin.get('dist-am2')!.createdAt - DAY,
        this.membersByLogin.get('dist-am2')!.createdAt + 6 * DAY,
      ],
      [
        dist,
        InvitationChannel.ACCOUNT_NAME,
        'hw_candidate_01',
        [dist.roleIds.get(PresetRole.SA_SPECIALIST)!],
        InvitationStatus.CANCELLED,
        ref - 40 * DAY,
        ref - 33 * DAY,
      ],
      [
        dist,
        InvitationChannel.EMAIL,
        'new.hire@yunhui-dist.example.cn',
        [dist.roleIds.get('OPERATIONS')!],
        InvitationStatus.EXPIRED,
        ref - 60 * DAY,
        ref - 53 * DAY,
      ],
      [
        other,
        InvitationChannel.EMAIL,
        'analyst@xinghe-cloud.example.cn',
        [other.roleIds.get(PresetRole.SA_SPECIALIST)!],
        InvitationStatus.PENDING,
        ref - 2 * DAY,
        ref + 35 * DAY,
      ],
    ];
    for (const [p, channel, target, roleIds, status, createdAt, expiresAt] of list) {
      this.push('memberInvitation', {
        id: this.nextId('memberInvitation'),
        partner: p.id,
        channel,
        target,
        roleIds,
        status,
        invitedBy: p.adminId,
        createdAt,
        expiresAt,
        ...invitationAcceptance(this, this.ids.get('memberInvitation') ?? 0, status, createdAt),
      });
    }
  }

  planQuotas(): void {
    const rng = Rng.derive(this.seed, 'quotas');
    const ref = this.ref;
    const perCustomer = this.cfg.couponsPerResaleCustomer * 60_000;
    const budget = (customers: number, share: number) =>
      roundUp(Math.max(2_000_000, customers * perCustomer * share * (0.8 + 0.6 * rng.next())), 1_000_000);
    const quota = (
      p: PartnerPlan,
      kind: CouponKind,
      status: QuotaStatus,
      effective: number,
      expire: number,
      value: number,
      weight: number,
      extra: Partial<QuotaPlan> = {},
    ): QuotaPlan => {
      const id = this.nextId('couponQuota');
      const q: QuotaPlan = {
        id,
        quotaId: `QT${yymmdd(effective)}${b36(id, 6)}`,
        partnerId: p.id,
        kind,
        quotaValue: value,
        available: value,
        status,
        effective,
        expire,
        issueUntil: expire,
        cloudServiceTypes: [],
        productIds: [],
        designated: null,
        designatedMax: 0,
        parent: null,
        createdAt: effective - 2 * DAY,
        reclaimAt: null,
        weight,
        ...extra,
      };
      q.createdAt -= officeHours(rng);
      if (status === QuotaStatus.ADJUSTING || status === QuotaStatus.FROZEN) q.issueUntil = ref - rng.int(10, 30) * DAY;
      p.quotas.push(q);
      return q;
    };
    const sub = (
      parent: QuotaPlan,
      reseller: PartnerPlan,
      status: QuotaStatus,
      value: number,
      startDays: number,
      endDays: number,
    ): QuotaPlan => {
      const q = quota(
        reseller,
        parent.kind,
        status,
        parent.effective + startDays * DAY,
        parent.expire - endDays * DAY,
        value,
        parent.kind === CouponKind.VOUCHER ? 50 : 25,
        {
          parent,
          cloudServiceTypes: [...parent.cloudServiceTypes],
          productIds: [...parent.productIds],
        },
      );
      q.createdAt = q.effective - rng.int(1, 3) * DAY - officeHours(rng);
      if (status === QuotaStatus.RECLAIMED) {
        q.reclaimAt = ref - rng.int(30, 50) * DAY + officeHours(rng);
        q.issueUntil = q.reclaimAt - 5 * DAY;
      }
      parent.available -= value;
      return q;
    };
    const m = (n: number) => addMonths(ref, n);
    const ecs = PRODUCTS[0];

    for (const p of this.partners) {
      if (p.identity === PartnerIdentity.CLOUD_RESELLER) continue;
      const generated = !p.key;
      const own = p.customers * 0.6;
      const resellerValues = p.resellers.map((r) => budget(r.customers * 0.6, 1));
      const subsTotal = resellerValues.reduce((s, v) => s + v, 0);
      // What the cloud gave the partner; a distributor's VOUCHER quota also funds its resellers' sub-quotas.
      const voucher = quota(
        p,
        CouponKind.VOUCHER,
        QuotaStatus.NORMAL,
        m(-11),
        m(13),
        budget(own, 0.9) + roundUp(subsTotal * 1.6, 1_000_000),
        50,
      );
      const cash = quota(
        p,
        CouponKind.CASH,
        QuotaStatus.NORMAL,
        m(-8),
        m(4) + 15 * DAY,
        budget(own, 0.5) + roundUp(subsTotal * 0.5, 1_000_000),
        25,
        {
          cloudServiceTypes: ['hws.service.type.ec2', 'hws.service.type.ebs'],
        },
      );
      const invalid = quota(
        p,
        CouponKind.VOUCHER,
        QuotaStatus.INVALID,
        m(-26),
        m(-12),
        budget(own, 0.3) + roundUp(subsTotal * 0.4, 1_000_000),
        30,
      );
      if (!generated || rng.chance(0.3)) {
        quota(p, CouponKind.VOUCHER, QuotaStatus.ADJUSTING, m(-3), m(9), budget(own, 0.15), 10, {
          productIds: ecs.specs.slice(0, 2).map((s) => s.productId),
        });
      }
      if (!generated || rng.chance(0.3))
        quota(p, CouponKind.CASH, QuotaStatus.FROZEN, m(-5), m(7), budget(own, 0.1), 10);
      if (p.key === 'dist' || (generated && rng.chance(0.3))) {
        quota(p, CouponKind.VOUCHER, QuotaStatus.NORMAL, m(-6), m(6), roundUp(3_000_000 + own * 2_000, 1_000_000), 40, {
          designated: [],
          designatedMax: 6,
        });
      }
      if (p.identity === PartnerIdentity.SOLUTION_PROVIDER && (p.key === 'sp' || rng.chance(0.2))) {
        quota(p, CouponKind.PICKUP, QuotaStatus.NORMAL, m(-4), m(8), budget(own, 0.2), 10);
      }
      // Sub-quotas for the resellers.
      p.resellers.forEach((r, i) => {
        const value = resellerValues[i];
        sub(voucher, r, QuotaStatus.NORMAL, value, 15, 15);
        if (r.key === 'reseller1' || (r.key !== 'reseller2' && !r.key && rng.chance(0.5)))
          sub(cash, r, QuotaStatus.NORMAL, roundUp(value * 0.4, 100_000), 10, 5);
        if (r.key === 'reseller1' || (!r.key && rng.chance(0.3)))
          sub(voucher, r, QuotaStatus.RECLAIMED, roundUp(value * 0.3, 100_000), 20, 30);
        if (r.key === 'reseller2' || (!r.key && rng.chance(0.3)))
          sub(invalid, r, QuotaStatus.INVALID, roundUp(value * 0.3, 100_000), 30, 10);
      });
    }
    for (const p of this.partners) {
      for (const q of p.quotas) {
        if (q.available < 0) throw new Error(`seed: quota ${q.quotaId} over-carved`);
        this.push('couponQuota', this.quotaRow(q));
      }
    }
  }

  private quotaRow(q: QuotaPlan): Row {
    return {
      id: q.id,
      partner: q.partnerId,
      quotaId: q.quotaId,
      kind: q.kind,
      quotaValue: q.quotaValue,
      balance: q.available,
      status: q.status,
      effectiveTime: q.effective,
      expireTime: q.expire,
      cloudServiceTypes: q.cloudServiceTypes,
      productIds: q.productIds,
      designatedCustomerIds: q.designated ?? [],
      parentQuota: q.parent?.id ?? null,
      createdAt: q.createdAt,
      version: 1,
    };
  }

  // ── Phase A: customers and everything that hangs off them ────────────────────────────────────

  async generateCustomers(): Promise<void> {
    const generator = new CustomerGenerator(this);
    const total = this.partners.reduce((s, p) => s + p.customers, 0);
    let done = 0;
    this.progress(0, total, 'customers');
    for (const p of this.partners) {
      const rng = Rng.derive(this.seed, `customers:${p.id}`);
      const showcase = p.key ? DEMO_CUSTOMERS.filter((c) => c.partnerKey === p.key) : [];
      const traits = (p.key && FORCED_TRAITS[p.key]) || [];
      for (let i = 0; i < p.customers; i++) {
        generator.generate(p, rng, showcase[i], i >= showcase.length ? traits[i - showcase.length] : undefined);
        done++;
        if (done % 25 === 0) await this.maybeFlush();
        if (done % 500 === 0) this.progress(done, total, 'customers');
      }
    }
    this.freeCloudAccounts();
    this.customerInvitations.push(this.partners);
    this.incentives.push(this.partners);
    this.cloudStore.push(this.partners);
    this.paymentAgreements.push(this.partners);
    this.finance.push(this.partners);
    pushSelfService(this);
    pushCompanyInfo(this, this.partners);
    if (this.resaleDemoAccount !== null)
      for (const row of customerNotifications(this.resaleDemoAccount, this.ref))
        this.push('notification', { id: this.nextId('notification'), ...row });
    await this.flush();
    this.progress(total, total, 'customers');
  }

  /** Cloud accounts no partner has associated: the fixed demo ones and some generated ones. */
  private freeCloudAccounts(): void {
    const rng = Rng.derive(this.seed, 'cloud-accounts');
    for (const a of DEMO_CLOUD_ACCOUNTS) {
      this.push('cloudAccount', {
        id: this.nextId('cloudAccount'),
        accountName: a.accountName,
        email: a.email,
        mobile: a.mobile,
        international: !!a.international,
        isPartner: !!a.isPartner,
        reportedByCloud: !!a.reportedByCloud,
        governmentSubsidy: !!a.governmentSubsidy,
        createdAt: this.ref - rng.int(30, 900) * DAY,
      });
    }
    const extra = this.scale === 'large' ? 5_000 : 40;
    for (let i = 0; i < extra; i++) {
      const id = this.nextId('cloudAccount');
      const [, city] = rng.pick(CITIES);
      const [, brand] = rng.pick(BRANDS);
      const flag = rng.weighted([
        ['none', 80],
        ['international', 5],
        ['isPartner', 5],
        ['reportedByCloud', 5],
        ['governmentSubsidy', 5],
      ] as const);
      this.push('cloudAccount', {
        id,
        accountName: `${city}-${brand}-new${id}`,
        email: `it@${city}${brand}${id}.example.cn`,
        mobile: `0086-137${String(id).padStart(8, '0')}`,
        international: flag === 'international',
        isPartner: flag === 'isPartner',
        reportedByCloud: flag === 'reportedByCloud',
        governmentSubsidy: flag === 'governmentSubsidy',
        createdAt: this.ref - rng.int(1, 900) * DAY,
      });
    }
    // One mobile at the registration cap (no random draw: the rest of the seed stays the same).
    for (let i = 1; i <= MOBILE_REGISTRATION_CAP; i++) {
      this.push('cloudAccount', {
        id: this.nextId('cloudAccount'),
        accountName: `family-phone-${i}`,
        email: `family${i}@family-phone.example.cn`,
        mobile: DEMO_CAPPED_MOBILE,
        international: false,
        isPartner: false,
        reportedByCloud: false,
        governmentSubsidy: false,
        createdAt: this.ref - (400 - i * 30) * DAY,
      });
    }
  }

  // ── Phase B: partner ledgers (resellers first: their top-ups are their distributor's outflows) ─

  async resolveLedgers(): Promise<void> {
    const order = [
      ...this.partners.filter((p) => p.identity === PartnerIdentity.CLOUD_RESELLER),
      ...this.partners.filter((p) => p.identity !== PartnerIdentity.CLOUD_RESELLER),
    ];
    let done = 0;
    for (const p of order) {
      this.resolveLedger(p);
      this.progress(++done, order.length, 'ledgers');
      await this.maybeFlush();
    }
    await this.flush();
  }

  private resolveLedger(p: PartnerPlan): void {
    const rng = Rng.derive(this.seed, `ledger:${p.id}`);
    const ref = this.ref;
    const events = p.events.slice().sort((a, b) => a.t - b.t || a.seq - b.seq);
    const size = Math.max(20, p.customers);
    const cushion = () => roundUp(rng.exp(size * 3_000 * (this.scale === 'large' ? 3 : 8)) + 1_000_000, 1_000_000);
    let balance = 0;
    let last = p.createdAt;
    const write = (t: number, amount: number, tradeType: TradeType, tradeId: string) => {
      balance += amount;
      last = Math.max(last, t);
      this.push('accountChangeRecord', {
        id: this.nextId('accountChangeRecord'),
        partner: p.id,
        ownerType: LedgerOwner.PARTNER,
        customer: null,
        accountType: PartnerAccountType.CASH,
        tradeType,
        amount,
        balanceAfter: balance,
        tradeId,
        tradeTime: t,
      });
    };
    const recharge = (t: number, amount: number) =>
      write(t, amount, TradeType.RECHARGE, `RC${yymmdd(t)}${b36(this.nextSeq(), 8)}`);
    const fromParent = (t: number, amount: number) => {
      const parent = p.parent!;
      const id = this.nextId('adjustRecord');
      const transId = `TR${yymmdd(t)}${b36(id, 8)}`;
      this.push('adjustRecord', {
        id,
        partner: parent.id,
        customer: null,
        reseller: p.id,
        operationType: AdjustOperationType.BEADJUST,
        amount,
        transId,
        operator: parent.adminId,
        operationTime: t,
        memo: rng.chance(0.6) ? rng.pick(RESELLER_ALLOCATE_MEMOS) : null,
      });
      parent.events.push({ t, amount: -amount, type: TradeType.ALLOCATE_OUT, tradeId: transId, seq: this.nextSeq() });
      write(t, amount, TradeType.ALLOCATE_IN, transId);
    };
    const toParent = (t: number, amount: number) => {
      const parent = p.parent!;
      const id = this.nextId('adjustRecord');
      const transId = `TR${yymmdd(t)}${b36(id, 8)}`;
      this.push('adjustRecord', {
        id,
        partner: parent.id,
        customer: null,
        reseller: p.id,
        operationType: AdjustOperationType.BERETRIEVE,
        amount,
        transId,
        operator: parent.adminId,
        operationTime: t,
        memo: '回收经销商未使用余额',
      });
      parent.events.push({ t, amount, type: TradeType.RECLAIM_IN, tradeId: transId, seq: this.nextSeq() });
      write(t, -amount, TradeType.RECLAIM_OUT, transId);
    };
    const inflow = (t: number, amount: number) =>
      p.parent && rng.chance(0.85) ? fromParent(t, amount) : recharge(t, amount);

    inflow(p.createdAt + rng.int(3, 20) * DAY + rng.int(1, 6) * HOUR, cushion());
    for (const e of events) {
      if (e.amount < 0 && balance + e.amount < 0)
        inflow(
          Math.max(last, e.t - rng.int(60, 72 * 60) * MINUTE),
          roundUp(-(balance + e.amount), 100_000) + cushion(),
        );
      write(e.t, e.amount, e.type, e.tradeId);
      if (p.parent && balance > 50_000_000 && rng.chance(0.01)) toParent(e.t + HOUR, roundUp(balance * 0.2, 100_000));
    }
    // A healthy allocatable balance today, so the demo can allocate right away.
    const target = p.key === 'dist' ? 200_000_000 : p.key ? 20_000_000 : roundUp(size * 100_000, 1_000_000);
    if (balance < target)
      inflow(Math.max(last, ref - rng.int(2, 10) * DAY - officeHours(rng)), roundUp(target - balance, 1_000_000));
    p.cash = balance;
    this.resolveCredit(p);
  }

  /**
   * What the cloud granted a partner on its credit, bonus and deposit accounts (fen). Distributors and
   * solution providers draw from the organisation stream as they always did; cloud resellers (smaller
   * credit, no deposit but the odd one) from their own stream. The demo partners always have all three.
   */
  private accountGrants(p: PartnerPlan, rng: Rng): PartnerPlan['grants'] {
    let credit: number;
    let bonus: number;
    let deposit = 0;
    if (p.identity !== PartnerIdentity.CLOUD_RESELLER) {
      credit = rng.pick([0, 500_000, 1_000_000, 5_000_000]) * 100;
      bonus = rng.int(0, 200) * 100_000;
      if (p.identity === PartnerIdentity.DISTRIBUTOR) deposit = rng.pick([200_000, 500_000, 1_000_000]) * 100;
    } else {
      const own = Rng.derive(this.seed, `grants:${p.id}`);
      credit = own.pick([0, 50_000, 100_000, 200_000]) * 100;
      bonus = own.int(0, 30) * 100_000;
      deposit = own.chance(0.2) ? 50_000 * 100 : 0;
    }
    if (!p.key) return { credit, bonus, deposit };
    // Demo partners: every account funded, so each shows in the demo; but the distributor and its
    // first reseller have no credit (NO_CREDIT_DEMO_PARTNERS), so their customers' balances alone pay orders.
    const big = p.identity === PartnerIdentity.DISTRIBUTOR;
    return {
      credit: NO_CREDIT_DEMO_PARTNERS.includes(p.key) ? 0 : Math.max(credit, big ? 100_000_000 : 20_000_000),
      bonus: Math.max(bonus, big ? 3_000_000 : 800_000),
      deposit: Math.max(deposit, big ? 50_000_000 : 5_000_000),
    };
  }

  /** The credit account's ledger: the cloud's grant (enough for every order it paid), then those payments. */
  private resolveCredit(p: PartnerPlan): void {
    const spent = -p.creditEvents.reduce((s, e) => s + e.amount, 0);
    if (p.grants.credit === 0 && spent === 0) return;
    const events = p.creditEvents.slice().sort((a, b) => a.t - b.t || a.seq - b.seq);
    const grant = Math.max(p.grants.credit, roundUp(spent * 1.5, 1_000_000));
    const first = events.length ? Math.min(events[0].t - DAY, p.createdAt + 30 * DAY) : p.createdAt + 30 * DAY;
    let balance = this.grantLedger(p, PartnerAccountType.CREDIT, grant, Math.max(p.createdAt + HOUR, first));
    for (const e of events) {
      balance += e.amount;
      this.push('accountChangeRecord', {
        id: this.nextId('accountChangeRecord'),
        partner: p.id,
        ownerType: LedgerOwner.PARTNER,
        customer: null,
        accountType: PartnerAccountType.CREDIT,
        tradeType: e.type,
        amount: e.amount,
        balanceAfter: balance,
        tradeId: e.tradeId,
        tradeTime: e.t,
      });
    }
    p.credit = balance;
  }

  /** The opening RECHARGE of a credit, bonus or deposit account; answers its balance after. */
  /** The INCENTIVE_PAYOUT credits of the partner's paid incentives, after its bonus grant. */
  incentivesPaid(p: PartnerPlan): number {
    return this.incentives.payouts(p).reduce((sum, x) => sum + x.amount, 0);
  }

  private incentiveLedger(p: PartnerPlan, granted: number, payouts: { amount: number; at: number; tradeId: string }[]) {
    let balance = granted;
    for (const payout of payouts) {
      balance += payout.amount;
      this.push('accountChangeRecord', {
        id: this.nextId('accountChangeRecord'),
        partner: p.id,
        ownerType: LedgerOwner.PARTNER,
        customer: null,
        accountType: PartnerAccountType.BONUS,
        tradeType: TradeType.INCENTIVE_PAYOUT,
        amount: payout.amount,
        balanceAfter: balance,
        tradeId: payout.tradeId,
        tradeTime: payout.at,
      });
    }
  }

  private grantLedger(p: PartnerPlan, accountType: PartnerAccountType, amount: number, t: number): number {
    this.push('accountChangeRecord', {
      id: this.nextId('accountChangeRecord'),
      partner: p.id,
      ownerType: LedgerOwner.PARTNER,
      customer: null,
      accountType,
      tradeType: TradeType.RECHARGE,
      amount,
      balanceAfter: amount,
      tradeId: `RC${yymmdd(t)}${b36(this.nextSeq(), 8)}`,
      tradeTime: t,
    });
    return amount;
  }

  // ── Phase C: quota reclaims and records, final balances ─────────────────────────────────────

  /**
   * The demo distributor's latest fund movement: 月度预拨款 to yunfan-tech in the month's first minutes,
   * written after every ledger. resolveLedgers writes each partner's own rows after all customers'
   * ledgers, so without it the newest rows by id (Partner.accountChangeRecords, 收支明细, newest first)
   * would all be the partner's own, which never name a customer; an allocation writes the partner's
   * row and then the customer's, as the app does (funds/ledger.ts).
   */
  private async latestAllocation(): Promise<void> {
    const dist = this.partners.find((p) => p.key === 'dist');
    const spec = this.specs.subCustomer;
    const col = (prop: string) => `"${spec.columns.find((c) => c.prop === prop)!.field}"`;
    const [customer] = dist
      ? await this.writer.all<{ id: number; balance: number | string }>(
          `select ${col('id')} id, ${col('balance')} balance from "${spec.table}" where ${col('accountName')} = ? and ${col('partner')} = ?`,
          [DEMO_CUSTOMER_LOGINS.resale, dist.id],
        )
      : [];
    if (!dist || !customer) return;
    const amount = 50_000;
    const t = this.ref + 2 * MINUTE;
    const id = this.nextId('adjustRecord');
    const transId = `TR${yymmdd(t)}${b36(id, 8)}`;
    const operator = this.memberId('dist-admin');
    this.push('adjustRecord', {
      id,
      partner: dist.id,
      customer: customer.id,
      reseller: null,
      operationType: AdjustOperationType.BEADJUST,
      amount,
      transId,
      operator,
      operationTime: t,
      memo: '月度预拨款',
    });
    dist.cash -= amount;
    const balance = Number(customer.balance) + amount;
    const side = (owner: LedgerOwner, tradeType: TradeType, change: number, after: number) =>
      this.push('accountChangeRecord', {
        id: this.nextId('accountChangeRecord'),
        partner: dist.id,
        ownerType: owner,
        customer: owner === LedgerOwner.CUSTOMER ? customer.id : null,
        accountType: PartnerAccountType.CASH,
        tradeType,
        amount: change,
        balanceAfter: after,
        tradeId: transId,
        tradeTime: t,
      });
    side(LedgerOwner.PARTNER, TradeType.ALLOCATE_OUT, -amount, dist.cash);
    side(LedgerOwner.CUSTOMER, TradeType.ALLOCATE_IN, amount, balance);
    await this.flush();
    await this.writer.begin();
    await this.writer.run(`update "${spec.table}" set ${col('balance')} = ? where ${col('id')} = ?`, [
      balance,
      customer.id,
    ]);
    await this.writer.commit();
  }

  async finish(): Promise<void> {
    await this.latestAllocation();
    const rng = Rng.derive(this.seed, 'finish');
    const quotas = this.partners.flatMap((p) => p.quotas);
    for (const q of quotas) {
      if (!q.parent) continue;
      const parentPartner = this.partners.find((p) => p.id === q.parent!.partnerId)!;
      const operator = parentPartner.adminId;
      this.push('quotaRecord', {
        id: this.nextId('quotaRecord'),
        partner: parentPartner.id,
        quota: q.id,
        parentQuota: q.parent.id,
        operationType: QuotaOperationType.ISSUE,
        amount: q.quotaValue,
        operator,
        reseller: q.partnerId,
        time: q.createdAt,
        result: OperationResult.SUCCESS,
        remark: rng.chance(0.7) ? rng.pick(QUOTA_REMARKS) : null,
      });
      if (q.status === QuotaStatus.RECLAIMED) {
        const amount = q.available;
        q.parent.available += amount;
        q.available = 0;
        this.push('quotaRecord', {
          id: this.nextId('quotaRecord'),
          partner: parentPartner.id,
          quota: q.id,
          parentQuota: q.parent.id,
          operationType: QuotaOperationType.RECLAIM,
          amount,
          operator,
          reseller: q.partnerId,
          time: q.reclaimAt!,
          result: OperationResult.SUCCESS,
          remark: '回收未使用额度',
        });
      }
    }
    // A refused top-up: more than the parent quota holds.
    const r1 = this.partners.find((p) => p.key === 'reseller1');
    const r1Sub = r1?.quotas.find((q) => q.parent && q.status === QuotaStatus.NORMAL && q.kind === CouponKind.VOUCHER);
    if (r1 && r1Sub) {
      this.push('quotaRecord', {
        id: this.nextId('quotaRecord'),
        partner: r1.parent!.id,
        quota: r1Sub.id,
        parentQuota: r1Sub.parent!.id,
        operationType: QuotaOperationType.ISSUE,
        amount: r1Sub.parent!.quotaValue,
        operator: r1.parent!.adminId,
        reseller: r1.id,
        time: this.ref - 20 * DAY + officeHours(rng),
        result: OperationResult.FAILED,
        remark: '额度不足，下发失败',
      });
    }
    await this.flush();

    const quotaSpec = this.specs.couponQuota;
    const col = (prop: string) => `"${quotaSpec.columns.find((c) => c.prop === prop)!.field}"`;
    const accountSpec = this.specs.partnerAccount;
    const acol = (prop: string) => `"${accountSpec.columns.find((c) => c.prop === prop)!.field}"`;
    await this.writer.begin();
    for (const q of quotas) {
      await this.writer.run(
        `update "${quotaSpec.table}" set ${col('balance')} = ?, ${col('designatedCustomerIds')} = ? where ${col('id')} = ?`,
        [q.available, JSON.stringify(q.designated ?? []), q.id],
      );
    }
    for (const p of this.partners) {
      const designated =
        p.key === 'dist'
          ? roundUp(p.cash * 0.05, 100_000)
          : !p.key && rng.chance(0.2)
            ? roundUp(p.cash * 0.1, 100_000)
            : 0;
      await this.writer.run(
        `update "${accountSpec.table}" set ${acol('amount')} = ?, ${acol('designatedAmount')} = ? where ${acol('partner')} = ? and ${acol('accountType')} = ?`,
        [p.cash, Math.min(designated, p.cash), p.id, PartnerAccountType.CASH],
      );
      await this.writer.run(
        `update "${accountSpec.table}" set ${acol('amount')} = ? where ${acol('partner')} = ? and ${acol('accountType')} = ?`,
        [p.credit, p.id, PartnerAccountType.CREDIT],
      );
    }
    await this.writer.commit();

    if (this.writer.dialect === 'postgresql') {
      for (const table of TABLE_ORDER) {
        const t = this.specs[table].table;
        await this.writer.run(
          `select setval(pg_get_serial_sequence('"${t}"', 'id'), greatest((select max(id) from "${t}"), 1))`,
        );
      }
    }
  }
}

/**
 * SQLite settings for the duration of the seed: no fsync (a failed seed is re-run with --reset
 * anyway), a larger page cache, and at the large scale no foreign-key lookups per row (the small
 * scale, which every test seeds, keeps them on and so checks the generator's references).
 */
async function tuneSqlite(writer: BulkWriter, scale: SeedScale): Promise<() => Promise<void>> {
  if (writer.dialect !== 'sqlite') return async () => undefined;
  const [{ synchronous }] = await writer.all<{ synchronous: number }>('pragma synchronous');
  const [{ cache_size: cacheSize }] = await writer.all<{ cache_size: number }>('pragma cache_size');
  const [{ foreign_keys: foreignKeys }] = await writer.all<{ foreign_keys: number }>('pragma foreign_keys');
  await writer.run('pragma synchronous = off');
  await writer.run(`pragma cache_size = ${scale === 'large' ? -1_000_000 : -64_000}`);
  await writer.run('pragma temp_store = memory');
  if (scale === 'large') await writer.run('pragma foreign_keys = off');
  return async () => {
    await writer.run(`pragma synchronous = ${Number(synchronous)}`);
    await writer.run(`pragma cache_size = ${Number(cacheSize)}`);
    await writer.run(`pragma foreign_keys = ${Number(foreignKeys)}`);
  };
}

/**
 * At the large scale on SQLite the secondary indexes of the seeded tables are dropped while the
 * rows go in and built again at the end: one sort per index instead of millions of B-tree
 * insertions (measured ~20 % less CPU in total). Returns the function that rebuilds them.
 */
async function suspendIndexes(
  writer: BulkWriter,
  specs: Specs,
  scale: SeedScale,
): Promise<(onStart?: () => void) => Promise<void>> {
  if (writer.dialect !== 'sqlite' || scale !== 'large') return async () => undefined;
  const tables = new Set(TABLE_ORDER.map((t) => specs[t].table));
  const all = await writer.all<{ name: string; tbl_name: string; sql: string | null }>(
    "select name, tbl_name, sql from sqlite_master where type = 'index'",
  );
  const indexes = all.filter((i) => i.sql && tables.has(i.tbl_name));
  for (const i of indexes) await writer.run(`drop index "${i.name.replace(/"/g, '""')}"`);
  return async (onStart) => {
    onStart?.();
    for (const i of indexes) await writer.run(i.sql!);
  };
}

/** Seeds an empty, migrated database. Throws when it already holds partners. */
export async function seedDatabase(orm: MikroORM, options: SeedOptions): Promise<SeedSummary> {
  const scale = options.scale;
  if (!SCALES[scale]) throw new Error(`seed: unknown scale "${String(scale)}" (small or large)`);
  const existing = await orm.em
    .fork()
    .getConnection()
    .execute<{ n: number | string }[]>('select count(*) as n from partner');
  if (Number(existing[0]?.n ?? 0) > 0)
    throw new Error('seed: the database already holds partners; seed an empty database (the CLI has --reset)');

  const specs = buildSpecs(orm);
  // Hash the demo password before the connection is taken: scrypt runs on the thread pool meanwhile.
  await demoHash();
  const writer = await openWriter(orm);
  let restore: (() => Promise<void>) | null = null;
  let rebuildIndexes: ((onStart?: () => void) => Promise<void>) | null = null;
  let counts: Map<string, number>;
  try {
    restore = await tuneSqlite(writer, scale);
    rebuildIndexes = await suspendIndexes(writer, specs, scale);
    const seeder = new Seeder(
      writer,
      specs,
      options.seed ?? DEFAULT_SEED,
      scale,
      options.now ?? new Date(),
      options.onProgress,
    );
    seeder.progress(0, 1, 'organisation');
    seeder.planPartners();
    seeder.planMembers();
    await seeder.writeOrganisation();
    seeder.planQuotas();
    for (const row of priceCatalogueRows())
      seeder.push('priceCatalogue', { id: seeder.nextId('priceCatalogue'), ...row });
    await seeder.flush();
    seeder.progress(1, 1, 'organisation');
    await seeder.generateCustomers();
    await seeder.resolveLedgers();
    seeder.progress(0, 1, 'finishing');
    await seeder.finish();
    seeder.progress(1, 1, 'finishing');
    counts = writer.counts;
    const rebuild = rebuildIndexes;
    rebuildIndexes = null;
    let rebuilding = false;
    await rebuild(() => {
      rebuilding = true;
      seeder.progress(0, 1, 'indexes');
    });
    if (rebuilding) seeder.progress(1, 1, 'indexes');
  } finally {
    // After a failure too: the schema keeps its indexes even if the rows are half written.
    if (rebuildIndexes) await rebuildIndexes().catch(() => undefined);
    if (restore) await restore().catch(() => undefined);
    await writer.release();
  }
  // 业绩 roll-ups (partner_performance_month) from the raw rows just written: every seeded month.
  await seedMarketing(orm.em.fork(), options.now ?? new Date());
  await rebuildPerformanceRollups(orm.em.fork());
  await seedLeads(orm.em.fork(), options.now ?? new Date(), SCALES[options.scale].listPageRows);
  await seedPrograms(orm.em.fork(), options.now ?? new Date());
  await seedShowcase(orm.em.fork(), referenceDate(options.now));
  // 运营看板 roll-ups last: every seeder above has written its customers and consumption.
  await rebuildDashboardRollups(orm.em.fork());
  if (options.check !== false) {
    options.onProgress?.(0, 1, 'checking');
    const violations = await checkInvariants(orm, options.now ?? new Date());
    options.onProgress?.(1, 1, 'checking');
    if (violations.length) {
      throw new Error(`seed: ${violations.length} invariant violation(s):\n  ${violations.slice(0, 20).join('\n  ')}`);
    }
  }
  // Counted once every seeder has run: some write after the bulk writer (exclusive-offer orders, leads, programs).
  const summary: SeedSummary = {};
  const connection = orm.em.getConnection();
  for (const table of TABLE_ORDER) {
    const name = specs[table].table;
    const [row] = await connection.execute<{ n: number | string }[]>(`select count(*) as n from ${name}`);
    summary[name] = Number(row?.n ?? counts.get(name) ?? 0);
  }
  return summary;
}
