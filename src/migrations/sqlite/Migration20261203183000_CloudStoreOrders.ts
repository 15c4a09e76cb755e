import { Migration } from '@mikro-orm/migrations';

export class Migration20261203183000_CloudStoreOrders extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table \`cloud_store_order\` (\`id\` integer not null primary key autoincrement, \`partner_id\` integer not null, \`customer_id\` integer null, \`order_no\` text not null, \`provider_name\` text not null, \`product_name\` text not null, \`amount\` bigint not null default 0, \`status\` text check (\`status\` in ('PAID', 'IN_ARREARS', 'REFUNDED')) not null, \`placed_at\` datetime not null, \`paid_at\` datetime null, \`curated\` integer not null default false, \`list_price\` bigint null, \`resale_price\` bigint null, \`live_invoice_id\` integer null, constraint \`cloud_store_order_partner_id_foreign\` foreign key(\`partner_id\`) references \`partner\`(\`id\`) on update cascade, constraint \`cloud_store_order_customer_id_foreign\` foreign key(\`customer_id\`) references \`sub_customer\`(\`id\`) on delete set null on update cascade);`,
    );
    this.addSql(`create index \`cloud_store_order_partner_id_index\` on \`cloud_store_order\` (\`partner_id\`);`);
    this.addSql(`create index \`cloud_store_order_customer_id_index\` on \`cloud_store_order\` (\`customer_id\`);`);
    this.addSql(`create unique index \`cloud_store_order_order_no_unique\` on \`cloud_store_order\` (\`order_no\`);`);
    this.addSql(
      `create index \`cloud_store_order_live_invoice_id_index\` on \`cloud_store_order\` (\`live_invoice_id\`);`,
    );
    this.addSql(
      `create index \`cloud_store_order_partner_id_placed_at_index\` on \`cloud_store_order\` (\`partner_id\`, \`placed_at\`);`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists \`cloud_store_order\`;`);
  }
}
