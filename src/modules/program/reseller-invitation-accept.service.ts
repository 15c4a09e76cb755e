/**
 * 接受云经销商邀请: the invited partner's member (program:join) accepts the link; the partner becomes
 * the distributor's cloud reseller (parent, identity, roles' permissions) and joins the distribution
 * program as cloud reseller, in one transaction. A solution provider switches only once its program
 * has expired (解决方案提供商计划过期 → 转云经销商).
 */
import type { SqlEntityManager } from '@mikro-orm/knex';
import type { Context } from '../../context';
import { UserError } from '../../common/errors';
import { refusal, success } from '../../common/mutation-kit';
import { lockRows } from '../../db/locks';
import { PartnerIdentity } from '../../permissions/identities';
import { requireViewer, type Viewer } from '../../permissions/viewer';
import { recordAudit } from '../audit/audit.service';
import { idempotent } from '../idempotency/idempotency.service';
import { Member } from '../member/member.entity';
import { MemberStatus } from '../member/member.enums';
import { PartnerStatus } from '../partner/partner.enums';
import { ProgramKind, ResellerInvitationStatus } from './program.enums';
import type { AcceptResellerInvitationInput } from './program.mutation-inputs';
import type { ResellerInvitationPayload } from './program.payloads';
import { activeMemberships, closeMemberships, isLinkToken, join, switchIdentity } from './program.rules';
import { ResellerInvitation } from './reseller-invitation.entity';
import { invitationNotFound, invitationRefusal, inviterFrozen } from './reseller-invitation.service';

const refused = refusal<ResellerInvitationPayload>({ invitation: null, membership: null });
const FIELD = 'input.token';

type PartnerRow = { id: number; status: PartnerStatus; identity: PartnerIdentity };

/** The partner-side rules, under both partners' row locks; null when the viewer's partner may switch. */
async function switchRefusal(
  tx: SqlEntityManager,
  viewer: Viewer,
  invitation: ResellerInvitation,
  now: Date,
): Promise<UserError | null> {
  const addressed = await tx.count(Member, {
    partner: viewer.partner.id,
    email: invitation.email,
    status: MemberStatus.ACTIVE,
  });
  if (!addressed)
    return new UserError('RESELLER_INVITATION_NOT_FOR_YOU', 'The invitation was sent to another partner.', FIELD);
  const rows = await lockRows<PartnerRow>(
    tx,
    'partner',
    [viewer.partner.id, invitation.distributor.id],
    ['status', 'identity'],
  );
  const distributor = rows.find((r) => r.id === invitation.distributor.id);
  const own = rows.find((r) => r.id === viewer.partner.id);
  if (distributor?.status === PartnerStatus.FROZEN) return inviterFrozen(FIELD);
  if (own?.identity !== PartnerIdentity.SOLUTION_PROVIDER)
    return new UserError(
      'RESELLER_INVITEE_IDENTITY',
      'Only a solution provider switches to cloud reseller; your partner is a distributor or a cloud reseller already.',
      FIELD,
    );
  if ((await activeMemberships(tx, viewer.partner.id, ProgramKind.SOLUTION_PROVIDER, now)).length)
    return new UserError(
      'SOLUTION_PROVIDER_PROGRAM_ACTIVE',
      'Your solution-provider program has not expired; you can switch to cloud reseller once it has.',
      FIELD,
    );
  return null;
}

async function accept(tx: SqlEntityManager, ctx: Context, viewer: Viewer, token: string) {
  const now = new Date();
  const invitation = await tx.findOne(ResellerInvitation, { token }, { refresh: true });
  const problem = invitationRefusal(invitation, now, FIELD);
  if (problem || !invitation) return refused(problem ?? invitationNotFound(FIELD));
  const rule = await switchRefusal(tx, viewer, invitation, now);
  if (rule) return refused(rule);
  const changed = await tx.nativeUpdate(
    ResellerInvitation,
    { id: invitation.id, status: ResellerInvitationStatus.PENDING, expiresAt: { $gt: now } },
    {
      status: ResellerInvitationStatus.ACCEPTED,
      closedAt: now,
      invitedPartner: viewer.partner.id,
      acceptedBy: viewer.member.id,
    },
  );
  const fresh = await tx.findOneOrFail(ResellerInvitation, invitation.id, { refresh: true });
  if (!changed) return refused(invitationRefusal(fresh, now, FIELD) ?? invitationNotFound(FIELD));
  const distributorId = invitation.distributor.id;
  await closeMemberships(tx, viewer.partner.id, ProgramKind.SOLUTION_PROVIDER, now);
  await switchIdentity(tx, viewer.partner.id, PartnerIdentity.CLOUD_RESELLER, distributorId);
  const membership = await join(tx, viewer.partner.id, ProgramKind.DISTRIBUTION_RESELLER, viewer.member.id, now);
  const after = { status: ResellerInvitationStatus.ACCEPTED, reseller: viewer.partner.globalId };
  await recordAudit(tx, ctx, [
    {
      action: 'acceptResellerInvitation',
      target: fresh.globalId,
      before: { identity: PartnerIdentity.SOLUTION_PROVIDER },
      after: { ...after, identity: PartnerIdentity.CLOUD_RESELLER, parent: distributorId },
    },
    {
      action: 'acceptResellerInvitation',
      partnerId: distributorId,
      target: fresh.globalId,
      before: { status: ResellerInvitationStatus.PENDING },
      after,
    },
  ]);
  return success<ResellerInvitationPayload>({ invitation: fresh, membership });
}

/** acceptResellerInvitation. */
export async function acceptResellerInvitation(
  ctx: Context,
  input: AcceptResellerInvitationInput,
): Promise<ResellerInvitationPayload> {
  const viewer = requireViewer(ctx);
  const token = input.token.trim();
  if (!isLinkToken(token)) return refused(invitationNotFound(FIELD));
  return idempotent(ctx, {
    operation: 'acceptResellerInvitation',
    input,
    refused,
    execute: (tx) => accept(tx, ctx, viewer, token),
  });
}
