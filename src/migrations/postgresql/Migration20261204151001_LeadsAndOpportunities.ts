import { Migration } from '@mikro-orm/migrations';

/**
 * Leads (线索管理) with their follow-up records and outbound-call requests (外呼), the partner's
 * marketing plan 2.0 flag (营销计划2.0: anonymised lead contacts), the representative offices by
 * region with their PSM, and the opportunities shared with the cloud (共享给华为, PO).
 */
export class Migration20261204151001_LeadsAndOpportunities extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table "partner" add column "marketing_plan2" boolean not null default false;`);
    this.addSql(
      `create table "lead" ("id" serial primary key, "partner_id" int not null, "source" text check ("source" in ('PARTNER', 'CLOUD')) not null, "status" text check ("status" in ('NEW', 'FOLLOWING_UP', 'CONVERTED', 'CLOSED')) not null, "close_reason" text check ("close_reason" in ('NO_DEMAND', 'UNREACHABLE', 'CHOSE_COMPETITOR', 'DUPLICATE', 'OTHER')) null, "outcome_note" varchar(500) null, "company_name" varchar(100) not null, "contact_name" varchar(50) not null, "phone" varchar(32) null, "email" varchar(100) null, "region" varchar(50) null, "requirement" varchar(500) null, "assigned_manager_id" int null, "created_by_id" int null, "dispatched_by_id" int null, "created_at" timestamptz not null, "status_changed_at" timestamptz not null, "version" int not null default 1);`,
    );
    this.addSql(`create index "lead_partner_id_status_index" on "lead" ("partner_id", "status");`);
    this.addSql(`create index "lead_assigned_manager_id_index" on "lead" ("assigned_manager_id");`);
    this.addSql(
      `create table "lead_follow_up" ("id" serial primary key, "lead_id" int not null, "member_id" int not null, "content" varchar(500) not null, "created_at" timestamptz not null);`,
    );
    this.addSql(`create index "lead_follow_up_lead_id_index" on "lead_follow_up" ("lead_id");`);
    this.addSql(
      `create table "lead_call_request" ("id" serial primary key, "lead_id" int not null, "partner_id" int not null, "requested_by_id" int not null, "status" text check ("status" in ('REQUESTED', 'CONNECTED', 'NOT_CONNECTED')) not null, "result_note" varchar(500) null, "requested_at" timestamptz not null, "completed_at" timestamptz null, "completed_by_id" int null);`,
    );
    this.addSql(`create index "lead_call_request_lead_id_index" on "lead_call_request" ("lead_id");`);
    this.addSql(`create index "lead_call_request_status_index" on "lead_call_request" ("status");`);
    this.addSql(
      `create table "representative_office" ("id" serial primary key, "region" varchar(50) not null, "name" varchar(100) not null, "psm_name" varchar(50) not null, "psm_email" varchar(100) not null);`,
    );
    this.addSql(
      `alter table "representative_office" add constraint "representative_office_region_unique" unique ("region");`,
    );
    this.addSql(
      `create table "opportunity" ("id" serial primary key, "partner_id" int not null, "customer_name" varchar(100) not null, "cloud_account_id" int null, "region" varchar(50) not null, "description" varchar(500) null, "new_customer" boolean not null, "office_id" int null, "status" text check ("status" in ('SUBMITTED', 'VERIFYING', 'VERIFIED', 'REJECTED')) not null, "reject_reason" varchar(500) null, "created_by_id" int not null, "created_at" timestamptz not null, "verified_at" timestamptz null, "status_changed_at" timestamptz not null, "version" int not null default 1);`,
    );
    this.addSql(`create index "opportunity_partner_id_status_index" on "opportunity" ("partner_id", "status");`);
    this.addSql(`create index "opportunity_cloud_account_id_index" on "opportunity" ("cloud_account_id");`);
    const fk = (table: string, column: string, target: string, onDelete = '') =>
      this.addSql(
        `alter table "${table}" add constraint "${table}_${column}_foreign" foreign key ("${column}") references "${target}" ("id") on update cascade${onDelete};`,
      );
    fk('lead', 'partner_id', 'partner');
    fk('lead', 'assigned_manager_id', 'member', ' on delete set null');
    fk('lead', 'created_by_id', 'member', ' on delete set null');
    fk('lead', 'dispatched_by_id', 'cloud_operator', ' on delete set null');
    fk('lead_follow_up', 'lead_id', 'lead');
    fk('lead_follow_up', 'member_id', 'member');
    fk('lead_call_request', 'lead_id', 'lead');
    fk('lead_call_request', 'partner_id', 'partner');
    fk('lead_call_request', 'requested_by_id', 'member');
    fk('lead_call_request', 'completed_by_id', 'cloud_operator', ' on delete set null');
    fk('opportunity', 'partner_id', 'partner');
    fk('opportunity', 'cloud_account_id', 'cloud_account', ' on delete set null');
    fk('opportunity', 'office_id', 'representative_office', ' on delete set null');
    fk('opportunity', 'created_by_id', 'member');
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "opportunity" cascade;`);
    this.addSql(`drop table if exists "representative_office" cascade;`);
    this.addSql(`drop table if exists "lead_call_request" cascade;`);
    this.addSql(`drop table if exists "lead_follow_up" cascade;`);
    this.addSql(`drop table if exists "lead" cascade;`);
    this.addSql(`alter table "partner" drop column "marketing_plan2";`);
  }
}
