import { beforeAll, describe, expect, it } from 'vitest';
import { OrgRolesDocument, OrgViewerPermissionTreeDocument } from '../generated/graphql';
import { DEMO_MEMBERS, OPERATIONS_ROLE } from '../../seeds/demo-data';
import { useTestServer } from '../support/server';
import { Role } from '../../src/modules/role/role.entity';
import { PresetRole } from '../../src/modules/role/role.enums';
import { PartnerIdentity } from '../../src/modules/partner/partner.enums';
import {
  PRESET_ROLES,
  defaultPermissionCodes,
  permissionTreeFor,
  type PermissionTreeNode,
} from '../../src/permissions';
import { DIST } from '../support/demo';
import { byRoleOrder, PRESET_ORDER, roleRef } from '../support/roles';

const server = useTestServer();
let adminToken: string;
beforeAll(async () => {
  adminToken = await server.signIn('dist-admin');
});

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
