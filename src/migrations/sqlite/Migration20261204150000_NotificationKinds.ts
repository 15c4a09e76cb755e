import { Migration } from '@mikro-orm/migrations';

const OLD = `'UNBIND_REQUEST_ANSWERED', 'PARTNER_UNBIND_REQUESTED', 'CUSTOMER_UNBIND_REQUESTED', 'UNBIND_REQUEST_EXPIRED', 'BALANCE_ALERT', 'INVITATION_ACCEPTED', 'ORDER_AUTHORIZATION_CHANGED'`;
const NEW = `${OLD}, 'RECHARGE_SETTLED', 'REMITTANCE_HANDLED', 'WITHDRAWAL_HANDLED', 'PAYMENT_AGREEMENT_CHANGED', 'INVOICE_STATUS', 'INCENTIVE_STATUS', 'LEAD_DISPATCHED', 'LEAD_ASSIGNED', 'OPPORTUNITY_STATUS', 'MARKETING_TASK_ASSIGNED', 'PROGRAM_APPLICATION_HANDLED', 'RESELLER_INVITED', 'SPECIALIST_ASSESSED'`;
const COLUMNS = '`id`, `member_id`, `cloud_account_id`, `kind`, `title`, `body`, `subject`, `created_at`, `read_at`';

const createTable = (kinds: string) =>
  `create table \`notification__new\` (\`id\` integer not null primary key autoincrement, \`member_id\` integer null, \`cloud_account_id\` integer null, \`kind\` text check (\`kind\` in (${kinds})) not null, \`title\` text not null, \`body\` text not null, \`subject\` text null, \`created_at\` datetime not null, \`read_at\` datetime null, constraint \`notification_member_id_foreign\` foreign key(\`member_id\`) references \`member\`(\`id\`) on delete set null on update cascade, constraint \`notification_cloud_account_id_foreign\` foreign key(\`cloud_account_id\`) references \`cloud_account\`(\`id\`) on delete set null on update cascade, constraint notification_one_recipient check ((member_id is null) <> (cloud_account_id is null)));`;

/**
 * The finance and growth workflows' notification kinds: SQLite checks enum values in the column, so
 * the table is rebuilt and its rows copied.
 */
export class Migration20261204150000_NotificationKinds extends Migration {
  override async up(): Promise<void> {
    this.rebuild(NEW);
  }

  override async down(): Promise<void> {
    this.rebuild(OLD);
  }

  private rebuild(kinds: string): void {
    this.addSql(createTable(kinds));
    this.addSql(`insert into \`notification__new\` (${COLUMNS}) select ${COLUMNS} from \`notification\`;`);
    this.addSql('drop table `notification`;');
    this.addSql('alter table `notification__new` rename to `notification`;');
    for (const columns of [
      ['member_id'],
      ['cloud_account_id'],
      ['cloud_account_id', 'read_at'],
      ['member_id', 'read_at'],
    ]) {
      this.addSql(
        `create index \`notification_${columns.join('_')}_index\` on \`notification\` (${columns.map((c) => `\`${c}\``).join(', ')});`,
      );
    }
  }
}
