/**
 * 解决方案 (issue 14 item 5; seeds 001/004): the lifecycle 立项完成 → 方案验证完成 → 方案设计中 →
 * 联合销售商品上架中 → 配置器开发中 → 配置器开发完成 walked through the API, each step by its side
 * (the partner's member, the cloud's operator); wrong steps, wrong sides and bad input change nothing.
 */
import { describe, expect, it } from 'vitest';
import {
  ShowcaseCreateSolutionDocument,
  ShowcaseMoveSolutionDocument,
  ShowcaseOperatorSolutionsDocument,
  ShowcaseReviewSolutionDocument,
  ShowcaseSolutionNodeDocument,
  ShowcaseSolutionsDocument,
  type SolutionStatus as Status,
} from '../generated/graphql';
import { Solution } from '../../src/modules/solution/solution.entity';
import { SolutionStatus } from '../../src/modules/solution/solution.enums';
import { DIST, OTHER_DIST } from '../support/demo';
import { errorCodes, userErrorCodes } from '../support/graphql';
import { gid, pk } from '../support/ids';
import { countRows, sql } from '../support/rows';
import { useTestServer, useTokens } from '../support/server';

const server = useTestServer();
const members = useTokens(server, ['dist-admin', 'dist-sa', 'dist-am', 'other-dist-admin']);
const operators = useTokens(server, ['ops-admin', 'ops-eco', 'ops-finance'], 'OPERATOR');
const customers = useTokens(server, ['yunfan-tech'], 'CUSTOMER');

const create = (token: string, input: { name: string; description?: string; idempotencyKey?: string }) =>
  server.execute(ShowcaseCreateSolutionDocument, { input }, token);
const move = (token: string, id: string, to: Status, idempotencyKey?: string) =>
  server.execute(ShowcaseMoveSolutionDocument, { input: { id, to, idempotencyKey } }, token);
const review = (token: string, id: string, to: Status) =>
  server.execute(ShowcaseReviewSolutionDocument, { input: { id, to } }, token);
const statusOf = async (id: string) =>
  (await sql<{ status: string }>(server, 'select status from solution where id = ?', [pk(id)]))[0].status;

describe('the partner’s solutions (方案列表)', () => {
  it('shows one solution in every lifecycle status, with its name and who takes the next step', async () => {
    const res = await server.execute(ShowcaseSolutionsDocument, { first: 100 }, members['dist-sa']);
    expect(res.errors).toBeUndefined();
    const nodes = res.data!.viewer.partner.solutions!.nodes;
    const byStatus = new Map(nodes.map((n) => [n.status, n]));
    expect([...byStatus.keys()].sort()).toEqual([
      'CONFIGURATOR_DEVELOPING',
      'CONFIGURATOR_DONE',
      'DESIGNING',
      'LISTING',
      'PROJECT_APPROVED',
      'VERIFIED',
    ]);
    expect(byStatus.get('PROJECT_APPROVED')).toMatchObject({
      statusName: '立项完成',
      nextStep: { to: 'VERIFIED', by: 'OPERATOR', toName: '方案验证完成' },
    });
    expect(byStatus.get('LISTING')).toMatchObject({
      statusName: '联合销售商品上架中',
      nextStep: { to: 'CONFIGURATOR_DEVELOPING', by: 'PARTNER' },
    });
    expect(byStatus.get('CONFIGURATOR_DONE')!.nextStep).toBeNull();
    const filtered = await server.execute(
      ShowcaseSolutionsDocument,
      { first: 100, status: 'DESIGNING' },
      members['dist-admin'],
    );
    expect(filtered.data!.viewer.partner.solutions!.nodes.map((n) => n.status)).toEqual(['DESIGNING']);
    const detail = await server.execute(
      ShowcaseSolutionNodeDocument,
      { id: byStatus.get('LISTING')!.id },
      members['dist-admin'],
    );
    expect(detail.data!.node).toMatchObject({
      name: byStatus.get('LISTING')!.name,
      partner: { id: gid('Partner', DIST) },
    });
  });

  it('keeps solutions to their partner and point, and pages in the same number of statements', async () => {
    expect(errorCodes(await server.execute(ShowcaseSolutionsDocument, { first: 5 }, members['dist-am']))).toContain(
      'FORBIDDEN',
    );
    const foreign = await server.em().findOneOrFail(Solution, { partner: OTHER_DIST });
    const node = await server.execute(
      ShowcaseSolutionNodeDocument,
      { id: gid('Solution', foreign.id) },
      members['dist-admin'],
    );
    expect(node.data!.node).toBeNull();
    const small = await server.execute(ShowcaseSolutionsDocument, { first: 2 }, members['dist-admin']);
    const large = await server.execute(ShowcaseSolutionsDocument, { first: 6 }, members['dist-admin']);
    expect(large.data!.viewer.partner.solutions!.nodes).toHaveLength(6);
    expect(large.sqlStatements).toBe(small.sqlStatements);
    const opSmall = await server.execute(ShowcaseOperatorSolutionsDocument, { first: 2 }, operators['ops-admin']);
    const opLarge = await server.execute(ShowcaseOperatorSolutionsDocument, { first: 9 }, operators['ops-admin']);
    expect(new Set(opLarge.data!.operatorViewer.solutions!.nodes.map((n) => n.partner.name)).size).toBeGreaterThan(1);
    expect(opLarge.sqlStatements).toBe(opSmall.sqlStatements);
  });
});

describe('the lifecycle (立项 → 配置器开发完成)', () => {
  it('walks a new solution to its end, each step by its side; the wrong side and a skipped step are refused', async () => {
    const created = await create(members['dist-admin'], { name: ' 智慧交通方案 ', description: '信号灯联控' });
    expect(created.data!.createSolution.userErrors).toEqual([]);
    const s = created.data!.createSolution.solution!;
    expect(s).toMatchObject({ name: '智慧交通方案', status: SolutionStatus.PROJECT_APPROVED });
    const id = s.id;
    // The partner cannot verify its own solution, nor skip ahead.
    expect(userErrorCodes((await move(members['dist-admin'], id, 'VERIFIED')).data!.moveSolution.userErrors)).toEqual([
      'SOLUTION_STEP_NOT_YOURS',
    ]);
    expect(userErrorCodes((await move(members['dist-admin'], id, 'DESIGNING')).data!.moveSolution.userErrors)).toEqual([
      'SOLUTION_STATUS_INVALID',
    ]);
    expect(await statusOf(id)).toBe('PROJECT_APPROVED');
    const queue = await server.execute(
      ShowcaseOperatorSolutionsDocument,
      { first: 100, status: 'PROJECT_APPROVED' },
      operators['ops-eco'],
    );
    expect(queue.data!.operatorViewer.solutions!.nodes.map((n) => n.id)).toContain(id);
    expect((await review(operators['ops-eco'], id, 'VERIFIED')).data!.reviewSolution.solution!.status).toBe('VERIFIED');
    // The operator cannot take the partner's design step.
    expect(
      userErrorCodes((await review(operators['ops-eco'], id, 'DESIGNING')).data!.reviewSolution.userErrors),
    ).toEqual(['SOLUTION_STEP_NOT_YOURS']);
    expect((await move(members['dist-admin'], id, 'DESIGNING', 'sol-design')).data!.moveSolution.solution!.status).toBe(
      'DESIGNING',
    );
    // The same key replays the answer; the same step without it is stale.
    expect((await move(members['dist-admin'], id, 'DESIGNING', 'sol-design')).data!.moveSolution.solution!.status).toBe(
      'DESIGNING',
    );
    expect(userErrorCodes((await move(members['dist-admin'], id, 'DESIGNING')).data!.moveSolution.userErrors)).toEqual([
      'SOLUTION_STATUS_INVALID',
    ]);
    expect((await review(operators['ops-admin'], id, 'LISTING')).data!.reviewSolution.solution!.status).toBe('LISTING');
    expect((await move(members['dist-admin'], id, 'CONFIGURATOR_DEVELOPING')).data!.moveSolution.solution!.status).toBe(
      'CONFIGURATOR_DEVELOPING',
    );
    const done = (await move(members['dist-admin'], id, 'CONFIGURATOR_DONE')).data!.moveSolution.solution!;
    expect(done).toMatchObject({ status: 'CONFIGURATOR_DONE', nextStep: null });
    expect(
      userErrorCodes((await review(operators['ops-admin'], id, 'CONFIGURATOR_DONE')).data!.reviewSolution.userErrors),
    ).toEqual(['SOLUTION_STATUS_INVALID']);
    const audit = await sql<{ action: string }>(server, 'select action from audit_log where target = ? order by id', [
      id,
    ]);
    expect(audit.map((a) => a.action)).toEqual([
      'createSolution',
      'reviewSolution',
      'moveSolution',
      'reviewSolution',
      'moveSolution',
      'moveSolution',
    ]);
  });

  it('refuses bad input with its own code and nothing written', async () => {
    const count = await countRows(server, 'solution');
    const codes = async (input: Parameters<typeof create>[1]) =>
      userErrorCodes((await create(members['dist-admin'], input)).data!.createSolution.userErrors);
    expect(await codes({ name: '  ' })).toEqual(['SOLUTION_NAME_INVALID']);
    expect(await codes({ name: '名'.repeat(101) })).toEqual(['SOLUTION_NAME_INVALID']);
    expect(await codes({ name: '新方案', description: 'x'.repeat(1001) })).toEqual(['SOLUTION_DESCRIPTION_TOO_LONG']);
    expect(await codes({ name: '智慧园区一体化方案' })).toEqual(['SOLUTION_NAME_TAKEN']);
    expect(await countRows(server, 'solution')).toBe(count);
    // Another partner may use the same name.
    expect(
      (await create(members['other-dist-admin'], { name: '智慧园区一体化方案' })).data!.createSolution.userErrors,
    ).toEqual([]);
    const foreign = await server
      .em()
      .findOneOrFail(Solution, { partner: OTHER_DIST, status: SolutionStatus.DESIGNING });
    const foreignId = gid('Solution', foreign.id);
    expect(
      userErrorCodes((await move(members['dist-admin'], foreignId, 'LISTING')).data!.moveSolution.userErrors),
    ).toEqual(['SOLUTION_NOT_FOUND']);
    expect(
      userErrorCodes(
        (await review(operators['ops-admin'], gid('Solution', 999_999), 'VERIFIED')).data!.reviewSolution.userErrors,
      ),
    ).toEqual(['SOLUTION_NOT_FOUND']);
    expect(errorCodes(await move(members['dist-admin'], gid('Partner', DIST), 'LISTING'))).toContain('BAD_USER_INPUT');
  });

  it('lets only the right actors in', async () => {
    const count = await countRows(server, 'solution');
    const pending = await server
      .em()
      .findOneOrFail(Solution, { partner: DIST, status: SolutionStatus.PROJECT_APPROVED });
    const id = gid('Solution', pending.id);
    expect(errorCodes(await create(members['dist-sa'], { name: 'SA 方案' }))).toContain('FORBIDDEN');
    expect(errorCodes(await create(customers['yunfan-tech'], { name: '客户方案' }))).toContain('FORBIDDEN');
    expect(errorCodes(await create(operators['ops-admin'], { name: '运营方案' }))).toContain('FORBIDDEN');
    expect(errorCodes(await review(members['dist-admin'], id, 'VERIFIED'))).toContain('FORBIDDEN');
    expect(errorCodes(await review(operators['ops-finance'], id, 'VERIFIED'))).toContain('FORBIDDEN');
    expect(errorCodes(await review(customers['yunfan-tech'], id, 'VERIFIED'))).toContain('FORBIDDEN');
    expect(await countRows(server, 'solution')).toBe(count);
    expect(await statusOf(id)).toBe('PROJECT_APPROVED');
  });
});
