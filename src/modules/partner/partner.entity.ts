import { Entity, Enum, ManyToOne, PrimaryKey, Property, Unique, type Ref, OptionalProps } from '@mikro-orm/core';
import { Field, ID, ObjectType } from 'type-graphql';
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
  [OptionalProps]?: 'globalId';

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

  /** RESALE customers whose balance falls under this (fen) show up in balance alerts. */
  @MoneyColumn({ nullable: true })
  balanceAlertThreshold?: number | null;

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
