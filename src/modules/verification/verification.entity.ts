import { Entity, ManyToOne, PrimaryKey, Property, type Ref, DateTimeType } from '@mikro-orm/core';
import { Member } from '../member/member.entity';
import { CloudAccount } from '../cloud-account/cloud-account.entity';

/**
 * A one-time verification code for a sensitive operation; only its hash is stored. Its holder is a
 * member or a customer (cloud account): exactly one is set.
 */
@Entity({ tableName: 'verification_code' })
export class VerificationCode {
  @PrimaryKey()
  id!: number;

  @ManyToOne(() => Member, { ref: true, index: true, nullable: true })
  member?: Ref<Member> | null;

  @ManyToOne(() => CloudAccount, { ref: true, index: true, nullable: true })
  cloudAccount?: Ref<CloudAccount> | null;

  /**
   * Where the code went when that is not the holder's own contact (a new customer's mobile for a
   * registration code); the code is good only for that destination. Null: the holder's own.
   */
  @Property({ type: 'string', length: 200, nullable: true })
  destination?: string | null;

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
