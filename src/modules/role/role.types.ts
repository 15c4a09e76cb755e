import { Field, ObjectType } from 'type-graphql';

@ObjectType('Permission', {
  simpleResolvers: true,
  description: '权限点: one permission point of the catalogue (codes are `area:action`).',
})
export class Permission {
  @Field(() => String, { description: 'Stable code `area:action`, e.g. `customer:list`.' })
  code!: string;

  @Field(() => String, { description: 'Name as the partner center shows it, e.g. 查看客户列表.' })
  nameZh!: string;

  @Field(() => String, { description: 'English name.' })
  nameEn!: string;

  @Field(() => String, { description: 'What the point allows.' })
  description!: string;

  @Field(() => Boolean, {
    description: 'A default permission (组织人员默认权限): every role holds it and it cannot be removed.',
  })
  isDefault!: boolean;

  @Field(() => Boolean, { description: 'Only the ADMIN preset role may hold it; a custom role cannot choose it.' })
  adminOnly!: boolean;

  @Field(() => Boolean, { description: 'Needs a verification code when the partner has turned verification on.' })
  sensitive!: boolean;
}

@ObjectType('PermissionTreePoint', {
  simpleResolvers: true,
  description: 'A permission point in the role editor tree, with whether it is granted.',
})
export class PermissionTreePoint extends Permission {
  @Field(() => Boolean, {
    description:
      'Whether the role (Role.permissionTree) or the signed-in member (Viewer.permissionTree) holds this point. Always true for default points.',
  })
  granted!: boolean;
}

@ObjectType('PermissionTreeNode', {
  simpleResolvers: true,
  description: "A menu node of the role editor with the permission points of the partner's identity under it.",
})
export class PermissionTreeNode {
  @Field(() => String, { description: 'Stable menu key, e.g. `customer.management`.' })
  key!: string;

  @Field(() => String, { description: 'Menu name as the partner center shows it, e.g. 客户管理.' })
  nameZh!: string;

  @Field(() => String, { description: 'English menu name.' })
  nameEn!: string;

  @Field(() => [PermissionTreePoint], {
    description: 'Permission points directly under this menu, in catalogue order.',
  })
  permissions!: PermissionTreePoint[];

  @Field(() => [PermissionTreeNode], {
    description: 'Sub-menus; menus without any point for the identity are left out.',
  })
  children!: PermissionTreeNode[];
}
