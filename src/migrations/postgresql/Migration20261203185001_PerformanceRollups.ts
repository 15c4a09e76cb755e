import { Migration } from '@mikro-orm/migrations';

/** 业绩月表: per partner and month, the performance roll-up (modules/performance/rollup.ts). Filled by `npm run db:rollups`. */
export class Migration20261203185001_PerformanceRollups extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table "partner_performance_month" ("partner_id" int not null, "month" int not null, "paid_amount" bigint not null default 0, "paid_orders" int not null default 0, "refund_amount" bigint not null default 0, "coupon_amount" bigint not null default 0, "consumption_amount" bigint not null default 0, "new_customers" int not null default 0, constraint "partner_performance_month_pkey" primary key ("partner_id", "month"));`,
    );
    this.addSql(
      `alter table "partner_performance_month" add constraint "partner_performance_month_partner_id_foreign" foreign key ("partner_id") references "partner" ("id") on update cascade;`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "partner_performance_month" cascade;`);
  }
}
