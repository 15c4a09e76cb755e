import { Field, ID, ObjectType } from 'type-graphql';
import { MutationPayload } from '../../common/payload';
import { Role } from './role.entity';

@ObjectType('RolePayload', {
  simpleResolvers: true,
  description: 'Result of createRole / updateRole: the role as it is now, or userErrors.',
})
export class RolePayload extends MutationPayload {
  @Field(() => Role, {
    nullable: true,
    description: 'The created or updated role; null when the mutation was refused.',
  })
  role!: Role | null;
}

@ObjectType('DeleteRolePayload', { simpleResolvers: true, description: 'Result of deleteRole.' })
export class DeleteRolePayload extends MutationPayload {
  @Field(() => ID, {
    nullable: true,
    description: 'Global id of the deleted role (drop it from client caches); null when the mutation was refused.',
  })
  deletedRoleId!: string | null;
}
