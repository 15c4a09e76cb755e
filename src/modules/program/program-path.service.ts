/**
 * 发展路径邀请: the cloud's operators invite a partner to a development path by e-mail (ops:program);
 * the partner's member (program:join) accepts, joining the path, or declines.
 */
import type { SqlEntityManager } from '@mikro-orm/knex';
import type { Context } from '../../context';
import { UserError } from '../../common/errors';
import { idOfType } from '../../common/global-id';
import { refusal, success } from '../../common/mutation-kit';
import { lockRows } from '../../db/locks';
import { requireOperator, requireViewer } from '../../permissions/viewer';
import { recordAudit } from '../audit/audit.service';
import { idempotent } from '../idempotency/idempotency.service';
import { OutboxChannel, queueMessage } from '../outbox/outbox.service';
import { Partner } from '../partner/partner.entity';
import { checkEmail } from '../registration/registration.rules';
import { ProgramInvitation, pathInvitationStatusAt } from './program-workflow.entity';
import { DEVELOPMENT_PATHS, ProgramInvitationStatus, type ProgramKind } from './program.enums';
import type { AnswerProgramInvitationInput, InviteToDevelopmentPathInput } from './program.mutation-inputs';
import type { ProgramInvitationPayload } from './program.payloads';
import { activeMemberships, alreadyJoined, join } from './program.rules';

const refused = refusal<ProgramInvitationPayload>({ invitation: null, membership: null });

/** (design) A path invitation lapses unanswered after 30 days. */
export const PATH_INVITATION_TTL_MS = 30 * 24 * 3600 * 1000;

const PATH_NAMES: Record<string, string> = {
  SERVICE_PARTNER_PATH: '服务合作伙伴发展路径',
  CONSULTING_SI_PATH: '数字化转型咨询与系统集成伙伴发展路径',
  LEARNING_PATH: '学习与赋能伙伴发展路径',
  SOFTWARE_PATH: '软件伙伴发展路径',
};

/** The invitation e-mail: the link opens the partner center's path page (its member accepts there). */
async function mailInvitation(tx: SqlEntityManager, ctx: Context, invitation: ProgramInvitation, partnerName: string) {
  const link = `${ctx.services.config.publicBaseUrl}/programs/invitations/${encodeURIComponent(invitation.globalId)}`;
  await queueMessage(tx, {
    channel: OutboxChannel.EMAIL,
    destination: invitation.email,
    subject: `华为云伙伴发展路径邀请: ${PATH_NAMES[invitation.kind]}`,
    body: `${partnerName}: the cloud invites you to the ${PATH_NAMES[invitation.kind]}. Click here (这里) to sign in to the partner center and choose the path: ${link} (valid until ${invitation.expiresAt.toISOString()}).`,
    purpose: 'PROGRAM_INVITATION',
  });
}

async function pendingInvitation(tx: SqlEntityManager, partnerId: number, kind: ProgramKind, now: Date) {
  const rows = await tx.find(ProgramInvitation, { partner: partnerId, kind, status: ProgramInvitationStatus.PENDING });
  return rows.some((r) => pathInvitationStatusAt(r, now) === ProgramInvitationStatus.PENDING);
}

/**
 * inviteToDevelopmentPath: under the partner's row lock, refuses a path the partner holds or has a
 * pending invitation to (so a repeated send answers PROGRAM_INVITATION_PENDING: one open invitation).
 */
export async function inviteToDevelopmentPath(
  ctx: Context,
  input: InviteToDevelopmentPathInput,
): Promise<ProgramInvitationPayload> {
  const operator = requireOperator(ctx);
  const partnerId = idOfType(input.partnerId, 'Partner', 'input.partnerId');
  if (!DEVELOPMENT_PATHS.includes(input.kind))
    return refused(new UserError('PROGRAM_NOT_A_PATH', 'That program is not a development path.', 'input.kind'));
  const email = checkEmail(input.email, 'input.email');
  if (!email.ok) return refused(email.error);
  return ctx.em.transactional(async (tx) => {
    const now = new Date();
    await lockRows(tx, 'partner', [partnerId]);
    const partner = await tx.findOne(Partner, partnerId);
    if (!partner) return refused(new UserError('PROGRAM_PARTNER_NOT_FOUND', 'No such partner.', 'input.partnerId'));
    if ((await activeMemberships(tx, partnerId, input.kind, now)).length) return refused(alreadyJoined('input.kind'));
    if (await pendingInvitation(tx, partnerId, input.kind, now))
      return refused(
        new UserError('PROGRAM_INVITATION_PENDING', 'The partner has a pending invitation to this path.', 'input.kind'),
      );
    const invitation = tx.create(ProgramInvitation, {
      partner: partnerId,
      kind: input.kind,
      email: email.value,
      invitedBy: operator.operator.id,
      createdAt: now,
      expiresAt: new Date(now.getTime() + PATH_INVITATION_TTL_MS),
      status: ProgramInvitationStatus.PENDING,
      answeredAt: null,
      answeredBy: null,
    });
    await tx.flush();
    await mailInvitation(tx, ctx, invitation, partner.name);
    await recordAudit(tx, ctx, {
      action: 'inviteToDevelopmentPath',
      partnerId,
      target: invitation.globalId,
      before: null,
      after: { kind: input.kind, email: email.value, expiresAt: invitation.expiresAt.toISOString() },
    });
    return success<ProgramInvitationPayload>({ invitation, membership: null });
  });
}

const field = 'input.invitationId';
const notFound = () => new UserError('PROGRAM_INVITATION_NOT_FOUND', 'No such invitation for your partner.', field);

/** Why an invitation of the viewer's partner cannot be answered now (null: it can). */
function answerRefusal(invitation: ProgramInvitation | null, now: Date): UserError | null {
  if (!invitation) return notFound();
  const status = pathInvitationStatusAt(invitation, now);
  if (status === ProgramInvitationStatus.EXPIRED)
    return new UserError('PROGRAM_INVITATION_EXPIRED', 'The invitation expired; ask the cloud for a new one.', field);
  if (status !== ProgramInvitationStatus.PENDING)
    return new UserError('PROGRAM_INVITATION_ANSWERED', `The invitation was already ${status.toLowerCase()}.`, field);
  return null;
}

/** acceptProgramInvitation / declineProgramInvitation: one answer, by a conditional update. */
export async function answerProgramInvitation(
  ctx: Context,
  input: AnswerProgramInvitationInput,
  accept: boolean,
): Promise<ProgramInvitationPayload> {
  const viewer = requireViewer(ctx);
  const id = idOfType(input.invitationId, 'ProgramInvitation', 'input.invitationId');
  const operation = accept ? 'acceptProgramInvitation' : 'declineProgramInvitation';
  return idempotent(ctx, {
    operation,
    input,
    refused,
    execute: async (tx) => {
      const now = new Date();
      await lockRows(tx, 'partner', [viewer.partner.id]);
      const invitation = await tx.findOne(ProgramInvitation, { id, partner: viewer.partner.id }, { refresh: true });
      if (!invitation) return refused(notFound());
      const problem = answerRefusal(invitation, now);
      if (problem) return refused(problem);
      if (accept && (await activeMemberships(tx, viewer.partner.id, invitation.kind, now)).length)
        return refused(alreadyJoined('input.invitationId'));
      const status = accept ? ProgramInvitationStatus.ACCEPTED : ProgramInvitationStatus.DECLINED;
      const changed = await tx.nativeUpdate(
        ProgramInvitation,
        { id, status: ProgramInvitationStatus.PENDING, expiresAt: { $gt: now } },
        { status, answeredAt: now, answeredBy: viewer.member.id },
      );
      if (!changed) {
        const again = answerRefusal(await tx.findOne(ProgramInvitation, id, { refresh: true }), now);
        return refused(again ?? notFound());
      }
      const membership = accept ? await join(tx, viewer.partner.id, invitation.kind, viewer.member.id, now) : null;
      await recordAudit(tx, ctx, {
        action: operation,
        target: invitation.globalId,
        before: { status: ProgramInvitationStatus.PENDING },
        after: { status, kind: invitation.kind, membership: membership?.globalId ?? null },
      });
      const fresh = await tx.findOneOrFail(ProgramInvitation, id, { refresh: true });
      return success<ProgramInvitationPayload>({ invitation: fresh, membership });
    },
  });
}
