/**
 * Cloud-store orders (云商店订单) of the demo partners: a dozen each, in every status (PAID,
 * IN_ARREARS, REFUNDED), some curated (严选) with their list and resale prices, some under 100 元
 * (the paper-invoice courier rule), most placed by one of the partner's customers. Drawn from a
 * stream of their own per partner, so adding them changed no other seeded row; the same at every
 * seed size (only the demo partners have them).
 */
import { CloudStoreOrderStatus } from '../src/modules/cloud-store/cloud-store.enums';
import type { Row } from './bulk';
import { seedInvoices } from './finance-invoices';
import type { Sink } from './customers';
import { DAY, HOUR, type PartnerPlan, type TableKey, yymmdd } from './model';
import { Rng } from './random';

const PROVIDERS: readonly (readonly [string, readonly string[]])[] = [
  ['云联数科', ['云联ERP 标准版', '云联进销存']],
  ['北极星软件', ['北极星 CRM 专业版', '北极星客服工单']],
  ['青云智造', ['MES 制造执行系统', '设备物联平台']],
  ['华数安全', ['网站安全监测', '等保合规套餐']],
  ['易企办', ['易企办 OA', '电子签章']],
];

/** Status of the n-th order of a partner: every status at every partner, PAID the most. */
const STATUS_PLAN: readonly CloudStoreOrderStatus[] = [
  CloudStoreOrderStatus.PAID,
  CloudStoreOrderStatus.PAID,
  CloudStoreOrderStatus.IN_ARREARS,
  CloudStoreOrderStatus.PAID,
  CloudStoreOrderStatus.REFUNDED,
  CloudStoreOrderStatus.PAID,
  CloudStoreOrderStatus.PAID,
  CloudStoreOrderStatus.PAID,
  CloudStoreOrderStatus.IN_ARREARS,
  CloudStoreOrderStatus.PAID,
  CloudStoreOrderStatus.PAID,
  CloudStoreOrderStatus.REFUNDED,
];
/** Orders 1, 6 and 10 cost under 100 元 (a paper invoice on them costs the partner the courier). */
const SMALL = new Set([1, 6, 10]);
/** Curated (严选) orders: every demo partner has two. */
const CURATED = new Set([3, 9]);

/** The seeded order rows of one partner (plain rows, ready to push). */
export type CloudStoreOrderRow = Row & {
  id: number;
  partner: number;
  amount: number;
  status: CloudStoreOrderStatus;
  providerName: string;
  liveInvoiceId: number | null;
};

export class CloudStoreSeeder {
  private readonly customersOf = new Map<number, number[]>();

  constructor(
    private readonly sink: Sink,
    private readonly seed: number,
  ) {}

  /** Sees every row the seeder pushes: remembers a few customers of each partner. */
  observe(table: TableKey, row: Row): void {
    if (table !== 'subCustomer' || row.unboundAt != null) return;
    const list = this.customersOf.get(Number(row.partner)) ?? [];
    if (list.length < 8) list.push(Number(row.id));
    this.customersOf.set(Number(row.partner), list);
  }

  /** The orders of the demo partners (after the customers, whose rows they name). */
  private orders(partners: readonly PartnerPlan[]): CloudStoreOrderRow[] {
    const rows: CloudStoreOrderRow[] = [];
    for (const p of partners) {
      if (!p.key) continue;
      const rng = Rng.derive(this.seed, `cloud-store:${p.id}`);
      const customers = this.customersOf.get(p.id) ?? [];
      for (const [n, status] of STATUS_PLAN.entries()) rows.push(this.order(p, rng, customers, status, n));
      // The distributor's bill of two months back that no invoice covers: the incentive of that
      // period waiting for the partner's invoice is refused until it is invoiced (seeds/incentives.ts).
      if (p.key === 'dist')
        rows.push(this.order(p, rng, customers, CloudStoreOrderStatus.PAID, STATUS_PLAN.length, 45));
    }
    return rows;
  }

  private order(
    p: PartnerPlan,
    rng: Rng,
    customers: readonly number[],
    status: CloudStoreOrderStatus,
    n: number,
    daysBack?: number,
  ): CloudStoreOrderRow {
    const id = this.sink.nextId('cloudStoreOrder');
    const [provider, products] = rng.pick(PROVIDERS);
    const placedAt = this.sink.ref - (daysBack ?? 5 + n * 13 + rng.int(0, 9)) * DAY + rng.int(9, 17) * HOUR;
    const amount = SMALL.has(n) ? rng.int(20, 99) * 100 : rng.int(3, 600) * 1000;
    const curated = CURATED.has(n);
    return {
      id,
      partner: p.id,
      customer: customers.length > 0 && n % 3 !== 0 ? customers[n % customers.length] : null,
      orderNo: `CS${yymmdd(placedAt)}${String(id).padStart(6, '0')}`,
      providerName: provider,
      productName: rng.pick(products),
      amount,
      status,
      placedAt,
      paidAt: status === CloudStoreOrderStatus.IN_ARREARS ? null : placedAt + rng.int(1, 48) * HOUR,
      curated,
      listPrice: curated ? Math.round((amount * rng.int(75, 90)) / 100) : null,
      resalePrice: curated ? amount : null,
      liveInvoiceId: null,
    };
  }

  /** Pushes the orders and the invoices on them (finance-invoices.ts), after the customers. */
  push(partners: readonly PartnerPlan[]): void {
    const orders = this.orders(partners);
    const { invoices, items } = seedInvoices(this.sink, this.seed, partners, orders);
    for (const row of orders) this.sink.push('cloudStoreOrder', row);
    for (const row of invoices) this.sink.push('invoice', row);
    for (const row of items) this.sink.push('invoiceItem', row);
  }
}
