import { Migration } from '@mikro-orm/migrations';

const OLD = `'RECHARGE', 'ALLOCATE_OUT', 'ALLOCATE_IN', 'RECLAIM_OUT', 'RECLAIM_IN', 'UNBIND_RETURN_OUT', 'UNBIND_RETURN_IN', 'ORDER_PAYMENT', 'REFUND'`;
const NEW = `${OLD}, 'REMITTANCE', 'WITHDRAWAL', 'WITHDRAWAL_RETURNED', 'REBATE_WITHDRAWAL', 'REBATE_WITHDRAWAL_RETURNED', 'INCENTIVE_PAYOUT', 'PAYMENT_ON_BEHALF'`;
const COLUMNS =
  '`id`, `partner_id`, `owner_type`, `customer_id`, `trade_type`, `amount`, `balance_after`, `trade_id`, `trade_time`, `account_type`';

/** The account change record's table with the given trade types (SQLite checks enum values in the column). */
const createTable = (tradeTypes: string) =>
  `create table \`account_change_record__new\` (\`id\` integer not null primary key autoincrement, \`partner_id\` integer not null, \`owner_type\` text check (\`owner_type\` in ('PARTNER', 'CUSTOMER')) not null, \`customer_id\` integer null, \`trade_type\` text check (\`trade_type\` in (${tradeTypes})) not null, \`amount\` bigint not null default 0, \`balance_after\` bigint not null default 0, \`trade_id\` text not null, \`trade_time\` datetime not null, \`account_type\` integer not null default 1, constraint \`account_change_record_partner_id_foreign\` foreign key(\`partner_id\`) references \`partner\`(\`id\`) on update cascade, constraint \`account_change_record_customer_id_foreign\` foreign key(\`customer_id\`) references \`sub_customer\`(\`id\`) on delete set null on update cascade);`;

/**
 * The finance workflows' trade types (remittance, withdrawals and their returns, rebate withdrawals,
 * incentive payouts, payment on behalf): SQLite checks enum values in the column, so the table is
 * rebuilt and its rows copied.
 */
export class Migration20261203180000_FinanceTradeTypes extends Migration {
  override async up(): Promise<void> {
    this.rebuild(NEW);
  }

  override async down(): Promise<void> {
    this.rebuild(OLD);
  }

  private rebuild(tradeTypes: string): void {
    this.addSql(createTable(tradeTypes));
    this.addSql(
      `insert into \`account_change_record__new\` (${COLUMNS}) select ${COLUMNS} from \`account_change_record\`;`,
    );
    this.addSql('drop table `account_change_record`;');
    this.addSql('alter table `account_change_record__new` rename to `account_change_record`;');
    for (const columns of [
      ['partner_id'],
      ['customer_id'],
      ['trade_id'],
      ['customer_id', 'trade_time'],
      ['partner_id', 'owner_type', 'trade_time'],
    ]) {
      this.addSql(
        `create index \`account_change_record_${columns.join('_')}_index\` on \`account_change_record\` (${columns.map((c) => `\`${c}\``).join(', ')});`,
      );
    }
  }
}
