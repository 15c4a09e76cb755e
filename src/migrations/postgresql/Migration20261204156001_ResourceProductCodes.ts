import { Migration } from '@mikro-orm/migrations';

/**
 * Renewals priced from the catalogue: each resource (main and dependent) carries its product code,
 * which with its region and the renewal's period unit finds its price_catalogue entry. Backfill: a
 * main resource takes the product of the line it was bought or last renewed on (its own tagged line,
 * else the first line of its service type, else the first line: as paidSources picks it); a dependent
 * has no line of its own and stays null until the cloud names its product (its renewal is refused
 * with RENEWAL_NOT_IN_CATALOGUE meanwhile; the demo seeder sets every resource's code).
 */
export class Migration20261204156001_ResourceProductCodes extends Migration {
  override async up(): Promise<void> {
    this.addSql('alter table "resource" add column "product_code" varchar(64) null;');
    this.addSql(
      `update "resource" set "product_code" = (select l."product_id" from "order_line_item" l where l."order_id" = "resource"."order_id" and l."product_spec_desc" like '%[resource ' || "resource"."resource_id" || ']' order by l."id" limit 1) where "is_main_resource" = true and "order_id" is not null and "product_code" is null;`,
    );
    this.addSql(
      `update "resource" set "product_code" = (select l."product_id" from "order_line_item" l where l."order_id" = "resource"."order_id" and l."service_type_code" = "resource"."service_type_code" order by l."id" limit 1) where "is_main_resource" = true and "order_id" is not null and "product_code" is null;`,
    );
    this.addSql(
      `update "resource" set "product_code" = (select l."product_id" from "order_line_item" l where l."order_id" = "resource"."order_id" order by l."id" limit 1) where "is_main_resource" = true and "order_id" is not null and "product_code" is null;`,
    );
  }

  override async down(): Promise<void> {
    this.addSql('alter table "resource" drop column "product_code";');
  }
}
