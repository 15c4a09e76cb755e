import { registerEnumType } from 'type-graphql';

/** 调账记录 operation types (platform names). */
export enum AdjustOperationType {
  BEADJUST = 'BEADJUST',
  BERETRIEVE = 'BERETRIEVE',
  BEUNBIND = 'BEUNBIND',
}

/** Whose ledger an account change belongs to. */
export enum LedgerOwner {
  PARTNER = 'PARTNER',
  CUSTOMER = 'CUSTOMER',
}

/** 收支明细 trade types. */
export enum TradeType {
  RECHARGE = 'RECHARGE',
  ALLOCATE_OUT = 'ALLOCATE_OUT',
  ALLOCATE_IN = 'ALLOCATE_IN',
  RECLAIM_OUT = 'RECLAIM_OUT',
  RECLAIM_IN = 'RECLAIM_IN',
  UNBIND_RETURN_OUT = 'UNBIND_RETURN_OUT',
  UNBIND_RETURN_IN = 'UNBIND_RETURN_IN',
  ORDER_PAYMENT = 'ORDER_PAYMENT',
  REFUND = 'REFUND',
  REMITTANCE = 'REMITTANCE',
  WITHDRAWAL = 'WITHDRAWAL',
  WITHDRAWAL_RETURNED = 'WITHDRAWAL_RETURNED',
  REBATE_WITHDRAWAL = 'REBATE_WITHDRAWAL',
  REBATE_WITHDRAWAL_RETURNED = 'REBATE_WITHDRAWAL_RETURNED',
  INCENTIVE_PAYOUT = 'INCENTIVE_PAYOUT',
  PAYMENT_ON_BEHALF = 'PAYMENT_ON_BEHALF',
}

registerEnumType(AdjustOperationType, {
  name: 'AdjustOperationType',
  description: 'What a fund movement (调账) did.',
  valuesConfig: {
    BEADJUST: { description: '拨款: funds moved from the partner to a customer or reseller.' },
    BERETRIEVE: { description: '回收: funds taken back from a customer or reseller.' },
    BEUNBIND: {
      description:
        '解绑回收: balance returned to the partner when a customer was unbound or switched away from RESALE.',
    },
  },
});
registerEnumType(LedgerOwner, {
  name: 'LedgerOwner',
  description: 'Whose account an account change record belongs to.',
  valuesConfig: {
    PARTNER: { description: "The partner's own account." },
    CUSTOMER: { description: "A sub-customer's account." },
  },
});
registerEnumType(TradeType, {
  name: 'TradeType',
  description: 'Kind of account change (收支明细).',
  valuesConfig: {
    RECHARGE: { description: 'Money paid in from outside (opening balance, recharge).' },
    ALLOCATE_OUT: { description: 'Allocated away to a customer or reseller (negative).' },
    ALLOCATE_IN: { description: 'Received from the partner above (positive).' },
    RECLAIM_OUT: { description: 'Taken back by the partner above (negative).' },
    RECLAIM_IN: { description: 'Taken back from a customer or reseller (positive).' },
    UNBIND_RETURN_OUT: { description: 'Returned to the partner on unbind or switch (negative).' },
    UNBIND_RETURN_IN: { description: 'Received back from an unbound or switched customer (positive).' },
    ORDER_PAYMENT: { description: 'Paid for an order (negative).' },
    REFUND: { description: 'Refund of an unsubscribed order (positive).' },
    REMITTANCE: { description: 'An offline remittance (汇款认领) confirmed by the cloud (positive, cash account).' },
    WITHDRAWAL: {
      description:
        'A withdrawal (提现) requested: the amount leaves the cash account at once and is held until paid or rejected (negative).',
    },
    WITHDRAWAL_RETURNED: { description: 'A rejected withdrawal: the held amount comes back (positive).' },
    REBATE_WITHDRAWAL: {
      description:
        'A rebate withdrawal (激励返点提现) requested: held from the bonus account until paid or rejected (negative).',
    },
    REBATE_WITHDRAWAL_RETURNED: { description: 'A rejected rebate withdrawal: the held amount comes back (positive).' },
    INCENTIVE_PAYOUT: { description: 'An incentive paid out (激励发放) to the bonus account (positive).' },
    PAYMENT_ON_BEHALF: {
      description: 'An order of a customer paid by its partner under a payment-on-behalf agreement (代付, negative).',
    },
  },
});
