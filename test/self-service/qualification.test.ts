/**
 * 个人资质 and 项目专员 through HTTP: a member maintains its own qualifications, the partner's
 * members with qualification:view read them while the association lasts (seed 000), the admin
 * applies for a project specialist with a résumé, an operator (ops:program) assesses it and the
 * expert and the admin are notified (SPECIALIST_ASSESSED).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import {
  SelfApplySpecialistDocument,
  SelfAssessSpecialistDocument,
  SelfDeleteQualificationDocument,
  SelfMeDocument,
  SelfMemberQualificationsDocument,
  SelfMembersQualificationsDocument,
  SelfNodeDocument,
  SelfOperatorQueueDocument,
  SelfSaveQualificationDocument,
} from '../generated/graphql';
import { useTestServer, useTokens } from '../support/server';
import { gid, memberGid } from '../support/ids';
import { demoMember } from '../../seeds/demo-data';
import { countRows, sql } from '../support/rows';

const server = useTestServer();
const t = useTokens(server, ['dist-admin', 'dist-am', 'dist-ams', 'dist-sa', 'other-dist-admin']);
let ops: string;
let finance: string;
beforeAll(async () => {
  ops = await server.signIn('ops-admin', undefined, 'OPERATOR');
  finance = await server.signIn('ops-finance', undefined, 'OPERATOR');
});

const codes = (payload: { userErrors: { code: string; field?: string | null }[] }) =>
  payload.userErrors.map((e) => [e.code, e.field ?? null]);
const KIND = (k: string) => k as never;

async function tables() {
  const conn = server.em().getConnection();
  return {
    qualifications: await conn.execute('select * from member_qualification order by id'),
    applications: await conn.execute('select * from specialist_application order by id'),
    notifications: await countRows(server, 'notification'),
    audit: await countRows(server, 'audit_log'),
  };
}

describe('personal qualifications (个人资质)', () => {
  it('a member reads, adds, replaces and removes its own entries', async () => {
    const me = await server.execute(SelfMeDocument, {}, t['dist-am']);
    expect(me.data!.viewer.member.qualifications!.map((q) => q.kind).sort()).toEqual([
      'CERTIFICATE',
      'EMPLOYMENT',
      'PROJECT',
      'TRAINING',
    ]);
    const added = await server.execute(
      SelfSaveQualificationDocument,
      {
        input: {
          kind: KIND('TRAINING'),
          title: ' 容器云高级研修 ',
          organisation: '华为云学院',
          startedOn: '2025-03-03',
          endedOn: '2025-03-07',
        },
      },
      t['dist-am'],
    );
    expect(added.data!.saveMyQualification.userErrors).toEqual([]);
    const id = added.data!.saveMyQualification.qualification!.id;
    expect(added.data!.saveMyQualification.qualification).toMatchObject({
      title: '容器云高级研修',
      endedOn: '2025-03-07',
    });
    const changed = await server.execute(
      SelfSaveQualificationDocument,
      {
        input: { qualificationId: id, kind: KIND('TRAINING'), title: '容器云高级研修 (结业)', startedOn: '2025-03-03' },
      },
      t['dist-am'],
    );
    expect(changed.data!.saveMyQualification.qualification).toMatchObject({
      id,
      title: '容器云高级研修 (结业)',
      endedOn: null,
    });
    const removed = await server.execute(
      SelfDeleteQualificationDocument,
      { input: { qualificationId: id } },
      t['dist-am'],
    );
    expect(removed.data!.deleteMyQualification.userErrors).toEqual([]);
    const after = await server.execute(SelfMeDocument, {}, t['dist-am']);
    expect(after.data!.viewer.member.qualifications).toHaveLength(4);
  });

  it('refuses bad entries and a colleague’s entry, each with its own code, changing nothing', async () => {
    const [colleague] = await sql<{ id: number }>(server, 'select id from member_qualification where member_id = ?', [
      demoMember('dist-sa').id,
    ]);
    const before = await tables();
    const base = { kind: KIND('CERTIFICATE'), title: 'HCIA' };
    const cases: [Record<string, unknown>, string, string][] = [
      [{ title: ' ' }, 'QUALIFICATION_TITLE_INVALID', 'input.title'],
      [{ organisation: 'x'.repeat(201) }, 'QUALIFICATION_TEXT_TOO_LONG', 'input.organisation'],
      [{ description: 'x'.repeat(1001) }, 'QUALIFICATION_TEXT_TOO_LONG', 'input.description'],
      [{ startedOn: '2024-02-30' }, 'QUALIFICATION_DATES_INVALID', 'input.startedOn'],
      [{ startedOn: '2999-01-01' }, 'QUALIFICATION_DATES_INVALID', 'input.startedOn'],
      [{ startedOn: '2024-05-01', endedOn: '2024-04-30' }, 'QUALIFICATION_DATES_INVALID', 'input.endedOn'],
      [
        { qualificationId: gid('MemberQualification', colleague.id) },
        'QUALIFICATION_NOT_FOUND',
        'input.qualificationId',
      ],
    ];
    for (const [extra, code, field] of cases) {
      const res = await server.execute(SelfSaveQualificationDocument, { input: { ...base, ...extra } }, t['dist-am']);
      expect(codes(res.data!.saveMyQualification), code).toEqual([[code, field]]);
    }
    const del = await server.execute(
      SelfDeleteQualificationDocument,
      { input: { qualificationId: gid('MemberQualification', colleague.id) } },
      t['dist-am'],
    );
    expect(codes(del.data!.deleteMyQualification)).toEqual([['QUALIFICATION_NOT_FOUND', 'input.qualificationId']]);
    expect(await tables()).toEqual(before);
  });

  it('shared with members holding qualification:view while the association lasts; never across partners', async () => {
    const read = (login: string, member: string) =>
      server.execute(SelfMemberQualificationsDocument, { id: memberGid(member) }, t[login]);
    const admin = await read('dist-admin', 'dist-am');
    expect((admin.data!.node as { qualifications: unknown[] }).qualifications).toHaveLength(4);
    // 取消关联: the cancelled member's entries are kept but no longer shared.
    const former = await read('dist-admin', 'dist-former');
    expect(former.data!.node).toMatchObject({ status: 'CANCELLED', qualifications: [], specialistApplications: [] });
    const [formerRow] = await sql<{ id: number }>(server, 'select id from member_qualification where member_id = ?', [
      demoMember('dist-former').id,
    ]);
    const formerNode = await server.execute(
      SelfNodeDocument,
      { id: gid('MemberQualification', formerRow.id) },
      t['dist-admin'],
    );
    expect(formerNode.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    // Without qualification:view (the supervisor preset): FORBIDDEN on a colleague, its own always.
    const supervisor = await read('dist-ams', 'dist-am');
    expect(supervisor.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const [amRow] = await sql<{ id: number }>(
      server,
      'select id from member_qualification where member_id = ? limit 1',
      [demoMember('dist-am').id],
    );
    const byNode = await server.execute(SelfNodeDocument, { id: gid('MemberQualification', amRow.id) }, t['dist-ams']);
    expect(byNode.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    const other = await server.execute(
      SelfNodeDocument,
      { id: gid('MemberQualification', amRow.id) },
      t['other-dist-admin'],
    );
    expect(other.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    const otherMember = await read('other-dist-admin', 'dist-am');
    expect(otherMember.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });

  it('the members list with qualifications and applications costs the same statements at two page sizes', async () => {
    const small = await server.execute(SelfMembersQualificationsDocument, { first: 3 }, t['dist-admin']);
    const large = await server.execute(SelfMembersQualificationsDocument, { first: 8 }, t['dist-admin']);
    expect(small.errors).toBeUndefined();
    expect(large.data!.viewer.partner.members!.nodes.length).toBeGreaterThan(3);
    expect(large.sqlStatements).toBe(small.sqlStatements);
    const queue1 = await server.execute(SelfOperatorQueueDocument, { first: 1 }, ops);
    const queue3 = await server.execute(SelfOperatorQueueDocument, { first: 3 }, ops);
    expect(queue3.data!.operatorViewer.specialistApplications!.nodes).toHaveLength(3);
    expect(queue3.sqlStatements).toBe(queue1.sqlStatements);
  });
});

describe('project specialists (申请项目专员) and their assessment', () => {
  const resume = '十年数据中心与云迁移交付经验, 主导三个省级政务云项目, HCIE 认证。';

  it('refuses what cannot be applied for, each with its own code, changing nothing', async () => {
    const before = await tables();
    const cases: [string, string, string][] = [
      ['dist-am', 'SPECIALIST_APPLICATION_OPEN', 'input.memberId'],
      ['dist-sa', 'ALREADY_SPECIALIST', 'input.memberId'],
      ['dist-former', 'MEMBER_NOT_ACTIVE', 'input.memberId'],
      ['other-dist-am', 'MEMBER_NOT_FOUND', 'input.memberId'],
    ];
    for (const [login, code, field] of cases) {
      const res = await server.execute(
        SelfApplySpecialistDocument,
        { input: { memberId: memberGid(login), resume } },
        t['dist-admin'],
      );
      expect(codes(res.data!.applyForProjectSpecialist), code).toEqual([[code, field]]);
    }
    const short = await server.execute(
      SelfApplySpecialistDocument,
      { input: { memberId: memberGid('dist-ams'), resume: '太短' } },
      t['dist-admin'],
    );
    expect(codes(short.data!.applyForProjectSpecialist)).toEqual([['RESUME_INVALID', 'input.resume']]);
    const am = await server.execute(
      SelfApplySpecialistDocument,
      { input: { memberId: memberGid('dist-ams'), resume } },
      t['dist-am'],
    );
    expect(am.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(await tables()).toEqual(before);
  });

  it('walks apply → operator queue → refused assessments → approve → notified; a second assessment is refused', async () => {
    const applied = await server.execute(
      SelfApplySpecialistDocument,
      { input: { memberId: memberGid('dist-ams'), resume, idempotencyKey: 'specialist-dist-ams' } },
      t['dist-admin'],
    );
    expect(applied.data!.applyForProjectSpecialist.userErrors).toEqual([]);
    const application = applied.data!.applyForProjectSpecialist.application!;
    expect(application).toMatchObject({ status: 'SUBMITTED', applicantName: demoMember('dist-ams').displayName });
    // The same key replays the first answer: no second application.
    const replay = await server.execute(
      SelfApplySpecialistDocument,
      { input: { memberId: memberGid('dist-ams'), resume, idempotencyKey: 'specialist-dist-ams' } },
      t['dist-admin'],
    );
    expect(replay.data!.applyForProjectSpecialist.application!.id).toBe(application.id);

    const queue = await server.execute(SelfOperatorQueueDocument, { first: 50, status: KIND('SUBMITTED') }, ops);
    expect(queue.data!.operatorViewer.specialistApplications!.nodes.map((n) => n.id)).toContain(application.id);
    const denied = await server.execute(SelfOperatorQueueDocument, { first: 5 }, finance);
    expect(denied.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');

    const before = await tables();
    const noReason = await server.execute(
      SelfAssessSpecialistDocument,
      { input: { applicationId: application.id, decision: KIND('REJECT') } },
      ops,
    );
    expect(codes(noReason.data!.assessSpecialistApplication)).toEqual([['ASSESSMENT_REQUIRED', 'input.assessment']]);
    const tooLong = await server.execute(
      SelfAssessSpecialistDocument,
      { input: { applicationId: application.id, decision: KIND('APPROVE'), assessment: 'x'.repeat(1001) } },
      ops,
    );
    expect(codes(tooLong.data!.assessSpecialistApplication)).toEqual([['ASSESSMENT_TOO_LONG', 'input.assessment']]);
    const unknown = await server.execute(
      SelfAssessSpecialistDocument,
      { input: { applicationId: gid('SpecialistApplication', 999999), decision: KIND('APPROVE') } },
      ops,
    );
    expect(codes(unknown.data!.assessSpecialistApplication)).toEqual([
      ['SPECIALIST_APPLICATION_NOT_FOUND', 'input.applicationId'],
    ]);
    for (const [token, who] of [
      [finance, 'ops-finance'],
      [t['dist-admin'], 'member'],
    ]) {
      const res = await server.execute(
        SelfAssessSpecialistDocument,
        { input: { applicationId: application.id, decision: KIND('APPROVE') } },
        token,
      );
      expect(res.errors?.[0]?.extensions?.code, who).toBe('FORBIDDEN');
    }
    expect(await tables()).toEqual(before);

    const approved = await server.execute(
      SelfAssessSpecialistDocument,
      { input: { applicationId: application.id, decision: KIND('APPROVE'), assessment: '答辩通过。' } },
      ops,
    );
    expect(approved.data!.assessSpecialistApplication.userErrors).toEqual([]);
    expect(approved.data!.assessSpecialistApplication.application).toMatchObject({
      status: 'APPROVED',
      assessment: '答辩通过。',
    });
    const notices = await sql<{ member_id: number }>(
      server,
      "select member_id from notification where kind = 'SPECIALIST_ASSESSED' and subject = ? order by member_id",
      [application.id],
    );
    expect(notices.map((n) => n.member_id)).toEqual(
      [demoMember('dist-admin').id, demoMember('dist-ams').id].sort((a, b) => a - b),
    );
    const again = await server.execute(
      SelfAssessSpecialistDocument,
      { input: { applicationId: application.id, decision: KIND('REJECT'), assessment: 'late' } },
      ops,
    );
    expect(codes(again.data!.assessSpecialistApplication)).toEqual([
      ['SPECIALIST_APPLICATION_NOT_SUBMITTED', 'input.applicationId'],
    ]);

    // The expert sees its application and the assessment.
    const mine = await server.execute(SelfMeDocument, {}, t['dist-ams']);
    expect(mine.data!.viewer.member.specialistApplications![0]).toMatchObject({
      id: application.id,
      status: 'APPROVED',
    });
  });

  it('an application is read by its partner (admin, the expert) and never across partners or by a colleague without the point', async () => {
    const [row] = await sql<{ id: number }>(server, 'select id from specialist_application where member_id = ?', [
      demoMember('dist-sa').id,
    ]);
    const id = gid('SpecialistApplication', row.id);
    for (const login of ['dist-admin', 'dist-sa'])
      expect((await server.execute(SelfNodeDocument, { id }, t[login])).data?.node, login).toMatchObject({
        status: 'APPROVED',
      });
    for (const login of ['other-dist-admin', 'dist-am']) {
      const res = await server.execute(SelfNodeDocument, { id }, t[login]);
      expect(res.errors?.[0]?.extensions?.code, login).toBe('NOT_FOUND');
      expect(JSON.stringify(res)).not.toContain('APPROVED');
    }
  });

  it('the demo data holds every state of an application', async () => {
    const rows = await sql<{ status: string }>(
      server,
      'select distinct status from specialist_application order by status',
    );
    expect(rows.map((r) => r.status)).toEqual(['APPROVED', 'REJECTED', 'SUBMITTED']);
  });
});
