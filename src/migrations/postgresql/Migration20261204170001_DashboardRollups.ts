import { Migration } from '@mikro-orm/migrations';

/**
 * 运营看板 roll-ups (modules/performance/consumption-rollup.ts): consumption per partner, month, current
 * account manager (0 = none), association type and service type; consumption per customer and month
 * (topCustomers); new customers per partner, month and manager. Filled by `npm run db:rollups`.
 */
export class Migration20261204170001_DashboardRollups extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      'create table consumption_month (partner_id integer not null, month integer not null, manager_id integer not null, association_type integer not null, service_type_code varchar(64) not null, official_amount bigint not null default 0, payment_amount bigint not null default 0, coupon_amount bigint not null default 0, records integer not null default 0, primary key (partner_id, month, manager_id, association_type, service_type_code));',
    );
    this.addSql(
      'create table consumption_customer_month (partner_id integer not null, month integer not null, customer_id integer not null, manager_id integer not null, payment_amount bigint not null default 0, records integer not null default 0, primary key (partner_id, month, customer_id));',
    );
    // topCustomers reads each month's best payers first (a LIMITed scan of this index).
    this.addSql(
      'create index consumption_customer_month_payment_index on consumption_customer_month (partner_id, month, payment_amount);',
    );
    this.addSql(
      'create table customer_month (partner_id integer not null, month integer not null, manager_id integer not null, new_customers integer not null default 0, primary key (partner_id, month, manager_id));',
    );
  }

  override async down(): Promise<void> {
    this.addSql('drop table if exists consumption_month;');
    this.addSql('drop table if exists consumption_customer_month;');
    this.addSql('drop table if exists customer_month;');
  }
}
