import { ObjectType } from 'type-graphql';
import { ConnectionType } from '../../common/connection';
import { ConsumptionRecord } from './consumption.entity';

@ObjectType('ConsumptionRecordConnection', {
  simpleResolvers: true,
  description: 'A page of consumption records, newest first.',
})
export class ConsumptionRecordConnection extends ConnectionType(
  ConsumptionRecord,
  'ConsumptionRecord',
  'consumption record',
) {}
