import { beforeAll, describe, expect, it } from 'vitest';
import {
  OrgMutAssignMemberRolesDocument,
  OrgMutAssignTwiceDocument,
  OrgMutCancelInvitationDocument,
  OrgMutCancelMemberAssociationDocument,
  OrgMutCreateRoleDocument,
  OrgMutInviteMemberDocument,
  OrgMutViewerCustomersDocument,
  OrgMutViewerMembersDocument,
} from '../generated/graphql';
import { OPERATIONS_ROLE, demoMember, demoPartner } from '../../seeds/demo-data';
import { useTestServer } from '../support/server';
import { AuditLog } from '../../src/modules/audit/audit.entity';
import { SubCustomer } from '../../src/modules/customer/customer.entity';
import { Member, MemberInvitation, MemberRole } from '../../src/modules/member/member.entity';
import { InvitationChannel, InvitationStatus, MemberStatus } from '../../src/modules/member/member.enums';
import { PresetRole } from '../../src/modules/role/role.enums';
import { MAX_INVITATIONS_PER_PARTNER_PER_DAY } from '../../src/permissions';
import { gid, memberGid } from '../support/ids';
import { DIST, OTHER_DIST, SP } from '../support/demo';
import { chinaDayStart, DAY } from '../support/time';
import { errorCodes } from '../support/graphql';
import { auditOf, countRows, roleOf } from '../support/rows';

const server = useTestServer();
let admin: string;
beforeAll(async () => {
  admin = await server.signIn('dist-admin');
});

const errorsOf = (payload: { userErrors: { code: string; field?: string | null }[] }) =>
  payload.userErrors.map((e) => [e.code, e.field ?? null]);
const EMAIL = 'EMAIL' as InvitationChannel;
const MOBILE = 'MOBILE' as InvitationChannel;
const ACCOUNT_NAME = 'ACCOUNT_NAME' as InvitationChannel;

/** The global id of a role of a partner (rows.roleOf). */
const role = async (partner: number, where: { presetKey?: PresetRole | null; name?: string }) =>
  gid('Role', (await roleOf(server, partner, where)).id);
const preset = (key: PresetRole, partner = DIST) => role(partner, { presetKey: key });

/** Everything these mutations can write; denied and failed calls must leave it as it was. */
async function tables() {
  const conn = server.em().getConnection();
  return {
    members: await conn.execute('select id, status, supervisor_id from member order by id'),
    memberRoles: await conn.execute('select member_id, role_id from member_role order by id'),
    invitations: await conn.execute('select id, status from member_invitation order by id'),
    managers: await conn.execute('select id, account_manager_id from sub_customer order by id'),
    audit: await countRows(server, 'audit_log'),
  };
}

async function rolesInDb(login: string): Promise<(PresetRole | string)[]> {
  const links = await server.em().find(MemberRole, { member: demoMember(login).id }, { populate: ['role'] });
  return links.map((l) => l.role.getEntity().presetKey ?? l.role.getEntity().name).sort();
}

describe('assignMemberRoles', () => {
  it("replaces the member's roles, audits the change, and the member's very next request sees it", async () => {
    const sa = await server.signIn('dist-sa');
    // SA specialist: no org:member-view.
    expect(errorCodes(await server.execute(OrgMutViewerMembersDocument, {}, sa))).toEqual(['FORBIDDEN']);

    const supervisorRole = await preset(PresetRole.ACCOUNT_MANAGER_SUPERVISOR);
    const res = await server.execute(
      OrgMutAssignMemberRolesDocument,
      { input: { memberId: memberGid('dist-sa'), roleIds: [supervisorRole] } },
      admin,
    );
    expect(res.errors).toBeUndefined();
    expect(res.data!.assignMemberRoles).toMatchObject({
      member: {
        id: memberGid('dist-sa'),
        loginName: 'dist-sa',
        status: 'ACTIVE',
        roles: [{ id: supervisorRole, presetKey: 'ACCOUNT_MANAGER_SUPERVISOR' }],
      },
      unassignedCustomerCount: 0,
      detachedManagerCount: 0,
      userErrors: [],
    });
    expect(await rolesInDb('dist-sa')).toEqual([PresetRole.ACCOUNT_MANAGER_SUPERVISOR]);
    const audit = await auditOf(server, 'assignMemberRoles', memberGid('dist-sa'));
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({
      partnerId: DIST,
      memberId: demoMember('dist-admin').id,
      before: { roleIds: [await preset(PresetRole.SA_SPECIALIST)] },
      after: { roleIds: [supervisorRole] },
    });

    // Same token, next request: the supervisor role brings org:member-view.
    const allowed = await server.execute(OrgMutViewerMembersDocument, {}, sa);
    expect(allowed.errors).toBeUndefined();
    expect(allowed.data!.viewer.permissions).toContain('org:member-view');

    // And losing it is just as immediate.
    const back = await server.execute(
      OrgMutAssignMemberRolesDocument,
      { input: { memberId: memberGid('dist-sa'), roleIds: [await preset(PresetRole.SA_SPECIALIST)] } },
      admin,
    );
    expect(back.data!.assignMemberRoles.userErrors).toEqual([]);
    expect(errorCodes(await server.execute(OrgMutViewerMembersDocument, {}, sa))).toEqual(['FORBIDDEN']);
  });

  it('is FORBIDDEN without org:member-manage (dist-ops, dist-ams) and changes nothing', async () => {
    const before = await tables();
    for (const login of ['dist-ops', 'dist-ams']) {
      const res = await server.execute(
        OrgMutAssignMemberRolesDocument,
        { input: { memberId: memberGid(login), roleIds: [await preset(PresetRole.ADMIN)] } },
        await server.signIn(login),
      );
      expect(errorCodes(res)).toEqual(['FORBIDDEN']);
    }
    expect(await tables()).toEqual(before);
  });

  it('refuses rule violations with user errors and malformed input with BAD_USER_INPUT, changing nothing', async () => {
    const before = await tables();
    const [adminRole, am, ams, sa] = await Promise.all([
      preset(PresetRole.ADMIN),
      preset(PresetRole.ACCOUNT_MANAGER),
      preset(PresetRole.ACCOUNT_MANAGER_SUPERVISOR),
      preset(PresetRole.SA_SPECIALIST),
    ]);
    const ops = await role(DIST, { name: OPERATIONS_ROLE.name });
    const foreignRole = await preset(PresetRole.SA_SPECIALIST, OTHER_DIST);
    const cases: [{ memberId: string; roleIds: string[] }, [string, string | null][]][] = [
      [{ memberId: memberGid('dist-sa'), roleIds: [] }, [['ROLE_COUNT_OUT_OF_RANGE', 'input.roleIds']]],
      [
        { memberId: memberGid('dist-sa'), roleIds: [am, sa, ops, adminRole] },
        [['ROLE_COUNT_OUT_OF_RANGE', 'input.roleIds']],
      ],
      [
        { memberId: memberGid('dist-sa'), roleIds: [sa, ops, am, gid('Role', 999_999)] },
        [['ROLE_NOT_FOUND', 'input.roleIds[3]']],
      ],
      [{ memberId: memberGid('dist-sa'), roleIds: [adminRole, sa] }, [['ADMIN_ROLE_EXCLUSIVE', 'input.roleIds']]],
      [{ memberId: memberGid('dist-sa'), roleIds: [am, ams] }, [['ACCOUNT_MANAGER_ROLES_EXCLUSIVE', 'input.roleIds']]],
      [{ memberId: memberGid('dist-sa'), roleIds: [foreignRole] }, [['ROLE_NOT_FOUND', 'input.roleIds[0]']]],
      [{ memberId: memberGid('other-dist-am'), roleIds: [sa] }, [['MEMBER_NOT_FOUND', 'input.memberId']]],
      [{ memberId: gid('Member', 999_999), roleIds: [sa] }, [['MEMBER_NOT_FOUND', 'input.memberId']]],
      [{ memberId: memberGid('dist-former'), roleIds: [sa] }, [['MEMBER_NOT_ACTIVE', 'input.memberId']]],
      // The only administrator cannot take the role from itself.
      [{ memberId: memberGid('dist-admin'), roleIds: [sa] }, [['LAST_ADMIN', 'input.roleIds']]],
    ];
    for (const [input, expected] of cases) {
      const res = await server.execute(OrgMutAssignMemberRolesDocument, { input }, admin);
      expect(res.errors, JSON.stringify(input)).toBeUndefined();
      expect(res.data!.assignMemberRoles.member).toBeNull();
      expect(errorsOf(res.data!.assignMemberRoles), JSON.stringify(input)).toEqual(expected);
    }
    expect(
      errorCodes(
        await server.execute(
          OrgMutAssignMemberRolesDocument,
          { input: { memberId: memberGid('dist-sa'), roleIds: [sa, sa] } },
          admin,
        ),
      ),
    ).toEqual(['BAD_USER_INPUT']);
    expect(
      errorCodes(
        await server.execute(OrgMutAssignMemberRolesDocument, { input: { memberId: 'garbage', roleIds: [sa] } }, admin),
      ),
    ).toEqual(['BAD_USER_INPUT']);
    expect(
      errorCodes(
        await server.execute(
          OrgMutAssignMemberRolesDocument,
          { input: { memberId: memberGid('dist-sa'), roleIds: [memberGid('dist-am')] } },
          admin,
        ),
      ),
    ).toEqual(['BAD_USER_INPUT']);
    // A foreign member and an unknown one answer identically.
    const [foreign, unknown] = await Promise.all(
      [memberGid('other-dist-am'), gid('Member', 999_999)].map((memberId) =>
        server.execute(OrgMutAssignMemberRolesDocument, { input: { memberId, roleIds: [sa] } }, admin),
      ),
    );
    expect(foreign.data).toEqual(unknown.data);
    expect(await tables()).toEqual(before);
  });

  it('with a second administrator the first may step down; the last one then cannot', async () => {
    const sp = await server.signIn('sp-admin');
    const [spAdmin, spSa] = await Promise.all([preset(PresetRole.ADMIN, SP), preset(PresetRole.SA_SPECIALIST, SP)]);
    // sp-am is an account manager; as administrator it holds neither AM role, so its customers are unassigned.
    const spAmCustomers = await server.em().count(SubCustomer, { accountManager: demoMember('sp-am').id });
    expect(spAmCustomers).toBeGreaterThan(0);
    const promote = await server.execute(
      OrgMutAssignMemberRolesDocument,
      { input: { memberId: memberGid('sp-am'), roleIds: [spAdmin] } },
      sp,
    );
    expect(promote.data!.assignMemberRoles).toMatchObject({ userErrors: [], unassignedCustomerCount: spAmCustomers });
    expect(await server.em().count(SubCustomer, { accountManager: demoMember('sp-am').id })).toBe(0);
    const stepDown = await server.execute(
      OrgMutAssignMemberRolesDocument,
      { input: { memberId: memberGid('sp-admin'), roleIds: [spSa] } },
      sp,
    );
    expect(stepDown.data!.assignMemberRoles.userErrors).toEqual([]);
    const newAdmin = await server.signIn('sp-am');
    const last = await server.execute(
      OrgMutAssignMemberRolesDocument,
      { input: { memberId: memberGid('sp-am'), roleIds: [spSa] } },
      newAdmin,
    );
    expect(errorsOf(last.data!.assignMemberRoles)).toEqual([['LAST_ADMIN', 'input.roleIds']]);
    // sp-admin lost org:member-manage with ADMIN: its next request is refused.
    expect(
      errorCodes(
        await server.execute(
          OrgMutAssignMemberRolesDocument,
          { input: { memberId: memberGid('sp-admin'), roleIds: [spAdmin] } },
          sp,
        ),
      ),
    ).toEqual(['FORBIDDEN']);
  });

  it('an account manager who keeps neither account manager role has its customers unassigned and leaves its supervisor', async () => {
    const am2 = demoMember('dist-am2');
    const customerIds = (await server.em().find(SubCustomer, { accountManager: am2.id })).map((c) => c.id);
    expect(customerIds.length).toBeGreaterThan(0);
    expect((await server.em().findOneOrFail(Member, am2.id)).supervisor?.id).toBe(demoMember('dist-ams').id);
    const res = await server.execute(
      OrgMutAssignMemberRolesDocument,
      { input: { memberId: memberGid('dist-am2'), roleIds: [await role(DIST, { name: OPERATIONS_ROLE.name })] } },
      admin,
    );
    expect(res.data!.assignMemberRoles).toMatchObject({
      unassignedCustomerCount: customerIds.length,
      detachedManagerCount: 0,
      userErrors: [],
      member: { supervisor: null },
    });
    expect(await server.em().count(SubCustomer, { accountManager: am2.id })).toBe(0);
    expect((await server.em().findOneOrFail(Member, am2.id)).supervisor).toBeNull();
    const perCustomer = await server.em().find(AuditLog, {
      action: 'assignMemberRoles',
      target: { $in: customerIds.map((id) => gid('SubCustomer', id)) },
    });
    expect(perCustomer).toHaveLength(customerIds.length);
    expect(perCustomer[0]).toMatchObject({
      before: { accountManagerId: memberGid('dist-am2') },
      after: { accountManagerId: null },
    });
  });

  it('a member managing members through a custom role cannot grant or touch more than it holds', async () => {
    const created = await server.execute(
      OrgMutCreateRoleDocument,
      { input: { name: 'People 人事', permissionCodes: ['org:member-manage', 'org:member-view'] } },
      admin,
    );
    const peopleRole = created.data!.createRole.role!.id;
    expect(
      (
        await server.execute(
          OrgMutAssignMemberRolesDocument,
          { input: { memberId: memberGid('dist-sa'), roleIds: [peopleRole] } },
          admin,
        )
      ).data!.assignMemberRoles.userErrors,
    ).toEqual([]);
    const hr = await server.signIn('dist-sa');
    const before = await tables();
    const toAdmin = await server.execute(
      OrgMutAssignMemberRolesDocument,
      { input: { memberId: memberGid('dist-sa'), roleIds: [await preset(PresetRole.ADMIN)] } },
      hr,
    );
    expect(errorsOf(toAdmin.data!.assignMemberRoles)).toEqual([['PERMISSION_ESCALATION', 'input.roleIds']]);
    const demote = await server.execute(
      OrgMutAssignMemberRolesDocument,
      { input: { memberId: memberGid('dist-admin'), roleIds: [peopleRole] } },
      hr,
    );
    expect(errorsOf(demote.data!.assignMemberRoles)).toEqual([['PERMISSION_ESCALATION', 'input.memberId']]);
    const cancelAdmin = await server.execute(
      OrgMutCancelMemberAssociationDocument,
      { input: { memberId: memberGid('dist-admin') } },
      hr,
    );
    expect(errorsOf(cancelAdmin.data!.cancelMemberAssociation)).toEqual([['PERMISSION_ESCALATION', 'input.memberId']]);
    const invite = await server.execute(
      OrgMutInviteMemberDocument,
      { input: { channel: EMAIL, target: 'boss@example.cn', roleIds: [await preset(PresetRole.ADMIN)] } },
      hr,
    );
    expect(errorsOf(invite.data!.inviteMember)).toEqual([['PERMISSION_ESCALATION', 'input.roleIds']]);
    expect(await tables()).toEqual(before);
    // Back to SA for the tests below.
    expect(
      (
        await server.execute(
          OrgMutAssignMemberRolesDocument,
          { input: { memberId: memberGid('dist-sa'), roleIds: [await preset(PresetRole.SA_SPECIALIST)] } },
          admin,
        )
      ).data!.assignMemberRoles.userErrors,
    ).toEqual([]);
  });
  it('two changes of one member in one operation: each payload shows its own result (no stale loader cache)', async () => {
    const [sa, ops] = [await preset(PresetRole.SA_SPECIALIST), await role(DIST, { name: OPERATIONS_ROLE.name })];
    const opsHolders = await server.em().count(MemberRole, {
      role: Number(Buffer.from(ops, 'base64url').toString().split(':')[1]),
      member: { status: MemberStatus.ACTIVE },
    });
    const res = await server.execute(
      OrgMutAssignTwiceDocument,
      {
        first: { memberId: memberGid('dist-sa'), roleIds: [sa, ops] },
        second: { memberId: memberGid('dist-sa'), roleIds: [sa] },
      },
      admin,
    );
    expect(res.errors).toBeUndefined();
    expect(res.data!.first.userErrors).toEqual([]);
    expect(res.data!.first.member!.roles!.map((r) => r.id)).toEqual([sa, ops]);
    expect(res.data!.first.member!.roles![1].memberCount).toBe(opsHolders + 1);
    expect(res.data!.second.member!.roles!.map((r) => r.id)).toEqual([sa]);
    expect(await rolesInDb('dist-sa')).toEqual([PresetRole.SA_SPECIALIST]);
  });
});

describe('inviteMember', () => {
  it('sends an invitation (email lower-cased, 7 days) and audits it; a second one to the same target is INVITATION_PENDING', async () => {
    const sa = await preset(PresetRole.SA_SPECIALIST);
    const res = await server.execute(
      OrgMutInviteMemberDocument,
      { input: { channel: EMAIL, target: '  New.Person@Example.CN ', roleIds: [sa] } },
      admin,
    );
    expect(res.errors).toBeUndefined();
    const inv = res.data!.inviteMember.invitation!;
    expect(res.data!.inviteMember.userErrors).toEqual([]);
    expect(inv).toMatchObject({
      channel: 'EMAIL',
      target: 'new.person@example.cn',
      status: 'PENDING',
      roles: [{ id: sa }],
      invitedBy: { id: memberGid('dist-admin') },
    });
    expect(new Date(inv.expiresAt).getTime() - new Date(inv.createdAt).getTime()).toBe(7 * DAY);
    const stored = await server.em().findOneOrFail(MemberInvitation, { target: 'new.person@example.cn' });
    expect(stored).toMatchObject({
      status: InvitationStatus.PENDING,
      roleIds: [Number(Buffer.from(sa, 'base64url').toString().split(':')[1])],
    });
    expect(stored.partner.id).toBe(DIST);
    const audit = await auditOf(server, 'inviteMember', inv.id);
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({
      partnerId: DIST,
      before: null,
      after: { channel: 'EMAIL', target: 'new.person@example.cn', roleIds: [sa] },
    });

    const again = await server.execute(
      OrgMutInviteMemberDocument,
      { input: { channel: EMAIL, target: 'NEW.PERSON@example.cn', roleIds: [sa] } },
      admin,
    );
    expect(errorsOf(again.data!.inviteMember)).toEqual([['INVITATION_PENDING', 'input.target']]);
    // The seeded pending invitation too.
    const seeded = await server.execute(
      OrgMutInviteMemberDocument,
      { input: { channel: MOBILE, target: '0086-13900000021', roleIds: [sa] } },
      admin,
    );
    expect(errorsOf(seeded.data!.inviteMember)).toEqual([['INVITATION_PENDING', 'input.target']]);
    // Valid mobile and account-name targets.
    for (const [channel, target] of [
      [MOBILE, '0086-13912345678'],
      [ACCOUNT_NAME, 'hw_newbie_01'],
    ] as const) {
      const ok = await server.execute(OrgMutInviteMemberDocument, { input: { channel, target, roleIds: [sa] } }, admin);
      expect(ok.data!.inviteMember.userErrors, target).toEqual([]);
    }
  });

  it('refuses targets that do not fit the channel, bad roles, and a frozen partner; denies members without org:member-manage', async () => {
    const sa = await preset(PresetRole.SA_SPECIALIST);
    const before = await tables();
    const badTargets: [InvitationChannel, string][] = [
      [MOBILE, '13912345678'],
      [MOBILE, '86-13912345678'],
      [MOBILE, '0086-139'],
      [EMAIL, 'not-an-email'],
      [EMAIL, 'a@b'],
      [ACCOUNT_NAME, 'op_candidate'],
      [ACCOUNT_NAME, 'shadow_user1'],
      [ACCOUNT_NAME, 'abc'],
      [ACCOUNT_NAME, '1abcdef'],
      [ACCOUNT_NAME, 'has space'],
      [EMAIL, '   '],
    ];
    for (const [channel, target] of badTargets) {
      const res = await server.execute(
        OrgMutInviteMemberDocument,
        { input: { channel, target, roleIds: [sa] } },
        admin,
      );
      expect(errorsOf(res.data!.inviteMember), `${channel} ${target}`).toEqual([['INVALID_TARGET', 'input.target']]);
    }
    const foreignRole = await preset(PresetRole.SA_SPECIALIST, OTHER_DIST);
    const roleCases: [string[], [string, string][]][] = [
      [[foreignRole], [['ROLE_NOT_FOUND', 'input.roleIds[0]']]],
      [[await preset(PresetRole.ADMIN), sa], [['ADMIN_ROLE_EXCLUSIVE', 'input.roleIds']]],
      [[], [['ROLE_COUNT_OUT_OF_RANGE', 'input.roleIds']]],
    ];
    for (const [roleIds, expected] of roleCases) {
      const res = await server.execute(
        OrgMutInviteMemberDocument,
        { input: { channel: EMAIL, target: 'someone@example.cn', roleIds } },
        admin,
      );
      expect(errorsOf(res.data!.inviteMember)).toEqual(expected);
    }
    const frozen = await server.signIn('frozen-reseller-admin');
    const frozenSa = await preset(PresetRole.SA_SPECIALIST, demoPartner('frozen-reseller').id);
    const res = await server.execute(
      OrgMutInviteMemberDocument,
      { input: { channel: EMAIL, target: 'someone@tailspin.example.com', roleIds: [frozenSa] } },
      frozen,
    );
    expect(errorsOf(res.data!.inviteMember)).toEqual([['PARTNER_FROZEN', null]]);
    for (const login of ['dist-ops', 'dist-am']) {
      expect(
        errorCodes(
          await server.execute(
            OrgMutInviteMemberDocument,
            { input: { channel: EMAIL, target: 'x@example.cn', roleIds: [sa] } },
            await server.signIn(login),
          ),
        ),
      ).toEqual(['FORBIDDEN']);
    }
    expect(
      errorCodes(
        await server.execute(
          OrgMutInviteMemberDocument,
          { input: { channel: EMAIL, target: 'x@example.cn', roleIds: [sa, sa] } },
          admin,
        ),
      ),
    ).toEqual(['BAD_USER_INPUT']);
    expect(await tables()).toEqual(before);
  });

  it('allows exactly 100 invitations per partner per China day, also for a concurrent burst', async () => {
    // sp-am administers SP since the assignMemberRoles tests above (SP has no invitations yet).
    const token = await server.signIn('sp-am');
    const spSa = await preset(PresetRole.SA_SPECIALIST, SP);
    const now = new Date();
    const startOfDay = chinaDayStart(now);
    const todaysInvitations = () =>
      server.em().count(MemberInvitation, { partner: SP, createdAt: { $gte: startOfDay } });
    expect(await todaysInvitations()).toBe(0);
    // 95 sent earlier today (inserted directly), plus one yesterday that does not count.
    const fork = server.em();
    const inviter = demoMember('sp-admin').id;
    const roleId = Number(Buffer.from(spSa, 'base64url').toString().split(':')[1]);
    const rows = Array.from({ length: 95 }, (_, i) => ({
      partner: SP,
      channel: InvitationChannel.EMAIL,
      target: `earlier${i}@zhisuan.example.cn`,
      roleIds: [roleId],
      status: i % 2 ? InvitationStatus.CANCELLED : InvitationStatus.PENDING,
      invitedBy: inviter,
      createdAt: now,
      expiresAt: new Date(now.getTime() + 7 * DAY),
    }));
    rows.push({ ...rows[0], target: 'yesterday@zhisuan.example.cn', createdAt: new Date(startOfDay.getTime() - 1000) });
    await fork.insertMany(MemberInvitation, rows);
    expect(await todaysInvitations()).toBe(95);

    const results = await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        server.execute(
          OrgMutInviteMemberDocument,
          { input: { channel: EMAIL, target: `burst${i}@zhisuan.example.cn`, roleIds: [spSa] } },
          token,
        ),
      ),
    );
    for (const r of results) expect(r.errors).toBeUndefined();
    expect(results.filter((r) => r.data!.inviteMember.invitation != null)).toHaveLength(5);
    expect(
      results.filter((r) => r.data!.inviteMember.invitation == null).map((r) => errorsOf(r.data!.inviteMember)),
    ).toEqual(Array.from({ length: 15 }, () => [['INVITATION_DAILY_LIMIT', null]]));
    expect(await todaysInvitations()).toBe(MAX_INVITATIONS_PER_PARTNER_PER_DAY);
    expect(await server.em().count(AuditLog, { partnerId: SP, action: 'inviteMember' })).toBe(5);
    // Cancelling does not give the day's quota back.
    const one = results.find((r) => r.data!.inviteMember.invitation != null)!.data!.inviteMember.invitation!.id;
    expect(
      (await server.execute(OrgMutCancelInvitationDocument, { input: { invitationId: one } }, token)).data!
        .cancelInvitation.userErrors,
    ).toEqual([]);
    const more = await server.execute(
      OrgMutInviteMemberDocument,
      { input: { channel: EMAIL, target: 'late@zhisuan.example.cn', roleIds: [spSa] } },
      token,
    );
    expect(errorsOf(more.data!.inviteMember)).toEqual([['INVITATION_DAILY_LIMIT', null]]);
  });
});

describe('cancelInvitation', () => {
  it("withdraws a pending invitation and audits it; not twice; not another partner's", async () => {
    const pending = await server.em().findOneOrFail(MemberInvitation, { partner: DIST, target: '0086-13900000021' });
    const id = gid('MemberInvitation', pending.id);
    const res = await server.execute(OrgMutCancelInvitationDocument, { input: { invitationId: id } }, admin);
    expect(res.errors).toBeUndefined();
    expect(res.data!.cancelInvitation).toMatchObject({ invitation: { id, status: 'CANCELLED' }, userErrors: [] });
    expect((await server.em().findOneOrFail(MemberInvitation, pending.id)).status).toBe(InvitationStatus.CANCELLED);
    expect(await auditOf(server, 'cancelInvitation', id)).toMatchObject([
      { before: { status: 'PENDING' }, after: { status: 'CANCELLED' } },
    ]);

    const before = await tables();
    const again = await server.execute(OrgMutCancelInvitationDocument, { input: { invitationId: id } }, admin);
    expect(errorsOf(again.data!.cancelInvitation)).toEqual([['INVITATION_NOT_PENDING', 'input.invitationId']]);
    const foreign = await server.em().findOneOrFail(MemberInvitation, {
      partner: OTHER_DIST,
      status: InvitationStatus.PENDING,
    });
    const [f, u] = await Promise.all(
      [gid('MemberInvitation', foreign.id), gid('MemberInvitation', 999_999)].map((invitationId) =>
        server.execute(OrgMutCancelInvitationDocument, { input: { invitationId } }, admin),
      ),
    );
    expect(errorsOf(f.data!.cancelInvitation)).toEqual([['INVITATION_NOT_FOUND', 'input.invitationId']]);
    expect(f.data).toEqual(u.data);
    expect(
      errorCodes(
        await server.execute(OrgMutCancelInvitationDocument, { input: { invitationId: memberGid('dist-am') } }, admin),
      ),
    ).toEqual(['BAD_USER_INPUT']);
    expect(
      errorCodes(
        await server.execute(
          OrgMutCancelInvitationDocument,
          { input: { invitationId: gid('MemberInvitation', foreign.id) } },
          await server.signIn('dist-ops'),
        ),
      ),
    ).toEqual(['FORBIDDEN']);
    expect(await tables()).toEqual(before);
    expect((await server.em().findOneOrFail(MemberInvitation, foreign.id)).status).toBe(InvitationStatus.PENDING);
  });
});

describe('cancelMemberAssociation', () => {
  it('refuses yourself, cancelled, foreign and unknown members; denies members without org:member-manage', async () => {
    const before = await tables();
    const cases: [string, [string, string][]][] = [
      [memberGid('dist-admin'), [['CANNOT_CANCEL_SELF', 'input.memberId']]],
      [memberGid('dist-former'), [['MEMBER_NOT_ACTIVE', 'input.memberId']]],
      [memberGid('other-dist-am'), [['MEMBER_NOT_FOUND', 'input.memberId']]],
      [gid('Member', 999_999), [['MEMBER_NOT_FOUND', 'input.memberId']]],
    ];
    for (const [memberId, expected] of cases) {
      const res = await server.execute(OrgMutCancelMemberAssociationDocument, { input: { memberId } }, admin);
      expect(res.data!.cancelMemberAssociation.member).toBeNull();
      expect(errorsOf(res.data!.cancelMemberAssociation)).toEqual(expected);
    }
    expect(
      errorCodes(
        await server.execute(
          OrgMutCancelMemberAssociationDocument,
          { input: { memberId: memberGid('dist-sa') } },
          await server.signIn('dist-ops'),
        ),
      ),
    ).toEqual(['FORBIDDEN']);
    expect(
      errorCodes(await server.execute(OrgMutCancelMemberAssociationDocument, { input: { memberId: 'Zm9v' } }, admin)),
    ).toEqual(['BAD_USER_INPUT']);
    expect(await tables()).toEqual(before);
  });

  it('cancels an account manager: customers unassigned in the same transaction, audited, and its token stops working', async () => {
    const am = demoMember('dist-am');
    const amToken = await server.signIn('dist-am');
    const assigned = await server.execute(OrgMutViewerCustomersDocument, { first: 1 }, amToken);
    const customerIds = (await server.em().find(SubCustomer, { accountManager: am.id })).map((c) => c.id);
    expect(assigned.data!.viewer.partner.customers!.totalCount).toBe(customerIds.length);
    expect(customerIds.length).toBeGreaterThan(0);

    const res = await server.execute(
      OrgMutCancelMemberAssociationDocument,
      { input: { memberId: memberGid('dist-am') } },
      admin,
    );
    expect(res.errors).toBeUndefined();
    expect(res.data!.cancelMemberAssociation).toMatchObject({
      member: { id: memberGid('dist-am'), status: 'CANCELLED', supervisor: null },
      unassignedCustomerCount: customerIds.length,
      detachedManagerCount: 0,
      userErrors: [],
    });
    const stored = await server.em().findOneOrFail(Member, am.id);
    expect(stored.status).toBe(MemberStatus.CANCELLED);
    expect(stored.supervisor).toBeNull();
    expect(await server.em().count(SubCustomer, { accountManager: am.id })).toBe(0);
    expect(await auditOf(server, 'cancelMemberAssociation', memberGid('dist-am'))).toMatchObject([
      { before: { status: 'ACTIVE' }, after: { status: 'CANCELLED', unassignedCustomers: customerIds.length } },
    ]);
    expect(
      await server.em().count(AuditLog, {
        action: 'cancelMemberAssociation',
        target: { $in: customerIds.map((id) => gid('SubCustomer', id)) },
      }),
    ).toBe(customerIds.length);
    // Its roles stay recorded, but the role list counts active members only.
    expect(await rolesInDb('dist-am')).toEqual([PresetRole.ACCOUNT_MANAGER]);

    const next = await server.execute(OrgMutViewerCustomersDocument, { first: 1 }, amToken);
    expect(next.status).toBe(401);
    expect(errorCodes(next)).toEqual(['UNAUTHENTICATED']);
  });

  it('cancelling a supervisor detaches the managers it supervised', async () => {
    const ams = demoMember('dist-ams');
    const supervised = await server.em().count(Member, { supervisor: ams.id });
    const own = await server.em().count(SubCustomer, { accountManager: ams.id });
    const res = await server.execute(
      OrgMutCancelMemberAssociationDocument,
      { input: { memberId: memberGid('dist-ams') } },
      admin,
    );
    expect(res.data!.cancelMemberAssociation).toMatchObject({
      unassignedCustomerCount: own,
      detachedManagerCount: supervised,
      userErrors: [],
    });
    expect(await server.em().count(Member, { supervisor: ams.id })).toBe(0);
  });
});
