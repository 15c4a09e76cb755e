import { Arg, Args, Ctx, FieldResolver, ObjectType, Resolver, Root } from 'type-graphql';
import type { Context } from '../../context';
import { ConnectionArgs, ConnectionType, toPageRequest } from '../../common/connection';
import { findPage, findByIds } from '../../common/paging';
import { requireOperator } from '../../permissions/viewer';
import { Member } from '../member/member.entity';
import { MemberStatus } from '../member/member.enums';
import { memberById } from '../member/member.loaders';
import { OperatorViewer } from '../operator/operator.resolver';
import { Partner } from '../partner/partner.entity';
import { MemberQualification, SpecialistApplication } from './qualification.entity';
import { SpecialistApplicationStatus } from './qualification.enums';
import {
  applicantNameByMemberId,
  qualificationsByMemberId,
  specialistApplicationsByMemberId,
} from './qualification.loaders';

@ObjectType('SpecialistApplicationConnection', {
  simpleResolvers: true,
  description: 'A page of project-specialist applications (项目专员), newest first.',
})
export class SpecialistApplicationConnection extends ConnectionType(
  SpecialistApplication,
  'SpecialistApplication',
  'project-specialist application',
) {}

@Resolver(() => Member)
export class MemberQualificationResolver {
  @FieldResolver(() => [MemberQualification], {
    description:
      '个人资质: the member’s employment, certificates, training and projects, by kind then newest first. Yours always; a colleague’s with qualification:view, and only while its association is ACTIVE: after 取消关联 they are no longer shared (an empty list).',
  })
  qualifications(@Root() member: Member, @Ctx() ctx: Context): Promise<MemberQualification[]> {
    if (member.status !== MemberStatus.ACTIVE && ctx.viewer?.member.id !== member.id) return Promise.resolve([]);
    return qualificationsByMemberId(ctx).load(member.id);
  }

  @FieldResolver(() => [SpecialistApplication], {
    description:
      'The member’s project-specialist applications (项目专员) and their assessment, newest first. Yours always; a colleague’s with qualification:view while its association is ACTIVE.',
  })
  specialistApplications(@Root() member: Member, @Ctx() ctx: Context): Promise<SpecialistApplication[]> {
    if (member.status !== MemberStatus.ACTIVE && ctx.viewer?.member.id !== member.id) return Promise.resolve([]);
    return specialistApplicationsByMemberId(ctx).load(member.id);
  }
}

@Resolver(() => SpecialistApplication)
export class SpecialistApplicationResolver {
  @FieldResolver(() => Member, {
    nullable: true,
    description: 'The expert the application is for (members of the partner only; operators read applicantName).',
  })
  member(@Root() application: SpecialistApplication, @Ctx() ctx: Context): Promise<Member | null> {
    return memberById(ctx).load(application.member.id);
  }

  @FieldResolver(() => String, {
    description: 'The expert’s display name (what an assessing operator sees of the member).',
  })
  async applicantName(@Root() application: SpecialistApplication, @Ctx() ctx: Context): Promise<string> {
    return (await applicantNameByMemberId(ctx).load(application.member.id)) ?? '';
  }

  @FieldResolver(() => String, { description: 'Name of the partner that applied.' })
  async partnerName(@Root() application: SpecialistApplication, @Ctx() ctx: Context): Promise<string> {
    const partners = ctx.loaders.get<number, Partner | null>('specialistPartnerById', '', (ids) =>
      findByIds(ctx.em, Partner, ids),
    );
    return (await partners.load(application.partner.id))?.name ?? '';
  }
}

@Resolver(() => OperatorViewer)
export class OperatorSpecialistResolver {
  @FieldResolver(() => SpecialistApplicationConnection, {
    description:
      'Every partner’s project-specialist applications, newest first (the assessment queue; needs ops:program).',
  })
  specialistApplications(
    @Args() args: ConnectionArgs,
    @Arg('status', () => SpecialistApplicationStatus, {
      nullable: true,
      description: 'Only applications in this state (SUBMITTED: those waiting for an assessment).',
    })
    status: SpecialistApplicationStatus | null,
    @Ctx() ctx: Context,
  ) {
    requireOperator(ctx);
    return findPage(ctx.em, SpecialistApplication, status ? { status } : {}, toPageRequest(args));
  }
}
