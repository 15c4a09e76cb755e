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
import { CloudAccount } from '../cloud-account/cloud-account.entity';
import { Member } from '../member/member.entity';
import { Partner } from '../partner/partner.entity';
import { OPPORTUNITY_STATUS_NAMES, OpportunityStatus } from './opportunity.enums';

/** 代表处: one representative office of the cloud per region, with its partner sales manager (PSM). */
@Entity({ tableName: 'representative_office' })
@ObjectType('RepresentativeOffice', {
  simpleResolvers: true,
  description:
    '代表处: (design) the cloud’s representative office of one region (省/直辖市) and its partner sales manager (PSM), to whom a new customer’s opportunity is routed.',
})
export class RepresentativeOffice {
  @PrimaryKey()
  id!: number;

  @Field(() => String, { description: 'The region it covers (e.g. 广东); the region argument of shareOpportunity.' })
  @Property({ length: 50, unique: true })
  region!: string;

  @Field(() => String, { description: 'The office’s name (e.g. 广东代表处).' })
  @Property({ length: 100 })
  name!: string;

  @Field(() => String, { description: 'Its partner sales manager (PSM).' })
  @Property({ length: 50 })
  psmName!: string;

  @Field(() => String, { description: 'The PSM’s e-mail.' })
  @Property({ length: 100 })
  psmEmail!: string;
}

/** 机会点 (PO): an opportunity a partner shares with the cloud (共享给华为). */
@Entity({ tableName: 'opportunity' })
@Index({ properties: ['partner', 'status'] })
@ObjectType('Opportunity', {
  implements: Node,
  description:
    '机会点 (共享给华为, PO, seed 001): an opportunity your partner shared with the cloud. No representative office is chosen: the system decides whether the customer is new to the cloud and routes a new customer’s opportunity to the PSM of its region’s office; an existing customer’s stays with its current cloud account team (office null). An operator verifies it (验证通过), which the PCE incentive reads.',
})
export class Opportunity {
  /** Getters and defaulted columns: leave them out of create data. */
  [OptionalProps]?: 'globalId' | 'version' | 'statusName';

  @PrimaryKey()
  id!: number;

  @ManyToOne(() => Partner, { ref: true })
  partner!: Ref<Partner>;

  @Field(() => String, { description: '客户名称.' })
  @Property({ length: 100 })
  customerName!: string;

  /** The customer's cloud account, when the partner named one. */
  @ManyToOne(() => CloudAccount, { ref: true, nullable: true, index: true })
  cloudAccount?: Ref<CloudAccount> | null;

  @Field(() => String, { description: '客户所在地: the region it was routed by.' })
  @Property({ length: 50 })
  region!: string;

  @Field(() => String, { nullable: true, description: '机会点描述; null if none.' })
  @Property({ type: 'string', length: 500, nullable: true })
  description?: string | null;

  @Field(() => Boolean, {
    description:
      '(design) 华为云新客户: no cloud account was named, or the named account is not real-name verified or is its enterprise’s first real-name verified account (the PCE rule). Decided when shared.',
  })
  @Property()
  newCustomer!: boolean;

  /** The office (PSM) a new customer's opportunity was routed to; null for an existing customer. */
  @ManyToOne(() => RepresentativeOffice, { ref: true, nullable: true })
  office?: Ref<RepresentativeOffice> | null;

  @Field(() => OpportunityStatus, { description: '机会点状态.' })
  @Enum({ items: () => OpportunityStatus })
  status!: OpportunityStatus;

  @Field(() => String, { nullable: true, description: 'Why it was rejected (验证不通过); null otherwise.' })
  @Property({ type: 'string', length: 500, nullable: true })
  rejectReason?: string | null;

  @ManyToOne(() => Member, { ref: true })
  createdBy!: Ref<Member>;

  @Field(() => Date, { description: 'When it was shared.' })
  @Property()
  createdAt!: Date;

  @Field(() => Date, { nullable: true, description: 'When it was verified (验证通过); null before.' })
  @Property({ type: DateTimeType, nullable: true })
  verifiedAt?: Date | null;

  @Field(() => Date, { description: 'When it entered its current status.' })
  @Property()
  statusChangedAt!: Date;

  @Property({ default: 1 })
  version: number = 1;

  @Field(() => String, {
    description: 'The status as the partner center names it (已提交, 验证中, 验证通过, 验证不通过).',
  })
  get statusName(): string {
    return OPPORTUNITY_STATUS_NAMES[this.status];
  }

  @Field(() => ID, { name: 'id', description: 'Opaque global id.' })
  get globalId(): string {
    return toGlobalId('Opportunity', this.id);
  }
}
