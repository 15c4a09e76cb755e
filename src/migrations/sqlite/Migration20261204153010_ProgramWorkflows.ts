import { Migration } from '@mikro-orm/migrations';

/**
 * Program workflows: development-path invitations (发展路径邀请), distribution-program applications
 * (分销计划申请) with the partner facts they check, and distributors' reseller invitations (邀请关联云经销商).
 */
export class Migration20261204153010_ProgramWorkflows extends Migration {
  override async up(): Promise<void> {
    const kinds = `'SERVICE_PARTNER_PATH', 'CONSULTING_SI_PATH', 'LEARNING_PATH', 'SOFTWARE_PATH', 'DISTRIBUTION_DISTRIBUTOR', 'DISTRIBUTION_RESELLER', 'SOLUTION_PROVIDER'`;
    this.addSql(
      `create table \`program_invitation\` (\`id\` integer not null primary key autoincrement, \`partner_id\` integer not null, \`kind\` text check (\`kind\` in (${kinds})) not null, \`email\` text not null, \`invited_by_id\` integer not null, \`created_at\` datetime not null, \`expires_at\` datetime not null, \`status\` text check (\`status\` in ('PENDING', 'ACCEPTED', 'DECLINED', 'EXPIRED')) not null, \`answered_at\` datetime null, \`answered_by_id\` integer null, constraint \`program_invitation_partner_id_foreign\` foreign key(\`partner_id\`) references \`partner\`(\`id\`) on update cascade, constraint \`program_invitation_invited_by_id_foreign\` foreign key(\`invited_by_id\`) references \`cloud_operator\`(\`id\`) on update cascade, constraint \`program_invitation_answered_by_id_foreign\` foreign key(\`answered_by_id\`) references \`member\`(\`id\`) on delete set null on update cascade);`,
    );
    this.addSql(`create index \`program_invitation_partner_id_index\` on \`program_invitation\` (\`partner_id\`);`);
    this.addSql(
      `create index \`program_invitation_invited_by_id_index\` on \`program_invitation\` (\`invited_by_id\`);`,
    );
    this.addSql(
      `create index \`program_invitation_answered_by_id_index\` on \`program_invitation\` (\`answered_by_id\`);`,
    );
    this.addSql(
      `create index \`program_invitation_partner_id_kind_index\` on \`program_invitation\` (\`partner_id\`, \`kind\`);`,
    );

    this.addSql(
      `create table \`program_application\` (\`id\` integer not null primary key autoincrement, \`partner_id\` integer not null, \`kind\` text check (\`kind\` in (${kinds})) not null, \`applied_by_id\` integer not null, \`business_info\` text not null, \`status\` text check (\`status\` in ('PENDING', 'APPROVED', 'REJECTED')) not null, \`created_at\` datetime not null, \`handled_at\` datetime null, \`handled_by_id\` integer null, \`reason\` text null, constraint \`program_application_partner_id_foreign\` foreign key(\`partner_id\`) references \`partner\`(\`id\`) on update cascade, constraint \`program_application_applied_by_id_foreign\` foreign key(\`applied_by_id\`) references \`member\`(\`id\`) on update cascade, constraint \`program_application_handled_by_id_foreign\` foreign key(\`handled_by_id\`) references \`cloud_operator\`(\`id\`) on delete set null on update cascade);`,
    );
    this.addSql(`create index \`program_application_partner_id_index\` on \`program_application\` (\`partner_id\`);`);
    this.addSql(
      `create index \`program_application_applied_by_id_index\` on \`program_application\` (\`applied_by_id\`);`,
    );
    this.addSql(
      `create index \`program_application_handled_by_id_index\` on \`program_application\` (\`handled_by_id\`);`,
    );
    this.addSql(
      `create index \`program_application_partner_id_status_index\` on \`program_application\` (\`partner_id\`, \`status\`);`,
    );

    this.addSql(
      `create table \`partner_program_profile\` (\`id\` integer not null primary key autoincrement, \`partner_id\` integer not null, \`arrears_amount\` bigint not null default 0, \`enterprise_account\` text check (\`enterprise_account\` in ('NONE', 'MASTER', 'SUB')) not null, \`credit_account\` integer not null default false, constraint \`partner_program_profile_partner_id_foreign\` foreign key(\`partner_id\`) references \`partner\`(\`id\`) on update cascade);`,
    );
    this.addSql(
      `create unique index \`partner_program_profile_partner_id_unique\` on \`partner_program_profile\` (\`partner_id\`);`,
    );

    this.addSql(
      `create table \`reseller_invitation\` (\`id\` integer not null primary key autoincrement, \`distributor_id\` integer not null, \`email\` text not null, \`token\` text not null, \`invited_by_id\` integer not null, \`created_at\` datetime not null, \`expires_at\` datetime not null, \`status\` text check (\`status\` in ('PENDING', 'ACCEPTED', 'CANCELLED', 'EXPIRED')) not null, \`closed_at\` datetime null, \`invited_partner_id\` integer null, \`accepted_by_id\` integer null, constraint \`reseller_invitation_distributor_id_foreign\` foreign key(\`distributor_id\`) references \`partner\`(\`id\`) on update cascade, constraint \`reseller_invitation_invited_by_id_foreign\` foreign key(\`invited_by_id\`) references \`member\`(\`id\`) on update cascade, constraint \`reseller_invitation_invited_partner_id_foreign\` foreign key(\`invited_partner_id\`) references \`partner\`(\`id\`) on delete set null on update cascade, constraint \`reseller_invitation_accepted_by_id_foreign\` foreign key(\`accepted_by_id\`) references \`member\`(\`id\`) on delete set null on update cascade);`,
    );
    this.addSql(
      `create index \`reseller_invitation_distributor_id_index\` on \`reseller_invitation\` (\`distributor_id\`);`,
    );
    this.addSql(`create unique index \`reseller_invitation_token_unique\` on \`reseller_invitation\` (\`token\`);`);
    this.addSql(
      `create index \`reseller_invitation_invited_by_id_index\` on \`reseller_invitation\` (\`invited_by_id\`);`,
    );
    this.addSql(
      `create index \`reseller_invitation_invited_partner_id_index\` on \`reseller_invitation\` (\`invited_partner_id\`);`,
    );
    this.addSql(
      `create index \`reseller_invitation_accepted_by_id_index\` on \`reseller_invitation\` (\`accepted_by_id\`);`,
    );
    this.addSql(
      `create index \`reseller_invitation_distributor_id_created_at_index\` on \`reseller_invitation\` (\`distributor_id\`, \`created_at\`);`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists \`reseller_invitation\`;`);
    this.addSql(`drop table if exists \`partner_program_profile\`;`);
    this.addSql(`drop table if exists \`program_application\`;`);
    this.addSql(`drop table if exists \`program_invitation\`;`);
  }
}
