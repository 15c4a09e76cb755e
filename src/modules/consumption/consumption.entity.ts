import { Entity, Enum, Index, ManyToOne, PrimaryKey, Property, type Ref, OptionalProps } from '@mikro-orm/core';
import { Field, ID, ObjectType } from 'type-graphql';
import { MoneyColumn, Node } from '../../common/node';
import { toGlobalId } from '../../common/global-id';
import { Partner } from '../partner/partner.entity';
import { Member } from '../member/member.entity';
import { SubCustomer } from '../customer/customer.entity';
import { BillDetailType, ChargingMode } from './consumption.enums';

@Entity({ tableName: 'consumption_record' })
@Index({ properties: ['partner', 'billCycle'] })
@Index({ properties: ['customer', 'billCycle'] })
@ObjectType('ConsumptionRecord', {
  implements: Node,
  description: '消费记录: one consumption of a customer, kept 18 months.',
})
export class ConsumptionRecord {
  /** Getters are not columns: leave them out of create data. */
  [OptionalProps]?: 'globalId';

  @PrimaryKey()
  id!: number;

  /** The partner the customer was associated with when it consumed. */
  @ManyToOne(() => Partner, { ref: true })
  partner!: Ref<Partner>;

  @ManyToOne(() => SubCustomer, { ref: true })
  customer!: Ref<SubCustomer>;

  @Field(() => String, { description: 'Bill cycle, YYYY-MM.' })
  @Property({ length: 7 })
  billCycle!: string;

  @Field(() => String, { description: 'Cloud service type code.' })
  @Property({ length: 64 })
  serviceTypeCode!: string;

  @Field(() => String, { nullable: true, description: 'Resource id consumed.' })
  @Property({ type: 'string', length: 64, nullable: true })
  resourceId?: string | null;

  @Field(() => ChargingMode, { description: 'How it was charged.' })
  @Enum({ items: () => ChargingMode })
  chargingMode!: ChargingMode;

  @Field(() => BillDetailType, { description: 'What it was for.' })
  @Enum({ items: () => BillDetailType })
  billDetailType!: BillDetailType;

  @Field(() => Date, { description: 'When it was charged.' })
  @Property()
  tradeTime!: Date;

  @MoneyColumn()
  officialAmount!: number;

  @MoneyColumn()
  paymentAmount!: number;

  @MoneyColumn()
  cashAmount!: number;

  @MoneyColumn()
  couponAmount!: number;

  @MoneyColumn()
  debtAmount!: number;

  /** Account manager of the customer at the time of consumption. */
  @ManyToOne(() => Member, { ref: true, nullable: true, index: true })
  accountManager?: Ref<Member> | null;

  @Field(() => ID, { name: 'id', description: 'Opaque global id.' })
  get globalId(): string {
    return toGlobalId('ConsumptionRecord', this.id);
  }
}
