import {
  Entity,
  Enum,
  Index,
  ManyToOne,
  PrimaryKey,
  Property,
  type Ref,
  OptionalProps,
  DateTimeType,
} from '@mikro-orm/core';
import { Field, ID, ObjectType } from 'type-graphql';
import { Node } from '../../common/node';
import { toGlobalId } from '../../common/global-id';
import { Partner } from '../partner/partner.entity';
import { Member } from '../member/member.entity';
import { SubCustomer } from '../customer/customer.entity';
import { AssociationType } from '../customer/customer.enums';
import {
  AssociationEventStatus,
  AssociationEventType,
  AssociationInitiator,
  OrderAuthorizationStatus,
} from './association.enums';

@Entity({ tableName: 'association_event' })
@Index({ properties: ['customer', 'createdAt'] })
@ObjectType('AssociationEvent', {
  implements: Node,
  description: '关联关系操作记录: an associate, switch or unbind event of a customer.',
})
export class AssociationEvent {
  /** Getters are not columns: leave them out of create data. */
  [OptionalProps]?: 'globalId';

  @PrimaryKey()
  id!: number;

  @ManyToOne(() => Partner, { ref: true })
  partner!: Ref<Partner>;

  @ManyToOne(() => SubCustomer, { ref: true })
  customer!: Ref<SubCustomer>;

  @Field(() => AssociationEventType, { description: 'What happened.' })
  @Enum({ items: () => AssociationEventType })
  eventType!: AssociationEventType;

  @Field(() => AssociationInitiator, { description: 'Who asked for it.' })
  @Enum({ items: () => AssociationInitiator })
  initiator!: AssociationInitiator;

  @Field(() => AssociationEventStatus, { description: 'Where it stands.' })
  @Enum({ items: () => AssociationEventStatus })
  status!: AssociationEventStatus;

  @Field(() => String, { nullable: true, description: 'Reason given.' })
  @Property({ type: 'string', length: 500, nullable: true })
  reason?: string | null;

  @Field(() => AssociationType, { nullable: true, description: 'Association type before the event.' })
  @Enum({ items: () => AssociationType, nullable: true })
  fromType?: AssociationType | null;

  @Field(() => AssociationType, { nullable: true, description: 'Association type after the event.' })
  @Enum({ items: () => AssociationType, nullable: true })
  toType?: AssociationType | null;

  @Field(() => Date, { description: 'When it was asked for.' })
  @Property()
  createdAt!: Date;

  @Field(() => Date, { nullable: true, description: 'When it was approved, rejected or carried out.' })
  @Property({ type: DateTimeType, nullable: true })
  handledAt?: Date | null;

  @Field(() => Date, {
    nullable: true,
    description:
      'For an unbind request (PENDING): when it expires (EXPIRED) unless answered — 7 days after it was made. Null for events that need no answer.',
  })
  @Property({ type: DateTimeType, nullable: true })
  expiresAt?: Date | null;

  /** The member who handled it; null when the customer answered or the request expired. */
  @ManyToOne(() => Member, { ref: true, nullable: true })
  handledBy?: Ref<Member> | null;

  @Field(() => ID, { name: 'id', description: 'Opaque global id.' })
  get globalId(): string {
    return toGlobalId('AssociationEvent', this.id);
  }
}

@Entity({ tableName: 'order_authorization' })
@Index({ properties: ['customer', 'partner'] })
@ObjectType('OrderAuthorization', {
  implements: Node,
  description: '代下单授权: a customer allowing its partner to act on its yearly/monthly orders.',
})
export class OrderAuthorization {
  /** Getters are not columns: leave them out of create data. */
  [OptionalProps]?: 'globalId';

  @PrimaryKey()
  id!: number;

  @ManyToOne(() => Partner, { ref: true })
  partner!: Ref<Partner>;

  @ManyToOne(() => SubCustomer, { ref: true })
  customer!: Ref<SubCustomer>;

  @Field(() => OrderAuthorizationStatus, { description: 'Granted or revoked.' })
  @Enum({ items: () => OrderAuthorizationStatus })
  status!: OrderAuthorizationStatus;

  @Field(() => Date, { description: 'When the customer granted it.' })
  @Property()
  grantedAt!: Date;

  @Field(() => Date, { nullable: true, description: 'When the customer revoked it.' })
  @Property({ type: DateTimeType, nullable: true })
  revokedAt?: Date | null;

  @Field(() => ID, { name: 'id', description: 'Opaque global id.' })
  get globalId(): string {
    return toGlobalId('OrderAuthorization', this.id);
  }
}
