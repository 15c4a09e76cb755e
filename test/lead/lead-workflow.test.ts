/**
 * Leads (线索管理, seeds 001/003) through the API: the seeded statuses, the account manager's row
 * scope, and a dispatched lead walked to its end states by the cloud's operator, the distributor's
 * admin and its account manager, with the notifications each receives. Every refusal answers its
 * own code with nothing changed.
 */
import { describe, expect, it } from 'vitest';
import {
  LeadAssignDocument,
  LeadCompleteCallDocument,
  LeadCreateDocument,
  LeadFollowUpDocument,
  LeadListDocument,
  LeadNodeDocument,
  LeadNotificationsDocument,
  LeadOperatorCallsDocument,
  LeadRequestCallDocument,
} from '../generated/graphql';
import { LeadStatus } from '../../src/modules/lead/lead.enums';
import { DIST, OTHER_DIST, RESELLER1 } from '../support/demo';
import { errorCodes, userErrorCodes } from '../support/graphql';
import { gid, memberGid } from '../support/ids';
import { countRows, sql } from '../support/rows';
import { useTestServer, useTokens } from '../support/server';
import { dispatch, memberLeads } from './support';

const server = useTestServer();
const members = useTokens(server, [
  'dist-admin',
  'dist-am',
  'dist-ams',
  'dist-am2',
  'dist-ops',
  'other-dist-admin',
  'reseller-admin',
]);
const operators = useTokens(server, ['ops-eco', 'ops-finance'], 'OPERATOR');

const counts = async () => ({
  lead: await countRows(server, 'lead'),
  followUp: await countRows(server, 'lead_follow_up'),
  call: await countRows(server, 'lead_call_request'),
});

describe('the seeded leads', () => {
  it('hold every status; a marketing plan 2.0 partner reads masked phones and no e-mail', async () => {
    const { partner, nodes } = await memberLeads(server, members['dist-admin']);
    expect(partner.marketingPlan2).toBe(true);
    expect(new Set(nodes.map((n) => n.status))).toEqual(new Set(Object.values(LeadStatus)));
    expect(new Set(nodes.map((n) => n.source))).toEqual(new Set(['PARTNER', 'CLOUD']));
    for (const n of nodes) {
      expect(n.contactAnonymised).toBe(true);
      expect(n.email).toBeNull();
      if (n.phone) expect(n.phone).toMatch(/^\d{3}\*{4}\d{4}$/);
    }
    const closed = nodes.find((n) => n.status === 'CLOSED')!;
    expect(closed.closeReason).toBe('UNREACHABLE');
    const calls = nodes.flatMap((n) => n.callRequests.map((c) => c.status));
    expect(new Set(calls)).toEqual(new Set(['REQUESTED', 'CONNECTED', 'NOT_CONNECTED']));
    expect(nodes.some((n) => n.followUps.length > 1)).toBe(true);
  });

  it('shows contacts in full to a partner outside the plan', async () => {
    const { partner, nodes } = await memberLeads(server, members['other-dist-admin']);
    expect(partner.marketingPlan2).toBe(false);
    const rows = await sql<{ phone: string }>(
      server,
      'select phone from lead where partner_id = ? and phone is not null',
      [OTHER_DIST],
    );
    expect(
      nodes
        .map((n) => n.phone)
        .filter(Boolean)
        .sort(),
    ).toEqual(rows.map((r) => r.phone).sort());
    expect(nodes.every((n) => !n.contactAnonymised)).toBe(true);
    expect(nodes.some((n) => n.email?.includes('@'))).toBe(true);
  });

  it('gives a cloud reseller (also in the plan) its own leads only, anonymised; never its distributor’s', async () => {
    const { partner, nodes } = await memberLeads(server, members['reseller-admin']);
    expect(partner.marketingPlan2).toBe(true);
    const own = await sql<{ id: number }>(server, 'select id from lead where partner_id = ? order by id', [RESELLER1]);
    expect(nodes.map((n) => n.id).sort()).toEqual(own.map((r) => gid('Lead', r.id)).sort());
    expect(nodes.every((n) => n.contactAnonymised && n.email === null)).toBe(true);
    const [parents] = await sql<{ id: number }>(server, 'select id from lead where partner_id = ? order by id', [DIST]);
    const node = await server.execute(LeadNodeDocument, { id: gid('Lead', parents.id) }, members['reseller-admin']);
    expect(node.data?.node).toBeNull();
  });

  it('gives an account manager only its assigned leads, a supervisor its managers’ leads, on lists and node(id:)', async () => {
    const all = (await memberLeads(server, members['dist-admin'])).nodes;
    const am = (await memberLeads(server, members['dist-am'])).nodes;
    const ams = (await memberLeads(server, members['dist-ams'])).nodes;
    expect(am.length).toBeGreaterThan(0);
    expect(am.every((n) => n.assignedManagerId === memberGid('dist-am'))).toBe(true);
    expect(am).toHaveLength(all.filter((n) => n.assignedManagerId === memberGid('dist-am')).length);
    const supervised = [memberGid('dist-ams'), memberGid('dist-am'), memberGid('dist-am2')];
    expect(ams).toHaveLength(all.filter((n) => supervised.includes(n.assignedManagerId ?? '')).length);
    const foreign = all.find((n) => n.assignedManagerId !== memberGid('dist-am'))!;
    const node = await server.execute(LeadNodeDocument, { id: foreign.id }, members['dist-am']);
    expect(node.data?.node).toBeNull();
    const own = await server.execute(LeadNodeDocument, { id: am[0].id }, members['dist-am']);
    expect(own.data?.node).toMatchObject({ id: am[0].id });
  });

  it('refuses members without lead permissions (custom role 运营专员) and members on operator mutations', async () => {
    const list = await server.execute(LeadListDocument, { first: 5 }, members['dist-ops']);
    expect(list.data?.viewer.partner.leads).toBeNull();
    expect(errorCodes(list)).toEqual(['FORBIDDEN']);
    const before = await counts();
    const created = await server.execute(
      LeadCreateDocument,
      { input: { companyName: 'X', contactName: 'Y', phone: '13800000000' } },
      members['dist-ops'],
    );
    expect(errorCodes(created)).toEqual(['FORBIDDEN']);
    const dispatched = await server.execute(
      LeadCompleteCallDocument,
      { input: { id: gid('LeadCallRequest', 1), result: 'CONNECTED' } },
      members['dist-admin'],
    );
    expect(errorCodes(dispatched)).toEqual(['FORBIDDEN']);
    const finance = await server
      .execute(LeadOperatorCallsDocument, { first: 5 }, operators['ops-finance'])
      .then((r) => errorCodes(r));
    expect(finance).toEqual(['FORBIDDEN']);
    expect(await counts()).toEqual(before);
  });
});

describe('a dispatched lead walked to its end', () => {
  it('dispatch → assign → follow up → outbound call → closed, each party through its own token', async () => {
    const lead = await dispatch(server, operators['ops-eco'], {
      partnerId: gid('Partner', DIST),
      companyName: '珠海横琴海洋科技有限公司',
      contactName: '杜明',
      phone: '0086-13512344321',
      region: '广东',
      requirement: '海洋监测数据上云',
    });
    expect(lead).toMatchObject({
      status: 'NEW',
      source: 'CLOUD',
      phone: '13512344321'.replace(/^/, '0086-'),
      assignedManagerId: null,
    });
    const notices = await server.execute(LeadNotificationsDocument, {}, members['dist-admin']);
    const dispatched = notices.data!.viewer.member.notifications!.nodes.find((n) => n.subject === lead.id)!;
    expect(dispatched).toMatchObject({ kind: 'LEAD_DISPATCHED' });
    expect(dispatched.body).toContain('珠海横琴海洋科技有限公司');

    const assigned = await server.execute(
      LeadAssignDocument,
      { input: { id: lead.id, managerId: memberGid('dist-am'), idempotencyKey: 'assign-walk-1' } },
      members['dist-admin'],
    );
    expect(assigned.data!.assignLead.lead).toMatchObject({
      assignedManagerId: memberGid('dist-am'),
      assignedManagerName: '李娜',
      phone: '135****4321',
    });
    const amNotices = await server.execute(LeadNotificationsDocument, {}, members['dist-am']);
    expect(amNotices.data!.viewer.member.notifications!.nodes.find((n) => n.subject === lead.id)).toMatchObject({
      kind: 'LEAD_ASSIGNED',
    });

    const followed = await server.execute(
      LeadFollowUpDocument,
      { input: { id: lead.id, content: '已发邮件介绍方案。' } },
      members['dist-am'],
    );
    expect(followed.data!.followUpLead.lead).toMatchObject({
      status: 'FOLLOWING_UP',
      followUps: [{ content: '已发邮件介绍方案。', memberName: '李娜' }],
    });

    const call = await server.execute(LeadRequestCallDocument, { input: { id: lead.id } }, members['dist-am']);
    const callRequest = call.data!.requestLeadCall.callRequest!;
    expect(callRequest).toMatchObject({ status: 'REQUESTED', lead: { phone: '135****4321' } });
    const again = await server.execute(LeadRequestCallDocument, { input: { id: lead.id } }, members['dist-am']);
    expect(userErrorCodes(again.data!.requestLeadCall.userErrors)).toEqual(['LEAD_CALL_PENDING']);

    const work = await server.execute(
      LeadOperatorCallsDocument,
      { first: 50, filter: { status: 'REQUESTED' } },
      operators['ops-eco'],
    );
    const mine = work.data!.operatorViewer.leadCallRequests!.nodes.find((c) => c.id === callRequest.id)!;
    expect(mine.lead.phone).toBe('0086-13512344321');
    const done = await server.execute(
      LeadCompleteCallDocument,
      { input: { id: callRequest.id, result: 'CONNECTED', note: '已接通' } },
      operators['ops-eco'],
    );
    expect(done.data!.completeLeadCall.callRequest).toMatchObject({ status: 'CONNECTED', resultNote: '已接通' });
    const twice = await server.execute(
      LeadCompleteCallDocument,
      { input: { id: callRequest.id, result: 'NOT_CONNECTED' } },
      operators['ops-eco'],
    );
    expect(userErrorCodes(twice.data!.completeLeadCall.userErrors)).toEqual(['LEAD_CALL_STATUS_INVALID']);

    const noReason = await server.execute(
      LeadFollowUpDocument,
      { input: { id: lead.id, content: '客户暂无预算。', outcome: 'CLOSED' } },
      members['dist-am'],
    );
    expect(userErrorCodes(noReason.data!.followUpLead.userErrors)).toEqual(['LEAD_CLOSE_REASON_REQUIRED']);
    const closed = await server.execute(
      LeadFollowUpDocument,
      { input: { id: lead.id, content: '客户暂无预算。', outcome: 'CLOSED', closeReason: 'NO_DEMAND' } },
      members['dist-am'],
    );
    expect(closed.data!.followUpLead.lead).toMatchObject({
      status: 'CLOSED',
      closeReason: 'NO_DEMAND',
      outcomeNote: '客户暂无预算。',
    });
    const before = await counts();
    const after = await server.execute(
      LeadFollowUpDocument,
      { input: { id: lead.id, content: '再次联系' } },
      members['dist-am'],
    );
    expect(userErrorCodes(after.data!.followUpLead.userErrors)).toEqual(['LEAD_STATUS_INVALID']);
    const reassign = await server.execute(
      LeadAssignDocument,
      { input: { id: lead.id, managerId: memberGid('dist-am2') } },
      members['dist-admin'],
    );
    expect(userErrorCodes(reassign.data!.assignLead.userErrors)).toEqual(['LEAD_STATUS_INVALID']);
    expect(await counts()).toEqual(before);
  });

  it('a lead the account manager creates is its own, converts, and replays with its idempotency key', async () => {
    const input = {
      companyName: '东莞松山湖智能装备',
      contactName: '蔡颖',
      email: 'cai.ying@ssh.example.cn',
      idempotencyKey: 'create-am-1',
    };
    const first = await server.execute(LeadCreateDocument, { input }, members['dist-am']);
    const lead = first.data!.createLead.lead!;
    expect(lead).toMatchObject({
      status: 'NEW',
      source: 'PARTNER',
      assignedManagerId: memberGid('dist-am'),
      email: null,
    });
    const n = await countRows(server, 'lead');
    const replay = await server.execute(LeadCreateDocument, { input }, members['dist-am']);
    expect(replay.data!.createLead.lead!.id).toBe(lead.id);
    expect(await countRows(server, 'lead')).toBe(n);
    const noPhone = await server.execute(LeadRequestCallDocument, { input: { id: lead.id } }, members['dist-am']);
    expect(userErrorCodes(noPhone.data!.requestLeadCall.userErrors)).toEqual(['LEAD_NO_PHONE']);
    const converted = await server.execute(
      LeadFollowUpDocument,
      { input: { id: lead.id, content: '客户已签约。', outcome: 'CONVERTED' } },
      members['dist-am'],
    );
    expect(converted.data!.followUpLead.lead).toMatchObject({ status: 'CONVERTED', closeReason: null });
  });
});

describe('refusals, each its own code, nothing changed', () => {
  const bad = async (token: string, run: () => Promise<string[]>, code: string) => {
    const before = await counts();
    expect(await run()).toEqual([code]);
    expect(await counts()).toEqual(before);
    void token;
  };
  const create =
    (input: Record<string, unknown>, login = 'dist-admin') =>
    async () => {
      const res = await server.execute(
        LeadCreateDocument,
        { input: { companyName: '某公司', contactName: '某人', ...input } as never },
        members[login],
      );
      return userErrorCodes(res.data!.createLead.userErrors);
    };
  it('createLead', async () => {
    const t = members['dist-admin'];
    await bad(t, create({ companyName: ' ', phone: '13800000000' }), 'LEAD_COMPANY_NAME_INVALID');
    await bad(t, create({ contactName: 'x'.repeat(51), phone: '13800000000' }), 'LEAD_CONTACT_NAME_INVALID');
    await bad(t, create({}), 'LEAD_CONTACT_REQUIRED');
    await bad(t, create({ phone: '1380000abcd' }), 'LEAD_PHONE_INVALID');
    await bad(t, create({ email: 'not-an-address' }), 'LEAD_EMAIL_INVALID');
    await bad(t, create({ phone: '13800000000', requirement: 'x'.repeat(501) }), 'LEAD_TEXT_TOO_LONG');
    await bad(
      t,
      create({ phone: '13800000000', assignedManagerId: memberGid('other-dist-am') }),
      'LEAD_MANAGER_INVALID',
    );
    await bad(
      t,
      create({ phone: '13800000000', assignedManagerId: memberGid('dist-am2') }, 'dist-am'),
      'LEAD_MANAGER_INVALID',
    );
  });

  it('assign, follow-up, call and the operator’s steps', async () => {
    const [own] = await sql<{ id: number }>(
      server,
      "select id from lead where partner_id = ? and status = 'NEW' order by id",
      [DIST],
    );
    const [foreign] = await sql<{ id: number }>(server, 'select id from lead where partner_id = ? order by id', [
      OTHER_DIST,
    ]);
    const t = members['dist-admin'];
    const follow = (input: Record<string, unknown>) => async () =>
      userErrorCodes(
        (
          await server.execute(
            LeadFollowUpDocument,
            { input: { id: gid('Lead', own.id), content: '跟进', ...input } as never },
            t,
          )
        ).data!.followUpLead.userErrors,
      );
    await bad(
      t,
      async () =>
        userErrorCodes(
          (
            await server.execute(
              LeadAssignDocument,
              { input: { id: gid('Lead', foreign.id), managerId: memberGid('dist-am') } },
              t,
            )
          ).data!.assignLead.userErrors,
        ),
      'LEAD_NOT_FOUND',
    );
    await bad(t, follow({ content: '' }), 'LEAD_FOLLOW_UP_INVALID');
    await bad(t, follow({ outcome: 'CONVERTED', closeReason: 'OTHER' }), 'LEAD_CLOSE_REASON_UNEXPECTED');
    await bad(
      t,
      async () =>
        userErrorCodes(
          (await server.execute(LeadRequestCallDocument, { input: { id: gid('Lead', foreign.id) } }, t)).data!
            .requestLeadCall.userErrors,
        ),
      'LEAD_NOT_FOUND',
    );
    const op = operators['ops-eco'];
    const [frozen] = await sql<{ id: number }>(server, "select id from partner where status = 'FROZEN' order by id");
    await bad(
      op,
      async () => {
        const res = await server.execute(
          LeadCompleteCallDocument,
          { input: { id: gid('LeadCallRequest', 999_999), result: 'CONNECTED' } },
          op,
        );
        return userErrorCodes(res.data!.completeLeadCall.userErrors);
      },
      'LEAD_CALL_NOT_FOUND',
    );
    await bad(
      op,
      async () => {
        const res = await server.execute(
          (await import('../generated/graphql')).LeadDispatchDocument,
          {
            input: {
              partnerId: gid('Partner', frozen.id),
              companyName: '某公司',
              contactName: '某人',
              phone: '13800000000',
            },
          },
          op,
        );
        return userErrorCodes(res.data!.dispatchLead.userErrors);
      },
      'LEAD_PARTNER_INVALID',
    );
  });
});
