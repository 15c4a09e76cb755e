import { Migration } from '@mikro-orm/migrations';

export class Migration20261203183001_CloudStoreOrders extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table "cloud_store_order" ("id" serial primary key, "partner_id" int not null, "customer_id" int null, "order_no" varchar(32) not null, "provider_name" varchar(128) not null, "product_name" varchar(128) not null, "amount" bigint not null default 0, "status" text check ("status" in ('PAID', 'IN_ARREARS', 'REFUNDED')) not null, "placed_at" timestamptz not null, "paid_at" timestamptz null, "curated" boolean not null default false, "list_price" bigint null, "resale_price" bigint null, "live_invoice_id" int null);`,
    );
    this.addSql(`create index "cloud_store_order_customer_id_index" on "cloud_store_order" ("customer_id");`);
    this.addSql(
      `alter table "cloud_store_order" add constraint "cloud_store_order_order_no_unique" unique ("order_no");`,
    );
    this.addSql(`create index "cloud_store_order_live_invoice_id_index" on "cloud_store_order" ("live_invoice_id");`);
    this.addSql(
      `create index "cloud_store_order_partner_id_placed_at_index" on "cloud_store_order" ("partner_id", "placed_at");`,
    );

    this.addSql(
      `alter table "cloud_store_order" add constraint "cloud_store_order_partner_id_foreign" foreign key ("partner_id") references "partner" ("id") on update cascade;`,
    );
    this.addSql(
      `alter table "cloud_store_order" add constraint "cloud_store_order_customer_id_foreign" foreign key ("customer_id") references "sub_customer" ("id") on update cascade on delete set null;`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "cloud_store_order" cascade;`);
  }
}
