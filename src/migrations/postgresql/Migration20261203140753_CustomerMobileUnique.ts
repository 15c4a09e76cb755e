import { Migration } from '@mikro-orm/migrations';

/** A customer's mobile (country code + telephone) is unique across customers (客户间判重). */
export class Migration20261203140753_CustomerMobileUnique extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create unique index "sub_customer_mobile_unique" on "sub_customer" ("country_code", "telephone") where "unbound_at" is null;`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`drop index "sub_customer_mobile_unique";`);
  }
}
