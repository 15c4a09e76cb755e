import { Migration } from '@mikro-orm/migrations';

/**
 * Partner accounts as the seeds list them: the account an account change record is on (CASH 1,
 * CREDIT 2, BONUS 5, DEPOSIT 7), the part of an order paid from the partner's credit account, and
 * two alert thresholds: `balance_alert_threshold` becomes the partner's own low-balance alert
 * (设置余额预警), the customers' one moves to `customer_balance_alert_threshold`.
 */
export class Migration20261203132414_PartnerAccountsAndBalanceAlerts extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table "partner" add column "customer_balance_alert_threshold" bigint null;`);
    this.addSql(
      `update "partner" set "customer_balance_alert_threshold" = "balance_alert_threshold", "balance_alert_threshold" = null;`,
    );
    this.addSql(`alter table "customer_order" add column "credit_amount" bigint not null default 0;`);
    this.addSql(`alter table "account_change_record" add column "account_type" smallint not null default 1;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "account_change_record" drop column "account_type";`);
    this.addSql(`alter table "customer_order" drop column "credit_amount";`);
    this.addSql(`update "partner" set "balance_alert_threshold" = "customer_balance_alert_threshold";`);
    this.addSql(`alter table "partner" drop column "customer_balance_alert_threshold";`);
  }
}
