import type { SqlEntityManager } from '@mikro-orm/knex';
import { lockCustomers } from '../../db/locks';
import { isSqlite, placeholders, rows } from '../../db/sql';
import { newRevisions } from './dashboard-revision';

/**
 * The 运营看板 roll-ups: monthly tables the dashboard reads instead of the raw rows, defined ONCE here
 * by the raw query each equals (the rebuild and the check in maintenance/dashboard-rollups.ts run the
 * same queries over a range of partners; the writer below runs them over a few customers).
 *
 *   table                        key (+ attribute)                                       measures
 *   consumption_month            partner, month, manager*, association type*, service type   official/payment/coupon amount, records
 *   consumption_customer_month   partner, month, customer (+ manager*)                   payment amount, records
 *   consumption_manager_month    partner, month, manager at the time, customer (+ manager*)  payment amount, records
 *   customer_month               partner*, month of associated_on*, manager*             new customers
 *
 * Starred dimensions are the customer's CURRENT values (sub_customer), which is how the dashboard
 * scopes and splits today (an account manager sees its customers' whole history; resaleRevenue is what
 * today's RESALE customers paid). "Manager at the time" is the record's own account_manager_id (0 =
 * none), which never changes: consumptionByAccountManager splits by it and counts DISTINCT customers
 * over the range, so that table keeps the customer in its key (a distinct count cannot be summed from
 * per-manager months); it is bounded by customers × months, not by records.
 * Consumption rows are written only by the importer/seeders, which rebuild; the request paths that
 * change a starred value (assignAccountManager, a member leaving, the end of an association, a switch
 * of association type, a new customer) wrap the change in `moveCustomers` in their transaction: the
 * customers' rows leave their old keys and join the new ones, computed from the customers' own raw
 * rows (bounded by their history, found by index).
 * The roll-ups written with each fact instead (coupon use, incentive stages) are defined next to their
 * writers: coupon/coupon-rollup.ts (coupon_month) and incentive/incentive-rollup.ts (incentive_month).
 */

export interface RollupTable {
  table: string;
  keys: readonly string[];
  /** Non-key columns that follow the customer (replaced on upsert, compared by the check). */
  attributes: readonly string[];
  measures: readonly string[];
  /** The column that names the partner, to rebuild a range of partners. */
  partnerColumn: string;
  /** The column that names the customer, to move a few customers. */
  customerColumn: string;
  /** The raw rows grouped as the table is, restricted by `where` (on aliases c and s). */
  raw: (sqlite: boolean, where: string) => string;
}

/** The UTC month (YYYYMM) of a datetime column, on each database. */
export function monthOfColumn(sqlite: boolean, column: string): string {
  return sqlite
    ? `cast(strftime('%Y%m', ${column} / 1000, 'unixepoch') as integer)`
    : `cast(to_char(${column} at time zone 'UTC', 'YYYYMM') as integer)`;
}

const CYCLE = "cast(replace(c.bill_cycle, '-', '') as integer)";

export const ROLLUP_TABLES: readonly RollupTable[] = [
  {
    table: 'consumption_month',
    keys: ['partner_id', 'month', 'manager_id', 'association_type', 'service_type_code'],
    attributes: [],
    measures: ['official_amount', 'payment_amount', 'coupon_amount', 'records'],
    partnerColumn: 'c.partner_id',
    customerColumn: 'c.customer_id',
    raw: (_sqlite, where) => `select c.partner_id as partner_id, ${CYCLE} as month,
        coalesce(s.account_manager_id, 0) as manager_id, s.association_type as association_type,
        c.service_type_code as service_type_code, sum(c.official_amount) as official_amount,
        sum(c.payment_amount) as payment_amount, sum(c.coupon_amount) as coupon_amount, count(*) as records
      from consumption_record c join sub_customer s on s.id = c.customer_id where ${where}
      group by c.partner_id, c.bill_cycle, s.account_manager_id, s.association_type, c.service_type_code`,
  },
  {
    table: 'consumption_customer_month',
    keys: ['partner_id', 'month', 'customer_id'],
    attributes: ['manager_id'],
    measures: ['payment_amount', 'records'],
    partnerColumn: 'c.partner_id',
    customerColumn: 'c.customer_id',
    raw: (_sqlite, where) => `select c.partner_id as partner_id, ${CYCLE} as month, c.customer_id as customer_id,
        coalesce(s.account_manager_id, 0) as manager_id, sum(c.payment_amount) as payment_amount, count(*) as records
      from consumption_record c join sub_customer s on s.id = c.customer_id where ${where}
      group by c.partner_id, c.bill_cycle, c.customer_id, s.account_manager_id`,
  },
  {
    table: 'consumption_manager_month',
    keys: ['partner_id', 'month', 'consumption_manager_id', 'customer_id'],
    attributes: ['manager_id'],
    measures: ['payment_amount', 'records'],
    partnerColumn: 'c.partner_id',
    customerColumn: 'c.customer_id',
    raw: (_sqlite, where) => `select c.partner_id as partner_id, ${CYCLE} as month,
        coalesce(c.account_manager_id, 0) as consumption_manager_id, c.customer_id as customer_id,
        coalesce(s.account_manager_id, 0) as manager_id, sum(c.payment_amount) as payment_amount, count(*) as records
      from consumption_record c join sub_customer s on s.id = c.customer_id where ${where}
      group by c.partner_id, c.bill_cycle, c.account_manager_id, c.customer_id, s.account_manager_id`,
  },
  {
    table: 'customer_month',
    keys: ['partner_id', 'month', 'manager_id'],
    attributes: [],
    measures: ['new_customers'],
    partnerColumn: 's.partner_id',
    customerColumn: 's.id',
    raw: (sqlite, where) => `select s.partner_id as partner_id, ${monthOfColumn(sqlite, 's.associated_on')} as month,
        coalesce(s.account_manager_id, 0) as manager_id, count(*) as new_customers
      from sub_customer s where ${where}
      group by s.partner_id, ${monthOfColumn(sqlite, 's.associated_on')}, s.account_manager_id`,
  },
];

/** Every column of a roll-up table, in insert order. */
export const columnsOf = (t: RollupTable): string[] => [...t.keys, ...t.attributes, ...t.measures];

/** Adds `sign` × the raw rows of `customerIds` to `t` (one upsert); answers the partners of the rows written. */
async function addCustomers(
  tx: SqlEntityManager,
  t: RollupTable,
  customerIds: number[],
  sign: 1 | -1,
): Promise<number[]> {
  const selected = [...t.keys, ...t.attributes, ...t.measures.map((m) => `${sign} * ${m}`)];
  const updates = [
    ...t.attributes.map((a) => `${a} = excluded.${a}`),
    ...t.measures.map((m) => `${m} = ${t.table}.${m} + excluded.${m}`),
  ];
  // `where true`: SQLite needs it to read `on conflict` as the upsert clause after a select.
  const written = await rows(
    tx,
    `insert into ${t.table} (${columnsOf(t).join(', ')})
      select ${selected.join(', ')} from (${t.raw(isSqlite(tx), `${t.customerColumn} in (${placeholders(customerIds)})`)}) raw where true
      on conflict (${t.keys.join(', ')}) do update set ${updates.join(', ')} returning ${t.keys[0]}`,
    customerIds,
  );
  return written.map((r) => Number(r[t.keys[0]]));
}

/**
 * Runs `change` (which alters the customers' partner, account manager, association type or
 * association date, or creates them) with the roll-ups following it in the same transaction: the
 * customers are locked, their rows subtracted under the old values, and added under the new ones.
 */
export async function moveCustomers<T>(
  tx: SqlEntityManager,
  customerIds: readonly number[],
  change: () => Promise<T>,
): Promise<T> {
  const ids = [...new Set(customerIds)];
  if (!ids.length) return change();
  await lockCustomers(tx, ids);
  const partners: number[] = [];
  for (const t of ROLLUP_TABLES) partners.push(...(await addCustomers(tx, t, ids, -1)));
  const result = await change();
  for (const t of ROLLUP_TABLES) partners.push(...(await addCustomers(tx, t, ids, 1)));
  // What was computed from the old rows (topCustomers) is stale for the partners whose rows moved.
  const revisions = newRevisions(partners);
  if (revisions) await rows(tx, revisions.sql, revisions.params);
  return result;
}

/** A new customer (inserted in this transaction, so without consumption yet) joins customer_month. */
export async function addNewCustomer(tx: SqlEntityManager, customerId: number): Promise<void> {
  for (const t of ROLLUP_TABLES.filter((r) => r.table === 'customer_month')) await addCustomers(tx, t, [customerId], 1);
}
