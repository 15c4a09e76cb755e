import { Migration } from '@mikro-orm/migrations';

export class Migration20261203181001_PartnerAccountOperations extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table "recharge_payment" ("id" serial primary key, "partner_id" int not null, "amount" bigint not null default 0, "status" text check ("status" in ('PENDING', 'SUCCEEDED', 'FAILED', 'EXPIRED')) not null, "payment_reference" varchar(64) not null, "provider_reference" varchar(64) null, "created_by_id" int not null, "created_at" timestamptz not null, "expires_at" timestamptz not null, "settled_at" timestamptz null, "settled_by_id" int null);`,
    );
    this.addSql(`create index "recharge_payment_partner_id_index" on "recharge_payment" ("partner_id");`);
    this.addSql(
      `alter table "recharge_payment" add constraint "recharge_payment_payment_reference_unique" unique ("payment_reference");`,
    );
    this.addSql(
      `create index "recharge_payment_status_expires_at_index" on "recharge_payment" ("status", "expires_at");`,
    );

    this.addSql(
      `create table "remittance_claim" ("id" serial primary key, "partner_id" int not null, "amount" bigint not null default 0, "payer_name" varchar(100) not null, "bank_reference" varchar(64) not null, "remitted_on" varchar(10) not null, "memo" varchar(200) null, "status" text check ("status" in ('PENDING', 'CONFIRMED', 'REJECTED', 'CANCELLED')) not null, "reason" varchar(500) null, "trade_id" varchar(64) null, "submitted_by_id" int not null, "created_at" timestamptz not null, "handled_at" timestamptz null, "handled_by_id" int null);`,
    );
    this.addSql(`create index "remittance_claim_partner_id_index" on "remittance_claim" ("partner_id");`);
    this.addSql(`create index "remittance_claim_status_index" on "remittance_claim" ("status");`);
    this.addSql(
      `create index "remittance_claim_partner_id_bank_reference_index" on "remittance_claim" ("partner_id", "bank_reference");`,
    );

    this.addSql(
      `create table "withdrawal" ("id" serial primary key, "partner_id" int not null, "account" text check ("account" in ('CASH', 'BONUS')) not null, "amount" bigint not null default 0, "bank_name" varchar(100) not null, "account_name" varchar(100) not null, "account_number" varchar(32) not null, "status" text check ("status" in ('PENDING', 'PAID', 'REJECTED')) not null, "trade_id" varchar(64) not null, "reason" varchar(500) null, "payout_reference" varchar(64) null, "requested_by_id" int not null, "created_at" timestamptz not null, "handled_at" timestamptz null, "handled_by_id" int null);`,
    );
    this.addSql(`create index "withdrawal_partner_id_index" on "withdrawal" ("partner_id");`);
    this.addSql(`alter table "withdrawal" add constraint "withdrawal_trade_id_unique" unique ("trade_id");`);
    this.addSql(`create index "withdrawal_status_index" on "withdrawal" ("status");`);

    this.addSql(
      `alter table "recharge_payment" add constraint "recharge_payment_partner_id_foreign" foreign key ("partner_id") references "partner" ("id") on update cascade;`,
    );
    this.addSql(
      `alter table "recharge_payment" add constraint "recharge_payment_created_by_id_foreign" foreign key ("created_by_id") references "member" ("id") on update cascade;`,
    );
    this.addSql(
      `alter table "recharge_payment" add constraint "recharge_payment_settled_by_id_foreign" foreign key ("settled_by_id") references "cloud_operator" ("id") on update cascade on delete set null;`,
    );

    this.addSql(
      `alter table "remittance_claim" add constraint "remittance_claim_partner_id_foreign" foreign key ("partner_id") references "partner" ("id") on update cascade;`,
    );
    this.addSql(
      `alter table "remittance_claim" add constraint "remittance_claim_submitted_by_id_foreign" foreign key ("submitted_by_id") references "member" ("id") on update cascade;`,
    );
    this.addSql(
      `alter table "remittance_claim" add constraint "remittance_claim_handled_by_id_foreign" foreign key ("handled_by_id") references "cloud_operator" ("id") on update cascade on delete set null;`,
    );

    this.addSql(
      `alter table "withdrawal" add constraint "withdrawal_partner_id_foreign" foreign key ("partner_id") references "partner" ("id") on update cascade;`,
    );
    this.addSql(
      `alter table "withdrawal" add constraint "withdrawal_requested_by_id_foreign" foreign key ("requested_by_id") references "member" ("id") on update cascade;`,
    );
    this.addSql(
      `alter table "withdrawal" add constraint "withdrawal_handled_by_id_foreign" foreign key ("handled_by_id") references "cloud_operator" ("id") on update cascade on delete set null;`,
    );

    this.addSql(`alter table "partner" add column "contracting_entity" varchar(100) null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "recharge_payment" cascade;`);

    this.addSql(`drop table if exists "remittance_claim" cascade;`);

    this.addSql(`drop table if exists "withdrawal" cascade;`);

    this.addSql(`alter table "partner" drop column "contracting_entity";`);
  }
}
