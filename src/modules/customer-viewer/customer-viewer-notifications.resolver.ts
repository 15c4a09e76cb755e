import { Arg, Args, Ctx, FieldResolver, Int, Resolver } from 'type-graphql';
import type { Context } from '../../context';
import { ConnectionArgs } from '../../common/connection';
import { requireCustomer } from '../../permissions/viewer';
import { listNotifications, unreadCount } from '../notification/notification-read.service';
import { toCustomer } from '../notification/notification.recipient';
import { NotificationConnection } from '../notification/notification.types';
import { CustomerViewer } from './customer-viewer.types';

/** The signed-in customer's message centre, on its entry query. */
@Resolver(() => CustomerViewer)
export class CustomerNotificationsResolver {
  @FieldResolver(() => NotificationConnection, {
    description:
      "消息中心: your notifications as a customer (your partner's unbind requests and answers, expiries), newest first.",
  })
  notifications(
    @Args() args: ConnectionArgs,
    @Arg('unreadOnly', () => Boolean, { nullable: true, description: 'True: only notifications not yet read.' })
    unreadOnly: boolean | null,
    @Ctx() ctx: Context,
  ) {
    return listNotifications(ctx, toCustomer(requireCustomer(ctx).account.id), args, unreadOnly);
  }

  @FieldResolver(() => Int, { description: 'How many of your notifications are unread (the badge).' })
  unreadNotificationCount(@Ctx() ctx: Context): Promise<number> {
    return unreadCount(ctx, toCustomer(requireCustomer(ctx).account.id));
  }
}
