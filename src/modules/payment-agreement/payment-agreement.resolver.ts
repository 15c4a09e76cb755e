import { Arg, Args, Ctx, FieldResolver, Mutation, Resolver, Root } from 'type-graphql';
import type { Context } from '../../context';
import { ConnectionArgs } from '../../common/connection';
import { Money, money } from '../../common/money';
import { assertCustomerInFull } from '../../permissions/scopes';
import { requireViewer } from '../../permissions/viewer';
import { SubCustomer } from '../customer/customer.entity';
import { customerById } from '../customer/customer.loaders';
import { Partner } from '../partner/partner.entity';
import { PaymentAgreement } from './payment-agreement.entity';
import { PaymentAgreementStatus } from './payment-agreement.enums';
import { currentAgreementByCustomerId } from './payment-agreement.loaders';
import { agreementStatusAt, usedInMonth } from './payment-agreement.rules';
import {
  answerPaymentAgreement,
  createPaymentAgreement,
  listPartnerAgreements,
  terminatePaymentAgreement,
} from './payment-agreement.service';
import {
  AnswerPaymentAgreementInput,
  CreatePaymentAgreementInput,
  PaymentAgreementConnection,
  PaymentAgreementFilter,
  PaymentAgreementPayload,
  TerminatePaymentAgreementInput,
} from './payment-agreement.types';

@Resolver(() => PaymentAgreement)
export class PaymentAgreementResolver {
  @FieldResolver(() => PaymentAgreementStatus, {
    description: 'State now: a PENDING_CUSTOMER agreement past expiresAt shows EXPIRED before the job marks it.',
  })
  status(@Root() a: PaymentAgreement, @Ctx() ctx: Context): PaymentAgreementStatus {
    return agreementStatusAt(a, ctx.now);
  }

  @FieldResolver(() => Money, { nullable: true, description: 'LIMITED: the most one order is paid; null for FULL.' })
  perOrderLimit(@Root() a: PaymentAgreement): Money | null {
    return a.perOrderLimit == null ? null : money(a.perOrderLimit);
  }

  @FieldResolver(() => Money, {
    nullable: true,
    description: 'LIMITED: the most paid per calendar month (China time); null for FULL.',
  })
  monthlyLimit(@Root() a: PaymentAgreement): Money | null {
    return a.monthlyLimit == null ? null : money(a.monthlyLimit);
  }

  @FieldResolver(() => Money, { description: 'Paid under the agreement this calendar month (China time).' })
  usedThisMonth(@Root() a: PaymentAgreement, @Ctx() ctx: Context): Money {
    return money(usedInMonth(a, ctx.now));
  }

  @FieldResolver(() => SubCustomer, { description: 'The customer whose orders the partner pays.' })
  async customer(@Root() a: PaymentAgreement, @Ctx() ctx: Context): Promise<SubCustomer> {
    return (await customerById(ctx).load(a.customer.id))!;
  }
}

@Resolver(() => Partner)
export class PartnerPaymentAgreementsResolver {
  @FieldResolver(() => PaymentAgreementConnection, {
    description: '代付管理: your partner’s payment-on-behalf agreements (代付协议), newest first, in every state.',
  })
  paymentAgreements(
    @Root() partner: Partner,
    @Args() args: ConnectionArgs,
    @Arg('filter', () => PaymentAgreementFilter, { nullable: true, description: 'Filters; all given ones must match.' })
    filter: PaymentAgreementFilter | null,
    @Ctx() ctx: Context,
  ) {
    return listPartnerAgreements(ctx, partner.id, filter, args);
  }
}

@Resolver(() => SubCustomer)
export class SubCustomerPaymentAgreementResolver {
  @FieldResolver(() => PaymentAgreement, {
    nullable: true,
    description:
      "The customer's ACTIVE payment agreement with your partner, else its pending one; null when neither (see Partner.paymentAgreements for ended ones).",
  })
  paymentAgreement(@Root() customer: SubCustomer, @Ctx() ctx: Context): Promise<PaymentAgreement | null> {
    assertCustomerInFull(requireViewer(ctx), customer, 'paymentAgreement');
    return currentAgreementByCustomerId(ctx).load(customer.id);
  }
}

@Resolver()
export class PaymentAgreementMutationResolver {
  @Mutation(() => PaymentAgreementPayload, {
    description:
      '代付管理: propose a payment-on-behalf agreement to a customer associated with your partner (PENDING_CUSTOMER, 7 days to answer, design). One ACTIVE or pending agreement per customer (PAYMENT_AGREEMENT_EXISTS). Once the customer accepts, payOrder pays its orders from your cash account (PAYMENT_ON_BEHALF records) within the limits. Refusals: CUSTOMER_NOT_FOUND, INVALID_AGREEMENT_LIMITS, INVALID_AMOUNT, AMOUNT_TOO_LARGE, PARTNER_FROZEN, PARTNER_RESTRICTED. Idempotent with a key.',
  })
  createPaymentAgreement(
    @Arg('input', () => CreatePaymentAgreementInput, { description: 'The customer, the type and the limits.' })
    input: CreatePaymentAgreementInput,
    @Ctx() ctx: Context,
  ) {
    return createPaymentAgreement(ctx, input);
  }

  @Mutation(() => PaymentAgreementPayload, {
    description:
      "As the signed-in customer: accept your partner's PENDING_CUSTOMER payment agreement; it becomes ACTIVE (PAYMENT_AGREEMENT_NOT_FOUND, _NOT_PENDING, _EXPIRED, _EXISTS).",
  })
  acceptPaymentAgreement(
    @Arg('input', () => AnswerPaymentAgreementInput, { description: 'The agreement.' })
    input: AnswerPaymentAgreementInput,
    @Ctx() ctx: Context,
  ) {
    return answerPaymentAgreement(ctx, input, true);
  }

  @Mutation(() => PaymentAgreementPayload, {
    description:
      "As the signed-in customer: reject your partner's PENDING_CUSTOMER payment agreement (REJECTED, with your reason).",
  })
  rejectPaymentAgreement(
    @Arg('input', () => AnswerPaymentAgreementInput, { description: 'The agreement and an optional reason.' })
    input: AnswerPaymentAgreementInput,
    @Ctx() ctx: Context,
  ) {
    return answerPaymentAgreement(ctx, input, false);
  }

  @Mutation(() => PaymentAgreementPayload, {
    description:
      'End an ACTIVE or pending payment agreement with a reason: as a member of the partner (funds:payment-agreement) or as the signed-in customer. TERMINATED with terminatedBy; later payments are the customer’s own again.',
  })
  terminatePaymentAgreement(
    @Arg('input', () => TerminatePaymentAgreementInput, { description: 'The agreement and the reason.' })
    input: TerminatePaymentAgreementInput,
    @Ctx() ctx: Context,
  ) {
    return terminatePaymentAgreement(ctx, input);
  }
}
