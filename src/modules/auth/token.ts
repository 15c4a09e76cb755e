import { SignJWT, jwtVerify } from 'jose';

export interface TokenClaims {
  memberId: number;
  partnerId: number;
}

const ISSUER = 'partner-graph';

/** Signed (HS256), expiring bearer tokens; the member's roles are read fresh on every request. */
export class TokenService {
  private readonly key: Uint8Array;

  constructor(
    secret: string,
    private readonly ttlSeconds: number,
  ) {
    this.key = new TextEncoder().encode(secret);
  }

  async issue(claims: TokenClaims): Promise<{ token: string; expiresAt: Date }> {
    const now = Math.floor(Date.now() / 1000);
    const exp = now + this.ttlSeconds;
    const token = await new SignJWT({ pid: claims.partnerId })
      .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
      .setSubject(String(claims.memberId))
      .setIssuer(ISSUER)
      .setIssuedAt(now)
      .setExpirationTime(exp)
      .sign(this.key);
    return { token, expiresAt: new Date(exp * 1000) };
  }

  /** Returns null for any token that is malformed, forged, expired or not ours. */
  async verify(token: string): Promise<TokenClaims | null> {
    try {
      const { payload } = await jwtVerify(token, this.key, { issuer: ISSUER, algorithms: ['HS256'] });
      const memberId = Number(payload.sub);
      const partnerId = Number(payload.pid);
      if (!Number.isSafeInteger(memberId) || !Number.isSafeInteger(partnerId)) return null;
      return { memberId, partnerId };
    } catch {
      return null;
    }
  }
}
