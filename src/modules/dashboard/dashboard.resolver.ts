import { Arg, Ctx, FieldResolver, ID, Int, Resolver, Root } from 'type-graphql';
import type { Context } from '../../context';
import { badInput } from '../../common/errors';
import { money } from '../../common/money';
import { Partner } from '../partner/partner.entity';
import { customerById } from '../customer/customer.loaders';
import { memberById } from '../member/member.loaders';
import { Member } from '../member/member.entity';
import { orderById } from '../order/order.loaders';
import { SubCustomer } from '../customer/customer.entity';
import { Order } from '../order/order.entity';
import {
  AccountManagerConsumption,
  BalanceAlert,
  BalanceAlertReason,
  CouponUsage,
  CustomerConsumption,
  Dashboard,
  IncentivePeriodSummary,
  type IncentiveTally,
  MonthlyConsumption,
  MonthlyCount,
  ServiceTypeConsumption,
} from './dashboard.types';
import * as dashboard from './dashboard.service';
import { keptTopCustomers } from './dashboard.top-customers';
import { incentivesByPeriod, type Tally } from './dashboard.incentives';
import { Money } from '../../common/money';

function checkLimit(limit: number, name: string, max = dashboard.MAX_LIST_LIMIT): number {
  if (!Number.isInteger(limit) || limit < 1 || limit > max) throw badInput(`${name} must be from 1 to ${max}.`, name);
  return limit;
}

@Resolver(() => Partner)
export class PartnerDashboardResolver {
  @FieldResolver(() => Dashboard, {
    description:
      "运营看板 of the partner over a bill-cycle range (default: the last 6 months). For your own partner in your row scope (an account manager sees its customers'; a supervisor may name one manager); a distributor may read a reseller's consumption aggregates.",
  })
  dashboard(
    @Root() partner: Partner,
    @Ctx() ctx: Context,
    @Arg('from', () => String, {
      nullable: true,
      description: 'First bill cycle (YYYY-MM), within the last 18 months.',
    })
    from: string | null,
    @Arg('to', () => String, { nullable: true, description: 'Last bill cycle (YYYY-MM), not in the future.' }) to:
      | string
      | null,
    @Arg('accountManagerId', () => ID, { nullable: true, description: 'Only the customers of this account manager.' })
    accountManagerId: string | null,
  ): Dashboard {
    const scope = dashboard.dashboardScope(ctx, partner, from, to, accountManagerId);
    return Object.assign(new Dashboard(), { scope, from: scope.from, to: scope.to });
  }
}

@Resolver(() => Dashboard)
export class DashboardResolver {
  @FieldResolver(() => [MonthlyConsumption], {
    description: 'Consumption per bill cycle, every month of the range (zeros included).',
  })
  async consumptionByMonth(@Root() d: Dashboard, @Ctx() ctx: Context): Promise<MonthlyConsumption[]> {
    return (await dashboard.consumptionByMonth(ctx, d.scope)).map((r) => ({
      billCycle: r.billCycle,
      officialAmount: money(r.official),
      paymentAmount: money(r.payment),
      couponAmount: money(r.coupon),
      records: r.records,
    }));
  }

  @FieldResolver(() => [ServiceTypeConsumption], {
    description: 'Consumption per cloud service type over the range, largest first.',
  })
  async consumptionByServiceType(@Root() d: Dashboard, @Ctx() ctx: Context): Promise<ServiceTypeConsumption[]> {
    return (await dashboard.consumptionByServiceType(ctx, d.scope)).map((r) => ({
      serviceTypeCode: r.serviceTypeCode,
      paymentAmount: money(r.payment),
      records: r.records,
    }));
  }

  @FieldResolver(() => [CustomerConsumption], {
    description:
      "The customers that paid the most over the range (ties by customer), exact, from the monthly roll-up. Computed once per change of the partner's consumption roll-ups (a customer moved, a rebuild) and kept until the next.",
  })
  async topCustomers(
    @Root() d: Dashboard,
    @Ctx() ctx: Context,
    @Arg('limit', () => Int, { defaultValue: 10, description: 'How many (1–50).' }) limit: number,
  ): Promise<CustomerConsumption[]> {
    const rows = await keptTopCustomers(ctx, d.scope, checkLimit(limit, 'limit'));
    const customers = await customerById(ctx).loadMany(rows.map((r) => r.customerId));
    return rows.flatMap((r, i) => {
      const customer = customers[i];
      return customer instanceof SubCustomer ? [{ customer, paymentAmount: money(r.payment) }] : [];
    });
  }

  @FieldResolver(() => [MonthlyCount], { description: 'Customers newly associated per month of the range.' })
  newCustomersByMonth(@Root() d: Dashboard, @Ctx() ctx: Context): Promise<MonthlyCount[]> {
    return dashboard.newCustomersByMonth(ctx, d.scope);
  }

  @FieldResolver(() => Money, { description: 'What RESALE (代售) customers paid over the range.' })
  async resaleRevenue(@Root() d: Dashboard, @Ctx() ctx: Context): Promise<Money> {
    return money(await dashboard.resaleRevenue(ctx, d.scope));
  }

  @FieldResolver(() => [CouponUsage], {
    description: 'Coupons issued in the range per kind, and how many of them were used, reclaimed or expired.',
  })
  async couponUsage(@Root() d: Dashboard, @Ctx() ctx: Context): Promise<CouponUsage[]> {
    return (await dashboard.couponUsage(ctx, d.scope)).map((r) => ({
      kind: r.kind,
      issuedCount: r.issued,
      issuedAmount: money(r.amount),
      usedCount: r.used,
      reclaimedCount: r.reclaimed,
      expiredCount: r.expired,
    }));
  }

  @FieldResolver(() => [IncentivePeriodSummary], {
    description:
      "Your partner's incentives (激励) per reconciliation period of the range (each month YYYYMM, oldest first, zeros included), by the stage group their payout is in now: not applied, in progress, rejected, paid, and the total. Read from a monthly roll-up kept in step with every stage change. Incentives belong to the partner: an account manager scope does not narrow them. Needs incentive:statistics; not for a reseller's dashboard.",
  })
  async incentivesByPeriod(@Root() d: Dashboard, @Ctx() ctx: Context): Promise<IncentivePeriodSummary[]> {
    const tally = (t: Tally): IncentiveTally => ({ count: t.count, amount: money(t.amount) });
    return (await incentivesByPeriod(ctx, d.scope)).map((p) => ({
      period: p.period,
      notApplied: tally(p.notApplied),
      inProgress: tally(p.inProgress),
      rejected: tally(p.rejected),
      paid: tally(p.paid),
      total: tally(p.total),
    }));
  }

  @FieldResolver(() => [BalanceAlert], {
    description:
      "RESALE customers with debt, or with a balance under the partner's customer balance alert threshold (Partner.customerBalanceAlertThreshold; now, not over the range).",
  })
  async balanceAlerts(
    @Root() d: Dashboard,
    @Ctx() ctx: Context,
    @Arg('limit', () => Int, { defaultValue: 20, description: 'How many (1–50).' }) limit: number,
  ): Promise<BalanceAlert[]> {
    const partner = await ctx.em.findOneOrFail(Partner, d.scope.partnerId);
    const rows = await dashboard.balanceAlerts(
      ctx,
      d.scope,
      partner.customerBalanceAlertThreshold ?? null,
      checkLimit(limit, 'limit'),
    );
    const customers = await customerById(ctx).loadMany(rows.map((r) => r.customerId));
    return rows.flatMap((r, i) => {
      const customer = customers[i];
      if (!(customer instanceof SubCustomer)) return [];
      const reason = r.debt > 0 ? BalanceAlertReason.DEBT : BalanceAlertReason.LOW_BALANCE;
      return [{ customer, reason, balance: money(r.balance), debtAmount: money(r.debt) }];
    });
  }

  @FieldResolver(() => [Order], {
    description: 'Orders pending payment whose payment deadline falls within the next days, soonest first.',
  })
  async expiringPendingOrders(
    @Root() d: Dashboard,
    @Ctx() ctx: Context,
    @Arg('withinDays', () => Int, { defaultValue: 3, description: 'Deadline within this many days (1–30).' })
    withinDays: number,
    @Arg('limit', () => Int, { defaultValue: 20, description: 'How many (1–50).' }) limit: number,
  ): Promise<Order[]> {
    const ids = await dashboard.expiringPendingOrders(
      ctx,
      d.scope,
      checkLimit(withinDays, 'withinDays', 30),
      checkLimit(limit, 'limit'),
    );
    const orders = await orderById(ctx).loadMany(ids);
    return orders.filter((o): o is Order => o instanceof Order);
  }

  @FieldResolver(() => [AccountManagerConsumption], {
    description: 'Consumption per account manager over the range (for administrators and supervisors).',
  })
  async consumptionByAccountManager(@Root() d: Dashboard, @Ctx() ctx: Context): Promise<AccountManagerConsumption[]> {
    const rows = await dashboard.consumptionByAccountManager(ctx, d.scope);
    const members = await memberById(ctx).loadMany(rows.map((r) => r.managerId ?? 0).filter((id) => id > 0));
    const byId = new Map(members.filter((m): m is Member => m instanceof Member).map((m) => [m.id, m]));
    return rows.map((r) => ({
      accountManager: r.managerId == null ? null : (byId.get(r.managerId) ?? null),
      paymentAmount: money(r.payment),
      customers: r.customers,
    }));
  }
}
