import { Migration } from '@mikro-orm/migrations';

/**
 * Members' self-service (issue 14, part 6): the accept token of member invitations and who accepted,
 * the members' credential version (a password change ends the sessions issued before it), their
 * personal qualifications (个人资质) and the project-specialist applications (项目专员) with their
 * assessment by an operator, and the news published to partners (新闻动态).
 */
export class Migration20261204155001_MemberSelfService extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table "member_invitation" add column "token" varchar(64) null;`);
    this.addSql(`alter table "member_invitation" add column "accepted_member_id" int null;`);
    this.addSql(`alter table "member_invitation" add column "accepted_at" timestamptz null;`);
    this.addSql(`alter table "member_invitation" add constraint "member_invitation_token_unique" unique ("token");`);
    this.addSql(
      `alter table "member_invitation" add constraint "member_invitation_accepted_member_id_foreign" foreign key ("accepted_member_id") references "member" ("id") on update cascade on delete set null;`,
    );
    this.addSql(`alter table "member" add column "credential_version" int not null default 0;`);

    this.addSql(
      `create table "member_qualification" ("id" serial primary key, "member_id" int not null, "kind" text check ("kind" in ('EMPLOYMENT', 'CERTIFICATE', 'TRAINING', 'PROJECT')) not null, "title" varchar(200) not null, "organisation" varchar(200) null, "started_on" varchar(10) null, "ended_on" varchar(10) null, "description" varchar(1000) null, "created_at" timestamptz not null, "updated_at" timestamptz not null);`,
    );
    this.addSql(`create index "member_qualification_member_id_index" on "member_qualification" ("member_id");`);
    this.addSql(
      `alter table "member_qualification" add constraint "member_qualification_member_id_foreign" foreign key ("member_id") references "member" ("id") on update cascade;`,
    );

    this.addSql(
      `create table "specialist_application" ("id" serial primary key, "partner_id" int not null, "member_id" int not null, "applied_by_id" int not null, "resume" varchar(5000) not null, "status" text check ("status" in ('SUBMITTED', 'APPROVED', 'REJECTED')) not null, "created_at" timestamptz not null, "assessed_at" timestamptz null, "assessed_by_id" int null, "assessment" varchar(1000) null);`,
    );
    this.addSql(`create index "specialist_application_partner_id_index" on "specialist_application" ("partner_id");`);
    this.addSql(`create index "specialist_application_member_id_index" on "specialist_application" ("member_id");`);
    this.addSql(`create index "specialist_application_status_index" on "specialist_application" ("status");`);
    this.addSql(
      `alter table "specialist_application" add constraint "specialist_application_partner_id_foreign" foreign key ("partner_id") references "partner" ("id") on update cascade;`,
    );
    this.addSql(
      `alter table "specialist_application" add constraint "specialist_application_member_id_foreign" foreign key ("member_id") references "member" ("id") on update cascade;`,
    );
    this.addSql(
      `alter table "specialist_application" add constraint "specialist_application_applied_by_id_foreign" foreign key ("applied_by_id") references "member" ("id") on update cascade;`,
    );
    this.addSql(
      `alter table "specialist_application" add constraint "specialist_application_assessed_by_id_foreign" foreign key ("assessed_by_id") references "cloud_operator" ("id") on update cascade on delete set null;`,
    );

    this.addSql(
      `create table "partner_news" ("id" serial primary key, "title" varchar(200) not null, "summary" varchar(500) not null, "body" text not null, "published_at" timestamptz not null);`,
    );
    this.addSql(`create index "partner_news_published_at_index" on "partner_news" ("published_at");`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "partner_news";`);
    this.addSql(`drop table if exists "specialist_application" cascade;`);
    this.addSql(`drop table if exists "member_qualification" cascade;`);
    this.addSql(`alter table "member_invitation" drop constraint "member_invitation_token_unique";`);
    this.addSql(`alter table "member_invitation" drop constraint "member_invitation_accepted_member_id_foreign";`);
    this.addSql(`alter table "member_invitation" drop column "token";`);
    this.addSql(`alter table "member_invitation" drop column "accepted_member_id";`);
    this.addSql(`alter table "member_invitation" drop column "accepted_at";`);
    this.addSql(`alter table "member" drop column "credential_version";`);
  }
}
