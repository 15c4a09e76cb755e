import { Ctx, FieldResolver, Int, Resolver, Root } from 'type-graphql';
import type { Context } from '../../context';
import { requireViewer } from '../../permissions/viewer';
import { assertPartnerRelation } from '../../permissions/scopes';
import { Partner } from '../partner/partner.entity';
import { Role } from './role.entity';
import { memberCountByRoleId, rolesByPartnerId } from './role.loaders';
import { grantedPermissionTree, rolePermissions } from './role.service';
import { Permission, PermissionTreeNode } from './role.types';

@Resolver(() => Role)
export class RoleResolver {
  @FieldResolver(() => Int, { description: 'Number of active members holding the role.' })
  memberCount(@Root() role: Role, @Ctx() ctx: Context): Promise<number> {
    return memberCountByRoleId(ctx).load(role.id);
  }

  @FieldResolver(() => [Permission], {
    description: 'Permission points the role holds (default points included), in catalogue order.',
  })
  permissions(@Root() role: Role): Permission[] {
    return rolePermissions(role);
  }

  @FieldResolver(() => [PermissionTreeNode], {
    description:
      "The role editor: the menu tree of every point the partner's identity allows, each marked granted when this role holds it.",
  })
  permissionTree(@Root() role: Role, @Ctx() ctx: Context): PermissionTreeNode[] {
    const viewer = requireViewer(ctx);
    assertPartnerRelation(viewer, role.partner.id, ['SELF'], 'permissionTree');
    return grantedPermissionTree(viewer.partner.identity, new Set(role.permissionCodes));
  }
}

@Resolver(() => Partner)
export class PartnerRolesResolver {
  @FieldResolver(() => [Role], {
    description:
      '角色: all roles of your own partner (at most 4 preset + 10 custom): preset roles first, then custom roles by name.',
  })
  roles(@Root() partner: Partner, @Ctx() ctx: Context): Promise<Role[]> {
    assertPartnerRelation(requireViewer(ctx), partner.id, ['SELF'], 'roles');
    return rolesByPartnerId(ctx).load(partner.id);
  }
}
