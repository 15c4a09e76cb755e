import { Migration } from '@mikro-orm/migrations';

/** Coupon USE records name the order they paid (coupon_record.order_id). */
export class Migration20261203132229_CouponUseRecords extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table "coupon_record" add column "order_id" int null;`);
    this.addSql(
      `alter table "coupon_record" add constraint "coupon_record_order_id_foreign" foreign key ("order_id") references "customer_order" ("id") on update cascade on delete set null;`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "coupon_record" drop constraint "coupon_record_order_id_foreign";`);
    this.addSql(`alter table "coupon_record" drop column "order_id";`);
  }
}
