import type { SqlEntityManager } from '@mikro-orm/knex';
import { Member, MemberRole } from '../member/member.entity';
import { MemberStatus } from '../member/member.enums';
import { Partner } from '../partner/partner.entity';
import { PartnerIdentity } from '../partner/partner.enums';
import { customerScopeFor } from '../../permissions';
import { findManaged } from '../../common/managed-rows';
import { selectIds } from '../../common/paging';
import { logger } from '../../common/logger';
import { dummyPasswordHash, hashPassword, needsRehash, verifyPassword } from './password';
import { FREE_ATTEMPTS, SignInThrottle } from './sign-in-throttle';
import type { TokenService } from './token';
import type { Actor, ActorKind, Viewer } from '../../permissions/viewer';
import { findCredential } from './credentials';
import { loadCustomerActor, loadOperatorActor } from './actor-loaders';

export type SignInResult =
  | { ok: true; member: Member | null; token: string; expiresAt: Date }
  | { ok: false; code: 'INVALID_CREDENTIALS'; message: string }
  | { ok: false; code: 'SIGN_IN_LOCKED'; message: string; lockedUntil: Date };

const INVALID = { ok: false, code: 'INVALID_CREDENTIALS', message: 'Login name or password is wrong.' } as const;

/** What the sign-in's log lines name: the request, to join them with its request log line. */
export interface SignInRequest {
  requestId: string;
}

/** The throttle counts failures per kind of actor and name: a member and a customer may share a name. */
const throttleName = (kind: ActorKind, loginName: string) =>
  kind === 'MEMBER' ? loginName : `${kind.toLowerCase()}:${loginName}`;

export class AuthService {
  private readonly throttle = new SignInThrottle();

  constructor(
    private readonly tokens: TokenService,
    /** The clock of the sign-in throttle (tests move it). */
    private readonly now: () => number = Date.now,
  ) {}

  /**
   * Unknown login and wrong password answer the same, after the same KDF work. Each attempt is
   * counted first (sign-in-throttle.ts); a locked login answers SIGN_IN_LOCKED without a check.
   * A hash made at older parameters is replaced by one at today's after a correct password.
   */
  async signIn(
    em: SqlEntityManager,
    loginName: string,
    password: string,
    request: SignInRequest = { requestId: '-' },
    kind: ActorKind = 'MEMBER',
  ): Promise<SignInResult> {
    const throttled = throttleName(kind, loginName);
    const attempt = await this.throttle.begin(em, throttled, this.now());
    if (!attempt.allowed) {
      securityEvent(request, 'sign-in-locked', 'too many failed sign-ins for this login', {
        actor: kind,
        lockedUntil: attempt.lockedUntil.toISOString(),
      });
      return {
        ok: false,
        code: 'SIGN_IN_LOCKED',
        message: `Too many failed sign-ins for this login: try again after ${attempt.lockedUntil.toISOString()}.`,
        lockedUntil: attempt.lockedUntil,
      };
    }
    const credential = await findCredential(em, kind, loginName);
    const stored = credential?.hash ?? (await dummyPasswordHash());
    const ok = await verifyPassword(password, stored);
    if (!credential?.hash || !ok || !credential.active) {
      // The login name is logged for known actors only: an unknown one may be a password typed in the wrong box.
      securityEvent(
        request,
        'sign-in-failed',
        !credential?.hash ? 'unknown login' : !ok ? 'wrong password' : 'not active',
        {
          actor: kind,
          ...credential?.facts,
          loginName: credential?.hash ? loginName : null,
          attempt: attempt.attempt,
          locksFrom: FREE_ATTEMPTS,
        },
      );
      return INVALID;
    }
    await this.throttle.succeeded(em, throttled);
    if (needsRehash(stored)) await credential.upgrade(em, stored, await hashPassword(password));
    const { token, expiresAt } = await this.tokens.issue(credential.claims);
    return { ok: true, member: credential.member, token, expiresAt };
  }

  /** A fresh bearer token for a member at its current credential version (after acceptance, after a password change). */
  issueMemberToken(member: Member): Promise<{ token: string; expiresAt: Date }> {
    return this.tokens.issue({
      kind: 'MEMBER',
      memberId: member.id,
      partnerId: member.partner.id,
      credentialVersion: member.credentialVersion,
    });
  }

  /** The actor a bearer token speaks for, loaded fresh; null for a bad token or an actor gone or disabled. */
  async actorFromToken(em: SqlEntityManager, token: string): Promise<Actor | null> {
    const claims = await this.tokens.verify(token);
    if (!claims) return null;
    switch (claims.kind) {
      case 'MEMBER': {
        const viewer = await this.loadViewer(em, claims);
        return viewer ? { kind: 'MEMBER', viewer } : null;
      }
      case 'CUSTOMER':
        return loadCustomerActor(em, claims.cloudAccountId);
      case 'OPERATOR':
        return loadOperatorActor(em, claims.operatorId);
    }
  }

  /**
   * Loads member, partner, roles and scope: a fixed handful of statements per request. A bearer
   * token names the credential version it was issued at: after a password change it no longer loads.
   */
  async loadViewer(
    em: SqlEntityManager,
    claims: { memberId: number; partnerId: number; credentialVersion?: number },
  ): Promise<Viewer | null> {
    // Cached statements with MikroORM's mapping (common/managed-rows.ts): the viewer is read on every request.
    const [member] = await findManaged(
      em,
      Member,
      { id: claims.memberId, partner: claims.partnerId, status: MemberStatus.ACTIVE },
      [{ property: 'partner', alias: 'p' }],
    );
    if (!member) return null;
    if (claims.credentialVersion != null && claims.credentialVersion !== member.credentialVersion) return null;
    const partner = member.partner.getEntity();
    const links = await findManaged(em, MemberRole, { member: member.id }, [{ property: 'role', alias: 'r' }]);
    const roles = links.map((l) => l.role.getEntity());
    const presetKeys = roles.map((r) => r.presetKey ?? null);
    const permissions = new Set(roles.flatMap((r) => r.permissionCodes));
    const resellerIds =
      partner.identity === PartnerIdentity.DISTRIBUTOR ? await selectIds(em, Partner, { parent: partner.id }) : [];
    const customerScope = customerScopeFor(presetKeys);
    const accountManagerIds =
      customerScope === 'SUPERVISED'
        ? [member.id, ...(await selectIds(em, Member, { supervisor: member.id, partner: partner.id }))]
        : [member.id];
    return { member, partner, roles, presetKeys, permissions, resellerIds, customerScope, accountManagerIds };
  }
}

function securityEvent(request: SignInRequest, kind: string, reason: string, facts: Record<string, unknown>): void {
  logger.warn({ event: 'security', kind, reason, ...facts, requestId: request.requestId }, 'sign-in refused');
}
