import { Migration } from '@mikro-orm/migrations';

/**
 * Program workflows: development-path invitations (发展路径邀请), distribution-program applications
 * (分销计划申请) with the partner facts they check, and distributors' reseller invitations (邀请关联云经销商).
 */
export class Migration20261204153011_ProgramWorkflows extends Migration {
  override async up(): Promise<void> {
    const kinds = `'SERVICE_PARTNER_PATH', 'CONSULTING_SI_PATH', 'LEARNING_PATH', 'SOFTWARE_PATH', 'DISTRIBUTION_DISTRIBUTOR', 'DISTRIBUTION_RESELLER', 'SOLUTION_PROVIDER'`;
    this.addSql(
      `create table "program_invitation" ("id" serial primary key, "partner_id" int not null, "kind" text check ("kind" in (${kinds})) not null, "email" varchar(200) not null, "invited_by_id" int not null, "created_at" timestamptz not null, "expires_at" timestamptz not null, "status" text check ("status" in ('PENDING', 'ACCEPTED', 'DECLINED', 'EXPIRED')) not null, "answered_at" timestamptz null, "answered_by_id" int null);`,
    );
    this.addSql(`create index "program_invitation_invited_by_id_index" on "program_invitation" ("invited_by_id");`);
    this.addSql(`create index "program_invitation_answered_by_id_index" on "program_invitation" ("answered_by_id");`);
    this.addSql(
      `create index "program_invitation_partner_id_kind_index" on "program_invitation" ("partner_id", "kind");`,
    );
    this.addSql(
      `alter table "program_invitation" add constraint "program_invitation_partner_id_foreign" foreign key ("partner_id") references "partner" ("id") on update cascade;`,
    );
    this.addSql(
      `alter table "program_invitation" add constraint "program_invitation_invited_by_id_foreign" foreign key ("invited_by_id") references "cloud_operator" ("id") on update cascade;`,
    );
    this.addSql(
      `alter table "program_invitation" add constraint "program_invitation_answered_by_id_foreign" foreign key ("answered_by_id") references "member" ("id") on update cascade on delete set null;`,
    );

    this.addSql(
      `create table "program_application" ("id" serial primary key, "partner_id" int not null, "kind" text check ("kind" in (${kinds})) not null, "applied_by_id" int not null, "business_info" varchar(500) not null, "status" text check ("status" in ('PENDING', 'APPROVED', 'REJECTED')) not null, "created_at" timestamptz not null, "handled_at" timestamptz null, "handled_by_id" int null, "reason" varchar(500) null);`,
    );
    this.addSql(`create index "program_application_applied_by_id_index" on "program_application" ("applied_by_id");`);
    this.addSql(`create index "program_application_handled_by_id_index" on "program_application" ("handled_by_id");`);
    this.addSql(
      `create index "program_application_partner_id_status_index" on "program_application" ("partner_id", "status");`,
    );
    this.addSql(
      `alter table "program_application" add constraint "program_application_partner_id_foreign" foreign key ("partner_id") references "partner" ("id") on update cascade;`,
    );
    this.addSql(
      `alter table "program_application" add constraint "program_application_applied_by_id_foreign" foreign key ("applied_by_id") references "member" ("id") on update cascade;`,
    );
    this.addSql(
      `alter table "program_application" add constraint "program_application_handled_by_id_foreign" foreign key ("handled_by_id") references "cloud_operator" ("id") on update cascade on delete set null;`,
    );

    this.addSql(
      `create table "partner_program_profile" ("id" serial primary key, "partner_id" int not null, "arrears_amount" bigint not null default 0, "enterprise_account" text check ("enterprise_account" in ('NONE', 'MASTER', 'SUB')) not null, "credit_account" boolean not null default false);`,
    );
    this.addSql(
      `alter table "partner_program_profile" add constraint "partner_program_profile_partner_id_unique" unique ("partner_id");`,
    );
    this.addSql(
      `alter table "partner_program_profile" add constraint "partner_program_profile_partner_id_foreign" foreign key ("partner_id") references "partner" ("id") on update cascade;`,
    );

    this.addSql(
      `create table "reseller_invitation" ("id" serial primary key, "distributor_id" int not null, "email" varchar(200) not null, "token" varchar(64) not null, "invited_by_id" int not null, "created_at" timestamptz not null, "expires_at" timestamptz not null, "status" text check ("status" in ('PENDING', 'ACCEPTED', 'CANCELLED', 'EXPIRED')) not null, "closed_at" timestamptz null, "invited_partner_id" int null, "accepted_by_id" int null);`,
    );
    this.addSql(
      `alter table "reseller_invitation" add constraint "reseller_invitation_token_unique" unique ("token");`,
    );
    this.addSql(`create index "reseller_invitation_invited_by_id_index" on "reseller_invitation" ("invited_by_id");`);
    this.addSql(
      `create index "reseller_invitation_invited_partner_id_index" on "reseller_invitation" ("invited_partner_id");`,
    );
    this.addSql(`create index "reseller_invitation_accepted_by_id_index" on "reseller_invitation" ("accepted_by_id");`);
    this.addSql(
      `create index "reseller_invitation_distributor_id_created_at_index" on "reseller_invitation" ("distributor_id", "created_at");`,
    );
    for (const [column, table, onDelete] of [
      ['distributor_id', 'partner', ''],
      ['invited_by_id', 'member', ''],
      ['invited_partner_id', 'partner', ' on delete set null'],
      ['accepted_by_id', 'member', ' on delete set null'],
    ]) {
      this.addSql(
        `alter table "reseller_invitation" add constraint "reseller_invitation_${column}_foreign" foreign key ("${column}") references "${table}" ("id") on update cascade${onDelete};`,
      );
    }
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "reseller_invitation" cascade;`);
    this.addSql(`drop table if exists "partner_program_profile" cascade;`);
    this.addSql(`drop table if exists "program_application" cascade;`);
    this.addSql(`drop table if exists "program_invitation" cascade;`);
  }
}
