import { Field, ID, InputType } from 'type-graphql';
import { QualificationKind, SpecialistDecision } from './qualification.enums';

const KEY_DOC =
  'Idempotency key (or the Idempotency-Key header), unique per partner: a retry with the same key replays the first answer and never changes twice; the same key with a different input is refused (IDEMPOTENCY_KEY_REUSED). Kept 7 days.';

@InputType('SaveMyQualificationInput', {
  description:
    '维护个人资质: adds an entry to your own qualifications, or (with qualificationId) replaces one of yours. At most 50 entries per member (QUALIFICATION_LIMIT).',
})
export class SaveMyQualificationInput {
  @Field(() => ID, {
    nullable: true,
    description:
      'The entry to replace (a MemberQualification id of yours; QUALIFICATION_NOT_FOUND otherwise, also for a colleague’s). Omit to add a new entry.',
  })
  qualificationId?: string | null;

  @Field(() => QualificationKind, { description: 'Employment, certificate, training or project.' })
  kind!: QualificationKind;

  @Field(() => String, {
    description: 'Title, certificate, course or project: 1–200 characters (QUALIFICATION_TITLE_INVALID).',
  })
  title!: string;

  @Field(() => String, {
    nullable: true,
    description: 'Employer, issuer, provider or customer: at most 200 characters (QUALIFICATION_TEXT_TOO_LONG).',
  })
  organisation?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'From, YYYY-MM-DD, not in the future (QUALIFICATION_DATES_INVALID).',
  })
  startedOn?: string | null;

  @Field(() => String, {
    nullable: true,
    description:
      'Until, YYYY-MM-DD, not before startedOn (QUALIFICATION_DATES_INVALID); a certificate’s expiry may lie ahead. Null: ongoing.',
  })
  endedOn?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Free text, at most 1000 characters (QUALIFICATION_TEXT_TOO_LONG).',
  })
  description?: string | null;

  @Field(() => String, { nullable: true, description: KEY_DOC })
  idempotencyKey?: string | null;
}

@InputType('DeleteMyQualificationInput', { description: 'One of your own qualification entries to remove.' })
export class DeleteMyQualificationInput {
  @Field(() => ID, {
    description: 'A MemberQualification id of yours (QUALIFICATION_NOT_FOUND otherwise, also for a colleague’s).',
  })
  qualificationId!: string;

  @Field(() => String, { nullable: true, description: KEY_DOC })
  idempotencyKey?: string | null;
}

@InputType('ApplyForProjectSpecialistInput', {
  description: '申请项目专员: the expert (a member of your partner) and its résumé.',
})
export class ApplyForProjectSpecialistInput {
  @Field(() => ID, {
    description:
      'The expert (a Member id of your partner; MEMBER_NOT_FOUND otherwise), ACTIVE (MEMBER_NOT_ACTIVE), without a SUBMITTED application (SPECIALIST_APPLICATION_OPEN) and not already a specialist (ALREADY_SPECIALIST).',
  })
  memberId!: string;

  @Field(() => String, {
    description: 'The expert’s résumé (专家简历): 20–5000 characters (RESUME_INVALID).',
  })
  resume!: string;

  @Field(() => String, { nullable: true, description: KEY_DOC })
  idempotencyKey?: string | null;
}

@InputType('AssessSpecialistApplicationInput', {
  description:
    'A cloud operator’s assessment (能力考察, 成熟度评估, 答辩) of a SUBMITTED project-specialist application.',
})
export class AssessSpecialistApplicationInput {
  @Field(() => ID, {
    description:
      'The application (a SpecialistApplication id; SPECIALIST_APPLICATION_NOT_FOUND otherwise), SUBMITTED (SPECIALIST_APPLICATION_NOT_SUBMITTED).',
  })
  applicationId!: string;

  @Field(() => SpecialistDecision, { description: 'Approve or reject.' })
  decision!: SpecialistDecision;

  @Field(() => String, {
    nullable: true,
    description:
      'The assessment the partner reads: required to reject (ASSESSMENT_REQUIRED), at most 1000 characters (ASSESSMENT_TOO_LONG).',
  })
  assessment?: string | null;
}
