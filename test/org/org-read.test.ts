import { beforeAll, describe, expect, it } from 'vitest';
import {
  OrgAssociationEventsDocument,
  OrgCustomerAssociationEventsDocument,
  OrgInvitationsDocument,
  OrgMemberRolesPageDocument,
  OrgMembersDocument,
  OrgNodeDocument,
  OrgResellerCustomerAssociationEventsDocument,
  OrgRolesDocument,
  OrgViewerPermissionTreeDocument,
} from '../generated/graphql';
import { DEMO_MEMBERS, OPERATIONS_ROLE, demoMember } from '../../seeds/demo-data';
import { useTestServer } from '../support/server';
import { Member, MemberInvitation, MemberRole } from '../../src/modules/member/member.entity';
import { MemberStatus } from '../../src/modules/member/member.enums';
import { Role } from '../../src/modules/role/role.entity';
import { PresetRole } from '../../src/modules/role/role.enums';
import { SubCustomer } from '../../src/modules/customer/customer.entity';
import { AssociationType } from '../../src/modules/customer/customer.enums';
import { AssociationEvent } from '../../src/modules/association/association.entity';
import { PartnerIdentity } from '../../src/modules/partner/partner.enums';
import {
  PRESET_ROLES,
  defaultPermissionCodes,
  permissionTreeFor,
  type PermissionTreeNode,
} from '../../src/permissions';
import { DIST, OTHER_DIST } from '../support/demo';
import { iso } from '../support/time';
import { gid } from '../support/ids';

const PRESET_ORDER = Object.values(PresetRole) as string[];

const server = useTestServer();
let adminToken: string;
beforeAll(async () => {
  adminToken = await server.signIn('dist-admin');
});

const ASSOCIATION_TYPE_NAME: Record<number, string> = {
  [AssociationType.ADVISORY]: 'ADVISORY',
  [AssociationType.RESALE]: 'RESALE',
};

/** The order the API promises for roles: preset roles in PresetRole order, then custom by name. */
function byRoleOrder(a: Role, b: Role): number {
  const rank = (r: Role) => (r.presetKey ? PRESET_ORDER.indexOf(r.presetKey) : PRESET_ORDER.length);
  return rank(a) - rank(b) || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0) || a.id - b.id;
}

const roleRef = (r: Role) => ({ id: gid('Role', r.id), name: r.name, presetKey: r.presetKey ?? null });

/** The expected editor tree, as deep as the OrgPermissionTree fragment asks (3 levels, keys only below). */
function expectedTree(identity: PartnerIdentity, granted: ReadonlySet<string>) {
  const node = (n: PermissionTreeNode, depth: number): Record<string, unknown> =>
    depth === 3
      ? { key: n.key }
      : {
          key: n.key,
          nameZh: n.nameZh,
          nameEn: n.nameEn,
          permissions: n.permissions.map((p) => ({
            code: p.code,
            nameZh: p.nameZh,
            nameEn: p.nameEn,
            description: p.description,
            isDefault: p.isDefault,
            adminOnly: p.adminOnly ?? false,
            sensitive: p.sensitive ?? false,
            granted: granted.has(p.code),
          })),
          children: n.children.map((c) => node(c, depth + 1)),
        };
  return permissionTreeFor(identity).map((n) => node(n, 0));
}

type TreeLike = { key: string; permissions?: { code: string; granted: boolean }[]; children?: TreeLike[] };
function grantedCodes(tree: readonly TreeLike[]): string[] {
  return tree.flatMap((n) => [
    ...(n.permissions ?? []).filter((p) => p.granted).map((p) => p.code),
    ...grantedCodes(n.children ?? []),
  ]);
}

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

describe('Partner.roles', () => {
  it('lists every role, preset first then custom by name, with member counts matching the database', async () => {
    const res = await server.execute(OrgRolesDocument, {}, adminToken);
    expect(res.errors).toBeUndefined();
    const db = server.em();
    const roles = (await db.find(Role, { partner: DIST })).sort(byRoleOrder);
    const counts: { role_id: number; n: number }[] = await db
      .getConnection()
      .execute(
        `select mr.role_id, count(*) as n from member_role mr join member m on m.id = mr.member_id where m.status = 'ACTIVE' group by mr.role_id`,
      );
    const countOf = new Map(counts.map((c) => [Number(c.role_id), Number(c.n)]));
    const got = res.data!.viewer.partner.roles;
    expect(
      got!.map(({ id, name, presetKey, isCustom, description, memberCount }) => ({
        id,
        name,
        presetKey,
        isCustom,
        description,
        memberCount,
      })),
    ).toEqual(
      roles.map((r) => ({
        ...roleRef(r),
        isCustom: r.presetKey == null,
        description: r.description ?? null,
        memberCount: countOf.get(r.id) ?? 0,
      })),
    );
    expect(got!.map((r) => r.presetKey).slice(0, 4)).toEqual(PRESET_ORDER);
    expect(got!.find((r) => r.presetKey === PresetRole.ADMIN)!.memberCount).toBeGreaterThanOrEqual(1);
    // The cancelled former account manager is not counted.
    const am = got!.find((r) => r.presetKey === PresetRole.ACCOUNT_MANAGER)!;
    expect(am.memberCount).toBe(
      DEMO_MEMBERS.filter(
        (m) => m.partnerKey === 'dist' && !m.cancelled && m.roles.includes(PresetRole.ACCOUNT_MANAGER),
      ).length,
    );
  });

  it('ADMIN has every point of the distributor catalogue granted; the custom role exactly its points plus the defaults', async () => {
    const res = await server.execute(OrgRolesDocument, {}, adminToken);
    const roles = res.data!.viewer.partner.roles;
    const admin = roles!.find((r) => r.presetKey === PresetRole.ADMIN)!;
    const walk = (n: PermissionTreeNode): string[] => [
      ...n.permissions.map((p) => p.code),
      ...n.children.flatMap(walk),
    ];
    const everything = new Set(permissionTreeFor(PartnerIdentity.DISTRIBUTOR).flatMap(walk));
    expect(admin.permissionTree).toEqual(expectedTree(PartnerIdentity.DISTRIBUTOR, everything));
    expect(grantedCodes(admin.permissionTree).length).toBe(everything.size);
    expect(admin.permissions.map((p) => p.code)).toEqual(PRESET_ROLES.ADMIN.permissions(PartnerIdentity.DISTRIBUTOR));

    const ops = roles!.find((r) => r.name === OPERATIONS_ROLE.name)!;
    const opsGranted = new Set<string>([
      ...OPERATIONS_ROLE.permissions,
      ...defaultPermissionCodes(PartnerIdentity.DISTRIBUTOR),
    ]);
    expect(ops.isCustom).toBe(true);
    expect(ops.permissionTree).toEqual(expectedTree(PartnerIdentity.DISTRIBUTOR, opsGranted));
    expect(new Set(grantedCodes(ops.permissionTree))).toEqual(opsGranted);
    expect(ops.permissions.map((p) => p.code).sort()).toEqual([...opsGranted].sort());
    const db = server.em();
    const opsRow = await db.findOneOrFail(Role, { partner: DIST, name: OPERATIONS_ROLE.name });
    expect(new Set(opsRow.permissionCodes)).toEqual(opsGranted);

    const am = roles!.find((r) => r.presetKey === PresetRole.ACCOUNT_MANAGER)!;
    expect(new Set(grantedCodes(am.permissionTree))).toEqual(
      new Set(PRESET_ROLES.ACCOUNT_MANAGER.permissions(PartnerIdentity.DISTRIBUTOR)),
    );
  });

  it("Viewer.permissionTree is the identity's catalogue with the viewer's own points granted", async () => {
    const ops = await server.execute(OrgViewerPermissionTreeDocument, {}, await server.signIn('dist-ops'));
    expect(ops.errors).toBeUndefined();
    expect(ops.data!.viewer.permissionTree).toEqual(
      expectedTree(PartnerIdentity.DISTRIBUTOR, new Set(ops.data!.viewer.permissions)),
    );
    expect(new Set(ops.data!.viewer.permissions)).toEqual(
      new Set([...OPERATIONS_ROLE.permissions, ...defaultPermissionCodes(PartnerIdentity.DISTRIBUTOR)]),
    );

    // A cloud reseller's catalogue has no reseller menu.
    const reseller = await server.execute(OrgViewerPermissionTreeDocument, {}, await server.signIn('reseller-admin'));
    expect(reseller.data!.viewer.permissionTree).toEqual(
      expectedTree(PartnerIdentity.CLOUD_RESELLER, new Set(reseller.data!.viewer.permissions)),
    );
    expect(reseller.data!.viewer.permissionTree.map((n) => n.key)).not.toContain('reseller');
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
      expect(res.errors?.map((e) => e.extensions?.code)).toEqual(['NOT_FOUND']);
    }
  });
});

async function expectedEvents(where: Record<string, unknown>, limit = 100) {
  const db = server.em();
  const rows = await db.find(AssociationEvent, { partner: DIST, ...where }, { orderBy: { id: 'desc' }, limit });
  const customers = new Map(
    (await db.find(SubCustomer, { id: { $in: rows.map((r) => r.customer.id) } })).map((c) => [c.id, c]),
  );
  const members = new Map((await db.find(Member, { partner: DIST })).map((m) => [m.id, m]));
  return rows.map((e) => ({
    id: gid('AssociationEvent', e.id),
    eventType: e.eventType,
    initiator: e.initiator,
    status: e.status,
    reason: e.reason ?? null,
    fromType: e.fromType != null ? ASSOCIATION_TYPE_NAME[e.fromType] : null,
    toType: e.toType != null ? ASSOCIATION_TYPE_NAME[e.toType] : null,
    createdAt: iso(e.createdAt),
    handledAt: iso(e.handledAt),
    customer: { id: gid('SubCustomer', e.customer.id), accountName: customers.get(e.customer.id)!.accountName },
    handledBy: e.handledBy
      ? { id: gid('Member', e.handledBy.id), loginName: members.get(e.handledBy.id)!.loginName }
      : null,
  }));
}

describe('association events', () => {
  it("Partner.associationEvents lists the partner's events as in the database, and filters", async () => {
    const res = await server.execute(OrgAssociationEventsDocument, { first: 100 }, adminToken);
    expect(res.errors).toBeUndefined();
    const expected = await expectedEvents({});
    expect(expected.length).toBeGreaterThan(0);
    expect(res.data!.viewer.partner.associationEvents!.nodes).toEqual(expected);
    expect(res.data!.viewer.partner.associationEvents!.totalCount).toBe(
      await server.em().count(AssociationEvent, { partner: DIST }),
    );

    const pending = await server.execute(
      OrgAssociationEventsDocument,
      { first: 100, filter: { status: 'PENDING', initiator: 'CUSTOMER' } },
      adminToken,
    );
    expect(pending.data!.viewer.partner.associationEvents!.nodes).toEqual(
      await expectedEvents({ status: 'PENDING', initiator: 'CUSTOMER' }),
    );

    const unbinds = await server.execute(
      OrgAssociationEventsDocument,
      { first: 100, filter: { eventType: 'UNBIND' } },
      adminToken,
    );
    expect(unbinds.data!.viewer.partner.associationEvents!.nodes).toEqual(
      await expectedEvents({ eventType: 'UNBIND' }),
    );

    const customerId = expected[0].customer.id;
    const ofCustomer = await server.execute(
      OrgAssociationEventsDocument,
      { first: 100, filter: { customerId } },
      adminToken,
    );
    expect(ofCustomer.data!.viewer.partner.associationEvents!.nodes).toEqual(
      expected.filter((e) => e.customer.id === customerId),
    );
  });

  it('an account manager sees only the events of the customers assigned to them', async () => {
    const res = await server.execute(OrgAssociationEventsDocument, { first: 100 }, await server.signIn('dist-am'));
    expect(res.errors).toBeUndefined();
    expect(res.data!.viewer.partner.associationEvents!.nodes).toEqual(
      await expectedEvents({ customer: { accountManager: demoMember('dist-am').id } }),
    );
  });

  it('SubCustomer.associationEvents is batched: the same statements for 5 or 60 customers, rows as in the database', async () => {
    const small = await server.execute(OrgCustomerAssociationEventsDocument, { first: 5, eventsFirst: 2 }, adminToken);
    const large = await server.execute(
      OrgCustomerAssociationEventsDocument,
      { first: 60, eventsFirst: 20 },
      adminToken,
    );
    expect(small.errors).toBeUndefined();
    expect(large.errors).toBeUndefined();
    const customers = large.data!.viewer.partner.customers!.nodes;
    expect(customers.length).toBeGreaterThan(5);
    expect(customers.some((c) => c.associationEvents!.nodes.length > 0)).toBe(true);
    expect(large.sqlStatements).toBe(small.sqlStatements);
    // viewer (member, roles, resellers) + customers + events page + events count + event customers + handlers
    expect(small.sqlStatements).toBeLessThanOrEqual(9);
    const db = server.em();
    for (const c of customers) {
      const id = Number(Buffer.from(c.id, 'base64url').toString('utf8').split(':')[1]);
      const expected = await expectedEvents({ customer: id }, 20);
      expect(c.associationEvents!.nodes).toEqual(expected);
      expect(c.associationEvents!.totalCount).toBe(await db.count(AssociationEvent, { partner: DIST, customer: id }));
    }
  });

  it("a reseller's customer's events are refused to the distributor", async () => {
    const res = await server.execute(OrgResellerCustomerAssociationEventsDocument, {}, adminToken);
    expect(res.errors?.map((e) => e.extensions?.code)).toContain('FORBIDDEN');
  });
});
