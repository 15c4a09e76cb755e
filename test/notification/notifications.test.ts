/**
 * The message centre through HTTP as the demo members: the seeded notifications, paging and the
 * unread filter, the SELF-only rule, markNotificationsRead per item, the events that raise them
 * (order authorization, handleUnbindRequest), and live delivery over WebSocket in one instance
 * (the multi-instance PostgreSQL case is in live-two-instances.test.ts).
 */
import { describe, expect, it } from 'vitest';
import {
  AssocGrantOrderAuthorizationDocument,
  AssocRevokeOrderAuthorizationDocument,
  NotifColleaguesDocument,
  NotifListDocument,
  NotifMarkReadDocument,
} from '../generated/graphql';
import { demoMember } from '../../seeds';
import { OrderAuthorization } from '../../src/modules/association/association.entity';
import { OrderAuthorizationStatus } from '../../src/modules/association/association.enums';
import { SubCustomer } from '../../src/modules/customer/customer.entity';
import { Notification } from '../../src/modules/notification/notification.entity';
import { NotificationKind } from '../../src/modules/notification/notification.enums';
import { notify } from '../../src/modules/notification/notification.service';
import { toMember } from '../../src/modules/notification/notification.recipient';
import { DIST } from '../support/demo';
import { gid } from '../support/ids';
import { errorCodes } from '../support/graphql';
import { customerCode, customerToken } from '../support/customers';
import { useTestServer, useTokens } from '../support/server';
import { closeCodeFor, settle, subscribe } from './live-client';

const server = useTestServer();
const tokens = useTokens(server, ['dist-admin', 'dist-am', 'dist-am2', 'other-dist-admin']);
const id = (login: string) => demoMember(login).id;

const list = (login: string, variables: { first?: number; after?: string; unreadOnly?: boolean } = {}) =>
  server.execute(NotifListDocument, variables, tokens[login]);

/** A customer of DIST assigned to dist-am whose latest authorization is GRANTED. */
async function grantedCustomerOfDistAm(): Promise<SubCustomer> {
  const em = server.em();
  const customers = await em.find(SubCustomer, { partner: DIST, accountManager: id('dist-am'), unboundAt: null });
  for (const c of customers) {
    const latest = await em.findOne(
      OrderAuthorization,
      { customer: c.id, partner: DIST },
      { orderBy: { grantedAt: 'desc', id: 'desc' } },
    );
    if (latest?.status === OrderAuthorizationStatus.GRANTED) return c;
  }
  throw new Error('no GRANTED customer of dist-am');
}

/** The seeded notifications of a member: each member kind once, the older half (rounded up) read (seeds/notifications.ts). */
const MEMBER_KINDS = Object.values(NotificationKind).filter((k) => k !== NotificationKind.PARTNER_UNBIND_REQUESTED);
const SEEDED_UNREAD = Math.floor(MEMBER_KINDS.length / 2);

describe('Member.notifications and unreadNotificationCount', () => {
  it('lists the seeded notifications newest first, each kind once, half of them read', async () => {
    const res = await list('dist-admin', { first: 100 });
    expect(res.errors).toBeUndefined();
    const member = res.data!.viewer.member;
    const nodes = member.notifications!.nodes;
    expect(nodes.map((n) => n.kind).sort()).toEqual([...MEMBER_KINDS].sort());
    expect(member.notifications!.totalCount).toBe(MEMBER_KINDS.length);
    expect(member.unreadNotificationCount).toBe(SEEDED_UNREAD);
    const times = nodes.map((n) => Date.parse(n.createdAt));
    expect(times).toEqual([...times].sort((a, b) => b - a));
    expect(nodes.filter((n) => n.readAt == null)).toHaveLength(SEEDED_UNREAD);
    const alert = nodes.find((n) => n.kind === 'BALANCE_ALERT')!;
    expect(alert).toMatchObject({ subject: gid('Partner', DIST) });
    expect(alert.title).toContain('余额预警');
  });

  it('filters unread ones and pages by cursor; statements do not grow with the page size', async () => {
    const unread = await list('dist-admin', { first: 100, unreadOnly: true });
    expect(unread.data!.viewer.member.notifications!.nodes.every((n) => n.readAt == null)).toBe(true);
    expect(unread.data!.viewer.member.notifications!.totalCount).toBe(SEEDED_UNREAD);
    const first = await list('dist-admin', { first: 2 });
    const page = first.data!.viewer.member.notifications!;
    expect(page.pageInfo.hasNextPage).toBe(true);
    const next = await list('dist-admin', { first: 2, after: page.pageInfo.endCursor! });
    const all = await list('dist-admin', { first: 100 });
    expect([...page.nodes, ...next.data!.viewer.member.notifications!.nodes].map((n) => n.id)).toEqual(
      all.data!.viewer.member.notifications!.nodes.slice(0, 4).map((n) => n.id),
    );
    const small = await list('dist-admin', { first: 1 });
    expect(small.sqlStatements).toBe(all.sqlStatements);
  });

  it("never shows a colleague's notifications (SELF only), whatever the roles", async () => {
    const res = await server.execute(NotifColleaguesDocument, {}, tokens['dist-admin']);
    const members = res.data!.viewer.partner.members!.nodes;
    const self = members.find((m) => m.loginName === 'dist-admin')!;
    expect(self.notifications!.totalCount).toBe(MEMBER_KINDS.length);
    const others = members.filter((m) => m.loginName !== 'dist-admin');
    expect(others.length).toBeGreaterThan(0);
    for (const other of others) expect(other).toMatchObject({ notifications: null, unreadNotificationCount: null });
    expect(new Set(errorCodes(res))).toEqual(new Set(['FORBIDDEN']));
  });

  it('is refused to anonymous callers', async () => {
    const res = await server.execute(NotifListDocument, {}, null);
    expect(errorCodes(res)).toContain('UNAUTHENTICATED');
  });
});

describe('markNotificationsRead', () => {
  it('marks own ids, refuses foreign, unknown, duplicate and malformed ids per item, and changes nothing of others', async () => {
    const mine = (await list('dist-am', { first: 100, unreadOnly: true })).data!.viewer.member.notifications!.nodes;
    const foreign = (await list('other-dist-admin', { first: 100, unreadOnly: true })).data!.viewer.member
      .notifications!.nodes;
    const foreignUnread = foreign.length;
    const ids = [mine[0].id, foreign[0].id, gid('Notification', 999_999), mine[0].id, gid('Member', 1), mine[1].id];
    const res = await server.execute(NotifMarkReadDocument, { input: { ids } }, tokens['dist-am']);
    const payload = res.data!.markNotificationsRead;
    expect(payload.userErrors).toEqual([]);
    expect(payload.failed.map((f) => [f.code, f.field])).toEqual([
      ['NOTIFICATION_NOT_FOUND', 'input.ids[1]'],
      ['NOTIFICATION_NOT_FOUND', 'input.ids[2]'],
      ['DUPLICATE_NOTIFICATION', 'input.ids[3]'],
      ['INVALID_ID', 'input.ids[4]'],
    ]);
    expect(payload.notifications.map((n) => n.id)).toEqual([mine[0].id, mine[1].id]);
    expect(payload.notifications.every((n) => n.readAt != null)).toBe(true);
    expect(payload.markedCount).toBe(2);
    expect(payload.unreadCount).toBe(mine.length - 2);
    const after = await list('other-dist-admin', { first: 100, unreadOnly: true });
    expect(after.data!.viewer.member.notifications!.nodes).toHaveLength(foreignUnread);
    // Marking again changes nothing and keeps readAt.
    const again = await server.execute(NotifMarkReadDocument, { input: { ids: [mine[0].id] } }, tokens['dist-am']);
    expect(again.data!.markNotificationsRead).toMatchObject({ markedCount: 0, failed: [] });
    expect(again.data!.markNotificationsRead.notifications[0].readAt).toBe(payload.notifications[0].readAt);
  });

  it('marks all with all: true; an empty, oversized or ambiguous input is refused', async () => {
    const all = await server.execute(NotifMarkReadDocument, { input: { all: true } }, tokens['dist-am2']);
    expect(all.data!.markNotificationsRead).toMatchObject({
      markedCount: SEEDED_UNREAD,
      unreadCount: 0,
      userErrors: [],
    });
    const empty = await server.execute(NotifMarkReadDocument, { input: { ids: [] } }, tokens['dist-am2']);
    expect(empty.data!.markNotificationsRead.userErrors.map((e) => e.code)).toEqual(['BATCH_EMPTY']);
    const many = Array.from({ length: 101 }, (_, i) => gid('Notification', i + 1));
    const big = await server.execute(NotifMarkReadDocument, { input: { ids: many } }, tokens['dist-am2']);
    expect(big.data!.markNotificationsRead.userErrors.map((e) => e.code)).toEqual(['BATCH_TOO_LARGE']);
    const both = await server.execute(NotifMarkReadDocument, { input: { ids: [], all: true } }, tokens['dist-am2']);
    expect(errorCodes(both)).toEqual(['BAD_USER_INPUT']);
    const neither = await server.execute(NotifMarkReadDocument, { input: {} }, tokens['dist-am2']);
    expect(errorCodes(neither)).toEqual(['BAD_USER_INPUT']);
  });
});

describe('events raise notifications', () => {
  it("grant/revoke of order authorization reaches the partner's order managers who see the customer, live and in the list", async () => {
    const customer = await grantedCustomerOfDistAm();
    const input = { customerId: gid('SubCustomer', customer.id) };
    const admin = await subscribe(server.url, tokens['dist-admin']);
    const am = await subscribe(server.url, tokens['dist-am']);
    const am2 = await subscribe(server.url, tokens['dist-am2']);
    const stranger = await subscribe(server.url, tokens['other-dist-admin']);
    try {
      // The customer itself cancels (with a reason and its code) and grants again.
      const verificationCode = await customerCode(server, customer.accountName, 'CANCEL_ORDER_AUTHORIZATION');
      const revoked = await server.execute(
        AssocRevokeOrderAuthorizationDocument,
        { input: { reason: '暂停代下单', verificationCode } },
        await customerToken(server, customer.accountName),
      );
      expect(revoked.data!.revokeOrderAuthorization.userErrors).toEqual([]);
      const [live] = await admin.waitFor(1);
      expect(live).toMatchObject({
        kind: 'ORDER_AUTHORIZATION_CHANGED',
        subject: input.customerId,
        readAt: null,
      });
      expect(live.title).toContain(customer.accountName);
      expect((await am.waitFor(1))[0].kind).toBe('ORDER_AUTHORIZATION_CHANGED');
      await server.execute(AssocGrantOrderAuthorizationDocument, {}, await customerToken(server, customer.accountName));
      await admin.waitFor(2);
      await settle();
      // dist-am2 does not manage this customer; another partner's admin hears nothing.
      expect(am2.received).toEqual([]);
      expect(stranger.received).toEqual([]);
      expect(admin.errors).toEqual([]);
      const listed = (await list('dist-admin', { first: 2 })).data!.viewer.member.notifications!.nodes;
      expect(listed.map((n) => n.id)).toEqual([admin.received[1].id, admin.received[0].id]);
      const rows = await server.em().find(Notification, { subject: input.customerId });
      const recipients = new Set(rows.map((r) => r.member?.id));
      expect(recipients.has(id('dist-admin'))).toBe(true);
      expect(recipients.has(id('dist-am'))).toBe(true);
      expect(recipients.has(id('dist-am2'))).toBe(false);
      expect(rows.every((r) => r.cloudAccount == null)).toBe(true);
    } finally {
      await Promise.all([admin.close(), am.close(), am2.close(), stranger.close()]);
    }
  });
});

describe('Subscription.notificationReceived', () => {
  it('closes the socket with 4401 without a token or with a bad one', async () => {
    expect(await closeCodeFor(server.url, {})).toBe(4401);
    expect(await closeCodeFor(server.url, { authorization: 'Bearer not-a-token' })).toBe(4401);
    expect(await closeCodeFor(server.url, { authorization: 'Basic abc' })).toBe(4401);
  });

  it('never delivers a notification whose transaction rolled back', async () => {
    const live = await subscribe(server.url, tokens['dist-am2']);
    try {
      const raise = (title: string) =>
        notify(server.em(), [
          { recipient: toMember(id('dist-am2')), kind: NotificationKind.BALANCE_ALERT, title, body: title },
        ]);
      await expect(
        server.em().transactional(async (tx) => {
          await notify(tx, [
            {
              recipient: toMember(id('dist-am2')),
              kind: NotificationKind.BALANCE_ALERT,
              title: 'rolled back',
              body: '-',
            },
          ]);
          throw new Error('roll back');
        }),
      ).rejects.toThrow('roll back');
      await server.em().transactional((tx) =>
        notify(tx, [
          {
            recipient: toMember(id('dist-am2')),
            kind: NotificationKind.BALANCE_ALERT,
            title: 'committed',
            body: '-',
          },
        ]),
      );
      await live.waitFor(1);
      await raise('outside a transaction');
      await live.waitFor(2);
      await settle();
      expect(live.received.map((n) => n.title)).toEqual(['committed', 'outside a transaction']);
      expect(await server.em().count(Notification, { title: 'rolled back' })).toBe(0);
    } finally {
      await live.close();
    }
  });
});
