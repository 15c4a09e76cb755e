import { DateTimeType, Entity, Enum, ManyToOne, PrimaryKey, Property, type Ref, OptionalProps } from '@mikro-orm/core';
import { Field, ID, ObjectType } from 'type-graphql';
import { Node } from '../../common/node';
import { toGlobalId } from '../../common/global-id';
import { Partner } from '../partner/partner.entity';
import { InvitationChannel, InvitationStatus, MemberStatus } from './member.enums';

export { MemberRole } from '../role/member-role.entity';

@Entity({ tableName: 'member' })
@ObjectType('Member', {
  implements: Node,
  description: '组织人员: a person who signs in to the partner center for one partner.',
})
export class Member {
  /** Getters are not columns: leave them out of create data. */
  [OptionalProps]?: 'globalId' | 'credentialVersion';

  @PrimaryKey()
  id!: number;

  @ManyToOne(() => Partner, { ref: true })
  partner!: Ref<Partner>;

  @Field(() => String, { description: 'Sign-in name, unique across the partner center.' })
  @Property({ length: 64, unique: true })
  loginName!: string;

  @Field(() => String, { description: 'Name shown to colleagues.' })
  @Property({ length: 100 })
  displayName!: string;

  @Field(() => String, { nullable: true, description: 'Email address.' })
  @Property({ type: 'string', length: 200, nullable: true })
  email?: string | null;

  @Field(() => String, { nullable: true, description: 'Mobile number, 00XX-XXXXXXX.' })
  @Property({ type: 'string', length: 32, nullable: true })
  mobile?: string | null;

  /** scrypt$N$r$p$salt$hash; never exposed. */
  @Property({ length: 300, lazy: true })
  passwordHash!: string;

  @Field(() => MemberStatus, { description: 'Whether the member is still associated.' })
  @Enum({ items: () => MemberStatus, default: MemberStatus.ACTIVE })
  status: MemberStatus = MemberStatus.ACTIVE;

  /** For an account manager: the supervisor (ACCOUNT_MANAGER_SUPERVISOR member) over them. */
  @ManyToOne(() => Member, { ref: true, nullable: true, index: true })
  supervisor?: Ref<Member> | null;

  @Field(() => Date, { description: 'When the member joined the partner.' })
  @Property()
  createdAt!: Date;

  /** Raised by each password change: bearer tokens carry it and stop working when it moved on. Never exposed. */
  @Property({ default: 0 })
  credentialVersion: number = 0;

  @Field(() => ID, { name: 'id', description: 'Opaque global id.' })
  get globalId(): string {
    return toGlobalId('Member', this.id);
  }
}

@Entity({ tableName: 'member_invitation' })
@ObjectType('MemberInvitation', {
  implements: Node,
  description: '成员邀请: an invitation for a person to join the partner as a member.',
})
export class MemberInvitation {
  /** Getters are not columns: leave them out of create data. */
  [OptionalProps]?: 'globalId' | 'token' | 'acceptedMember' | 'acceptedAt';

  @PrimaryKey()
  id!: number;

  @ManyToOne(() => Partner, { ref: true })
  partner!: Ref<Partner>;

  /**
   * The bearer secret the invitee accepts with (acceptMemberInvitation): 256 random bits, base64url.
   * Null on invitations sent before tokens existed (they cannot be accepted; send a new one).
   */
  @Field(() => String, {
    name: 'acceptToken',
    nullable: true,
    description:
      'The secret the invitee accepts with (acceptMemberInvitation): 43 characters, 256 random bits, delivered to the invited mobile, email or account; share it only with the invitee. Null for invitations sent before tokens existed (they cannot be accepted: send a new one). Needs org:member-manage.',
  })
  @Property({ type: 'string', length: 64, nullable: true, unique: true })
  token?: string | null = null;

  /** The member the invitee became on acceptance. */
  @ManyToOne(() => Member, { ref: true, nullable: true })
  acceptedMember?: Ref<Member> | null = null;

  @Field(() => Date, { nullable: true, description: 'When the invitee accepted (status ACCEPTED); null otherwise.' })
  @Property({ type: DateTimeType, nullable: true })
  acceptedAt?: Date | null = null;

  @Field(() => InvitationChannel, { description: 'How the invitation was sent.' })
  @Enum({ items: () => InvitationChannel })
  channel!: InvitationChannel;

  @Field(() => String, { description: 'Mobile number, email address or account name the invitation went to.' })
  @Property({ length: 200 })
  target!: string;

  /** Roles the invitee gets on acceptance. */
  @Property({ type: 'json' })
  roleIds!: number[];

  @Field(() => InvitationStatus, { description: 'State of the invitation.' })
  @Enum({ items: () => InvitationStatus, default: InvitationStatus.PENDING })
  status: InvitationStatus = InvitationStatus.PENDING;

  @ManyToOne(() => Member, { ref: true })
  invitedBy!: Ref<Member>;

  @Field(() => Date, { description: 'When the invitation was sent.' })
  @Property({ index: true })
  createdAt!: Date;

  @Field(() => Date, { description: 'When the invitation lapses if not answered.' })
  @Property()
  expiresAt!: Date;

  @Field(() => ID, { name: 'id', description: 'Opaque global id.' })
  get globalId(): string {
    return toGlobalId('MemberInvitation', this.id);
  }
}
