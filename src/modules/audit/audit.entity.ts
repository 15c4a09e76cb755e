import { Entity, Index, PrimaryKey, Property } from '@mikro-orm/core';

/**
 * Who changed money or permissions, for which partner, what, before and after, and the request.
 * Written in the transaction of the change; append-only.
 */
@Entity({ tableName: 'audit_log' })
@Index({ properties: ['partnerId', 'createdAt'] })
export class AuditLog {
  @PrimaryKey()
  id!: number;

  @Property()
  partnerId!: number;

  @Property({ type: 'integer', nullable: true })
  memberId?: number | null;

  /** Who acted, as kind:id (member:12, customer:4031, operator:2); null on rows written before it existed. */
  @Property({ type: 'string', length: 64, nullable: true })
  actor?: string | null;

  /** e.g. allocateFunds, createRole. */
  @Property({ length: 64 })
  action!: string;

  /** Global id or table:id of the changed object. */
  @Property({ length: 128 })
  target!: string;

  @Property({ type: 'json', nullable: true })
  before?: unknown;

  @Property({ type: 'json', nullable: true })
  after?: unknown;

  @Property({ length: 64 })
  requestId!: string;

  @Property()
  createdAt!: Date;
}
