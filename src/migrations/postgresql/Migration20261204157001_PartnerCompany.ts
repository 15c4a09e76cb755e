import { Migration } from '@mikro-orm/migrations';

/** 公司信息 and 实名认证信息 (issue 14 item 6): one partner_company row per partner, kept by the cloud. */
export class Migration20261204157001_PartnerCompany extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table "partner_company" ("id" serial primary key, "partner_id" int not null, "legal_name" varchar(200) not null, "credit_code" varchar(18) not null, "registered_address" varchar(300) not null, "legal_representative" varchar(100) not null, "industry" varchar(100) not null, "contact_phone" varchar(32) not null, "website" varchar(200) null, "real_name_status" text check ("real_name_status" in ('VERIFIED', 'PENDING', 'REJECTED', 'UNVERIFIED')) not null, "real_name_type" text check ("real_name_type" in ('ENTERPRISE', 'INDIVIDUAL')) null, "real_name_name" varchar(200) null, "certificate_number" varchar(32) null, "real_name_verified_at" timestamptz null, "real_name_rejection_reason" varchar(500) null);`,
    );
    this.addSql(
      `alter table "partner_company" add constraint "partner_company_partner_id_unique" unique ("partner_id");`,
    );
    this.addSql(
      `alter table "partner_company" add constraint "partner_company_partner_id_foreign" foreign key ("partner_id") references "partner" ("id") on update cascade;`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "partner_company" cascade;`);
  }
}
