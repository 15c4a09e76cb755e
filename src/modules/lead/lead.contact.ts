/**
 * A lead's contact data: the checks on input, and what each reader may see of it. For a partner in
 * marketing plan 2.0 (营销计划2.0) the phone is masked (139****1234) and the e-mail hidden (null) for
 * every member, on every path: the resolvers of Lead.phone / Lead.email are the only readers, and
 * searches never compare with them (lead.service.ts). The cloud's operators see them in full: the
 * platform places the outbound calls (外呼). Refusal messages never echo a number or an address.
 */
import { UserError } from '../../common/errors';
import type { Context } from '../../context';

export const LIMITS = { companyName: 100, contactName: 50, region: 50, requirement: 500, note: 500 } as const;

const PHONE = /^(\+|0086-)?\d+(-\d+)*$/;
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export interface ContactInput {
  companyName: string;
  contactName: string;
  phone?: string | null;
  email?: string | null;
  region?: string | null;
  requirement?: string | null;
}

/** The first problem of a lead's fields, or null; the phone and e-mail are never quoted. */
export function contactProblem(input: ContactInput): UserError | null {
  const company = input.companyName.trim();
  if (company.length < 1 || company.length > LIMITS.companyName)
    return new UserError(
      'LEAD_COMPANY_NAME_INVALID',
      'The company name must be 1–100 characters.',
      'input.companyName',
    );
  const contact = input.contactName.trim();
  if (contact.length < 1 || contact.length > LIMITS.contactName)
    return new UserError('LEAD_CONTACT_NAME_INVALID', 'The contact name must be 1–50 characters.', 'input.contactName');
  const phone = input.phone?.trim() || null;
  const email = input.email?.trim() || null;
  if (phone == null && email == null)
    return new UserError('LEAD_CONTACT_REQUIRED', 'Give a phone or an e-mail.', 'input.phone');
  const digits = phone?.replace(/\D/g, '').length ?? 0;
  if (phone != null && (!PHONE.test(phone) || digits < 5 || digits > 20))
    return new UserError(
      'LEAD_PHONE_INVALID',
      'The phone must be 5–20 digits (+ or 0086- prefix allowed).',
      'input.phone',
    );
  if (email != null && (email.length > 100 || !EMAIL.test(email)))
    return new UserError('LEAD_EMAIL_INVALID', 'The e-mail is not a valid address.', 'input.email');
  if ((input.region?.length ?? 0) > LIMITS.region)
    return new UserError('LEAD_TEXT_TOO_LONG', 'The region is longer than 50 characters.', 'input.region');
  if ((input.requirement?.length ?? 0) > LIMITS.requirement)
    return new UserError('LEAD_TEXT_TOO_LONG', 'The requirement is longer than 500 characters.', 'input.requirement');
  return null;
}

/** The columns of a valid contact input, trimmed. */
export function contactColumns(input: ContactInput) {
  return {
    companyName: input.companyName.trim(),
    contactName: input.contactName.trim(),
    phone: input.phone?.trim() || null,
    email: input.email?.trim() || null,
    region: input.region?.trim() || null,
    requirement: input.requirement?.trim() || null,
  };
}

/** 139****1234: the first three and last four digits of the national number; shorter numbers show only ****. */
export function maskPhone(phone: string): string {
  const national = phone.replace(/^(\+86|0086-?)/, '').replace(/\D/g, '');
  if (national.length < 8) return '****';
  return `${national.slice(0, 3)}****${national.slice(-4)}`;
}

/** Whether this reader sees the lead's contacts anonymised: any member of a marketing plan 2.0 partner. */
export function anonymisedFor(ctx: Context, leadPartnerId: number): boolean {
  if (ctx.actor?.kind === 'OPERATOR') return false;
  const viewer = ctx.viewer;
  if (!viewer || viewer.partner.id !== leadPartnerId) return true;
  return viewer.partner.marketingPlan2;
}
