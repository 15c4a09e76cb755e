/**
 * Programs and onboarding (伙伴计划, 发展路径, 云实验, 解决方案, inviting resellers): payloads and value types, plain data whose parent field was already guarded (`data`).
 * Listed apart so field-access.ts, the one table that spreads them in, stays within its length.
 */
import { type Access, data, onPartner } from './access';

export const PROGRAM_DATA_TYPES: Record<string, Record<string, Access>> = {
  // Reached through Partner.programMemberships (own partner, program:view) or node(id:).
  ProgramMembership: { '*': data },
};

/** Partner fields of the program area, spread into FIELD_ACCESS.Partner (one line there). */
export const PROGRAM_PARTNER_FIELDS: Record<string, Access> = {
  programMemberships: onPartner({ SELF: 'program:view' }),
};
