import { BigIntType, Entity, PrimaryKey, Property } from '@mikro-orm/core';

/**
 * One row per maintenance job: who holds it, until when, and when it is due next. A runner takes a
 * job with one conditional UPDATE (free and due), so however many instances share the database,
 * one runs a given job at a time and the job runs once per interval in all (runner.ts).
 */
@Entity({ tableName: 'maintenance_lease' })
export class MaintenanceLease {
  @PrimaryKey({ type: 'string', length: 64 })
  job!: string;

  /** The runner holding the lease (host:pid:random), null when free. */
  @Property({ type: 'string', length: 100, nullable: true })
  holder?: string | null;

  /** The lease ends then (epoch milliseconds) even if its holder died; 0 when free. */
  @Property({ type: new BigIntType('number'), default: 0 })
  leaseUntilMs: number = 0;

  /** The job is due at or after this time (epoch milliseconds). */
  @Property({ type: new BigIntType('number'), default: 0 })
  nextRunAtMs: number = 0;

  /** The last finished run: when, by whom, rows affected, and its error if it failed. */
  @Property({ type: new BigIntType('number'), nullable: true })
  lastFinishedAtMs?: number | null;

  @Property({ type: 'string', length: 100, nullable: true })
  lastHolder?: string | null;

  @Property({ type: 'integer', nullable: true })
  lastRows?: number | null;

  @Property({ type: 'string', length: 500, nullable: true })
  lastError?: string | null;
}
