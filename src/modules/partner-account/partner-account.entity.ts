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
import { MoneyColumn, Node } from '../../common/node';
import { toGlobalId } from '../../common/global-id';
import { Partner } from '../partner/partner.entity';
import { Member } from '../member/member.entity';
import { CloudOperator } from '../operator/operator.entity';
import {
  RechargePaymentStatus,
  RemittanceClaimStatus,
  WithdrawalAccount,
  WithdrawalStatus,
} from './partner-account.enums';

/** 在线充值: an online recharge's payment request. Its status changes only through partner-account services. */
@Entity({ tableName: 'recharge_payment' })
@Index({ properties: ['status', 'expiresAt'] })
@ObjectType('RechargePayment', {
  implements: Node,
  description:
    "在线充值: a payment request for topping up the partner's cash account online (createRecharge). (design) The external payment page uses paymentReference; the provider's outcome comes back through settleRechargePayment (the payment callback, an operator's act here); a request not paid within 30 minutes expires. Only SUCCEEDED credits the cash account, exactly once.",
})
export class RechargePayment {
  [OptionalProps]?: 'globalId';

  @PrimaryKey()
  id!: number;

  @ManyToOne(() => Partner, { ref: true, index: true })
  partner!: Ref<Partner>;

  /** Amount in fen. */
  @MoneyColumn()
  amount!: number;

  @Field(() => RechargePaymentStatus, { description: 'PENDING, SUCCEEDED, FAILED or EXPIRED.' })
  @Enum({ items: () => RechargePaymentStatus })
  status!: RechargePaymentStatus;

  @Field(() => String, {
    description:
      '(design) The reference the payment page is opened with (RP + date + random); also the tradeId of the RECHARGE account change record once paid.',
  })
  @Property({ length: 64, unique: true })
  paymentReference!: string;

  @Field(() => String, { nullable: true, description: "The payment provider's transaction number, once settled." })
  @Property({ type: 'string', length: 64, nullable: true })
  providerReference?: string | null;

  /** The member who started it. */
  @ManyToOne(() => Member, { ref: true })
  createdBy!: Ref<Member>;

  @Field(() => Date, { description: 'When the recharge was started.' })
  @Property()
  createdAt!: Date;

  @Field(() => Date, {
    description: '(design) 30 minutes after createdAt: a payment still PENDING then becomes EXPIRED.',
  })
  @Property()
  expiresAt!: Date;

  @Field(() => Date, {
    nullable: true,
    description: 'When it became SUCCEEDED, FAILED or EXPIRED; null while PENDING.',
  })
  @Property({ type: DateTimeType, nullable: true })
  settledAt?: Date | null;

  /** The operator who settled it (null while pending or when it expired). */
  @ManyToOne(() => CloudOperator, { ref: true, nullable: true })
  settledBy?: Ref<CloudOperator> | null;

  @Field(() => ID, { name: 'id', description: 'Opaque global id.' })
  get globalId(): string {
    return toGlobalId('RechargePayment', this.id);
  }
}

/** 汇款认领: a partner's claim of an offline remittance. */
@Entity({ tableName: 'remittance_claim' })
@Index({ properties: ['partner', 'bankReference'] })
@Index({ properties: ['status'] })
@ObjectType('RemittanceClaim', {
  implements: Node,
  description:
    "汇款认领: the partner remitted money offline to the cloud's general recharge account and claims it (submitRemittanceClaim); a cloud operator confirms it (the cash account is credited once, a REMITTANCE record) or rejects it. The partner may cancel it while PENDING.",
})
export class RemittanceClaim {
  [OptionalProps]?: 'globalId';

  @PrimaryKey()
  id!: number;

  @ManyToOne(() => Partner, { ref: true, index: true })
  partner!: Ref<Partner>;

  /** Amount in fen. */
  @MoneyColumn()
  amount!: number;

  @Field(() => String, { description: 'Name of the remitting account holder (汇款人), as on the bank slip.' })
  @Property({ length: 100 })
  payerName!: string;

  @Field(() => String, {
    description: "The bank's transaction reference (银行流水号); one confirmed claim per reference and partner.",
  })
  @Property({ length: 64 })
  bankReference!: string;

  @Field(() => String, { description: 'The day the money was remitted (YYYY-MM-DD, China time).' })
  @Property({ length: 10 })
  remittedOn!: string;

  @Field(() => String, { nullable: true, description: "The partner's note (≤ 200 characters)." })
  @Property({ type: 'string', length: 200, nullable: true })
  memo?: string | null;

  @Field(() => RemittanceClaimStatus, { description: 'PENDING, CONFIRMED, REJECTED or CANCELLED.' })
  @Enum({ items: () => RemittanceClaimStatus })
  status!: RemittanceClaimStatus;

  @Field(() => String, { nullable: true, description: "The operator's reason for a rejection; null otherwise." })
  @Property({ type: 'string', length: 500, nullable: true })
  reason?: string | null;

  /** Trade id of the REMITTANCE account change record once confirmed. */
  @Field(() => String, {
    nullable: true,
    description: 'Once CONFIRMED: the tradeId of its REMITTANCE account change record (收支明细).',
  })
  @Property({ type: 'string', length: 64, nullable: true })
  tradeId?: string | null;

  @ManyToOne(() => Member, { ref: true })
  submittedBy!: Ref<Member>;

  @Field(() => Date, { description: 'When the claim was submitted.' })
  @Property()
  createdAt!: Date;

  @Field(() => Date, {
    nullable: true,
    description: 'When it was confirmed, rejected or cancelled; null while PENDING.',
  })
  @Property({ type: DateTimeType, nullable: true })
  handledAt?: Date | null;

  @ManyToOne(() => CloudOperator, { ref: true, nullable: true })
  handledBy?: Ref<CloudOperator> | null;

  @Field(() => ID, { name: 'id', description: 'Opaque global id.' })
  get globalId(): string {
    return toGlobalId('RemittanceClaim', this.id);
  }
}

/** 提现 / 激励返点提现: a withdrawal from the cash or the bonus account. */
@Entity({ tableName: 'withdrawal' })
@Index({ properties: ['status'] })
@ObjectType('Withdrawal', {
  implements: Node,
  description:
    '提现 (cash account) or 激励返点提现 (bonus account): the amount leaves the account at once (a WITHDRAWAL or REBATE_WITHDRAWAL record) and is held while PENDING, so it can be neither spent nor withdrawn twice; a cloud operator pays it (PAID) or rejects it (REJECTED, the amount comes back with a …_RETURNED record).',
})
export class Withdrawal {
  [OptionalProps]?: 'globalId';

  @PrimaryKey()
  id!: number;

  @ManyToOne(() => Partner, { ref: true, index: true })
  partner!: Ref<Partner>;

  @Field(() => WithdrawalAccount, { description: 'CASH (提现) or BONUS (激励返点提现).' })
  @Enum({ items: () => WithdrawalAccount })
  account!: WithdrawalAccount;

  /** Amount in fen. */
  @MoneyColumn()
  amount!: number;

  @Field(() => String, { description: 'Bank of the receiving account (开户行).' })
  @Property({ length: 100 })
  bankName!: string;

  @Field(() => String, { description: 'Holder of the receiving account (户名).' })
  @Property({ length: 100 })
  accountName!: string;

  /** Full account number; the API shows it masked (bankAccountNumber). */
  @Property({ length: 32 })
  accountNumber!: string;

  @Field(() => WithdrawalStatus, { description: 'PENDING, PAID or REJECTED.' })
  @Enum({ items: () => WithdrawalStatus })
  status!: WithdrawalStatus;

  @Field(() => String, {
    description: 'The tradeId of its account change records (the hold, and the return if rejected).',
  })
  @Property({ length: 64, unique: true })
  tradeId!: string;

  @Field(() => String, { nullable: true, description: "The operator's reason for a rejection; null otherwise." })
  @Property({ type: 'string', length: 500, nullable: true })
  reason?: string | null;

  @Field(() => String, { nullable: true, description: "The bank transfer's reference once PAID (design: optional)." })
  @Property({ type: 'string', length: 64, nullable: true })
  payoutReference?: string | null;

  @ManyToOne(() => Member, { ref: true })
  requestedBy!: Ref<Member>;

  @Field(() => Date, { description: 'When the withdrawal was requested.' })
  @Property()
  createdAt!: Date;

  @Field(() => Date, { nullable: true, description: 'When it was paid or rejected; null while PENDING.' })
  @Property({ type: DateTimeType, nullable: true })
  handledAt?: Date | null;

  @ManyToOne(() => CloudOperator, { ref: true, nullable: true })
  handledBy?: Ref<CloudOperator> | null;

  @Field(() => ID, { name: 'id', description: 'Opaque global id.' })
  get globalId(): string {
    return toGlobalId('Withdrawal', this.id);
  }
}
