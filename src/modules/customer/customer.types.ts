import { Field, ObjectType, registerEnumType } from 'type-graphql';
import { Money } from '../../common/money';
import { ConnectionType } from '../../common/connection';
import { SubCustomer } from './customer.entity';

@ObjectType({ simpleResolvers: true, description: '可用额度: balance of a RESALE customer, funded by its partner.' })
export class CustomerBalance {
  @Field(() => Money, { description: 'Available amount.' })
  amount!: Money;

  @Field(() => Money, { description: 'Debt (arrears) of the customer.' })
  debtAmount!: Money;
}

export enum BalanceUnavailableReason {
  ADVISORY_CUSTOMER = 'ADVISORY_CUSTOMER',
}

registerEnumType(BalanceUnavailableReason, {
  name: 'BalanceUnavailableReason',
  description: 'Why a customer has no balance to show.',
  valuesConfig: {
    ADVISORY_CUSTOMER: {
      description:
        'ADVISORY (顾问销售) customers pay the cloud directly; their partner cannot see or move their balance.',
    },
  },
});

@ObjectType('SubCustomerConnection', { simpleResolvers: true, description: 'A page of sub-customers, newest first.' })
export class SubCustomerConnection extends ConnectionType(SubCustomer, 'SubCustomer', 'sub-customer') {}
