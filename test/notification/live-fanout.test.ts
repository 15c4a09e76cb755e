/**
 * Fan-out of live notifications (issue 15, item 7): one notification delivered to N sockets of
 * the same member on one server costs the same SQL statements whatever N (the row is loaded once
 * per instance, the actor re-check is shared per token within ACTOR_FRESHNESS_MS); delivery stays
 * exact (each socket once, nobody else); a member cancelled while connected stops receiving within
 * the window (4403); a slow subscriber's dropped ids are counted, not silent.
 */
import { describe, expect, it } from 'vitest';
import { demoMember } from '../../seeds';
import type { Context } from '../../src/context';
import { ACTOR_FRESHNESS_MS } from '../../src/http/live-actor';
import { Member } from '../../src/modules/member/member.entity';
import { MemberStatus } from '../../src/modules/member/member.enums';
import { busOf } from '../../src/modules/notification/notification.bus';
import { NotificationKind } from '../../src/modules/notification/notification.enums';
import { MAX_QUEUED, notificationStream } from '../../src/modules/notification/notification.live';
import { toMember } from '../../src/modules/notification/notification.recipient';
import { notify } from '../../src/modules/notification/notification.service';
import { useTestServer, useTokens } from '../support/server';
import { settle, type Subscriber, subscribe } from './live-client';

const server = useTestServer();
const tokens = useTokens(server, ['dist-am', 'dist-am2', 'other-dist-admin']);
const id = (login: string) => demoMember(login).id;

const raise = (login: string, title: string) =>
  notify(server.em(), [{ recipient: toMember(id(login)), kind: NotificationKind.BALANCE_ALERT, title, body: title }]);

/** Every SQL statement the server's ORM issues while `fn` runs (any async context: sockets included). */
async function statementsDuring(fn: () => Promise<void>): Promise<number> {
  const knex = server.orm.em.getConnection().getKnex();
  let count = 0;
  const onQuery = () => {
    count += 1;
  };
  knex.on('query', onQuery);
  try {
    await fn();
  } finally {
    knex.off('query', onQuery);
  }
  return count;
}

/** Opens `n` sockets of dist-am2 and one of another partner's admin; the statements one notification costs. */
async function deliverToSockets(n: number, title: string): Promise<number> {
  const sockets: Subscriber[] = [];
  for (let i = 0; i < n; i += 1) sockets.push(await subscribe(server.url, tokens['dist-am2']));
  const stranger = await subscribe(server.url, tokens['other-dist-admin']);
  try {
    // No re-check outcome left over from an earlier delivery: each measurement pays its own.
    await settle(ACTOR_FRESHNESS_MS + 100);
    const statements = await statementsDuring(async () => {
      await raise('dist-am2', title);
      await Promise.all(sockets.map((s) => s.waitFor(1)));
      await settle(300);
    });
    for (const s of sockets) {
      expect(s.received.map((r) => r.title)).toEqual([title]);
      expect(s.errors).toEqual([]);
    }
    expect(new Set(sockets.map((s) => s.received[0].id)).size).toBe(1);
    expect(stranger.received).toEqual([]);
    return statements;
  } finally {
    await Promise.all([...sockets, stranger].map((s) => s.close()));
  }
}

describe('Subscription.notificationReceived fan-out', () => {
  it('costs the same statements for 3 and for 12 sockets of one member, each receiving it once', async () => {
    const three = await deliverToSockets(3, 'to three');
    const twelve = await deliverToSockets(12, 'to twelve');
    expect(three).toBeGreaterThan(0);
    console.log('COUNTS', three, twelve);
    expect(twelve).toBe(three);
  });

  it('stops delivering to a member cancelled while connected within the freshness window (4403)', async () => {
    const live = await subscribe(server.url, tokens['dist-am']);
    try {
      await raise('dist-am', 'before');
      await live.waitFor(1);
      await server.em().nativeUpdate(Member, { id: id('dist-am') }, { status: MemberStatus.CANCELLED });
      await settle(ACTOR_FRESHNESS_MS + 100);
      await raise('dist-am', 'after');
      for (let i = 0; i < 50 && live.closedWith() == null; i += 1) await settle(50);
      expect(live.closedWith()).toBe(4403);
      expect(live.received.map((n) => n.title)).toEqual(['before']);
    } finally {
      await live.close();
      await server.em().nativeUpdate(Member, { id: id('dist-am') }, { status: MemberStatus.ACTIVE });
    }
  });

  it('counts and drops the oldest ids beyond MAX_QUEUED for a subscriber that does not read', async () => {
    const em = server.em();
    const bus = busOf(em)!;
    const member = id('dist-am2');
    // The stream only needs the recipient and the server's entity manager (its bus).
    const ctx = { em, actor: { kind: 'MEMBER', viewer: { member: { id: member } } } } as unknown as Context;
    const stream = notificationStream(ctx);
    const before = bus.droppedCount;
    try {
      const published = Array.from({ length: MAX_QUEUED + 3 }, (_, i) => ({
        id: 1_000_000 + i,
        memberId: member,
        cloudAccountId: null,
      }));
      bus.deliver(published);
      bus.deliver([{ id: 2_000_000, memberId: id('dist-am'), cloudAccountId: null }]);
      expect(bus.droppedCount - before).toBe(3);
    } finally {
      await stream.return?.();
    }
  });
});
