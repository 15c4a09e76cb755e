import { beforeAll, describe, expect, it } from 'vitest';
import {
  OrgInvitationsDocument,
  OrgMemberRolesPageDocument,
  OrgMembersDocument,
  OrgNodeDocument,
} from '../generated/graphql';
import { DEMO_MEMBERS, OPERATIONS_ROLE, demoMember } from '../../seeds/demo-data';
import { useTestServer } from '../support/server';
import { Member, MemberInvitation, MemberRole } from '../../src/modules/member/member.entity';
import { MemberStatus } from '../../src/modules/member/member.enums';
import { Role } from '../../src/modules/role/role.entity';
import { PresetRole } from '../../src/modules/role/role.enums';
import { AssociationEvent } from '../../src/modules/association/association.entity';
import { DIST, OTHER_DIST } from '../support/demo';
import { iso } from '../support/time';
import { gid } from '../support/ids';
import { byRoleOrder, roleRef } from '../support/roles';
import { errorCodes } from '../support/graphql';

const server = useTestServer();
let adminToken: string;
beforeAll(async () => {
  adminToken = await server.signIn('dist-admin');
});

async function expectedMembers(where: Record<string, unknown>) {
  const db = server.em();
  const members = await db.find(Member, { partner: DIST, ...where }, { orderBy: { id: 'desc' } });
  const all = await db.find(Member, { partner: DIST });
  const links = await db.find(MemberRole, { member: { $in: members.map((m) => m.id) } }, { populate: ['role'] });
  const byId = new Map(all.map((m) => [m.id, m]));
  return members.map((m) => ({
    id: gid('Member', m.id),
    loginName: m.loginName,
    displayName: m.displayName,
    email: m.email ?? null,
    mobile: m.mobile ?? null,
    status: m.status,
    createdAt: iso(m.createdAt),
    roles: links
      .filter((l) => l.member.id === m.id)
      .map((l) => l.role.getEntity())
      .sort(byRoleOrder)
      .map(roleRef),
    partner: { id: gid('Partner', DIST) },
    supervisor: m.supervisor
      ? { id: gid('Member', m.supervisor.id), loginName: byId.get(m.supervisor.id)!.loginName }
      : null,
    supervisedManagers: all
      .filter((s) => s.supervisor?.id === m.id)
      .sort((a, b) => a.id - b.id)
      .map((s) => ({ id: gid('Member', s.id), loginName: s.loginName })),
  }));
}

describe('Partner.members', () => {
  it("lists dist-admin's members with their roles, supervisor and supervised managers, as in the database", async () => {
    const res = await server.execute(OrgMembersDocument, { first: 100 }, adminToken);
    expect(res.errors).toBeUndefined();
    const expected = await expectedMembers({});
    expect(res.data!.viewer.partner.members!.nodes).toEqual(expected);
    expect(res.data!.viewer.partner.members!.totalCount).toBe(expected.length);
    // The demo facts hold: dist-ams supervises dist-am and dist-am2, dist-am-ops holds two roles.
    const byLogin = new Map(res.data!.viewer.partner.members!.nodes.map((m) => [m.loginName, m]));
    expect(
      byLogin
        .get('dist-ams')!
        .supervisedManagers!.map((m) => m.loginName)
        .sort(),
    ).toEqual(['dist-am', 'dist-am2']);
    expect(byLogin.get('dist-am')!.supervisor?.loginName).toBe('dist-ams');
    expect(byLogin.get('dist-am-ops')!.roles!.map((r) => r.presetKey)).toEqual([PresetRole.ACCOUNT_MANAGER, null]);
    expect(byLogin.get('dist-admin')!.roles!.map((r) => r.presetKey)).toEqual([PresetRole.ADMIN]);
    for (const demo of DEMO_MEMBERS.filter((m) => m.partnerKey === 'dist'))
      expect(byLogin.has(demo.loginName)).toBe(true);
    // Nothing of another partner.
    expect(
      [...byLogin.keys()].filter((l) => DEMO_MEMBERS.some((d) => d.loginName === l && d.partnerKey !== 'dist')),
    ).toEqual([]);
  });

  it('pages with first/after and counts under the filter', async () => {
    const first = await server.execute(OrgMembersDocument, { first: 3 }, adminToken);
    const second = await server.execute(
      OrgMembersDocument,
      { first: 3, after: first.data!.viewer.partner.members!.pageInfo.endCursor },
      adminToken,
    );
    const expected = await expectedMembers({});
    expect([...first.data!.viewer.partner.members!.nodes, ...second.data!.viewer.partner.members!.nodes]).toEqual(
      expected.slice(0, 6),
    );
    expect(first.data!.viewer.partner.members!.pageInfo.hasNextPage).toBe(true);
  });

  it('filters by login name (fuzzy, case-insensitive), status and role', async () => {
    const db = server.em();
    const fuzzy = await server.execute(
      OrgMembersDocument,
      { first: 100, filter: { loginName: 'DIST-AM' } },
      adminToken,
    );
    expect(fuzzy.errors).toBeUndefined();
    expect(fuzzy.data!.viewer.partner.members!.nodes.map((m) => m.loginName).sort()).toEqual(
      (await db.find(Member, { partner: DIST }))
        .filter((m) => m.loginName.includes('dist-am'))
        .map((m) => m.loginName)
        .sort(),
    );

    const cancelled = await server.execute(
      OrgMembersDocument,
      { first: 100, filter: { status: 'CANCELLED' } },
      adminToken,
    );
    expect(cancelled.data!.viewer.partner.members!.nodes).toEqual(
      await expectedMembers({ status: MemberStatus.CANCELLED }),
    );
    expect(cancelled.data!.viewer.partner.members!.nodes.map((m) => m.loginName)).toContain('dist-former');

    const ops = await db.findOneOrFail(Role, { partner: DIST, name: OPERATIONS_ROLE.name });
    const withOps = await server.execute(
      OrgMembersDocument,
      { first: 100, filter: { roleId: gid('Role', ops.id) } },
      adminToken,
    );
    expect(withOps.errors).toBeUndefined();
    const opsMemberIds = (await db.find(MemberRole, { role: ops.id })).map((l) => l.member.id);
    expect(withOps.data!.viewer.partner.members!.nodes).toEqual(await expectedMembers({ id: { $in: opsMemberIds } }));
    expect(withOps.data!.viewer.partner.members!.nodes.map((m) => m.loginName).sort()).toEqual([
      'dist-am-ops',
      'dist-ops',
    ]);
    expect(withOps.data!.viewer.partner.members!.totalCount).toBe(2);

    const bad = await server.execute(
      OrgMembersDocument,
      { first: 10, filter: { roleId: gid('Member', 1) } },
      adminToken,
    );
    expect(bad.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('a member page runs a fixed number of statements whatever its size', async () => {
    const small = await server.execute(OrgMemberRolesPageDocument, { first: 4 }, adminToken);
    const large = await server.execute(OrgMemberRolesPageDocument, { first: 100 }, adminToken);
    expect(small.errors).toBeUndefined();
    expect(large.errors).toBeUndefined();
    // Both pages resolve a supervisor (dist-am2 is the 4th newest), so both run every loader.
    for (const res of [small, large])
      expect(res.data!.viewer.partner.members!.nodes.some((m) => m.supervisor != null)).toBe(true);
    // viewer (member, roles, resellers) + members + roles + member counts + supervisors + supervised
    expect(small.sqlStatements).toBeLessThanOrEqual(8);
    expect(large.data!.viewer.partner.members!.nodes.length).toBeGreaterThan(
      small.data!.viewer.partner.members!.nodes.length,
    );
    expect(large.sqlStatements).toBe(small.sqlStatements);
  });
});

describe('Partner.invitations', () => {
  it("lists the partner's invitations with their roles and inviter, as in the database", async () => {
    const res = await server.execute(OrgInvitationsDocument, { first: 100 }, adminToken);
    expect(res.errors).toBeUndefined();
    const db = server.em();
    const rows = await db.find(MemberInvitation, { partner: DIST }, { orderBy: { id: 'desc' }, limit: 100 });
    const roles = new Map((await db.find(Role, { partner: DIST })).map((r) => [r.id, r]));
    const members = new Map((await db.find(Member, { partner: DIST })).map((m) => [m.id, m]));
    expect(res.data!.viewer.partner.invitations!.nodes).toEqual(
      rows.map((i) => ({
        id: gid('MemberInvitation', i.id),
        channel: i.channel,
        target: i.target,
        status: i.status,
        createdAt: iso(i.createdAt),
        expiresAt: iso(i.expiresAt),
        roles: i.roleIds
          .map((id) => roles.get(id))
          .filter((r): r is Role => r != null)
          .sort(byRoleOrder)
          .map(roleRef),
        invitedBy: members.has(i.invitedBy.id)
          ? { id: gid('Member', i.invitedBy.id), loginName: members.get(i.invitedBy.id)!.loginName }
          : null,
      })),
    );
    expect(res.data!.viewer.partner.invitations!.totalCount).toBe(await db.count(MemberInvitation, { partner: DIST }));

    const pending = await server.execute(
      OrgInvitationsDocument,
      { first: 100, filter: { status: 'PENDING' } },
      adminToken,
    );
    expect(pending.data!.viewer.partner.invitations!.nodes.map((n) => n.id)).toEqual(
      rows.filter((i) => i.status === 'PENDING').map((i) => gid('MemberInvitation', i.id)),
    );
  });
});

describe('node(id:) for organisation objects', () => {
  it("resolves own members, roles and invitations; another partner's answer NOT_FOUND", async () => {
    const db = server.em();
    const ownRole = await db.findOneOrFail(Role, { partner: DIST, presetKey: PresetRole.ADMIN });
    const own = await server.execute(OrgNodeDocument, { id: gid('Role', ownRole.id) }, adminToken);
    expect(own.errors).toBeUndefined();
    expect(own.data!.node).toMatchObject({
      __typename: 'Role',
      id: gid('Role', ownRole.id),
      name: ownRole.name,
    });
    const ownMember = await server.execute(
      OrgNodeDocument,
      { id: gid('Member', demoMember('dist-ops').id) },
      adminToken,
    );
    expect(ownMember.data!.node).toEqual({
      __typename: 'Member',
      id: gid('Member', demoMember('dist-ops').id),
      loginName: 'dist-ops',
    });

    const foreignRole = await db.findOneOrFail(Role, { partner: OTHER_DIST, presetKey: PresetRole.ADMIN });
    const foreignInvitation = await db.findOne(MemberInvitation, { partner: { $ne: DIST } });
    const foreignEvent = await db.findOne(AssociationEvent, { partner: { $ne: DIST } });
    const foreignIds = [
      gid('Member', demoMember('other-dist-admin').id),
      gid('Member', demoMember('reseller-admin').id),
      gid('Role', foreignRole.id),
      ...(foreignInvitation ? [gid('MemberInvitation', foreignInvitation.id)] : []),
      ...(foreignEvent ? [gid('AssociationEvent', foreignEvent.id)] : []),
    ];
    for (const id of foreignIds) {
      const res = await server.execute(OrgNodeDocument, { id }, adminToken);
      expect(res.data?.node ?? null).toBeNull();
      expect(errorCodes(res)).toEqual(['NOT_FOUND']);
    }
  });
});
