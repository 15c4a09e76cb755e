import { Migration } from '@mikro-orm/migrations';

/**
 * Dashboard.balanceAlerts and Dashboard.expiringPendingOrders as LIMITed index range scans, whatever
 * the number of customers and orders (modules/dashboard/dashboard.service.ts): a partner's RESALE
 * customers by debt (most first), then balance and id; a partner's orders of a status by payment deadline.
 */
export class Migration20261204180011_DashboardAlertIndexes extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      'create index sub_customer_balance_alert_index on sub_customer (partner_id, association_type, debt_amount desc, balance, id);',
    );
    this.addSql(
      'create index customer_order_pending_deadline_index on customer_order (partner_id, status, pending_payment_end_time);',
    );
  }

  override async down(): Promise<void> {
    this.addSql('drop index if exists sub_customer_balance_alert_index;');
    this.addSql('drop index if exists customer_order_pending_deadline_index;');
  }
}
