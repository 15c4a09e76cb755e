import { Arg, Args, Ctx, Field, FieldResolver, InputType, ObjectType, Query, Resolver } from 'type-graphql';
import type { FilterQuery } from '@mikro-orm/core';
import type { Context } from '../../context';
import { ConnectionArgs, toPageRequest } from '../../common/connection';
import { containsText } from '../../common/filters';
import { findPage } from '../../common/paging';
import { requireOperator } from '../../permissions/viewer';
import { Partner } from '../partner/partner.entity';
import { PartnerIdentity, PartnerStatus } from '../partner/partner.enums';
import { PartnerConnection } from '../partner/partner.resolver';
import { CloudOperator } from './operator.entity';

@ObjectType('OperatorViewer', {
  simpleResolvers: true,
  description:
    "The signed-in cloud operator: who it is, what its duty lets it do, and every partner. Operators move the cloud's side of workflows; they never administer a partner's members or roles.",
})
export class OperatorViewer {
  @Field(() => CloudOperator, { description: 'The operator signed in.' })
  operator!: CloudOperator;

  @Field(() => [String], { description: 'The operator permission points of its duty (ops:…), sorted.' })
  permissions!: string[];
}

@InputType('OperatorPartnerFilter', { description: 'Filters of OperatorViewer.partners; all given ones must match.' })
export class OperatorPartnerFilter {
  @Field(() => PartnerIdentity, { nullable: true, description: 'Only partners of this identity.' })
  identity?: PartnerIdentity | null;

  @Field(() => PartnerStatus, { nullable: true, description: 'Only partners in this standing.' })
  status?: PartnerStatus | null;

  @Field(() => String, { nullable: true, description: 'Name contains this text (case-insensitive).' })
  nameContains?: string | null;
}

@Resolver(() => OperatorViewer)
export class OperatorViewerResolver {
  @Query(() => OperatorViewer, {
    description: 'The signed-in cloud operator (sign in with input.as: OPERATOR). FORBIDDEN for members and customers.',
  })
  operatorViewer(@Ctx() ctx: Context): OperatorViewer {
    const actor = requireOperator(ctx);
    return { operator: actor.operator, permissions: [...actor.permissions].sort() };
  }

  @FieldResolver(() => PartnerConnection, {
    description:
      "Every partner of the partner center, newest first (needs ops:partner-read). An operator reads a partner's name, identity, status and join date; balances, customers and members stay the partner's.",
  })
  partners(
    @Args() args: ConnectionArgs,
    @Arg('filter', () => OperatorPartnerFilter, { nullable: true, description: 'Filters; all given ones must match.' })
    filter: OperatorPartnerFilter | null,
    @Ctx() ctx: Context,
  ) {
    requireOperator(ctx);
    const build = (): FilterQuery<Partner> => ({
      ...(filter?.identity ? { identity: filter.identity } : {}),
      ...(filter?.status ? { status: filter.status } : {}),
      ...(filter?.nameContains ? containsText('name', filter.nameContains, 'filter.nameContains') : {}),
    });
    return findPage(ctx.em, Partner, build, toPageRequest(args));
  }
}
