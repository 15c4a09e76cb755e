import { Field, ObjectType } from 'type-graphql';
import { MutationPayload } from '../../common/payload';
import { Lead, LeadCallRequest } from './lead.entity';

@ObjectType({
  simpleResolvers: true,
  description: 'Result of createLead, assignLead, followUpLead and dispatchLead.',
})
export class LeadPayload extends MutationPayload {
  @Field(() => Lead, { nullable: true, description: 'The lead as it is now; null when refused (nothing changed).' })
  lead!: Lead | null;
}

@ObjectType({ simpleResolvers: true, description: 'Result of requestLeadCall and completeLeadCall.' })
export class LeadCallPayload extends MutationPayload {
  @Field(() => LeadCallRequest, {
    nullable: true,
    description: 'The outbound-call request as it is now; null when refused (nothing changed).',
  })
  callRequest!: LeadCallRequest | null;
}
