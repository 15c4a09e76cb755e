import { Migration } from '@mikro-orm/migrations';

/** Signed-in customers and cloud operators, the general outbox, verification codes for customers. */
export class Migration20261203133058_CustomerOperatorActorsAndOutbox extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table "cloud_operator" ("id" serial primary key, "login_name" varchar(64) not null, "display_name" varchar(100) not null, "duty" text check ("duty" in ('PARTNER_OPERATIONS', 'ECOSYSTEM_MANAGER', 'FINANCE')) not null, "password_hash" varchar(200) not null, "email" varchar(200) null, "created_at" timestamptz not null, "disabled_at" timestamptz null);`,
    );
    this.addSql(
      `alter table "cloud_operator" add constraint "cloud_operator_login_name_unique" unique ("login_name");`,
    );

    this.addSql(
      `create table "outbox_message" ("id" serial primary key, "channel" text check ("channel" in ('SMS', 'EMAIL')) not null, "destination" varchar(200) not null, "subject" varchar(200) null, "body" varchar(1000) not null, "purpose" varchar(64) not null, "created_at" timestamptz not null, "sent_at" timestamptz null);`,
    );
    this.addSql(`create index "outbox_message_sent_at_index" on "outbox_message" ("sent_at");`);
    this.addSql(`create index "outbox_message_destination_id_index" on "outbox_message" ("destination", "id");`);

    this.addSql(`drop table if exists "verification_outbox" cascade;`);

    this.addSql(`alter table "verification_code" drop constraint "verification_code_member_id_foreign";`);

    this.addSql(`alter table "cloud_account" add column "password_hash" varchar(200) null;`);

    this.addSql(
      `alter table "verification_code" add column "cloud_account_id" int null, add column "destination" varchar(200) null;`,
    );
    this.addSql(`alter table "verification_code" alter column "member_id" type int using ("member_id"::int);`);
    this.addSql(`alter table "verification_code" alter column "member_id" drop not null;`);
    this.addSql(
      `alter table "verification_code" add constraint "verification_code_cloud_account_id_foreign" foreign key ("cloud_account_id") references "cloud_account" ("id") on update cascade on delete set null;`,
    );
    this.addSql(
      `alter table "verification_code" add constraint "verification_code_member_id_foreign" foreign key ("member_id") references "member" ("id") on update cascade on delete set null;`,
    );
    this.addSql(`create index "verification_code_cloud_account_id_index" on "verification_code" ("cloud_account_id");`);
  }

  override async down(): Promise<void> {
    this.addSql(
      `create table "verification_outbox" ("id" serial primary key, "member_id" int4 not null, "destination" varchar(200) not null, "body" varchar(500) not null, "created_at" timestamptz(6) not null);`,
    );
    this.addSql(`create index "verification_outbox_member_id_index" on "verification_outbox" ("member_id");`);

    this.addSql(
      `alter table "verification_outbox" add constraint "verification_outbox_member_id_foreign" foreign key ("member_id") references "member" ("id") on update cascade on delete no action;`,
    );

    this.addSql(`drop table if exists "cloud_operator" cascade;`);

    this.addSql(`drop table if exists "outbox_message" cascade;`);

    this.addSql(`alter table "verification_code" drop constraint "verification_code_cloud_account_id_foreign";`);
    this.addSql(`alter table "verification_code" drop constraint "verification_code_member_id_foreign";`);

    this.addSql(`alter table "cloud_account" drop column "password_hash";`);

    this.addSql(`drop index "verification_code_cloud_account_id_index";`);
    this.addSql(`alter table "verification_code" drop column "cloud_account_id", drop column "destination";`);

    this.addSql(`alter table "verification_code" alter column "member_id" type int4 using ("member_id"::int4);`);
    this.addSql(`alter table "verification_code" alter column "member_id" set not null;`);
    this.addSql(
      `alter table "verification_code" add constraint "verification_code_member_id_foreign" foreign key ("member_id") references "member" ("id") on update cascade on delete no action;`,
    );
  }
}
