import { Migration } from '@mikro-orm/migrations';

/** Program memberships (加入的计划 / 发展路径): which programs a partner joined, when, by whom, until when. */
export class Migration20261204153000_ProgramMemberships extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table \`program_membership\` (\`id\` integer not null primary key autoincrement, \`partner_id\` integer not null, \`kind\` text check (\`kind\` in ('SERVICE_PARTNER_PATH', 'CONSULTING_SI_PATH', 'LEARNING_PATH', 'SOFTWARE_PATH', 'DISTRIBUTION_DISTRIBUTOR', 'DISTRIBUTION_RESELLER', 'SOLUTION_PROVIDER')) not null, \`joined_by_id\` integer null, \`joined_at\` datetime not null, \`expires_at\` datetime null, \`status\` text check (\`status\` in ('ACTIVE', 'EXPIRED', 'ENDED')) not null, \`ended_at\` datetime null, constraint \`program_membership_partner_id_foreign\` foreign key(\`partner_id\`) references \`partner\`(\`id\`) on update cascade, constraint \`program_membership_joined_by_id_foreign\` foreign key(\`joined_by_id\`) references \`member\`(\`id\`) on delete set null on update cascade);`,
    );
    this.addSql(`create index \`program_membership_partner_id_index\` on \`program_membership\` (\`partner_id\`);`);
    this.addSql(`create index \`program_membership_joined_by_id_index\` on \`program_membership\` (\`joined_by_id\`);`);
    this.addSql(
      `create index \`program_membership_partner_id_kind_index\` on \`program_membership\` (\`partner_id\`, \`kind\`);`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists \`program_membership\`;`);
  }
}
