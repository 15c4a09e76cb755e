import { Field, Int, ObjectType } from 'type-graphql';
import { UserError } from '../../common/errors';
import { MutationPayload } from '../../common/payload';
import { Notification } from './notification.entity';

@ObjectType('MarkNotificationsReadPayload', {
  simpleResolvers: true,
  description: 'Result of markNotificationsRead: the notifications now read and the refused ids side by side.',
})
export class MarkNotificationsReadPayload extends MutationPayload {
  @Field(() => [Notification], {
    description: 'The listed notifications as they are now (read), in input order; empty for `all: true`.',
  })
  notifications!: Notification[];

  @Field(() => Int, { description: 'How many notifications this call turned from unread to read.' })
  markedCount!: number;

  @Field(() => Int, { description: 'Your unread notifications after the call.' })
  unreadCount!: number;

  @Field(() => [UserError], {
    description:
      'Ids refused, each with field "input.ids[i]": INVALID_ID, DUPLICATE_NOTIFICATION, NOTIFICATION_NOT_FOUND (not yours or not there).',
  })
  failed!: UserError[];
}
