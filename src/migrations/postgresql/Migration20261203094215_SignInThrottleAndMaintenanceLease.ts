import { Migration } from '@mikro-orm/migrations';

export class Migration20261203094215_SignInThrottleAndMaintenanceLease extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table "maintenance_lease" ("job" varchar(64) not null, "holder" varchar(100) null, "lease_until_ms" bigint not null default 0, "next_run_at_ms" bigint not null default 0, "last_finished_at_ms" bigint null, "last_holder" varchar(100) null, "last_rows" int null, "last_error" varchar(500) null, constraint "maintenance_lease_pkey" primary key ("job"));`,
    );

    this.addSql(
      `create table "sign_in_throttle" ("login_key" varchar(100) not null, "attempts" int not null, "locked_until_ms" bigint null, "last_attempt_ms" bigint not null, constraint "sign_in_throttle_pkey" primary key ("login_key"));`,
    );
    this.addSql(`create index "sign_in_throttle_last_attempt_ms_index" on "sign_in_throttle" ("last_attempt_ms");`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "maintenance_lease" cascade;`);

    this.addSql(`drop table if exists "sign_in_throttle" cascade;`);
  }
}
