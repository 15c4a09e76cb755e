import { Migration } from '@mikro-orm/migrations';

/** 公司信息 and 实名认证信息 (issue 14 item 6): one partner_company row per partner, kept by the cloud. */
export class Migration20261204157000_PartnerCompany extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      "create table `partner_company` (`id` integer not null primary key autoincrement, `partner_id` integer not null, `legal_name` text not null, `credit_code` text not null, `registered_address` text not null, `legal_representative` text not null, `industry` text not null, `contact_phone` text not null, `website` text null, `real_name_status` text check (`real_name_status` in ('VERIFIED', 'PENDING', 'REJECTED', 'UNVERIFIED')) not null, `real_name_type` text check (`real_name_type` in ('ENTERPRISE', 'INDIVIDUAL')) null, `real_name_name` text null, `certificate_number` text null, `real_name_verified_at` datetime null, `real_name_rejection_reason` text null, constraint `partner_company_partner_id_foreign` foreign key(`partner_id`) references `partner`(`id`) on update cascade);",
    );
    this.addSql('create unique index `partner_company_partner_id_unique` on `partner_company` (`partner_id`);');
  }

  override async down(): Promise<void> {
    this.addSql('drop table if exists `partner_company`;');
  }
}
