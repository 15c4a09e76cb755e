import { Migration } from '@mikro-orm/migrations';

/** Signed-in customers and cloud operators, the general outbox, verification codes for customers. */
export class Migration20261203133057_CustomerOperatorActorsAndOutbox extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table \`cloud_operator\` (\`id\` integer not null primary key autoincrement, \`login_name\` text not null, \`display_name\` text not null, \`duty\` text check (\`duty\` in ('PARTNER_OPERATIONS', 'ECOSYSTEM_MANAGER', 'FINANCE')) not null, \`password_hash\` text not null, \`email\` text null, \`created_at\` datetime not null, \`disabled_at\` datetime null);`,
    );
    this.addSql(`create unique index \`cloud_operator_login_name_unique\` on \`cloud_operator\` (\`login_name\`);`);

    this.addSql(
      `create table \`outbox_message\` (\`id\` integer not null primary key autoincrement, \`channel\` text check (\`channel\` in ('SMS', 'EMAIL')) not null, \`destination\` text not null, \`subject\` text null, \`body\` text not null, \`purpose\` text not null, \`created_at\` datetime not null, \`sent_at\` datetime null);`,
    );
    this.addSql(`create index \`outbox_message_sent_at_index\` on \`outbox_message\` (\`sent_at\`);`);
    this.addSql(
      `create index \`outbox_message_destination_id_index\` on \`outbox_message\` (\`destination\`, \`id\`);`,
    );

    this.addSql(`drop table if exists \`verification_outbox\`;`);

    this.addSql(`alter table \`cloud_account\` add column \`password_hash\` text null;`);

    // verification_code: member_id becomes nullable (a customer's codes have a cloud account instead),
    // which SQLite can only do by rebuilding the table. Codes live 5 minutes: none are worth copying.
    this.addSql(`drop table if exists \`verification_code\`;`);
    this.addSql(
      `create table \`verification_code\` (\`id\` integer not null primary key autoincrement, \`member_id\` integer null, \`cloud_account_id\` integer null, \`destination\` text null, \`purpose\` text not null, \`code_hash\` text not null, \`created_at\` datetime not null, \`expires_at\` datetime not null, \`used_at\` datetime null, \`failed_attempts\` integer not null default 0, constraint \`verification_code_member_id_foreign\` foreign key(\`member_id\`) references \`member\`(\`id\`) on delete set null on update cascade, constraint \`verification_code_cloud_account_id_foreign\` foreign key(\`cloud_account_id\`) references \`cloud_account\`(\`id\`) on delete set null on update cascade);`,
    );
    this.addSql(`create index \`verification_code_member_id_index\` on \`verification_code\` (\`member_id\`);`);
    this.addSql(
      `create index \`verification_code_cloud_account_id_index\` on \`verification_code\` (\`cloud_account_id\`);`,
    );
  }
}
