/**
 * 邀请关联云经销商: a distributor (program:invite-reseller) invites a partner by e-mail with a link that
 * works for 24 hours, after a code sent to its master account's mobile or mail; a frozen distributor
 * cannot invite. The invited partner's member (program:join) accepts: a solution provider whose
 * program expired becomes the distributor's cloud reseller (解决方案提供商计划过期 → 转云经销商).
 */
import type { SqlEntityManager } from '@mikro-orm/knex';
import type { Context } from '../../context';
import { UserError } from '../../common/errors';
import { idOfType } from '../../common/global-id';
import { firstRefusal, refusal, success } from '../../common/mutation-kit';
import { lockOrganisation } from '../partner/partner.guards';
import { requireViewer } from '../../permissions/viewer';
import { recordAudit } from '../audit/audit.service';
import { idempotent } from '../idempotency/idempotency.service';
import { Member } from '../member/member.entity';
import { MemberStatus } from '../member/member.enums';
import { NotificationKind } from '../notification/notification.enums';
import { toMember } from '../notification/notification.recipient';
import { notify } from '../notification/notification.service';
import { OutboxChannel, queueMessage } from '../outbox/outbox.service';
import { PartnerStatus } from '../partner/partner.enums';
import { checkEmail } from '../registration/registration.rules';
import type { RequestVerificationCodePayload } from '../verification/verification.resolver';
import { consumeCode, issueVerificationCode } from '../verification/verification.service';
import type { CancelResellerInvitationInput, InviteResellerInput } from './program.mutation-inputs';
import type { ResellerInvitationPayload } from './program.payloads';
import { masterAccount, masterDestination, newLinkToken } from './program.rules';
import {
  RESELLER_INVITATION_TTL_MS,
  ResellerInvitation,
  resellerInvitationStatusAt,
} from './reseller-invitation.entity';
import { ResellerInvitationStatus } from './program.enums';

const refused = refusal<ResellerInvitationPayload>({ invitation: null, membership: null });

/** The verification purpose of inviting a reseller; its codes go to the master account, bound to it. */
export const RESELLER_INVITATION_PURPOSE = 'INVITE_RESELLER';

export const inviterFrozen = (field: string | null = null) =>
  new UserError(
    'RESELLER_INVITER_FROZEN',
    'The distributor is frozen (冻结): it cannot invite cloud resellers.',
    field,
  );

const closed = () =>
  new UserError(
    'RESELLER_INVITATION_CLOSED',
    'The invitation was already accepted or cancelled.',
    'input.invitationId',
  );

const noChannel = () =>
  new UserError('MASTER_ACCOUNT_NO_CHANNEL', 'Your master account has no mobile number or e-mail.', null);

/** requestResellerInvitationCode: a code for inviteReseller, sent to the master account's mobile, else its e-mail. */
export async function requestResellerInvitationCode(ctx: Context): Promise<RequestVerificationCodePayload> {
  const viewer = requireViewer(ctx);
  const none = { sentTo: null, expiresAt: null };
  if (viewer.partner.status === PartnerStatus.FROZEN) return { ...none, userErrors: [inviterFrozen()] };
  const destination = masterDestination(await masterAccount(ctx.em, viewer.partner.id));
  if (!destination) return { ...none, userErrors: [noChannel()] };
  const result = await issueVerificationCode(ctx, {
    holder: { memberId: viewer.member.id },
    purpose: RESELLER_INVITATION_PURPOSE,
    destination,
    boundToDestination: true,
  });
  if (!result.ok) return { ...none, userErrors: [result.error] };
  return { sentTo: result.sentTo, expiresAt: result.expiresAt, userErrors: [] };
}

/** The e-mail with the 24-hour link, and RESELLER_INVITED to the active members who have that address. */
async function deliver(tx: SqlEntityManager, ctx: Context, invitation: ResellerInvitation, distributorName: string) {
  const link = `${ctx.services.config.publicBaseUrl}/reseller-invitation?token=${encodeURIComponent(invitation.token)}`;
  const until = invitation.expiresAt.toISOString();
  await queueMessage(tx, {
    channel: OutboxChannel.EMAIL,
    destination: invitation.email,
    subject: `${distributorName} invites you to become its cloud reseller (云经销商)`,
    body: `${distributorName} invites your partner to join the distribution program as its cloud reseller. Open ${link} and accept before ${until} (the link works 24 hours).`,
    purpose: 'RESELLER_INVITATION',
  });
  const invitees = await tx.find(
    Member,
    { email: invitation.email, status: MemberStatus.ACTIVE, partner: { $ne: invitation.distributor.id } },
    { fields: ['id'], orderBy: { id: 'asc' } },
  );
  await notify(
    tx,
    invitees.map((m) => ({
      recipient: toMember(m.id),
      kind: NotificationKind.RESELLER_INVITED,
      title: `${distributorName} invites you to become its cloud reseller (邀请关联云经销商)`,
      body: `${distributorName} invited your partner to associate as its cloud reseller. Accept through the link in the e-mail sent to ${invitation.email} before ${until}.`,
      subject: invitation.globalId,
    })),
  );
}

/** inviteReseller. */
export async function inviteReseller(ctx: Context, input: InviteResellerInput): Promise<ResellerInvitationPayload> {
  const viewer = requireViewer(ctx);
  const email = checkEmail(input.email, 'input.email');
  if (!email.ok) return refused(email.error);
  if (viewer.partner.status === PartnerStatus.FROZEN) return refused(inviterFrozen());
  return idempotent(ctx, {
    operation: 'inviteReseller',
    input,
    unhashed: ['verificationCode'],
    refused,
    execute: async (tx) => {
      const now = new Date();
      const { status } = await lockOrganisation(tx, viewer.partner.id);
      const destination = masterDestination(await masterAccount(tx, viewer.partner.id));
      const problem = await firstRefusal(
        () => (status === PartnerStatus.FROZEN ? inviterFrozen() : null),
        () => (destination ? null : noChannel()),
        () =>
          consumeCode(
            tx,
            { memberId: viewer.member.id },
            RESELLER_INVITATION_PURPOSE,
            input.verificationCode,
            destination,
          ),
      );
      if (problem) return refused(problem);
      const invitation = tx.create(ResellerInvitation, {
        distributor: viewer.partner.id,
        email: email.value,
        token: newLinkToken(),
        invitedBy: viewer.member.id,
        createdAt: now,
        expiresAt: new Date(now.getTime() + RESELLER_INVITATION_TTL_MS),
        status: ResellerInvitationStatus.PENDING,
        closedAt: null,
        invitedPartner: null,
        acceptedBy: null,
      });
      await tx.flush();
      await deliver(tx, ctx, invitation, viewer.partner.name);
      await recordAudit(tx, ctx, {
        action: 'inviteReseller',
        target: invitation.globalId,
        before: null,
        // The token is the link's bearer secret: the audit names the invitation, not the token.
        after: { email: email.value, expiresAt: invitation.expiresAt.toISOString() },
      });
      return success<ResellerInvitationPayload>({ invitation, membership: null });
    },
  });
}

export const invitationNotFound = (field: string) =>
  new UserError('RESELLER_INVITATION_NOT_FOUND', 'No such reseller invitation.', field);

/** Why an invitation cannot be used (accepted or cancelled) now; null when it can. */
export function invitationRefusal(invitation: ResellerInvitation | null, now: Date, field: string): UserError | null {
  if (!invitation) return invitationNotFound(field);
  const status = resellerInvitationStatusAt(invitation, now);
  if (status === ResellerInvitationStatus.EXPIRED)
    return new UserError('RESELLER_INVITATION_EXPIRED', 'The link was not used within 24 hours (已失效).', field);
  if (status !== ResellerInvitationStatus.PENDING)
    return new UserError('RESELLER_INVITATION_CLOSED', `The invitation was already ${status.toLowerCase()}.`, field);
  return null;
}

/** cancelResellerInvitation: a PENDING invitation of the viewer's partner stops working at once. */
export async function cancelResellerInvitation(
  ctx: Context,
  input: CancelResellerInvitationInput,
): Promise<ResellerInvitationPayload> {
  const viewer = requireViewer(ctx);
  const id = idOfType(input.invitationId, 'ResellerInvitation', 'input.invitationId');
  return ctx.em.transactional(async (tx) => {
    const now = new Date();
    const changed = await tx.nativeUpdate(
      ResellerInvitation,
      { id, distributor: viewer.partner.id, status: ResellerInvitationStatus.PENDING, expiresAt: { $gt: now } },
      { status: ResellerInvitationStatus.CANCELLED, closedAt: now },
    );
    const invitation = await tx.findOne(ResellerInvitation, { id, distributor: viewer.partner.id }, { refresh: true });
    if (!invitation) return refused(invitationNotFound('input.invitationId'));
    if (!changed) return refused(invitationRefusal(invitation, now, 'input.invitationId') ?? closed());
    await recordAudit(tx, ctx, {
      action: 'cancelResellerInvitation',
      target: invitation.globalId,
      before: { status: ResellerInvitationStatus.PENDING },
      after: { status: ResellerInvitationStatus.CANCELLED },
    });
    return success<ResellerInvitationPayload>({ invitation, membership: null });
  });
}
