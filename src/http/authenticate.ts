/**
 * Who sent a request. Three ways in, chosen by the Authorization header:
 *
 * - `Bearer <token>`: a token from signIn (modules/auth/token.ts): a member's, a customer's or an operator's;
 * - `SDK-HMAC-SHA256 Access=…, SignedHeaders=…, Signature=…`: a request signed with a member's
 *   access key (signing.ts, signature-verifier.ts), acting as that member;
 * - no header: anonymous (the shield lets anonymous callers reach signIn and little else).
 *
 * A header that is present but wrong never falls back to anonymous: it is refused with
 * UNAUTHENTICATED (REQUEST_REPLAYED for a signature seen before), HTTP 401. The member is read from
 * the database on every request, so a disabled member, a changed partner or changed roles apply at
 * once, whatever the token or key says.
 */
import type { SqlEntityManager as EntityManager } from '@mikro-orm/knex';
import { GraphQLError } from 'graphql';
import type { AuthService } from '../modules/auth/auth.service';
import type { Actor, Viewer } from '../permissions/viewer';
import { SIGNATURE_MISMATCH, type SignatureVerifier, type SignedRequest } from './signature-verifier';

export type AuthMethod = 'bearer' | 'signature';

/**
 * The outcome: the actor (null: anonymous), the member viewer when the actor is a member, how it was
 * proven, and the access key of a signed request.
 */
export interface Authentication {
  actor: Actor | null;
  viewer: Viewer | null;
  method: AuthMethod | null;
  accessKeyId: string | null;
}

/** What authentication needs: members and roles (AuthService) and the signature verifier. */
export interface Authenticators {
  auth: Pick<AuthService, 'actorFromToken' | 'loadViewer'>;
  signatures: Pick<SignatureVerifier, 'verify'>;
}

export const ANONYMOUS: Authentication = { actor: null, viewer: null, method: null, accessKeyId: null };

/**
 * A refused credential: UNAUTHENTICATED or REQUEST_REPLAYED with HTTP 401. Carries the access key
 * id when the signature itself was valid, so the request log can name the key.
 */
export class AuthenticationError extends GraphQLError {
  constructor(
    message: string,
    code: 'UNAUTHENTICATED' | 'REQUEST_REPLAYED' = 'UNAUTHENTICATED',
    readonly accessKeyId: string | null = null,
  ) {
    super(message, { extensions: { code, http: { status: 401 } } });
  }
}

const BAD_TOKEN = 'The bearer token is invalid or expired; sign in again.';
const UNKNOWN_SCHEME = 'Send Authorization: Bearer <token>, or sign the request with SDK-HMAC-SHA256.';

/** Which way in an Authorization header asks for (schemes are case-insensitive). */
export function authorizationScheme(header: string): AuthMethod | 'unknown' {
  if (/^Bearer\b/i.test(header)) return 'bearer';
  if (/^SDK-HMAC-SHA256\b/i.test(header)) return 'signature';
  return 'unknown';
}

/** Authenticates one request; throws AuthenticationError when a credential is sent but not accepted. */
export async function authenticate(
  em: EntityManager,
  request: SignedRequest,
  authenticators: Authenticators,
): Promise<Authentication> {
  const header = request.header('authorization');
  if (!header) return ANONYMOUS;
  switch (authorizationScheme(header)) {
    case 'bearer':
      return authenticateBearer(em, header, authenticators.auth);
    case 'signature':
      return authenticateSignature(em, request, header, authenticators);
    default:
      throw new AuthenticationError(UNKNOWN_SCHEME);
  }
}

/** `Bearer <token>`: the token's actor, if the token is valid and unexpired and the actor still active. */
export async function authenticateBearer(
  em: EntityManager,
  header: string,
  auth: Authenticators['auth'],
): Promise<Authentication> {
  const token = /^Bearer\s+(\S+)$/i.exec(header)?.[1];
  const actor = token ? await auth.actorFromToken(em, token) : null;
  if (!actor) throw new AuthenticationError(BAD_TOKEN);
  const viewer = actor.kind === 'MEMBER' ? actor.viewer : null;
  return { actor, viewer, method: 'bearer', accessKeyId: null };
}

/** A signed request: the key's member, if the signature is valid, fresh and first seen, and the member still active. */
export async function authenticateSignature(
  em: EntityManager,
  request: SignedRequest,
  header: string,
  { auth, signatures }: Authenticators,
): Promise<Authentication> {
  const check = await signatures.verify(em, request, header);
  if (!check.ok) throw new AuthenticationError(check.message, check.code);
  const viewer = await auth.loadViewer(em, { memberId: check.memberId, partnerId: check.partnerId });
  if (!viewer) throw new AuthenticationError(SIGNATURE_MISMATCH, 'UNAUTHENTICATED', check.accessKeyId);
  return { actor: { kind: 'MEMBER', viewer }, viewer, method: 'signature', accessKeyId: check.accessKeyId };
}
