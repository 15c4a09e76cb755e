import {
  Check,
  DateTimeType,
  Entity,
  Enum,
  Index,
  ManyToOne,
  OptionalProps,
  PrimaryKey,
  Property,
  type Ref,
} from '@mikro-orm/core';
import { Field, ID, ObjectType } from 'type-graphql';
import { toGlobalId } from '../../common/global-id';
import { Node } from '../../common/node';
import { Member } from '../member/member.entity';
import { CloudAccount } from '../cloud-account/cloud-account.entity';
import { NotificationKind } from './notification.enums';

/** Longest title and body stored; longer texts are cut with an ellipsis by notify(). */
export const MAX_TITLE_LENGTH = 200;
export const MAX_BODY_LENGTH = 1000;

@Entity({ tableName: 'notification' })
@Index({ properties: ['member', 'readAt'] })
@Index({ properties: ['cloudAccount', 'readAt'] })
@Check({ name: 'notification_one_recipient', expression: '(member_id is null) <> (cloud_account_id is null)' })
@ObjectType('Notification', {
  implements: Node,
  description:
    '消息: an in-app notification to one member (or one customer): what happened, about which object, and whether it was read.',
})
export class Notification {
  /** Getters are not columns: leave them out of create data. */
  [OptionalProps]?: 'globalId';

  @PrimaryKey()
  id!: number;

  /** The recipient when it is a member (exactly one of member and cloudAccount is set). */
  @ManyToOne(() => Member, { ref: true, nullable: true })
  member?: Ref<Member> | null;

  /** The recipient when it is a customer: its cloud account. */
  @ManyToOne(() => CloudAccount, { ref: true, nullable: true })
  cloudAccount?: Ref<CloudAccount> | null;

  @Field(() => NotificationKind, { description: 'What the notification is about.' })
  @Enum({ items: () => NotificationKind })
  kind!: NotificationKind;

  @Field(() => String, { description: 'One line to show in a list.' })
  @Property({ length: MAX_TITLE_LENGTH })
  title!: string;

  @Field(() => String, { description: 'The whole message.' })
  @Property({ length: MAX_BODY_LENGTH })
  body!: string;

  @Field(() => ID, {
    nullable: true,
    description:
      'Global id of the object the notification is about (e.g. an AssociationEvent or SubCustomer), for node(id:); null when about nothing in particular. The object may not be visible to you.',
  })
  @Property({ type: 'string', length: 100, nullable: true })
  subject?: string | null;

  @Field(() => Date, { description: 'When it was raised.' })
  @Property()
  createdAt!: Date;

  @Field(() => Date, { nullable: true, description: 'When you marked it read; null while unread.' })
  @Property({ type: DateTimeType, nullable: true })
  readAt?: Date | null;

  @Field(() => ID, { name: 'id', description: 'Opaque global id.' })
  get globalId(): string {
    return toGlobalId('Notification', this.id);
  }
}
