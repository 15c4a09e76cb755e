import { Entity, ManyToOne, PrimaryKey, type Ref, Unique } from '@mikro-orm/core';
import type { Member } from '../member/member.entity';
import { Role } from './role.entity';

/**
 * Which roles a member holds (the `member_role` pivot). It lives with the roles so that the role
 * module reads it without importing the member module: the member end is named by its entity name
 * (a type-only import), and member.entity.ts re-exports this class.
 */
@Entity({ tableName: 'member_role' })
@Unique({ properties: ['member', 'role'] })
export class MemberRole {
  @PrimaryKey()
  id!: number;

  @ManyToOne('Member', { ref: true })
  member!: Ref<Member>;

  @ManyToOne(() => Role, { ref: true, index: true })
  role!: Ref<Role>;
}
