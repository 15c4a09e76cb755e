import { Arg, Args, Ctx, FieldResolver, Int, Mutation, Resolver, Root, Subscription } from 'type-graphql';
import type { Context } from '../../context';
import { ConnectionArgs } from '../../common/connection';
import { Member } from '../member/member.entity';
import { listNotifications, markNotificationsRead, unreadCount } from './notification-read.service';
import { Notification } from './notification.entity';
import { type NotificationEvent, notificationStream } from './notification.live';
import { MarkNotificationsReadInput } from './notification.mutation-inputs';
import { MarkNotificationsReadPayload } from './notification.payloads';
import { toMember } from './notification.recipient';
import { NotificationConnection } from './notification.types';

@Resolver(() => Member)
export class MemberNotificationsResolver {
  @FieldResolver(() => NotificationConnection, {
    description:
      "消息中心: your own notifications, newest first. Only the member itself reads them (a colleague's answer FORBIDDEN).",
  })
  notifications(
    @Root() member: Member,
    @Args() args: ConnectionArgs,
    @Arg('unreadOnly', () => Boolean, { nullable: true, description: 'True: only notifications not yet read.' })
    unreadOnly: boolean | null,
    @Ctx() ctx: Context,
  ) {
    return listNotifications(ctx, toMember(member.id), args, unreadOnly);
  }

  @FieldResolver(() => Int, { description: 'How many of your notifications are unread (the badge).' })
  unreadNotificationCount(@Root() member: Member, @Ctx() ctx: Context): Promise<number> {
    return unreadCount(ctx, toMember(member.id));
  }
}

@Resolver()
export class NotificationMutationResolver {
  @Mutation(() => MarkNotificationsReadPayload, {
    description:
      'Marks your notifications read: the listed ids (per-item results; ids not yours answer NOTIFICATION_NOT_FOUND and change nothing) or all of them. Any signed-in member, for its own notifications only.',
  })
  markNotificationsRead(
    @Arg('input', () => MarkNotificationsReadInput, { description: 'The notifications to mark, or all: true.' })
    input: MarkNotificationsReadInput,
    @Ctx() ctx: Context,
  ): Promise<MarkNotificationsReadPayload> {
    return markNotificationsRead(ctx, input);
  }
}

@Resolver()
export class NotificationSubscriptionResolver {
  @Subscription(() => Notification, {
    subscribe: ({ context }) => notificationStream(context),
    description:
      'Each new notification of yours, as it is raised (after its transaction commits), over WebSocket (graphql-ws protocol at /graphql; send connectionParams { authorization: "Bearer <token>" }). Only your own notifications arrive; missed ones are in Member.notifications. Your token and account are checked again before events (one check per token per second on each instance): a token that expired or an account disabled closes the socket with 4403 within 1 second. A client that reads slower than notifications arrive keeps the newest 1,000; older ones are dropped from the stream (counted and logged by the server) but stay in Member.notifications.',
  })
  notificationReceived(@Root() event: NotificationEvent): Notification {
    return event.notificationReceived;
  }
}
