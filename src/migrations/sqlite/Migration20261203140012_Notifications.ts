import { Migration } from '@mikro-orm/migrations';

export class Migration20261203140012_Notifications extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table \`notification\` (\`id\` integer not null primary key autoincrement, \`member_id\` integer null, \`cloud_account_id\` integer null, \`kind\` text check (\`kind\` in ('UNBIND_REQUEST_ANSWERED', 'PARTNER_UNBIND_REQUESTED', 'CUSTOMER_UNBIND_REQUESTED', 'UNBIND_REQUEST_EXPIRED', 'BALANCE_ALERT', 'INVITATION_ACCEPTED', 'ORDER_AUTHORIZATION_CHANGED')) not null, \`title\` text not null, \`body\` text not null, \`subject\` text null, \`created_at\` datetime not null, \`read_at\` datetime null, constraint \`notification_member_id_foreign\` foreign key(\`member_id\`) references \`member\`(\`id\`) on delete set null on update cascade, constraint \`notification_cloud_account_id_foreign\` foreign key(\`cloud_account_id\`) references \`cloud_account\`(\`id\`) on delete set null on update cascade, constraint notification_one_recipient check ((member_id is null) <> (cloud_account_id is null)));`,
    );
    this.addSql(`create index \`notification_member_id_index\` on \`notification\` (\`member_id\`);`);
    this.addSql(`create index \`notification_cloud_account_id_index\` on \`notification\` (\`cloud_account_id\`);`);
    this.addSql(
      `create index \`notification_cloud_account_id_read_at_index\` on \`notification\` (\`cloud_account_id\`, \`read_at\`);`,
    );
    this.addSql(
      `create index \`notification_member_id_read_at_index\` on \`notification\` (\`member_id\`, \`read_at\`);`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists \`notification\`;`);
  }
}
