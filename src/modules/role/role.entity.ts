import { Entity, Enum, ManyToOne, PrimaryKey, Property, Unique, type Ref, OptionalProps } from '@mikro-orm/core';
import { Field, ID, ObjectType } from 'type-graphql';
import { Node } from '../../common/node';
import { toGlobalId } from '../../common/global-id';
import { Partner } from '../partner/partner.entity';
import { PresetRole } from './role.enums';

@Entity({ tableName: 'role' })
@Unique({ properties: ['partner', 'name'] })
@ObjectType('Role', {
  implements: Node,
  description: '角色: a named set of permission points of one partner; preset or custom.',
})
export class Role {
  /** Getters are not columns: leave them out of create data. */
  [OptionalProps]?: 'globalId' | 'isCustom';

  @PrimaryKey()
  id!: number;

  @ManyToOne(() => Partner, { ref: true })
  partner!: Ref<Partner>;

  @Field(() => String, { description: 'Role name shown in the partner center.' })
  @Property({ length: 64 })
  name!: string;

  @Field(() => PresetRole, { nullable: true, description: 'Which preset role this is; null for a custom role.' })
  @Enum({ items: () => PresetRole, nullable: true })
  presetKey?: PresetRole | null;

  @Field(() => String, { nullable: true, description: 'What the role is for.' })
  @Property({ type: 'string', length: 500, nullable: true })
  description?: string | null;

  /** Permission codes (catalogue codes); always include the identity's defaults. */
  @Property({ type: 'json' })
  permissionCodes!: string[];

  @Field(() => Date, { description: 'When the role was created.' })
  @Property()
  createdAt!: Date;

  @Field(() => ID, { name: 'id', description: 'Opaque global id.' })
  get globalId(): string {
    return toGlobalId('Role', this.id);
  }

  @Field(() => Boolean, { description: 'True for a custom role the partner defined.' })
  get isCustom(): boolean {
    return this.presetKey == null;
  }
}
