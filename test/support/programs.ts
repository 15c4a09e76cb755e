/** Program workflows in tests: the operations as text, run as the given actor's token. */
import type { TestServer } from './server';

export const MEMBERSHIP_FIELDS = 'id kind status joinedAt expiresAt endedAt';
const INVITATION = 'id kind email status createdAt expiresAt answeredAt';
const APPLICATION = 'id kind businessInfo status createdAt handledAt reason';
const RESELLER_INVITATION = 'id email status createdAt expiresAt closedAt invitedPartner { id name }';
const ERRORS = 'userErrors { code field message }';

export interface UserErrorShape {
  code: string;
  field: string | null;
  message: string;
}

export interface Membership {
  id: string;
  kind: string;
  status: string;
  joinedAt: string;
  expiresAt: string | null;
  endedAt: string | null;
}

export const PROGRAMS_QUERY = `query ProgramPartner($first: Int) { viewer { partner { id identity
  programMemberships(first: $first) { totalCount nodes { ${MEMBERSHIP_FIELDS} } }
  programInvitations(first: $first) { totalCount nodes { ${INVITATION} } }
  programApplications(first: $first) { totalCount nodes { ${APPLICATION} } } } } }`;

export const RESELLER_INVITATIONS_QUERY = `query ProgramResellerInvitations($first: Int) { viewer { partner {
  resellerInvitations(first: $first) { totalCount nodes { ${RESELLER_INVITATION} } } } } }`;

export const MUTATIONS = {
  inviteToDevelopmentPath: `mutation ProgramInvitePath($input: InviteToDevelopmentPathInput!) { inviteToDevelopmentPath(input: $input) { invitation { ${INVITATION} } ${ERRORS} } }`,
  acceptProgramInvitation: `mutation ProgramAcceptPath($input: AnswerProgramInvitationInput!) { acceptProgramInvitation(input: $input) { invitation { ${INVITATION} } membership { ${MEMBERSHIP_FIELDS} } ${ERRORS} } }`,
  declineProgramInvitation: `mutation ProgramDeclinePath($input: AnswerProgramInvitationInput!) { declineProgramInvitation(input: $input) { invitation { ${INVITATION} } membership { id } ${ERRORS} } }`,
  applyForDistributionProgram: `mutation ProgramApply($input: ApplyForDistributionProgramInput!) { applyForDistributionProgram(input: $input) { application { ${APPLICATION} } ${ERRORS} } }`,
  handleProgramApplication: `mutation ProgramHandle($input: HandleProgramApplicationInput!) { handleProgramApplication(input: $input) { application { ${APPLICATION} } ${ERRORS} } }`,
  requestResellerInvitationCode: `mutation ProgramResellerCode { requestResellerInvitationCode { sentTo expiresAt ${ERRORS} } }`,
  inviteReseller: `mutation ProgramInviteReseller($input: InviteResellerInput!) { inviteReseller(input: $input) { invitation { ${RESELLER_INVITATION} } ${ERRORS} } }`,
  cancelResellerInvitation: `mutation ProgramCancelReseller($input: CancelResellerInvitationInput!) { cancelResellerInvitation(input: $input) { invitation { ${RESELLER_INVITATION} } ${ERRORS} } }`,
  acceptResellerInvitation: `mutation ProgramAcceptReseller($input: AcceptResellerInvitationInput!) { acceptResellerInvitation(input: $input) { invitation { ${RESELLER_INVITATION} } membership { ${MEMBERSHIP_FIELDS} } ${ERRORS} } }`,
} as const;

export type ProgramMutation = keyof typeof MUTATIONS;

/** Runs one program mutation; answers its payload (null with top-level errors) and the errors' codes. */
export async function programMutation(
  server: TestServer,
  name: ProgramMutation,
  input: Record<string, unknown> | null,
  token: string,
) {
  const res = await server.execute<Record<string, Record<string, unknown> & { userErrors: UserErrorShape[] }>, unknown>(
    MUTATIONS[name],
    input ? { input } : {},
    token,
  );
  const payload = res.data?.[name] ?? null;
  return {
    payload,
    codes: payload ? payload.userErrors.map((e) => e.code) : [],
    errors: (res.errors ?? []).map((e) => e.extensions?.code),
  };
}
