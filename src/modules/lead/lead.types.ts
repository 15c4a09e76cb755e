import { Field, ID, InputType, ObjectType } from 'type-graphql';
import { ConnectionType } from '../../common/connection';
import { Lead, LeadCallRequest } from './lead.entity';
import { LeadCallStatus, LeadSource, LeadStatus } from './lead.enums';

@ObjectType('LeadConnection', { simpleResolvers: true, description: 'A page of leads (线索), newest first.' })
export class LeadConnection extends ConnectionType(Lead, 'Lead', 'lead') {}

@ObjectType('LeadCallRequestConnection', {
  simpleResolvers: true,
  description: 'A page of outbound-call requests (外呼), newest first.',
})
export class LeadCallRequestConnection extends ConnectionType(LeadCallRequest, 'LeadCallRequest', 'call request') {}

@InputType({ description: 'Filters of leads; all given ones must match.' })
export class LeadFilter {
  @Field(() => LeadStatus, { nullable: true, description: 'Only leads in this status.' })
  status?: LeadStatus | null;

  @Field(() => LeadSource, {
    nullable: true,
    description: 'Only leads created by your partner, or dispatched by the cloud.',
  })
  source?: LeadSource | null;

  @Field(() => ID, {
    nullable: true,
    description: 'Only leads assigned to this account manager (a Member id); within your own scope.',
  })
  assignedManagerId?: string | null;

  @Field(() => Boolean, {
    nullable: true,
    description: 'True: only leads nobody is assigned to; false: only assigned ones.',
  })
  unassigned?: boolean | null;

  @Field(() => String, {
    nullable: true,
    description:
      'Text search (1–64 characters, not blank), case-insensitive substring of the company or contact name. (design) For a partner in marketing plan 2.0 (营销计划2.0) a search never compares with the anonymised phone or e-mail, so it cannot reveal them; for other partners it also matches the phone and e-mail.',
  })
  search?: string | null;
}

@InputType({ description: 'Filters of the operators’ lead list; all given ones must match.' })
export class OperatorLeadFilter extends LeadFilter {
  @Field(() => ID, { nullable: true, description: 'Only leads of this partner (a Partner id).' })
  partnerId?: string | null;
}

@InputType({ description: 'Filters of outbound-call requests.' })
export class LeadCallFilter {
  @Field(() => LeadCallStatus, {
    nullable: true,
    description: 'Only requests in this status (REQUESTED: the work list).',
  })
  status?: LeadCallStatus | null;
}
