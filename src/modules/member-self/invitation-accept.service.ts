/**
 * 伙伴成员接受伙伴邀请 (seed 004): the invited person, not signed in, holds the invitation token that
 * went to its mobile, email or account, and creates its personal sign-in. One transaction: the
 * invitation moves PENDING → ACCEPTED (conditionally, so two acceptances cannot both win), the
 * member and its roles are created and the partner's audit row written. Each refusal has its own
 * code and changes nothing.
 */
import { UniqueConstraintViolationException } from '@mikro-orm/core';
import type { SqlEntityManager } from '@mikro-orm/knex';
import type { Context } from '../../context';
import { UserError } from '../../common/errors';
import { refusal, success } from '../../common/mutation-kit';
import { recordAudit } from '../audit/audit.service';
import { hashPassword } from '../auth/password';
import { Member, MemberInvitation, MemberRole } from '../member/member.entity';
import { InvitationChannel, InvitationStatus, MemberStatus } from '../member/member.enums';
import { lockOrganisation } from '../partner/partner.guards';
import { PartnerStatus } from '../partner/partner.enums';
import { checkAccountName, checkPassword } from '../registration/registration.rules';
import { Role } from '../role/role.entity';
import type { AcceptMemberInvitationInput } from './member-self.mutation-inputs';
import type { AcceptMemberInvitationPayload } from './member-self.payloads';
import { checkDisplayName } from './member-self.rules';

const refused = refusal<AcceptMemberInvitationPayload>({
  memberId: null,
  loginName: null,
  token: null,
  tokenExpiresAt: null,
});

/** The shape of newMemberInvitationToken's tokens: anything else cannot exist (answered without a query). */
const TOKEN_FORMAT = /^[A-Za-z0-9_-]{43}$/;

const notFound = () =>
  new UserError('MEMBER_INVITATION_NOT_FOUND', 'No member invitation matches this token.', 'input.token');

/** Why this invitation cannot be accepted at `now`, each state its own code. */
function stateRefusal(invitation: MemberInvitation, now: Date): UserError | null {
  switch (invitation.status) {
    case InvitationStatus.ACCEPTED:
      return new UserError(
        'MEMBER_INVITATION_USED',
        'This invitation was already accepted; sign in with the account created then.',
        'input.token',
      );
    case InvitationStatus.CANCELLED:
      return new UserError('MEMBER_INVITATION_CANCELLED', 'The partner withdrew this invitation.', 'input.token');
    case InvitationStatus.EXPIRED:
      return expired(invitation);
    default:
      return invitation.expiresAt <= now ? expired(invitation) : null;
  }
}

const expired = (invitation: MemberInvitation) =>
  new UserError(
    'MEMBER_INVITATION_EXPIRED',
    `This invitation lapsed at ${invitation.expiresAt.toISOString()}; ask the partner for a new one.`,
    'input.token',
  );

const loginTaken = () =>
  new UserError('LOGIN_NAME_TAKEN', 'A member already signs in with this login name.', 'input.loginName');

/** The shape rules of the input; the password is checked here and then only hashed. */
function inputRefusal(input: AcceptMemberInvitationInput): UserError | null {
  if (!TOKEN_FORMAT.test(input.token.trim())) return notFound();
  const name = checkAccountName(input.loginName, 'input.loginName');
  if (!name.ok) return name.error;
  return checkDisplayName(input.displayName) ?? checkPassword(input.password, name.value);
}

async function invitationRefusal(
  tx: SqlEntityManager,
  invitation: MemberInvitation,
  loginName: string,
  now: Date,
): Promise<UserError | null> {
  const state = stateRefusal(invitation, now);
  if (state) return state;
  if (
    invitation.channel === InvitationChannel.ACCOUNT_NAME &&
    invitation.target.toLowerCase() !== loginName.toLowerCase()
  )
    return new UserError(
      'INVITATION_TARGET_MISMATCH',
      'This invitation went to another account name: accept it with the invited account name as loginName.',
      'input.loginName',
    );
  const { status } = await lockOrganisation(tx, invitation.partner.id);
  if (status === PartnerStatus.FROZEN)
    return new UserError('PARTNER_FROZEN', 'The inviting partner is frozen (冻结): it cannot take members now.', null);
  return (await tx.count(Member, { loginName })) > 0 ? loginTaken() : null;
}

async function accept(
  tx: SqlEntityManager,
  ctx: Context,
  input: AcceptMemberInvitationInput,
  passwordHash: string,
): Promise<AcceptMemberInvitationPayload> {
  const now = new Date();
  const loginName = input.loginName.trim();
  const invitation = await tx.findOne(MemberInvitation, { token: input.token.trim() }, { refresh: true });
  if (!invitation) return refused(notFound());
  const problem = await invitationRefusal(tx, invitation, loginName, now);
  if (problem) return refused(problem);
  const roles = await tx.find(Role, { id: { $in: invitation.roleIds }, partner: invitation.partner.id });
  if (!roles.length)
    return refused(
      new UserError(
        'MEMBER_INVITATION_ROLES_GONE',
        'Every role this invitation gives was deleted since; ask the partner for a new invitation.',
        'input.token',
      ),
    );
  const memberId = await tx.insert(Member, {
    partner: invitation.partner.id,
    loginName,
    displayName: input.displayName.trim(),
    email: invitation.channel === InvitationChannel.EMAIL ? invitation.target : null,
    mobile: invitation.channel === InvitationChannel.MOBILE ? invitation.target : null,
    passwordHash,
    status: MemberStatus.ACTIVE,
    createdAt: now,
  });
  // Conditional: of two acceptances racing with one token only one moves the invitation.
  const moved = await tx.nativeUpdate(
    MemberInvitation,
    { id: invitation.id, status: InvitationStatus.PENDING },
    { status: InvitationStatus.ACCEPTED, acceptedAt: now, acceptedMember: memberId },
  );
  if (moved !== 1) throw new AcceptRaceLost();
  for (const role of roles) await tx.insert(MemberRole, { member: memberId, role: role.id });
  await recordAudit(tx, ctx, {
    action: 'acceptMemberInvitation',
    partnerId: invitation.partner.id,
    actingMemberId: memberId,
    target: invitation.globalId,
    before: { status: InvitationStatus.PENDING },
    after: { status: InvitationStatus.ACCEPTED, loginName, roleIds: roles.map((r) => r.globalId) },
  });
  const member = await tx.findOneOrFail(Member, memberId);
  const { token, expiresAt } = await ctx.services.auth.issueMemberToken(member);
  return success<AcceptMemberInvitationPayload>({
    memberId: member.globalId,
    loginName,
    token,
    tokenExpiresAt: expiresAt,
  });
}

/** Another acceptance of the same invitation committed first: rolled back, answered as MEMBER_INVITATION_USED. */
class AcceptRaceLost extends Error {}

/** acceptMemberInvitation: see the file comment. */
export async function acceptMemberInvitation(
  ctx: Context,
  input: AcceptMemberInvitationInput,
): Promise<AcceptMemberInvitationPayload> {
  const shape = inputRefusal(input);
  if (shape) return refused(shape);
  const passwordHash = await hashPassword(input.password);
  try {
    return await ctx.em.transactional((tx) => accept(tx, ctx, input, passwordHash));
  } catch (err) {
    if (err instanceof UniqueConstraintViolationException) return refused(loginTaken());
    if (err instanceof AcceptRaceLost)
      return refused(
        new UserError('MEMBER_INVITATION_USED', 'This invitation was accepted by a concurrent request.', 'input.token'),
      );
    throw err;
  }
}
