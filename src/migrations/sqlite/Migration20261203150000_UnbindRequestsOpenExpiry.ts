import { Migration } from '@mikro-orm/migrations';

/**
 * Unbind requests still PENDING from before requests expired (no expires_at) get their 7 days from
 * this upgrade, so the other side still has a week to answer and the expiry job then treats them
 * like any other (SQLite keeps datetimes as epoch milliseconds).
 */
export class Migration20261203150000_UnbindRequestsOpenExpiry extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `update \`association_event\` set \`expires_at\` = cast(strftime('%s', 'now') as integer) * 1000 + 604800000 where \`event_type\` = 'UNBIND' and \`status\` = 'PENDING' and \`expires_at\` is null;`,
    );
  }
}
