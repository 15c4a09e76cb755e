import { DateTimeType, Entity, Enum, ManyToOne, OptionalProps, PrimaryKey, Property, type Ref } from '@mikro-orm/core';
import { Field, ID, ObjectType } from 'type-graphql';
import { Node } from '../../common/node';
import { toGlobalId } from '../../common/global-id';
import { Member } from '../member/member.entity';
import { CloudOperator } from '../operator/operator.entity';
import { Partner } from '../partner/partner.entity';
import { QualificationKind, SpecialistApplicationStatus } from './qualification.enums';

@Entity({ tableName: 'member_qualification' })
@ObjectType('MemberQualification', {
  implements: Node,
  description:
    '个人资质: one entry of a member’s personal qualifications (employment, certificate, training, project), maintained by the member and shared with its partner while the association lasts (seed 000: after 取消关联 the partner no longer sees it).',
})
export class MemberQualification {
  [OptionalProps]?: 'globalId';

  @PrimaryKey()
  id!: number;

  @ManyToOne(() => Member, { ref: true, index: true })
  member!: Ref<Member>;

  @Field(() => QualificationKind, { description: 'Which part of the qualifications this entry is.' })
  @Enum({ items: () => QualificationKind })
  kind!: QualificationKind;

  @Field(() => String, {
    description: 'Position, certificate name, course or project name (1–200 characters).',
  })
  @Property({ length: 200 })
  title!: string;

  @Field(() => String, {
    nullable: true,
    description: 'Employer, certificate issuer, training provider or project customer (≤ 200 characters).',
  })
  @Property({ type: 'string', length: 200, nullable: true })
  organisation?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'From (YYYY-MM-DD): start of employment, training or project; the date a certificate was obtained.',
  })
  @Property({ type: 'string', length: 10, nullable: true })
  startedOn?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Until (YYYY-MM-DD), not before startedOn; a certificate’s expiry. Null: ongoing or unlimited.',
  })
  @Property({ type: 'string', length: 10, nullable: true })
  endedOn?: string | null;

  @Field(() => String, { nullable: true, description: 'Free text: duties, certificate number, results (≤ 1000).' })
  @Property({ type: 'string', length: 1000, nullable: true })
  description?: string | null;

  @Field(() => Date, { description: 'When the entry was added.' })
  @Property()
  createdAt!: Date;

  @Field(() => Date, { description: 'When the entry last changed.' })
  @Property()
  updatedAt!: Date;

  @Field(() => ID, { name: 'id', description: 'Opaque global id.' })
  get globalId(): string {
    return toGlobalId('MemberQualification', this.id);
  }
}

@Entity({ tableName: 'specialist_application' })
@ObjectType('SpecialistApplication', {
  implements: Node,
  description:
    '申请项目专员 (seed 004): the partner administrator applies for one of its members (an expert) to become a service-partner project specialist, with the expert’s résumé; a cloud operator (ops:program) assesses it and the member is notified (SPECIALIST_ASSESSED).',
})
export class SpecialistApplication {
  [OptionalProps]?: 'globalId';

  @PrimaryKey()
  id!: number;

  @ManyToOne(() => Partner, { ref: true, index: true })
  partner!: Ref<Partner>;

  @ManyToOne(() => Member, { ref: true, index: true })
  member!: Ref<Member>;

  @ManyToOne(() => Member, { ref: true })
  appliedBy!: Ref<Member>;

  @Field(() => String, { description: 'The expert’s résumé as submitted (20–5000 characters).' })
  @Property({ type: 'text', length: 5000 })
  resume!: string;

  @Field(() => SpecialistApplicationStatus, { description: 'Where the application stands.' })
  @Enum({ items: () => SpecialistApplicationStatus, index: true })
  status!: SpecialistApplicationStatus;

  @Field(() => Date, { description: 'When the application was submitted.' })
  @Property()
  createdAt!: Date;

  @Field(() => Date, { nullable: true, description: 'When an operator assessed it; null while SUBMITTED.' })
  @Property({ type: DateTimeType, nullable: true })
  assessedAt?: Date | null;

  @ManyToOne(() => CloudOperator, { ref: true, nullable: true, deleteRule: 'set null' })
  assessedBy?: Ref<CloudOperator> | null;

  @Field(() => String, {
    nullable: true,
    description: 'The operator’s assessment (能力考察 and 答辩 outcome): required for a rejection, optional otherwise.',
  })
  @Property({ type: 'string', length: 1000, nullable: true })
  assessment?: string | null;

  @Field(() => ID, { name: 'id', description: 'Opaque global id.' })
  get globalId(): string {
    return toGlobalId('SpecialistApplication', this.id);
  }
}
