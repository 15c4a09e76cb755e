import { Field, ID, InputType, Int } from 'type-graphql';
import { CloudLabDecision } from './cloud-lab.enums';

@InputType({ description: '申请云实验: apply for a lab of the catalogue.' })
export class ApplyCloudLabInput {
  @Field(() => ID, { description: 'A CloudLab id of the catalogue (Query.cloudLabs).' })
  labId!: string;

  @Field(() => String, { description: 'Why you want it (申请理由), 1–200 characters after trimming.' })
  purpose!: string;

  @Field(() => Int, { description: 'The hours asked for, 1 to the lab’s maxHours.' })
  plannedHours!: number;

  @Field(() => String, {
    nullable: true,
    description:
      'Idempotency key (or the Idempotency-Key header), unique per partner: a retry with the same key replays the first answer and never applies twice; the same key with a different input is refused (IDEMPOTENCY_KEY_REUSED). Kept 7 days.',
  })
  idempotencyKey?: string | null;
}

@InputType({ description: 'An operator’s decision on one pending cloud-lab application (ops:program).' })
export class HandleCloudLabApplicationInput {
  @Field(() => ID, { description: 'A CloudLabApplication id (any partner’s).' })
  id!: string;

  @Field(() => CloudLabDecision, { description: 'Approve or reject.' })
  decision!: CloudLabDecision;

  @Field(() => String, {
    nullable: true,
    description: 'REJECT: why (required, at most 200 characters); the applicant reads it. Ignored for APPROVE.',
  })
  reason?: string | null;
}
