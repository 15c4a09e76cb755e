import { Migration } from '@mikro-orm/migrations';

export class Migration20261203182011_PaymentAgreements extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table "payment_agreement" ("id" serial primary key, "partner_id" int not null, "customer_id" int not null, "agreement_type" text check ("agreement_type" in ('FULL', 'LIMITED')) not null, "status" text check ("status" in ('PENDING_CUSTOMER', 'ACTIVE', 'TERMINATED', 'REJECTED', 'EXPIRED')) not null, "per_order_limit" bigint null, "monthly_limit" bigint null, "used_month" varchar(7) null, "used_amount" bigint not null default 0, "created_at" timestamptz not null, "created_by_id" int null, "expires_at" timestamptz not null, "answered_at" timestamptz null, "terminated_at" timestamptz null, "terminated_by" text check ("terminated_by" in ('PARTNER', 'CUSTOMER')) null, "reason" varchar(200) null, "version" int not null default 1);`,
    );
    this.addSql(`create index "payment_agreement_partner_id_index" on "payment_agreement" ("partner_id");`);
    this.addSql(`create index "payment_agreement_customer_id_index" on "payment_agreement" ("customer_id");`);
    this.addSql(
      `create index "payment_agreement_customer_id_status_index" on "payment_agreement" ("customer_id", "status");`,
    );
    this.addSql(
      `create index "payment_agreement_partner_id_created_at_index" on "payment_agreement" ("partner_id", "created_at");`,
    );

    this.addSql(
      `alter table "payment_agreement" add constraint "payment_agreement_partner_id_foreign" foreign key ("partner_id") references "partner" ("id") on update cascade;`,
    );
    this.addSql(
      `alter table "payment_agreement" add constraint "payment_agreement_customer_id_foreign" foreign key ("customer_id") references "sub_customer" ("id") on update cascade;`,
    );
    this.addSql(
      `alter table "payment_agreement" add constraint "payment_agreement_created_by_id_foreign" foreign key ("created_by_id") references "member" ("id") on update cascade on delete set null;`,
    );

    this.addSql(
      `create unique index "payment_agreement_one_active" on "payment_agreement" ("customer_id") where "status" = 'ACTIVE';`,
    );
    this.addSql(`alter table "customer_order" add column "on_behalf_amount" bigint not null default 0;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "payment_agreement" cascade;`);

    this.addSql(`alter table "customer_order" drop column "on_behalf_amount";`);
  }
}
