import { createUnionType, ObjectType } from 'type-graphql';
import { ConnectionType } from '../../common/connection';
import { SubCustomer } from '../customer/customer.entity';
import { Partner } from '../partner/partner.entity';
import { AccountChangeRecord, AdjustRecord } from './funds.entity';

/** Resolved by class (instanceof): the resolver returns the loaded entity. */
export const AdjustCounterparty = createUnionType({
  name: 'AdjustCounterparty',
  description: 'The other side of a fund movement: a sub-customer or a cloud reseller (Partner).',
  types: () => [SubCustomer, Partner] as const,
});

@ObjectType('AdjustRecordConnection', {
  simpleResolvers: true,
  description: 'A page of adjust records (调账记录), newest first.',
})
export class AdjustRecordConnection extends ConnectionType(AdjustRecord, 'AdjustRecord', 'adjust record') {}

@ObjectType('AccountChangeRecordConnection', {
  simpleResolvers: true,
  description: 'A page of account change records (收支明细), newest first.',
})
export class AccountChangeRecordConnection extends ConnectionType(
  AccountChangeRecord,
  'AccountChangeRecord',
  'account change record',
) {}
