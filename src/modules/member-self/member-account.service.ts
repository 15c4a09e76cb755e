/**
 * 修改账号信息 and the password change of the signed-in member (seed 004's default points
 * partner-info:edit-account and partner-info:credentials). Only ever the viewer's own record.
 */
import type { SqlEntityManager } from '@mikro-orm/knex';
import type { Context } from '../../context';
import { UserError } from '../../common/errors';
import { refusal, success } from '../../common/mutation-kit';
import { requireViewer } from '../../permissions/viewer';
import { recordAudit } from '../audit/audit.service';
import { hashPassword, verifyPassword } from '../auth/password';
import { idempotent } from '../idempotency/idempotency.service';
import { Member } from '../member/member.entity';
import { checkEmail, checkMobile, checkPassword } from '../registration/registration.rules';
import { consumeCode } from '../verification/verification.service';
import { SensitiveOperation } from '../verification/verification.enums';
import type { ChangeMyPasswordInput, UpdateMyAccountInput } from './member-self.mutation-inputs';
import type { ChangeMyPasswordPayload, MyAccountPayload } from './member-self.payloads';
import { checkDisplayName } from './member-self.rules';

const refusedAccount = refusal<MyAccountPayload>({ member: null });
const refusedPassword = refusal<ChangeMyPasswordPayload>({ token: null, tokenExpiresAt: null });

type Changes = Partial<Pick<Member, 'displayName' | 'email' | 'mobile'>>;

/** The checked changes, or the first refusal (each field its own code). */
function accountChanges(input: UpdateMyAccountInput): Changes | UserError {
  const changes: Changes = {};
  if (input.displayName != null) {
    const bad = checkDisplayName(input.displayName);
    if (bad) return bad;
    changes.displayName = input.displayName.trim();
  }
  if (input.email !== undefined) {
    if (input.email === null) changes.email = null;
    else {
      const email = checkEmail(input.email, 'input.email');
      if (!email.ok) return email.error;
      changes.email = email.value;
    }
  }
  if (input.mobile !== undefined) {
    if (input.mobile === null) changes.mobile = null;
    else {
      const mobile = checkMobile(input.mobile, 'input.mobile');
      if (!mobile.ok) return mobile.error;
      changes.mobile = mobile.value.mobile;
    }
  }
  return changes;
}

/** updateMyAccount: display name, email and mobile of the viewer itself; at least one contact stays. */
export function updateMyAccount(ctx: Context, input: UpdateMyAccountInput): Promise<MyAccountPayload> {
  const viewer = requireViewer(ctx);
  const changes = accountChanges(input);
  if (changes instanceof UserError) return Promise.resolve(refusedAccount(changes));
  return idempotent(ctx, {
    operation: 'updateMyAccount',
    input,
    refused: refusedAccount,
    execute: async (tx) => {
      const member = await tx.findOneOrFail(Member, viewer.member.id, { refresh: true });
      const before = { displayName: member.displayName, email: member.email ?? null, mobile: member.mobile ?? null };
      const after = { ...before, ...changes };
      if (after.email == null && after.mobile == null)
        return refusedAccount(
          new UserError(
            'CONTACT_REQUIRED',
            'Keep an email or a mobile: verification codes (and a password change) need one of them.',
            input.mobile === null ? 'input.mobile' : 'input.email',
          ),
        );
      tx.assign(member, changes);
      await tx.flush();
      await recordAudit(tx, ctx, { action: 'updateMyAccount', target: member.globalId, before, after });
      return success<MyAccountPayload>({ member });
    },
  });
}

async function passwordRefusal(
  tx: SqlEntityManager,
  member: Member,
  input: ChangeMyPasswordInput,
): Promise<UserError | null> {
  const stored = await tx.findOneOrFail(Member, member.id, { populate: ['passwordHash'], refresh: true });
  if (!(await verifyPassword(input.oldPassword, stored.passwordHash)))
    return new UserError('WRONG_PASSWORD', 'The current password is wrong.', 'input.oldPassword');
  if (input.newPassword === input.oldPassword)
    return new UserError('PASSWORD_UNCHANGED', 'The new password is the current one.', 'input.newPassword');
  return consumeCode(tx, { memberId: member.id }, SensitiveOperation.CHANGE_PASSWORD, input.verificationCode);
}

/**
 * changeMyPassword: old password, then the new one's rule, then the code (consumed last, so a wrong
 * password does not burn it). The credential version moves on: every token issued before stops working.
 */
export async function changeMyPassword(ctx: Context, input: ChangeMyPasswordInput): Promise<ChangeMyPasswordPayload> {
  const viewer = requireViewer(ctx);
  const weak = checkPassword(input.newPassword, viewer.member.loginName);
  if (weak) return refusedPassword(new UserError(weak.code, weak.message, 'input.newPassword'));
  const newHash = await hashPassword(input.newPassword);
  return ctx.em.transactional(async (tx) => {
    const problem = await passwordRefusal(tx, viewer.member, input);
    if (problem) return refusedPassword(problem);
    const member = await tx.findOneOrFail(Member, viewer.member.id, { refresh: true });
    const before = member.credentialVersion;
    await tx.nativeUpdate(Member, { id: member.id }, { passwordHash: newHash, credentialVersion: before + 1 });
    member.credentialVersion = before + 1;
    await recordAudit(tx, ctx, {
      action: 'changeMyPassword',
      target: member.globalId,
      // Never the hash: the version tells which sessions ended.
      before: { credentialVersion: before },
      after: { credentialVersion: before + 1 },
    });
    const { token, expiresAt } = await ctx.services.auth.issueMemberToken(member);
    return success<ChangeMyPasswordPayload>({ token, tokenExpiresAt: expiresAt });
  });
}
