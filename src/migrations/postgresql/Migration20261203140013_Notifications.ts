import { Migration } from '@mikro-orm/migrations';

export class Migration20261203140013_Notifications extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table "notification" ("id" serial primary key, "member_id" int null, "cloud_account_id" int null, "kind" text check ("kind" in ('UNBIND_REQUEST_ANSWERED', 'PARTNER_UNBIND_REQUESTED', 'CUSTOMER_UNBIND_REQUESTED', 'UNBIND_REQUEST_EXPIRED', 'BALANCE_ALERT', 'INVITATION_ACCEPTED', 'ORDER_AUTHORIZATION_CHANGED')) not null, "title" varchar(200) not null, "body" varchar(1000) not null, "subject" varchar(100) null, "created_at" timestamptz not null, "read_at" timestamptz null, constraint notification_one_recipient check ((member_id is null) <> (cloud_account_id is null)));`,
    );
    this.addSql(
      `create index "notification_cloud_account_id_read_at_index" on "notification" ("cloud_account_id", "read_at");`,
    );
    this.addSql(`create index "notification_member_id_read_at_index" on "notification" ("member_id", "read_at");`);

    this.addSql(
      `alter table "notification" add constraint "notification_member_id_foreign" foreign key ("member_id") references "member" ("id") on update cascade on delete set null;`,
    );
    this.addSql(
      `alter table "notification" add constraint "notification_cloud_account_id_foreign" foreign key ("cloud_account_id") references "cloud_account" ("id") on update cascade on delete set null;`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "notification" cascade;`);
  }
}
