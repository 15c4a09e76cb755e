/**
 * Members' self-service and the partner's own data (个人资质, 项目专员, company information, news, real-name): payloads and value types, plain data whose parent field was already guarded (`data`).
 * Listed apart so field-access.ts, the one table that spreads them in, stays within its length.
 * SELF_SERVICE_MUTATIONS and SELF_SERVICE_MEMBER_FIELDS are spread into its Mutation and Member entries.
 */
import { type Access, can, data, onMember, onPartner, operatorCan, publicAccess, signedIn } from './access';
import type { PermissionCode } from './catalogue';

export const SELF_SERVICE_DATA_TYPES: Record<string, Record<string, Access>> = {
  AcceptMemberInvitationPayload: { '*': data },
  MyAccountPayload: { '*': data },
  ChangeMyPasswordPayload: { '*': data },
  MyQualificationPayload: { '*': data },
  SpecialistApplicationPayload: { '*': data },
  // Reached through Member.qualifications (row scope in qualification.loaders) or node(id:).
  MemberQualification: { '*': data },
  // Reached through Member.specialistApplications, node(id:) or OperatorViewer.specialistApplications.
  // An operator reads the applicant's name, never the member record itself.
  SpecialistApplication: { '*': data, member: signedIn },
  // Reached through Query.partnerNews (support:news) or node(id:) (TYPE_READ_PERMISSION).
  PartnerNews: { '*': data },
  // Reached only through Partner.companyInfo / Partner.realNameVerification (your own partner).
  PartnerCompanyInfo: { '*': data },
  RealNameVerification: { '*': data },
};

/** Partner fields of this area: default points, your own partner only (no RESELLER, PARENT nor OPERATOR path). */
export const SELF_SERVICE_PARTNER_FIELDS: Record<string, Access> = {
  companyInfo: onPartner({ SELF: 'partner-info:view-company' }),
  realNameVerification: onPartner({ SELF: 'support:real-name' }),
};

/** Query fields of this area. */
export const SELF_SERVICE_QUERIES: Record<string, Access> = {
  partnerNews: can('support:news'),
};

export const SELF_SERVICE_MUTATIONS: Record<string, Access> = {
  // The invited person is not signed in: the invitation token is its proof.
  acceptMemberInvitation: publicAccess,
  updateMyAccount: can('partner-info:edit-account'),
  changeMyPassword: can('partner-info:credentials'),
  saveMyQualification: can('partner-info:edit-account'),
  deleteMyQualification: can('partner-info:edit-account'),
  applyForProjectSpecialist: can('qualification:specialist-apply'),
  assessSpecialistApplication: operatorCan('ops:program'),
};

/** Member fields of the qualification menu: yours always, a colleague's with qualification:view. */
export const SELF_SERVICE_MEMBER_FIELDS: Record<string, Access> = {
  qualifications: onMember({ SELF: null, COLLEAGUE: 'qualification:view' }),
  specialistApplications: onMember({ SELF: null, COLLEAGUE: 'qualification:view' }),
};

/** OperatorViewer fields of this area. */
export const SELF_SERVICE_OPERATOR_FIELDS: Record<string, Access> = {
  specialistApplications: operatorCan('ops:program'),
};

/** What field-access.ts spreads in: its Mutation, Member and OperatorViewer entries and TYPE_READ_PERMISSION. */
export const SELF_SERVICE = {
  mutations: SELF_SERVICE_MUTATIONS,
  memberFields: SELF_SERVICE_MEMBER_FIELDS,
  partnerFields: SELF_SERVICE_PARTNER_FIELDS,
  operatorFields: SELF_SERVICE_OPERATOR_FIELDS,
  queries: SELF_SERVICE_QUERIES,
  // Row scopes decide (qualification.loaders): your own rows always, a colleague's with qualification:view.
  typeRead: {
    MemberQualification: null,
    SpecialistApplication: null,
    PartnerNews: 'support:news',
  } satisfies Record<string, PermissionCode | null>,
};
