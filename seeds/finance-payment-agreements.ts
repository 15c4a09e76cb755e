/**
 * Payment-on-behalf agreements (代付管理, design) of the demo distributor, one in each state, on its
 * newest associated RESALE customers (the tests' fixtures take the oldest ones): an ACTIVE FULL one,
 * an ACTIVE LIMITED one with part of this month used, a PENDING_CUSTOMER one with days left to
 * answer, an EXPIRED one, one TERMINATED by the partner, one by the customer and a REJECTED one.
 * The demo customer yunfan-tech (DEMO_CUSTOMER_LOGINS.resale) has a history of ended ones only
 * (rejected, expired, terminated by itself), so it can list them and still be offered a new one.
 * Derived from the customer rows alone (no draw from any random stream), so no other row changed.
 */
import { AssociationType } from '../src/modules/customer/customer.enums';
import {
  AgreementParty,
  PaymentAgreementStatus,
  PaymentAgreementType,
} from '../src/modules/payment-agreement/payment-agreement.enums';
import { chinaMonth } from '../src/modules/payment-agreement/payment-agreement.rules';
import type { Row } from './bulk';
import type { Sink } from './customers';
import { DEMO_CUSTOMER_LOGINS, demoPartner } from './demo-data';
import { TradeType } from '../src/modules/funds/funds.enums';
import { b36, DAY, MINUTE, type PartnerPlan, type TableKey, yymmdd } from './model';

const { ACTIVE, PENDING_CUSTOMER, EXPIRED, TERMINATED, REJECTED } = PaymentAgreementStatus;

/** The seeded agreements, newest customer first: status, type, days before the seeding day it was proposed. */
const PLAN: readonly {
  status: PaymentAgreementStatus;
  type: PaymentAgreementType;
  createdDays: number;
  by?: AgreementParty;
  reason?: string;
}[] = [
  { status: ACTIVE, type: PaymentAgreementType.FULL, createdDays: 90 },
  { status: ACTIVE, type: PaymentAgreementType.LIMITED, createdDays: 40 },
  { status: PENDING_CUSTOMER, type: PaymentAgreementType.LIMITED, createdDays: 2 },
  { status: EXPIRED, type: PaymentAgreementType.FULL, createdDays: 30 },
  {
    status: TERMINATED,
    type: PaymentAgreementType.LIMITED,
    createdDays: 200,
    by: AgreementParty.PARTNER,
    reason: '合作调整',
  },
  {
    status: TERMINATED,
    type: PaymentAgreementType.FULL,
    createdDays: 150,
    by: AgreementParty.CUSTOMER,
    reason: '改为自行支付',
  },
  { status: REJECTED, type: PaymentAgreementType.LIMITED, createdDays: 20, reason: '暂不需要代付' },
];

/** yunfan-tech's ended agreements, oldest first (none ACTIVE or pending: it may be offered a new one). */
const RESALE_HISTORY: typeof PLAN = [
  { status: REJECTED, type: PaymentAgreementType.FULL, createdDays: 400, reason: '暂由财务自行支付' },
  {
    status: TERMINATED,
    type: PaymentAgreementType.LIMITED,
    createdDays: 300,
    by: AgreementParty.CUSTOMER,
    reason: '预算调整, 改为自行支付',
  },
  { status: EXPIRED, type: PaymentAgreementType.LIMITED, createdDays: 120 },
];

export class PaymentAgreementSeeder {
  private readonly distId = demoPartner('dist').id;
  private readonly candidates: number[] = [];
  private resaleDemo: number | null = null;

  constructor(private readonly sink: Sink) {}

  /** Sees every row the seeder pushes: the distributor's associated RESALE customers. */
  observe(table: TableKey, row: Row): void {
    if (table === 'subCustomer' && row.partner === this.distId && row.accountName === DEMO_CUSTOMER_LOGINS.resale)
      this.resaleDemo = Number(row.id);
    if (
      table === 'subCustomer' &&
      row.partner === this.distId &&
      Number(row.associationType) === AssociationType.RESALE &&
      row.unboundAt == null
    )
      this.candidates.push(Number(row.id));
  }

  /**
   * Pushes the agreements (after the customers). What an ACTIVE agreement has paid this month is booked
   * on the distributor's cash ledger as one PAYMENT_ON_BEHALF row per agreement (the orders it paid are
   * not seeded), so the month's use equals the ledger's payments on behalf.
   */
  push(partners: readonly PartnerPlan[]): void {
    const dist = partners.find((p) => p.id === this.distId);
    const customers = [...this.candidates].sort((a, b) => b - a);
    const today = this.sink.today;
    const history = this.resaleDemo === null ? [] : RESALE_HISTORY.map((plan) => [plan, this.resaleDemo] as const);
    for (const [plan, customer] of [...PLAN.map((plan, i) => [plan, customers[i]] as const), ...history]) {
      if (customer === undefined || customer === null) continue;
      const createdAt = today - plan.createdDays * DAY + 10 * 3600 * 1000;
      const answered = plan.status === PENDING_CUSTOMER ? null : createdAt + (plan.status === EXPIRED ? 7 : 1) * DAY;
      const limited = plan.type === PaymentAgreementType.LIMITED;
      const used = plan.status === ACTIVE && limited ? 120_000 : plan.status === ACTIVE ? 380_000 : 0;
      const id = this.sink.nextId('paymentAgreement');
      if (used > 0 && dist) {
        // The month's first minute (UTC; 08:01 in China, the same month): the agreements were accepted
        // before it, and the row depends on the month only, like the rest of the ledger.
        const t = this.sink.ref + MINUTE;
        const tradeId = `PB${yymmdd(t)}${b36(id, 8)}`;
        dist.events.push({ t, amount: -used, type: TradeType.PAYMENT_ON_BEHALF, tradeId, seq: this.sink.nextSeq() });
      }
      this.sink.push('paymentAgreement', {
        id,
        partner: this.distId,
        customer,
        agreementType: plan.type,
        status: plan.status,
        perOrderLimit: limited ? 500_000 : null,
        monthlyLimit: limited ? 2_000_000 : null,
        usedMonth: used > 0 ? chinaMonth(new Date(today)) : null,
        usedAmount: used,
        createdAt,
        createdBy: this.sink.memberId('dist-admin'),
        expiresAt: createdAt + 7 * DAY,
        answeredAt: answered,
        terminatedAt: plan.status === TERMINATED ? createdAt + 60 * DAY : null,
        terminatedBy: plan.by ?? null,
        reason: plan.reason ?? null,
        version: 1,
      });
    }
  }
}
