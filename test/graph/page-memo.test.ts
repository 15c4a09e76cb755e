/**
 * The page memo of common/paging.ts: a query reads the same page once per request; a mutation's
 * entity manager reads every page afresh (http/page-memo.ts marks it), so a second mutation's payload
 * in the same document sees what the first one wrote. On the real seeded database.
 */
import { describe, expect, it } from 'vitest';
import { toPageRequest } from '../../src/common/connection';
import { findPage, readPagesAfresh } from '../../src/common/paging';
import { Notification } from '../../src/modules/notification/notification.entity';
import { NotificationKind } from '../../src/modules/notification/notification.enums';
import { demoMember } from '../../seeds';
import { useTestServer } from '../support/server';

const server = useTestServer();

async function addNotification(memberId: number) {
  const em = server.em();
  await em.insert(Notification, {
    member: memberId,
    cloudAccount: null,
    kind: NotificationKind.LEAD_ASSIGNED,
    title: 'page memo',
    body: 'page memo',
    subject: null,
    createdAt: new Date(),
    readAt: null,
  });
}

describe('the page memo', () => {
  const member = demoMember('dist-am').id;
  const page = toPageRequest({ first: 5 });
  const where = { member };

  it('answers the same page twice in one request (a query), even after a write', async () => {
    const em = server.em();
    const first = await findPage(em, Notification, where, page);
    await addNotification(member);
    const again = await findPage(em, Notification, where, page);
    expect(again.nodes.map((n) => n.id)).toEqual(first.nodes.map((n) => n.id));
  });

  it('reads afresh for a mutation: the second read sees the write', async () => {
    const em = server.em();
    readPagesAfresh(em);
    const first = await findPage(em, Notification, where, page);
    await addNotification(member);
    const again = await findPage(em, Notification, where, page);
    expect(again.nodes[0].id).toBeGreaterThan(first.nodes[0].id);
  });
});

describe('a mutation document through HTTP', () => {
  it("lets the second mutation's payload list what the first one created", async () => {
    const token = await server.signIn('dist-admin');
    const lead = (name: string) =>
      `${name}: createLead(input: { companyName: "${name} 页面测试", contactName: "张三", email: "${name}@example.cn" }) {
        lead { partner { leads(first: 100) { totalCount nodes { companyName } } } } userErrors { code } }`;
    const res = await server.execute<
      Record<
        'first' | 'second',
        { lead: { partner: { leads: { totalCount: number; nodes: { companyName: string }[] } } } }
      >,
      Record<string, never>
    >(`mutation { ${lead('first')} ${lead('second')} }`, {}, token);
    expect(res.errors).toBeUndefined();
    const first = res.data!.first.lead.partner.leads;
    const second = res.data!.second.lead.partner.leads;
    expect(second.totalCount).toBe(first.totalCount + 1);
    expect(second.nodes.map((n) => n.companyName)).toContain('second 页面测试');
  });
});
