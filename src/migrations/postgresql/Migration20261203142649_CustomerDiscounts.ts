import { Migration } from '@mikro-orm/migrations';

/** 折扣信息: the discount rates a customer enjoys with its partner (SubCustomer.discounts). */
export class Migration20261203142649_CustomerDiscounts extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table "customer_discount" ("id" serial primary key, "partner_id" int not null, "customer_id" int not null, "discount_type" text check ("discount_type" in ('COMMERCIAL_DISCOUNT', 'PARTNER_DISCOUNT', 'PROMOTION')) not null, "service_type_code" varchar(64) null, "rate_basis_points" int not null, "effective_time" timestamptz not null, "expire_time" timestamptz null);`,
    );
    this.addSql(
      `create index "customer_discount_customer_id_partner_id_index" on "customer_discount" ("customer_id", "partner_id");`,
    );

    this.addSql(
      `alter table "customer_discount" add constraint "customer_discount_partner_id_foreign" foreign key ("partner_id") references "partner" ("id") on update cascade;`,
    );
    this.addSql(
      `alter table "customer_discount" add constraint "customer_discount_customer_id_foreign" foreign key ("customer_id") references "sub_customer" ("id") on update cascade;`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "customer_discount" cascade;`);
  }
}
