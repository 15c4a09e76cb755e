import { Field, ID, InputType, Int } from 'type-graphql';
import { PeriodType } from './order.enums';

@InputType({
  description:
    "Pay a PENDING_PAYMENT order on behalf of a RESALE customer: coupons first, then the customer's balance.",
})
export class PayOrderInput {
  @Field(() => ID, {
    description: 'The order (Order id) of one of your customers that granted order-on-behalf authorization.',
  })
  orderId!: string;

  @Field(() => [ID], {
    nullable: true,
    description:
      "Up to 3 coupons (Coupon ids) of the order's customer, applied first, in the given order, each up to its balance: USABLE, inside their validity, VOUCHER or CASH, and (if their quota limits cloud service types or products) valid for every line of the order.",
  })
  couponIds?: string[] | null;

  @Field(() => [String], {
    nullable: true,
    description:
      "The discount to apply, by type, chosen from the order's amountInfo.discounts; at most 1. Omitted: the order's discount as listed (an order listing more than one needs a choice). An empty list applies none.",
  })
  discountTypes?: string[] | null;

  @Field(() => String, {
    nullable: true,
    description:
      'Idempotency key (or the Idempotency-Key header), unique per partner: a retry with the same key replays the first answer and never pays twice; the same key with a different input is refused. Kept 7 days.',
  })
  idempotencyKey?: string | null;
}

@InputType({ description: 'Cancel a PENDING_PAYMENT order on behalf of the customer.' })
export class CancelOrderInput {
  @Field(() => ID, { description: 'The order (Order id).' })
  orderId!: string;
}

@InputType({
  description:
    'Renew yearly/monthly resources: creates one RENEWAL order per customer, waiting for payment unless autoPay is set.',
})
export class RenewResourcesInput {
  @Field(() => [ID], {
    description:
      '1–10 main resources (Resource ids), each at most once; their dependent resources are renewed with them.',
  })
  resourceIds!: string[];

  @Field(() => PeriodType, { description: 'Unit of the renewal period.' })
  periodType!: PeriodType;

  @Field(() => Int, { description: 'Number of periods: 1–11 months or 1–3 years.' })
  periodNum!: number;

  @Field(() => Boolean, {
    nullable: true,
    description:
      "Pay each renewal order at once from the customer's balance, then your partner's credit (no coupons). If both together do not cover it, that customer's renewal is not created and its resources are reported failed.",
  })
  autoPay?: boolean | null;

  @Field(() => String, {
    nullable: true,
    description:
      'Idempotency key (or the Idempotency-Key header), unique per partner: a retry with the same key replays the first answer and never renews twice. Kept 7 days.',
  })
  idempotencyKey?: string | null;
}

@InputType({
  description:
    'Unsubscribe (退订) yearly/monthly resources: creates one UNSUBSCRIBE order per customer with the refund; the resources are closed.',
})
export class UnsubscribeResourcesInput {
  @Field(() => [ID], {
    description: '1–10 main resources (Resource ids), each at most once; their dependent resources go with them.',
  })
  resourceIds!: string[];

  @Field(() => String, { nullable: true, description: 'Why (≤ 200 characters); kept in the audit log.' })
  reason?: string | null;

  @Field(() => String, {
    nullable: true,
    description:
      'Idempotency key (or the Idempotency-Key header), unique per partner: a retry with the same key replays the first answer and never refunds twice. Kept 7 days.',
  })
  idempotencyKey?: string | null;
}

@InputType({ description: 'Turn auto-renewal of paid, in-use resources on or off.' })
export class SetAutoRenewInput {
  @Field(() => [ID], {
    description: '1–10 main resources (Resource ids), each at most once; their dependent resources follow them.',
  })
  resourceIds!: string[];

  @Field(() => Boolean, { description: 'true: expirePolicy AUTO_RENEW; false: back to GRACE_PERIOD.' })
  enabled!: boolean;

  @Field(() => Int, {
    nullable: true,
    description:
      'With enabled: true, how many times to renew: 0–99, 0 = unlimited (the default). Not allowed with enabled: false.',
  })
  autoRenewTimes?: number | null;
}
