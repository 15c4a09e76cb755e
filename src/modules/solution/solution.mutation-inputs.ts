import { Field, ID, InputType } from 'type-graphql';
import { SolutionStatus } from './solution.enums';

const IDEMPOTENCY_KEY_DOC =
  'Idempotency key (or the Idempotency-Key header), unique per partner: a retry with the same key replays the first answer and never creates or moves a solution twice; the same key with a different input is refused (IDEMPOTENCY_KEY_REUSED). Kept 7 days.';

@InputType({ description: '立项: a new solution of your partner.' })
export class CreateSolutionInput {
  @Field(() => String, { description: 'The name, 1–100 characters after trimming; unique within your partner.' })
  name!: string;

  @Field(() => String, { nullable: true, description: 'What it solves; at most 1000 characters.' })
  description?: string | null;

  @Field(() => String, { nullable: true, description: IDEMPOTENCY_KEY_DOC })
  idempotencyKey?: string | null;
}

@InputType({ description: 'One partner step of a solution’s lifecycle.' })
export class MoveSolutionInput {
  @Field(() => ID, { description: 'A Solution id of your partner.' })
  id!: string;

  @Field(() => SolutionStatus, {
    description:
      'The status to move it to: it must be the next one after its current status, and a partner step (SolutionStepBy.PARTNER). Naming the target makes a stale click a refusal, not a double move.',
  })
  to!: SolutionStatus;

  @Field(() => String, { nullable: true, description: IDEMPOTENCY_KEY_DOC })
  idempotencyKey?: string | null;
}

@InputType({ description: 'One operator step of a solution’s lifecycle (ops:program).' })
export class ReviewSolutionInput {
  @Field(() => ID, { description: 'A Solution id (any partner’s).' })
  id!: string;

  @Field(() => SolutionStatus, {
    description:
      'The status to move it to: the next one after its current status, and an operator step (SolutionStepBy.OPERATOR).',
  })
  to!: SolutionStatus;
}
