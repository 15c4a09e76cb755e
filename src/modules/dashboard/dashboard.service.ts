import type { Knex } from '@mikro-orm/knex';
import type { Context } from '../../context';
import { requireViewer } from '../../permissions/viewer';
import { badInput, forbidden } from '../../common/errors';
import { runStatement } from '../../common/sql-shape';
import { idOfType } from '../../common/global-id';
import { assertPartnerRelation } from '../../permissions/scopes';
import { billCycleProblem } from '../consumption/consumption.service';
import { monthKeyOfCycle } from '../performance/rollup';
import { AssociationType } from '../customer/customer.enums';
import { CouponKind } from '../coupon/coupon.enums';
import { OrderStatus } from '../order/order.enums';
import { Partner } from '../partner/partner.entity';
import type { DashboardScope } from './dashboard.types';

/**
 * 运营看板 aggregates. Each dashboard field is ONE SQL statement (topCustomers: two, rarely more) over
 * the monthly roll-ups (modules/performance/consumption-rollup.ts), never a scan of the raw rows, so
 * its cost depends on the months and the partner's managers, service types and (topCustomers,
 * consumptionByAccountManager) consuming customers, not on the number of records.
 */

export const DEFAULT_RANGE_MONTHS = 6;
export const MAX_LIST_LIMIT = 50;

function monthOf(date: Date, offset = 0): string {
  const d = new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth() + offset, 1));
  return `${d.getUTCFullYear()}-${String(d.getUTCMonth() + 1).padStart(2, '0')}`;
}

function monthStart(billCycle: string): Date {
  const [y, m] = billCycle.split('-').map(Number);
  return new Date(Date.UTC(y, m - 1, 1));
}

/** The months from..to inclusive. */
export function monthsBetween(from: string, to: string): string[] {
  const months: string[] = [];
  for (let d = monthStart(from); monthOf(d) <= to; d = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 1)))
    months.push(monthOf(d));
  return months;
}

/** Checks the range and works out whose customers count. */
export function dashboardScope(
  ctx: Context,
  partner: Partner,
  from: string | null | undefined,
  to: string | null | undefined,
  accountManagerId: string | null | undefined,
): DashboardScope {
  const viewer = requireViewer(ctx);
  const relation = assertPartnerRelation(viewer, partner.id, ['SELF', 'RESELLER'], 'dashboard');
  const now = new Date();
  const rangeTo = to ?? monthOf(now);
  const rangeFrom = from ?? monthOf(now, -(DEFAULT_RANGE_MONTHS - 1));
  for (const [value, name] of [
    [rangeFrom, 'from'],
    [rangeTo, 'to'],
  ] as const) {
    const problem = billCycleProblem(value, now);
    if (problem) throw badInput(problem, name);
  }
  if (rangeFrom > rangeTo) throw badInput('from is after to.', 'from');
  let accountManagerIds: number[] | null = null;
  if (relation === 'SELF') {
    if (viewer.customerScope !== 'ALL') accountManagerIds = viewer.accountManagerIds;
    if (accountManagerId != null) {
      const id = idOfType(accountManagerId, 'Member', 'accountManagerId');
      if (accountManagerIds && !accountManagerIds.includes(id))
        throw forbidden('That account manager is outside your scope.');
      accountManagerIds = [id];
    }
  } else if (accountManagerId != null) {
    throw forbidden("A reseller's account managers are not visible to its distributor.");
  }
  return { partnerId: partner.id, from: rangeFrom, to: rangeTo, accountManagerIds };
}

type Row = Record<string, unknown>;

export function knexOf(ctx: Context): Knex {
  return ctx.em.getKnex();
}
/**
 * Runs a dashboard statement as a fixed text with bound values, like the read path's cached shapes
 * (common/sql-shape.ts): prepared once per text on PostgreSQL and on SQLite's read connection, whose
 * statements are otherwise parsed and planned on every request (the texts vary only with the number
 * of months and managers). Inside a transaction it runs on the transaction's connection.
 */
export async function run(ctx: Context, query: Knex.QueryBuilder): Promise<Row[]> {
  const { sql, bindings } = query.toSQL();
  return runStatement(ctx.em, { sql, bindings, shaped: true });
}

/** Rows of a roll-up table in the scope: the partner, the months, the managers' customers. */
export function rollupRows(ctx: Context, scope: DashboardScope, table: string): Knex.QueryBuilder {
  const q = knexOf(ctx)
    .from(table)
    .where('partner_id', scope.partnerId)
    // The months listed (not a range): each is a point of the (partner, month, …) key, so SQLite seeks
    // them, reads a month's rows in index order (topCustomers' LIMIT), and finds candidates by key.
    .whereIn('month', monthsBetween(scope.from, scope.to).map(monthKeyOfCycle));
  // manager_id is the customer's current manager (0 = none), as the raw filter on sub_customer was.
  if (scope.accountManagerIds) q.whereIn('manager_id', scope.accountManagerIds);
  return q;
}

/** "YYYYMM" → "YYYY-MM". */
const cycleOf = (month: unknown) => `${String(month).slice(0, 4)}-${String(month).slice(4, 6)}`;

const n = (value: unknown) => Number(value ?? 0);

export async function consumptionByMonth(ctx: Context, scope: DashboardScope) {
  const rows = await run(
    ctx,
    rollupRows(ctx, scope, 'consumption_month')
      .select('month')
      .sum({ official: 'official_amount', payment: 'payment_amount', coupon: 'coupon_amount', records: 'records' })
      .groupBy('month'),
  );
  const byMonth = new Map(rows.map((r) => [cycleOf(r.month), r]));
  // Every month of the range appears, with zeros where nothing was consumed.
  return monthsBetween(scope.from, scope.to).map((billCycle) => {
    const r = byMonth.get(billCycle);
    return {
      billCycle,
      official: n(r?.official),
      payment: n(r?.payment),
      coupon: n(r?.coupon),
      records: n(r?.records),
    };
  });
}

export async function consumptionByServiceType(ctx: Context, scope: DashboardScope) {
  const rows = await run(
    ctx,
    rollupRows(ctx, scope, 'consumption_month')
      .select('service_type_code')
      .sum({ payment: 'payment_amount', records: 'records' })
      .groupBy('service_type_code')
      // Rows a customer's move left at zero are no consumption.
      .havingRaw('sum(records) > 0')
      .orderByRaw('sum(payment_amount) desc, service_type_code'),
  );
  return rows.map((r) => ({
    serviceTypeCode: String(r.service_type_code),
    payment: n(r.payment),
    records: n(r.records),
  }));
}

export async function resaleRevenue(ctx: Context, scope: DashboardScope): Promise<number> {
  const rows = await run(
    ctx,
    rollupRows(ctx, scope, 'consumption_month')
      .where('association_type', AssociationType.RESALE)
      .sum({ payment: 'payment_amount' }),
  );
  return n(rows[0]?.payment);
}

export async function newCustomersByMonth(ctx: Context, scope: DashboardScope) {
  const rows = await run(
    ctx,
    rollupRows(ctx, scope, 'customer_month').select('month').sum({ count: 'new_customers' }).groupBy('month'),
  );
  const byMonth = new Map(rows.map((r) => [cycleOf(r.month), n(r.count)]));
  return monthsBetween(scope.from, scope.to).map((month) => ({ month, count: byMonth.get(month) ?? 0 }));
}

const COUPON_KINDS = Object.values(CouponKind);

/** A coupon's kind column as the enum (the column holds only these values). */
function couponKindOf(raw: unknown): CouponKind {
  const kind = COUPON_KINDS.find((k) => k === String(raw));
  if (!kind) throw new Error(`unknown coupon kind ${JSON.stringify(raw)}`);
  return kind;
}

/**
 * Coupons ISSUED in the range (their issue month, UTC) per kind, and how many of them are now used,
 * reclaimed or expired (modules/coupon/coupon-rollup.ts): every customer from coupon_kind_month; an
 * account manager scope from coupon_month, the customers whose account manager it is NOW (joined from
 * sub_customer, as the raw rows were filtered).
 */
export async function couponUsage(ctx: Context, scope: DashboardScope) {
  const knex = knexOf(ctx);
  const q = knex
    .from(scope.accountManagerIds ? 'coupon_month' : 'coupon_kind_month')
    .where('partner_id', scope.partnerId)
    .whereIn('month', monthsBetween(scope.from, scope.to).map(monthKeyOfCycle))
    .select('kind')
    .sum({ issued: 'issued', amount: 'face_value', used: 'used', reclaimed: 'reclaimed', expired: 'expired' })
    .groupBy('kind')
    // Rows a fact left at zero are no coupons.
    .havingRaw('sum(issued) > 0')
    .orderBy('kind');
  if (scope.accountManagerIds)
    q.whereIn(
      'customer_id',
      knex.select('id').from('sub_customer').whereIn('account_manager_id', scope.accountManagerIds),
    );
  const rows = await run(ctx, q);
  return rows.map((r) => ({
    kind: couponKindOf(r.kind),
    issued: n(r.issued),
    amount: n(r.amount),
    used: n(r.used),
    reclaimed: n(r.reclaimed),
    expired: n(r.expired),
  }));
}

/**
 * Debtors first (most debt first), then customers under the threshold (lowest balance first). Two
 * LIMITed range scans of sub_customer_balance_alert_index (partner, type, debt desc, balance, id), one
 * per reason, merged: debt is never negative (seeds/invariants), so the debtors are exactly the rows
 * with debt_amount > 0 and the others have debt_amount = 0.
 */
export function balanceAlertsQuery(knex: Knex, scope: DashboardScope, threshold: number | null, limit: number) {
  const resale = () => {
    const q = knex
      .from('sub_customer')
      .select('id', 'balance', 'debt_amount')
      .where('partner_id', scope.partnerId)
      .where('association_type', AssociationType.RESALE);
    if (scope.accountManagerIds) q.whereIn('account_manager_id', scope.accountManagerIds);
    return q;
  };
  const byDebt = [
    { column: 'debt_amount', order: 'desc' },
    { column: 'balance', order: 'asc' },
    { column: 'id', order: 'asc' },
  ];
  const parts = [knex.select('*').from(resale().where('debt_amount', '>', 0).orderBy(byDebt).limit(limit).as('debt'))];
  if (threshold != null)
    parts.push(
      knex.select('*').from(
        resale()
          .where('debt_amount', 0)
          .where('balance', '<', threshold)
          // debt_amount is 0 here, so this is the debt branch's order too (one order for the merge).
          .orderBy(byDebt)
          .limit(limit)
          .as('low'),
      ),
    );
  return knex
    .select('*')
    .from(parts[0].unionAll(parts.slice(1)).as('alerts'))
    .orderBy(byDebt)
    .limit(limit);
}

export async function balanceAlerts(ctx: Context, scope: DashboardScope, threshold: number | null, limit: number) {
  const rows = await run(ctx, balanceAlertsQuery(knexOf(ctx), scope, threshold, limit));
  return rows.map((r) => ({ customerId: n(r.id), balance: n(r.balance), debt: n(r.debt_amount) }));
}

/** A LIMITed range scan of customer_order_pending_deadline_index (partner, status, deadline). */
export function expiringPendingOrdersQuery(
  knex: Knex,
  scope: DashboardScope,
  withinDays: number,
  limit: number,
  now: Date,
): Knex.QueryBuilder {
  const q = knex
    .from({ o: 'customer_order' })
    .select('o.id')
    .where('o.partner_id', scope.partnerId)
    .where('o.status', OrderStatus.PENDING_PAYMENT)
    .whereBetween('o.pending_payment_end_time', [now, new Date(now.getTime() + withinDays * 86_400_000)])
    .orderBy('o.pending_payment_end_time')
    .limit(limit);
  if (scope.accountManagerIds)
    q.whereIn(
      'o.customer_id',
      knex.select('id').from('sub_customer').whereIn('account_manager_id', scope.accountManagerIds),
    );
  return q;
}

export async function expiringPendingOrders(
  ctx: Context,
  scope: DashboardScope,
  withinDays: number,
  limit: number,
): Promise<number[]> {
  const rows = await run(ctx, expiringPendingOrdersQuery(knexOf(ctx), scope, withinDays, limit, new Date()));
  return rows.map((r) => n(r.id));
}

/**
 * Per account manager AT THE TIME of consumption (the record's own, 0 = none), with DISTINCT customers
 * over the range: consumption_manager_month keeps the customer in its key, so the distinct count is over
 * the range's rows of that manager (rows a customer's move left at zero are skipped). One statement.
 */
export async function consumptionByAccountManager(ctx: Context, scope: DashboardScope) {
  const rows = await run(
    ctx,
    rollupRows(ctx, scope, 'consumption_manager_month')
      .where('records', '>', 0)
      .select('consumption_manager_id')
      .sum({ payment: 'payment_amount' })
      .countDistinct({ customers: 'customer_id' })
      .groupBy('consumption_manager_id')
      .orderByRaw('sum(payment_amount) desc, consumption_manager_id'),
  );
  return rows.map((r) => ({
    managerId: n(r.consumption_manager_id) === 0 ? null : n(r.consumption_manager_id),
    payment: n(r.payment),
    customers: n(r.customers),
  }));
}
