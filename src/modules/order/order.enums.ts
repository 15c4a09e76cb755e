import { registerEnumType } from 'type-graphql';

export enum OrderStatus {
  PENDING_APPROVAL = 1,
  PENDING_REFUND = 2,
  PROCESSING = 3,
  CANCELLED = 4,
  COMPLETED = 5,
  PENDING_PAYMENT = 6,
  PENDING_CONFIRMATION = 9,
}

export enum OrderType {
  NEW = 1,
  RENEWAL = 2,
  CHANGE = 3,
  UNSUBSCRIBE = 4,
  TO_ON_DEMAND = 10,
  TO_PERIODIC = 11,
}

export enum OrderSource {
  CUSTOMER = 1,
  PARTNER = 2,
}

export enum PeriodType {
  MONTH = 2,
  YEAR = 3,
}

export enum ResourceStatus {
  IN_USE = 2,
  CLOSED = 3,
  FROZEN = 4,
  EXPIRED = 5,
}

export enum ExpirePolicy {
  GRACE_PERIOD = 0,
  TO_ON_DEMAND = 1,
  DELETE = 2,
  AUTO_RENEW = 3,
  FREEZE = 4,
}

registerEnumType(OrderStatus, {
  name: 'OrderStatus',
  description: 'State of a yearly/monthly order (platform codes).',
  valuesConfig: {
    PENDING_APPROVAL: { description: '1 待审核: pending approval.' },
    PENDING_REFUND: { description: '2 待退款: pending refund.' },
    PROCESSING: { description: '3 处理中: paid, resources being created.' },
    CANCELLED: { description: '4 已取消: cancelled.' },
    COMPLETED: { description: '5 已完成: completed.' },
    PENDING_PAYMENT: { description: '6 待支付: waiting for payment; can be paid or cancelled.' },
    PENDING_CONFIRMATION: { description: '9 待确认: pending confirmation.' },
  },
});
registerEnumType(OrderType, {
  name: 'OrderType',
  description: 'Kind of order (platform codes).',
  valuesConfig: {
    NEW: { description: '1: new purchase.' },
    RENEWAL: { description: '2: renewal.' },
    CHANGE: { description: '3: change of specification.' },
    UNSUBSCRIBE: { description: '4: unsubscribe (refund).' },
    TO_ON_DEMAND: { description: '10: switch to on-demand.' },
    TO_PERIODIC: { description: '11: switch to yearly/monthly.' },
  },
});
registerEnumType(OrderSource, {
  name: 'OrderSource',
  description: 'Who placed the order.',
  valuesConfig: {
    CUSTOMER: { description: 'The customer itself.' },
    PARTNER: { description: 'The partner, on behalf of the customer.' },
  },
});
registerEnumType(PeriodType, {
  name: 'PeriodType',
  description: 'Unit of a subscription period (platform codes).',
  valuesConfig: { MONTH: { description: '2: months.' }, YEAR: { description: '3: years.' } },
});
registerEnumType(ResourceStatus, {
  name: 'ResourceStatus',
  description: 'State of a subscribed resource (platform codes).',
  valuesConfig: {
    IN_USE: { description: '2: in use.' },
    CLOSED: { description: '3: closed.' },
    FROZEN: { description: '4: frozen.' },
    EXPIRED: { description: '5: expired.' },
  },
});
registerEnumType(ExpirePolicy, {
  name: 'ExpirePolicy',
  description: 'What happens when a resource expires (platform codes).',
  valuesConfig: {
    GRACE_PERIOD: { description: '0: enter the grace period.' },
    TO_ON_DEMAND: { description: '1: switch to on-demand.' },
    DELETE: { description: '2: delete.' },
    AUTO_RENEW: { description: '3: renew automatically.' },
    FREEZE: { description: '4: freeze.' },
  },
});
