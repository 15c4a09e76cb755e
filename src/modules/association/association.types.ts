import { ObjectType } from 'type-graphql';
import { ConnectionType } from '../../common/connection';
import { AssociationEvent } from './association.entity';

@ObjectType('AssociationEventConnection', {
  simpleResolvers: true,
  description: 'A page of association events (关联关系操作记录), newest first.',
})
export class AssociationEventConnection extends ConnectionType(
  AssociationEvent,
  'AssociationEvent',
  'association event',
) {}
