import { Migration } from '@mikro-orm/migrations';

export class Migration20261203182010_PaymentAgreements extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table \`payment_agreement\` (\`id\` integer not null primary key autoincrement, \`partner_id\` integer not null, \`customer_id\` integer not null, \`agreement_type\` text check (\`agreement_type\` in ('FULL', 'LIMITED')) not null, \`status\` text check (\`status\` in ('PENDING_CUSTOMER', 'ACTIVE', 'TERMINATED', 'REJECTED', 'EXPIRED')) not null, \`per_order_limit\` bigint null, \`monthly_limit\` bigint null, \`used_month\` text null, \`used_amount\` bigint not null default 0, \`created_at\` datetime not null, \`created_by_id\` integer null, \`expires_at\` datetime not null, \`answered_at\` datetime null, \`terminated_at\` datetime null, \`terminated_by\` text check (\`terminated_by\` in ('PARTNER', 'CUSTOMER')) null, \`reason\` text null, \`version\` integer not null default 1, constraint \`payment_agreement_partner_id_foreign\` foreign key(\`partner_id\`) references \`partner\`(\`id\`) on update cascade, constraint \`payment_agreement_customer_id_foreign\` foreign key(\`customer_id\`) references \`sub_customer\`(\`id\`) on update cascade, constraint \`payment_agreement_created_by_id_foreign\` foreign key(\`created_by_id\`) references \`member\`(\`id\`) on delete set null on update cascade);`,
    );
    this.addSql(`create index \`payment_agreement_partner_id_index\` on \`payment_agreement\` (\`partner_id\`);`);
    this.addSql(`create index \`payment_agreement_customer_id_index\` on \`payment_agreement\` (\`customer_id\`);`);
    this.addSql(`create index \`payment_agreement_created_by_id_index\` on \`payment_agreement\` (\`created_by_id\`);`);
    this.addSql(
      `create index \`payment_agreement_customer_id_status_index\` on \`payment_agreement\` (\`customer_id\`, \`status\`);`,
    );
    this.addSql(
      `create index \`payment_agreement_partner_id_created_at_index\` on \`payment_agreement\` (\`partner_id\`, \`created_at\`);`,
    );
    this.addSql(
      `create unique index \`payment_agreement_one_active\` on \`payment_agreement\` (\`customer_id\`) where \`status\` = 'ACTIVE';`,
    );
    this.addSql(`alter table \`customer_order\` add column \`on_behalf_amount\` bigint not null default 0;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists \`payment_agreement\`;`);
    this.addSql(`alter table \`customer_order\` drop column \`on_behalf_amount\`;`);
  }
}
