/**
 * Leads (线索管理) and opportunities shared with the cloud (共享给华为): payloads and value types, plain data whose parent field was already guarded (`data`).
 * Listed apart so field-access.ts, the one table that spreads them in, stays within its length; the
 * area's entries of the shared types (Mutation, Partner, OperatorViewer, TYPE_READ_PERMISSION)
 * are here too, each spread into its type there.
 */
import type { PermissionCode } from './catalogue';
import { type Access, can, data, onPartner, operatorCan } from './access';

/** TYPE_READ_PERMISSION entries: node(id:) of a lead or an opportunity. */
export const LEAD_TYPE_READS: Record<string, PermissionCode | null> = {
  Lead: 'lead:view',
  Opportunity: 'opportunity:view',
};

export const LEAD_MUTATIONS: Record<string, Access> = {
  createLead: can('lead:create'),
  assignLead: can('lead:assign'),
  followUpLead: can('lead:follow-up'),
  requestLeadCall: can('lead:follow-up'),
  dispatchLead: operatorCan('ops:lead'),
  completeLeadCall: operatorCan('ops:lead'),
  shareOpportunity: can('opportunity:share'),
  reviewOpportunity: operatorCan('ops:lead'),
};

export const LEAD_PARTNER_FIELDS: Record<string, Access> = {
  marketingPlan2: onPartner({ SELF: null, OPERATOR: 'ops:partner-read' }),
  leads: onPartner({ SELF: 'lead:view' }),
  opportunities: onPartner({ SELF: 'opportunity:view' }),
};

export const LEAD_OPERATOR_FIELDS: Record<string, Access> = {
  leads: operatorCan('ops:lead'),
  leadCallRequests: operatorCan('ops:lead'),
  opportunities: operatorCan('ops:lead'),
};

export const LEAD_DATA_TYPES: Record<string, Record<string, Access>> = {
  // Reached through Partner.leads (own partner, lead:view, row scope), node(id:) or OperatorViewer.leads;
  // Lead.phone / Lead.email mask themselves for marketing plan 2.0 members (modules/lead/lead.contact.ts).
  Lead: { '*': data },
  LeadFollowUp: { '*': data },
  LeadCallRequest: { '*': data },
  LeadPayload: { '*': data },
  LeadCallPayload: { '*': data },
  Opportunity: { '*': data },
  RepresentativeOffice: { '*': data },
  OpportunityPayload: { '*': data },
};
