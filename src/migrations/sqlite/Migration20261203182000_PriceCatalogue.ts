import { Migration } from '@mikro-orm/migrations';

export class Migration20261203182000_PriceCatalogue extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table \`price_catalogue\` (\`id\` integer not null primary key autoincrement, \`product_code\` text not null, \`service_type_code\` text not null, \`resource_type_code\` text not null, \`product_spec_desc\` text not null, \`region_code\` text not null, \`period_type\` integer not null, \`list_price_fen\` integer not null);`,
    );
    this.addSql(
      `create index \`price_catalogue_service_type_code_region_code_index\` on \`price_catalogue\` (\`service_type_code\`, \`region_code\`);`,
    );
    this.addSql(
      `create unique index \`price_catalogue_product_code_region_code_period_type_unique\` on \`price_catalogue\` (\`product_code\`, \`region_code\`, \`period_type\`);`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists \`price_catalogue\`;`);
  }
}
