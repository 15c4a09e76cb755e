import { DateTimeType, Entity, Enum, Index, PrimaryKey, Property } from '@mikro-orm/core';

/** How an outbox message reaches a person. */
export enum OutboxChannel {
  SMS = 'SMS',
  EMAIL = 'EMAIL',
}

/**
 * Every SMS and e-mail the partner center sends (verification codes, notifications), written in the
 * transaction of the change that causes it: a rolled-back change sends nothing, a committed one is
 * never lost. A relay outside this service delivers the rows and sets sentAt; development and tests
 * read them here.
 */
@Entity({ tableName: 'outbox_message' })
@Index({ properties: ['destination', 'id'] })
export class OutboxMessage {
  @PrimaryKey()
  id!: number;

  @Enum({ items: () => OutboxChannel })
  channel!: OutboxChannel;

  /** A mobile (0086-139…) for SMS, an address for e-mail. */
  @Property({ length: 200 })
  destination!: string;

  @Property({ type: 'string', length: 200, nullable: true })
  subject?: string | null;

  @Property({ length: 1000 })
  body!: string;

  /** Why it was sent, e.g. VERIFICATION:UNBIND_CUSTOMER or NOTIFICATION:BALANCE_ALERT. */
  @Property({ length: 64 })
  purpose!: string;

  @Property()
  createdAt!: Date;

  /** Set by the relay once delivered; null while waiting. */
  @Property({ type: DateTimeType, nullable: true, index: true })
  sentAt?: Date | null;
}
