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
import { toGlobalId } from '../../common/global-id';
import { Node } from '../../common/node';
import { Member } from '../member/member.entity';
import { Partner } from '../partner/partner.entity';
import { ResellerInvitationStatus } from './program.enums';

/** How long a reseller invitation link works (验证成功后需在24小时内完成). */
export const RESELLER_INVITATION_TTL_MS = 24 * 3600 * 1000;

/** The status a reseller invitation has at `now`: a stored PENDING past its expiry reads EXPIRED. */
export function resellerInvitationStatusAt(
  invitation: Pick<ResellerInvitation, 'status' | 'expiresAt'>,
  now: Date,
): ResellerInvitationStatus {
  if (invitation.status !== ResellerInvitationStatus.PENDING) return invitation.status;
  return invitation.expiresAt.getTime() <= now.getTime() ? ResellerInvitationStatus.EXPIRED : invitation.status;
}

@Entity({ tableName: 'reseller_invitation' })
@Index({ properties: ['distributor', 'createdAt'] })
@ObjectType('ResellerInvitation', {
  implements: Node,
  description:
    '邀请关联云经销商: a distributor’s invitation, sent by e-mail as a link that works for 24 hours, for a partner to associate as its cloud reseller (云经销商). The partner accepting it (acceptResellerInvitation) becomes the distributor’s reseller in the distribution program (分销计划(云经销商)): e.g. a solution provider whose program expired (解决方案提供商计划过期 → 转云经销商).',
})
export class ResellerInvitation {
  /** Getters are not columns: leave them out of create data. */
  [OptionalProps]?: 'globalId' | 'currentStatus';

  @PrimaryKey()
  id!: number;

  @ManyToOne(() => Partner, { ref: true })
  distributor!: Ref<Partner>;

  @Field(() => String, { description: 'The e-mail address the link was sent to (lower case).' })
  @Property({ length: 200 })
  email!: string;

  /** The unguessable token of the link (256 random bits); only in the e-mail, never read back. */
  @Property({ length: 64, unique: true })
  token!: string;

  /** The member who sent it. */
  @ManyToOne(() => Member, { ref: true })
  invitedBy!: Ref<Member>;

  @Field(() => Date, { description: 'When it was sent.' })
  @Property()
  createdAt!: Date;

  @Field(() => Date, { description: 'When the link stops working: 24 hours after it was sent.' })
  @Property()
  expiresAt!: Date;

  /** Stored status (PENDING, ACCEPTED, CANCELLED); read `currentStatus`. */
  @Enum({ items: () => ResellerInvitationStatus })
  status!: ResellerInvitationStatus;

  @Field(() => Date, { nullable: true, description: 'When it was accepted or cancelled; null otherwise.' })
  @Property({ type: DateTimeType, nullable: true })
  closedAt?: Date | null;

  /** The partner that accepted it (now the distributor's reseller). */
  @ManyToOne(() => Partner, { ref: true, nullable: true })
  invitedPartner?: Ref<Partner> | null;

  /** The invited partner's member who accepted it. */
  @ManyToOne(() => Member, { ref: true, nullable: true })
  acceptedBy?: Ref<Member> | null;

  @Field(() => ResellerInvitationStatus, {
    name: 'status',
    description: 'PENDING, ACCEPTED, CANCELLED or EXPIRED as of now.',
  })
  get currentStatus(): ResellerInvitationStatus {
    return resellerInvitationStatusAt(this, new Date());
  }

  @Field(() => ID, { name: 'id', description: 'Opaque global id.' })
  get globalId(): string {
    return toGlobalId('ResellerInvitation', this.id);
  }
}
