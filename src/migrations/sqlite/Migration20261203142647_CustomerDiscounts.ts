import { Migration } from '@mikro-orm/migrations';

/** 折扣信息: the discount rates a customer enjoys with its partner (SubCustomer.discounts). */
export class Migration20261203142647_CustomerDiscounts extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table \`customer_discount\` (\`id\` integer not null primary key autoincrement, \`partner_id\` integer not null, \`customer_id\` integer not null, \`discount_type\` text check (\`discount_type\` in ('COMMERCIAL_DISCOUNT', 'PARTNER_DISCOUNT', 'PROMOTION')) not null, \`service_type_code\` text null, \`rate_basis_points\` integer not null, \`effective_time\` datetime not null, \`expire_time\` datetime null, constraint \`customer_discount_partner_id_foreign\` foreign key(\`partner_id\`) references \`partner\`(\`id\`) on update cascade, constraint \`customer_discount_customer_id_foreign\` foreign key(\`customer_id\`) references \`sub_customer\`(\`id\`) on update cascade);`,
    );
    this.addSql(`create index \`customer_discount_partner_id_index\` on \`customer_discount\` (\`partner_id\`);`);
    this.addSql(`create index \`customer_discount_customer_id_index\` on \`customer_discount\` (\`customer_id\`);`);
    this.addSql(
      `create index \`customer_discount_customer_id_partner_id_index\` on \`customer_discount\` (\`customer_id\`, \`partner_id\`);`,
    );
  }

  override async down(): Promise<void> {
    this.addSql('drop table if exists `customer_discount`;');
  }
}
