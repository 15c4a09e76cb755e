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
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { toGlobalId } from '../../common/global-id';
import { Node } from '../../common/node';
import { Member } from '../member/member.entity';
import { Partner } from '../partner/partner.entity';
import { CloudLabApplicationStatus } from './cloud-lab.enums';

@Entity({ tableName: 'cloud_lab' })
@ObjectType('CloudLab', {
  implements: Node,
  description:
    '云实验: one lab of the cloud’s catalogue a partner’s member may apply for. (design) The catalogue is the cloud’s, the same for every partner; seeded.',
})
export class CloudLab {
  [OptionalProps]?: 'globalId';

  @PrimaryKey()
  id!: number;

  @Field(() => String, { description: 'The lab’s code, unique, e.g. LAB-K8S-01.' })
  @Property({ length: 32, unique: true })
  code!: string;

  @Field(() => String, { description: 'The lab’s name as the catalogue shows it.' })
  @Property({ length: 100 })
  name!: string;

  @Field(() => String, { description: 'What the lab teaches or lets you try.' })
  @Property({ length: 500 })
  description!: string;

  @Field(() => Int, { description: 'The most hours one application may ask for.' })
  @Property()
  maxHours!: number;

  @Field(() => ID, { name: 'id', description: 'Opaque global id.' })
  get globalId(): string {
    return toGlobalId('CloudLab', this.id);
  }
}

@Entity({ tableName: 'cloud_lab_application' })
@Index({ properties: ['partner', 'status'] })
@ObjectType('CloudLabApplication', {
  implements: Node,
  description:
    '云实验申请: a member’s application for a lab (申请记录). A cloud operator approves or rejects it (ops:program); the applicant is notified (PROGRAM_APPLICATION_HANDLED). (design) Every member with cloud-lab:view sees the whole partner’s applications.',
})
export class CloudLabApplication {
  [OptionalProps]?: 'globalId';

  @PrimaryKey()
  id!: number;

  @ManyToOne(() => Partner, { ref: true })
  partner!: Ref<Partner>;

  @ManyToOne(() => CloudLab, { ref: true, index: true })
  lab!: Ref<CloudLab>;

  /** The member who applied. */
  @ManyToOne(() => Member, { ref: true, index: true })
  applicant!: Ref<Member>;

  @Field(() => String, { description: 'Why the member wants the lab (申请理由), 1–200 characters.' })
  @Property({ length: 200 })
  purpose!: string;

  @Field(() => Int, { description: 'The hours asked for, 1 to the lab’s maxHours.' })
  @Property()
  plannedHours!: number;

  @Field(() => CloudLabApplicationStatus, { description: 'Where it stands.' })
  @Enum({ items: () => CloudLabApplicationStatus })
  status!: CloudLabApplicationStatus;

  @Field(() => String, { nullable: true, description: 'REJECTED: the operator’s reason (驳回原因); null otherwise.' })
  @Property({ type: 'string', length: 200, nullable: true })
  rejectionReason?: string | null;

  @Field(() => Date, { description: 'When it was submitted.' })
  @Property()
  appliedAt!: Date;

  @Field(() => Date, { nullable: true, description: 'When an operator approved or rejected it; null while PENDING.' })
  @Property({ type: DateTimeType, nullable: true })
  handledAt?: Date | null;

  /** `operator:<id>` who handled it. */
  @Property({ type: 'string', length: 40, nullable: true })
  handledBy?: string | null;

  @Field(() => ID, { name: 'id', description: 'Opaque global id.' })
  get globalId(): string {
    return toGlobalId('CloudLabApplication', this.id);
  }
}

@Entity({ tableName: 'cloud_lab_usage' })
@ObjectType('CloudLabUsage', {
  simpleResolvers: true,
  description:
    '使用记录: one session in an approved lab. (design) The lab platform records sessions; this API reads them. A session still open has no end and counts its minutes so far as 0.',
})
export class CloudLabUsage {
  @PrimaryKey()
  id!: number;

  @ManyToOne(() => CloudLabApplication, { ref: true, index: true })
  application!: Ref<CloudLabApplication>;

  @Field(() => Date, { description: 'When the session started.' })
  @Property()
  startedAt!: Date;

  @Field(() => Date, { nullable: true, description: 'When it ended; null while it runs.' })
  @Property({ type: DateTimeType, nullable: true })
  endedAt?: Date | null;

  @Field(() => Int, { description: 'Its length in minutes (0 while it runs).' })
  @Property({ default: 0 })
  durationMinutes!: number;
}
