import { Arg, Ctx, Mutation, Resolver } from 'type-graphql';
import type { Context } from '../../context';
import { completeLeadCall, dispatchLead } from './lead-operator.service';
import { assignLead, createLead, followUpLead, requestLeadCall } from './lead-partner.service';
import {
  AssignLeadInput,
  CompleteLeadCallInput,
  CreateLeadInput,
  DispatchLeadInput,
  FollowUpLeadInput,
  RequestLeadCallInput,
} from './lead.mutation-inputs';
import { LeadCallPayload, LeadPayload } from './lead.payloads';

const CONTACT_CODES =
  'LEAD_COMPANY_NAME_INVALID, LEAD_CONTACT_NAME_INVALID, LEAD_CONTACT_REQUIRED, LEAD_PHONE_INVALID, LEAD_EMAIL_INVALID, LEAD_TEXT_TOO_LONG';

@Resolver()
export class LeadMutationResolver {
  @Mutation(() => LeadPayload, {
    description: `新建线索: a NEW lead of your partner (source PARTNER), optionally assigned to an account manager (told by LEAD_ASSIGNED). Refused, with nothing changed: ${CONTACT_CODES}, LEAD_MANAGER_INVALID. Idempotent with its key. Needs lead:create.`,
  })
  createLead(
    @Arg('input', () => CreateLeadInput, { description: 'The lead.' }) input: CreateLeadInput,
    @Ctx() ctx: Context,
  ) {
    return createLead(ctx, input);
  }

  @Mutation(() => LeadPayload, {
    description:
      '分配线索: assign a NEW or FOLLOWING_UP lead to an account manager, who is told (LEAD_ASSIGNED). Refused, with nothing changed: LEAD_NOT_FOUND, LEAD_STATUS_INVALID, LEAD_MANAGER_INVALID. Idempotent with its key. Needs lead:assign.',
  })
  assignLead(
    @Arg('input', () => AssignLeadInput, { description: 'The lead and the manager.' }) input: AssignLeadInput,
    @Ctx() ctx: Context,
  ) {
    return assignLead(ctx, input);
  }

  @Mutation(() => LeadPayload, {
    description:
      '跟进线索: add a follow-up record (跟进记录); the first moves NEW → FOLLOWING_UP, and an outcome ends the lead (CONVERTED, or CLOSED with a reason). Refused, with nothing changed: LEAD_NOT_FOUND, LEAD_STATUS_INVALID, LEAD_FOLLOW_UP_INVALID, LEAD_CLOSE_REASON_REQUIRED, LEAD_CLOSE_REASON_UNEXPECTED. Idempotent with its key. Needs lead:follow-up.',
  })
  followUpLead(
    @Arg('input', () => FollowUpLeadInput, { description: 'The lead, the record and the outcome.' })
    input: FollowUpLeadInput,
    @Ctx() ctx: Context,
  ) {
    return followUpLead(ctx, input);
  }

  @Mutation(() => LeadCallPayload, {
    description:
      '外呼: ask the platform to call the lead’s contact and connect you; the number stays with the platform (REQUESTED until an operator completes it). (design) Open to every partner, the only way for marketing plan 2.0 partners. Refused, with nothing changed: LEAD_NOT_FOUND, LEAD_STATUS_INVALID, LEAD_NO_PHONE, LEAD_CALL_PENDING. Idempotent with its key. Needs lead:follow-up.',
  })
  requestLeadCall(
    @Arg('input', () => RequestLeadCallInput, { description: 'The lead.' }) input: RequestLeadCallInput,
    @Ctx() ctx: Context,
  ) {
    return requestLeadCall(ctx, input);
  }

  @Mutation(() => LeadPayload, {
    description: `Cloud operators only (ops:lead): 线索派发, a NEW unassigned lead (source CLOUD) to a partner; its members holding lead:assign are told (LEAD_DISPATCHED). Refused, with nothing changed: LEAD_PARTNER_INVALID, ${CONTACT_CODES}. FORBIDDEN for members and customers.`,
  })
  dispatchLead(
    @Arg('input', () => DispatchLeadInput, { description: 'The partner and the lead.' }) input: DispatchLeadInput,
    @Ctx() ctx: Context,
  ) {
    return dispatchLead(ctx, input);
  }

  @Mutation(() => LeadCallPayload, {
    description:
      'Cloud operators only (ops:lead): the platform’s result of an outbound call (外呼), REQUESTED → CONNECTED / NOT_CONNECTED, once. Refused, with nothing changed: LEAD_CALL_NOT_FOUND, LEAD_CALL_STATUS_INVALID, LEAD_TEXT_TOO_LONG. FORBIDDEN for members and customers.',
  })
  completeLeadCall(
    @Arg('input', () => CompleteLeadCallInput, { description: 'The call and its result.' })
    input: CompleteLeadCallInput,
    @Ctx() ctx: Context,
  ) {
    return completeLeadCall(ctx, input);
  }
}
