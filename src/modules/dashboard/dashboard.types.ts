import { Field, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Money } from '../../common/money';
import { SubCustomer } from '../customer/customer.entity';
import { CouponKind } from '../coupon/coupon.enums';
import { Member } from '../member/member.entity';
import { Order } from '../order/order.entity';

/** What a dashboard is computed over: one partner, a bill-cycle range, and the viewer's scope. */
export interface DashboardScope {
  partnerId: number;
  from: string;
  to: string;
  /** Account managers whose customers count; null = all customers of the partner. */
  accountManagerIds: number[] | null;
}

@ObjectType('Dashboard', {
  description:
    "运营看板: aggregates for a mobile dashboard over a bill-cycle range (within the last 18 months) and your row scope, read from monthly roll-ups kept in step with every change (a customer's consumption counts under its current account manager and association type), coupon use and incentive stages; consumptionByAccountManager splits by the account manager at the time of consumption instead.",
})
export class Dashboard {
  scope!: DashboardScope;

  @Field(() => String, { description: 'First bill cycle of the range (YYYY-MM).' })
  from!: string;

  @Field(() => String, { description: 'Last bill cycle of the range (YYYY-MM).' })
  to!: string;
}

@ObjectType({ simpleResolvers: true, description: 'Consumption of one bill cycle.' })
export class MonthlyConsumption {
  @Field(() => String, { description: 'Bill cycle, YYYY-MM.' })
  billCycle!: string;

  @Field(() => Money, { description: 'List price of what was consumed.' })
  officialAmount!: Money;

  @Field(() => Money, { description: 'What was paid (cash, coupons and debt).' })
  paymentAmount!: Money;

  @Field(() => Money, { description: 'Part paid with coupons.' })
  couponAmount!: Money;

  @Field(() => Int, { description: 'Number of consumption records.' })
  records!: number;
}

@ObjectType({ simpleResolvers: true, description: 'Consumption of one cloud service type over the range.' })
export class ServiceTypeConsumption {
  @Field(() => String, { description: 'Cloud service type code.' })
  serviceTypeCode!: string;

  @Field(() => Money, { description: 'What was paid.' })
  paymentAmount!: Money;

  @Field(() => Int, { description: 'Number of consumption records.' })
  records!: number;
}

@ObjectType({ simpleResolvers: true, description: 'A customer and what it consumed over the range.' })
export class CustomerConsumption {
  @Field(() => SubCustomer, { description: 'The customer.' })
  customer!: SubCustomer;

  @Field(() => Money, { description: 'What it paid over the range.' })
  paymentAmount!: Money;
}

@ObjectType({ simpleResolvers: true, description: 'A count for one month.' })
export class MonthlyCount {
  @Field(() => String, { description: 'Month, YYYY-MM.' })
  month!: string;

  @Field(() => Int, { description: 'How many.' })
  count!: number;
}

@ObjectType({
  simpleResolvers: true,
  description: 'Coupons of one kind issued by the partner, by what became of them.',
})
export class CouponUsage {
  @Field(() => CouponKind, { description: 'Kind of coupon.' })
  kind!: CouponKind;

  @Field(() => Int, { description: 'Coupons issued in the range.' })
  issuedCount!: number;

  @Field(() => Money, { description: 'Face value issued in the range.' })
  issuedAmount!: Money;

  @Field(() => Int, { description: 'Of those, used up.' })
  usedCount!: number;

  @Field(() => Int, { description: 'Of those, reclaimed.' })
  reclaimedCount!: number;

  @Field(() => Int, { description: 'Of those, expired.' })
  expiredCount!: number;
}

export enum BalanceAlertReason {
  DEBT = 'DEBT',
  LOW_BALANCE = 'LOW_BALANCE',
}

registerEnumType(BalanceAlertReason, {
  name: 'BalanceAlertReason',
  description: 'Why a customer is in the balance alerts.',
  valuesConfig: {
    DEBT: { description: 'The customer has debt (arrears).' },
    LOW_BALANCE: { description: "The balance is under the partner's customer balance alert threshold." },
  },
});

@ObjectType({
  simpleResolvers: true,
  description: 'A RESALE customer with debt or with a balance under the alert threshold.',
})
export class BalanceAlert {
  @Field(() => SubCustomer, { description: 'The customer.' })
  customer!: SubCustomer;

  @Field(() => BalanceAlertReason, { description: 'Debt first, then low balance.' })
  reason!: BalanceAlertReason;

  @Field(() => Money, { description: 'Available balance.' })
  balance!: Money;

  @Field(() => Money, { description: 'Debt.' })
  debtAmount!: Money;
}

@ObjectType({
  simpleResolvers: true,
  description:
    'Consumption recorded under one account manager (the one the customer had at the time of consumption) over the range.',
})
export class AccountManagerConsumption {
  @Field(() => Member, {
    nullable: true,
    description: 'The account manager at the time of consumption; null for consumption of customers without one.',
  })
  accountManager!: Member | null;

  @Field(() => Money, { description: 'What their customers paid.' })
  paymentAmount!: Money;

  @Field(() => Int, {
    description:
      'Distinct customers whose consumption in the range was recorded under this manager (a distinct count over the whole range, not a sum of months).',
  })
  customers!: number;
}

@ObjectType({ simpleResolvers: true, description: 'How many incentive records, and their amount.' })
export class IncentiveTally {
  @Field(() => Int, { description: 'Incentive records.' })
  count!: number;

  @Field(() => Money, { description: 'Their amount.' })
  amount!: Money;
}

@ObjectType({
  simpleResolvers: true,
  description:
    "The partner's incentives (激励) of one reconciliation period by the stage group their payout is in now. (design) Groups: notApplied = PENDING_APPLICATION (待提交申请); inProgress = APPLYING, COSIGNING, AWAITING_PAYMENT_ORDER, INVOICE_REVIEW, AWAITING_PARTNER_INVOICE, AWAITING_PAYMENT; rejected = COSIGN_REJECTED, PAYMENT_ORDER_FAILED (an operator may still reopen or retry them) and CLOSED; paid = PAID.",
})
export class IncentivePeriodSummary {
  @Field(() => String, { description: '对账期次: the reconciliation period, YYYYMM (as IncentiveRecord.period).' })
  period!: string;

  @Field(() => IncentiveTally, { description: 'Waiting for the partner to apply (待提交申请).' })
  notApplied!: IncentiveTally;

  @Field(() => IncentiveTally, { description: 'Applied for and on the way to payment (申请处理中 … 待付款).' })
  inProgress!: IncentiveTally;

  @Field(() => IncentiveTally, {
    description: 'Stopped by a rejection or a failure: 会签驳回, 申付单创建失败, 已关闭.',
  })
  rejected!: IncentiveTally;

  @Field(() => IncentiveTally, { description: 'Paid to the bonus account (已付款).' })
  paid!: IncentiveTally;

  @Field(() => IncentiveTally, { description: 'Every record of the period, whatever its stage.' })
  total!: IncentiveTally;
}

export { Order };
