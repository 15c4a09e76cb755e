import { Migration } from '@mikro-orm/migrations';

const OLD = `'RECHARGE', 'ALLOCATE_OUT', 'ALLOCATE_IN', 'RECLAIM_OUT', 'RECLAIM_IN', 'UNBIND_RETURN_OUT', 'UNBIND_RETURN_IN', 'ORDER_PAYMENT', 'REFUND'`;
const NEW = `${OLD}, 'REMITTANCE', 'WITHDRAWAL', 'WITHDRAWAL_RETURNED', 'REBATE_WITHDRAWAL', 'REBATE_WITHDRAWAL_RETURNED', 'INCENTIVE_PAYOUT', 'PAYMENT_ON_BEHALF'`;

/** The finance workflows' trade types (remittance, withdrawals, rebate withdrawals, incentive payouts, payment on behalf). */
export class Migration20261203180001_FinanceTradeTypes extends Migration {
  override async up(): Promise<void> {
    this.replaceCheck(NEW);
  }

  override async down(): Promise<void> {
    this.replaceCheck(OLD);
  }

  private replaceCheck(tradeTypes: string): void {
    this.addSql(
      'alter table "account_change_record" drop constraint if exists "account_change_record_trade_type_check";',
    );
    this.addSql(
      `alter table "account_change_record" add constraint "account_change_record_trade_type_check" check ("trade_type" in (${tradeTypes}));`,
    );
  }
}
