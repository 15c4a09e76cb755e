/**
 * The distribution-program application (分销计划申请, seed 001): the partner applies, each refusal its
 * own code with nothing changed (欠费, 企业主账号/子账号, 信用账户, identity, pending, joined); the
 * cloud's operator rejects with a reason or approves, and the applicant is notified
 * (PROGRAM_APPLICATION_HANDLED). Approval makes the solution provider a distributor.
 */
import { describe, expect, it } from 'vitest';
import { demoMember } from '../../seeds/demo-data';
import { SP } from '../support/demo';
import { type Membership, PROGRAMS_QUERY, RESELLER_INVITATIONS_QUERY, programMutation } from '../support/programs';
import { countRows, sql } from '../support/rows';
import { useTestServer, useTokens } from '../support/server';

const server = useTestServer();
const members = useTokens(server, [
  'sp-admin',
  'sp-am',
  'dist-admin',
  'reseller2-admin',
  'other-reseller-admin',
  'restricted-reseller-admin',
]);
const operators = useTokens(server, ['ops-eco', 'ops-finance'], 'OPERATOR');

const apply = (login: string, businessInfo: string, idempotencyKey?: string) =>
  programMutation(server, 'applyForDistributionProgram', { businessInfo, idempotencyKey }, members[login]);

const handle = (applicationId: string, approve: boolean, reason?: string, token = operators['ops-eco']) =>
  programMutation(server, 'handleProgramApplication', { applicationId, approve, reason }, token);

const handledNotices = (login: string) =>
  sql<{ title: string; subject: string }>(
    server,
    "select title, subject from notification where member_id = ? and kind = 'PROGRAM_APPLICATION_HANDLED' order by id",
    [demoMember(login).id],
  );

describe('applying (加入分销计划(总经销商))', () => {
  it('refuses each account fact and identity with its own code, nothing filed', async () => {
    const before = await countRows(server, 'program_application');
    const cases: [string, string, string][] = [
      ['reseller2-admin', 'x', 'PROGRAM_ACCOUNT_IN_ARREARS'],
      ['other-reseller-admin', 'x', 'PROGRAM_ENTERPRISE_ACCOUNT'],
      ['restricted-reseller-admin', 'x', 'PROGRAM_CREDIT_ACCOUNT'],
      ['dist-admin', 'x', 'PROGRAM_APPLICANT_IDENTITY'],
      ['sp-admin', '   ', 'PROGRAM_BUSINESS_INFO_INVALID'],
      ['sp-admin', 'x'.repeat(501), 'PROGRAM_BUSINESS_INFO_INVALID'],
    ];
    for (const [login, info, code] of cases) {
      const { codes } = await apply(login, info);
      expect(codes, `${login} ${code}`).toEqual([code]);
    }
    expect(await countRows(server, 'program_application')).toBe(before);
    const am = await apply('sp-am', 'x');
    expect(am.errors).toEqual(['FORBIDDEN']);
  });

  it('walks apply → reject with a reason → apply again → approve: the partner becomes a distributor', async () => {
    const first = await apply('sp-admin', '面向制造业的 AI 解决方案与华南 12 家渠道。', 'apply-1');
    expect(first.codes).toEqual([]);
    const application = first.payload!.application as { id: string; status: string };
    expect(application.status).toBe('PENDING');
    expect((await apply('sp-admin', 'again')).codes).toEqual(['PROGRAM_APPLICATION_PENDING']);
    const replay = await apply('sp-admin', '面向制造业的 AI 解决方案与华南 12 家渠道。', 'apply-1');
    expect(replay.payload!.application).toEqual(first.payload!.application);

    // Operators only, with ops:program; a rejection needs a reason.
    expect((await handle(application.id, false, undefined, members['dist-admin'])).errors).toEqual(['FORBIDDEN']);
    expect((await handle(application.id, true, undefined, operators['ops-finance'])).errors).toEqual(['FORBIDDEN']);
    expect((await handle(application.id, false)).codes).toEqual(['PROGRAM_REASON_REQUIRED']);
    expect((await handle(application.id, false, 'x'.repeat(501))).codes).toEqual(['PROGRAM_REASON_TOO_LONG']);

    const rejected = await handle(application.id, false, '请补充服务能力说明。');
    expect(rejected.payload!.application).toMatchObject({ status: 'REJECTED', reason: '请补充服务能力说明。' });
    expect((await handle(application.id, true)).codes).toEqual(['PROGRAM_APPLICATION_HANDLED']);
    expect((await handledNotices('sp-admin')).at(-1)!.title).toMatch(/rejected/);

    const second = await apply('sp-admin', '补充:自有 20 人交付团队。');
    const id = (second.payload!.application as { id: string }).id;
    const approved = await handle(id, true);
    expect(approved.codes).toEqual([]);
    expect(approved.payload!.application).toMatchObject({ status: 'APPROVED', reason: null });
    const notices = await handledNotices('sp-admin');
    expect(notices.at(-1)).toMatchObject({ subject: id });
    expect(notices.at(-1)!.title).toMatch(/approved/);

    const [row] = await sql<{ identity: string }>(server, 'select identity from partner where id = ?', [SP]);
    expect(row.identity).toBe('DISTRIBUTOR');
    const token = await server.signIn('sp-admin');
    const res = await server.execute<
      { viewer: { partner: { identity: string; programMemberships: { nodes: Membership[] } } } },
      unknown
    >(PROGRAMS_QUERY, { first: 20 }, token);
    expect(res.data!.viewer.partner.identity).toBe('DISTRIBUTOR');
    const statuses = res.data!.viewer.partner.programMemberships.nodes.map((m) => `${m.kind}:${m.status}`).sort();
    expect(statuses).toEqual(['DISTRIBUTION_DISTRIBUTOR:ACTIVE', 'SOFTWARE_PATH:ACTIVE', 'SOLUTION_PROVIDER:EXPIRED']);
    // The administrator's preset role now holds the distributor's points: it sees reseller invitations.
    const invitations = await server.execute<unknown, unknown>(RESELLER_INVITATIONS_QUERY, { first: 5 }, token);
    expect(invitations.errors).toBeUndefined();
    // Now a distributor: applying again is refused for its identity.
    expect((await apply('sp-admin', 'x')).codes).toEqual(['PROGRAM_APPLICANT_IDENTITY']);
  });

  it('the operator’s work list filters by status', async () => {
    const res = await server.execute<
      { operatorViewer: { programApplications: { nodes: { status: string; partner: { name: string } }[] } } },
      unknown
    >(
      '{ operatorViewer { programApplications(first: 50, filter: { status: APPROVED }) { nodes { status partner { name } } } } }',
      {},
      operators['ops-eco'],
    );
    expect(res.errors).toBeUndefined();
    const nodes = res.data!.operatorViewer.programApplications.nodes;
    expect(nodes.length).toBeGreaterThan(0);
    expect(new Set(nodes.map((n) => n.status))).toEqual(new Set(['APPROVED']));
  });
});
