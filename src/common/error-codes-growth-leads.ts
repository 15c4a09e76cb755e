/**
 * The error codes of leads (线索管理) and opportunities shared with the cloud (共享给华为), spread into
 * ERROR_CODES (error-codes.ts) so that file stays within its length. No message of these codes ever
 * holds a lead's phone number or e-mail.
 */
export const GROWTH_LEAD_ERROR_CODES = {
  LEAD_NOT_FOUND:
    'assignLead / followUpLead / requestLeadCall: no lead with that id is visible to you (another partner’s leads, and leads outside an account manager’s scope, answer the same).',
  LEAD_STATUS_INVALID:
    'assignLead / followUpLead / requestLeadCall: the lead is CONVERTED or CLOSED (final); nothing changed. `message` names the status.',
  LEAD_COMPANY_NAME_INVALID: 'createLead / dispatchLead: the company name must be 1–100 characters.',
  LEAD_CONTACT_NAME_INVALID: 'createLead / dispatchLead: the contact name must be 1–50 characters.',
  LEAD_PHONE_INVALID:
    'createLead / dispatchLead: the phone must be 5–20 digits, optionally with a leading + or a `0086-` prefix and single hyphens (the number is not echoed in the message).',
  LEAD_EMAIL_INVALID: 'createLead / dispatchLead: the e-mail is not an address of at most 100 characters.',
  LEAD_CONTACT_REQUIRED: 'createLead / dispatchLead: give a phone or an e-mail (or both).',
  LEAD_TEXT_TOO_LONG:
    'createLead / dispatchLead / completeLeadCall / followUpLead: region (50), requirement (500) or a note (500) is longer than allowed.',
  LEAD_MANAGER_INVALID:
    'createLead / assignLead: the account manager is not an active member of your partner, or (for an account manager or supervisor) not one within your own scope.',
  LEAD_FOLLOW_UP_INVALID: 'followUpLead: the follow-up content must be 1–500 characters.',
  LEAD_CLOSE_REASON_REQUIRED: 'followUpLead: outcome CLOSED needs a closeReason.',
  LEAD_CLOSE_REASON_UNEXPECTED: 'followUpLead: a closeReason is only given with outcome CLOSED.',
  LEAD_NO_PHONE: 'requestLeadCall: the lead has no phone number to call.',
  LEAD_CALL_PENDING:
    'requestLeadCall: an outbound call of this lead is already waiting for the platform (REQUESTED); wait for it to finish.',
  LEAD_PARTNER_INVALID: 'dispatchLead: no active partner with that id (frozen partners receive no leads).',
  LEAD_CALL_NOT_FOUND: 'completeLeadCall: no outbound-call request with that id.',
  LEAD_CALL_STATUS_INVALID: 'completeLeadCall: the call request is already finished (CONNECTED or NOT_CONNECTED).',
  OPPORTUNITY_NOT_FOUND:
    'reviewOpportunity: no opportunity with that id (another partner’s opportunities answer the same to a member).',
  OPPORTUNITY_STATUS_INVALID:
    'reviewOpportunity: the opportunity is not in the status this step starts from (e.g. verifying one already VERIFIED); nothing changed.',
  OPPORTUNITY_CUSTOMER_NAME_INVALID: 'shareOpportunity: the customer name must be 1–100 characters.',
  OPPORTUNITY_REGION_UNKNOWN:
    'shareOpportunity: the region is not one of the representative offices’ regions (RepresentativeOffice.region, Query.representativeOffices).',
  OPPORTUNITY_ACCOUNT_NOT_FOUND: 'shareOpportunity: no cloud account with that account name.',
  OPPORTUNITY_DESCRIPTION_TOO_LONG: 'shareOpportunity: the description is longer than 500 characters.',
  OPPORTUNITY_REASON_REQUIRED: 'reviewOpportunity: REJECT needs a reason (1–500 characters).',
} as const;
