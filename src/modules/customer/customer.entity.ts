import {
  Entity,
  Enum,
  Index,
  ManyToOne,
  PrimaryKey,
  Property,
  type Ref,
  OptionalProps,
  DateTimeType,
  Unique,
} from '@mikro-orm/core';
import { Field, ID, ObjectType } from 'type-graphql';
import { MoneyColumn, Node } from '../../common/node';
import { toGlobalId } from '../../common/global-id';
import { Partner } from '../partner/partner.entity';
import { Member } from '../member/member.entity';
import { AssociationType, CustomerLevel, CustomerType, FrozenState, VerifiedStatus } from './customer.enums';

@Entity({ tableName: 'sub_customer' })
@Index({ properties: ['partner', 'associatedOn'] })
@Index({ properties: ['partner', 'accountManager'] })
// One active association per cloud account: a row whose association ended (unbound_at set) no longer
// counts, so an account once unbound can be associated again (a new row; the old one keeps its history).
@Unique({
  name: 'sub_customer_customer_id_active_unique',
  expression:
    'create unique index sub_customer_customer_id_active_unique on sub_customer (customer_id) where unbound_at is null',
})
@Unique({
  name: 'sub_customer_account_name_active_unique',
  expression:
    'create unique index sub_customer_account_name_active_unique on sub_customer (account_name) where unbound_at is null',
})
// A customer's mobile is unique across customers (客户间判重, seed 003) in force; rows without one are NULL.
@Unique({
  name: 'sub_customer_mobile_unique',
  expression:
    'create unique index sub_customer_mobile_unique on sub_customer (country_code, telephone) where unbound_at is null',
})
@ObjectType('SubCustomer', { implements: Node, description: '子客户: a cloud account associated with one partner.' })
export class SubCustomer {
  /** Getters are not columns: leave them out of create data. */
  [OptionalProps]?: 'globalId';

  @PrimaryKey()
  id!: number;

  @ManyToOne(() => Partner, { ref: true })
  partner!: Ref<Partner>;

  @Field(() => String, { description: 'The cloud account id (domain id) of the customer.' })
  @Property({ length: 64, index: true })
  customerId!: string;

  @Field(() => String, { description: 'Login name of the cloud account.' })
  @Property({ length: 64, index: true })
  accountName!: string;

  @Field(() => String, { nullable: true, description: 'Real-name-verified name of the customer.' })
  @Property({ type: 'string', length: 200, nullable: true })
  name?: string | null;

  @Field(() => Date, { description: 'When the customer was associated with its partner.' })
  @Property()
  associatedOn!: Date;

  @Field(() => AssociationType, { description: 'ADVISORY (顾问销售) or RESALE (代售).' })
  @Enum({ items: () => AssociationType })
  associationType!: AssociationType;

  @Field(() => String, { nullable: true, description: 'Partner-defined tag, fuzzy-searchable.' })
  @Property({ type: 'string', length: 100, nullable: true })
  label?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Mobile number without its country code; unique across customers together with countryCode.',
  })
  @Property({ type: 'string', length: 32, nullable: true })
  telephone?: string | null;

  @Field(() => String, { nullable: true, description: 'Telephone country code, e.g. 0086.' })
  @Property({ type: 'string', length: 8, nullable: true })
  countryCode?: string | null;

  @Field(() => String, { nullable: true, description: 'Contact email.' })
  @Property({ type: 'string', length: 200, nullable: true })
  email?: string | null;

  @Field(() => VerifiedStatus, { description: 'Real-name verification state.' })
  @Enum({ items: () => VerifiedStatus })
  verifiedStatus!: VerifiedStatus;

  @Field(() => CustomerType, { description: 'Individual or enterprise.' })
  @Enum({ items: () => CustomerType })
  customerType!: CustomerType;

  @Field(() => FrozenState, { description: 'Whether the account (and its resources) is frozen.' })
  @Enum({ items: () => FrozenState })
  isFrozen: FrozenState = FrozenState.NOT_FROZEN;

  @Field(() => CustomerLevel, { description: 'Customer grade V0…V5.' })
  @Enum({ items: () => CustomerLevel })
  customerLevel!: CustomerLevel;

  /** At most one member holding the account-manager role. */
  @ManyToOne(() => Member, { ref: true, nullable: true })
  accountManager?: Ref<Member> | null;

  @Field(() => String, { description: "The partner platform's own user id for this customer." })
  @Property({ length: 64 })
  xaccountId!: string;

  @Field(() => String, { description: "The partner platform's tag for xaccountId." })
  @Property({ length: 64 })
  xaccountType!: string;

  /** Available balance in fen; meaningful for RESALE customers only. */
  @MoneyColumn()
  balance: number = 0;

  /** Debt in fen; meaningful for RESALE customers only. */
  @MoneyColumn()
  debtAmount: number = 0;

  /**
   * When the association ended (解绑). The row stays, so history (orders, consumption, records)
   * keeps its customer; an unbound customer is left out of lists and money can no longer move.
   */
  @Field(() => Date, {
    nullable: true,
    description:
      'When the association with the partner ended (解绑); null while associated. Unbound customers are left out of customer lists unless asked for.',
  })
  @Property({ type: DateTimeType, nullable: true })
  unboundAt?: Date | null;

  @Property({ version: true, default: 1 })
  version: number = 1;

  @Field(() => ID, { name: 'id', description: 'Opaque global id.' })
  get globalId(): string {
    return toGlobalId('SubCustomer', this.id);
  }
}
