import { Arg, Args, Ctx, FieldResolver, ID, Resolver, Root } from 'type-graphql';
import type { Context } from '../../context';
import { ConnectionArgs } from '../../common/connection';
import { findByIds } from '../../common/paging';
import { toGlobalId } from '../../common/global-id';
import { OperatorViewer } from '../operator/operator.resolver';
import { Partner } from '../partner/partner.entity';
import { anonymisedFor, maskPhone } from './lead.contact';
import { Lead, LeadCallRequest, LeadFollowUp } from './lead.entity';
import { callRequestsByLeadId, followUpsByLeadId, leadMemberById, leadPartnerById } from './lead.loaders';
import { listLeadCallRequests, listLeads, listLeadsForOperator } from './lead.service';
import {
  LeadCallFilter,
  LeadCallRequestConnection,
  LeadConnection,
  LeadFilter,
  OperatorLeadFilter,
} from './lead.types';

const FILTER_DOC = { nullable: true, description: 'Filters; all given ones must match.' };

@Resolver(() => Lead)
export class LeadResolver {
  @FieldResolver(() => String, {
    nullable: true,
    description:
      '电话. (design) Marketing plan 2.0 (营销计划2.0) partners read it masked, `139****1234` (first three and last four digits of the national number; `****` for short numbers), and call through requestLeadCall (外呼); other partners and the cloud’s operators read it in full. Null when the lead has no phone.',
  })
  phone(@Root() lead: Lead, @Ctx() ctx: Context): string | null {
    if (!lead.phone) return null;
    return anonymisedFor(ctx, lead.partner.id) ? maskPhone(lead.phone) : lead.phone;
  }

  @FieldResolver(() => String, {
    nullable: true,
    description:
      '邮箱. (design) Always null for marketing plan 2.0 (营销计划2.0) partners (an address cannot be masked usefully without revealing it); in full for other partners and the cloud’s operators.',
  })
  email(@Root() lead: Lead, @Ctx() ctx: Context): string | null {
    if (!lead.email) return null;
    return anonymisedFor(ctx, lead.partner.id) ? null : lead.email;
  }

  @FieldResolver(() => Boolean, {
    description: 'Whether this lead’s phone and e-mail are anonymised for you (your partner is in marketing plan 2.0).',
  })
  contactAnonymised(@Root() lead: Lead, @Ctx() ctx: Context): boolean {
    return anonymisedFor(ctx, lead.partner.id);
  }

  @FieldResolver(() => ID, {
    nullable: true,
    description: 'The assigned account manager’s Member id; null: unassigned.',
  })
  assignedManagerId(@Root() lead: Lead): string | null {
    return lead.assignedManager ? toGlobalId('Member', lead.assignedManager.id) : null;
  }

  @FieldResolver(() => String, {
    nullable: true,
    description: 'The assigned account manager’s display name; null: unassigned.',
  })
  async assignedManagerName(@Root() lead: Lead, @Ctx() ctx: Context): Promise<string | null> {
    if (!lead.assignedManager) return null;
    return (await leadMemberById(ctx).load(lead.assignedManager.id))?.displayName ?? null;
  }

  @FieldResolver(() => [LeadFollowUp], { description: '跟进记录: every follow-up, oldest first.' })
  followUps(@Root() lead: Lead, @Ctx() ctx: Context): Promise<LeadFollowUp[]> {
    return followUpsByLeadId(ctx).load(lead.id);
  }

  @FieldResolver(() => [LeadCallRequest], { description: '外呼记录: the outbound calls asked for, newest first.' })
  callRequests(@Root() lead: Lead, @Ctx() ctx: Context): Promise<LeadCallRequest[]> {
    return callRequestsByLeadId(ctx).load(lead.id);
  }

  @FieldResolver(() => Partner, { description: 'The partner the lead belongs to.' })
  partner(@Root() lead: Lead, @Ctx() ctx: Context): Promise<Partner | null> {
    return leadPartnerById(ctx).load(lead.partner.id);
  }
}

@Resolver(() => LeadFollowUp)
export class LeadFollowUpResolver {
  @FieldResolver(() => String, { description: 'The display name of the member who recorded it.' })
  async memberName(@Root() followUp: LeadFollowUp, @Ctx() ctx: Context): Promise<string> {
    return (await leadMemberById(ctx).load(followUp.member.id))?.displayName ?? '';
  }
}

@Resolver(() => LeadCallRequest)
export class LeadCallRequestResolver {
  @FieldResolver(() => Lead, {
    description: 'The lead to call (its phone shows as Lead.phone does for you: in full to the operators only).',
  })
  async lead(@Root() call: LeadCallRequest, @Ctx() ctx: Context): Promise<Lead> {
    const loaded = ctx.loaders.get<number, Lead | null>('leadOfCallById', '', (ids) => findByIds(ctx.em, Lead, ids));
    const lead = await loaded.load(call.lead.id);
    if (!lead) throw new Error(`call request ${call.id} without its lead`);
    return lead;
  }
}

@Resolver(() => Partner)
export class PartnerLeadsResolver {
  @FieldResolver(() => Boolean, {
    description:
      '营销计划2.0: whether your partner is in marketing plan 2.0, so that its leads’ phones and e-mails are anonymised and calls go through requestLeadCall (外呼).',
  })
  marketingPlan2(@Root() partner: Partner): boolean {
    return partner.marketingPlan2;
  }

  @FieldResolver(() => LeadConnection, {
    description:
      '线索管理: your partner’s leads, newest first. An account manager (or supervisor) sees only the leads assigned to it (or to the managers it supervises); administrators and roles with an ALL customer scope see every lead.',
  })
  leads(
    @Root() partner: Partner,
    @Args() args: ConnectionArgs,
    @Arg('filter', () => LeadFilter, FILTER_DOC) filter: LeadFilter | null,
    @Ctx() ctx: Context,
  ) {
    return listLeads(ctx, partner.id, filter, args);
  }
}

@Resolver(() => OperatorViewer)
export class OperatorLeadsResolver {
  @FieldResolver(() => LeadConnection, {
    description: 'Every partner’s leads, newest first (ops:lead), contacts in full.',
  })
  leads(
    @Args() args: ConnectionArgs,
    @Arg('filter', () => OperatorLeadFilter, FILTER_DOC) filter: OperatorLeadFilter | null,
    @Ctx() ctx: Context,
  ) {
    return listLeadsForOperator(ctx, filter, args);
  }

  @FieldResolver(() => LeadCallRequestConnection, {
    description:
      '外呼: the outbound calls the partners asked for, newest first (ops:lead); REQUESTED ones are the work list.',
  })
  leadCallRequests(
    @Args() args: ConnectionArgs,
    @Arg('filter', () => LeadCallFilter, FILTER_DOC) filter: LeadCallFilter | null,
    @Ctx() ctx: Context,
  ) {
    return listLeadCallRequests(ctx, filter, args);
  }
}
