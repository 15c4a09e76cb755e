import { Arg, Ctx, Mutation, Resolver } from 'type-graphql';
import type { Context } from '../../context';
import {
  CancelOrderInput,
  PayOrderInput,
  RenewResourcesInput,
  SetAutoRenewInput,
  UnsubscribeResourcesInput,
} from './order.mutation-inputs';
import {
  CancelOrderPayload,
  PayOrderPayload,
  RenewResourcesPayload,
  SetAutoRenewPayload,
  UnsubscribeResourcesPayload,
} from './order.payloads';
import { cancelOrder, payOrder } from './order.payment';
import { renewResources } from './order.renewal';
import { setAutoRenew, unsubscribeResources } from './order.resources';

/**
 * Orders on behalf of customers (代下单). Every one needs order:manage, a customer of your own in
 * your row scope, and the customer's GRANTED order-on-behalf authorization
 * (ORDER_AUTHORIZATION_REQUIRED otherwise).
 */
@Resolver()
export class OrderMutationResolver {
  @Mutation(() => PayOrderPayload, {
    description:
      "支付订单: pay a PENDING_PAYMENT order of a RESALE customer before its deadline: up to 3 coupons first, then the customer's balance, then your partner's credit account for what the balance leaves (cash first; the split in cashPaid / creditPaid and Order.amountInfo.creditAmount). Insufficient funds (INSUFFICIENT_FUNDS) or any other refusal changes nothing; of concurrent payments of one order exactly one succeeds. The order becomes COMPLETED; a renewal order extends its resources. Idempotent with a key.",
  })
  payOrder(
    @Arg('input', () => PayOrderInput, {
      description: 'The order, up to 3 coupons and the discount to use, and an optional idempotency key.',
    })
    input: PayOrderInput,
    @Ctx() ctx: Context,
  ) {
    return payOrder(ctx, input);
  }

  @Mutation(() => CancelOrderPayload, {
    description: '取消订单: cancel a PENDING_PAYMENT order (its resources are freed for a new renewal).',
  })
  cancelOrder(
    @Arg('input', () => CancelOrderInput, { description: 'The PENDING_PAYMENT order to cancel.' })
    input: CancelOrderInput,
    @Ctx() ctx: Context,
  ) {
    return cancelOrder(ctx, input);
  }

  @Mutation(() => RenewResourcesPayload, {
    description:
      "续费: renew 1–10 IN_USE main resources (dependents follow) for 1–11 months or 1–3 years, priced from the price catalogue exactly as quoteRenewal quotes them: each resource (main and dependent) at its catalogue entry (productCode, region, period unit) × periods, at the customer's discount chosen as quotePrice chooses it (autoPay: the business discount first), rounded half up to the fen per resource; a resource or dependent without an entry is refused (RENEWAL_NOT_IN_CATALOGUE). Creates one RENEWAL order per customer (one line per main resource at its and its dependents' list prices, the discount on the order), PENDING_PAYMENT for 7 days; with autoPay it is paid at once from the customer's balance and the resources' expireTime is extended. Resources already on an unpaid order are refused (RESOURCE_IN_UNPAID_ORDER). Renewed and refused resources side by side. Idempotent with a key.",
  })
  renewResources(
    @Arg('input', () => RenewResourcesInput, {
      description: '1–10 main resources, the renewal period, whether to pay at once, and an optional idempotency key.',
    })
    input: RenewResourcesInput,
    @Ctx() ctx: Context,
  ) {
    return renewResources(ctx, input);
  }

  @Mutation(() => UnsubscribeResourcesPayload, {
    description:
      "退订: unsubscribe 1–10 paid, IN_USE main resources (dependents go with them). Creates one COMPLETED UNSUBSCRIBE order per customer whose amount is the refund: the unused share of the cash paid on each resource's last paid line (discounts and coupons are not refunded), credited to a RESALE customer's balance. The resources become CLOSED. Unsubscribed and refused resources side by side. Idempotent with a key.",
  })
  unsubscribeResources(
    @Arg('input', () => UnsubscribeResourcesInput, {
      description: '1–10 main resources to unsubscribe, an optional reason and idempotency key.',
    })
    input: UnsubscribeResourcesInput,
    @Ctx() ctx: Context,
  ) {
    return unsubscribeResources(ctx, input);
  }

  @Mutation(() => SetAutoRenewPayload, {
    description:
      '设置自动续费: turn auto-renewal of 1–10 paid, IN_USE main resources (dependents follow) on (expirePolicy AUTO_RENEW, autoRenewTimes 0–99, 0 = unlimited) or off (GRACE_PERIOD).',
  })
  setAutoRenew(
    @Arg('input', () => SetAutoRenewInput, { description: '1–10 main resources and the auto-renewal setting.' })
    input: SetAutoRenewInput,
    @Ctx() ctx: Context,
  ) {
    return setAutoRenew(ctx, input);
  }
}
