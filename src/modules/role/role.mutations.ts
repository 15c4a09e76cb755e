import { Arg, Ctx, Mutation, Resolver } from 'type-graphql';
import type { Context } from '../../context';
import { createRole, deleteRole, updateRole } from './role-admin.service';
import { CreateRoleInput, DeleteRoleInput, UpdateRoleInput } from './role.mutation-inputs';
import { DeleteRolePayload, RolePayload } from './role.payloads';

/** 角色管理: custom roles of the viewer's partner. Needs org:role-manage (see permissions/field-access.ts). */
@Resolver()
export class RoleMutationResolver {
  @Mutation(() => RolePayload, {
    description:
      'Creates a custom role of your partner (at most 10: CUSTOM_ROLE_LIMIT_REACHED, exact under concurrent requests). The default permissions are added automatically. Needs org:role-manage. Audited.',
  })
  createRole(
    @Arg('input', () => CreateRoleInput, { description: 'Name, description and permission codes of the new role.' })
    input: CreateRoleInput,
    @Ctx() ctx: Context,
  ): Promise<RolePayload> {
    return createRole(ctx, input);
  }

  @Mutation(() => RolePayload, {
    description:
      "Changes a custom role's name, description or permissions (preset roles are read-only). Members holding the role get the new permissions from their next request on. Needs org:role-manage. Audited.",
  })
  updateRole(
    @Arg('input', () => UpdateRoleInput, {
      description: 'The custom role and the name, description or permissions to change.',
    })
    input: UpdateRoleInput,
    @Ctx() ctx: Context,
  ): Promise<RolePayload> {
    return updateRole(ctx, input);
  }

  @Mutation(() => DeleteRolePayload, {
    description:
      'Deletes a custom role that no active member holds (a member keeps at least one role) and no pending invitation names. Needs org:role-manage. Audited.',
  })
  deleteRole(
    @Arg('input', () => DeleteRoleInput, { description: 'The custom role to delete.' }) input: DeleteRoleInput,
    @Ctx() ctx: Context,
  ): Promise<DeleteRolePayload> {
    return deleteRole(ctx, input);
  }
}
