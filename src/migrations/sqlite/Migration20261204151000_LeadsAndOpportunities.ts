import { Migration } from '@mikro-orm/migrations';

/**
 * Leads (线索管理) with their follow-up records and outbound-call requests (外呼), the partner's
 * marketing plan 2.0 flag (营销计划2.0: anonymised lead contacts), the representative offices by
 * region with their PSM, and the opportunities shared with the cloud (共享给华为, PO).
 */
export class Migration20261204151000_LeadsAndOpportunities extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table \`partner\` add column \`marketing_plan2\` integer not null default false;`);
    this.addSql(
      `create table \`lead\` (\`id\` integer not null primary key autoincrement, \`partner_id\` integer not null, \`source\` text check (\`source\` in ('PARTNER', 'CLOUD')) not null, \`status\` text check (\`status\` in ('NEW', 'FOLLOWING_UP', 'CONVERTED', 'CLOSED')) not null, \`close_reason\` text check (\`close_reason\` in ('NO_DEMAND', 'UNREACHABLE', 'CHOSE_COMPETITOR', 'DUPLICATE', 'OTHER')) null, \`outcome_note\` text null, \`company_name\` text not null, \`contact_name\` text not null, \`phone\` text null, \`email\` text null, \`region\` text null, \`requirement\` text null, \`assigned_manager_id\` integer null, \`created_by_id\` integer null, \`dispatched_by_id\` integer null, \`created_at\` datetime not null, \`status_changed_at\` datetime not null, \`version\` integer not null default 1, constraint \`lead_partner_id_foreign\` foreign key(\`partner_id\`) references \`partner\`(\`id\`) on update cascade, constraint \`lead_assigned_manager_id_foreign\` foreign key(\`assigned_manager_id\`) references \`member\`(\`id\`) on delete set null on update cascade, constraint \`lead_created_by_id_foreign\` foreign key(\`created_by_id\`) references \`member\`(\`id\`) on delete set null on update cascade, constraint \`lead_dispatched_by_id_foreign\` foreign key(\`dispatched_by_id\`) references \`cloud_operator\`(\`id\`) on delete set null on update cascade);`,
    );
    this.addSql(`create index \`lead_partner_id_status_index\` on \`lead\` (\`partner_id\`, \`status\`);`);
    this.addSql(`create index \`lead_assigned_manager_id_index\` on \`lead\` (\`assigned_manager_id\`);`);
    this.addSql(
      `create table \`lead_follow_up\` (\`id\` integer not null primary key autoincrement, \`lead_id\` integer not null, \`member_id\` integer not null, \`content\` text not null, \`created_at\` datetime not null, constraint \`lead_follow_up_lead_id_foreign\` foreign key(\`lead_id\`) references \`lead\`(\`id\`) on update cascade, constraint \`lead_follow_up_member_id_foreign\` foreign key(\`member_id\`) references \`member\`(\`id\`) on update cascade);`,
    );
    this.addSql(`create index \`lead_follow_up_lead_id_index\` on \`lead_follow_up\` (\`lead_id\`);`);
    this.addSql(
      `create table \`lead_call_request\` (\`id\` integer not null primary key autoincrement, \`lead_id\` integer not null, \`partner_id\` integer not null, \`requested_by_id\` integer not null, \`status\` text check (\`status\` in ('REQUESTED', 'CONNECTED', 'NOT_CONNECTED')) not null, \`result_note\` text null, \`requested_at\` datetime not null, \`completed_at\` datetime null, \`completed_by_id\` integer null, constraint \`lead_call_request_lead_id_foreign\` foreign key(\`lead_id\`) references \`lead\`(\`id\`) on update cascade, constraint \`lead_call_request_partner_id_foreign\` foreign key(\`partner_id\`) references \`partner\`(\`id\`) on update cascade, constraint \`lead_call_request_requested_by_id_foreign\` foreign key(\`requested_by_id\`) references \`member\`(\`id\`) on update cascade, constraint \`lead_call_request_completed_by_id_foreign\` foreign key(\`completed_by_id\`) references \`cloud_operator\`(\`id\`) on delete set null on update cascade);`,
    );
    this.addSql(`create index \`lead_call_request_lead_id_index\` on \`lead_call_request\` (\`lead_id\`);`);
    this.addSql(`create index \`lead_call_request_status_index\` on \`lead_call_request\` (\`status\`);`);
    this.addSql(
      `create table \`representative_office\` (\`id\` integer not null primary key autoincrement, \`region\` text not null, \`name\` text not null, \`psm_name\` text not null, \`psm_email\` text not null);`,
    );
    this.addSql(
      `create unique index \`representative_office_region_unique\` on \`representative_office\` (\`region\`);`,
    );
    this.addSql(
      `create table \`opportunity\` (\`id\` integer not null primary key autoincrement, \`partner_id\` integer not null, \`customer_name\` text not null, \`cloud_account_id\` integer null, \`region\` text not null, \`description\` text null, \`new_customer\` integer not null, \`office_id\` integer null, \`status\` text check (\`status\` in ('SUBMITTED', 'VERIFYING', 'VERIFIED', 'REJECTED')) not null, \`reject_reason\` text null, \`created_by_id\` integer not null, \`created_at\` datetime not null, \`verified_at\` datetime null, \`status_changed_at\` datetime not null, \`version\` integer not null default 1, constraint \`opportunity_partner_id_foreign\` foreign key(\`partner_id\`) references \`partner\`(\`id\`) on update cascade, constraint \`opportunity_cloud_account_id_foreign\` foreign key(\`cloud_account_id\`) references \`cloud_account\`(\`id\`) on delete set null on update cascade, constraint \`opportunity_office_id_foreign\` foreign key(\`office_id\`) references \`representative_office\`(\`id\`) on delete set null on update cascade, constraint \`opportunity_created_by_id_foreign\` foreign key(\`created_by_id\`) references \`member\`(\`id\`) on update cascade);`,
    );
    this.addSql(
      `create index \`opportunity_partner_id_status_index\` on \`opportunity\` (\`partner_id\`, \`status\`);`,
    );
    this.addSql(`create index \`opportunity_cloud_account_id_index\` on \`opportunity\` (\`cloud_account_id\`);`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists \`opportunity\`;`);
    this.addSql(`drop table if exists \`representative_office\`;`);
    this.addSql(`drop table if exists \`lead_call_request\`;`);
    this.addSql(`drop table if exists \`lead_follow_up\`;`);
    this.addSql(`drop table if exists \`lead\`;`);
    this.addSql(`alter table \`partner\` drop column \`marketing_plan2\`;`);
  }
}
