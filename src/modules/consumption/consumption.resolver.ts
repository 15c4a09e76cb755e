import { Arg, Args, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { Context } from '../../context';
import { ConnectionArgs } from '../../common/connection';
import { money, Money } from '../../common/money';
import { SubCustomer } from '../customer/customer.entity';
import { Member } from '../member/member.entity';
import { memberById } from '../member/member.loaders';
import { Partner } from '../partner/partner.entity';
import { ConsumptionRecord } from './consumption.entity';
import { ConsumptionFilter } from './consumption.inputs';
import './consumption.loaders';
import { customerConsumptionRecords, customerOfRecord, listConsumptionRecords } from './consumption.service';
import { ConsumptionRecordConnection } from './consumption.types';

@Resolver(() => Partner)
export class PartnerConsumptionResolver {
  @FieldResolver(() => ConsumptionRecordConnection, {
    description:
      "消费记录: consumption of your own partner's customers in one bill cycle (last 18 months only), newest first; only consumption made while the customer was associated with your partner. An account manager sees only its customers' records.",
  })
  consumptionRecords(
    @Root() partner: Partner,
    @Args() args: ConnectionArgs,
    @Arg('filter', () => ConsumptionFilter, {
      description: 'Filters; billCycle is required, all given ones must match.',
    })
    filter: ConsumptionFilter,
    @Ctx() ctx: Context,
  ) {
    return listConsumptionRecords(ctx, partner.id, filter, args);
  }
}

@Resolver(() => SubCustomer)
export class SubCustomerConsumptionResolver {
  @FieldResolver(() => ConsumptionRecordConnection, {
    description:
      "The customer's consumption in one bill cycle while associated with your partner (last 18 months only), newest first. Not visible for a reseller's customer.",
  })
  consumptionRecords(
    @Root() customer: SubCustomer,
    @Args() args: ConnectionArgs,
    @Arg('billCycle', () => String, {
      description: 'Bill cycle "YYYY-MM" (UTC months), within the last 18 months counting the current one.',
    })
    billCycle: string,
    @Ctx() ctx: Context,
  ) {
    return customerConsumptionRecords(ctx, customer, billCycle, args);
  }
}

@Resolver(() => ConsumptionRecord)
export class ConsumptionRecordResolver {
  @FieldResolver(() => SubCustomer, { description: 'The customer that consumed.' })
  customer(@Root() record: ConsumptionRecord, @Ctx() ctx: Context): Promise<SubCustomer> {
    return customerOfRecord(ctx, record.customer.id);
  }

  @FieldResolver(() => Member, {
    nullable: true,
    description: "The customer's account manager at the time of consumption, if any.",
  })
  async accountManager(@Root() record: ConsumptionRecord, @Ctx() ctx: Context): Promise<Member | null> {
    return record.accountManager ? memberById(ctx).load(record.accountManager.id) : null;
  }

  @FieldResolver(() => Money, { description: 'Official (list) price.' })
  officialAmount(@Root() record: ConsumptionRecord): Money {
    return money(record.officialAmount);
  }

  @FieldResolver(() => Money, { description: 'Amount payable after discounts.' })
  paymentAmount(@Root() record: ConsumptionRecord): Money {
    return money(record.paymentAmount);
  }

  @FieldResolver(() => Money, { description: 'Part paid from the cash balance.' })
  cashAmount(@Root() record: ConsumptionRecord): Money {
    return money(record.cashAmount);
  }

  @FieldResolver(() => Money, { description: 'Part paid with coupons.' })
  couponAmount(@Root() record: ConsumptionRecord): Money {
    return money(record.couponAmount);
  }

  @FieldResolver(() => Money, { description: 'Part left unpaid as debt (arrears).' })
  debtAmount(@Root() record: ConsumptionRecord): Money {
    return money(record.debtAmount);
  }
}
