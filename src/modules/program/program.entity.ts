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
import { ProgramKind, ProgramMembershipStatus } from './program.enums';

/** The status a membership has at `now`: a stored ACTIVE past its expiry reads EXPIRED. */
export function membershipStatusAt(
  membership: Pick<ProgramMembership, 'status' | 'expiresAt'>,
  now: Date,
): ProgramMembershipStatus {
  if (membership.status !== ProgramMembershipStatus.ACTIVE) return membership.status;
  const expired = membership.expiresAt != null && membership.expiresAt.getTime() <= now.getTime();
  return expired ? ProgramMembershipStatus.EXPIRED : ProgramMembershipStatus.ACTIVE;
}

@Entity({ tableName: 'program_membership' })
@Index({ properties: ['partner', 'kind'] })
@ObjectType('ProgramMembership', {
  implements: Node,
  description:
    '加入的计划: one program or development path a partner joined, when, by which account, until when. The base of program certificates: (design) the certificate can be downloaded only by joinedBy, the account that joined; colleagues view the membership.',
})
export class ProgramMembership {
  /** Getters are not columns: leave them out of create data. */
  [OptionalProps]?: 'globalId' | 'currentStatus';

  @PrimaryKey()
  id!: number;

  @ManyToOne(() => Partner, { ref: true })
  partner!: Ref<Partner>;

  @Field(() => ProgramKind, { description: 'Which program or development path.' })
  @Enum({ items: () => ProgramKind })
  kind!: ProgramKind;

  /** The member (account) that joined; null when the cloud enrolled the partner itself (seeded history). */
  @ManyToOne(() => Member, { ref: true, nullable: true })
  joinedBy?: Ref<Member> | null;

  @Field(() => Date, { description: 'When the partner joined.' })
  @Property()
  joinedAt!: Date;

  @Field(() => Date, { nullable: true, description: 'When the membership lapses; null: open-ended.' })
  @Property({ type: DateTimeType, nullable: true })
  expiresAt?: Date | null;

  /** Stored status: ACTIVE, EXPIRED (marked) or ENDED. Read `currentStatus` (membershipStatusAt). */
  @Enum({ items: () => ProgramMembershipStatus })
  status!: ProgramMembershipStatus;

  @Field(() => Date, { nullable: true, description: 'When the membership was ended; null unless ENDED.' })
  @Property({ type: DateTimeType, nullable: true })
  endedAt?: Date | null;

  @Field(() => ProgramMembershipStatus, {
    name: 'status',
    description: 'ACTIVE, EXPIRED or ENDED as of now: an ACTIVE membership past expiresAt reads EXPIRED.',
  })
  get currentStatus(): ProgramMembershipStatus {
    return membershipStatusAt(this, new Date());
  }

  @Field(() => ID, { name: 'id', description: 'Opaque global id.' })
  get globalId(): string {
    return toGlobalId('ProgramMembership', this.id);
  }
}
