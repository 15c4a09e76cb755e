/**
 * Incentives (激励, seeds 002/004): records of the demo partners in every payout stage, each with
 * the transitions that led there (the partner's admin applies and invoices, ops-admin co-signs,
 * ops-finance handles payment orders and pays), and the cloud accounts' enterprise real-name data
 * the PCE incentive reads. The demo distributor has one record per stage over four reconciliation
 * periods and three PCE records: one eligible (its enterprise's first real-name account, no cash
 * paid), one not a new cloud customer (a later account of the same enterprise), and one on a seeded
 * customer's account (the cash its enterprise paid decides). Other partners get a few records.
 * Paid records are on the bonus account's ledger (INCENTIVE_PAYOUT), written with the accounts in
 * phase 0 (payouts()), so the ledger invariants hold. Everything derives from the seed.
 */
import { IncentiveAction, IncentiveStage, IncentiveType } from '../src/modules/incentive/incentive.enums';
import { TRANSITIONS } from '../src/modules/incentive/incentive.stages';
import type { Row } from './bulk';
import type { Sink } from './customers';
import { DEMO_OPERATORS, demoPartner } from './demo-data';
import { addMonths, b36, DAY, HOUR, monthStart, type PartnerPlan, type TableKey } from './model';
import { Rng } from './random';

/** The actions that lead from 待提交申请 to each stage (the stage table's canonical path). */
const PATHS: Record<IncentiveStage, readonly IncentiveAction[]> = (() => {
  const A = IncentiveAction;
  const cosigned = [A.APPLY, A.START_COSIGN, A.APPROVE_COSIGN];
  const ordered = [...cosigned, A.CREATE_PAYMENT_ORDER];
  return {
    PENDING_APPLICATION: [],
    APPLYING: [A.APPLY],
    COSIGNING: [A.APPLY, A.START_COSIGN],
    COSIGN_REJECTED: [A.APPLY, A.START_COSIGN, A.REJECT_COSIGN],
    CLOSED: [A.APPLY, A.START_COSIGN, A.REJECT_COSIGN, A.CLOSE],
    AWAITING_PAYMENT_ORDER: cosigned,
    PAYMENT_ORDER_FAILED: [...cosigned, A.FAIL_PAYMENT_ORDER],
    INVOICE_REVIEW: ordered,
    AWAITING_PARTNER_INVOICE: [...ordered, A.SIGN_INVOICE],
    AWAITING_PAYMENT: [...ordered, A.SIGN_INVOICE, A.INVOICE],
    PAID: [...ordered, A.SIGN_INVOICE, A.INVOICE, A.PAY],
  };
})();

/** Paths with a detour: rejected then reopened, a payment order failed then retried. */
const DETOURS: Partial<Record<IncentiveStage, readonly IncentiveAction[]>> = (() => {
  const A = IncentiveAction;
  return {
    COSIGNING: [A.APPLY, A.START_COSIGN, A.REJECT_COSIGN, A.REOPEN, A.START_COSIGN],
    INVOICE_REVIEW: [
      A.APPLY,
      A.START_COSIGN,
      A.APPROVE_COSIGN,
      A.FAIL_PAYMENT_ORDER,
      A.RETRY_PAYMENT_ORDER,
      A.CREATE_PAYMENT_ORDER,
    ],
  };
})();

const REASONS: Partial<Record<IncentiveAction, string>> = {
  REJECT_COSIGN: '激励核算金额与对账单不一致,请等待运营人员重新核算。',
  CLOSE: '该期次激励已在线下结算,申请关闭。',
  FAIL_PAYMENT_ORDER: '伙伴收款银行账户信息缺失,申付单创建失败。',
};

interface PlannedRecord {
  id: number;
  type: IncentiveType;
  stage: IncentiveStage;
  /** Months before the reference month (≥ 2: every transition is in the past). */
  monthsBack: number;
  amount: number;
  /** Took the stage's detour (DETOURS) rather than its canonical path. */
  detour?: boolean;
  /** PCE only: which opportunity account (see pceAccounts). */
  pce?: 'first' | 'later' | 'customer';
}

const STAGE_LIST = Object.values(IncentiveStage);
/**
 * The demo distributor's first records waiting for an application and for its invoice are from 7
 * months back, before its seeded cloud-store orders (seeds/finance-cloud-store.ts: the last ~5
 * months): invoicing them needs no cloud-store invoice first. Its later one (2 months back) does.
 */
const BEFORE_CLOUD_STORE: readonly IncentiveStage[] = [
  IncentiveStage.PENDING_APPLICATION,
  IncentiveStage.AWAITING_PARTNER_INVOICE,
];
const TYPES = Object.values(IncentiveType);
const operatorId = (login: string) => DEMO_OPERATORS.findIndex((o) => o.loginName === login) + 1;

export class IncentiveSeeder {
  /** 设置自动申请发放激励: the second distributor turned it on (its applications are the system's). */
  static autoApplies(p: Pick<PartnerPlan, 'key'>): boolean {
    return p.key === 'other-dist';
  }

  private readonly plans = new Map<number, PlannedRecord[]>();
  private readonly distId = demoPartner('dist').id;
  /** The demo distributor's first customer's cloud account (PCE on a customer with orders). */
  private distCustomerAccount: string | null = null;
  private readonly accountIds = new Map<string, number>();

  constructor(
    private readonly sink: Sink,
    private readonly seed: number,
  ) {}

  /** Enterprise real-name data on every cloud account as it is pushed; remembers what PCE needs. */
  observe(table: TableKey, row: Row): void {
    if (table === 'cloudAccount') {
      const id = Number(row.id);
      const rng = Rng.derive(this.seed, `realname:${id}`);
      this.accountIds.set(String(row.accountName), id);
      if (row.realNameEnterprise === undefined && rng.chance(0.8)) {
        // Three accounts in a row share an enterprise; each passed verification on its own day.
        row.realNameEnterprise = `实名企业${b36(Math.floor((id - 1) / 3), 4)}`;
        row.realNameVerifiedAt = Number(row.createdAt) + rng.int(0, 30) * DAY + rng.int(0, 23) * HOUR;
      }
    }
    if (table === 'subCustomer' && row.partner === this.distId && this.distCustomerAccount == null)
      this.distCustomerAccount = String(row.accountName);
  }

  /** The planned records of a partner (made once, the same for payouts() and push()). */
  private plan(p: PartnerPlan): PlannedRecord[] {
    const known = this.plans.get(p.id);
    if (known) return known;
    const rng = Rng.derive(this.seed, `incentives:${p.id}`);
    const stages: IncentiveStage[] = [];
    if (p.id === this.distId) stages.push(...STAGE_LIST);
    else if (IncentiveSeeder.autoApplies(p)) stages.push(IncentiveStage.APPLYING, IncentiveStage.INVOICE_REVIEW);
    else if (p.key) for (let i = rng.int(2, 3); i > 0; i--) stages.push(rng.pick(STAGE_LIST));
    else if (rng.chance(0.3)) for (let i = rng.int(1, 4); i > 0; i--) stages.push(rng.pick(STAGE_LIST));
    const records: PlannedRecord[] = stages.map((stage, i) => ({
      id: 0,
      type: rng.pick(TYPES.filter((t) => t !== IncentiveType.PCE_OPPORTUNITY)),
      stage,
      monthsBack: p.id === this.distId && BEFORE_CLOUD_STORE.includes(stage) ? 7 : 2 + (i % 4),
      amount: rng.int(1_000, 80_000) * 100,
    }));
    if (p.id === this.distId) {
      // One more waiting for the partner's invoice in a recent period, whose cloud-store bills are open.
      records.push({
        id: 0,
        type: IncentiveType.MARKETING_TASK,
        stage: IncentiveStage.AWAITING_PARTNER_INVOICE,
        monthsBack: 2,
        amount: rng.int(1_000, 80_000) * 100,
      });
      for (const stage of [IncentiveStage.COSIGNING, IncentiveStage.INVOICE_REVIEW])
        records.push({
          id: 0,
          type: IncentiveType.SALES_REBATE,
          stage,
          monthsBack: 3,
          amount: 12_345_600,
          detour: true,
        });
      const pce = (pceAccount: 'first' | 'later' | 'customer', stage: IncentiveStage): PlannedRecord => ({
        id: 0,
        type: IncentiveType.PCE_OPPORTUNITY,
        stage,
        monthsBack: 2,
        amount: rng.int(5_000, 20_000) * 100,
        pce: pceAccount,
      });
      records.push(
        pce('first', IncentiveStage.PENDING_APPLICATION),
        pce('later', IncentiveStage.COSIGNING),
        pce('customer', IncentiveStage.APPLYING),
      );
      records.push(...this.listPageRecords(this.sink.cfg.listPageRows));
    }
    this.plans.set(p.id, records);
    return records;
  }

  /**
   * Older records for a full list page (large scale, bench/operations): stages that neither pay
   * (no ledger row) nor wait for an invoice, in periods before the cloud-store orders.
   */
  private listPageRecords(count: number): PlannedRecord[] {
    const rng = Rng.derive(this.seed, 'incentives:list-page');
    const stages = [
      IncentiveStage.PENDING_APPLICATION,
      IncentiveStage.APPLYING,
      IncentiveStage.COSIGNING,
      IncentiveStage.COSIGN_REJECTED,
      IncentiveStage.CLOSED,
    ];
    return Array.from({ length: count }, (_, i) => ({
      id: 0,
      type: rng.pick(TYPES.filter((t) => t !== IncentiveType.PCE_OPPORTUNITY)),
      stage: stages[i % stages.length],
      monthsBack: 8 + (i % 12),
      amount: rng.int(1_000, 80_000) * 100,
    }));
  }

  private pathOf(r: PlannedRecord): readonly IncentiveAction[] {
    return (r.detour ? DETOURS[r.stage] : undefined) ?? PATHS[r.stage];
  }

  /** When the record was settled (待提交申请) and when its n-th transition happened. */
  private timeOf(r: PlannedRecord, step: number): number {
    const settled = addMonths(monthStart(this.sink.ref), -(r.monthsBack - 1)) + 3 * DAY + 10 * HOUR;
    return settled + step * 2 * DAY;
  }

  /** Bonus-account credits of the partner's PAID records, oldest first (phase 0 books them). */
  payouts(p: PartnerPlan): { amount: number; at: number; tradeId: string }[] {
    return this.plan(p)
      .map((r, index) => ({ r, index }))
      .filter(({ r }) => r.stage === IncentiveStage.PAID)
      .map(({ r, index }) => ({
        amount: r.amount,
        at: this.timeOf(r, this.pathOf(r).length),
        tradeId: `incentive:${p.id}:${index}`,
      }))
      .sort((a, b) => a.at - b.at);
  }

  /** Pushes every partner's records and transitions (after the customers: PCE needs their accounts). */
  push(partners: readonly PartnerPlan[]): void {
    const pceAccounts = this.pceAccounts();
    for (const p of partners) {
      for (const r of this.plan(p)) this.pushRecord(p, r, r.pce ? pceAccounts[r.pce] : null);
    }
  }

  /** Two fresh accounts of one enterprise (the first verified earlier) and the distributor's customer's. */
  private pceAccounts(): Record<'first' | 'later' | 'customer', number | null> {
    const created = addMonths(monthStart(this.sink.ref), -12);
    const account = (name: string, verifiedDays: number) => {
      const id = this.sink.nextId('cloudAccount');
      this.sink.push('cloudAccount', {
        id,
        accountName: `${name}-${this.seed}`,
        email: null,
        mobile: null,
        international: false,
        isPartner: false,
        reportedByCloud: false,
        governmentSubsidy: false,
        createdAt: created,
        realNameEnterprise: `PCE演示企业${this.seed}`,
        realNameVerifiedAt: created + verifiedDays * DAY,
      });
      return id;
    };
    return {
      first: account('pce-newco', 1),
      later: account('pce-newco-branch', 40),
      customer: this.distCustomerAccount ? (this.accountIds.get(this.distCustomerAccount) ?? null) : null,
    };
  }

  private pushRecord(p: PartnerPlan, r: PlannedRecord, opportunityAccount: number | null): void {
    const id = this.sink.nextId('incentiveRecord');
    const path = this.pathOf(r);
    const at = (step: number) => this.timeOf(r, step);
    const stamp = (action: IncentiveAction) => {
      const i = path.indexOf(action);
      return i < 0 ? null : at(i + 1);
    };
    const reasons = path.map((a) => REASONS[a]).filter((x) => x != null);
    const settledAt = at(0);
    this.sink.push('incentiveRecord', {
      id,
      partner: p.id,
      incentiveType: r.type,
      period: new Date(addMonths(monthStart(this.sink.ref), -r.monthsBack)).toISOString().slice(0, 7).replace('-', ''),
      amount: r.amount,
      stage: r.stage,
      rejectionReason: reasons.at(-1) ?? null,
      opportunityAccount: r.type === IncentiveType.PCE_OPPORTUNITY ? opportunityAccount : null,
      opportunityVerifiedAt: r.type === IncentiveType.PCE_OPPORTUNITY ? settledAt - 20 * DAY : null,
      invoiceNumber: stamp(IncentiveAction.INVOICE) == null ? null : `INV${p.id}${b36(id, 6)}`.toUpperCase(),
      createdAt: settledAt,
      appliedAt: stamp(IncentiveAction.APPLY),
      invoicedAt: stamp(IncentiveAction.INVOICE),
      paidAt: stamp(IncentiveAction.PAY),
      stageChangedAt: at(path.length),
      version: path.length + 1,
    });
    path.forEach((action, i) => {
      const t = TRANSITIONS.find((x) => x.action === action);
      if (!t) throw new Error(`seed: no transition ${action}`);
      const bySystem = action === IncentiveAction.APPLY && IncentiveSeeder.autoApplies(p);
      const byPartner = !bySystem && (action === IncentiveAction.APPLY || action === IncentiveAction.INVOICE);
      const finance = [IncentiveAction.PAY, IncentiveAction.CREATE_PAYMENT_ORDER, IncentiveAction.FAIL_PAYMENT_ORDER];
      this.sink.push('incentiveTransition', {
        id: this.sink.nextId('incentiveTransition'),
        record: id,
        action,
        fromStage: t.from,
        toStage: t.to,
        actorKind: bySystem ? 'SYSTEM' : byPartner ? 'PARTNER' : 'OPERATOR',
        actor: bySystem
          ? 'maintenance:auto-apply-incentives'
          : byPartner
            ? `member:${p.adminId}`
            : `operator:${operatorId(finance.includes(action) ? 'ops-finance' : 'ops-admin')}`,
        reason: REASONS[action] ?? null,
        at: at(i + 1),
      });
    });
  }
}
