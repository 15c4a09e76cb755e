/**
 * Programs and onboarding (伙伴计划, 发展路径, 云实验, 解决方案, inviting resellers): payloads and value types, plain data whose parent field was already guarded (`data`).
 * Listed apart so field-access.ts, the one table that spreads them in, stays within its length.
 */
import type { PermissionCode } from './catalogue';
import { PartnerIdentity } from './identities';
import { type Access, can, data, onPartner, operatorCan } from './access';

export const PROGRAM_DATA_TYPES: Record<string, Record<string, Access>> = {
  // Reached through Partner.programMemberships / programInvitations / programApplications (own partner,
  // program:view), Partner.resellerInvitations (program:invite-reseller), OperatorViewer (ops:program),
  // a mutation's payload, or node(id:) (TYPE_READ_PERMISSION).
  ProgramMembership: { '*': data },
  ProgramInvitation: { '*': data },
  ProgramApplication: { '*': data },
  ResellerInvitation: { '*': data },
  ProgramInvitationPayload: { '*': data },
  ProgramApplicationPayload: { '*': data },
  ResellerInvitationPayload: { '*': data },
};

/** Node types of the program area and the permission a member needs to read them (TYPE_READ_PERMISSION). */
export const PROGRAM_TYPE_READ: Record<string, PermissionCode> = {
  ProgramMembership: 'program:view',
  ProgramInvitation: 'program:view',
  ProgramApplication: 'program:view',
  ResellerInvitation: 'program:invite-reseller',
};

/** Partner fields of the program area, spread into FIELD_ACCESS.Partner (one line there). */
export const PROGRAM_PARTNER_FIELDS: Record<string, Access> = {
  programMemberships: onPartner({ SELF: 'program:view' }),
  programInvitations: onPartner({ SELF: 'program:view' }),
  programApplications: onPartner({ SELF: 'program:view' }),
  resellerInvitations: onPartner({ SELF: 'program:invite-reseller' }),
};

/** OperatorViewer fields of the program area, spread into FIELD_ACCESS.OperatorViewer. */
export const PROGRAM_OPERATOR_FIELDS: Record<string, Access> = {
  programApplications: operatorCan('ops:program'),
  programInvitations: operatorCan('ops:program'),
};

/** Mutations of the program area, spread into FIELD_ACCESS.Mutation. */
export const PROGRAM_MUTATIONS: Record<string, Access> = {
  // The cloud's side: inviting to a path, handling applications.
  inviteToDevelopmentPath: operatorCan('ops:program'),
  handleProgramApplication: operatorCan('ops:program'),
  // The partner's side: joining (paths, the distribution program, switching to cloud reseller).
  acceptProgramInvitation: can('program:join'),
  declineProgramInvitation: can('program:join'),
  applyForDistributionProgram: can('program:join'),
  acceptResellerInvitation: can('program:join'),
  // The distributor's side: inviting and associating cloud resellers.
  requestResellerInvitationCode: can('program:invite-reseller', [PartnerIdentity.DISTRIBUTOR]),
  inviteReseller: can('program:invite-reseller', [PartnerIdentity.DISTRIBUTOR]),
  cancelResellerInvitation: can('program:invite-reseller', [PartnerIdentity.DISTRIBUTOR]),
};
