import { Entity, Enum, Index, ManyToOne, OptionalProps, PrimaryKey, Property, type Ref, Unique } from '@mikro-orm/core';
import { Field, ID, ObjectType } from 'type-graphql';
import { toGlobalId } from '../../common/global-id';
import { Node } from '../../common/node';
import { Member } from '../member/member.entity';
import { Partner } from '../partner/partner.entity';
import { SolutionStatus } from './solution.enums';

@Entity({ tableName: 'solution' })
@Index({ properties: ['partner', 'status'] })
@Unique({ properties: ['partner', 'name'] })
@ObjectType('Solution', {
  implements: Node,
  description:
    '解决方案: a solution of the partner and where it stands in its lifecycle (SolutionStatus). The partner creates it and takes the design and configurator steps (moveSolution); the cloud’s PDM/PSA verifies it and lists the joint-sales goods (reviewSolution). (design) Names are unique per partner.',
})
export class Solution {
  [OptionalProps]?: 'globalId' | 'version';

  @PrimaryKey()
  id!: number;

  @ManyToOne(() => Partner, { ref: true })
  partner!: Ref<Partner>;

  @Field(() => String, { description: 'The solution’s name (方案名称), 1–100 characters, unique within the partner.' })
  @Property({ length: 100 })
  name!: string;

  @Field(() => String, {
    description: 'What it solves, as the partner wrote it (at most 1000 characters; may be empty).',
  })
  @Property({ length: 1000 })
  description!: string;

  @Field(() => SolutionStatus, { description: 'Where it stands (see SolutionStatus).' })
  @Enum({ items: () => SolutionStatus })
  status!: SolutionStatus;

  /** The member who created it. */
  @ManyToOne(() => Member, { ref: true })
  createdBy!: Ref<Member>;

  @Field(() => Date, { description: 'When it was created (立项).' })
  @Property()
  createdAt!: Date;

  @Field(() => Date, { description: 'When its status last changed.' })
  @Property()
  statusChangedAt!: Date;

  /** Bumped by every step. */
  @Property({ default: 1 })
  version!: number;

  @Field(() => ID, { name: 'id', description: 'Opaque global id.' })
  get globalId(): string {
    return toGlobalId('Solution', this.id);
  }
}
