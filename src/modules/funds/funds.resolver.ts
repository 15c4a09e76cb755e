import { Arg, Args, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { Context } from '../../context';
import { requireViewer } from '../../permissions/viewer';
import { ConnectionArgs, toPageRequest } from '../../common/connection';
import { notFound } from '../../common/errors';
import { Money, money } from '../../common/money';
import { connectionFromBatch } from '../../common/paging';
import { assertCustomerInFull } from '../../permissions/scopes';
import { SubCustomer } from '../customer/customer.entity';
import { customerById } from '../customer/customer.loaders';
import { Member } from '../member/member.entity';
import { memberById } from '../member/member.loaders';
import { Partner } from '../partner/partner.entity';
import { partnerById } from '../partner/partner.loaders';
import { AccountChangeRecord, AdjustRecord } from './funds.entity';
import { AccountChangeRecordFilter, AdjustRecordFilter } from './funds.inputs';
import { accountChangeCountByCustomerId, accountChangesByCustomerId } from './funds.loaders';
import { listAccountChangeRecords, listAdjustRecords } from './funds.service';
import { AccountChangeRecordConnection, AdjustCounterparty, AdjustRecordConnection } from './funds.types';

@Resolver(() => AdjustRecord)
export class AdjustRecordResolver {
  @FieldResolver(() => Money, { description: 'Amount moved (always positive; operationType tells the direction).' })
  amount(@Root() record: AdjustRecord): Money {
    return money(record.amount);
  }

  @FieldResolver(() => AdjustCounterparty, {
    nullable: true,
    description:
      'The other side: the sub-customer or the cloud reseller the money moved to or from. Null (with NOT_FOUND in errors) when it is no longer in your reach, e.g. a customer that moved to another partner.',
  })
  async counterparty(@Root() record: AdjustRecord, @Ctx() ctx: Context): Promise<SubCustomer | Partner | null> {
    const row = record.customer
      ? await customerById(ctx).load(record.customer.id)
      : record.reseller
        ? await partnerById(ctx).load(record.reseller.id)
        : null;
    // Rows are listed only when their counterparty is in the viewer's reach; this guards data
    // that breaks that (e.g. a customer moved to another partner) without showing what it is.
    if (!row) throw notFound(record.customer ? 'SubCustomer' : 'Partner');
    return row;
  }

  @FieldResolver(() => Member, {
    nullable: true,
    description: 'The member who made the movement; null for system movements (e.g. on unbind).',
  })
  operator(@Root() record: AdjustRecord, @Ctx() ctx: Context): Promise<Member | null> | null {
    return record.operator ? memberById(ctx).load(record.operator.id) : null;
  }
}

@Resolver(() => AccountChangeRecord)
export class AccountChangeRecordResolver {
  @FieldResolver(() => Money, { description: 'Signed change: positive money in, negative money out.' })
  amount(@Root() record: AccountChangeRecord): Money {
    return money(record.amount);
  }

  @FieldResolver(() => Money, { description: 'Balance of the ledger right after this change.' })
  balanceAfter(@Root() record: AccountChangeRecord): Money {
    return money(record.balanceAfter);
  }

  @FieldResolver(() => SubCustomer, {
    nullable: true,
    description:
      "For a customer's ledger: that customer. Null on the partner's own ledger, whose rows never name a customer (the customer's side of an allocation or reclaim carries the same tradeId), and when no longer visible to you.",
  })
  customer(@Root() record: AccountChangeRecord, @Ctx() ctx: Context): Promise<SubCustomer | null> | null {
    return record.customer ? customerById(ctx).load(record.customer.id) : null;
  }
}

@Resolver(() => Partner)
export class PartnerFundsResolver {
  @FieldResolver(() => AdjustRecordConnection, {
    description:
      "调账记录: your own partner's fund movements (allocate, reclaim, unbind return) with customers and cloud resellers, newest first.",
  })
  adjustRecords(
    @Root() partner: Partner,
    @Args() args: ConnectionArgs,
    @Arg('filter', () => AdjustRecordFilter, { nullable: true, description: 'Filters; all given ones must match.' })
    filter: AdjustRecordFilter | null,
    @Ctx() ctx: Context,
  ) {
    return listAdjustRecords(ctx, partner.id, filter, args);
  }

  @FieldResolver(() => AccountChangeRecordConnection, {
    description:
      "收支明细: changes of your own partner's account and of its customers' accounts, newest first. The changes of a ledger add up to its balance.",
  })
  accountChangeRecords(
    @Root() partner: Partner,
    @Args() args: ConnectionArgs,
    @Arg('filter', () => AccountChangeRecordFilter, {
      nullable: true,
      description: 'Filters; all given ones must match.',
    })
    filter: AccountChangeRecordFilter | null,
    @Ctx() ctx: Context,
  ) {
    return listAccountChangeRecords(ctx, partner.id, filter, args);
  }
}

@Resolver(() => SubCustomer)
export class SubCustomerFundsResolver {
  @FieldResolver(() => AccountChangeRecordConnection, {
    description:
      "收支明细 of the customer's account (RESALE customers are funded by the partner), newest first. Not visible for a cloud reseller's customer.",
  })
  async accountChangeRecords(@Root() customer: SubCustomer, @Args() args: ConnectionArgs, @Ctx() ctx: Context) {
    assertCustomerInFull(requireViewer(ctx), customer, 'accountChangeRecords');
    const page = toPageRequest(args);
    const rows = await accountChangesByCustomerId(ctx, page).load(customer.id);
    return connectionFromBatch(rows, page, () => accountChangeCountByCustomerId(ctx).load(customer.id));
  }
}
