import { Migration } from '@mikro-orm/migrations';

/**
 * A partner's dashboard revision (modules/performance/dashboard-revision.ts): a new random value each
 * time its consumption roll-ups change (moveCustomers, the rebuild), in the same transaction, so a
 * server may keep an answer computed from them (Dashboard.topCustomers) until the value changes. A
 * partner without a row has answers that are computed on every read (run `npm run db:rollups`).
 */
export class Migration20261206010000_DashboardRevision extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      'create table dashboard_revision (partner_id integer not null primary key, revision varchar(36) not null);',
    );
  }

  override async down(): Promise<void> {
    this.addSql('drop table if exists dashboard_revision;');
  }
}
