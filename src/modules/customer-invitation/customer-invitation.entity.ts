import {
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
import { Node } from '../../common/node';
import { toGlobalId } from '../../common/global-id';
import { Partner } from '../partner/partner.entity';
import { Member } from '../member/member.entity';
import { SubCustomer } from '../customer/customer.entity';
import { AssociationType } from '../customer/customer.enums';
import { CustomerInvitationStatus } from './customer-invitation.enums';

/** The status an invitation has at `now`: cancelled first, then expired. */
export function invitationStatusAt(
  invitation: Pick<CustomerInvitation, 'cancelledAt' | 'expiresAt'>,
  now: Date,
): CustomerInvitationStatus {
  if (invitation.cancelledAt != null) return CustomerInvitationStatus.CANCELLED;
  return invitation.expiresAt.getTime() <= now.getTime()
    ? CustomerInvitationStatus.EXPIRED
    : CustomerInvitationStatus.ACTIVE;
}

@Entity({ tableName: 'customer_invitation' })
@Index({ properties: ['partner', 'createdAt'] })
@ObjectType('CustomerInvitation', {
  implements: Node,
  description:
    '客户邀请: a link and QR code a partner gives customers offline; a customer signed in with its cloud account accepts it (acceptCustomerInvitation) and becomes the partner’s sub-customer with the invitation’s association type. One link may be accepted by any number of customers until it expires or is cancelled.',
})
export class CustomerInvitation {
  /** Getters are not columns: leave them out of create data. */
  [OptionalProps]?: 'globalId' | 'status';

  @PrimaryKey()
  id!: number;

  @ManyToOne(() => Partner, { ref: true })
  partner!: Ref<Partner>;

  @Field(() => String, {
    description:
      'The unguessable token of the link (43 characters, 256 random bits); what acceptCustomerInvitation takes. Share it only through the link or the QR code.',
  })
  @Property({ length: 64, unique: true })
  token!: string;

  @Field(() => AssociationType, {
    description: 'The association type a customer accepting it gets: ADVISORY (顾问销售) or RESALE (代售).',
  })
  @Enum({ items: () => AssociationType })
  associationType!: AssociationType;

  /** The member who created it. */
  @ManyToOne(() => Member, { ref: true })
  createdBy!: Ref<Member>;

  @Field(() => Date, { description: 'When the invitation was created.' })
  @Property()
  createdAt!: Date;

  @Field(() => Date, { description: 'When the link stops working (ACTIVE until then unless cancelled).' })
  @Property()
  expiresAt!: Date;

  @Field(() => Date, { nullable: true, description: 'When the partner cancelled it; null unless CANCELLED.' })
  @Property({ type: DateTimeType, nullable: true })
  cancelledAt?: Date | null;

  @Field(() => CustomerInvitationStatus, {
    description: 'ACTIVE, CANCELLED or EXPIRED, as of now (derived from cancelledAt and expiresAt).',
  })
  get status(): CustomerInvitationStatus {
    return invitationStatusAt(this, new Date());
  }

  @Field(() => ID, { name: 'id', description: 'Opaque global id.' })
  get globalId(): string {
    return toGlobalId('CustomerInvitation', this.id);
  }
}

/** One customer that associated through an invitation: what CustomerInvitation.acceptedCount counts. */
@Entity({ tableName: 'customer_invitation_acceptance' })
export class CustomerInvitationAcceptance {
  @PrimaryKey()
  id!: number;

  @ManyToOne(() => CustomerInvitation, { ref: true, index: true })
  invitation!: Ref<CustomerInvitation>;

  /** The sub-customer row the acceptance created. */
  @ManyToOne(() => SubCustomer, { ref: true, index: true })
  customer!: Ref<SubCustomer>;

  @Property()
  acceptedAt!: Date;
}
