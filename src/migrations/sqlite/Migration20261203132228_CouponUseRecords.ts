import { Migration } from '@mikro-orm/migrations';

/** Coupon USE records name the order they paid (coupon_record.order_id). */
export class Migration20261203132228_CouponUseRecords extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `alter table \`coupon_record\` add column \`order_id\` integer null constraint \`coupon_record_order_id_foreign\` references \`customer_order\` (\`id\`) on update cascade on delete set null;`,
    );
    this.addSql(`create index \`coupon_record_order_id_index\` on \`coupon_record\` (\`order_id\`);`);
  }
}
