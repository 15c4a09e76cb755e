import { BigIntType, Entity, PrimaryKey, Property } from '@mikro-orm/core';

/**
 * One token bucket of the cost rate limit (`member:<id>` or `ip:<address>`). In the database so
 * every instance draws from the same bucket; changed only by one atomic upsert (http/rate-limit.ts).
 */
@Entity({ tableName: 'rate_limit_bucket' })
export class RateLimitBucket {
  @PrimaryKey({ type: 'string', length: 100 })
  bucketKey!: string;

  /** Points left after the last request (fractions accrue between requests). */
  @Property({ type: 'double' })
  tokens!: number;

  /** When `tokens` was computed, in epoch milliseconds. */
  @Property({ type: new BigIntType('number') })
  updatedAtMs!: number;

  /** Whether the last request was let through. */
  @Property({ type: 'boolean' })
  granted!: boolean;
}
