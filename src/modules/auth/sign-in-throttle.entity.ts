import { BigIntType, Entity, PrimaryKey, Property } from '@mikro-orm/core';

/**
 * Failed sign-ins of one login name (known or not: both are throttled alike, so a lock tells
 * nothing about whether the login exists). In the database so the count and the lock hold across
 * instances; changed only inside a short transaction that locks the row (sign-in-throttle.ts).
 */
@Entity({ tableName: 'sign_in_throttle' })
export class SignInThrottle {
  /** The login name as typed (≤ 64 characters, like Member.loginName), or `#` + its SHA-256 when longer. */
  @PrimaryKey({ type: 'string', length: 100 })
  loginKey!: string;

  /** Attempts since the last success (or since the memory window forgot older ones), counted before the password is checked. */
  @Property({ type: 'integer' })
  attempts!: number;

  /** No attempt is checked before this time (epoch milliseconds); null when not locked. */
  @Property({ type: new BigIntType('number'), nullable: true })
  lockedUntilMs?: number | null;

  /** The last attempt (epoch milliseconds): attempts older than the memory window are forgotten. */
  @Property({ type: new BigIntType('number'), index: true })
  lastAttemptMs!: number;
}
