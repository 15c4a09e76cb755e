import { Entity, OptionalProps, PrimaryKey, Property } from '@mikro-orm/core';
import { Field, ID, ObjectType } from 'type-graphql';
import { toGlobalId } from '../../common/global-id';
import { Node } from '../../common/node';

@Entity({ tableName: 'partner_news' })
@ObjectType('PartnerNews', {
  implements: Node,
  description:
    '新闻动态 (seed 004, default point support:news): news the cloud publishes to every partner; the same for all partners and identities.',
})
export class PartnerNews {
  [OptionalProps]?: 'globalId';

  @PrimaryKey()
  id!: number;

  @Field(() => String, { description: 'Headline (≤ 200 characters).' })
  @Property({ length: 200 })
  title!: string;

  @Field(() => String, { description: 'One-paragraph summary shown in the list (≤ 500 characters).' })
  @Property({ length: 500 })
  summary!: string;

  @Field(() => String, { description: 'The full text (plain text, paragraphs separated by blank lines).' })
  @Property({ type: 'text' })
  body!: string;

  @Field(() => Date, { description: 'When the cloud published it.' })
  @Property({ index: true })
  publishedAt!: Date;

  @Field(() => ID, { name: 'id', description: 'Opaque global id.' })
  get globalId(): string {
    return toGlobalId('PartnerNews', this.id);
  }
}
