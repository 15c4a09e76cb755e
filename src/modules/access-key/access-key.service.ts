import { randomBytes, timingSafeEqual } from 'node:crypto';
import { UniqueConstraintViolationException, type EntityManager } from '@mikro-orm/core';
import type { Context } from '../../context';
import { requireViewer } from '../../permissions/viewer';
import { forbidden, UserError } from '../../common/errors';
import { recordAudit } from '../audit/audit.service';
import { lockRows } from '../../db/locks';
import {
  REQUIRED_SIGNED_HEADERS,
  SIGNATURE_WINDOW_MS,
  canonicalRequest,
  parseSdkDate,
  parseSignatureHeader,
  sign,
  stringToSign,
} from '../../http/signing';
import { AccessKey, SignedRequestReplay } from './access-key.entity';
import { decryptSecret, encryptSecret, newAccessKeyId, newSecretKey } from './access-key.crypto';

/** Active keys one member may hold at once (the cloud allows two, for rotation). */
export const MAX_ACTIVE_KEYS_PER_MEMBER = 2;
export const MAX_DESCRIPTION_LENGTH = 200;

export type CreateAccessKeyResult = { accessKey: AccessKey; secretAccessKey: string } | { error: UserError };

/** Creates an access key for the signed-in member; the secret is returned here and never again. */
export async function createAccessKey(
  ctx: Context,
  encryptionKey: Buffer,
  description: string | null | undefined,
): Promise<CreateAccessKeyResult> {
  const viewer = requireViewer(ctx);
  // A leaked key must not be able to mint more keys: only a signed-in session creates them.
  if (ctx.authMethod === 'signature')
    throw forbidden('Access keys are created in a signed-in session (bearer token), not with another access key.');
  const text = description?.trim() || null;
  if (text && text.length > MAX_DESCRIPTION_LENGTH) {
    return {
      error: new UserError(
        'ACCESS_KEY_DESCRIPTION_TOO_LONG',
        `description has at most ${MAX_DESCRIPTION_LENGTH} characters.`,
        'input.description',
      ),
    };
  }
  return ctx.em.transactional(async (tx) => {
    // Serialize key creation per member (PostgreSQL row lock; SQLite writes are serial anyway),
    // so two concurrent requests cannot both pass the count below.
    await lockRows(tx, 'member', [viewer.member.id]);
    const active = await tx.count(AccessKey, { member: viewer.member.id, revokedAt: null });
    if (active >= MAX_ACTIVE_KEYS_PER_MEMBER) {
      return {
        error: new UserError(
          'ACCESS_KEY_LIMIT_REACHED',
          `You already have ${MAX_ACTIVE_KEYS_PER_MEMBER} active access keys; revoke one first.`,
          null,
        ),
      };
    }
    const accessKeyId = newAccessKeyId();
    const secretAccessKey = newSecretKey();
    const accessKey = tx.create(AccessKey, {
      member: viewer.member.id,
      partner: viewer.partner.id,
      accessKeyId,
      secretCiphertext: encryptSecret(encryptionKey, accessKeyId, secretAccessKey),
      description: text,
      createdAt: new Date(),
      lastUsedAt: null,
      revokedAt: null,
    });
    await tx.flush();
    await recordAudit(tx, ctx, {
      action: 'createAccessKey',
      target: `access_key:${accessKey.id}`,
      after: { accessKeyId, description: text },
    });
    return { accessKey, secretAccessKey };
  });
}

/** Revokes one of the member's own keys; revoking a revoked key changes nothing. */
export async function revokeAccessKey(
  ctx: Context,
  accessKeyId: string,
): Promise<{ accessKey: AccessKey } | { error: UserError }> {
  const viewer = requireViewer(ctx);
  return ctx.em.transactional(async (tx) => {
    const key = await tx.findOne(AccessKey, { accessKeyId, member: viewer.member.id });
    if (!key)
      return {
        error: new UserError('ACCESS_KEY_NOT_FOUND', 'You have no access key with that id.', 'input.accessKeyId'),
      };
    if (!key.revokedAt) {
      key.revokedAt = new Date();
      await tx.flush();
      await recordAudit(tx, ctx, { action: 'revokeAccessKey', target: `access_key:${key.id}`, after: { accessKeyId } });
    }
    return { accessKey: key };
  });
}

export function listAccessKeys(ctx: Context): Promise<AccessKey[]> {
  const viewer = requireViewer(ctx);
  return ctx.em.find(AccessKey, { member: viewer.member.id }, { orderBy: { createdAt: 'desc', id: 'desc' } });
}

export interface SignedRequest {
  method: string;
  url: string;
  header(name: string): string | undefined;
  body: Buffer;
}

export type SignatureCheck =
  | { ok: true; memberId: number; partnerId: number; accessKeyId: string }
  | { ok: false; code: 'UNAUTHENTICATED' | 'REQUEST_REPLAYED'; message: string };

/** One answer for unknown keys, revoked keys, wrong signatures and malformed headers alike. */
export const SIGNATURE_MISMATCH =
  'The request signature does not match: unknown or revoked access key, or a wrong signature.';
const BAD_DATE =
  'X-Sdk-Date is missing, not YYYYMMDDTHHMMSSZ, or more than 15 minutes from the server time; sign the request again.';

/**
 * Verifies SDK-HMAC-SHA256 signed requests: key lookup, constant-time comparison, and the replay
 * cache in the database (an accepted signature is refused if it comes again, on any instance).
 */
export class SignatureVerifier {
  // Used for unknown keys, so they cost the same work as known ones.
  private readonly dummySecret = randomBytes(30).toString('base64url');
  private readonly dummyCiphertext: string;
  private accepted = 0;

  constructor(private readonly encryptionKey: Buffer) {
    this.dummyCiphertext = encryptSecret(encryptionKey, 'DUMMY', this.dummySecret);
  }

  async verify(
    em: EntityManager,
    request: SignedRequest,
    authorization: string,
    now = Date.now(),
  ): Promise<SignatureCheck> {
    const mismatch = { ok: false, code: 'UNAUTHENTICATED', message: SIGNATURE_MISMATCH } as const;
    const sdkDate = request.header('x-sdk-date');
    const at = parseSdkDate(sdkDate);
    if (at == null || Math.abs(now - at) > SIGNATURE_WINDOW_MS)
      return { ok: false, code: 'UNAUTHENTICATED', message: BAD_DATE };
    const parsed = parseSignatureHeader(authorization);
    if (
      !parsed ||
      REQUIRED_SIGNED_HEADERS.some((h) => !parsed.signedHeaders.includes(h)) ||
      parsed.signedHeaders.some((h) => request.header(h) === undefined)
    ) {
      return mismatch;
    }
    const key = /^[A-Z0-9]{1,32}$/.test(parsed.accessKeyId)
      ? await em.findOne(AccessKey, { accessKeyId: parsed.accessKeyId }, { populate: ['secretCiphertext'] })
      : null;
    const usable = key && !key.revokedAt ? key : null;
    const secret = usable
      ? decryptSecret(this.encryptionKey, usable.accessKeyId, usable.secretCiphertext)
      : decryptSecret(this.encryptionKey, 'DUMMY', this.dummyCiphertext);
    const canonical = canonicalRequest({
      method: request.method,
      url: request.url,
      header: request.header,
      signedHeaders: parsed.signedHeaders,
      body: request.body,
    });
    const expected = Buffer.from(
      sign(usable && secret ? secret : this.dummySecret, stringToSign(sdkDate!, canonical)),
      'utf8',
    );
    const given = Buffer.from(parsed.signature.toLowerCase(), 'utf8');
    // timingSafeEqual needs equal lengths; compare against itself when they differ, then refuse.
    const sameLength = given.length === expected.length;
    const same = timingSafeEqual(sameLength ? given : expected, expected) && sameLength;
    if (!same || !usable || !secret) return mismatch;

    try {
      await em.insert(SignedRequestReplay, {
        signature: expected.toString('utf8'),
        accessKeyId: usable.accessKeyId,
        expiresAt: new Date(at + SIGNATURE_WINDOW_MS),
      });
    } catch (err) {
      if (err instanceof UniqueConstraintViolationException) {
        return {
          ok: false,
          code: 'REQUEST_REPLAYED',
          message:
            'This signed request was already received; a signature is accepted once. Sign each request anew (X-Sdk-Date changes every second).',
        };
      }
      throw err;
    }
    // Housekeeping, off the hot path: drop replay entries whose date left the window, and note use.
    if (++this.accepted % 100 === 1)
      await em.nativeDelete(SignedRequestReplay, { expiresAt: { $lt: new Date(now - SIGNATURE_WINDOW_MS) } });
    if (!usable.lastUsedAt || now - usable.lastUsedAt.getTime() > 60_000) {
      await em.nativeUpdate(AccessKey, { id: usable.id }, { lastUsedAt: new Date(now) });
    }
    return { ok: true, memberId: usable.member.id, partnerId: usable.partner.id, accessKeyId: usable.accessKeyId };
  }
}
