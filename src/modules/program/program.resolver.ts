import { Arg, Args, Ctx, Field, FieldResolver, InputType, ObjectType, Resolver, Root } from 'type-graphql';
import type { Context } from '../../context';
import { ConnectionArgs, ConnectionType } from '../../common/connection';
import { OperatorViewer } from '../operator/operator.resolver';
import { Partner } from '../partner/partner.entity';
import { ProgramMembership } from './program.entity';
import { ProgramApplicationStatus } from './program.enums';
import { ProgramApplication, ProgramInvitation } from './program-workflow.entity';
import { programPartnerById } from './program.loaders';
import {
  listApplicationsForOperator,
  listInvitationsForOperator,
  listPartnerApplications,
  listPartnerInvitations,
  listPartnerMemberships,
  listResellerInvitations,
} from './program.service';
import { ResellerInvitation } from './reseller-invitation.entity';

@ObjectType('ProgramMembershipConnection', {
  simpleResolvers: true,
  description: 'A page of program memberships, newest first.',
})
export class ProgramMembershipConnection extends ConnectionType(
  ProgramMembership,
  'ProgramMembership',
  'program membership',
) {}

@ObjectType('ProgramInvitationConnection', {
  simpleResolvers: true,
  description: 'A page of development-path invitations, newest first.',
})
export class ProgramInvitationConnection extends ConnectionType(
  ProgramInvitation,
  'ProgramInvitation',
  'path invitation',
) {}

@ObjectType('ProgramApplicationConnection', {
  simpleResolvers: true,
  description: 'A page of program applications, newest first.',
})
export class ProgramApplicationConnection extends ConnectionType(
  ProgramApplication,
  'ProgramApplication',
  'program application',
) {}

@ObjectType('ResellerInvitationConnection', {
  simpleResolvers: true,
  description: 'A page of reseller invitations, newest first.',
})
export class ResellerInvitationConnection extends ConnectionType(
  ResellerInvitation,
  'ResellerInvitation',
  'reseller invitation',
) {}

@InputType('ProgramApplicationFilter', { description: 'Filters of program applications; all given ones must match.' })
export class ProgramApplicationFilter {
  @Field(() => ProgramApplicationStatus, { nullable: true, description: 'Only applications in this status.' })
  status?: ProgramApplicationStatus | null;
}

const FILTER_DOC = { nullable: true, description: 'Filters; all given ones must match.' };

@Resolver(() => Partner)
export class PartnerProgramsResolver {
  @FieldResolver(() => ProgramMembershipConnection, {
    description:
      '加入的计划: the programs and development paths your partner joined (every status: ACTIVE, EXPIRED, ENDED), newest first.',
  })
  programMemberships(@Root() partner: Partner, @Args() args: ConnectionArgs, @Ctx() ctx: Context) {
    return listPartnerMemberships(ctx, partner.id, args);
  }

  @FieldResolver(() => ProgramInvitationConnection, {
    description:
      '发展路径邀请: the development-path invitations the cloud sent your partner (every status), newest first.',
  })
  programInvitations(@Root() partner: Partner, @Args() args: ConnectionArgs, @Ctx() ctx: Context) {
    return listPartnerInvitations(ctx, partner.id, args);
  }

  @FieldResolver(() => ProgramApplicationConnection, {
    description: '分销计划申请: your partner’s program applications and how they were handled, newest first.',
  })
  programApplications(
    @Root() partner: Partner,
    @Args() args: ConnectionArgs,
    @Arg('filter', () => ProgramApplicationFilter, FILTER_DOC) filter: ProgramApplicationFilter | null,
    @Ctx() ctx: Context,
  ) {
    return listPartnerApplications(ctx, partner.id, filter, args);
  }

  @FieldResolver(() => ResellerInvitationConnection, {
    description:
      '邀请关联云经销商: the reseller invitations your partner (a distributor) sent, every status, newest first; the link’s token is only in the e-mail.',
  })
  resellerInvitations(@Root() partner: Partner, @Args() args: ConnectionArgs, @Ctx() ctx: Context) {
    return listResellerInvitations(ctx, partner.id, args);
  }
}

@Resolver(() => ProgramInvitation)
export class ProgramInvitationResolver {
  @FieldResolver(() => Partner, { description: 'The partner invited.' })
  partner(@Root() invitation: ProgramInvitation, @Ctx() ctx: Context): Promise<Partner | null> {
    return programPartnerById(ctx).load(invitation.partner.id);
  }
}

@Resolver(() => ProgramApplication)
export class ProgramApplicationResolver {
  @FieldResolver(() => Partner, { description: 'The partner that applied.' })
  partner(@Root() application: ProgramApplication, @Ctx() ctx: Context): Promise<Partner | null> {
    return programPartnerById(ctx).load(application.partner.id);
  }
}

@Resolver(() => ResellerInvitation)
export class ResellerInvitationResolver {
  @FieldResolver(() => Partner, {
    nullable: true,
    description: 'The partner that accepted it, now your cloud reseller; null unless ACCEPTED.',
  })
  invitedPartner(@Root() invitation: ResellerInvitation, @Ctx() ctx: Context): Promise<Partner | null> | null {
    return invitation.invitedPartner ? programPartnerById(ctx).load(invitation.invitedPartner.id) : null;
  }
}

@Resolver(() => OperatorViewer)
export class OperatorProgramsResolver {
  @FieldResolver(() => ProgramApplicationConnection, {
    description:
      'Every partner’s program applications, newest first (needs ops:program): the work list to approve or reject.',
  })
  programApplications(
    @Args() args: ConnectionArgs,
    @Arg('filter', () => ProgramApplicationFilter, FILTER_DOC) filter: ProgramApplicationFilter | null,
    @Ctx() ctx: Context,
  ) {
    return listApplicationsForOperator(ctx, filter, args);
  }

  @FieldResolver(() => ProgramInvitationConnection, {
    description: 'Every development-path invitation sent, newest first (needs ops:program).',
  })
  programInvitations(@Args() args: ConnectionArgs, @Ctx() ctx: Context) {
    return listInvitationsForOperator(ctx, args);
  }
}
