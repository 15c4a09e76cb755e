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
import { CloudAccount } from '../cloud-account/cloud-account.entity';
import { Partner } from '../partner/partner.entity';
import { IncentiveAction, IncentiveActorKind, IncentiveStage, IncentiveType } from './incentive.enums';
import { STAGES } from './incentive.stages';

/** 激励申请记录: one incentive of a partner for one reconciliation period, and where its payout stands. */
@Entity({ tableName: 'incentive_record' })
@Index({ properties: ['partner', 'period'] })
@Index({ properties: ['partner', 'stage'] })
@ObjectType('IncentiveRecord', {
  implements: Node,
  description:
    '激励申请记录: an incentive the cloud owes a partner for one reconciliation period (对账期次) and the stage of its payout (激励发放状态), with the partner’s hint, the rejection reason and every transition taken. (design) One record per incentive type and period; a paid record credits the partner’s bonus account (奖励账户) once.',
})
export class IncentiveRecord {
  /** Getters and defaulted columns: leave them out of create data. */
  [OptionalProps]?: 'globalId' | 'stageName' | 'hint' | 'version';

  @PrimaryKey()
  id!: number;

  @ManyToOne(() => Partner, { ref: true })
  partner!: Ref<Partner>;

  @Field(() => IncentiveType, { description: '(design) Kind of incentive.' })
  @Enum({ items: () => IncentiveType })
  incentiveType!: IncentiveType;

  @Field(() => String, { description: '对账期次: the reconciliation period, `YYYYMM` (e.g. 202611).' })
  @Property({ length: 6 })
  period!: string;

  /** The incentive in fen (positive). */
  @MoneyColumn()
  amount!: number;

  @Field(() => IncentiveStage, { description: 'Current payout stage (激励发放状态).' })
  @Enum({ items: () => IncentiveStage })
  stage!: IncentiveStage;

  @Field(() => String, {
    nullable: true,
    description:
      '驳回原因: why co-signing was rejected, the application closed, or the payment order failed (the latest such reason); null otherwise.',
  })
  @Property({ type: 'string', length: 500, nullable: true })
  rejectionReason?: string | null;

  /** PCE_OPPORTUNITY only: the customer's cloud account the shared opportunity is about. */
  @ManyToOne(() => CloudAccount, { ref: true, nullable: true })
  opportunityAccount?: Ref<CloudAccount> | null;

  @Field(() => Date, {
    nullable: true,
    description:
      'PCE_OPPORTUNITY only: when the cloud verified the opportunity (机会点“验证通过”) as recorded when the incentive was settled; null otherwise. pceEligibility reads the verification of the partner’s own shared opportunity (Opportunity.verifiedAt, VERIFIED) for the account first, and this date only when there is none.',
  })
  @Property({ type: DateTimeType, nullable: true })
  opportunityVerifiedAt?: Date | null;

  @Field(() => String, {
    nullable: true,
    description: 'The number of the invoice the partner issued for this incentive (invoiceIncentive); null before.',
  })
  @Property({ type: 'string', length: 32, nullable: true })
  invoiceNumber?: string | null;

  @Field(() => Date, { description: 'When the cloud settled the incentive (the record appeared as 待提交申请).' })
  @Property()
  createdAt!: Date;

  @Field(() => Date, { nullable: true, description: 'When it was applied for (APPLY); null before.' })
  @Property({ type: DateTimeType, nullable: true })
  appliedAt?: Date | null;

  @Field(() => Date, { nullable: true, description: 'When the partner invoiced it (INVOICE); null before.' })
  @Property({ type: DateTimeType, nullable: true })
  invoicedAt?: Date | null;

  @Field(() => Date, { nullable: true, description: 'When it was paid to the bonus account (PAY); null before.' })
  @Property({ type: DateTimeType, nullable: true })
  paidAt?: Date | null;

  @Field(() => Date, { description: 'When the record entered its current stage.' })
  @Property()
  stageChangedAt!: Date;

  @Property({ default: 1 })
  version: number = 1;

  @Field(() => String, { description: 'The current stage as the partner center names it (待提交申请, 会签中, …).' })
  get stageName(): string {
    return STAGES[this.stage].nameZh;
  }

  @Field(() => String, { description: '提示说明: the hint the partner sees for the current stage.' })
  get hint(): string {
    return STAGES[this.stage].hint;
  }

  @Field(() => ID, { name: 'id', description: 'Opaque global id.' })
  get globalId(): string {
    return toGlobalId('IncentiveRecord', this.id);
  }
}

/** One step of an incentive's payout: append-only history. */
@Entity({ tableName: 'incentive_transition' })
@ObjectType('IncentiveTransition', {
  simpleResolvers: true,
  description: 'One transition of an incentive’s payout: from which stage to which, by whom, why and when.',
})
export class IncentiveTransition {
  @PrimaryKey()
  id!: number;

  @ManyToOne(() => IncentiveRecord, { ref: true, index: true })
  record!: Ref<IncentiveRecord>;

  @Field(() => IncentiveAction, { description: 'The named transition taken.' })
  @Enum({ items: () => IncentiveAction })
  action!: IncentiveAction;

  @Field(() => IncentiveStage, { description: 'Stage before.' })
  @Enum({ items: () => IncentiveStage })
  fromStage!: IncentiveStage;

  @Field(() => IncentiveStage, { description: 'Stage after.' })
  @Enum({ items: () => IncentiveStage })
  toStage!: IncentiveStage;

  @Field(() => IncentiveActorKind, { description: 'Partner member, cloud operator or the system.' })
  @Enum({ items: () => IncentiveActorKind })
  actorKind!: IncentiveActorKind;

  @Field(() => String, {
    description: 'Who exactly: `member:<id>`, `operator:<id>` or `maintenance:auto-apply-incentives`.',
  })
  @Property({ length: 100 })
  actor!: string;

  @Field(() => String, {
    nullable: true,
    description: 'The reason given (rejections, closing, failures); null otherwise.',
  })
  @Property({ type: 'string', length: 500, nullable: true })
  reason?: string | null;

  @Field(() => Date, { description: 'When it happened.' })
  @Property()
  at!: Date;
}
