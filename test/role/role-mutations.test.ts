import { beforeAll, describe, expect, it } from 'vitest';
import {
  OrgMutAssignMemberRolesDocument,
  OrgMutCreateRoleDocument,
  OrgMutDeleteRoleDocument,
  OrgMutInviteMemberDocument,
  OrgMutUpdateRoleDocument,
  OrgMutViewerMembersDocument,
} from '../generated/graphql';
import { OPERATIONS_ROLE, demoMember } from '../../seeds/demo-data';
import { useTestServer } from '../support/server';
import { AuditLog } from '../../src/modules/audit/audit.entity';
import { MemberRole } from '../../src/modules/member/member.entity';
import { InvitationChannel } from '../../src/modules/member/member.enums';
import { Role } from '../../src/modules/role/role.entity';
import { PresetRole } from '../../src/modules/role/role.enums';
import { PartnerIdentity } from '../../src/modules/partner/partner.enums';
import {
  MAX_CUSTOM_ROLES_PER_PARTNER,
  customRolePermissions,
  defaultPermissionCodes,
  type PermissionCode,
} from '../../src/permissions';
import { DIST, OTHER_DIST, RESELLER1, SP } from '../support/demo';
import { errorCodes } from '../support/graphql';
import { auditOf, countRows, roleOf } from '../support/rows';
import { gid } from '../support/ids';

const server = useTestServer();
let admin: string;
beforeAll(async () => {
  admin = await server.signIn('dist-admin');
});

const rid = (r: Role) => gid('Role', r.id);

/** Everything the role mutations can write; denied and failed calls must leave it as it was. */
async function tables() {
  const conn = server.em().getConnection();
  return {
    roles: await conn.execute('select id, partner_id, name, description, permission_codes from role order by id'),
    memberRoles: await conn.execute('select member_id, role_id from member_role order by id'),
    audit: await countRows(server, 'audit_log'),
  };
}

describe('createRole', () => {
  it('creates a custom role with the default permissions added, and audits it', async () => {
    const codes: PermissionCode[] = ['funds:records', 'customer:list'];
    const res = await server.execute(
      OrgMutCreateRoleDocument,
      { input: { name: '  审计 Auditor  ', description: 'Reads fund records.', permissionCodes: codes } },
      admin,
    );
    expect(res.errors).toBeUndefined();
    const payload = res.data!.createRole;
    expect(payload.userErrors).toEqual([]);
    const stored = await roleOf(server, DIST, { name: '审计 Auditor' });
    const expectedCodes = customRolePermissions(PartnerIdentity.DISTRIBUTOR, codes);
    expect(stored.presetKey).toBeNull();
    expect(stored.permissionCodes).toEqual(expectedCodes);
    expect(expectedCodes).toEqual(expect.arrayContaining(defaultPermissionCodes(PartnerIdentity.DISTRIBUTOR)));
    expect(payload.role).toEqual({
      id: rid(stored),
      name: '审计 Auditor',
      description: 'Reads fund records.',
      presetKey: null,
      isCustom: true,
      memberCount: 0,
      permissions: expectedCodes.map((code) => ({ code })),
    });
    const audit = await auditOf(server, 'createRole', rid(stored));
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({
      partnerId: DIST,
      memberId: demoMember('dist-admin').id,
      before: null,
      after: {
        name: '审计 Auditor',
        presetKey: null,
        description: 'Reads fund records.',
        permissionCodes: expectedCodes,
      },
    });
    expect(audit[0].requestId).toBe(res.headers.get('x-request-id'));
  });

  it('is FORBIDDEN without org:role-manage (dist-ops, dist-am), and writes nothing', async () => {
    const before = await tables();
    for (const login of ['dist-ops', 'dist-am']) {
      const res = await server.execute(
        OrgMutCreateRoleDocument,
        { input: { name: `Sneaky ${login}`, permissionCodes: [] } },
        await server.signIn(login),
      );
      expect(errorCodes(res)).toEqual(['FORBIDDEN']);
      expect(res.data).toBeNull();
    }
    expect(await tables()).toEqual(before);
  });

  it('refuses bad names, unknown, identity-foreign and ADMIN-only codes with user errors; too many codes is BAD_USER_INPUT', async () => {
    const before = await tables();
    const cases: [Record<string, unknown>, string, { code: string; field: string | null }[]][] = [
      [{ name: '   ', permissionCodes: [] }, admin, [{ code: 'ROLE_NAME_INVALID', field: 'input.name' }]],
      [{ name: 'x'.repeat(65), permissionCodes: [] }, admin, [{ code: 'ROLE_NAME_INVALID', field: 'input.name' }]],
      [
        { name: 'Long text', description: 'd'.repeat(501), permissionCodes: [] },
        admin,
        [{ code: 'ROLE_DESCRIPTION_TOO_LONG', field: 'input.description' }],
      ],
      [
        { name: 'Fly', permissionCodes: ['customer:list', 'customer:fly'] },
        admin,
        [{ code: 'UNKNOWN_PERMISSION', field: 'input.permissionCodes[1]' }],
      ],
      [
        { name: 'Unbinder', permissionCodes: ['customer:association'] },
        admin,
        [{ code: 'PERMISSION_ADMIN_ONLY', field: 'input.permissionCodes[0]' }],
      ],
      [
        { name: 'Resellers', permissionCodes: ['reseller:list'] },
        await server.signIn('sp-admin'),
        [{ code: 'PERMISSION_NOT_ALLOWED_FOR_IDENTITY', field: 'input.permissionCodes[0]' }],
      ],
      [{ name: OPERATIONS_ROLE.name, permissionCodes: [] }, admin, [{ code: 'ROLE_NAME_TAKEN', field: 'input.name' }]],
      [
        { name: (await roleOf(server, DIST, { presetKey: PresetRole.ADMIN })).name, permissionCodes: [] },
        admin,
        [{ code: 'ROLE_NAME_TAKEN', field: 'input.name' }],
      ],
      [
        { name: '', permissionCodes: ['nope'] },
        admin,
        [
          { code: 'ROLE_NAME_INVALID', field: 'input.name' },
          { code: 'UNKNOWN_PERMISSION', field: 'input.permissionCodes[0]' },
        ],
      ],
    ];
    for (const [input, token, expected] of cases) {
      const res = await server.execute(OrgMutCreateRoleDocument, { input: input as never }, token);
      expect(res.errors, JSON.stringify(input)).toBeUndefined();
      expect(res.data!.createRole.role).toBeNull();
      expect(
        res.data!.createRole.userErrors.map(({ code, field }) => ({ code, field })),
        JSON.stringify(input).slice(0, 80),
      ).toEqual(expected);
    }
    const tooMany = await server.execute(
      OrgMutCreateRoleDocument,
      { input: { name: 'Many', permissionCodes: Array.from({ length: 101 }, () => 'customer:list') } },
      admin,
    );
    expect(errorCodes(tooMany)).toEqual(['BAD_USER_INPUT']);
    expect(await tables()).toEqual(before);
  });
});

describe('updateRole', () => {
  it('renames and re-permissions a custom role; default points stay without an error; audited with before and after', async () => {
    const created = await server.execute(
      OrgMutCreateRoleDocument,
      { input: { name: 'Order desk', permissionCodes: ['order:view'] } },
      admin,
    );
    const roleId = created.data!.createRole.role!.id;
    const res = await server.execute(
      OrgMutUpdateRoleDocument,
      {
        input: {
          roleId,
          name: 'Order desk 订单',
          description: 'Orders on behalf.',
          permissionCodes: ['order:view', 'order:manage'],
        },
      },
      admin,
    );
    expect(res.errors).toBeUndefined();
    expect(res.data!.updateRole.userErrors).toEqual([]);
    const expected = customRolePermissions(PartnerIdentity.DISTRIBUTOR, ['order:view', 'order:manage']);
    expect(res.data!.updateRole.role).toMatchObject({
      id: roleId,
      name: 'Order desk 订单',
      description: 'Orders on behalf.',
      permissions: expected.map((code) => ({ code })),
    });
    const stored = await roleOf(server, DIST, { name: 'Order desk 订单' });
    expect(stored.permissionCodes).toEqual(expected);
    const audit = await auditOf(server, 'updateRole', roleId);
    expect(audit).toHaveLength(1);
    expect(audit[0].before).toMatchObject({
      name: 'Order desk',
      description: null,
      permissionCodes: customRolePermissions(PartnerIdentity.DISTRIBUTOR, ['order:view']),
    });
    expect(audit[0].after).toMatchObject({
      name: 'Order desk 订单',
      description: 'Orders on behalf.',
      permissionCodes: expected,
    });

    // An empty list keeps exactly the defaults; the client is not told anything failed.
    const emptied = await server.execute(OrgMutUpdateRoleDocument, { input: { roleId, permissionCodes: [] } }, admin);
    expect(emptied.data!.updateRole.userErrors).toEqual([]);
    expect(emptied.data!.updateRole.role!.permissions.map((p) => p.code)).toEqual(
      defaultPermissionCodes(PartnerIdentity.DISTRIBUTOR),
    );
    expect(emptied.data!.updateRole.role!.name).toBe('Order desk 订单');
  });

  it("takes effect on the holders' very next request", async () => {
    const ops = await server.signIn('dist-ops');
    const operations = await roleOf(server, DIST, { name: OPERATIONS_ROLE.name });
    const refused = await server.execute(OrgMutViewerMembersDocument, {}, ops);
    expect(errorCodes(refused)).toEqual(['FORBIDDEN']);

    const granted = await server.execute(
      OrgMutUpdateRoleDocument,
      { input: { roleId: rid(operations), permissionCodes: [...OPERATIONS_ROLE.permissions, 'org:member-view'] } },
      admin,
    );
    expect(granted.data!.updateRole.userErrors).toEqual([]);
    const allowed = await server.execute(OrgMutViewerMembersDocument, {}, ops);
    expect(allowed.errors).toBeUndefined();
    expect(allowed.data!.viewer.permissions).toContain('org:member-view');
    expect(allowed.data!.viewer.partner.members!.totalCount).toBeGreaterThan(0);

    const revoked = await server.execute(
      OrgMutUpdateRoleDocument,
      { input: { roleId: rid(operations), permissionCodes: [...OPERATIONS_ROLE.permissions] } },
      admin,
    );
    expect(revoked.data!.updateRole.userErrors).toEqual([]);
    expect(errorCodes(await server.execute(OrgMutViewerMembersDocument, {}, ops))).toEqual(['FORBIDDEN']);
  });

  it("refuses preset roles, other partners' roles (like unknown ones) and bad input; denies members without org:role-manage", async () => {
    const before = await tables();
    const adminRole = await roleOf(server, DIST, { presetKey: PresetRole.ADMIN });
    const foreign = await roleOf(server, OTHER_DIST, { presetKey: null });
    const operations = await roleOf(server, DIST, { name: OPERATIONS_ROLE.name });
    const cases: [Record<string, unknown>, { code: string; field: string }][] = [
      [
        { roleId: rid(adminRole), name: 'Boss' },
        { code: 'PRESET_ROLE_READ_ONLY', field: 'input.roleId' },
      ],
      [
        { roleId: rid(foreign), name: 'Mine now' },
        { code: 'ROLE_NOT_FOUND', field: 'input.roleId' },
      ],
      [
        { roleId: gid('Role', 999_999), name: 'Ghost' },
        { code: 'ROLE_NOT_FOUND', field: 'input.roleId' },
      ],
      [
        { roleId: rid(operations), name: ' ' },
        { code: 'ROLE_NAME_INVALID', field: 'input.name' },
      ],
      [
        { roleId: rid(operations), name: (await roleOf(server, DIST, { presetKey: PresetRole.SA_SPECIALIST })).name },
        { code: 'ROLE_NAME_TAKEN', field: 'input.name' },
      ],
      [
        { roleId: rid(operations), permissionCodes: ['customer:association'] },
        { code: 'PERMISSION_ADMIN_ONLY', field: 'input.permissionCodes[0]' },
      ],
    ];
    for (const [input, expected] of cases) {
      const res = await server.execute(OrgMutUpdateRoleDocument, { input: input as never }, admin);
      expect(res.data!.updateRole.role).toBeNull();
      expect(res.data!.updateRole.userErrors.map(({ code, field }) => ({ code, field }))).toEqual([expected]);
    }
    // The foreign role and an unknown one answer with the same message too.
    const [a, b] = await Promise.all(
      [rid(foreign), gid('Role', 999_999)].map((roleId) =>
        server.execute(OrgMutUpdateRoleDocument, { input: { roleId, name: 'x' } }, admin),
      ),
    );
    expect(a.data!.updateRole.userErrors).toEqual(b.data!.updateRole.userErrors);
    expect(
      errorCodes(
        await server.execute(OrgMutUpdateRoleDocument, { input: { roleId: gid('Member', 1), name: 'x' } }, admin),
      ),
    ).toEqual(['BAD_USER_INPUT']);
    expect(
      errorCodes(
        await server.execute(
          OrgMutUpdateRoleDocument,
          { input: { roleId: rid(operations), name: 'Taken over' } },
          await server.signIn('dist-ops'),
        ),
      ),
    ).toEqual(['FORBIDDEN']);
    expect(await tables()).toEqual(before);
    expect((await roleOf(server, OTHER_DIST, { presetKey: null })).name).toBe(foreign.name);
  });
});

describe('deleteRole', () => {
  it('deletes an unused custom role and audits it', async () => {
    const created = await server.execute(
      OrgMutCreateRoleDocument,
      { input: { name: 'Temporary', permissionCodes: ['dashboard:view'] } },
      admin,
    );
    const roleId = created.data!.createRole.role!.id;
    const res = await server.execute(OrgMutDeleteRoleDocument, { input: { roleId } }, admin);
    expect(res.errors).toBeUndefined();
    expect(res.data!.deleteRole).toEqual({ deletedRoleId: roleId, userErrors: [] });
    expect(await server.em().count(Role, { partner: DIST, name: 'Temporary' })).toBe(0);
    const audit = await auditOf(server, 'deleteRole', roleId);
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({
      partnerId: DIST,
      after: null,
      before: { name: 'Temporary', cancelledMemberIds: [] },
    });
  });

  it("refuses a role held by active members or named by a pending invitation, presets, and other partners' roles", async () => {
    const operations = await roleOf(server, DIST, { name: OPERATIONS_ROLE.name });
    const adminRole = await roleOf(server, DIST, { presetKey: PresetRole.ADMIN });
    const foreign = await roleOf(server, OTHER_DIST, { presetKey: null });
    // A fresh role named by a pending invitation only.
    const created = await server.execute(
      OrgMutCreateRoleDocument,
      { input: { name: 'Invitee role', permissionCodes: [] } },
      admin,
    );
    const invitedRoleId = created.data!.createRole.role!.id;
    const invited = await server.execute(
      OrgMutInviteMemberDocument,
      { input: { channel: 'EMAIL' as InvitationChannel, target: 'role.holder@example.cn', roleIds: [invitedRoleId] } },
      admin,
    );
    expect(invited.data!.inviteMember.userErrors).toEqual([]);

    const before = await tables();
    const cases: [string, string][] = [
      [rid(operations), 'ROLE_IN_USE'],
      [invitedRoleId, 'ROLE_IN_USE'],
      [rid(adminRole), 'PRESET_ROLE_READ_ONLY'],
      [rid(foreign), 'ROLE_NOT_FOUND'],
    ];
    for (const [roleId, code] of cases) {
      const res = await server.execute(OrgMutDeleteRoleDocument, { input: { roleId } }, admin);
      expect(res.data!.deleteRole.deletedRoleId).toBeNull();
      expect(res.data!.deleteRole.userErrors.map((e) => [e.code, e.field])).toEqual([[code, 'input.roleId']]);
    }
    expect(
      errorCodes(await server.execute(OrgMutDeleteRoleDocument, { input: { roleId: 'not-an-id' } }, admin)),
    ).toEqual(['BAD_USER_INPUT']);
    expect(
      errorCodes(
        await server.execute(
          OrgMutDeleteRoleDocument,
          { input: { roleId: invitedRoleId } },
          await server.signIn('dist-ops'),
        ),
      ),
    ).toEqual(['FORBIDDEN']);
    expect(await tables()).toEqual(before);
    expect(await server.em().count(MemberRole, { role: operations.id })).toBeGreaterThan(0);
  });
});

describe('custom role limit (10 per partner)', () => {
  it('lets exactly 2 of 20 concurrent creates through at a partner with 8 custom roles', async () => {
    const sp = await server.signIn('sp-admin');
    const existing = await server.em().count(Role, { partner: SP, presetKey: null });
    for (let i = existing; i < 8; i++) {
      const res = await server.execute(
        OrgMutCreateRoleDocument,
        { input: { name: `SP role ${i}`, permissionCodes: ['customer:list'] } },
        sp,
      );
      expect(res.data!.createRole.userErrors).toEqual([]);
    }
    expect(await server.em().count(Role, { partner: SP, presetKey: null })).toBe(8);
    const results = await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        server.execute(
          OrgMutCreateRoleDocument,
          { input: { name: `Burst ${i}`, permissionCodes: ['order:view'] } },
          sp,
        ),
      ),
    );
    for (const r of results) expect(r.errors).toBeUndefined();
    const ok = results.filter((r) => r.data!.createRole.role != null);
    const refused = results.filter((r) => r.data!.createRole.role == null);
    expect(ok).toHaveLength(2);
    expect(refused.map((r) => r.data!.createRole.userErrors.map((e) => e.code))).toEqual(
      Array.from({ length: 18 }, () => ['CUSTOM_ROLE_LIMIT_REACHED']),
    );
    expect(await server.em().count(Role, { partner: SP, presetKey: null })).toBe(MAX_CUSTOM_ROLES_PER_PARTNER);
    expect(await server.em().count(AuditLog, { partnerId: SP, action: 'createRole' })).toBe(
      MAX_CUSTOM_ROLES_PER_PARTNER,
    );

    // Deleting one makes room for exactly one more.
    const deleted = await server.execute(
      OrgMutDeleteRoleDocument,
      { input: { roleId: ok[0].data!.createRole.role!.id } },
      sp,
    );
    expect(deleted.data!.deleteRole.userErrors).toEqual([]);
    const again = await server.execute(
      OrgMutCreateRoleDocument,
      { input: { name: 'After delete', permissionCodes: [] } },
      sp,
    );
    expect(again.data!.createRole.userErrors).toEqual([]);
    const over = await server.execute(
      OrgMutCreateRoleDocument,
      { input: { name: 'One too many', permissionCodes: [] } },
      sp,
    );
    expect(over.data!.createRole.userErrors.map((e) => e.code)).toEqual(['CUSTOM_ROLE_LIMIT_REACHED']);
  });

  it('lets exactly one of several concurrent creates with the same name through', async () => {
    const reseller = await server.signIn('reseller-admin');
    const results = await Promise.all(
      Array.from({ length: 6 }, () =>
        server.execute(OrgMutCreateRoleDocument, { input: { name: 'Same name', permissionCodes: [] } }, reseller),
      ),
    );
    expect(results.filter((r) => r.data!.createRole.role != null)).toHaveLength(1);
    expect(results.flatMap((r) => r.data!.createRole.userErrors.map((e) => e.code)).sort()).toEqual(
      Array.from({ length: 5 }, () => 'ROLE_NAME_TAKEN'),
    );
    expect(await server.em().count(Role, { partner: RESELLER1, name: 'Same name' })).toBe(1);
  });
});

describe('no escalation through roles', () => {
  it('a member managing roles through a custom role cannot put a permission it lacks into a role', async () => {
    // Give dist-sa a custom role that manages roles (and views members), nothing about funds.
    const created = await server.execute(
      OrgMutCreateRoleDocument,
      { input: { name: 'Role keeper', permissionCodes: ['org:role-manage', 'org:member-view', 'customer:list'] } },
      admin,
    );
    const keeperRoleId = created.data!.createRole.role!.id;
    const sa = demoMember('dist-sa');
    const assigned = await server.execute(
      OrgMutAssignMemberRolesDocument,
      { input: { memberId: gid('Member', sa.id), roleIds: [keeperRoleId] } },
      admin,
    );
    expect(assigned.data!.assignMemberRoles.userErrors).toEqual([]);
    const keeper = await server.signIn('dist-sa');

    const before = await tables();
    const res = await server.execute(
      OrgMutCreateRoleDocument,
      { input: { name: 'Money', permissionCodes: ['customer:list', 'funds:allocate'] } },
      keeper,
    );
    expect(res.data!.createRole.userErrors.map((e) => [e.code, e.field])).toEqual([
      ['PERMISSION_ESCALATION', 'input.permissionCodes'],
    ]);
    expect(res.data!.createRole.userErrors[0].message).toContain('funds:allocate');
    const upd = await server.execute(
      OrgMutUpdateRoleDocument,
      { input: { roleId: keeperRoleId, permissionCodes: ['org:role-manage', 'org:member-manage'] } },
      keeper,
    );
    expect(upd.data!.updateRole.userErrors.map((e) => e.code)).toEqual(['PERMISSION_ESCALATION']);
    expect(await tables()).toEqual(before);

    // Within its own permissions it may.
    const fine = await server.execute(
      OrgMutCreateRoleDocument,
      { input: { name: 'Viewer only', permissionCodes: ['customer:list'] } },
      keeper,
    );
    expect(fine.data!.createRole.userErrors).toEqual([]);
  });
});
