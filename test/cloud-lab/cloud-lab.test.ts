/**
 * 云实验 (issue 14 item 5; seeds 004 伙伴权益申请): the catalogue, a member applying, an operator
 * approving or rejecting through the API, the usage records and the overview (数据概览, one
 * statement). Bad input and wrong actors change nothing.
 */
import { describe, expect, it } from 'vitest';
import {
  ShowcaseApplyCloudLabDocument,
  ShowcaseCloudLabsDocument,
  ShowcaseHandleCloudLabDocument,
  ShowcaseLabApplicationsDocument,
  ShowcaseOperatorLabApplicationsDocument,
} from '../generated/graphql';
import { CloudLabApplication } from '../../src/modules/cloud-lab/cloud-lab.entity';
import { CloudLabApplicationStatus } from '../../src/modules/cloud-lab/cloud-lab.enums';
import { DIST, OTHER_DIST } from '../support/demo';
import { errorCodes, userErrorCodes } from '../support/graphql';
import { gid, pk } from '../support/ids';
import { countRows, sql } from '../support/rows';
import { useTestServer, useTokens } from '../support/server';

const server = useTestServer();
const members = useTokens(server, ['dist-admin', 'dist-sa', 'dist-am', 'other-dist-admin']);
const operators = useTokens(server, ['ops-admin', 'ops-eco', 'ops-finance'], 'OPERATOR');
const customers = useTokens(server, ['yunfan-tech'], 'CUSTOMER');

const labs = async () => (await server.execute(ShowcaseCloudLabsDocument, {}, members['dist-admin'])).data!.cloudLabs;
const apply = (
  token: string,
  input: { labId: string; purpose: string; plannedHours: number; idempotencyKey?: string },
) => server.execute(ShowcaseApplyCloudLabDocument, { input }, token);
const handle = (token: string, input: { id: string; decision: 'APPROVE' | 'REJECT'; reason?: string }) =>
  server.execute(ShowcaseHandleCloudLabDocument, { input }, token);
const overview = async (token: string) =>
  (await server.execute(ShowcaseLabApplicationsDocument, { first: 100 }, token)).data!.viewer.partner.cloudLabOverview!;

describe('the partner’s cloud labs (申请记录, 数据概览)', () => {
  it('lists every application status with usage, and an overview that adds up', async () => {
    const res = await server.execute(ShowcaseLabApplicationsDocument, { first: 100 }, members['dist-admin']);
    expect(res.errors).toBeUndefined();
    const page = res.data!.viewer.partner.cloudLabApplications!;
    expect(new Set(page.nodes.map((n) => n.status))).toEqual(new Set(['PENDING', 'APPROVED', 'REJECTED']));
    const rows = await server.em().find(CloudLabApplication, { partner: DIST }, { orderBy: { id: 'desc' } });
    expect(page.nodes.map((n) => pk(n.id))).toEqual(rows.map((r) => r.id));
    expect(page.nodes.find((n) => n.status === 'REJECTED')!.rejectionReason).toMatch(/名额/);
    const sessions = page.nodes.flatMap((n) => n.usage);
    expect(sessions.some((u) => u.endedAt === null && u.durationMinutes === 0)).toBe(true);
    const o = res.data!.viewer.partner.cloudLabOverview!;
    expect(o.total).toBe(rows.length);
    expect(o.pending + o.approved + o.rejected).toBe(o.total);
    expect(o.sessions).toBe(sessions.length);
    expect(o.usedMinutes).toBe(page.nodes.reduce((s, n) => s + n.usedMinutes, 0));
    expect(o.usedHours).toBe(Math.round((o.usedMinutes / 60) * 100) / 100);
  });

  it('reads the overview in one statement and a page in the same number for 2 and 5 applications', async () => {
    const small = await server.execute(ShowcaseLabApplicationsDocument, { first: 2 }, members['dist-admin']);
    const large = await server.execute(ShowcaseLabApplicationsDocument, { first: 5 }, members['dist-admin']);
    expect(large.data!.viewer.partner.cloudLabApplications!.nodes).toHaveLength(5);
    expect(large.sqlStatements).toBe(small.sqlStatements);
    const opSmall = await server.execute(ShowcaseOperatorLabApplicationsDocument, { first: 2 }, operators['ops-admin']);
    const opLarge = await server.execute(ShowcaseOperatorLabApplicationsDocument, { first: 8 }, operators['ops-admin']);
    expect(opLarge.data!.operatorViewer.cloudLabApplications!.nodes).toHaveLength(8);
    expect(opLarge.sqlStatements).toBe(opSmall.sqlStatements);
    const only = await server.execute(
      'query { viewer { partner { cloudLabOverview { total usedMinutes } } } }',
      {},
      members['dist-admin'],
    );
    const base = await server.execute('query { viewer { partner { id } } }', {}, members['dist-admin']);
    expect(only.sqlStatements - base.sqlStatements).toBe(1);
  });

  it('keeps applications to their partner and point: account manager FORBIDDEN, other partner’s ids null', async () => {
    expect(
      errorCodes(await server.execute(ShowcaseLabApplicationsDocument, { first: 5 }, members['dist-am'])),
    ).toContain('FORBIDDEN');
    const foreign = await server.em().findOneOrFail(CloudLabApplication, { partner: OTHER_DIST });
    const node = await server.execute(
      'query($id: ID!) { node(id: $id) { id } }',
      { id: gid('CloudLabApplication', foreign.id) },
      members['dist-admin'],
    );
    expect(node.data).toEqual({ node: null });
    const theirs = await server.execute(ShowcaseLabApplicationsDocument, { first: 100 }, members['other-dist-admin']);
    const ours = await server.em().find(CloudLabApplication, { partner: DIST });
    const seen = theirs.data!.viewer.partner.cloudLabApplications!.nodes.map((n) => pk(n.id));
    for (const a of ours) expect(seen).not.toContain(a.id);
  });
});

describe('applying and deciding (申请云实验 → 审批)', () => {
  it('walks an application to APPROVED and another to REJECTED, the applicant notified each time', async () => {
    const [lab] = (await labs()).filter((l) => l.code === 'LAB-SEC-05');
    const before = await overview(members['dist-admin']);
    const applied = await apply(members['dist-admin'], { labId: lab.id, purpose: ' 客户安全评估 ', plannedHours: 2 });
    expect(applied.data!.applyCloudLab.userErrors).toEqual([]);
    const app = applied.data!.applyCloudLab.application!;
    expect(app).toMatchObject({ status: 'PENDING', purpose: '客户安全评估', plannedHours: 2, handledAt: null });
    expect(await overview(members['dist-admin'])).toMatchObject({
      total: before.total + 1,
      pending: before.pending + 1,
    });

    const queue = await server.execute(
      ShowcaseOperatorLabApplicationsDocument,
      { first: 100, filter: { status: 'PENDING' } },
      operators['ops-eco'],
    );
    expect(queue.data!.operatorViewer.cloudLabApplications!.nodes.map((n) => n.id)).toContain(app.id);
    const notes = await countRows(server, 'notification');
    const approved = await handle(operators['ops-eco'], { id: app.id, decision: 'APPROVE' });
    expect(approved.data!.handleCloudLabApplication.application!.status).toBe('APPROVED');
    expect(await countRows(server, 'notification')).toBe(notes + 1);
    const [note] = await sql<{ kind: string; member_id: number }>(
      server,
      'select kind, member_id from notification order by id desc limit 1',
    );
    expect(note).toMatchObject({ kind: 'PROGRAM_APPLICATION_HANDLED', member_id: 1 });
    // A second decision (another operator, a retry) changes nothing.
    const again = await handle(operators['ops-admin'], { id: app.id, decision: 'REJECT', reason: '重复' });
    expect(userErrorCodes(again.data!.handleCloudLabApplication.userErrors)).toEqual(['CLOUD_LAB_APPLICATION_HANDLED']);
    expect(await countRows(server, 'notification')).toBe(notes + 1);

    const rds = (await labs()).find((l) => l.code === 'LAB-DB-02')!;
    const second = (await apply(members['dist-admin'], { labId: rds.id, purpose: '培训', plannedHours: 1 })).data!
      .applyCloudLab.application!;
    const noReason = await handle(operators['ops-admin'], { id: second.id, decision: 'REJECT', reason: '  ' });
    expect(userErrorCodes(noReason.data!.handleCloudLabApplication.userErrors)).toEqual(['CLOUD_LAB_REASON_REQUIRED']);
    const tooLong = await handle(operators['ops-admin'], {
      id: second.id,
      decision: 'REJECT',
      reason: '长'.repeat(201),
    });
    expect(userErrorCodes(tooLong.data!.handleCloudLabApplication.userErrors)).toEqual(['CLOUD_LAB_REASON_TOO_LONG']);
    const rejected = await handle(operators['ops-admin'], { id: second.id, decision: 'REJECT', reason: '名额已满' });
    expect(rejected.data!.handleCloudLabApplication.application).toMatchObject({
      status: 'REJECTED',
      rejectionReason: '名额已满',
    });
    const audit = await sql<{ action: string }>(
      server,
      "select action from audit_log where action in ('applyCloudLab', 'handleCloudLabApplication')",
    );
    expect(audit.length).toBeGreaterThanOrEqual(4);
  });

  it('refuses each bad application with its own code and nothing written; a key replays', async () => {
    const all = await labs();
    const lab = all.find((l) => l.code === 'LAB-NET-04')!;
    const count = await countRows(server, 'cloud_lab_application');
    const codes = async (input: Parameters<typeof apply>[1]) =>
      userErrorCodes((await apply(members['dist-admin'], input)).data!.applyCloudLab.userErrors);
    expect(await codes({ labId: gid('CloudLab', 999), purpose: 'x', plannedHours: 1 })).toEqual([
      'CLOUD_LAB_NOT_FOUND',
    ]);
    expect(await codes({ labId: lab.id, purpose: '   ', plannedHours: 1 })).toEqual(['CLOUD_LAB_PURPOSE_INVALID']);
    expect(await codes({ labId: lab.id, purpose: 'x'.repeat(201), plannedHours: 1 })).toEqual([
      'CLOUD_LAB_PURPOSE_INVALID',
    ]);
    expect(await codes({ labId: lab.id, purpose: 'x', plannedHours: 0 })).toEqual(['CLOUD_LAB_HOURS_OUT_OF_RANGE']);
    expect(await codes({ labId: lab.id, purpose: 'x', plannedHours: lab.maxHours + 1 })).toEqual([
      'CLOUD_LAB_HOURS_OUT_OF_RANGE',
    ]);
    expect(await countRows(server, 'cloud_lab_application')).toBe(count);
    const first = await apply(members['dist-admin'], {
      labId: lab.id,
      purpose: 'x',
      plannedHours: 1,
      idempotencyKey: 'lab-net-1',
    });
    const replay = await apply(members['dist-admin'], {
      labId: lab.id,
      purpose: 'x',
      plannedHours: 1,
      idempotencyKey: 'lab-net-1',
    });
    expect(replay.data!.applyCloudLab.application!.id).toBe(first.data!.applyCloudLab.application!.id);
    expect(await codes({ labId: lab.id, purpose: 'y', plannedHours: 1 })).toEqual(['CLOUD_LAB_ALREADY_PENDING']);
    expect(await countRows(server, 'cloud_lab_application')).toBe(count + 1);
  });

  it('lets only the right actors in: no cloud-lab:apply, customers, members deciding, finance operators', async () => {
    const [lab] = await labs();
    const count = await countRows(server, 'cloud_lab_application');
    expect(errorCodes(await apply(members['dist-am'], { labId: lab.id, purpose: 'x', plannedHours: 1 }))).toContain(
      'FORBIDDEN',
    );
    expect(
      errorCodes(await apply(customers['yunfan-tech'], { labId: lab.id, purpose: 'x', plannedHours: 1 })),
    ).toContain('FORBIDDEN');
    expect(errorCodes(await apply(operators['ops-admin'], { labId: lab.id, purpose: 'x', plannedHours: 1 }))).toContain(
      'FORBIDDEN',
    );
    const pending = await server
      .em()
      .findOneOrFail(CloudLabApplication, { partner: DIST, status: CloudLabApplicationStatus.PENDING });
    const id = gid('CloudLabApplication', pending.id);
    expect(errorCodes(await handle(members['dist-admin'], { id, decision: 'APPROVE' }))).toContain('FORBIDDEN');
    expect(errorCodes(await handle(operators['ops-finance'], { id, decision: 'APPROVE' }))).toContain('FORBIDDEN');
    expect(errorCodes(await handle(customers['yunfan-tech'], { id, decision: 'APPROVE' }))).toContain('FORBIDDEN');
    expect(await countRows(server, 'cloud_lab_application')).toBe(count);
    const [row] = await sql<{ status: string }>(server, 'select status from cloud_lab_application where id = ?', [
      pending.id,
    ]);
    expect(row.status).toBe('PENDING');
  });
});
