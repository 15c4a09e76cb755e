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
import { MoneyColumn, Node } from '../../common/node';
import { Member } from '../member/member.entity';
import { CloudOperator } from '../operator/operator.entity';
import { Partner } from '../partner/partner.entity';
import { EnterpriseAccountRole, ProgramApplicationStatus, ProgramInvitationStatus, ProgramKind } from './program.enums';

/** The status a path invitation has at `now`: a stored PENDING past its expiry reads EXPIRED. */
export function pathInvitationStatusAt(
  invitation: Pick<ProgramInvitation, 'status' | 'expiresAt'>,
  now: Date,
): ProgramInvitationStatus {
  if (invitation.status !== ProgramInvitationStatus.PENDING) return invitation.status;
  return invitation.expiresAt.getTime() <= now.getTime() ? ProgramInvitationStatus.EXPIRED : invitation.status;
}

@Entity({ tableName: 'program_invitation' })
@Index({ properties: ['partner', 'kind'] })
@ObjectType('ProgramInvitation', {
  implements: Node,
  description:
    '发展路径邀请: the cloud invites a partner to a development path by e-mail (the mail’s link opens the partner center); a member with program:join accepts it (joining the path) or declines it before it expires.',
})
export class ProgramInvitation {
  /** Getters are not columns: leave them out of create data. */
  [OptionalProps]?: 'globalId' | 'currentStatus';

  @PrimaryKey()
  id!: number;

  @ManyToOne(() => Partner, { ref: true })
  partner!: Ref<Partner>;

  @Field(() => ProgramKind, { description: 'The development path the partner is invited to.' })
  @Enum({ items: () => ProgramKind })
  kind!: ProgramKind;

  @Field(() => String, { description: 'The e-mail address the invitation was sent to.' })
  @Property({ length: 200 })
  email!: string;

  /** The operator who sent it. */
  @ManyToOne(() => CloudOperator, { ref: true })
  invitedBy!: Ref<CloudOperator>;

  @Field(() => Date, { description: 'When it was sent.' })
  @Property()
  createdAt!: Date;

  @Field(() => Date, { description: '(design) When it lapses unanswered: 30 days after it was sent.' })
  @Property()
  expiresAt!: Date;

  /** Stored status (PENDING, ACCEPTED, DECLINED); read `currentStatus`. */
  @Enum({ items: () => ProgramInvitationStatus })
  status!: ProgramInvitationStatus;

  @Field(() => Date, { nullable: true, description: 'When the partner accepted or declined it; null while PENDING.' })
  @Property({ type: DateTimeType, nullable: true })
  answeredAt?: Date | null;

  /** The member who answered it. */
  @ManyToOne(() => Member, { ref: true, nullable: true })
  answeredBy?: Ref<Member> | null;

  @Field(() => ProgramInvitationStatus, {
    name: 'status',
    description: 'PENDING, ACCEPTED, DECLINED or EXPIRED as of now.',
  })
  get currentStatus(): ProgramInvitationStatus {
    return pathInvitationStatusAt(this, new Date());
  }

  @Field(() => ID, { name: 'id', description: 'Opaque global id.' })
  get globalId(): string {
    return toGlobalId('ProgramInvitation', this.id);
  }
}

@Entity({ tableName: 'program_application' })
@Index({ properties: ['partner', 'status'] })
@ObjectType('ProgramApplication', {
  implements: Node,
  description:
    '分销计划申请: a partner’s application to join the distribution program as a distributor (总经销商), with its business information; the cloud’s operators approve or reject it (the applicant is notified: PROGRAM_APPLICATION_HANDLED).',
})
export class ProgramApplication {
  /** Getters are not columns: leave them out of create data. */
  [OptionalProps]?: 'globalId';

  @PrimaryKey()
  id!: number;

  @ManyToOne(() => Partner, { ref: true })
  partner!: Ref<Partner>;

  @Field(() => ProgramKind, { description: 'The program applied for: DISTRIBUTION_DISTRIBUTOR.' })
  @Enum({ items: () => ProgramKind })
  kind!: ProgramKind;

  /** The member who applied (notified when it is handled). */
  @ManyToOne(() => Member, { ref: true })
  appliedBy!: Ref<Member>;

  @Field(() => String, {
    description: '商业信息: what the partner told the cloud about its business (1–500 characters).',
  })
  @Property({ length: 500 })
  businessInfo!: string;

  @Field(() => ProgramApplicationStatus, { description: 'PENDING, APPROVED or REJECTED.' })
  @Enum({ items: () => ProgramApplicationStatus })
  status!: ProgramApplicationStatus;

  @Field(() => Date, { description: 'When the partner applied.' })
  @Property()
  createdAt!: Date;

  @Field(() => Date, { nullable: true, description: 'When an operator approved or rejected it; null while PENDING.' })
  @Property({ type: DateTimeType, nullable: true })
  handledAt?: Date | null;

  /** The operator who handled it. */
  @ManyToOne(() => CloudOperator, { ref: true, nullable: true })
  handledBy?: Ref<CloudOperator> | null;

  @Field(() => String, {
    nullable: true,
    description: 'The operator’s reason: required for a rejection (the partner reads it), optional for an approval.',
  })
  @Property({ type: 'string', length: 500, nullable: true })
  reason?: string | null;

  @Field(() => ID, { name: 'id', description: 'Opaque global id.' })
  get globalId(): string {
    return toGlobalId('ProgramApplication', this.id);
  }
}

/**
 * (design) What the cloud's billing knows of the partner's own cloud account and the distribution
 * program checks: arrears (欠费), an enterprise master/sub account (企业主账号/子账号), a credit
 * account (信用账户). A partner without a row has none of them.
 */
@Entity({ tableName: 'partner_program_profile' })
export class PartnerProgramProfile {
  @PrimaryKey()
  id!: number;

  @ManyToOne(() => Partner, { ref: true, unique: true })
  partner!: Ref<Partner>;

  /** 欠费: what the partner's own account owes, fen; > 0 is in arrears. */
  @MoneyColumn()
  arrearsAmount: number = 0;

  @Enum({ items: () => EnterpriseAccountRole })
  enterpriseAccount: EnterpriseAccountRole = EnterpriseAccountRole.NONE;

  /** 信用账户: the partner's own account has a credit account (monthly settlement with the cloud). */
  @Property({ default: false })
  creditAccount: boolean = false;
}
