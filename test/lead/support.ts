/** Lead test helpers: the seeded leads as a member sees them, an operator's dispatch. */
import { LeadDispatchDocument, LeadListDocument, type DispatchLeadInput, type LeadFilter } from '../generated/graphql';
import type { TestServer } from '../support/server';

/** A member's leads (first 100), with the partner's plan flag. */
export async function memberLeads(server: TestServer, token: string, filter?: LeadFilter) {
  const res = await server.execute(LeadListDocument, { first: 100, filter }, token);
  if (!res.data) throw new Error(`leads failed: ${JSON.stringify(res.errors)}`);
  return { partner: res.data.viewer.partner, nodes: res.data.viewer.partner.leads!.nodes, res };
}

/** An operator dispatches a lead; answers the new lead. */
export async function dispatch(server: TestServer, token: string, input: DispatchLeadInput) {
  const res = await server.execute(LeadDispatchDocument, { input }, token);
  const lead = res.data?.dispatchLead.lead;
  if (!lead) throw new Error(`dispatchLead failed: ${JSON.stringify(res.errors ?? res.data)}`);
  return lead;
}
