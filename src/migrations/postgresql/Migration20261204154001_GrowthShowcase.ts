import { Migration } from '@mikro-orm/migrations';

/**
 * The growth showcase: program certificates (计划证书), the cloud-lab catalogue with its applications
 * and usage records (云实验), and the partners' solutions with their lifecycle status (解决方案).
 */
export class Migration20261204154001_GrowthShowcase extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table "program_certificate" ("id" serial primary key, "partner_id" int not null, "program_name" varchar(100) not null, "program_kind" text check ("program_kind" in ('DISTRIBUTION', 'SOLUTION_PROVIDER', 'CLOUD_STORE_SERVICE', 'DEVELOPMENT_PATH')) not null, "certificate_no" varchar(32) not null, "joined_by_id" int not null, "issued_at" timestamptz not null, "valid_until" timestamptz not null);`,
    );
    this.addSql(`create index "program_certificate_partner_id_index" on "program_certificate" ("partner_id");`);
    this.addSql(
      `alter table "program_certificate" add constraint "program_certificate_certificate_no_unique" unique ("certificate_no");`,
    );
    this.addSql(`create index "program_certificate_joined_by_id_index" on "program_certificate" ("joined_by_id");`);

    this.addSql(
      `create table "cloud_lab" ("id" serial primary key, "code" varchar(32) not null, "name" varchar(100) not null, "description" varchar(500) not null, "max_hours" int not null);`,
    );
    this.addSql(`alter table "cloud_lab" add constraint "cloud_lab_code_unique" unique ("code");`);

    this.addSql(
      `create table "cloud_lab_application" ("id" serial primary key, "partner_id" int not null, "lab_id" int not null, "applicant_id" int not null, "purpose" varchar(200) not null, "planned_hours" int not null, "status" text check ("status" in ('PENDING', 'APPROVED', 'REJECTED')) not null, "rejection_reason" varchar(200) null, "applied_at" timestamptz not null, "handled_at" timestamptz null, "handled_by" varchar(40) null);`,
    );
    this.addSql(`create index "cloud_lab_application_lab_id_index" on "cloud_lab_application" ("lab_id");`);
    this.addSql(`create index "cloud_lab_application_applicant_id_index" on "cloud_lab_application" ("applicant_id");`);
    this.addSql(
      `create index "cloud_lab_application_partner_id_status_index" on "cloud_lab_application" ("partner_id", "status");`,
    );

    this.addSql(
      `create table "cloud_lab_usage" ("id" serial primary key, "application_id" int not null, "started_at" timestamptz not null, "ended_at" timestamptz null, "duration_minutes" int not null default 0);`,
    );
    this.addSql(`create index "cloud_lab_usage_application_id_index" on "cloud_lab_usage" ("application_id");`);

    this.addSql(
      `create table "solution" ("id" serial primary key, "partner_id" int not null, "name" varchar(100) not null, "description" varchar(1000) not null, "status" text check ("status" in ('PROJECT_APPROVED', 'VERIFIED', 'DESIGNING', 'LISTING', 'CONFIGURATOR_DEVELOPING', 'CONFIGURATOR_DONE')) not null, "created_by_id" int not null, "created_at" timestamptz not null, "status_changed_at" timestamptz not null, "version" int not null default 1);`,
    );
    this.addSql(`create index "solution_partner_id_status_index" on "solution" ("partner_id", "status");`);
    this.addSql(
      `alter table "solution" add constraint "solution_partner_id_name_unique" unique ("partner_id", "name");`,
    );

    for (const [table, column, target] of [
      ['program_certificate', 'partner_id', 'partner'],
      ['program_certificate', 'joined_by_id', 'member'],
      ['cloud_lab_application', 'partner_id', 'partner'],
      ['cloud_lab_application', 'lab_id', 'cloud_lab'],
      ['cloud_lab_application', 'applicant_id', 'member'],
      ['cloud_lab_usage', 'application_id', 'cloud_lab_application'],
      ['solution', 'partner_id', 'partner'],
      ['solution', 'created_by_id', 'member'],
    ])
      this.addSql(
        `alter table "${table}" add constraint "${table}_${column}_foreign" foreign key ("${column}") references "${target}" ("id") on update cascade;`,
      );
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "solution" cascade;`);
    this.addSql(`drop table if exists "cloud_lab_usage" cascade;`);
    this.addSql(`drop table if exists "cloud_lab_application" cascade;`);
    this.addSql(`drop table if exists "cloud_lab" cascade;`);
    this.addSql(`drop table if exists "program_certificate" cascade;`);
  }
}
