/**
 * Verifies SDK-HMAC-SHA256 signed requests (the format and its pure functions are in signing.ts):
 * the access key looked up in the database, the signature compared in constant time, and the
 * replay cache in the database, so an accepted signature is refused if it comes again, on any
 * instance. Unknown keys cost the same work as known ones.
 */
import { randomBytes, timingSafeEqual } from 'node:crypto';
import { type EntityManager, UniqueConstraintViolationException } from '@mikro-orm/core';
import { decryptSecret, encryptSecret } from '../modules/access-key/access-key.crypto';
import { AccessKey, SignedRequestReplay } from '../modules/access-key/access-key.entity';
import {
  canonicalRequest,
  parseSdkDate,
  parseSignatureHeader,
  REQUIRED_SIGNED_HEADERS,
  SIGNATURE_WINDOW_MS,
  type SignatureHeader,
  sign,
  stringToSign,
} from './signing';

/** What the verifier reads of a request: method, path and query, headers, and the exact body bytes. */
export interface SignedRequest {
  method: string;
  /** Path and query as received, e.g. `/graphql?x=1`. */
  url: string;
  /** Header lookup by (lower-case) name. */
  header(name: string): string | undefined;
  body: Buffer;
}

export type SignatureCheck =
  | { ok: true; memberId: number; partnerId: number; accessKeyId: string }
  | { ok: false; code: 'UNAUTHENTICATED' | 'REQUEST_REPLAYED'; message: string };

/** One answer for unknown keys, revoked keys, wrong signatures and malformed headers alike. */
export const SIGNATURE_MISMATCH =
  'The request signature does not match: unknown or revoked access key, or a wrong signature.';
const MISMATCH = { ok: false, code: 'UNAUTHENTICATED', message: SIGNATURE_MISMATCH } as const;
const BAD_DATE = {
  ok: false,
  code: 'UNAUTHENTICATED',
  message:
    'X-Sdk-Date is missing, not YYYYMMDDTHHMMSSZ, or more than 15 minutes from the server time; sign the request again.',
} as const;
const REPLAYED = {
  ok: false,
  code: 'REQUEST_REPLAYED',
  message:
    'This signed request was already received; a signature is accepted once. Sign each request anew (X-Sdk-Date changes every second).',
} as const;

/** The parsed Authorization header, if it signs the required headers and every signed header was sent. */
function signatureHeader(request: SignedRequest, authorization: string): SignatureHeader | null {
  const parsed = parseSignatureHeader(authorization);
  if (!parsed) return null;
  if (REQUIRED_SIGNED_HEADERS.some((h) => !parsed.signedHeaders.includes(h))) return null;
  if (parsed.signedHeaders.some((h) => request.header(h) === undefined)) return null;
  return parsed;
}

/** Constant-time comparison; unequal lengths (which timingSafeEqual refuses) cost one comparison too. */
function sameSignature(given: Buffer, expected: Buffer): boolean {
  if (given.length === expected.length) return timingSafeEqual(given, expected);
  timingSafeEqual(expected, expected);
  return false;
}

export class SignatureVerifier {
  // Used for unknown keys, so they cost the same work as known ones.
  private readonly dummySecret = randomBytes(30).toString('base64url');
  private readonly dummyCiphertext: string;
  private accepted = 0;

  constructor(private readonly encryptionKey: Buffer) {
    this.dummyCiphertext = encryptSecret(encryptionKey, 'DUMMY', this.dummySecret);
  }

  /** Checks one request's `Authorization: SDK-HMAC-SHA256 …` header; `now` is injectable for tests. */
  async verify(
    em: EntityManager,
    request: SignedRequest,
    authorization: string,
    now = Date.now(),
  ): Promise<SignatureCheck> {
    const sdkDate = request.header('x-sdk-date');
    const at = parseSdkDate(sdkDate);
    if (sdkDate === undefined || at == null || Math.abs(now - at) > SIGNATURE_WINDOW_MS) return BAD_DATE;
    const header = signatureHeader(request, authorization);
    if (!header) return MISMATCH;
    const key = await this.activeKey(em, header.accessKeyId);
    const secret = this.secretOf(key);
    const canonical = canonicalRequest({
      method: request.method,
      url: request.url,
      header: request.header,
      signedHeaders: header.signedHeaders,
      body: request.body,
    });
    const expected = Buffer.from(sign(key && secret ? secret : this.dummySecret, stringToSign(sdkDate, canonical)));
    const same = sameSignature(Buffer.from(header.signature.toLowerCase()), expected);
    if (!same || !key || !secret) return MISMATCH;
    if (!(await this.firstUse(em, key, expected.toString(), at))) return REPLAYED;
    await this.housekeeping(em, key, now);
    return { ok: true, memberId: key.member.id, partnerId: key.partner.id, accessKeyId: key.accessKeyId };
  }

  /** The key with its (lazy) secret, when it exists and is not revoked. */
  private async activeKey(em: EntityManager, accessKeyId: string): Promise<AccessKey | null> {
    if (!/^[A-Z0-9]{1,32}$/.test(accessKeyId)) return null;
    const key = await em.findOne(AccessKey, { accessKeyId }, { populate: ['secretCiphertext'] });
    return key && !key.revokedAt ? key : null;
  }

  /** The key's secret; without a key, the dummy's, so an unknown key costs the same decryption. */
  private secretOf(key: AccessKey | null): string | null {
    return key
      ? decryptSecret(this.encryptionKey, key.accessKeyId, key.secretCiphertext)
      : decryptSecret(this.encryptionKey, 'DUMMY', this.dummyCiphertext);
  }

  /** Records the signature in the replay cache; false when it was already there (a replay). */
  private async firstUse(em: EntityManager, key: AccessKey, signature: string, signedAt: number): Promise<boolean> {
    try {
      await em.insert(SignedRequestReplay, {
        signature,
        accessKeyId: key.accessKeyId,
        expiresAt: new Date(signedAt + SIGNATURE_WINDOW_MS),
      });
      return true;
    } catch (err) {
      if (err instanceof UniqueConstraintViolationException) return false;
      throw err;
    }
  }

  /** Off the hot path: drops replay entries whose date left the window, and notes the key's use. */
  private async housekeeping(em: EntityManager, key: AccessKey, now: number): Promise<void> {
    if (++this.accepted % 100 === 1)
      await em.nativeDelete(SignedRequestReplay, { expiresAt: { $lt: new Date(now - SIGNATURE_WINDOW_MS) } });
    if (!key.lastUsedAt || now - key.lastUsedAt.getTime() > 60_000) {
      await em.nativeUpdate(AccessKey, { id: key.id }, { lastUsedAt: new Date(now) });
    }
  }
}
