import { Args, Ctx, FieldResolver, ObjectType, Resolver, Root } from 'type-graphql';
import type { Context } from '../../context';
import { requireViewer } from '../../permissions/viewer';
import { ConnectionArgs, ConnectionType, toPageRequest } from '../../common/connection';
import { Money, money } from '../../common/money';
import { findPage } from '../../common/paging';
import { assertPartnerRelation } from '../../permissions/scopes';
import { Partner, PartnerAccount, PartnerAccountType } from './partner.entity';
import { PartnerIdentity } from './partner.enums';
import { accountOfType, accountsByPartnerId, partnerById } from './partner.loaders';
import { PartnerAccounts, PartnerBalance } from './partner.types';

@ObjectType('PartnerConnection', { simpleResolvers: true, description: 'A page of partners, newest first.' })
export class PartnerConnection extends ConnectionType(Partner, 'Partner', 'partner') {}

/** The cash account as `Partner.balance` shows it (zero when the partner has none). */
function cashBalance(account: PartnerAccount | null): PartnerBalance {
  const amount = account?.amount ?? 0;
  const designated = account?.designatedAmount ?? 0;
  return {
    amount: money(amount),
    designatedAmount: money(designated),
    allocatable: money(Math.max(0, amount - designated)),
  };
}

@Resolver(() => Partner)
export class PartnerResolver {
  @FieldResolver(() => PartnerBalance, {
    description: 'Cash account balance. Visible for your own partner and, for a distributor, its resellers.',
  })
  async balance(@Root() partner: Partner, @Ctx() ctx: Context): Promise<PartnerBalance> {
    assertPartnerRelation(requireViewer(ctx), partner.id, ['SELF', 'RESELLER'], 'balance');
    return cashBalance(accountOfType(await accountsByPartnerId(ctx).load(partner.id), PartnerAccountType.CASH));
  }

  @FieldResolver(() => PartnerAccounts, {
    description:
      'All accounts: cash, credit, bonus and deposit (0 for an account the partner does not have). Visible for your own partner and, for a distributor, its resellers.',
  })
  async accounts(@Root() partner: Partner, @Ctx() ctx: Context): Promise<PartnerAccounts> {
    assertPartnerRelation(requireViewer(ctx), partner.id, ['SELF', 'RESELLER'], 'accounts');
    const accounts = await accountsByPartnerId(ctx).load(partner.id);
    const amountOf = (type: PartnerAccountType) => money(accountOfType(accounts, type)?.amount ?? 0);
    return {
      cash: cashBalance(accountOfType(accounts, PartnerAccountType.CASH)),
      credit: amountOf(PartnerAccountType.CREDIT),
      bonus: amountOf(PartnerAccountType.BONUS),
      deposit: amountOf(PartnerAccountType.DEPOSIT),
    };
  }

  @FieldResolver(() => Money, {
    nullable: true,
    description:
      '设置余额预警: your own low-balance alert. A debit that takes your cash balance from this or more to under it raises a balance alert; null when not set.',
  })
  balanceAlertThreshold(@Root() partner: Partner): Money | null {
    return partner.balanceAlertThreshold == null ? null : money(partner.balanceAlertThreshold);
  }

  @FieldResolver(() => Money, {
    nullable: true,
    description:
      "RESALE customers whose balance is under this show in the dashboard's balance alerts; null when not set.",
  })
  customerBalanceAlertThreshold(@Root() partner: Partner): Money | null {
    return partner.customerBalanceAlertThreshold == null ? null : money(partner.customerBalanceAlertThreshold);
  }

  @FieldResolver(() => Partner, {
    nullable: true,
    description: 'For a cloud reseller: the distributor that associated it (name only is visible to the reseller).',
  })
  async parent(@Root() partner: Partner, @Ctx() ctx: Context): Promise<Partner | null> {
    assertPartnerRelation(requireViewer(ctx), partner.id, ['SELF', 'RESELLER'], 'parent');
    return partner.parent ? partnerById(ctx).load(partner.parent.id) : null;
  }

  @FieldResolver(() => PartnerConnection, {
    description: 'For a distributor: its cloud resellers, newest first. Empty for other identities.',
  })
  async resellers(@Root() partner: Partner, @Args() args: ConnectionArgs, @Ctx() ctx: Context) {
    assertPartnerRelation(requireViewer(ctx), partner.id, ['SELF'], 'resellers');
    const page = toPageRequest(args);
    const where = partner.identity === PartnerIdentity.DISTRIBUTOR ? { parent: partner.id } : { id: -1 };
    return findPage(ctx.em, Partner, where, page);
  }
}
