import { Arg, Args, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { Context } from '../../context';
import { ConnectionArgs } from '../../common/connection';
import { Money, money } from '../../common/money';
import { OperatorViewer } from '../operator/operator.resolver';
import { Partner } from '../partner/partner.entity';
import { RechargePayment, RemittanceClaim, Withdrawal } from './partner-account.entity';
import { itemPartnerById, listForOperator, listOfPartner } from './partner-account.loaders';
import { maskAccountNumber } from './partner-account.rules';
import {
  RechargePaymentConnection,
  RechargePaymentFilter,
  RemittanceClaimConnection,
  RemittanceClaimFilter,
  WithdrawalConnection,
  WithdrawalFilter,
} from './partner-account.types';

const FILTER = { nullable: true, description: 'Filters; all given ones must match.' } as const;

@Resolver(() => RechargePayment)
export class RechargePaymentResolver {
  @FieldResolver(() => Money, { description: 'Amount to pay in (CNY).' })
  amount(@Root() payment: RechargePayment): Money {
    return money(payment.amount);
  }

  @FieldResolver(() => Partner, { nullable: true, description: 'The partner whose cash account it tops up.' })
  partner(@Root() payment: RechargePayment, @Ctx() ctx: Context) {
    return itemPartnerById(ctx).load(payment.partner.id);
  }
}

@Resolver(() => RemittanceClaim)
export class RemittanceClaimResolver {
  @FieldResolver(() => Money, { description: 'Amount claimed as remitted (CNY).' })
  amount(@Root() claim: RemittanceClaim): Money {
    return money(claim.amount);
  }

  @FieldResolver(() => Partner, { nullable: true, description: 'The partner that claims the remittance.' })
  partner(@Root() claim: RemittanceClaim, @Ctx() ctx: Context) {
    return itemPartnerById(ctx).load(claim.partner.id);
  }
}

@Resolver(() => Withdrawal)
export class WithdrawalResolver {
  @FieldResolver(() => Money, { description: 'Amount withdrawn (CNY); held from the account while PENDING.' })
  amount(@Root() withdrawal: Withdrawal): Money {
    return money(withdrawal.amount);
  }

  @FieldResolver(() => String, {
    description:
      '(design) The receiving account number masked but for its last 4 digits, e.g. "**** **** 1234"; the full number is never shown again.',
  })
  bankAccountNumber(@Root() withdrawal: Withdrawal): string {
    return maskAccountNumber(withdrawal.accountNumber);
  }

  @FieldResolver(() => Partner, { nullable: true, description: 'The partner withdrawing.' })
  partner(@Root() withdrawal: Withdrawal, @Ctx() ctx: Context) {
    return itemPartnerById(ctx).load(withdrawal.partner.id);
  }
}

@Resolver(() => Partner)
export class PartnerAccountOperationsResolver {
  @FieldResolver(() => RechargePaymentConnection, {
    description:
      "在线充值: your partner's online recharges, newest first (account:recharge); operators read any partner's (ops:remittance).",
  })
  rechargePayments(
    @Root() partner: Partner,
    @Args() args: ConnectionArgs,
    @Arg('filter', () => RechargePaymentFilter, FILTER) filter: RechargePaymentFilter | null,
    @Ctx() ctx: Context,
  ) {
    return listOfPartner(ctx, RechargePayment, partner.id, filter, args);
  }

  @FieldResolver(() => RemittanceClaimConnection, {
    description:
      "汇款认领: your partner's remittance claims, newest first (account:recharge); operators read any partner's (ops:remittance).",
  })
  remittanceClaims(
    @Root() partner: Partner,
    @Args() args: ConnectionArgs,
    @Arg('filter', () => RemittanceClaimFilter, FILTER) filter: RemittanceClaimFilter | null,
    @Ctx() ctx: Context,
  ) {
    return listOfPartner(ctx, RemittanceClaim, partner.id, filter, args);
  }

  @FieldResolver(() => WithdrawalConnection, {
    description:
      "提现 and 激励返点提现: your partner's withdrawals from the cash and bonus accounts, newest first (account:withdraw); operators read any partner's (ops:withdrawal).",
  })
  withdrawals(
    @Root() partner: Partner,
    @Args() args: ConnectionArgs,
    @Arg('filter', () => WithdrawalFilter, FILTER) filter: WithdrawalFilter | null,
    @Ctx() ctx: Context,
  ) {
    return listOfPartner(ctx, Withdrawal, partner.id, filter, args);
  }
}

@Resolver(() => OperatorViewer)
export class OperatorAccountOperationsResolver {
  @FieldResolver(() => RechargePaymentConnection, {
    description: "Every partner's online recharges, newest first, e.g. filter { status: PENDING } (ops:remittance).",
  })
  rechargePayments(
    @Args() args: ConnectionArgs,
    @Arg('filter', () => RechargePaymentFilter, FILTER) filter: RechargePaymentFilter | null,
    @Ctx() ctx: Context,
  ) {
    return listForOperator(ctx, RechargePayment, filter, args);
  }

  @FieldResolver(() => RemittanceClaimConnection, {
    description:
      "Every partner's remittance claims, newest first: the PENDING ones are the work queue (ops:remittance).",
  })
  remittanceClaims(
    @Args() args: ConnectionArgs,
    @Arg('filter', () => RemittanceClaimFilter, FILTER) filter: RemittanceClaimFilter | null,
    @Ctx() ctx: Context,
  ) {
    return listForOperator(ctx, RemittanceClaim, filter, args);
  }

  @FieldResolver(() => WithdrawalConnection, {
    description: "Every partner's withdrawals, newest first: the PENDING ones are the work queue (ops:withdrawal).",
  })
  withdrawals(
    @Args() args: ConnectionArgs,
    @Arg('filter', () => WithdrawalFilter, FILTER) filter: WithdrawalFilter | null,
    @Ctx() ctx: Context,
  ) {
    return listForOperator(ctx, Withdrawal, filter, args);
  }
}
