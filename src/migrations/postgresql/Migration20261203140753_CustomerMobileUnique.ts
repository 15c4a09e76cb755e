import { Migration } from '@mikro-orm/migrations';

/** A customer's mobile (country code + telephone) is unique across customers (客户间判重). */
export class Migration20261203140753_CustomerMobileUnique extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `alter table "sub_customer" add constraint "sub_customer_mobile_unique" unique ("country_code", "telephone");`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "sub_customer" drop constraint "sub_customer_mobile_unique";`);
  }
}
