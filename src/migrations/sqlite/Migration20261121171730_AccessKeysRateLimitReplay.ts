import { Migration } from '@mikro-orm/migrations';

export class Migration20261121171730_AccessKeysRateLimitReplay extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table \`access_key\` (\`id\` integer not null primary key autoincrement, \`member_id\` integer not null, \`partner_id\` integer not null, \`access_key_id\` text not null, \`secret_ciphertext\` text not null, \`description\` text null, \`created_at\` datetime not null, \`last_used_at\` datetime null, \`revoked_at\` datetime null, constraint \`access_key_member_id_foreign\` foreign key(\`member_id\`) references \`member\`(\`id\`) on update cascade, constraint \`access_key_partner_id_foreign\` foreign key(\`partner_id\`) references \`partner\`(\`id\`) on update cascade);`);
    this.addSql(`create index \`access_key_member_id_index\` on \`access_key\` (\`member_id\`);`);
    this.addSql(`create index \`access_key_partner_id_index\` on \`access_key\` (\`partner_id\`);`);
    this.addSql(`create unique index \`access_key_access_key_id_unique\` on \`access_key\` (\`access_key_id\`);`);

    this.addSql(`create table \`rate_limit_bucket\` (\`bucket_key\` text not null, \`tokens\` double not null, \`updated_at_ms\` bigint not null, \`granted\` integer not null, primary key (\`bucket_key\`));`);

    this.addSql(`create table \`signed_request_replay\` (\`signature\` text not null, \`access_key_id\` text not null, \`expires_at\` datetime not null, primary key (\`signature\`));`);
    this.addSql(`create index \`signed_request_replay_expires_at_index\` on \`signed_request_replay\` (\`expires_at\`);`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists \`access_key\`;`);
    this.addSql(`drop table if exists \`rate_limit_bucket\`;`);
    this.addSql(`drop table if exists \`signed_request_replay\`;`);
  }

}
