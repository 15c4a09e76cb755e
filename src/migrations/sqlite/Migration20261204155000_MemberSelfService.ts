import { Migration } from '@mikro-orm/migrations';

/**
 * Members' self-service (issue 14, part 6): the accept token of member invitations and who accepted,
 * the members' credential version (a password change ends the sessions issued before it), their
 * personal qualifications (个人资质) and the project-specialist applications (项目专员) with their
 * assessment by an operator, and the news published to partners (新闻动态).
 */
export class Migration20261204155000_MemberSelfService extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table \`member_invitation\` add column \`token\` text null;`);
    this.addSql(
      `alter table \`member_invitation\` add column \`accepted_member_id\` integer null references \`member\`(\`id\`) on delete set null on update cascade;`,
    );
    this.addSql(`alter table \`member_invitation\` add column \`accepted_at\` datetime null;`);
    this.addSql(`create unique index \`member_invitation_token_unique\` on \`member_invitation\` (\`token\`);`);
    this.addSql(`alter table \`member\` add column \`credential_version\` integer not null default 0;`);

    this.addSql(
      `create table \`member_qualification\` (\`id\` integer not null primary key autoincrement, \`member_id\` integer not null, \`kind\` text check (\`kind\` in ('EMPLOYMENT', 'CERTIFICATE', 'TRAINING', 'PROJECT')) not null, \`title\` text not null, \`organisation\` text null, \`started_on\` text null, \`ended_on\` text null, \`description\` text null, \`created_at\` datetime not null, \`updated_at\` datetime not null, constraint \`member_qualification_member_id_foreign\` foreign key(\`member_id\`) references \`member\`(\`id\`) on update cascade);`,
    );
    this.addSql(`create index \`member_qualification_member_id_index\` on \`member_qualification\` (\`member_id\`);`);

    this.addSql(
      `create table \`specialist_application\` (\`id\` integer not null primary key autoincrement, \`partner_id\` integer not null, \`member_id\` integer not null, \`applied_by_id\` integer not null, \`resume\` text not null, \`status\` text check (\`status\` in ('SUBMITTED', 'APPROVED', 'REJECTED')) not null, \`created_at\` datetime not null, \`assessed_at\` datetime null, \`assessed_by_id\` integer null, \`assessment\` text null, constraint \`specialist_application_partner_id_foreign\` foreign key(\`partner_id\`) references \`partner\`(\`id\`) on update cascade, constraint \`specialist_application_member_id_foreign\` foreign key(\`member_id\`) references \`member\`(\`id\`) on update cascade, constraint \`specialist_application_applied_by_id_foreign\` foreign key(\`applied_by_id\`) references \`member\`(\`id\`) on update cascade, constraint \`specialist_application_assessed_by_id_foreign\` foreign key(\`assessed_by_id\`) references \`cloud_operator\`(\`id\`) on delete set null on update cascade);`,
    );
    this.addSql(
      `create index \`specialist_application_partner_id_index\` on \`specialist_application\` (\`partner_id\`);`,
    );
    this.addSql(
      `create index \`specialist_application_member_id_index\` on \`specialist_application\` (\`member_id\`);`,
    );
    this.addSql(`create index \`specialist_application_status_index\` on \`specialist_application\` (\`status\`);`);

    this.addSql(
      `create table \`partner_news\` (\`id\` integer not null primary key autoincrement, \`title\` text not null, \`summary\` text not null, \`body\` text not null, \`published_at\` datetime not null);`,
    );
    this.addSql(`create index \`partner_news_published_at_index\` on \`partner_news\` (\`published_at\`);`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists \`partner_news\`;`);
    this.addSql(`drop table if exists \`specialist_application\`;`);
    this.addSql(`drop table if exists \`member_qualification\`;`);
    this.addSql(`drop index if exists \`member_invitation_token_unique\`;`);
    this.addSql(`alter table \`member_invitation\` drop column \`token\`;`);
    this.addSql(`alter table \`member_invitation\` drop column \`accepted_member_id\`;`);
    this.addSql(`alter table \`member_invitation\` drop column \`accepted_at\`;`);
    this.addSql(`alter table \`member\` drop column \`credential_version\`;`);
  }
}
