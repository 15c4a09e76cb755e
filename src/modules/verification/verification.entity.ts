import { Entity, ManyToOne, PrimaryKey, Property, type Ref, DateTimeType } from '@mikro-orm/core';
import { Member } from '../member/member.entity';

/** A one-time verification code for a sensitive operation; only its hash is stored. */
@Entity({ tableName: 'verification_code' })
export class VerificationCode {
  @PrimaryKey()
  id!: number;

  @ManyToOne(() => Member, { ref: true, index: true })
  member!: Ref<Member>;

  /** The operation family the code is for (e.g. FUNDS, COUPONS). */
  @Property({ length: 64 })
  purpose!: string;

  /** SHA-256 of the code. */
  @Property({ length: 64 })
  codeHash!: string;

  @Property()
  createdAt!: Date;

  @Property()
  expiresAt!: Date;

  @Property({ type: DateTimeType, nullable: true })
  usedAt?: Date | null;

  /** Wrong tries against this code; it dies after a few. */
  @Property({ default: 0 })
  failedAttempts: number = 0;
}

/** Codes "sent" through the outbox sender; development and tests read them here. */
@Entity({ tableName: 'verification_outbox' })
export class VerificationOutboxMessage {
  @PrimaryKey()
  id!: number;

  @ManyToOne(() => Member, { ref: true, index: true })
  member!: Ref<Member>;

  @Property({ length: 200 })
  destination!: string;

  @Property({ length: 500 })
  body!: string;

  @Property()
  createdAt!: Date;
}
