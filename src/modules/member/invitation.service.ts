import { randomBytes } from 'node:crypto';
import type { SqlEntityManager } from '@mikro-orm/knex';
import type { Context } from '../../context';
import { chinaDay } from '../../common/china-day';
import { UserError } from '../../common/errors';
import { idOfType } from '../../common/global-id';
import { refusal, success } from '../../common/mutation-kit';
import { MAX_INVITATIONS_PER_PARTNER_PER_DAY } from '../../permissions';
import { requireViewer } from '../../permissions/viewer';
import { recordAudit } from '../audit/audit.service';
import { PartnerStatus } from '../partner/partner.enums';
import { lockOrganisation } from '../partner/partner.guards';
import { checkRoles, parseRoleIds, roleIdsOf } from './member-admin.service';
import { MemberInvitation } from './member.entity';
import { InvitationChannel, InvitationStatus } from './member.enums';

/** 256 random bits, base64url: 43 characters (what acceptMemberInvitation takes). */
export const newMemberInvitationToken = (): string => randomBytes(32).toString('base64url');

/** An invitation lapses this long after it was sent. */
export const INVITATION_TTL_MS = 7 * 24 * 3600 * 1000;
const MAX_TARGET_LENGTH = 200;

/** mobile `00XX-XXXXXXX`: country code after 00, a dash, the number. */
export const MOBILE_FORMAT = /^00\d{1,4}-\d{4,14}$/;
const EMAIL_FORMAT = /^[^\s@]+@[^\s@.]+(\.[^\s@.]+)+$/;
/** Login-name rule of cloud accounts (domain.md §2). */
const ACCOUNT_NAME_FORMAT = /^[a-zA-Z_-][a-zA-Z0-9_-]{4,31}$/;

export interface InvitationResult {
  invitation: MemberInvitation | null;
  userErrors: UserError[];
}

const refusedInvitation = refusal<InvitationResult>({ invitation: null });

/** The target as stored (emails lower-cased), or null when it does not fit the channel. */
export function normalizeTarget(channel: InvitationChannel, target: string): string | null {
  const t = target.trim();
  if (t.length === 0 || t.length > MAX_TARGET_LENGTH) return null;
  switch (channel) {
    case InvitationChannel.MOBILE:
      return MOBILE_FORMAT.test(t) ? t : null;
    case InvitationChannel.EMAIL:
      return EMAIL_FORMAT.test(t) ? t.toLowerCase() : null;
    case InvitationChannel.ACCOUNT_NAME:
      return ACCOUNT_NAME_FORMAT.test(t) && !/^(op_|shadow_)/i.test(t) && !/^\d+$/.test(t) ? t : null;
  }
  return null;
}

const TARGET_RULES: Record<InvitationChannel, string> = {
  [InvitationChannel.MOBILE]:
    'a mobile number 00XX-XXXXXXX (00, country code, dash, 4–14 digits), e.g. 0086-13912345678',
  [InvitationChannel.EMAIL]: 'an email address',
  [InvitationChannel.ACCOUNT_NAME]:
    'an account name of 5–32 letters, digits, _ or -, not starting with a digit, op_ or shadow_',
};

/** Why the partner cannot send this invitation now: a pending one to the target, or today's limit. */
async function invitationLimit(
  tx: SqlEntityManager,
  partnerId: number,
  channel: InvitationChannel,
  target: string,
  now: Date,
): Promise<UserError | null> {
  const pending = await tx.count(MemberInvitation, {
    partner: partnerId,
    channel,
    target,
    status: InvitationStatus.PENDING,
    expiresAt: { $gt: now },
  });
  if (pending > 0)
    return new UserError(
      'INVITATION_PENDING',
      'An invitation to this target is still pending; cancel it or wait until it lapses.',
      'input.target',
    );
  const day = chinaDay(now);
  const today = await tx.count(MemberInvitation, {
    partner: partnerId,
    createdAt: { $gte: day.from, $lt: day.to },
  });
  if (today >= MAX_INVITATIONS_PER_PARTNER_PER_DAY)
    return new UserError(
      'INVITATION_DAILY_LIMIT',
      `Your partner has sent ${today} invitations today (China time, UTC+8); at most ${MAX_INVITATIONS_PER_PARTNER_PER_DAY} a day.`,
      null,
    );
  return null;
}

/**
 * inviteMember: ≤ 100 invitations per partner per China day (Asia/Shanghai, from 16:00 UTC; exact
 * under concurrency: counted after lockOrganisation), one pending invitation per target, valid
 * roles, not while the partner is frozen. Lapses after 7 days.
 */
export async function inviteMember(
  ctx: Context,
  input: { channel: InvitationChannel; target: string; roleIds: string[] },
): Promise<InvitationResult> {
  const viewer = requireViewer(ctx);
  const partnerId = viewer.partner.id;
  const roleIds = parseRoleIds(input.roleIds, 'input.roleIds');
  const target = normalizeTarget(input.channel, input.target);
  if (target == null) {
    const message = `For ${input.channel} the target must be ${TARGET_RULES[input.channel]}.`;
    return refusedInvitation(new UserError('INVALID_TARGET', message, 'input.target'));
  }
  return ctx.em.transactional(async (tx) => {
    const { status } = await lockOrganisation(tx, partnerId);
    if (status === PartnerStatus.FROZEN) {
      return refusedInvitation(
        new UserError(
          'PARTNER_FROZEN',
          'Your partner is frozen (冻结): it cannot invite members until the cloud lifts the freeze.',
          null,
        ),
      );
    }
    const checked = await checkRoles(tx, viewer, roleIds, 'input.roleIds');
    if ('errors' in checked) return refusedInvitation(...checked.errors);
    const now = new Date();
    const limit = await invitationLimit(tx, partnerId, input.channel, target, now);
    if (limit) return refusedInvitation(limit);
    const invitation = tx.create(MemberInvitation, {
      partner: partnerId,
      channel: input.channel,
      target,
      roleIds: checked.roles.map((r) => r.id),
      status: InvitationStatus.PENDING,
      token: newMemberInvitationToken(),
      invitedBy: viewer.member.id,
      createdAt: now,
      expiresAt: new Date(now.getTime() + INVITATION_TTL_MS),
    });
    await tx.flush();
    await recordAudit(tx, ctx, {
      action: 'inviteMember',
      target: invitation.globalId,
      before: null,
      after: {
        channel: invitation.channel,
        target,
        roleIds: roleIdsOf(checked.roles),
        expiresAt: invitation.expiresAt.toISOString(),
      },
    });
    return success<InvitationResult>({ invitation });
  });
}

/** cancelInvitation: withdraws a PENDING invitation of the viewer's partner. */
export async function cancelInvitation(ctx: Context, input: { invitationId: string }): Promise<InvitationResult> {
  const viewer = requireViewer(ctx);
  const partnerId = viewer.partner.id;
  const id = idOfType(input.invitationId, 'MemberInvitation', 'input.invitationId');
  return ctx.em.transactional(async (tx) => {
    await lockOrganisation(tx, partnerId);
    const invitation = await tx.findOne(MemberInvitation, { id, partner: partnerId }, { refresh: true });
    if (!invitation)
      return refusedInvitation(
        new UserError(
          'INVITATION_NOT_FOUND',
          'No invitation with that id exists in your partner.',
          'input.invitationId',
        ),
      );
    if (invitation.status !== InvitationStatus.PENDING) {
      return refusedInvitation(
        new UserError(
          'INVITATION_NOT_PENDING',
          `The invitation is ${invitation.status}; only a PENDING invitation can be cancelled.`,
          'input.invitationId',
        ),
      );
    }
    invitation.status = InvitationStatus.CANCELLED;
    await tx.flush();
    await recordAudit(tx, ctx, {
      action: 'cancelInvitation',
      target: invitation.globalId,
      before: { status: InvitationStatus.PENDING },
      after: { status: InvitationStatus.CANCELLED },
    });
    return success<InvitationResult>({ invitation });
  });
}
