/**
 * Reading and marking notifications, generic over the recipient (notification.recipient.ts): every
 * statement is scoped to the signed-in recipient's own rows, so nobody reads or marks another's.
 */
import type { Context } from '../../context';
import { type ConnectionArgs, toPageRequest } from '../../common/connection';
import { badInput, forbidden, unauthenticated, UserError } from '../../common/errors';
import { type BatchSpec, batchSizeError, parseIds, refusal, success } from '../../common/mutation-kit';
import { findByIds, findPage } from '../../common/paging';
import { registerNodeType } from '../../common/node-registry';
import { Notification } from './notification.entity';
import type { MarkNotificationsReadInput } from './notification.mutation-inputs';
import type { MarkNotificationsReadPayload } from './notification.payloads';
import { type Recipient, recipientKey, recipientOf, recipientWhere } from './notification.recipient';

/** The signed-in recipient, which must be `owner` (row scope: only the recipient reads its notifications). */
export function ownRecipient(ctx: Context, owner: Recipient): Recipient {
  const recipient = recipientOf(ctx);
  if (!recipient) throw unauthenticated();
  if (recipientKey(recipient) !== recipientKey(owner)) throw forbidden('Only the recipient reads its notifications.');
  return recipient;
}

/** A page of the recipient's notifications, newest first; one statement (plus one COUNT for totalCount). */
export function listNotifications(ctx: Context, owner: Recipient, args: ConnectionArgs, unreadOnly: boolean | null) {
  const recipient = ownRecipient(ctx, owner);
  const page = toPageRequest(args);
  const where = { $and: [recipientWhere(recipient), unreadOnly ? { readAt: null } : {}] };
  return findPage(ctx.em, Notification, where, page);
}

/**
 * How many of the recipient's notifications are unread: counted once per request, however often
 * the member appears (every record's `operator` may be the same member).
 */
export function unreadCount(ctx: Context, owner: Recipient): Promise<number> {
  const recipient = ownRecipient(ctx, owner);
  const loader = ctx.loaders.get<string, number>('unreadNotificationCount', '', async (keys) => {
    const count = await ctx.em.count(Notification, { $and: [recipientWhere(recipient), { readAt: null }] });
    return keys.map(() => count);
  });
  return loader.load(recipientKey(recipient));
}

const SPEC: BatchSpec = {
  field: 'input.ids',
  type: 'Notification',
  noun: 'notifications',
  duplicate: { code: 'DUPLICATE_NOTIFICATION', message: 'This notification is listed twice in input.ids.' },
};

const refused = refusal<MarkNotificationsReadPayload>({
  notifications: [],
  markedCount: 0,
  unreadCount: 0,
  failed: [],
});

const notYours = (field: string) =>
  new UserError('NOTIFICATION_NOT_FOUND', 'You have no notification with that id.', field);

/**
 * Marks the listed notifications (or all) of the signed-in recipient read. Ids that are not the
 * recipient's answer NOTIFICATION_NOT_FOUND per item and change nothing; already read ones keep
 * their readAt. Not audited: a read mark is the reader's own view state, no money or permission.
 */
export async function markNotificationsRead(
  ctx: Context,
  input: MarkNotificationsReadInput,
): Promise<MarkNotificationsReadPayload> {
  const recipient = recipientOf(ctx);
  if (!recipient) throw unauthenticated();
  const byIds = input.ids != null;
  if (byIds === (input.all === true)) throw badInput('Give exactly one of input.ids and input.all: true.', 'input');
  const ids = input.ids ?? [];
  const size = byIds ? batchSizeError(ids, SPEC) : null;
  if (size) return refused(size);
  const mine = recipientWhere(recipient);
  return ctx.em.transactional(async (tx) => {
    const now = new Date();
    if (!byIds) {
      const markedCount = await tx.nativeUpdate(Notification, { $and: [mine, { readAt: null }] }, { readAt: now });
      return success<MarkNotificationsReadPayload>({ notifications: [], markedCount, unreadCount: 0, failed: [] });
    }
    const batch = parseIds(ids, SPEC);
    const found = await findByIds(tx, Notification, batch.ids(), mine);
    const marked = batch.items.filter((item, i) => {
      if (!found[i]) batch.fail(item, notYours(item.field));
      return found[i] != null;
    });
    const markedIds = marked.map((item) => item.id);
    const markedCount = markedIds.length
      ? await tx.nativeUpdate(Notification, { $and: [mine, { id: { $in: markedIds }, readAt: null }] }, { readAt: now })
      : 0;
    const rows = markedIds.length ? await findByIds(tx, Notification, markedIds, mine) : [];
    const unread = await tx.count(Notification, { $and: [mine, { readAt: null }] });
    return success<MarkNotificationsReadPayload>({
      notifications: rows.filter((r): r is Notification => r != null),
      markedCount,
      unreadCount: unread,
      failed: batch.failed,
    });
  });
}

/** node(id:) finds a notification only for its recipient. */
registerNodeType('Notification', (ctx, ids) => {
  const recipient = recipientOf(ctx);
  return recipient
    ? findByIds(ctx.em, Notification, ids, recipientWhere(recipient))
    : Promise.resolve(ids.map(() => null));
});
