import { Field, ID, InputType } from 'type-graphql';

@InputType('CreateRoleInput', { description: 'A new custom role (自定义角色) of your partner.' })
export class CreateRoleInput {
  @Field(() => String, {
    description:
      'Role name: 1–64 characters after surrounding spaces are dropped, unique among all roles of your partner (preset role names included). ROLE_NAME_INVALID / ROLE_NAME_TAKEN otherwise.',
  })
  name!: string;

  @Field(() => String, {
    nullable: true,
    description: 'What the role is for; at most 500 characters (ROLE_DESCRIPTION_TOO_LONG). Blank or omitted: none.',
  })
  description?: string | null;

  @Field(() => [String], {
    description:
      "Permission codes (`area:action`, see Viewer.permissionTree) the role grants; at most 100 entries (BAD_USER_INPUT). The default permissions (组织人员默认权限) are always added and need not be listed. Each code must exist (UNKNOWN_PERMISSION), exist for your partner's identity (PERMISSION_NOT_ALLOWED_FOR_IDENTITY), not be ADMIN-only (PERMISSION_ADMIN_ONLY) and be held by you yourself (PERMISSION_ESCALATION).",
  })
  permissionCodes!: string[];
}

@InputType('UpdateRoleInput', {
  description: 'Changes to a custom role of your partner; omitted (or null) fields stay as they are.',
})
export class UpdateRoleInput {
  @Field(() => ID, {
    description:
      'The custom role (a Role id). ROLE_NOT_FOUND when it is not a role of your partner; PRESET_ROLE_READ_ONLY for a preset role.',
  })
  roleId!: string;

  @Field(() => String, { nullable: true, description: 'New name; same rules as CreateRoleInput.name.' })
  name?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'New description (at most 500 characters); an empty string removes it.',
  })
  description?: string | null;

  @Field(() => [String], {
    nullable: true,
    description:
      'The complete new set of permission codes (replaces the old set); same rules as CreateRoleInput.permissionCodes. Default permissions cannot be removed: they are kept whether listed or not, and leaving them out is not an error.',
  })
  permissionCodes?: string[] | null;
}

@InputType('DeleteRoleInput', { description: 'A custom role of your partner to delete.' })
export class DeleteRoleInput {
  @Field(() => ID, {
    description:
      'The custom role (a Role id). Refused with ROLE_IN_USE while an active member holds it or a pending invitation would give it; PRESET_ROLE_READ_ONLY for a preset role; ROLE_NOT_FOUND when it is not a role of your partner.',
  })
  roleId!: string;
}
