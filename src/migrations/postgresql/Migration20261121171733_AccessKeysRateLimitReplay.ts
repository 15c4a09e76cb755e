import { Migration } from '@mikro-orm/migrations';

export class Migration20261121171733_AccessKeysRateLimitReplay extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "access_key" ("id" serial primary key, "member_id" int not null, "partner_id" int not null, "access_key_id" varchar(32) not null, "secret_ciphertext" varchar(300) not null, "description" varchar(200) null, "created_at" timestamptz not null, "last_used_at" timestamptz null, "revoked_at" timestamptz null);`);
    this.addSql(`create index "access_key_member_id_index" on "access_key" ("member_id");`);
    this.addSql(`alter table "access_key" add constraint "access_key_access_key_id_unique" unique ("access_key_id");`);

    this.addSql(`create table "rate_limit_bucket" ("bucket_key" varchar(100) not null, "tokens" double precision not null, "updated_at_ms" bigint not null, "granted" boolean not null, constraint "rate_limit_bucket_pkey" primary key ("bucket_key"));`);

    this.addSql(`create table "signed_request_replay" ("signature" varchar(64) not null, "access_key_id" varchar(32) not null, "expires_at" timestamptz not null, constraint "signed_request_replay_pkey" primary key ("signature"));`);
    this.addSql(`create index "signed_request_replay_expires_at_index" on "signed_request_replay" ("expires_at");`);

    this.addSql(`alter table "access_key" add constraint "access_key_member_id_foreign" foreign key ("member_id") references "member" ("id") on update cascade;`);
    this.addSql(`alter table "access_key" add constraint "access_key_partner_id_foreign" foreign key ("partner_id") references "partner" ("id") on update cascade;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "access_key" cascade;`);

    this.addSql(`drop table if exists "rate_limit_bucket" cascade;`);

    this.addSql(`drop table if exists "signed_request_replay" cascade;`);
  }

}
