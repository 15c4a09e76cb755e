import { Entity, ManyToOne, PrimaryKey, Property, Unique, type Ref } from '@mikro-orm/core';
import { Partner } from '../partner/partner.entity';

/**
 * One idempotency key of a money-moving mutation, scoped to a partner. The row is inserted in the
 * same transaction as the effect, so a key exists exactly when its effect happened.
 */
@Entity({ tableName: 'idempotency_record' })
@Unique({ properties: ['partner', 'key'] })
export class IdempotencyRecord {
  @PrimaryKey()
  id!: number;

  @ManyToOne(() => Partner, { ref: true })
  partner!: Ref<Partner>;

  @Property({ length: 128 })
  key!: string;

  /** Mutation name. */
  @Property({ length: 64 })
  operation!: string;

  /** SHA-256 of the canonical input: the same key with another input is refused. */
  @Property({ length: 64 })
  requestHash!: string;

  /** The first answer, replayed to retries (ids of changed objects and user errors). */
  @Property({ type: 'json', nullable: true })
  response?: unknown;

  @Property({ index: true })
  createdAt!: Date;
}
