import { Arg, Args, Ctx, FieldResolver, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../context';
import { ConnectionArgs } from '../../common/connection';
import { Member } from '../member/member.entity';
import { OperatorViewer } from '../operator/operator.resolver';
import { Partner } from '../partner/partner.entity';
import { CloudLab, CloudLabApplication, CloudLabUsage } from './cloud-lab.entity';
import { labApplicantById, labById, labPartnerById, usageByApplicationId } from './cloud-lab.loaders';
import { ApplyCloudLabInput, HandleCloudLabApplicationInput } from './cloud-lab.mutation-inputs';
import { CloudLabApplicationPayload } from './cloud-lab.payloads';
import {
  applyCloudLab,
  handleCloudLabApplication,
  labOverview,
  listAllLabApplications,
  listCloudLabs,
  listLabApplications,
} from './cloud-lab.service';
import { CloudLabApplicationConnection, CloudLabApplicationFilter, CloudLabOverview } from './cloud-lab.types';

const FILTER_ARG = { nullable: true, description: 'Filters; all given ones must match.' } as const;

@Resolver(() => CloudLabApplication)
export class CloudLabApplicationResolver {
  @FieldResolver(() => CloudLab, { description: 'The lab applied for.' })
  async lab(@Root() a: CloudLabApplication, @Ctx() ctx: Context): Promise<CloudLab> {
    const lab = await labById(ctx).load(a.lab.id);
    if (!lab) throw new Error(`application ${a.id} without its lab`);
    return lab;
  }

  @FieldResolver(() => Member, { nullable: true, description: 'The member who applied.' })
  applicant(@Root() a: CloudLabApplication, @Ctx() ctx: Context): Promise<Member | null> {
    return labApplicantById(ctx).load(a.applicant.id);
  }

  @FieldResolver(() => Partner, { description: 'The partner of the applicant (an operator’s queue shows its name).' })
  async partner(@Root() a: CloudLabApplication, @Ctx() ctx: Context): Promise<Partner> {
    const partner = await labPartnerById(ctx).load(a.partner.id);
    if (!partner) throw new Error(`application ${a.id} without its partner`);
    return partner;
  }

  @FieldResolver(() => [CloudLabUsage], {
    description: '使用记录: its lab sessions, oldest first (APPROVED only have any).',
  })
  usage(@Root() a: CloudLabApplication, @Ctx() ctx: Context): Promise<CloudLabUsage[]> {
    return usageByApplicationId(ctx).load(a.id);
  }

  @FieldResolver(() => Int, { description: 'Minutes used over its finished sessions.' })
  async usedMinutes(@Root() a: CloudLabApplication, @Ctx() ctx: Context): Promise<number> {
    return (await usageByApplicationId(ctx).load(a.id)).reduce((s, u) => s + u.durationMinutes, 0);
  }
}

@Resolver(() => Partner)
export class PartnerCloudLabResolver {
  @FieldResolver(() => CloudLabApplicationConnection, {
    description: '云实验 › 申请记录: your own partner’s lab applications, newest first (needs cloud-lab:view).',
  })
  cloudLabApplications(
    @Root() partner: Partner,
    @Args() args: ConnectionArgs,
    @Arg('filter', () => CloudLabApplicationFilter, FILTER_ARG) filter: CloudLabApplicationFilter | null,
    @Ctx() ctx: Context,
  ) {
    return listLabApplications(ctx, partner.id, filter, args);
  }

  @FieldResolver(() => CloudLabOverview, {
    description:
      '云实验 › 数据概览: your own partner’s applications by status and the lab time used (needs cloud-lab:view).',
  })
  cloudLabOverview(@Root() partner: Partner, @Ctx() ctx: Context): Promise<CloudLabOverview> {
    return labOverview(ctx, partner.id);
  }
}

@Resolver(() => OperatorViewer)
export class OperatorCloudLabResolver {
  @FieldResolver(() => CloudLabApplicationConnection, {
    description: 'Every partner’s lab applications, newest first (needs ops:program): filter PENDING for the queue.',
  })
  cloudLabApplications(
    @Args() args: ConnectionArgs,
    @Arg('filter', () => CloudLabApplicationFilter, FILTER_ARG) filter: CloudLabApplicationFilter | null,
    @Ctx() ctx: Context,
  ) {
    return listAllLabApplications(ctx, filter, args);
  }
}

@Resolver()
export class CloudLabQueryResolver {
  @Query(() => [CloudLab], {
    description: '云实验: the cloud’s lab catalogue, in catalogue order (needs cloud-lab:view).',
  })
  cloudLabs(@Ctx() ctx: Context): Promise<CloudLab[]> {
    return listCloudLabs(ctx);
  }

  @Mutation(() => CloudLabApplicationPayload, {
    description:
      '申请云实验: apply for a lab of the catalogue (PENDING until an operator decides). Refused, with nothing changed: CLOUD_LAB_NOT_FOUND, CLOUD_LAB_PURPOSE_INVALID, CLOUD_LAB_HOURS_OUT_OF_RANGE, CLOUD_LAB_ALREADY_PENDING (you have a pending one for this lab). Idempotent with its key. Needs cloud-lab:apply.',
  })
  applyCloudLab(
    @Arg('input', () => ApplyCloudLabInput, { description: 'The lab, purpose and hours.' }) input: ApplyCloudLabInput,
    @Ctx() ctx: Context,
  ) {
    return applyCloudLab(ctx, input);
  }

  @Mutation(() => CloudLabApplicationPayload, {
    description:
      'Cloud operators only (ops:program): approve or reject a PENDING lab application; the applicant is notified (PROGRAM_APPLICATION_HANDLED). Refused, with nothing changed: CLOUD_LAB_APPLICATION_NOT_FOUND, CLOUD_LAB_APPLICATION_HANDLED (decided already: two operators at once decide once), CLOUD_LAB_REASON_REQUIRED, CLOUD_LAB_REASON_TOO_LONG. FORBIDDEN for members and customers.',
  })
  handleCloudLabApplication(
    @Arg('input', () => HandleCloudLabApplicationInput, { description: 'The application and the decision.' })
    input: HandleCloudLabApplicationInput,
    @Ctx() ctx: Context,
  ) {
    return handleCloudLabApplication(ctx, input);
  }
}
