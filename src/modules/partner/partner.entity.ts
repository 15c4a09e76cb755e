import { Entity, Enum, ManyToOne, PrimaryKey, Property, Unique, type Ref, OptionalProps } from '@mikro-orm/core';
import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { Node, MoneyColumn } from '../../common/node';
import { toGlobalId } from '../../common/global-id';
import { PartnerIdentity, PartnerStatus } from './partner.enums';

@Entity({ tableName: 'partner' })
@ObjectType('Partner', {
  implements: Node,
  description: 'A partner of the cloud: distributor, cloud reseller or solution provider.',
})
export class Partner {
  /** Getters are not columns: leave them out of create data. */
  [OptionalProps]?: 'globalId' | 'incentiveAutoApply' | 'marketingPlan2' | 'cloudStoreServicePlan';

  @PrimaryKey()
  id!: number;

  @Field(() => String, { description: 'Company name (Chinese or English as registered).' })
  @Property({ length: 200 })
  name!: string;

  @Field(() => PartnerIdentity, { description: 'Distributor, cloud reseller or solution provider.' })
  @Enum({ items: () => PartnerIdentity })
  identity!: PartnerIdentity;

  @Field(() => PartnerStatus, { description: 'Standing with the cloud.' })
  @Enum({ items: () => PartnerStatus, default: PartnerStatus.NORMAL })
  status: PartnerStatus = PartnerStatus.NORMAL;

  /** The distributor that invited this cloud reseller. */
  @ManyToOne(() => Partner, { nullable: true, ref: true, index: true })
  parent?: Ref<Partner> | null;

  @Field(() => Boolean, { description: 'Whether sensitive operations require a verification code.' })
  @Property({ default: false })
  verificationEnabled: boolean = false;

  /**
   * 设置余额预警: the partner's own low-balance alert (fen). A debit that takes its cash balance from
   * this or more to under it raises a balance alert (funds/balance-alert.ts).
   */
  @MoneyColumn({ nullable: true })
  balanceAlertThreshold?: number | null;

  /** RESALE customers whose balance falls under this (fen) show up in the dashboard's balance alerts. */
  @MoneyColumn({ nullable: true })
  customerBalanceAlertThreshold?: number | null;

  @Field(() => String, {
    nullable: true,
    description:
      '签约主体: the cloud company the partner contracted with. Online recharge and remittance claims are open only to partners contracted with 华为软件技术有限公司 or 华为云计算技术有限公司; others consult their ecosystem manager (RECHARGE_ENTITY_NOT_SUPPORTED). (design) Null when not recorded, which counts as not supported.',
  })
  @Property({ type: 'string', length: 100, nullable: true })
  contractingEntity?: string | null;
  /**
   * 设置自动申请发放激励: the maintenance job auto-apply-incentives applies the partner's records waiting
   * for an application (待提交申请) on its behalf. Read as Partner.incentiveAutoApply.
   */
  @Property({ default: false })
  incentiveAutoApply: boolean = false;
  /**
   * 云商店客户服务商计划: the partner joined the cloud-store customer-service-provider plan and may
   * share exclusive-offer links (专属优惠). Read as Partner.inCloudStoreServicePlan.
   */
  @Property({ default: false })
  cloudStoreServicePlan: boolean = false;

  /** 营销计划2.0: the partner's lead contacts are anonymised (modules/lead). Read as Partner.marketingPlan2. */
  @Property({ default: false, fieldName: 'marketing_plan2' })
  marketingPlan2: boolean = false;

  @Field(() => Date, { description: 'When the partner joined the partner program.' })
  @Property()
  createdAt!: Date;

  @Field(() => ID, { name: 'id', description: 'Opaque global id.' })
  get globalId(): string {
    return toGlobalId('Partner', this.id);
  }
}

/** Kinds of partner account the platform keeps (account_type codes of the API). */
export enum PartnerAccountType {
  CASH = 1,
  CREDIT = 2,
  BONUS = 5,
  DEPOSIT = 7,
}

registerEnumType(PartnerAccountType, {
  name: 'PartnerAccountType',
  description: "Which of a partner's accounts (账户) a balance or an account change is on.",
  valuesConfig: {
    CASH: {
      description:
        "现金账户 (account_type 1): recharges, allocations, reclaims; RESALE customers' balances are cash too.",
    },
    CREDIT: {
      description:
        "信用账户 (account_type 2): the credit the cloud grants; pays what a customer's balance leaves of an order.",
    },
    BONUS: { description: '奖励账户 (account_type 5): bonus money the cloud grants.' },
    DEPOSIT: { description: '押金账户 (account_type 7): the deposit a distributor keeps with the cloud.' },
  },
});

@Entity({ tableName: 'partner_account' })
@Unique({ properties: ['partner', 'accountType'] })
export class PartnerAccount {
  @PrimaryKey()
  id!: number;

  @ManyToOne(() => Partner, { ref: true })
  partner!: Ref<Partner>;

  @Enum({ items: () => PartnerAccountType })
  accountType!: PartnerAccountType;

  /** Balance in fen. */
  @MoneyColumn()
  amount: number = 0;

  /** 专款专用: earmarked part of `amount` that cannot be allocated. */
  @MoneyColumn()
  designatedAmount: number = 0;

  @Property({ version: true, default: 1 })
  version: number = 1;
}
