import { ObjectType } from 'type-graphql';
import { ConnectionType } from '../../common/connection';
import { Notification } from './notification.entity';

@ObjectType('NotificationConnection', {
  simpleResolvers: true,
  description: 'A page of notifications, newest first.',
})
export class NotificationConnection extends ConnectionType(Notification, 'Notification', 'notification') {}
