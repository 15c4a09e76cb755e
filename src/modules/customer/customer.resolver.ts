import { Arg, Args, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { Context } from '../../context';
import { requireViewer } from '../../permissions/viewer';
import { ConnectionArgs } from '../../common/connection';
import { notFound } from '../../common/errors';
import { money } from '../../common/money';
import { assertCustomerInFull } from '../../permissions/scopes';
import { Partner } from '../partner/partner.entity';
import { partnerById } from '../partner/partner.loaders';
import { Member } from '../member/member.entity';
import { memberById } from '../member/member.loaders';
import { SubCustomer } from './customer.entity';
import { AssociationType } from './customer.enums';
import { CustomerFilter } from './customer.inputs';
import { listCustomers } from './customer.service';
import { BalanceUnavailableReason, CustomerBalance, SubCustomerConnection } from './customer.types';

@Resolver(() => SubCustomer)
export class SubCustomerResolver {
  @FieldResolver(() => CustomerBalance, {
    nullable: true,
    description: 'Available balance and debt; null for ADVISORY customers (see balanceUnavailableReason).',
  })
  balance(@Root() customer: SubCustomer, @Ctx() ctx: Context): CustomerBalance | null {
    assertCustomerInFull(requireViewer(ctx), customer, 'balance');
    if (customer.associationType !== AssociationType.RESALE) return null;
    return { amount: money(customer.balance), debtAmount: money(customer.debtAmount) };
  }

  @FieldResolver(() => BalanceUnavailableReason, {
    nullable: true,
    description: 'Why balance is null; null when balance is shown.',
  })
  balanceUnavailableReason(@Root() customer: SubCustomer, @Ctx() ctx: Context): BalanceUnavailableReason | null {
    assertCustomerInFull(requireViewer(ctx), customer, 'balanceUnavailableReason');
    return customer.associationType === AssociationType.RESALE ? null : BalanceUnavailableReason.ADVISORY_CUSTOMER;
  }

  @FieldResolver(() => Partner, {
    description:
      'The partner (your own, or for a distributor one of its cloud resellers) the customer is associated with. Null (with NOT_FOUND in errors) when that partner is not in your reach.',
    nullable: true,
  })
  async partner(@Root() customer: SubCustomer, @Ctx() ctx: Context): Promise<Partner | null> {
    const partner = await partnerById(ctx).load(customer.partner.id);
    if (!partner) throw notFound('Partner');
    return partner;
  }

  @FieldResolver(() => Member, {
    nullable: true,
    description: 'The account manager (客户经理) assigned to the customer, if any.',
  })
  async accountManager(@Root() customer: SubCustomer, @Ctx() ctx: Context): Promise<Member | null> {
    assertCustomerInFull(requireViewer(ctx), customer, 'accountManager');
    return customer.accountManager ? memberById(ctx).load(customer.accountManager.id) : null;
  }
}

@Resolver(() => Partner)
export class PartnerCustomersResolver {
  @FieldResolver(() => SubCustomerConnection, {
    description:
      "子客户: the partner's customers, newest first. Your own partner's customers are limited by your roles (an account manager sees only assigned customers); a distributor sees its cloud resellers' customers with basic info only.",
  })
  customers(
    @Root() partner: Partner,
    @Args() args: ConnectionArgs,
    @Arg('filter', () => CustomerFilter, { nullable: true, description: 'Filters; all given ones must match.' })
    filter: CustomerFilter | null,
    @Ctx() ctx: Context,
  ) {
    return listCustomers(ctx, partner.id, filter, args);
  }
}
