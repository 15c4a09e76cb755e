import { DateTimeType, Entity, Enum, PrimaryKey, Property } from '@mikro-orm/core';
import { Field, ID, ObjectType } from 'type-graphql';
import { toGlobalId } from '../../common/global-id';
import { OperatorDuty } from './operator.enums';

/**
 * A member of the cloud's own partner-operations staff (华为运营人员 / 生态经理 / 华为财经). Operators
 * read every partner and move the cloud's side of the workflows; they never administer a partner's
 * members or roles. Their permission points follow from their duty (permissions/operator-duties.ts).
 */
@Entity({ tableName: 'cloud_operator' })
@ObjectType('CloudOperator', {
  simpleResolvers: true,
  description: "A signed-in member of the cloud's partner operations.",
})
export class CloudOperator {
  @PrimaryKey()
  id!: number;

  @Field(() => String, { description: 'Sign-in name, e.g. ops-admin.' })
  @Property({ length: 64, unique: true })
  loginName!: string;

  @Field(() => String, { description: 'Name shown to partners in workflow histories.' })
  @Property({ length: 100 })
  displayName!: string;

  @Field(() => OperatorDuty, { description: 'What the operator does; decides its permission points.' })
  @Enum({ items: () => OperatorDuty })
  duty!: OperatorDuty;

  @Property({ length: 200, lazy: true, hidden: true })
  passwordHash!: string;

  @Field(() => String, { nullable: true, description: 'Work e-mail (verification codes and notifications).' })
  @Property({ type: 'string', length: 200, nullable: true })
  email?: string | null;

  @Property()
  createdAt!: Date;

  /** A disabled operator's tokens stop working at once. */
  @Property({ type: DateTimeType, nullable: true })
  disabledAt?: Date | null;

  @Field(() => ID, { name: 'id', description: 'Opaque global id.' })
  get globalId(): string {
    return toGlobalId('CloudOperator', this.id);
  }
}
