import { Migration } from '@mikro-orm/migrations';

export class Migration20261203183011_Invoices extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table "invoice" ("id" serial primary key, "partner_id" int not null, "kind" text check ("kind" in ('CLOUD_STORE', 'CLOUD')) not null, "invoice_no" varchar(32) not null, "provider_name" varchar(128) null, "bill_cycle" varchar(7) null, "title_type" text check ("title_type" in ('PERSONAL', 'ENTERPRISE')) not null, "title_name" varchar(100) not null, "tax_id" varchar(20) null, "invoice_type" text check ("invoice_type" in ('VAT_GENERAL', 'VAT_SPECIAL')) not null, "medium" text check ("medium" in ('ELECTRONIC', 'PAPER')) not null, "amount" bigint not null default 0, "courier_fee" bigint not null default 0, "courier_paid_by" text check ("courier_paid_by" in ('ISSUER', 'PARTNER', 'CUSTOMER')) null, "recipient_name" varchar(50) null, "recipient_phone" varchar(32) null, "mailing_address" varchar(200) null, "status" text check ("status" in ('SUBMITTED', 'ISSUED', 'SHIPPED', 'RECEIVED', 'REJECTED', 'RETURN_REQUESTED', 'RETURNED')) not null, "status_reason" varchar(200) null, "tracking_no" varchar(40) null, "return_reason" varchar(200) null, "return_courier_paid_by" text check ("return_courier_paid_by" in ('ISSUER', 'PARTNER', 'CUSTOMER')) null, "requested_by_id" int null, "requested_at" timestamptz not null, "status_changed_at" timestamptz not null);`,
    );
    this.addSql(`alter table "invoice" add constraint "invoice_invoice_no_unique" unique ("invoice_no");`);
    this.addSql(`create index "invoice_partner_id_status_index" on "invoice" ("partner_id", "status");`);

    this.addSql(
      `create table "invoice_item" ("id" serial primary key, "invoice_id" int not null, "order_id" int not null, "amount" bigint not null default 0);`,
    );
    this.addSql(`create index "invoice_item_invoice_id_index" on "invoice_item" ("invoice_id");`);
    this.addSql(`create index "invoice_item_order_id_index" on "invoice_item" ("order_id");`);

    this.addSql(
      `alter table "invoice" add constraint "invoice_partner_id_foreign" foreign key ("partner_id") references "partner" ("id") on update cascade;`,
    );
    this.addSql(
      `alter table "invoice" add constraint "invoice_requested_by_id_foreign" foreign key ("requested_by_id") references "member" ("id") on update cascade on delete set null;`,
    );

    this.addSql(
      `alter table "invoice_item" add constraint "invoice_item_invoice_id_foreign" foreign key ("invoice_id") references "invoice" ("id") on update cascade;`,
    );
    this.addSql(
      `alter table "invoice_item" add constraint "invoice_item_order_id_foreign" foreign key ("order_id") references "cloud_store_order" ("id") on update cascade;`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "invoice_item" drop constraint "invoice_item_invoice_id_foreign";`);

    this.addSql(`drop table if exists "invoice" cascade;`);

    this.addSql(`drop table if exists "invoice_item" cascade;`);
  }
}
