/**
 * 申请项目专员 (seed 004): the partner administrator applies for an expert member with its résumé;
 * a cloud operator (ops:program) assesses it, SUBMITTED → APPROVED or REJECTED, conditionally (two
 * assessments cannot both land), and the expert and the applicant are notified (SPECIALIST_ASSESSED).
 */
import type { SqlEntityManager } from '@mikro-orm/knex';
import type { Context } from '../../context';
import { UserError } from '../../common/errors';
import { idOfType } from '../../common/global-id';
import { refusal, success } from '../../common/mutation-kit';
import { lockRows } from '../../db/locks';
import { requireOperator, requireViewer } from '../../permissions/viewer';
import { recordAudit } from '../audit/audit.service';
import { idempotent } from '../idempotency/idempotency.service';
import { Member } from '../member/member.entity';
import { MemberStatus } from '../member/member.enums';
import { NotificationKind } from '../notification/notification.enums';
import { toMember } from '../notification/notification.recipient';
import { addressed, notify } from '../notification/notification.service';
import { SpecialistApplication } from './qualification.entity';
import { SpecialistApplicationStatus, SpecialistDecision } from './qualification.enums';
import type { ApplyForProjectSpecialistInput, AssessSpecialistApplicationInput } from './qualification.mutation-inputs';
import type { SpecialistApplicationPayload } from './qualification.payloads';

export const MIN_RESUME_LENGTH = 20;
export const MAX_RESUME_LENGTH = 5000;
export const MAX_ASSESSMENT_LENGTH = 1000;

const refused = refusal<SpecialistApplicationPayload>({ application: null });

/** Why this member cannot get a new application now (its row locked by the caller). */
async function applicationRefusal(
  tx: SqlEntityManager,
  partnerId: number,
  memberId: number,
): Promise<UserError | null> {
  const member = await tx.findOne(Member, { id: memberId, partner: partnerId }, { refresh: true });
  if (!member)
    return new UserError('MEMBER_NOT_FOUND', 'No member with that id exists in your partner.', 'input.memberId');
  if (member.status !== MemberStatus.ACTIVE)
    return new UserError('MEMBER_NOT_ACTIVE', "This member's association is cancelled.", 'input.memberId');
  const open = await tx.find(SpecialistApplication, {
    member: memberId,
    status: { $in: [SpecialistApplicationStatus.SUBMITTED, SpecialistApplicationStatus.APPROVED] },
  });
  if (open.some((a) => a.status === SpecialistApplicationStatus.APPROVED))
    return new UserError(
      'ALREADY_SPECIALIST',
      'This member is already a project specialist of your partner.',
      'input.memberId',
    );
  if (open.length)
    return new UserError(
      'SPECIALIST_APPLICATION_OPEN',
      'This member has an application waiting for its assessment.',
      'input.memberId',
    );
  return null;
}

/** applyForProjectSpecialist: a SUBMITTED application for an active member of the viewer's partner. */
export function applyForProjectSpecialist(
  ctx: Context,
  input: ApplyForProjectSpecialistInput,
): Promise<SpecialistApplicationPayload> {
  const viewer = requireViewer(ctx);
  const memberId = idOfType(input.memberId, 'Member', 'input.memberId');
  const resume = input.resume.trim();
  if (resume.length < MIN_RESUME_LENGTH || resume.length > MAX_RESUME_LENGTH)
    return Promise.resolve(
      refused(
        new UserError(
          'RESUME_INVALID',
          `A résumé has ${MIN_RESUME_LENGTH}–${MAX_RESUME_LENGTH} characters.`,
          'input.resume',
        ),
      ),
    );
  return idempotent(ctx, {
    operation: 'applyForProjectSpecialist',
    input,
    refused,
    execute: async (tx) => {
      // One member's applications are checked and added one request at a time.
      await lockRows(tx, 'member', [memberId]);
      const problem = await applicationRefusal(tx, viewer.partner.id, memberId);
      if (problem) return refused(problem);
      const application = tx.create(SpecialistApplication, {
        partner: viewer.partner.id,
        member: memberId,
        appliedBy: viewer.member.id,
        resume,
        status: SpecialistApplicationStatus.SUBMITTED,
        createdAt: new Date(),
        assessedAt: null,
        assessedBy: null,
        assessment: null,
      });
      await tx.flush();
      await recordAudit(tx, ctx, {
        action: 'applyForProjectSpecialist',
        target: application.globalId,
        before: null,
        after: { member: input.memberId, status: application.status, resumeLength: resume.length },
      });
      return success<SpecialistApplicationPayload>({ application });
    },
  });
}

function assessmentRefusal(input: AssessSpecialistApplicationInput): UserError | null {
  const text = input.assessment?.trim() ?? '';
  if (text.length > MAX_ASSESSMENT_LENGTH)
    return new UserError(
      'ASSESSMENT_TOO_LONG',
      `An assessment has at most ${MAX_ASSESSMENT_LENGTH} characters.`,
      'input.assessment',
    );
  if (input.decision === SpecialistDecision.REJECT && !text)
    return new UserError('ASSESSMENT_REQUIRED', 'Say why the application is rejected.', 'input.assessment');
  return null;
}

/** assessSpecialistApplication: an operator's decision on a SUBMITTED application. */
export async function assessSpecialistApplication(
  ctx: Context,
  input: AssessSpecialistApplicationInput,
): Promise<SpecialistApplicationPayload> {
  const { operator } = requireOperator(ctx);
  const id = idOfType(input.applicationId, 'SpecialistApplication', 'input.applicationId');
  const problem = assessmentRefusal(input);
  if (problem) return refused(problem);
  const status =
    input.decision === SpecialistDecision.APPROVE
      ? SpecialistApplicationStatus.APPROVED
      : SpecialistApplicationStatus.REJECTED;
  return ctx.em.transactional(async (tx) => {
    const application = await tx.findOne(SpecialistApplication, id, { refresh: true });
    if (!application)
      return refused(
        new UserError(
          'SPECIALIST_APPLICATION_NOT_FOUND',
          'No project-specialist application has this id.',
          'input.applicationId',
        ),
      );
    const now = new Date();
    const assessment = input.assessment?.trim() || null;
    // Conditional: of two assessments racing, only one moves the application.
    const moved = await tx.nativeUpdate(
      SpecialistApplication,
      { id, status: SpecialistApplicationStatus.SUBMITTED },
      { status, assessedAt: now, assessedBy: operator.id, assessment },
    );
    if (moved !== 1)
      return refused(
        new UserError(
          'SPECIALIST_APPLICATION_NOT_SUBMITTED',
          `The application is ${application.status}: it was already assessed.`,
          'input.applicationId',
        ),
      );
    await recordAudit(tx, ctx, {
      action: 'assessSpecialistApplication',
      partnerId: application.partner.id,
      target: application.globalId,
      before: { status: SpecialistApplicationStatus.SUBMITTED },
      after: { status, assessment },
    });
    const verdict = status === SpecialistApplicationStatus.APPROVED ? '已通过 approved' : '未通过 rejected';
    await notify(
      tx,
      addressed([toMember(application.member.id), toMember(application.appliedBy.id)], {
        kind: NotificationKind.SPECIALIST_ASSESSED,
        title: `项目专员申请${verdict}`,
        body: assessment ? `Assessment: ${assessment}` : 'Your project-specialist application was assessed.',
        subject: application.globalId,
      }),
    );
    const fresh = await tx.findOneOrFail(SpecialistApplication, id, { refresh: true });
    return success<SpecialistApplicationPayload>({ application: fresh });
  });
}
