import { Arg, Ctx, Mutation, Resolver } from 'type-graphql';
import type { Context } from '../../context';
import {
  ApplyForProjectSpecialistInput,
  AssessSpecialistApplicationInput,
  DeleteMyQualificationInput,
  SaveMyQualificationInput,
} from './qualification.mutation-inputs';
import { MyQualificationPayload, SpecialistApplicationPayload } from './qualification.payloads';
import { deleteMyQualification, saveMyQualification } from './qualification.service';
import { applyForProjectSpecialist, assessSpecialistApplication } from './specialist.service';

/** 个人资质 and 项目专员: a member's own entries, the partner's applications, the cloud's assessment. */
@Resolver()
export class QualificationMutationResolver {
  @Mutation(() => MyQualificationPayload, {
    description:
      '维护个人资质: adds an entry to your own qualifications (employment, certificate, training, project) or replaces one of yours. Shared with your partner while your association lasts. Refusals: QUALIFICATION_NOT_FOUND, QUALIFICATION_TITLE_INVALID, QUALIFICATION_TEXT_TOO_LONG, QUALIFICATION_DATES_INVALID, QUALIFICATION_LIMIT. Idempotent with its key. Needs partner-info:edit-account (a default point: your own information). Audited.',
  })
  saveMyQualification(
    @Arg('input', () => SaveMyQualificationInput, { description: 'The entry.' }) input: SaveMyQualificationInput,
    @Ctx() ctx: Context,
  ): Promise<MyQualificationPayload> {
    return saveMyQualification(ctx, input);
  }

  @Mutation(() => MyQualificationPayload, {
    description:
      'Removes one of your own qualification entries. Refusals: QUALIFICATION_NOT_FOUND. Idempotent with its key. Needs partner-info:edit-account. Audited.',
  })
  deleteMyQualification(
    @Arg('input', () => DeleteMyQualificationInput, { description: 'The entry to remove.' })
    input: DeleteMyQualificationInput,
    @Ctx() ctx: Context,
  ): Promise<MyQualificationPayload> {
    return deleteMyQualification(ctx, input);
  }

  @Mutation(() => SpecialistApplicationPayload, {
    description:
      '申请项目专员: applies for one of your members (an expert) to become a service-partner project specialist, with its résumé; the cloud assesses it (能力考察, 成熟度评估, 答辩) and the expert and you are notified (SPECIALIST_ASSESSED). Design: open to every partner identity; one SUBMITTED application per member at a time, none once approved. Refusals: MEMBER_NOT_FOUND, MEMBER_NOT_ACTIVE, RESUME_INVALID, SPECIALIST_APPLICATION_OPEN, ALREADY_SPECIALIST. Idempotent with its key. Needs qualification:specialist-apply. Audited.',
  })
  applyForProjectSpecialist(
    @Arg('input', () => ApplyForProjectSpecialistInput, { description: 'The expert and its résumé.' })
    input: ApplyForProjectSpecialistInput,
    @Ctx() ctx: Context,
  ): Promise<SpecialistApplicationPayload> {
    return applyForProjectSpecialist(ctx, input);
  }

  @Mutation(() => SpecialistApplicationPayload, {
    description:
      'A cloud operator assesses a SUBMITTED project-specialist application: APPROVED or REJECTED (with the assessment text), and the expert and the member who applied get a SPECIALIST_ASSESSED notification in the same transaction. Refusals: SPECIALIST_APPLICATION_NOT_FOUND, SPECIALIST_APPLICATION_NOT_SUBMITTED (also the answer to a retry, or to a concurrent second assessment: it never lands twice), ASSESSMENT_REQUIRED, ASSESSMENT_TOO_LONG. Operators with ops:program. Audited in the partner’s log.',
  })
  assessSpecialistApplication(
    @Arg('input', () => AssessSpecialistApplicationInput, { description: 'The application and the decision.' })
    input: AssessSpecialistApplicationInput,
    @Ctx() ctx: Context,
  ): Promise<SpecialistApplicationPayload> {
    return assessSpecialistApplication(ctx, input);
  }
}
