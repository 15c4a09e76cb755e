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
import { MoneyColumn } from '../../common/node';
import { SubCustomer } from '../customer/customer.entity';
import { Member } from '../member/member.entity';
import { Partner } from '../partner/partner.entity';
import { AgreementParty, PaymentAgreementStatus, PaymentAgreementType } from './payment-agreement.enums';

/**
 * 代付协议: the partner pays the customer's yearly/monthly orders from its cash account. Proposed by
 * the partner, accepted or rejected by the customer; one ACTIVE agreement per customer (a partial
 * unique index). `usedAmount` is what was paid in `usedMonth` (YYYY-MM, China time); a payment in a
 * new month starts the count again.
 */
@Entity({ tableName: 'payment_agreement' })
@Index({ properties: ['partner', 'createdAt'] })
@Index({ properties: ['customer', 'status'] })
@ObjectType('PaymentAgreement', {
  description:
    '代付协议 (payment on behalf): the partner pays the orders of one of its customers from its cash account, within the limits (design: FULL without limits, LIMITED with a per-order and a monthly limit). PENDING_CUSTOMER → ACTIVE → TERMINATED, or REJECTED / EXPIRED.',
})
export class PaymentAgreement {
  [OptionalProps]?: 'globalId' | 'usedAmount' | 'version';

  @PrimaryKey()
  id!: number;

  @ManyToOne(() => Partner, { ref: true, index: true })
  partner!: Ref<Partner>;

  @ManyToOne(() => SubCustomer, { ref: true, index: true })
  customer!: Ref<SubCustomer>;

  @Field(() => PaymentAgreementType, { description: '协议类型 (design: FULL or LIMITED).' })
  @Enum({ items: () => PaymentAgreementType })
  agreementType!: PaymentAgreementType;

  /** As stored; the API shows agreementStatusAt (a pending one past expiresAt is EXPIRED). */
  @Enum({ items: () => PaymentAgreementStatus })
  status!: PaymentAgreementStatus;

  /** Fen; null: no per-order limit (FULL). */
  @MoneyColumn({ nullable: true })
  perOrderLimit?: number | null;

  /** Fen; null: no monthly limit (FULL). */
  @MoneyColumn({ nullable: true })
  monthlyLimit?: number | null;

  /** The month (YYYY-MM, China time) usedAmount counts. */
  @Property({ type: 'string', length: 7, nullable: true })
  usedMonth?: string | null;

  /** Fen paid under the agreement in usedMonth. */
  @MoneyColumn()
  usedAmount!: number;

  @Field(() => Date, { description: 'When the partner proposed it.' })
  @Property({ type: DateTimeType })
  createdAt!: Date;

  @ManyToOne(() => Member, { ref: true, nullable: true })
  createdBy?: Ref<Member> | null;

  @Field(() => Date, {
    description: 'Until when the customer may accept a PENDING_CUSTOMER agreement (7 days, design).',
  })
  @Property({ type: DateTimeType })
  expiresAt!: Date;

  @Field(() => Date, { nullable: true, description: 'When the customer accepted or rejected it, or it expired.' })
  @Property({ type: DateTimeType, nullable: true })
  answeredAt?: Date | null;

  @Field(() => Date, { nullable: true, description: 'When it was terminated.' })
  @Property({ type: DateTimeType, nullable: true })
  terminatedAt?: Date | null;

  @Field(() => AgreementParty, { nullable: true, description: 'Who terminated it.' })
  @Enum({ items: () => AgreementParty, nullable: true })
  terminatedBy?: AgreementParty | null;

  @Field(() => String, {
    nullable: true,
    description: "The terminating side's reason, or the customer's reason for rejecting it.",
  })
  @Property({ type: 'string', length: 200, nullable: true })
  reason?: string | null;

  @Property({ version: true, default: 1 })
  version!: number;

  @Field(() => ID, { name: 'id', description: 'Opaque global id.' })
  get globalId(): string {
    return toGlobalId('PaymentAgreement', this.id);
  }
}
