import { Migration } from '@mikro-orm/migrations';

export class Migration20261203182001_PriceCatalogue extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table "price_catalogue" ("id" serial primary key, "product_code" varchar(64) not null, "service_type_code" varchar(64) not null, "resource_type_code" varchar(64) not null, "product_spec_desc" varchar(200) not null, "region_code" varchar(32) not null, "period_type" smallint not null, "list_price_fen" int not null);`,
    );
    this.addSql(
      `create index "price_catalogue_service_type_code_region_code_index" on "price_catalogue" ("service_type_code", "region_code");`,
    );
    this.addSql(
      `alter table "price_catalogue" add constraint "price_catalogue_product_code_region_code_period_type_unique" unique ("product_code", "region_code", "period_type");`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "price_catalogue" cascade;`);
  }
}
