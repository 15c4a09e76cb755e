import { createHash, randomInt, timingSafeEqual } from 'node:crypto';
import { raw, type EntityManager } from '@mikro-orm/core';
import type { Context } from '../../context';
import { requireCustomer, requireViewer } from '../../permissions/viewer';
import { UserError } from '../../common/errors';
import type { Check } from '../../common/mutation-kit';
import { Partner } from '../partner/partner.entity';
import { VerificationCode } from './verification.entity';
import { SensitiveOperation } from './verification.enums';

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

/** Whose code it is: a member's or a customer's (cloud account). */
export type CodeHolder = { memberId: number } | { cloudAccountId: number };

const holderWhere = (holder: CodeHolder) =>
  'memberId' in holder ? { member: holder.memberId } : { cloudAccount: holder.cloudAccountId };
const holderLabel = (holder: CodeHolder) =>
  'memberId' in holder ? `member:${holder.memberId}` : `customer:${holder.cloudAccountId}`;

export interface CodeRequest {
  holder: CodeHolder;
  /** The operation family (a SensitiveOperation or another purpose such as CUSTOMER_REGISTRATION). */
  purpose: string;
  destination: string;
  /** True when the destination is not the holder's own contact: the code is bound to it. */
  boundToDestination?: boolean;
}

/**
 * Makes a 6-digit single-use code for one purpose and sends it through the verification sender
 * (the outbox), in one transaction; at most one per minute per holder and purpose.
 */
export async function issueVerificationCode(ctx: Context, request: CodeRequest): Promise<RequestCodeResult> {
  return ctx.em.transactional(async (tx) => {
    const recent = await tx.count(VerificationCode, {
      ...holderWhere(request.holder),
      purpose: request.purpose,
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
      ...holderWhere(request.holder),
      destination: request.boundToDestination ? request.destination : null,
      purpose: request.purpose,
      codeHash: hashCode(code),
      createdAt: now,
      expiresAt,
      failedAttempts: 0,
    });
    await ctx.services.verificationSender.send(tx, {
      holder: holderLabel(request.holder),
      destination: request.destination,
      code,
      operation: request.purpose,
      expiresAt,
    });
    return { ok: true as const, sentTo: maskDestination(request.destination), expiresAt };
  });
}

/** Operations only a customer performs (the rest are members'). */
export const CUSTOMER_OPERATIONS: ReadonlySet<SensitiveOperation> = new Set([
  SensitiveOperation.ANSWER_UNBIND_REQUEST,
  SensitiveOperation.REQUEST_UNBIND,
  SensitiveOperation.CANCEL_ORDER_AUTHORIZATION,
]);

const noChannel = (who: string): RequestCodeResult => ({
  ok: false,
  error: new UserError('NO_VERIFICATION_CHANNEL', `${who} has no mobile number or email to send a code to.`, null),
});

const wrongOperation = (who: string): RequestCodeResult => ({
  ok: false,
  error: new UserError(
    'VERIFICATION_OPERATION_NOT_YOURS',
    `${who} does not perform this operation.`,
    'input.operation',
  ),
});

/** requestVerificationCode: a code for one sensitive operation, sent to the signed-in member or customer. */
export async function requestVerificationCode(ctx: Context, operation: SensitiveOperation): Promise<RequestCodeResult> {
  if (ctx.actor?.kind === 'CUSTOMER') {
    const { account } = requireCustomer(ctx);
    if (!CUSTOMER_OPERATIONS.has(operation)) return wrongOperation('A customer');
    const destination = account.mobile ?? account.email;
    if (!destination) return noChannel('Your cloud account');
    return issueVerificationCode(ctx, { holder: { cloudAccountId: account.id }, purpose: operation, destination });
  }
  const viewer = requireViewer(ctx);
  if (CUSTOMER_OPERATIONS.has(operation)) return wrongOperation("A partner's member");
  const destination = viewer.member.mobile ?? viewer.member.email;
  if (!destination) return noChannel('Your member profile');
  return issueVerificationCode(ctx, { holder: { memberId: viewer.member.id }, purpose: operation, destination });
}

const INVALID_CODE = 'The verification code is wrong, used or expired; request a new one.';

/**
 * Inside the operation's transaction: consumes a valid code of the holder for this purpose (single
 * use, unexpired, for `destination` when the code was bound to one). A user error otherwise; a wrong
 * code counts against the latest one, which dies after a few wrong tries.
 */
export async function consumeCode(
  tx: EntityManager,
  holder: CodeHolder,
  purpose: string,
  code: string | null | undefined,
  destination: string | null = null,
): Promise<UserError | null> {
  if (!code)
    return new UserError(
      'VERIFICATION_REQUIRED',
      `Request a code for ${purpose} with requestVerificationCode and send it as input.verificationCode.`,
      'input.verificationCode',
    );
  const candidates = await tx.find(
    VerificationCode,
    {
      ...holderWhere(holder),
      purpose,
      destination,
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
    return new UserError('VERIFICATION_CODE_INVALID', INVALID_CODE, 'input.verificationCode');
  }
  // Conditional: of two requests racing with one code, only one marks it used.
  const used = await tx.nativeUpdate(VerificationCode, { id: latest.id, usedAt: null }, { usedAt: new Date() });
  return used === 1 ? null : new UserError('VERIFICATION_CODE_INVALID', INVALID_CODE, 'input.verificationCode');
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
  return consumeCode(tx, { memberId: viewer.member.id }, operation, code);
}

/** A customer's code for one of its operations: always required (no partner setting applies to customers). */
export function customerVerified(
  tx: EntityManager,
  ctx: Context,
  operation: SensitiveOperation,
  code: string | null | undefined,
): Check {
  return () => consumeCode(tx, { cloudAccountId: requireCustomer(ctx).account.id }, operation, code);
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
