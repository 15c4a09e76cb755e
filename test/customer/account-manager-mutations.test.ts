import { beforeAll, describe, expect, it } from 'vitest';
import { OrgMutAssignAccountManagerDocument, OrgMutViewerCustomersDocument } from '../generated/graphql';
import { demoMember } from '../../seeds/demo-data';
import { useTestServer } from '../support/server';
import { AuditLog } from '../../src/modules/audit/audit.entity';
import { gid, memberGid } from '../support/ids';
import { errorCodes } from '../support/graphql';
import { countRows, customerNamed } from '../support/rows';

const server = useTestServer();
let admin: string;
beforeAll(async () => {
  admin = await server.signIn('dist-admin');
});

const cid = async (accountName: string) => gid('SubCustomer', (await customerNamed(server, accountName)).id);
const managerOf = async (accountName: string) => (await customerNamed(server, accountName)).accountManager?.id ?? null;

async function tables() {
  const conn = server.em().getConnection();
  return {
    managers: await conn.execute('select id, account_manager_id, version from sub_customer order by id'),
    audit: await countRows(server, 'audit_log'),
  };
}

const assign = (input: { customerIds: string[]; accountManagerId?: string | null }, token = admin) =>
  server.execute(OrgMutAssignAccountManagerDocument, { input }, token);

describe('assignAccountManager', () => {
  it('assigns customers to an account manager, audits each, and the manager sees them on its next request', async () => {
    const am2 = await server.signIn('dist-am2');
    const seenBefore = (await server.execute(OrgMutViewerCustomersDocument, { first: 1 }, am2)).data!.viewer.partner
      .customers!.totalCount;
    const ids = [await cid('xinghe-edu'), await cid('yunfan-tech')];
    expect(await managerOf('xinghe-edu')).toBeNull();
    expect(await managerOf('yunfan-tech')).toBe(demoMember('dist-am').id);

    const res = await assign({ customerIds: ids, accountManagerId: memberGid('dist-am2') });
    expect(res.errors).toBeUndefined();
    expect(res.data!.assignAccountManager).toEqual({
      customers: [
        { id: ids[0], accountName: 'xinghe-edu', accountManager: { id: memberGid('dist-am2'), loginName: 'dist-am2' } },
        {
          id: ids[1],
          accountName: 'yunfan-tech',
          accountManager: { id: memberGid('dist-am2'), loginName: 'dist-am2' },
        },
      ],
      failed: [],
      userErrors: [],
    });
    expect(await managerOf('xinghe-edu')).toBe(demoMember('dist-am2').id);
    expect(await managerOf('yunfan-tech')).toBe(demoMember('dist-am2').id);
    const audit = await server
      .em()
      .find(AuditLog, { action: 'assignAccountManager', target: { $in: ids } }, { orderBy: { id: 'asc' } });
    expect(audit.map((a) => ({ target: a.target, before: a.before, after: a.after, memberId: a.memberId }))).toEqual([
      {
        target: ids[0],
        before: { accountManagerId: null },
        after: { accountManagerId: memberGid('dist-am2') },
        memberId: demoMember('dist-admin').id,
      },
      {
        target: ids[1],
        before: { accountManagerId: memberGid('dist-am') },
        after: { accountManagerId: memberGid('dist-am2') },
        memberId: demoMember('dist-admin').id,
      },
    ]);

    const seenAfter = await server.execute(OrgMutViewerCustomersDocument, { first: 100 }, am2);
    expect(seenAfter.data!.viewer.partner.customers!.totalCount).toBe(seenBefore + 2);
    expect(seenAfter.data!.viewer.partner.customers!.nodes.map((c) => c.accountName)).toEqual(
      expect.arrayContaining(['xinghe-edu', 'yunfan-tech']),
    );
  });

  it('reports foreign, reseller, out-of-scope and unknown customers per item, alike, and assigns the rest', async () => {
    const ids = [
      await cid('northwind-analytics'),
      await cid('woodgrove-finance'),
      await cid('qinghe-health'),
      gid('SubCustomer', 9_999_999),
    ];
    const foreignBefore = await managerOf('woodgrove-finance');
    const res = await assign({ customerIds: ids, accountManagerId: memberGid('dist-am-ops') });
    expect(res.errors).toBeUndefined();
    const payload = res.data!.assignAccountManager;
    expect(payload.customers.map((c) => [c.accountName, c.accountManager?.loginName])).toEqual([
      ['northwind-analytics', 'dist-am-ops'],
    ]);
    expect(payload.userErrors).toEqual([]);
    expect(payload.failed.map((f) => [f.code, f.field])).toEqual([
      ['CUSTOMER_NOT_FOUND', 'input.customerIds[1]'],
      ['CUSTOMER_NOT_FOUND', 'input.customerIds[2]'],
      ['CUSTOMER_NOT_FOUND', 'input.customerIds[3]'],
    ]);
    expect(new Set(payload.failed.map((f) => f.message)).size).toBe(1);
    expect(await managerOf('woodgrove-finance')).toBe(foreignBefore);
    expect(await server.em().count(AuditLog, { action: 'assignAccountManager', target: { $in: ids.slice(1) } })).toBe(
      0,
    );
  });

  it('unassigns with accountManagerId null', async () => {
    const res = await assign({ customerIds: [await cid('xinghe-edu')], accountManagerId: null });
    expect(res.data!.assignAccountManager).toMatchObject({
      customers: [{ accountName: 'xinghe-edu', accountManager: null }],
      failed: [],
      userErrors: [],
    });
    expect(await managerOf('xinghe-edu')).toBeNull();
  });

  it('refuses a manager that is not an active account manager of the partner, with one answer, changing nothing', async () => {
    const before = await tables();
    const ids = [await cid('northwind-analytics')];
    const answers = [];
    for (const manager of [
      memberGid('dist-sa'),
      memberGid('dist-ams'),
      memberGid('other-dist-am'),
      memberGid('dist-former'),
      gid('Member', 999_999),
    ]) {
      const res = await assign({ customerIds: ids, accountManagerId: manager });
      expect(res.errors).toBeUndefined();
      expect(res.data!.assignAccountManager.customers).toEqual([]);
      answers.push(res.data!.assignAccountManager);
    }
    expect(answers[0].userErrors.map((e) => [e.code, e.field])).toEqual([
      ['NOT_AN_ACCOUNT_MANAGER', 'input.accountManagerId'],
    ]);
    for (const a of answers) expect(a).toEqual(answers[0]);
    expect(await tables()).toEqual(before);
  });

  it('is FORBIDDEN without customer:assign-manager (dist-ops, dist-am2) and changes nothing', async () => {
    const before = await tables();
    for (const login of ['dist-ops', 'dist-am2']) {
      const res = await assign(
        { customerIds: [await cid('northwind-analytics')], accountManagerId: memberGid('dist-am2') },
        await server.signIn(login),
      );
      expect(errorCodes(res)).toEqual(['FORBIDDEN']);
      expect(res.data).toBeNull();
    }
    expect(await tables()).toEqual(before);
  });

  it('answers BAD_USER_INPUT for no ids, more than 100, repeats and ids of another type', async () => {
    const before = await tables();
    const one = await cid('northwind-analytics');
    // The list length is checked before any lookup, so synthetic ids do.
    const many = Array.from({ length: 101 }, (_, i) => gid('SubCustomer', i + 1));
    for (const customerIds of [[], many, [one, one], [memberGid('dist-am')]]) {
      expect(
        errorCodes(await assign({ customerIds, accountManagerId: memberGid('dist-am2') })),
        String(customerIds.length),
      ).toEqual(['BAD_USER_INPUT']);
    }
    expect(errorCodes(await assign({ customerIds: [one], accountManagerId: one }))).toEqual(['BAD_USER_INPUT']);
    expect(await tables()).toEqual(before);
  });

  it("an account manager supervisor assigns only its team's customers, and only to managers it supervises", async () => {
    const ams = await server.signIn('dist-ams');
    // yunfan-tech is dist-am2's now (both dist-am and dist-am2 are supervised by dist-ams).
    const moved = await assign(
      { customerIds: [await cid('yunfan-tech')], accountManagerId: memberGid('dist-am') },
      ams,
    );
    expect(moved.data!.assignAccountManager).toMatchObject({
      customers: [{ accountName: 'yunfan-tech', accountManager: { loginName: 'dist-am' } }],
      failed: [],
      userErrors: [],
    });

    const before = await tables();
    const outsideTeam = await assign(
      { customerIds: [await cid('yunfan-tech')], accountManagerId: memberGid('dist-am-ops') },
      ams,
    );
    expect(outsideTeam.data!.assignAccountManager.userErrors.map((e) => [e.code, e.field])).toEqual([
      ['NOT_AN_ACCOUNT_MANAGER', 'input.accountManagerId'],
    ]);
    // northwind-analytics now belongs to dist-am-ops, outside dist-ams's scope.
    const outOfScope = await assign(
      { customerIds: [await cid('northwind-analytics')], accountManagerId: memberGid('dist-am') },
      ams,
    );
    expect(outOfScope.data!.assignAccountManager).toMatchObject({
      customers: [],
      failed: [{ code: 'CUSTOMER_NOT_FOUND', field: 'input.customerIds[0]' }],
    });
    expect(await tables()).toEqual(before);
  });
});
