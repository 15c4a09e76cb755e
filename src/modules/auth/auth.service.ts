import type { EntityManager } from '@mikro-orm/core';
import { Member, MemberRole } from '../member/member.entity';
import { MemberStatus } from '../member/member.enums';
import { Partner } from '../partner/partner.entity';
import { PartnerIdentity } from '../partner/partner.enums';
import { customerScopeFor } from '../../permissions';
import { dummyPasswordHash, verifyPassword } from './password';
import type { TokenClaims, TokenService } from './token';
import type { Viewer } from '../../permissions/viewer';

export type SignInResult =
  | { ok: true; member: Member; token: string; expiresAt: Date }
  | { ok: false; code: 'INVALID_CREDENTIALS'; message: string };

const INVALID = { ok: false, code: 'INVALID_CREDENTIALS', message: 'Login name or password is wrong.' } as const;

export class AuthService {
  constructor(private readonly tokens: TokenService) {}

  /** Unknown login and wrong password answer the same, after the same KDF work. */
  async signIn(em: EntityManager, loginName: string, password: string): Promise<SignInResult> {
    const member = await em.findOne(Member, { loginName }, { populate: ['passwordHash'] });
    const ok = await verifyPassword(password, member?.passwordHash ?? (await dummyPasswordHash()));
    if (!member || !ok) return INVALID;
    if (member.status !== MemberStatus.ACTIVE) return INVALID;
    const { token, expiresAt } = await this.tokens.issue({ memberId: member.id, partnerId: member.partner.id });
    return { ok: true, member, token, expiresAt };
  }

  async viewerFromToken(em: EntityManager, token: string): Promise<Viewer | null> {
    const claims = await this.tokens.verify(token);
    return claims ? this.loadViewer(em, claims) : null;
  }

  /** Loads member, partner, roles and scope: a fixed handful of statements per request. */
  async loadViewer(em: EntityManager, claims: TokenClaims): Promise<Viewer | null> {
    const member = await em.findOne(
      Member,
      { id: claims.memberId, partner: claims.partnerId, status: MemberStatus.ACTIVE },
      { populate: ['partner'] },
    );
    if (!member) return null;
    const partner = member.partner.getEntity();
    const links = await em.find(MemberRole, { member: member.id }, { populate: ['role'] });
    const roles = links.map((l) => l.role.getEntity());
    const presetKeys = roles.map((r) => r.presetKey ?? null);
    const permissions = new Set(roles.flatMap((r) => r.permissionCodes));
    const resellerIds =
      partner.identity === PartnerIdentity.DISTRIBUTOR
        ? (await em.find(Partner, { parent: partner.id }, { fields: ['id'] })).map((p) => p.id)
        : [];
    const customerScope = customerScopeFor(presetKeys);
    const accountManagerIds =
      customerScope === 'SUPERVISED'
        ? [
            member.id,
            ...(await em.find(Member, { supervisor: member.id, partner: partner.id }, { fields: ['id'] })).map(
              (m) => m.id,
            ),
          ]
        : [member.id];
    return { member, partner, roles, presetKeys, permissions, resellerIds, customerScope, accountManagerIds };
  }
}
