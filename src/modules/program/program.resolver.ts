import { Args, Ctx, FieldResolver, ObjectType, Resolver, Root } from 'type-graphql';
import type { Context } from '../../context';
import { ConnectionArgs, ConnectionType, toPageRequest } from '../../common/connection';
import { findPage } from '../../common/paging';
import { assertPartnerRelation } from '../../permissions/scopes';
import { requireViewer } from '../../permissions/viewer';
import { Partner } from '../partner/partner.entity';
import { ProgramMembership } from './program.entity';
import './program.loaders';

@ObjectType('ProgramMembershipConnection', {
  simpleResolvers: true,
  description: 'A page of program memberships, newest first.',
})
export class ProgramMembershipConnection extends ConnectionType(
  ProgramMembership,
  'ProgramMembership',
  'program membership',
) {}

@Resolver(() => Partner)
export class PartnerProgramsResolver {
  @FieldResolver(() => ProgramMembershipConnection, {
    description:
      '加入的计划: the programs and development paths your partner joined (every status: ACTIVE, EXPIRED, ENDED), newest first.',
  })
  programMemberships(@Root() partner: Partner, @Args() args: ConnectionArgs, @Ctx() ctx: Context) {
    assertPartnerRelation(requireViewer(ctx), partner.id, ['SELF'], 'programMemberships');
    return findPage(ctx.em, ProgramMembership, { partner: partner.id }, toPageRequest(args));
  }
}
