import { webcrypto } from 'node:crypto';
import { SignJWT, jwtVerify } from 'jose';

/** Who a token speaks for: a partner's member, a customer (cloud account) or a cloud operator. */
export type TokenClaims =
  | { kind: 'MEMBER'; memberId: number; partnerId: number; credentialVersion: number }
  | { kind: 'CUSTOMER'; cloudAccountId: number }
  | { kind: 'OPERATOR'; operatorId: number };

const ISSUER = 'partner-graph';

/** The member's credential version (Member.credentialVersion) when the token was issued; absent reads 0. */
const VERSION_CLAIM = 'cv';

/** The claim naming the kind of actor; tokens issued before it existed are members' tokens. */
const KIND_CLAIM = 'act';

const isId = (n: number) => Number.isSafeInteger(n) && n > 0;

/** Signed (HS256), expiring bearer tokens; the actor's rights are read fresh on every request. */
export class TokenService {
  /**
   * The HMAC key, imported into WebCrypto once: given the secret's bytes, jose imports a key on
   * every sign and verify, which was a fifth of what a short read allocated.
   */
  private readonly key: Promise<webcrypto.CryptoKey>;

  constructor(
    secret: string,
    private readonly ttlSeconds: number,
  ) {
    this.key = webcrypto.subtle.importKey(
      'raw',
      new TextEncoder().encode(secret),
      { name: 'HMAC', hash: 'SHA-256' },
      false,
      ['sign', 'verify'],
    );
    // A key WebCrypto refuses fails each sign and verify where they await it, not the process.
    this.key.catch(() => {});
  }

  async issue(claims: TokenClaims): Promise<{ token: string; expiresAt: Date }> {
    const now = Math.floor(Date.now() / 1000);
    const exp = now + this.ttlSeconds;
    const [subject, extra] =
      claims.kind === 'MEMBER'
        ? [claims.memberId, { pid: claims.partnerId, [VERSION_CLAIM]: claims.credentialVersion }]
        : [claims.kind === 'CUSTOMER' ? claims.cloudAccountId : claims.operatorId, { [KIND_CLAIM]: claims.kind }];
    const token = await new SignJWT(extra)
      .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
      .setSubject(String(subject))
      .setIssuer(ISSUER)
      .setIssuedAt(now)
      .setExpirationTime(exp)
      .sign(await this.key);
    return { token, expiresAt: new Date(exp * 1000) };
  }

  /** Returns null for any token that is malformed, forged, expired or not ours. */
  async verify(token: string): Promise<TokenClaims | null> {
    try {
      const { payload } = await jwtVerify(token, await this.key, { issuer: ISSUER, algorithms: ['HS256'] });
      const subject = Number(payload.sub);
      if (!isId(subject)) return null;
      switch (payload[KIND_CLAIM] ?? 'MEMBER') {
        case 'MEMBER': {
          const partnerId = Number(payload.pid);
          const credentialVersion = Number(payload[VERSION_CLAIM] ?? 0);
          if (!Number.isSafeInteger(credentialVersion) || credentialVersion < 0) return null;
          return isId(partnerId) ? { kind: 'MEMBER', memberId: subject, partnerId, credentialVersion } : null;
        }
        case 'CUSTOMER':
          return { kind: 'CUSTOMER', cloudAccountId: subject };
        case 'OPERATOR':
          return { kind: 'OPERATOR', operatorId: subject };
        default:
          return null;
      }
    } catch {
      return null;
    }
  }
}
