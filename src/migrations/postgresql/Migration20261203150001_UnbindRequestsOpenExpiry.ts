import { Migration } from '@mikro-orm/migrations';

/**
 * Unbind requests still PENDING from before requests expired (no expires_at) get their 7 days from
 * this upgrade, so the other side still has a week to answer and the expiry job then treats them
 * like any other.
 */
export class Migration20261203150001_UnbindRequestsOpenExpiry extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `update "association_event" set "expires_at" = now() + interval '7 days' where "event_type" = 'UNBIND' and "status" = 'PENDING' and "expires_at" is null;`,
    );
  }

  override async down(): Promise<void> {
    // The expiry given to old requests stays: it is what the rules say a request has.
  }
}
