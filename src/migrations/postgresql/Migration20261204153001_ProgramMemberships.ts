import { Migration } from '@mikro-orm/migrations';

/** Program memberships (加入的计划 / 发展路径): which programs a partner joined, when, by whom, until when. */
export class Migration20261204153001_ProgramMemberships extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table "program_membership" ("id" serial primary key, "partner_id" int not null, "kind" text check ("kind" in ('SERVICE_PARTNER_PATH', 'CONSULTING_SI_PATH', 'LEARNING_PATH', 'SOFTWARE_PATH', 'DISTRIBUTION_DISTRIBUTOR', 'DISTRIBUTION_RESELLER', 'SOLUTION_PROVIDER')) not null, "joined_by_id" int null, "joined_at" timestamptz not null, "expires_at" timestamptz null, "status" text check ("status" in ('ACTIVE', 'EXPIRED', 'ENDED')) not null, "ended_at" timestamptz null);`,
    );
    this.addSql(`create index "program_membership_joined_by_id_index" on "program_membership" ("joined_by_id");`);
    this.addSql(
      `create index "program_membership_partner_id_kind_index" on "program_membership" ("partner_id", "kind");`,
    );
    this.addSql(
      `alter table "program_membership" add constraint "program_membership_partner_id_foreign" foreign key ("partner_id") references "partner" ("id") on update cascade;`,
    );
    this.addSql(
      `alter table "program_membership" add constraint "program_membership_joined_by_id_foreign" foreign key ("joined_by_id") references "member" ("id") on update cascade on delete set null;`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "program_membership" cascade;`);
  }
}
