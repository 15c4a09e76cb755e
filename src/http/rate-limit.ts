/**
 * Rate limit by query cost: a token bucket per member (per client address for anonymous
 * requests), kept in the database so that every instance draws from the same bucket.
 *
 * One statement per request (on PostgreSQL in a transaction of its own that does not wait for the
 * WAL flush: common/pg-prepared.ts runUnflushed): an upsert that refills the bucket for the time elapsed, takes the
 * cost if it is there, and returns what is left. The refill-check-take happens inside that single
 * statement (row lock in PostgreSQL, the write lock in SQLite), so two instances cannot both spend
 * the same points.
 */
import type { EntityManager } from '@mikro-orm/core';
import { SqlEntityManager } from '@mikro-orm/knex';
import type { DatabaseKind, RateLimitConfig } from '../config';
import { runUnflushed } from '../common/pg-prepared';

export interface ThrottleStatus {
  /** The bucket's size. */
  maximumAvailable: number;
  /** Points left after this request (whole points). */
  currentlyAvailable: number;
  /** Points restored per second. */
  restoreRate: number;
}

export interface ThrottleResult {
  granted: boolean;
  status: ThrottleStatus;
  /** Seconds until the cost would be available (0 when granted). */
  retryAfterSeconds: number;
}

export interface Bucket {
  key: string;
  capacity: number;
  restorePerSecond: number;
}

export class RateLimiter {
  private readonly least: string;
  private readonly greatest: string;

  constructor(
    readonly config: RateLimitConfig,
    private readonly dialect: DatabaseKind,
  ) {
    // SQLite's multi-argument min()/max() are PostgreSQL's least()/greatest().
    [this.least, this.greatest] = dialect === 'postgresql' ? ['least', 'greatest'] : ['min', 'max'];
  }

  /** The bucket a request draws from: its member's, or its client address's when anonymous. */
  bucketFor(memberId: number | null, address: string | undefined): Bucket {
    return memberId != null
      ? { key: `member:${memberId}`, capacity: this.config.capacity, restorePerSecond: this.config.restorePerSecond }
      : {
          key: `ip:${(address ?? 'unknown').slice(0, 90)}`,
          capacity: this.config.anonymousCapacity,
          restorePerSecond: this.config.anonymousRestorePerSecond,
        };
  }

  /** Takes `cost` points (at least 1) from the bucket if they are there. */
  async take(em: EntityManager, bucket: Bucket, requestedCost: number, now = Date.now()): Promise<ThrottleResult> {
    const cost = Math.max(1, Math.ceil(requestedCost));
    const capacity = Number(bucket.capacity);
    const perMs = Number(bucket.restorePerSecond) / 1000;
    const t = 'rate_limit_bucket';
    // Points available now: the stored points plus the refill since, capped at the capacity.
    const available = `${this.least}(${capacity}, ${t}.tokens + ${this.greatest}(0, ? - ${t}.updated_at_ms) * ${perMs})`;
    const sql = `insert into ${t} (bucket_key, tokens, updated_at_ms, granted) values (?, ?, ?, ?)
      on conflict (bucket_key) do update set
        tokens = case when ${available} >= ? then ${available} - ? else ${available} end,
        granted = (${available} >= ?),
        updated_at_ms = ${this.greatest}(${t}.updated_at_ms, ?)
      returning tokens, granted`;
    const fresh = capacity >= cost;
    const params = [
      bucket.key,
      fresh ? capacity - cost : capacity,
      now,
      fresh,
      now,
      cost,
      now,
      cost,
      now,
      now,
      cost,
      now,
    ];
    // PostgreSQL: its own transaction that does not wait for the WAL flush (a bucket lost in a crash
    // refills; the fsync cost every request 2 ms). The values are written in as MikroORM writes them.
    const rows =
      this.dialect === 'postgresql' && em instanceof SqlEntityManager
        ? await runUnflushed(em, em.getPlatform().formatQuery(sql, params))
        : ((await em.getConnection().execute<Record<string, unknown>[]>(sql, params, 'all')) ?? []);
    const row = rows[0] ?? {};
    const tokens = Number(row.tokens);
    const granted = row.granted === true || row.granted === 1 || row.granted === '1';
    return {
      granted,
      status: {
        maximumAvailable: capacity,
        currentlyAvailable: Math.max(0, Math.floor(tokens)),
        restoreRate: bucket.restorePerSecond,
      },
      retryAfterSeconds: granted ? 0 : Math.max(1, Math.ceil((cost - tokens) / bucket.restorePerSecond)),
    };
  }
}
