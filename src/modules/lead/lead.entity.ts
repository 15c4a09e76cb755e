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
import { CloudOperator } from '../operator/operator.entity';
import { Partner } from '../partner/partner.entity';
import { LeadCallStatus, LeadCloseReason, LeadSource, LeadStatus } from './lead.enums';

/** 线索: a sales lead of a partner, created by it or dispatched to it by the cloud. */
@Entity({ tableName: 'lead' })
@Index({ properties: ['partner', 'status'] })
@ObjectType('Lead', {
  implements: Node,
  description:
    '线索 (线索管理, seeds 001/003): a sales lead of your partner, created by a member (新建线索) or dispatched by the cloud (已派发线索), its account manager, follow-up records (跟进记录) and status. (design) For partners in marketing plan 2.0 (营销计划2.0) the contact’s phone is masked (139****1234) and its e-mail is null on every path; members reach the contact through an outbound call the platform places (requestLeadCall, 外呼).',
})
export class Lead {
  /** Getters and defaulted columns: leave them out of create data. */
  [OptionalProps]?: 'globalId' | 'version';

  @PrimaryKey()
  id!: number;

  @ManyToOne(() => Partner, { ref: true })
  partner!: Ref<Partner>;

  @Field(() => LeadSource, { description: 'Created by your partner or dispatched by the cloud.' })
  @Enum({ items: () => LeadSource })
  source!: LeadSource;

  @Field(() => LeadStatus, { description: '线索状态 (LeadStatus).' })
  @Enum({ items: () => LeadStatus })
  status!: LeadStatus;

  @Field(() => LeadCloseReason, { nullable: true, description: '关闭原因: set when CLOSED; null otherwise.' })
  @Enum({ items: () => LeadCloseReason, nullable: true })
  closeReason?: LeadCloseReason | null;

  @Field(() => String, {
    nullable: true,
    description: 'The note given with the outcome (converted or closed); null before or when none was given.',
  })
  @Property({ type: 'string', length: 500, nullable: true })
  outcomeNote?: string | null;

  @Field(() => String, { description: '客户名称: the company (or person) the lead is about.' })
  @Property({ length: 100 })
  companyName!: string;

  @Field(() => String, { description: '联系人: the contact’s name.' })
  @Property({ length: 50 })
  contactName!: string;

  /** 电话: never a @Field; Lead.phone (lead.resolver.ts) masks it for marketing plan 2.0. */
  @Property({ type: 'string', length: 32, nullable: true })
  phone?: string | null;

  /** 邮箱: never a @Field; Lead.email (lead.resolver.ts) hides it for marketing plan 2.0. */
  @Property({ type: 'string', length: 100, nullable: true })
  email?: string | null;

  @Field(() => String, { nullable: true, description: '所在地区: the customer’s province or region; null if unknown.' })
  @Property({ type: 'string', length: 50, nullable: true })
  region?: string | null;

  @Field(() => String, { nullable: true, description: '需求描述: what the customer needs; null if not given.' })
  @Property({ type: 'string', length: 500, nullable: true })
  requirement?: string | null;

  /** The account manager (a member of the partner) the lead is assigned to; null: unassigned. */
  @ManyToOne(() => Member, { ref: true, nullable: true, index: true })
  assignedManager?: Ref<Member> | null;

  /** The member who created it (PARTNER leads). */
  @ManyToOne(() => Member, { ref: true, nullable: true })
  createdBy?: Ref<Member> | null;

  /** The operator who dispatched it (CLOUD leads). */
  @ManyToOne(() => CloudOperator, { ref: true, nullable: true })
  dispatchedBy?: Ref<CloudOperator> | null;

  @Field(() => Date, { description: 'When it was created or dispatched.' })
  @Property()
  createdAt!: Date;

  @Field(() => Date, { description: 'When it entered its current status.' })
  @Property()
  statusChangedAt!: Date;

  @Property({ default: 1 })
  version: number = 1;

  @Field(() => ID, { name: 'id', description: 'Opaque global id.' })
  get globalId(): string {
    return toGlobalId('Lead', this.id);
  }
}

/** 跟进记录: one follow-up of a lead (append-only). */
@Entity({ tableName: 'lead_follow_up' })
@ObjectType('LeadFollowUp', {
  simpleResolvers: true,
  description: '跟进记录: what a member did or learned following a lead up, and when.',
})
export class LeadFollowUp {
  @PrimaryKey()
  id!: number;

  @ManyToOne(() => Lead, { ref: true, index: true })
  lead!: Ref<Lead>;

  @ManyToOne(() => Member, { ref: true })
  member!: Ref<Member>;

  @Field(() => String, { description: '跟进内容: what was done or learned (1–500 characters).' })
  @Property({ length: 500 })
  content!: string;

  @Field(() => Date, { description: 'When it was recorded.' })
  @Property()
  createdAt!: Date;
}

/** 外呼: a request that the platform call the lead's contact for the partner. */
@Entity({ tableName: 'lead_call_request' })
@ObjectType('LeadCallRequest', {
  simpleResolvers: true,
  description:
    '外呼: an outbound call the platform places between a member and the lead’s contact; the number stays with the platform.',
})
export class LeadCallRequest {
  /** Getters: leave them out of create data. */
  [OptionalProps]?: 'globalId';

  @PrimaryKey()
  id!: number;

  @ManyToOne(() => Lead, { ref: true, index: true })
  lead!: Ref<Lead>;

  @ManyToOne(() => Partner, { ref: true })
  partner!: Ref<Partner>;

  @ManyToOne(() => Member, { ref: true })
  requestedBy!: Ref<Member>;

  @Field(() => LeadCallStatus, { description: 'Where the call stands.' })
  @Enum({ items: () => LeadCallStatus, index: true })
  status!: LeadCallStatus;

  @Field(() => String, { nullable: true, description: 'The platform’s note on the call; null while requested.' })
  @Property({ type: 'string', length: 500, nullable: true })
  resultNote?: string | null;

  @Field(() => Date, { description: 'When the member asked for the call.' })
  @Property()
  requestedAt!: Date;

  @Field(() => Date, { nullable: true, description: 'When the platform finished it; null while requested.' })
  @Property({ type: DateTimeType, nullable: true })
  completedAt?: Date | null;

  @ManyToOne(() => CloudOperator, { ref: true, nullable: true })
  completedBy?: Ref<CloudOperator> | null;

  @Field(() => ID, { name: 'id', description: 'Opaque global id (completeLeadCall takes it).' })
  get globalId(): string {
    return toGlobalId('LeadCallRequest', this.id);
  }
}
