import { Migration } from '@mikro-orm/migrations';

const OLD = `'UNBIND_REQUEST_ANSWERED', 'PARTNER_UNBIND_REQUESTED', 'CUSTOMER_UNBIND_REQUESTED', 'UNBIND_REQUEST_EXPIRED', 'BALANCE_ALERT', 'INVITATION_ACCEPTED', 'ORDER_AUTHORIZATION_CHANGED'`;
const NEW = `${OLD}, 'RECHARGE_SETTLED', 'REMITTANCE_HANDLED', 'WITHDRAWAL_HANDLED', 'PAYMENT_AGREEMENT_CHANGED', 'INVOICE_STATUS', 'INCENTIVE_STATUS', 'LEAD_DISPATCHED', 'LEAD_ASSIGNED', 'OPPORTUNITY_STATUS', 'MARKETING_TASK_ASSIGNED', 'PROGRAM_APPLICATION_HANDLED', 'RESELLER_INVITED', 'SPECIALIST_ASSESSED'`;

/** The finance and growth workflows' notification kinds. */
export class Migration20261204150001_NotificationKinds extends Migration {
  override async up(): Promise<void> {
    this.replaceCheck(NEW);
  }

  override async down(): Promise<void> {
    this.replaceCheck(OLD);
  }

  private replaceCheck(kinds: string): void {
    this.addSql('alter table "notification" drop constraint if exists "notification_kind_check";');
    this.addSql(`alter table "notification" add constraint "notification_kind_check" check ("kind" in (${kinds}));`);
  }
}
