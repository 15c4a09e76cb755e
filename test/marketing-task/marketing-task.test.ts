/**
 * Marketing tasks (营销任务, issue 14 item 3; seed 004): the seeded tasks in every kind and status,
 * read by the admin, account managers and their supervisor in their row scope; a task dispatched by
 * the cloud's operator, told to its account manager, started and completed by it through the API;
 * every refusal with its own code and nothing changed; the expiry job.
 */
import { describe, expect, it } from 'vitest';
import {
  MktDispatchTaskDocument,
  MktHandleTaskDocument,
  MktTaskDetailDocument,
  MktTasksDocument,
  MktTasksWithResourcesDocument,
} from '../generated/graphql';
import { expireMarketingTasks } from '../../src/modules/marketing-task/marketing-task-expiry';
import { MarketingTask } from '../../src/modules/marketing-task/marketing-task.entity';
import { MarketingTaskKind, MarketingTaskStatus } from '../../src/modules/marketing-task/marketing-task.enums';
import { demoMember } from '../../seeds/demo-data';
import { DIST, OTHER_DIST } from '../support/demo';
import { errorCodes, userErrorCodes } from '../support/graphql';
import { gid, pk } from '../support/ids';
import { countRows, sql } from '../support/rows';
import { useTestServer, useTokens } from '../support/server';

const server = useTestServer();
const members = useTokens(server, [
  'dist-admin',
  'dist-am',
  'dist-am2',
  'dist-ams',
  'dist-sa',
  'other-dist-admin',
  'reseller-admin',
]);
const operators = useTokens(server, ['ops-admin', 'ops-finance'], 'OPERATOR');

const DAY = 24 * 3600 * 1000;
const future = (days: number) => new Date(Date.now() + days * DAY).toISOString();

async function tasksOf(login: string) {
  const res = await server.execute(MktTasksDocument, { first: 100 }, members[login]);
  expect(res.errors).toBeUndefined();
  return res.data!.viewer.partner.marketingTasks!;
}

const handle = (login: string, input: Record<string, unknown>) =>
  server.execute(MktHandleTaskDocument, { input: input as never }, members[login]);

/** A customer of dist-am with at least two resources, and those resources. */
async function amCustomerWithResources() {
  const [row] = await sql<{ id: number }>(
    server,
    `select c.id from sub_customer c where c.partner_id = ? and c.account_manager_id = ? and c.unbound_at is null
      and (select count(*) from resource r where r.customer_id = c.id) >= 2 order by c.id limit 1`,
    [DIST, demoMember('dist-am').id],
  );
  const resources = await sql<{ id: number }>(
    server,
    'select id from resource where customer_id = ? order by id limit 2',
    [row.id],
  );
  return {
    customer: gid('SubCustomer', Number(row.id)),
    resources: resources.map((r) => gid('Resource', Number(r.id))),
  };
}

describe('reading marketing tasks (查看销售拓展任务 / 查看大单续订任务)', () => {
  it('shows the admin every kind in every status, each account manager only its own, the supervisor both', async () => {
    const all = await tasksOf('dist-admin');
    const rows = await server.em().find(MarketingTask, { partner: DIST }, { orderBy: { id: 'desc' } });
    expect(all.nodes.map((n) => pk(n.id))).toEqual(rows.map((r) => r.id));
    for (const kind of Object.values(MarketingTaskKind))
      expect(new Set(all.nodes.filter((n) => n.kind === kind).map((n) => n.status))).toEqual(
        new Set(Object.values(MarketingTaskStatus)),
      );
    const am = await tasksOf('dist-am');
    const am2 = await tasksOf('dist-am2');
    expect(am.nodes.every((n) => n.accountManager?.loginName === 'dist-am')).toBe(true);
    expect(am2.nodes.every((n) => n.accountManager?.loginName === 'dist-am2')).toBe(true);
    expect(am.totalCount + am2.totalCount).toBe(all.totalCount);
    expect((await tasksOf('dist-ams')).totalCount).toBe(all.totalCount);
    const done = all.nodes.find((n) => n.status === 'DONE')!;
    expect(done.result).toBeTruthy();
    expect(done.note).toBeTruthy();
    expect(all.nodes.find((n) => n.status === 'PENDING')!.startedAt).toBeNull();
  });

  it('filters by kind, status and customer', async () => {
    const res = await server.execute(
      MktTasksDocument,
      { first: 100, filter: { kind: 'BIG_DEAL_RENEWAL' as never, status: 'PENDING' as never } },
      members['dist-admin'],
    );
    const nodes = res.data!.viewer.partner.marketingTasks!.nodes;
    expect(nodes.length).toBeGreaterThan(0);
    expect(nodes.every((n) => n.kind === 'BIG_DEAL_RENEWAL' && n.status === 'PENDING')).toBe(true);
    const customer = nodes[0].customer!.id;
    const byCustomer = await server.execute(
      MktTasksDocument,
      { first: 100, filter: { customerId: customer } },
      members['dist-admin'],
    );
    expect(byCustomer.data!.viewer.partner.marketingTasks!.nodes.every((n) => n.customer!.id === customer)).toBe(true);
  });

  it('details (查看销售拓展任务明细): a renewal task links the customer’s resources; other scopes get null', async () => {
    const renewal = (await tasksOf('dist-am')).nodes.find((n) => n.kind === 'BIG_DEAL_RENEWAL')!;
    const res = await server.execute(MktTaskDetailDocument, { id: renewal.id }, members['dist-am']);
    const node = res.data!.node as { resources: { id: string }[]; customer: { id: string } };
    expect(node.resources.length).toBeGreaterThan(0);
    const owners = await sql<{ customer_id: number }>(
      server,
      `select distinct customer_id from resource where id in (${node.resources.map(() => '?').join(',')})`,
      node.resources.map((r) => pk(r.id)),
    );
    expect(owners.map((o) => Number(o.customer_id))).toEqual([pk(node.customer.id)]);
    for (const login of ['dist-am2', 'other-dist-admin', 'reseller-admin']) {
      const other = await server.execute(MktTaskDetailDocument, { id: renewal.id }, members[login]);
      expect(other.data?.node ?? null).toBeNull();
    }
    // No marketing-task points (SA specialist): FORBIDDEN on the list.
    const sa = await server.execute(MktTasksDocument, { first: 5 }, members['dist-sa']);
    expect(errorCodes(sa)).toContain('FORBIDDEN');
  });

  it('runs the same number of SQL statements for 2 and 10 tasks (customers, managers, resources batched)', async () => {
    const small = await server.execute(MktTasksWithResourcesDocument, { first: 2 }, members['dist-admin']);
    const large = await server.execute(MktTasksWithResourcesDocument, { first: 10 }, members['dist-admin']);
    expect(large.data!.viewer.partner.marketingTasks!.nodes).toHaveLength(10);
    expect(large.sqlStatements).toBe(small.sqlStatements);
  });
});

describe('the workflow: the cloud dispatches, the account manager handles (处理)', () => {
  it('walks a big-deal renewal task from dispatch to DONE, told to its account manager', async () => {
    const { customer, resources } = await amCustomerWithResources();
    const dispatched = await server.execute(
      MktDispatchTaskDocument,
      {
        input: {
          customerId: customer,
          kind: 'BIG_DEAL_RENEWAL' as never,
          title: '大单续订: 测试任务',
          dueAt: future(10),
          targetAmount: '12000.50',
          resourceIds: resources,
        },
      },
      operators['ops-admin'],
    );
    expect(dispatched.errors).toBeUndefined();
    const task = dispatched.data!.dispatchMarketingTask.task!;
    expect(task).toMatchObject({ status: 'PENDING', targetAmount: { amount: '12000.50' } });
    const told = await sql<{ member_id: number }>(
      server,
      'select member_id from notification where kind = ? and subject = ?',
      ['MARKETING_TASK_ASSIGNED', task.id],
    );
    const recipients = told.map((t) => Number(t.member_id));
    expect(recipients).toContain(demoMember('dist-am').id);
    expect(recipients).toContain(demoMember('dist-admin').id);
    expect(recipients).not.toContain(demoMember('dist-am2').id);
    const detail = await server.execute(MktTaskDetailDocument, { id: task.id }, members['dist-am']);
    expect((detail.data!.node as { resources: { id: string }[] }).resources.map((r) => r.id).sort()).toEqual(
      [...resources].sort(),
    );

    const started = await handle('dist-am', {
      id: task.id,
      action: 'START',
      note: '已联系客户',
      idempotencyKey: 'mkt-start-1',
    });
    expect(started.data!.handleMarketingTask.task).toMatchObject({ status: 'IN_PROGRESS', note: '已联系客户' });
    const replay = await handle('dist-am', {
      id: task.id,
      action: 'START',
      note: '已联系客户',
      idempotencyKey: 'mkt-start-1',
    });
    expect(replay.data!.handleMarketingTask.task).toMatchObject({ status: 'IN_PROGRESS' });
    const again = await handle('dist-am', { id: task.id, action: 'START' });
    expect(userErrorCodes(again.data!.handleMarketingTask.userErrors)).toEqual(['MARKETING_TASK_STATUS_INVALID']);

    const noResult = await handle('dist-am', { id: task.id, action: 'COMPLETE' });
    expect(userErrorCodes(noResult.data!.handleMarketingTask.userErrors)).toEqual(['MARKETING_TASK_RESULT_REQUIRED']);
    const done = await handle('dist-am', {
      id: task.id,
      action: 'COMPLETE',
      result: 'SUCCEEDED',
      note: '客户已续订两年',
    });
    expect(done.data!.handleMarketingTask.task).toMatchObject({
      status: 'DONE',
      result: 'SUCCEEDED',
      note: '客户已续订两年',
      handledBy: { loginName: 'dist-am' },
    });
    const audits = await sql(server, 'select action from audit_log where target = ? order by id', [task.id]);
    expect(audits.map((a) => a.action)).toEqual([
      'dispatchMarketingTask',
      'handleMarketingTask',
      'handleMarketingTask',
    ]);
    const twice = await handle('dist-am', { id: task.id, action: 'COMPLETE', result: 'FAILED' });
    expect(userErrorCodes(twice.data!.handleMarketingTask.userErrors)).toEqual(['MARKETING_TASK_STATUS_INVALID']);
  });

  it('refuses each bad handling with its own code, the task unchanged', async () => {
    const am = (await tasksOf('dist-am')).nodes;
    const pending = am.find((n) => n.status === 'PENDING' && n.kind === 'SALES_EXPANSION')!;
    const expired = am.find((n) => n.status === 'EXPIRED')!;
    const before = await sql(server, 'select * from marketing_task order by id');
    const cases: [string, Record<string, unknown>, string][] = [
      ['dist-am2', { id: pending.id, action: 'START' }, 'MARKETING_TASK_NOT_FOUND'],
      ['other-dist-admin', { id: pending.id, action: 'START' }, 'MARKETING_TASK_NOT_FOUND'],
      ['reseller-admin', { id: pending.id, action: 'START' }, 'MARKETING_TASK_NOT_FOUND'],
      ['dist-am', { id: expired.id, action: 'COMPLETE', result: 'FAILED' }, 'MARKETING_TASK_EXPIRED'],
      ['dist-am', { id: pending.id, action: 'START', result: 'SUCCEEDED' }, 'MARKETING_TASK_RESULT_NOT_ALLOWED'],
      ['dist-am', { id: pending.id, action: 'START', note: 'x'.repeat(501) }, 'MARKETING_TASK_NOTE_TOO_LONG'],
    ];
    for (const [login, input, code] of cases) {
      const res = await handle(login, input);
      expect(userErrorCodes(res.data!.handleMarketingTask.userErrors), `${login} ${code}`).toEqual([code]);
      expect(res.data!.handleMarketingTask.task).toBeNull();
    }
    const sa = await handle('dist-sa', { id: pending.id, action: 'START' });
    expect(errorCodes(sa)).toContain('FORBIDDEN');
    expect(await sql(server, 'select * from marketing_task order by id')).toEqual(before);
  });

  it('refuses each bad dispatch with its own code, and members or other duties entirely; nothing is written', async () => {
    const { customer, resources } = await amCustomerWithResources();
    const [foreign] = await sql<{ id: number }>(
      server,
      'select id from resource where partner_id = ? order by id limit 1',
      [OTHER_DIST],
    );
    const base = { customerId: customer, kind: 'SALES_EXPANSION', title: '扩容', dueAt: future(5) };
    const tasks = await countRows(server, 'marketing_task');
    const cases: [Record<string, unknown>, string][] = [
      [{ ...base, kind: 'BIG_DEAL_RENEWAL' }, 'MARKETING_TASK_RESOURCES_REQUIRED'],
      [
        { ...base, resourceIds: [resources[0], gid('Resource', Number(foreign.id))] },
        'MARKETING_TASK_RESOURCE_NOT_FOUND',
      ],
      [{ ...base, dueAt: new Date(Date.now() - DAY).toISOString() }, 'MARKETING_TASK_DUE_INVALID'],
      [{ ...base, title: '   ' }, 'MARKETING_TASK_TITLE_INVALID'],
      [{ ...base, targetAmount: '-3' }, 'INVALID_AMOUNT'],
      [{ ...base, targetAmount: '100000000.01' }, 'AMOUNT_TOO_LARGE'],
      [{ ...base, customerId: gid('SubCustomer', 999999) }, 'MARKETING_TASK_CUSTOMER_NOT_FOUND'],
    ];
    for (const [input, code] of cases) {
      const res = await server.execute(MktDispatchTaskDocument, { input: input as never }, operators['ops-admin']);
      expect(userErrorCodes(res.data!.dispatchMarketingTask.userErrors), code).toEqual([code]);
    }
    for (const token of [members['dist-admin'], operators['ops-finance']]) {
      const res = await server.execute(MktDispatchTaskDocument, { input: base as never }, token);
      expect(errorCodes(res)).toContain('FORBIDDEN');
    }
    expect(await countRows(server, 'marketing_task')).toBe(tasks);
    expect(await countRows(server, 'marketing_task_resource')).toBeGreaterThan(0);
  });
});

describe('expiry (maintenance job expire-marketing-tasks)', () => {
  it('expires the open tasks past their due date, leaves DONE ones, and the expired ones refuse handling', async () => {
    const em = server.em();
    const open = await em.count(MarketingTask, {
      status: { $in: [MarketingTaskStatus.PENDING, MarketingTaskStatus.IN_PROGRESS] },
    });
    const done = await em.count(MarketingTask, { status: MarketingTaskStatus.DONE });
    const later = new Date(Date.now() + 400 * DAY);
    let expired = 0;
    for (let n = await expireMarketingTasks(em, later, 5); n > 0; n = await expireMarketingTasks(em, later, 5))
      expired += n;
    expect(expired).toBe(open);
    expect(await server.em().count(MarketingTask, { status: MarketingTaskStatus.DONE })).toBe(done);
    const task = (await tasksOf('dist-am')).nodes[0];
    expect(task.status === 'EXPIRED' || task.status === 'DONE').toBe(true);
  });
});
