import { createHash, randomInt, timingSafeEqual } from 'node:crypto';
import { raw, type EntityManager } from '@mikro-orm/core';
import type { Context } from '../../context';
import { requireViewer } from '../../permissions/viewer';
import { UserError } from '../../common/errors';
import type { Check } from '../../common/mutation-kit';
import { Partner } from '../partner/partner.entity';
import { VerificationCode } from './verification.entity';
import type { SensitiveOperation } from './verification.enums';

export const CODE_TTL_MS = 5 * 60 * 1000;
export const RESEND_INTERVAL_MS = 60 * 1000;
export const MAX_FAILED_ATTEMPTS = 5;

const hashCode = (code: string) => createHash('sha256').update(code).digest('hex');

function maskDestination(destination: string): string {
  if (destination.includes('@')) return destination.replace(/^(.).*(@.*)$/, '$1***$2');
  return destination.replace(
    /^(.*?)(\d{4})$/,
    (_m, head: string, tail: string) => `${head.replace(/\d/g, '*')}${tail}`,
  );
}

export type RequestCodeResult = { ok: true; sentTo: string; expiresAt: Date } | { ok: false; error: UserError };

/** Makes a 6-digit single-use code for one operation and sends it to the member. */
export async function requestVerificationCode(ctx: Context, operation: SensitiveOperation): Promise<RequestCodeResult> {
  const viewer = requireViewer(ctx);
  const destination = viewer.member.mobile ?? viewer.member.email;
  if (!destination)
    return {
      ok: false,
      error: new UserError(
        'NO_VERIFICATION_CHANNEL',
        'Your member profile has no mobile number or email to send a code to.',
        null,
      ),
    };
  return ctx.em.transactional(async (tx) => {
    const recent = await tx.count(VerificationCode, {
      member: viewer.member.id,
      purpose: operation,
      createdAt: { $gt: new Date(Date.now() - RESEND_INTERVAL_MS) },
    });
    if (recent > 0)
      return {
        ok: false as const,
        error: new UserError(
          'VERIFICATION_CODE_TOO_SOON',
          'A code was sent less than a minute ago; wait before asking again.',
          'input.operation',
        ),
      };
    const code = String(randomInt(0, 1_000_000)).padStart(6, '0');
    const now = new Date();
    const expiresAt = new Date(now.getTime() + CODE_TTL_MS);
    await tx.insert(VerificationCode, {
      member: viewer.member.id,
      purpose: operation,
      codeHash: hashCode(code),
      createdAt: now,
      expiresAt,
      failedAttempts: 0,
    });
    await ctx.services.verificationSender.send(tx, {
      memberId: viewer.member.id,
      destination,
      code,
      operation,
      expiresAt,
    });
    return { ok: true as const, sentTo: maskDestination(destination), expiresAt };
  });
}

/**
 * Inside the operation's transaction: when the partner has verification on, consumes a valid code
 * for this operation (single use, unexpired, the member's own). Returns a user error otherwise.
 */
export async function consumeVerificationCode(
  tx: EntityManager,
  ctx: Context,
  operation: SensitiveOperation,
  code: string | null | undefined,
): Promise<UserError | null> {
  const viewer = requireViewer(ctx);
  // Read the setting in the transaction: it may have changed since the request started.
  const partner = await tx.findOneOrFail(Partner, viewer.partner.id, {
    fields: ['verificationEnabled'],
    refresh: true,
  });
  if (!partner.verificationEnabled) return null;
  if (!code)
    return new UserError(
      'VERIFICATION_REQUIRED',
      `Verification is on: request a code for ${operation} with requestVerificationCode and send it as input.verificationCode.`,
      'input.verificationCode',
    );
  const candidates = await tx.find(
    VerificationCode,
    {
      member: viewer.member.id,
      purpose: operation,
      usedAt: null,
      expiresAt: { $gt: new Date() },
      failedAttempts: { $lt: MAX_FAILED_ATTEMPTS },
    },
    { orderBy: { id: 'desc' }, limit: 1 },
  );
  const latest = candidates[0];
  const given = Buffer.from(hashCode(code), 'hex');
  if (!latest || !timingSafeEqual(given, Buffer.from(latest.codeHash, 'hex'))) {
    if (latest)
      await tx.nativeUpdate(VerificationCode, { id: latest.id }, { failedAttempts: raw('failed_attempts + 1') });
    return new UserError(
      'VERIFICATION_CODE_INVALID',
      'The verification code is wrong, used or expired; request a new one.',
      'input.verificationCode',
    );
  }
  // Conditional: of two requests racing with one code, only one marks it used.
  const used = await tx.nativeUpdate(VerificationCode, { id: latest.id, usedAt: null }, { usedAt: new Date() });
  if (used !== 1)
    return new UserError(
      'VERIFICATION_CODE_INVALID',
      'The verification code is wrong, used or expired; request a new one.',
      'input.verificationCode',
    );
  return null;
}

/** The mutation kit's verification step (consumeVerificationCode as a Check): put it last, it consumes the code. */
export function verified(
  tx: EntityManager,
  ctx: Context,
  operation: SensitiveOperation,
  code: string | null | undefined,
): Check {
  return () => consumeVerificationCode(tx, ctx, operation, code);
}
