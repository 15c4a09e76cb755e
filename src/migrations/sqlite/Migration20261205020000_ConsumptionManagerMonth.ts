import { Migration } from '@mikro-orm/migrations';

/**
 * 运营看板 roll-up for Dashboard.consumptionByAccountManager (modules/performance/consumption-rollup.ts):
 * consumption per partner, month, account manager AT THE TIME of consumption (the record's own, 0 =
 * none) and customer, with the customer's current manager (0 = none) for the scope filter. The customer
 * stays in the key because the field counts distinct customers over the range. The key serves the read
 * (partner, months listed). Filled by `npm run db:rollups` (run it after this migration: until then the
 * field answers no rows for existing consumption).
 */
export class Migration20261205020000_ConsumptionManagerMonth extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      'create table consumption_manager_month (partner_id integer not null, month integer not null, consumption_manager_id integer not null, customer_id integer not null, manager_id integer not null, payment_amount bigint not null default 0, records integer not null default 0, primary key (partner_id, month, consumption_manager_id, customer_id));',
    );
  }

  override async down(): Promise<void> {
    this.addSql('drop table if exists consumption_manager_month;');
  }
}
