import { Migration } from '@mikro-orm/migrations';

export class Migration20261203183010_Invoices extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table \`invoice\` (\`id\` integer not null primary key autoincrement, \`partner_id\` integer not null, \`kind\` text check (\`kind\` in ('CLOUD_STORE', 'CLOUD')) not null, \`invoice_no\` text not null, \`provider_name\` text null, \`bill_cycle\` text null, \`title_type\` text check (\`title_type\` in ('PERSONAL', 'ENTERPRISE')) not null, \`title_name\` text not null, \`tax_id\` text null, \`invoice_type\` text check (\`invoice_type\` in ('VAT_GENERAL', 'VAT_SPECIAL')) not null, \`medium\` text check (\`medium\` in ('ELECTRONIC', 'PAPER')) not null, \`amount\` bigint not null default 0, \`courier_fee\` bigint not null default 0, \`courier_paid_by\` text check (\`courier_paid_by\` in ('ISSUER', 'PARTNER', 'CUSTOMER')) null, \`recipient_name\` text null, \`recipient_phone\` text null, \`mailing_address\` text null, \`status\` text check (\`status\` in ('SUBMITTED', 'ISSUED', 'SHIPPED', 'RECEIVED', 'REJECTED', 'RETURN_REQUESTED', 'RETURNED')) not null, \`status_reason\` text null, \`tracking_no\` text null, \`return_reason\` text null, \`return_courier_paid_by\` text check (\`return_courier_paid_by\` in ('ISSUER', 'PARTNER', 'CUSTOMER')) null, \`requested_by_id\` integer null, \`requested_at\` datetime not null, \`status_changed_at\` datetime not null, constraint \`invoice_partner_id_foreign\` foreign key(\`partner_id\`) references \`partner\`(\`id\`) on update cascade, constraint \`invoice_requested_by_id_foreign\` foreign key(\`requested_by_id\`) references \`member\`(\`id\`) on delete set null on update cascade);`,
    );
    this.addSql(`create index \`invoice_partner_id_index\` on \`invoice\` (\`partner_id\`);`);
    this.addSql(`create unique index \`invoice_invoice_no_unique\` on \`invoice\` (\`invoice_no\`);`);
    this.addSql(`create index \`invoice_requested_by_id_index\` on \`invoice\` (\`requested_by_id\`);`);
    this.addSql(`create index \`invoice_partner_id_status_index\` on \`invoice\` (\`partner_id\`, \`status\`);`);

    this.addSql(
      `create table \`invoice_item\` (\`id\` integer not null primary key autoincrement, \`invoice_id\` integer not null, \`order_id\` integer not null, \`amount\` bigint not null default 0, constraint \`invoice_item_invoice_id_foreign\` foreign key(\`invoice_id\`) references \`invoice\`(\`id\`) on update cascade, constraint \`invoice_item_order_id_foreign\` foreign key(\`order_id\`) references \`cloud_store_order\`(\`id\`) on update cascade);`,
    );
    this.addSql(`create index \`invoice_item_invoice_id_index\` on \`invoice_item\` (\`invoice_id\`);`);
    this.addSql(`create index \`invoice_item_order_id_index\` on \`invoice_item\` (\`order_id\`);`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists \`invoice_item\`;`);
    this.addSql(`drop table if exists \`invoice\`;`);
  }
}
