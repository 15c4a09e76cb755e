import { Migration } from '@mikro-orm/migrations';

/** 业绩月表: per partner and month, the performance roll-up (modules/performance/rollup.ts). Filled by `npm run db:rollups`. */
export class Migration20261203185000_PerformanceRollups extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table \`partner_performance_month\` (\`partner_id\` integer not null, \`month\` integer not null, \`paid_amount\` bigint not null default 0, \`paid_orders\` integer not null default 0, \`refund_amount\` bigint not null default 0, \`coupon_amount\` bigint not null default 0, \`consumption_amount\` bigint not null default 0, \`new_customers\` integer not null default 0, constraint \`partner_performance_month_partner_id_foreign\` foreign key(\`partner_id\`) references \`partner\`(\`id\`) on update cascade, primary key (\`partner_id\`, \`month\`));`,
    );
    this.addSql(
      `create index \`partner_performance_month_partner_id_index\` on \`partner_performance_month\` (\`partner_id\`);`,
    );
  }

  override async down(): Promise<void> {
    this.addSql('drop table if exists `partner_performance_month`;');
  }
}
