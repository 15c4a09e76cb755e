import { Migration } from '@mikro-orm/migrations';

/** Unbind requests answered by the other side (expires_at, EXPIRED); audit rows name their actor. */
export class Migration20261203140001_UnbindRequests extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table "association_event" drop constraint if exists "association_event_status_check";`);
    this.addSql(
      `alter table "association_event" add constraint "association_event_status_check" check ("status" in ('PENDING', 'APPROVED', 'REJECTED', 'COMPLETED', 'EXPIRED'));`,
    );
    this.addSql(`alter table "association_event" add column "expires_at" timestamptz null;`);
    this.addSql(`alter table "audit_log" add column "actor" varchar(64) null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "audit_log" drop column "actor";`);
    this.addSql(`alter table "association_event" drop column "expires_at";`);
    this.addSql(`alter table "association_event" drop constraint if exists "association_event_status_check";`);
    this.addSql(
      `alter table "association_event" add constraint "association_event_status_check" check ("status" in ('PENDING', 'APPROVED', 'REJECTED', 'COMPLETED'));`,
    );
  }
}
