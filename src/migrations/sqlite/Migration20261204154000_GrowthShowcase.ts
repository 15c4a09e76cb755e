import { Migration } from '@mikro-orm/migrations';

/**
 * The growth showcase: program certificates (计划证书), the cloud-lab catalogue with its applications
 * and usage records (云实验), and the partners' solutions with their lifecycle status (解决方案).
 */
export class Migration20261204154000_GrowthShowcase extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table \`program_certificate\` (\`id\` integer not null primary key autoincrement, \`partner_id\` integer not null, \`program_name\` text not null, \`program_kind\` text check (\`program_kind\` in ('DISTRIBUTION', 'SOLUTION_PROVIDER', 'CLOUD_STORE_SERVICE', 'DEVELOPMENT_PATH')) not null, \`certificate_no\` text not null, \`joined_by_id\` integer not null, \`issued_at\` datetime not null, \`valid_until\` datetime not null, constraint \`program_certificate_partner_id_foreign\` foreign key(\`partner_id\`) references \`partner\`(\`id\`) on update cascade, constraint \`program_certificate_joined_by_id_foreign\` foreign key(\`joined_by_id\`) references \`member\`(\`id\`) on update cascade);`,
    );
    this.addSql(`create index \`program_certificate_partner_id_index\` on \`program_certificate\` (\`partner_id\`);`);
    this.addSql(
      `create unique index \`program_certificate_certificate_no_unique\` on \`program_certificate\` (\`certificate_no\`);`,
    );
    this.addSql(
      `create index \`program_certificate_joined_by_id_index\` on \`program_certificate\` (\`joined_by_id\`);`,
    );

    this.addSql(
      `create table \`cloud_lab\` (\`id\` integer not null primary key autoincrement, \`code\` text not null, \`name\` text not null, \`description\` text not null, \`max_hours\` integer not null);`,
    );
    this.addSql(`create unique index \`cloud_lab_code_unique\` on \`cloud_lab\` (\`code\`);`);

    this.addSql(
      `create table \`cloud_lab_application\` (\`id\` integer not null primary key autoincrement, \`partner_id\` integer not null, \`lab_id\` integer not null, \`applicant_id\` integer not null, \`purpose\` text not null, \`planned_hours\` integer not null, \`status\` text check (\`status\` in ('PENDING', 'APPROVED', 'REJECTED')) not null, \`rejection_reason\` text null, \`applied_at\` datetime not null, \`handled_at\` datetime null, \`handled_by\` text null, constraint \`cloud_lab_application_partner_id_foreign\` foreign key(\`partner_id\`) references \`partner\`(\`id\`) on update cascade, constraint \`cloud_lab_application_lab_id_foreign\` foreign key(\`lab_id\`) references \`cloud_lab\`(\`id\`) on update cascade, constraint \`cloud_lab_application_applicant_id_foreign\` foreign key(\`applicant_id\`) references \`member\`(\`id\`) on update cascade);`,
    );
    this.addSql(`create index \`cloud_lab_application_lab_id_index\` on \`cloud_lab_application\` (\`lab_id\`);`);
    this.addSql(
      `create index \`cloud_lab_application_applicant_id_index\` on \`cloud_lab_application\` (\`applicant_id\`);`,
    );
    this.addSql(
      `create index \`cloud_lab_application_partner_id_status_index\` on \`cloud_lab_application\` (\`partner_id\`, \`status\`);`,
    );

    this.addSql(
      `create table \`cloud_lab_usage\` (\`id\` integer not null primary key autoincrement, \`application_id\` integer not null, \`started_at\` datetime not null, \`ended_at\` datetime null, \`duration_minutes\` integer not null default 0, constraint \`cloud_lab_usage_application_id_foreign\` foreign key(\`application_id\`) references \`cloud_lab_application\`(\`id\`) on update cascade);`,
    );
    this.addSql(`create index \`cloud_lab_usage_application_id_index\` on \`cloud_lab_usage\` (\`application_id\`);`);

    this.addSql(
      `create table \`solution\` (\`id\` integer not null primary key autoincrement, \`partner_id\` integer not null, \`name\` text not null, \`description\` text not null, \`status\` text check (\`status\` in ('PROJECT_APPROVED', 'VERIFIED', 'DESIGNING', 'LISTING', 'CONFIGURATOR_DEVELOPING', 'CONFIGURATOR_DONE')) not null, \`created_by_id\` integer not null, \`created_at\` datetime not null, \`status_changed_at\` datetime not null, \`version\` integer not null default 1, constraint \`solution_partner_id_foreign\` foreign key(\`partner_id\`) references \`partner\`(\`id\`) on update cascade, constraint \`solution_created_by_id_foreign\` foreign key(\`created_by_id\`) references \`member\`(\`id\`) on update cascade);`,
    );
    this.addSql(`create index \`solution_partner_id_status_index\` on \`solution\` (\`partner_id\`, \`status\`);`);
    this.addSql(`create unique index \`solution_partner_id_name_unique\` on \`solution\` (\`partner_id\`, \`name\`);`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists \`solution\`;`);
    this.addSql(`drop table if exists \`cloud_lab_usage\`;`);
    this.addSql(`drop table if exists \`cloud_lab_application\`;`);
    this.addSql(`drop table if exists \`cloud_lab\`;`);
    this.addSql(`drop table if exists \`program_certificate\`;`);
  }
}
