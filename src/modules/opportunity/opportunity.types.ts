import { Field, ID, InputType, ObjectType } from 'type-graphql';
import { ConnectionType } from '../../common/connection';
import { MutationPayload } from '../../common/payload';
import { Opportunity } from './opportunity.entity';
import { OpportunityReviewAction, OpportunityStatus } from './opportunity.enums';

@ObjectType('OpportunityConnection', {
  simpleResolvers: true,
  description: 'A page of opportunities shared with the cloud, newest first.',
})
export class OpportunityConnection extends ConnectionType(Opportunity, 'Opportunity', 'opportunity') {}

@InputType({ description: 'Filters of opportunities; all given ones must match.' })
export class OpportunityFilter {
  @Field(() => OpportunityStatus, { nullable: true, description: 'Only opportunities in this status.' })
  status?: OpportunityStatus | null;
}

@InputType({ description: '共享给华为: an opportunity to share (no representative office is chosen).' })
export class ShareOpportunityInput {
  @Field(() => String, { description: '客户名称: 1–100 characters.' })
  customerName!: string;

  @Field(() => String, {
    nullable: true,
    description:
      'The customer’s cloud account name, if it has one (OPPORTUNITY_ACCOUNT_NOT_FOUND otherwise); it decides whether the customer is new to the cloud.',
  })
  cloudAccountName?: string | null;

  @Field(() => String, {
    description: '客户所在地: one of the representative offices’ regions (viewer.representativeOffices).',
  })
  region!: string;

  @Field(() => String, { nullable: true, description: '机会点描述: at most 500 characters.' })
  description?: string | null;

  @Field(() => String, {
    nullable: true,
    description:
      'Idempotency key (or the Idempotency-Key header), unique per partner: a retry with the same key replays the first answer; the same key with a different input is refused (IDEMPOTENCY_KEY_REUSED). Kept 7 days.',
  })
  idempotencyKey?: string | null;
}

@InputType({ description: 'An operator’s step on an opportunity (ops:lead).' })
export class ReviewOpportunityInput {
  @Field(() => ID, { description: 'The Opportunity id (any partner’s).' })
  id!: string;

  @Field(() => OpportunityReviewAction, { description: 'The step; it must start from the opportunity’s status.' })
  action!: OpportunityReviewAction;

  @Field(() => String, {
    nullable: true,
    description: 'Why: required for REJECT (the partner reads it as rejectReason), at most 500 characters.',
  })
  reason?: string | null;
}

@ObjectType({ simpleResolvers: true, description: 'Result of shareOpportunity and reviewOpportunity.' })
export class OpportunityPayload extends MutationPayload {
  @Field(() => Opportunity, {
    nullable: true,
    description: 'The opportunity as it is now; null when refused (nothing changed).',
  })
  opportunity!: Opportunity | null;
}
