import { Entity, Enum, Index, ManyToOne, PrimaryKey, Property, type Ref, OptionalProps } from '@mikro-orm/core';
import { Field, ID, ObjectType } from 'type-graphql';
import { MoneyColumn, Node } from '../../common/node';
import { toGlobalId } from '../../common/global-id';
import { Partner, PartnerAccountType } from '../partner/partner.entity';
import { Member } from '../member/member.entity';
import { SubCustomer } from '../customer/customer.entity';
import { AdjustOperationType, LedgerOwner, TradeType } from './funds.enums';

/** 调账记录: one per fund movement. Append-only. */
@Entity({ tableName: 'adjust_record' })
@Index({ properties: ['partner', 'operationTime'] })
@ObjectType('AdjustRecord', {
  implements: Node,
  description: '调账记录: one fund movement between a partner and a customer or reseller. Append-only.',
})
export class AdjustRecord {
  /** Getters are not columns: leave them out of create data. */
  [OptionalProps]?: 'globalId';

  @PrimaryKey()
  id!: number;

  /** The partner that moved the money. */
  @ManyToOne(() => Partner, { ref: true })
  partner!: Ref<Partner>;

  @ManyToOne(() => SubCustomer, { ref: true, nullable: true, index: true })
  customer?: Ref<SubCustomer> | null;

  @ManyToOne(() => Partner, { ref: true, nullable: true })
  reseller?: Ref<Partner> | null;

  @Field(() => AdjustOperationType, { description: '拨款, 回收 or 解绑回收.' })
  @Enum({ items: () => AdjustOperationType })
  operationType!: AdjustOperationType;

  /** Positive amount in fen. */
  @MoneyColumn()
  amount!: number;

  @Field(() => String, { description: 'Transaction id shared by the records of one movement.' })
  @Property({ length: 64, index: true })
  transId!: string;

  @ManyToOne(() => Member, { ref: true, nullable: true })
  operator?: Ref<Member> | null;

  @Field(() => Date, { description: 'When the movement happened.' })
  @Property()
  operationTime!: Date;

  @Field(() => String, { nullable: true, description: 'Note entered by the operator.' })
  @Property({ type: 'string', length: 500, nullable: true })
  memo?: string | null;

  @Field(() => ID, { name: 'id', description: 'Opaque global id.' })
  get globalId(): string {
    return toGlobalId('AdjustRecord', this.id);
  }
}

/** 收支明细: one signed change of one ledger (a partner's or a customer's). Append-only. */
@Entity({ tableName: 'account_change_record' })
@Index({ properties: ['partner', 'ownerType', 'tradeTime'] })
@Index({ properties: ['customer', 'tradeTime'] })
@ObjectType('AccountChangeRecord', {
  implements: Node,
  description:
    "收支明细: one signed change of a partner's or customer's balance. The changes of a ledger add up to its balance.",
})
export class AccountChangeRecord {
  /** Getters are not columns: leave them out of create data. */
  [OptionalProps]?: 'globalId';

  @PrimaryKey()
  id!: number;

  /** The partner whose ledger this is, or whose customer's ledger this is. */
  @ManyToOne(() => Partner, { ref: true })
  partner!: Ref<Partner>;

  @Field(() => LedgerOwner, { description: "Whether this is the partner's own ledger or a customer's." })
  @Enum({ items: () => LedgerOwner })
  ownerType!: LedgerOwner;

  @ManyToOne(() => SubCustomer, { ref: true, nullable: true })
  customer?: Ref<SubCustomer> | null;

  @Field(() => PartnerAccountType, {
    description:
      "The account changed: CASH for a customer's balance; for the partner's own ledger, which of its accounts.",
  })
  @Enum({ items: () => PartnerAccountType, default: PartnerAccountType.CASH })
  accountType: PartnerAccountType = PartnerAccountType.CASH;

  @Field(() => TradeType, { description: 'Kind of change.' })
  @Enum({ items: () => TradeType })
  tradeType!: TradeType;

  /** Signed amount in fen. */
  @MoneyColumn()
  amount!: number;

  /** Ledger balance after this change, in fen. */
  @MoneyColumn()
  balanceAfter!: number;

  @Field(() => String, { description: "Transaction id (the adjust record's transId, or an order id)." })
  @Property({ length: 64, index: true })
  tradeId!: string;

  @Field(() => Date, { description: 'When the change happened.' })
  @Property()
  tradeTime!: Date;

  @Field(() => ID, { name: 'id', description: 'Opaque global id.' })
  get globalId(): string {
    return toGlobalId('AccountChangeRecord', this.id);
  }
}
